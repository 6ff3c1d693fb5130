import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { EXTRACTOR_VERSION, GraphBuilder } from '@vnkg/extractor';
import type { Language } from '@vnkg/extractor';
import { toGexf, toJSONBytes, type KnowledgeGraph } from '@vnkg/io';
import { readInputs, writeFileAtomic, type FileData, type SkippedInput } from '@vnkg/io/node';
import { DEFAULT_CACHE_FOLDER } from '../cache.js';
import { runPipeline, type CacheCounts } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { CommandError, EXIT, type Streams } from '../streams.js';
import { countBy, formatBytes, formatCounts } from '../format.js';
import { gexfTooLarge } from '../gexfLimit.js';

export interface BuildOptions {
  output: string[];
  strict?: boolean;
  lang?: Language;
  quiet?: boolean;
  /** Worker threads for extraction (default: by corpus size and cores). */
  jobs?: number;
  /** false with --no-cache. */
  cache?: boolean;
  cacheDir?: string;
  /** Evidence records kept per node and per edge; Infinity keeps all. */
  maxEvidence?: number;
}

/** Enough evidence to check a claim; an entity named in every article of an archive would otherwise carry all of them. */
export const DEFAULT_MAX_EVIDENCE = 50;

function gexfOf(graph: KnowledgeGraph): string {
  // Settled before the layout, which alone takes minutes on a graph this large.
  const tooLarge = gexfTooLarge(graph);
  if (tooLarge) throw new CommandError(tooLarge);
  try {
    return toGexf(graph, { creator: `vnkg ${EXTRACTOR_VERSION}` });
  } catch (error) {
    // Past V8's largest string (about 512 MiB) GEXF cannot be built in one piece.
    if (error instanceof RangeError) throw new CommandError(`the graph is too large for GEXF (${error.message}); write .json instead`);
    throw error;
  }
}

const WRITERS: Record<string, (graph: KnowledgeGraph) => FileData> = {
  '.gexf': gexfOf,
  // JSON goes out as UTF-8 in pieces: for a large corpus it is larger than one string may be.
  '.json': function* (graph) {
    yield* toJSONBytes(graph);
    yield '\n';
  },
};

/** Checked before any work, so a typo in `-o` costs nothing. */
export function checkOutputs(outputs: readonly string[]): void {
  if (outputs.length === 0) throw new CommandError('no output given: add -o FILE.gexf and/or -o FILE.json', EXIT.usage);
  for (const output of outputs) {
    if (!(extname(output).toLowerCase() in WRITERS)) {
      throw new CommandError(`unknown output format "${output}": the file name must end in .gexf or .json`, EXIT.usage);
    }
  }
}

/** Exit code of a build stopped by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

export async function runBuild(inputs: string[], options: BuildOptions, streams: Streams): Promise<number> {
  checkOutputs(options.output);
  const started = performance.now();
  const say = (text: string) => {
    if (!options.quiet) streams.stderr.write(text);
  };
  const cacheDir = options.cache === false ? undefined : resolve(options.cacheDir ?? join(dirname(options.output[0]!), DEFAULT_CACHE_FOLDER));

  // Ctrl-C stops reading and extraction, writes nothing, and leaves the cache whole (entries are
  // renamed into place). A second Ctrl-C falls back to Node's default: stop at once.
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    process.off('SIGINT', onSigint);
  };
  process.on('SIGINT', onSigint);
  const progress = createProgress(streams.stderr, undefined, 'extracting', !options.quiet);
  // Extractions go into the graph as they come, in reading order: none is held after.
  const builder = new GraphBuilder({ maxEvidence: options.maxEvidence ?? DEFAULT_MAX_EVIDENCE });
  let run;
  try {
    run = await runPipeline(readInputs(inputs), {
      ...(options.jobs ? { jobs: options.jobs } : {}),
      ...(cacheDir ? { cacheDir } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
      onExtraction: (extraction) => builder.add(extraction),
      onArticle: (id) => progress.tick(id),
      stopped: () => interrupted,
    });
  } finally {
    progress.stop();
    process.off('SIGINT', onSigint);
  }
  const { extracted, skipped, warnings } = run;
  const summary = (graph?: KnowledgeGraph, written: string[] = []): Summary => ({
    read: run.read,
    extracted,
    skipped,
    warnings,
    ...(cacheDir ? { cache: { ...run.cache, dir: cacheDir } } : {}),
    ...(graph ? { graph } : {}),
    written,
    seconds: (performance.now() - started) / 1000,
  });
  if (interrupted) throw new CommandError('interrupted: no output written', EXIT_INTERRUPTED);

  if (extracted === 0) {
    say(formatSummary(summary()));
    throw new CommandError(run.read ? 'no article could be extracted; no output written' : 'nothing usable was read; no output written');
  }
  if (options.strict && skipped.length > 0) {
    say(formatSummary(summary()));
    throw new CommandError(`--strict: ${skipped.length} input(s) skipped; no output written`);
  }

  const graph = builder.build();
  // GEXF is built before anything is written: if it fails, every existing output is left untouched.
  const outputs = options.output.map((path) => ({ path, data: WRITERS[extname(path).toLowerCase()]!(graph) }));
  const written: string[] = [];
  for (const { path } of outputs) await mkdir(dirname(path), { recursive: true });
  for (const { path, data } of outputs) {
    try {
      written.push(`${path} (${formatBytes(await writeFileAtomic(path, data))})`);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
  }
  say(formatSummary(summary(graph, written)));
  return EXIT.ok;
}

interface Summary {
  read: number;
  extracted: number;
  skipped: SkippedInput[];
  warnings: string[];
  cache?: CacheCounts & { dir: string };
  graph?: KnowledgeGraph;
  written: string[];
  seconds: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatSummary(s: Summary): string {
  const lines = [`read ${plural(s.read, 'article')}, extracted ${s.extracted}, skipped ${s.skipped.length}`];
  // Line by line, not push(...list): a build can skip or warn about hundreds of thousands of inputs,
  // more arguments than a call takes.
  if (s.skipped.length) lines.push('skipped:');
  for (const x of s.skipped) lines.push(`  ${x.input}: ${x.reason}`);
  if (s.warnings.length) lines.push('warnings:');
  for (const w of s.warnings) lines.push(`  ${w}`);
  if (s.cache) {
    const { hits, misses, bad, writeErrors, dir } = s.cache;
    lines.push(`cache: ${plural(hits, 'hit')}, ${plural(misses, 'miss', 'misses')}${bad ? ` (${plural(bad, 'bad entry', 'bad entries')} recomputed)` : ''} in ${dir}`);
    for (const e of writeErrors) lines.push(`  cache not written: ${e}`);
  }
  if (s.graph) {
    const graph = s.graph;
    lines.push(`entities: ${graph.order}${formatCounts(countBy(graph.mapNodes((_k, a) => a.type)))}`);
    lines.push(`relations: ${graph.size}${formatCounts(countBy(graph.mapEdges((_k, a) => a.type)))}`);
  }
  if (s.written.length) lines.push(`wrote ${s.written.join(', ')}`);
  lines.push(`time: ${s.seconds.toFixed(1)} s`);
  return lines.join('\n') + '\n';
}
