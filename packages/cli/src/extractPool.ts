// Extraction on a pool of worker threads, or in-process for one job. Requests are queued and
// handed to whichever thread is free; each answer settles the promise of its own request.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractOne, type ExtractRequest, type ExtractResult } from './extractOne.js';

export interface Pool {
  readonly threads: number;
  extract(request: ExtractRequest): Promise<ExtractResult>;
  /** Stops the threads; requests still pending settle with an error. */
  close(): Promise<void>;
}

export interface WorkerRequest extends ExtractRequest {
  id: number;
}
export type WorkerResponse = { id: number; result: ExtractResult };

/** Below this many articles, threads cost more than they save. */
export const MIN_ARTICLES_FOR_THREADS = 32;

export const defaultJobs = (): number => Math.max(1, Math.min(availableParallelism(), 8));

// Present in dist; absent when running from the TypeScript sources (tests), where extraction stays in-process.
const WORKER_FILE = fileURLToPath(new URL('./extractWorker.js', import.meta.url));

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function inProcessPool(): Pool {
  let closed = false;
  return {
    threads: 0,
    async extract(request) {
      if (closed) return { error: 'extraction stopped', cache: 'off' };
      const result = await extractOne(request);
      await yieldToEventLoop(); // lets a progress bar redraw and a signal be handled
      return result;
    },
    async close() {
      closed = true;
    },
  };
}

interface Job {
  request: WorkerRequest;
  settle: (result: ExtractResult) => void;
}

function threadPool(threads: number): Pool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.request);
    }
  };
  const spawn = () => {
    const worker = new Worker(WORKER_FILE);
    worker.on('message', ({ result }: WorkerResponse) => {
      busy.get(worker)?.settle(result);
      busy.delete(worker);
      idle.push(worker);
      dispatch();
    });
    // A thread that dies takes only its current article with it; a fresh one takes its place.
    worker.on('error', (error) => {
      busy.get(worker)?.settle({ error: `extraction thread failed: ${error.message}`, cache: 'off' });
      busy.delete(worker);
    });
    worker.on('exit', () => {
      busy.get(worker)?.settle({ error: 'extraction thread stopped', cache: 'off' });
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (!closed) spawn();
    });
    idle.push(worker);
    dispatch();
  };
  for (let i = 0; i < threads; i++) spawn();

  return {
    threads,
    extract(request) {
      if (closed) return Promise.resolve({ error: 'extraction stopped', cache: 'off' });
      return new Promise((settle) => {
        queue.push({ request: { ...request, id: nextId++ }, settle });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.settle({ error: 'extraction stopped', cache: 'off' });
      const workers = [...idle, ...busy.keys()];
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** A pool of `jobs` threads; in-process when `jobs` is 1 or the worker script is not built. */
export function createPool(jobs: number): Pool {
  return jobs > 1 && existsSync(WORKER_FILE) ? threadPool(jobs) : inProcessPool();
}
