// Reading and extraction as one stream: articles are read as the pool can take them (at most a
// few per thread wait in memory), and results land in slots by reading order, so what follows
// (merge, skip list) never depends on which thread finished first.
import type { Article, Extraction } from '@vnkg/extractor';
import type { InputItem, SkippedInput } from '@vnkg/io/node';
import { cacheKey } from './cache.js';
import { MIN_ARTICLES_FOR_THREADS, createPool, defaultJobs, type Pool } from './extractPool.js';
import type { ExtractResult } from './extractOne.js';
import { internEvidence } from './intern.js';

export interface PipelineOptions {
  /** Threads; by default one per core once the corpus has more than a few dozen articles. */
  jobs?: number;
  /** Cache folder, or undefined for no cache. */
  cacheDir?: string;
  /** Language for articles that do not give one. */
  lang?: Article['lang'];
  onArticle?: (id: string) => void;
  /** Checked between articles: when it says stop, reading ends and the pool is closed. */
  stopped?: () => boolean;
}

export interface CacheCounts {
  hits: number;
  misses: number;
  /** Entries found corrupt or stale, and recomputed. */
  bad: number;
  writeErrors: string[];
}

export interface PipelineResult {
  read: number;
  extractions: Extraction[];
  skipped: SkippedInput[];
  warnings: string[];
  cache: CacheCounts;
  threads: number;
}

type Slot = { skipped: SkippedInput } | { source: string; warning?: string; result?: ExtractResult };

/** How many articles may wait for a thread: enough to keep every thread busy, few enough to stay small. */
const QUEUE_PER_THREAD = 4;

export async function runPipeline(items: AsyncIterable<InputItem>, options: PipelineOptions): Promise<PipelineResult> {
  const slots: Slot[] = [];
  const cache: CacheCounts = { hits: 0, misses: 0, bad: 0, writeErrors: [] };
  let pool: Pool | undefined;
  let read = 0;
  const inFlight = new Set<Promise<void>>();
  const stopped = options.stopped ?? (() => false);

  const submit = (slot: { source: string; warning?: string; result?: ExtractResult }, article: Article) => {
    const key = options.cacheDir ? cacheKey(article) : undefined;
    const request = { article, ...(key && options.cacheDir ? { cache: { dir: options.cacheDir, key } } : {}) };
    const task = pool!.extract(request).then((result) => {
      if ('extraction' in result) internEvidence(result.extraction);
      slot.result = result;
      if (result.cache === 'hit') cache.hits++;
      else if (result.cache === 'miss') cache.misses++;
      else if (result.cache === 'bad') {
        cache.bad++;
        cache.misses++;
      }
      if ('cacheError' in result && result.cacheError && cache.writeErrors.length < 5) cache.writeErrors.push(result.cacheError);
      options.onArticle?.(article.id);
      inFlight.delete(task);
    });
    inFlight.add(task);
  };

  // With no --jobs, the first few dozen articles decide: a handful is faster without threads.
  const waiting: Array<{ slot: { source: string; warning?: string }; article: Article }> = [];
  const startPool = (jobs: number) => {
    pool = createPool(jobs);
    for (const w of waiting.splice(0)) submit(w.slot, w.article);
  };
  if (options.jobs) startPool(options.jobs);

  try {
    for await (const item of items) {
      if (stopped()) break;
      if ('skipped' in item) {
        slots.push(item);
        continue;
      }
      read++;
      // An article's own language (JSONL "lang") is more specific than the command-line default.
      const article = options.lang && !item.article.lang ? { ...item.article, lang: options.lang } : item.article;
      const slot = { source: item.source, ...(item.warning ? { warning: item.warning } : {}) };
      slots.push(slot);
      if (!pool) {
        waiting.push({ slot, article });
        if (waiting.length > MIN_ARTICLES_FOR_THREADS) startPool(defaultJobs());
        continue;
      }
      submit(slot, article);
      while (inFlight.size >= Math.max(1, pool.threads) * QUEUE_PER_THREAD) await Promise.race(inFlight);
    }
    if (!pool && !stopped()) startPool(1);
    while (inFlight.size && !stopped()) await Promise.race(inFlight);
  } finally {
    await pool?.close();
  }

  const result: PipelineResult = { read, extractions: [], skipped: [], warnings: [], cache, threads: pool?.threads ?? 0 };
  for (const slot of slots) {
    if ('skipped' in slot) result.skipped.push(slot.skipped);
    else {
      if (slot.warning) result.warnings.push(`${slot.source}: ${slot.warning}`);
      // One broken article must not cost the others.
      if (slot.result && 'error' in slot.result) result.skipped.push({ input: slot.source, reason: `extraction failed: ${slot.result.error}` });
      else if (slot.result) result.extractions.push(slot.result.extraction);
    }
  }
  return result;
}
