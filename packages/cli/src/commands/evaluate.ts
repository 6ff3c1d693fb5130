import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromGexf, toJSON } from '@vnkg/io';
import { parseGold, type GoldFile } from '../eval/gold.js';
import { formatExplanation, formatScore } from '../eval/report.js';
import { scoreGraph, type SystemGraph } from '../eval/score.js';
import { CommandError, type Streams } from '../streams.js';

export interface EvalOptions {
  gold: string;
  json?: boolean;
  explain?: boolean;
  docs?: string;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CommandError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

async function readGold(path: string): Promise<GoldFile> {
  try {
    return parseGold(parseJson(await readText(path, 'gold file'), path));
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`${path}: not a gold file: ${(error as Error).message}`);
  }
}

/**
 * The system graph as serialized JSON. JSON is scored as it is, like the reference scorer does,
 * so any system's graph can be evaluated; GEXF is read through @vnkg/io first.
 */
async function readSystemGraph(path: string): Promise<SystemGraph> {
  const text = await readText(path, 'graph');
  if (extname(path).toLowerCase() === '.gexf') {
    try {
      return toJSON(fromGexf(text));
    } catch (error) {
      throw new CommandError(`${path}: ${(error as Error).message}`);
    }
  }
  const value = parseJson(text, path) as { nodes?: unknown; edges?: unknown } | null;
  if (typeof value !== 'object' || value === null || !Array.isArray(value.nodes) || (value.edges !== undefined && !Array.isArray(value.edges))) {
    throw new CommandError(`${path}: not a graph: expected graphology's serialized JSON {nodes: [...], edges: [...]}`);
  }
  return value as SystemGraph;
}

export async function runEval(graphPath: string, options: EvalOptions, streams: Streams): Promise<number> {
  const gold = await readGold(options.gold);
  const graph = await readSystemGraph(graphPath);
  const docs = options.docs?.split(',').filter(Boolean);
  const { result, explanation } = scoreGraph(gold, graph, docs ? { docs } : {});
  if (options.json) {
    streams.stdout.write(`${JSON.stringify(options.explain ? { ...result, explain: explanation } : result, null, 2)}\n`);
  } else {
    streams.stdout.write(formatScore(result));
    if (options.explain) streams.stdout.write(formatExplanation(explanation));
  }
  return 0;
}
