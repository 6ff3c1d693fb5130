import { mkdir } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { EXTRACTOR_VERSION, buildGraph } from '@vnkg/extractor';
import type { Article, Extraction, Language } from '@vnkg/extractor';
import { toGexf, toJSON, type KnowledgeGraph } from '@vnkg/io';
import { readInputs, writeFileAtomic, type SkippedInput } from '@vnkg/io/node';
import { defaultJobs, extractAll } from '../extractPool.js';
import { createProgress } from '../progress.js';
import { CommandError, EXIT, type Streams } from '../streams.js';
import { countBy, formatBytes, formatCounts } from '../format.js';

export interface BuildOptions {
  output: string[];
  strict?: boolean;
  lang?: Language;
  quiet?: boolean;
  /** Worker threads for extraction (default: by corpus size and cores). */
  jobs?: number;
}

const WRITERS: Record<string, (graph: KnowledgeGraph) => string> = {
  '.gexf': (graph) => toGexf(graph, { creator: `vnkg ${EXTRACTOR_VERSION}` }),
  '.json': (graph) => `${JSON.stringify(toJSON(graph))}\n`,
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

export async function runBuild(inputs: string[], options: BuildOptions, streams: Streams): Promise<number> {
  checkOutputs(options.output);
  const started = performance.now();
  const say = (text: string) => {
    if (!options.quiet) streams.stderr.write(text);
  };

  const skipped: SkippedInput[] = [];
  const warnings: string[] = [];
  const articles: Array<{ article: Article; source: string }> = [];
  for await (const item of readInputs(inputs)) {
    if ('skipped' in item) skipped.push(item.skipped);
    else {
      if (item.warning) warnings.push(`${item.source}: ${item.warning}`);
      // An article's own language (JSONL "lang") is more specific than the command-line default.
      articles.push({ ...item, article: { ...item.article, ...(options.lang && !item.article.lang ? { lang: options.lang } : {}) } });
    }
  }

  const extractions: Extraction[] = [];
  const progress = createProgress(streams.stderr, articles.length, 'extracting', !options.quiet && articles.length > 0);
  const outcomes = await extractAll(
    articles.map((a) => a.article),
    options.jobs ?? defaultJobs(articles.length),
    (article) => progress.tick(article.id),
  );
  progress.stop();
  outcomes.forEach((outcome, i) => {
    // One broken article must not cost the others.
    if ('error' in outcome) skipped.push({ input: articles[i]!.source, reason: `extraction failed: ${outcome.error}` });
    else extractions.push(outcome.extraction);
  });

  const report = (graph?: KnowledgeGraph, written: string[] = []) =>
    say(formatSummary({ read: articles.length, extracted: extractions.length, skipped, warnings, graph, written, seconds: (performance.now() - started) / 1000 }));

  if (extractions.length === 0) {
    report();
    throw new CommandError(articles.length ? 'no article could be extracted; no output written' : 'nothing usable was read; no output written');
  }
  if (options.strict && skipped.length > 0) {
    report();
    throw new CommandError(`--strict: ${skipped.length} input(s) skipped; no output written`);
  }

  const graph = buildGraph(extractions);
  // Serialize everything first: a failure here leaves every existing output untouched.
  const files = options.output.map((path) => ({ path, data: WRITERS[extname(path).toLowerCase()]!(graph) }));
  for (const { path } of files) await mkdir(dirname(path), { recursive: true });
  for (const { path, data } of files) {
    try {
      await writeFileAtomic(path, data);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
  }
  report(graph, files.map((f) => `${f.path} (${formatBytes(Buffer.byteLength(f.data))})`));
  return EXIT.ok;
}

interface Summary {
  read: number;
  extracted: number;
  skipped: SkippedInput[];
  warnings: string[];
  graph?: KnowledgeGraph;
  written: string[];
  seconds: number;
}

export function formatSummary(s: Summary): string {
  const lines = [`read ${s.read} article${s.read === 1 ? '' : 's'}, extracted ${s.extracted}, skipped ${s.skipped.length}`];
  if (s.skipped.length) lines.push('skipped:', ...s.skipped.map((x) => `  ${x.input}: ${x.reason}`));
  if (s.warnings.length) lines.push('warnings:', ...s.warnings.map((w) => `  ${w}`));
  if (s.graph) {
    const graph = s.graph;
    lines.push(`entities: ${graph.order}${formatCounts(countBy(graph.mapNodes((_k, a) => a.type)))}`);
    lines.push(`relations: ${graph.size}${formatCounts(countBy(graph.mapEdges((_k, a) => a.type)))}`);
  }
  if (s.written.length) lines.push(`wrote ${s.written.join(', ')}`);
  lines.push(`time: ${s.seconds.toFixed(1)} s`);
  return lines.join('\n') + '\n';
}
