import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromGexf } from '../gexf/read.js';
import type { KnowledgeGraph } from '../graph.js';
import { fromJSON } from '../json.js';
import { GraphFormatError } from '../validate.js';
import { describeFsError } from './expand.js';

export const GRAPH_EXTENSIONS = ['.json', '.gexf'] as const;

/** Reads a graph written by `vnkg build` (graphology JSON or GEXF, chosen by extension). */
export async function readGraphFile(path: string): Promise<KnowledgeGraph> {
  const ext = extname(path).toLowerCase();
  if (!(GRAPH_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new GraphFormatError(`${path}: unknown graph format "${ext || '(none)'}"; expected .json or .gexf`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new GraphFormatError(`${path}: ${describeFsError(error)}`);
  }
  try {
    if (ext === '.gexf') return fromGexf(text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new GraphFormatError(`not valid JSON (${(error as Error).message})`);
    }
    return fromJSON(value);
  } catch (error) {
    if (error instanceof GraphFormatError) throw new GraphFormatError(`${path}: ${error.message}`);
    throw error;
  }
}
