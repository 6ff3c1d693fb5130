// Extraction of many articles, on worker threads when there are enough of them to pay for the
// threads' start-up. Extraction of one article never depends on another, so order does not matter.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract, type Article, type Extraction } from '@vnkg/extractor';

export interface PoolRequest {
  index: number;
  article: Article;
}
export type PoolResponse = { index: number; extraction: Extraction } | { index: number; error: string };
export type Outcome = { extraction: Extraction } | { error: string };

/** Below this many articles, threads cost more than they save. */
const MIN_ARTICLES_PER_THREAD = 32;

export function defaultJobs(articleCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(articleCount / MIN_ARTICLES_PER_THREAD)));
}

// Present in dist; absent when running from the TypeScript sources (tests), where extraction stays in-process.
const WORKER_FILE = fileURLToPath(new URL('./extractWorker.js', import.meta.url));

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function extractInProcess(articles: readonly Article[], onDone: (article: Article) => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const article of articles) {
    try {
      outcomes.push({ extraction: extract(article) });
    } catch (error) {
      outcomes.push({ error: (error as Error).message });
    }
    onDone(article);
    await yieldToEventLoop(); // lets a progress bar redraw
  }
  return outcomes;
}

function extractOnThreads(articles: readonly Article[], jobs: number, onDone: (article: Article) => void): Promise<Outcome[]> {
  return new Promise((resolve) => {
    const outcomes = new Array<Outcome | undefined>(articles.length);
    let next = 0;
    let finished = 0;
    const settle = (index: number, outcome: Outcome) => {
      outcomes[index] = outcome;
      finished++;
      onDone(articles[index]!);
      if (finished === articles.length) {
        workers.forEach((w) => void w.terminate());
        resolve(outcomes as Outcome[]);
      }
    };
    const feed = (worker: Worker, busy: { index: number }) => {
      if (next >= articles.length) return;
      busy.index = next++;
      worker.postMessage({ index: busy.index, article: articles[busy.index]! } satisfies PoolRequest);
    };
    let alive = Math.min(jobs, articles.length);
    const workers = Array.from({ length: alive }, () => {
      const worker = new Worker(WORKER_FILE);
      const busy = { index: -1 };
      worker.on('message', (response: PoolResponse) => {
        busy.index = -1;
        settle(response.index, 'error' in response ? { error: response.error } : { extraction: response.extraction });
        feed(worker, busy);
      });
      // A thread that dies takes only its current article with it; the others go on.
      worker.on('error', (error) => {
        if (busy.index >= 0) settle(busy.index, { error: `extraction thread failed: ${error.message}` });
        busy.index = -1;
      });
      worker.on('exit', () => {
        // If every thread is gone, what was never extracted is reported, not waited for forever.
        if (--alive === 0 && finished < articles.length) {
          for (let i = 0; i < articles.length; i++) if (!outcomes[i]) settle(i, { error: 'extraction threads stopped before this article' });
        }
      });
      feed(worker, busy);
      return worker;
    });
  });
}

/** Extracts every article; outcomes are in input order whatever the threads' timing. */
export async function extractAll(articles: readonly Article[], jobs: number, onDone: (article: Article) => void): Promise<Outcome[]> {
  if (articles.length === 0) return [];
  return jobs > 1 && existsSync(WORKER_FILE) ? extractOnThreads(articles, jobs, onDone) : extractInProcess(articles, onDone);
}
