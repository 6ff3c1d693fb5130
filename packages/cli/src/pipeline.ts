// Reading and extraction as one stream: articles are read as the pool can take them (at most a
// few per thread wait in memory), and each result is handed on in reading order as soon as every
// article before it is done, so what follows (the graph, the skip list) never depends on which
// thread finished first, and no more than a window of results is ever held. Everything done per
// article apart from reading and merging (the cache key, the cache entry, the extraction) happens
// in extractOne, on the pool's threads: this thread only reads, hands out, and merges in order.
import type { Article, Extraction } from '@vnkg/extractor';
import type { InputItem, SkippedInput } from '@vnkg/io/node';
import { extractorCodeHash, newPackRun } from './cache.js';
import { MIN_ARTICLES_FOR_THREADS, createPool, defaultJobs, type Pool } from './extractPool.js';
import type { ExtractResult } from './extractOne.js';
import { unpack, type PackedExtraction } from './packed.js';

export interface PipelineOptions {
  /** Threads; by default one per core once the corpus has more than a few dozen articles. */
  jobs?: number;
  /** Cache folder, or undefined for no cache. */
  cacheDir?: string;
  /** Language for articles that do not give one. */
  lang?: Article['lang'];
  /** Receives every extraction, in reading order; it is not kept after. */
  onExtraction: (extraction: Extraction) => void;
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
  /** Extractions handed to `onExtraction`. */
  extracted: number;
  skipped: SkippedInput[];
  warnings: string[];
  cache: CacheCounts;
  threads: number;
}

interface ArticleSlot {
  source: string;
  warning?: string;
  result?: ExtractResult;
}
type Slot = { skipped: SkippedInput } | ArticleSlot;

/**
 * How many articles may wait for a thread: enough to keep every thread busy (more than the pool
 * hands each thread ahead, SENT_PER_THREAD), few enough to stay small.
 */
const QUEUE_PER_THREAD = 12;
/**
 * How many articles may be read but not yet handed on: results finished behind a slow article
 * wait for it, up to this many per thread, then reading pauses.
 */
const WINDOW_PER_THREAD = 64;

export async function runPipeline(items: AsyncIterable<InputItem>, options: PipelineOptions): Promise<PipelineResult> {
  // Read but not yet handed on, oldest first; `head` skips the handed-on prefix without shifting.
  let slots: Slot[] = [];
  let head = 0;
  const result: PipelineResult = { read: 0, extracted: 0, skipped: [], warnings: [], cache: { hits: 0, misses: 0, bad: 0, writeErrors: [] }, threads: 0 };
  const cache = result.cache;
  let pool: Pool | undefined;
  const inFlight = new Set<Promise<void>>();
  const stopped = options.stopped ?? (() => false);
  const cacheCode = options.cacheDir ? extractorCodeHash() : undefined;
  const cacheRun = newPackRun();

  /** Hands on every finished slot at the head of the line. */
  const drain = () => {
    while (head < slots.length) {
      const slot = slots[head]!;
      if ('skipped' in slot) result.skipped.push(slot.skipped);
      else if (!slot.result) break;
      else {
        if (slot.warning) result.warnings.push(`${slot.source}: ${slot.warning}`);
        // One broken article must not cost the others.
        if ('error' in slot.result) result.skipped.push({ input: slot.source, reason: `extraction failed: ${slot.result.error}` });
        else {
          result.extracted++;
          options.onExtraction(unpack(JSON.parse(slot.result.packed) as PackedExtraction));
        }
      }
      head++;
    }
    if (head > 1024 && head * 2 > slots.length) {
      slots = slots.slice(head);
      head = 0;
    }
  };

  const submit = (slot: ArticleSlot, article: Article) => {
    const cacheRequest = options.cacheDir && cacheCode ? { dir: options.cacheDir, code: cacheCode, run: cacheRun } : undefined;
    const task = pool!.extract({ article, ...(cacheRequest ? { cache: cacheRequest } : {}) }).then((answer) => {
      slot.result = answer;
      if (answer.cache === 'hit') cache.hits++;
      else if (answer.cache === 'miss') cache.misses++;
      else if (answer.cache === 'bad') {
        cache.bad++;
        cache.misses++;
      }
      if ('cacheError' in answer && answer.cacheError && cache.writeErrors.length < 5) cache.writeErrors.push(answer.cacheError);
      options.onArticle?.(article.id);
      inFlight.delete(task);
      drain();
    });
    inFlight.add(task);
  };

  // With no --jobs, the first few dozen articles decide: a handful is faster without threads.
  const waiting: Array<{ slot: ArticleSlot; article: Article }> = [];
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
        drain();
      } else {
        result.read++;
        // An article's own language (JSONL "lang") is more specific than the command-line default.
        const article = options.lang && !item.article.lang ? { ...item.article, lang: options.lang } : item.article;
        const slot: ArticleSlot = { source: item.source, ...(item.warning ? { warning: item.warning } : {}) };
        slots.push(slot);
        if (pool) submit(slot, article);
        else {
          waiting.push({ slot, article });
          if (waiting.length > MIN_ARTICLES_FOR_THREADS) startPool(defaultJobs());
        }
      }
      if (!pool) continue;
      const threads = Math.max(1, pool.threads);
      // A full window means its first article is still being extracted, so a task is in flight.
      while (inFlight.size && (inFlight.size >= threads * QUEUE_PER_THREAD || slots.length - head >= threads * WINDOW_PER_THREAD)) {
        await Promise.race(inFlight);
      }
    }
    if (!pool && !stopped()) startPool(1);
    while (inFlight.size && !stopped()) await Promise.race(inFlight);
  } finally {
    await pool?.close();
  }
  result.threads = pool?.threads ?? 0;
  if (!stopped()) drain();
  return result;
}
