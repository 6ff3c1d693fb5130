// Extraction on a pool of worker threads, or in-process for one job. Requests are queued and
// handed to the least busy thread, up to eight ahead; each answer settles the promise of its own request.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { closePack } from './cache.js';
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
      const result = extractOne(request);
      await yieldToEventLoop(); // lets a progress bar redraw and a signal be handled
      return result;
    },
    async close() {
      closed = true;
      closePack();
    },
  };
}

interface Job {
  request: WorkerRequest;
  settle: (result: ExtractResult) => void;
}

/**
 * Requests handed to one thread before it answers the first: while it extracts one, the next ones
 * already wait in its message queue, so it never sits idle for a round trip to this thread. Two
 * were not enough: a garbage collection or a run of merges on this thread outlasts two extractions,
 * and the threads sat idle 12–17% of the time; with eight, under 5%.
 */
const SENT_PER_THREAD = 8;

interface Thread {
  worker: Worker;
  /** Sent and not yet answered, oldest (the one being extracted) first. */
  sent: Map<number, Job>;
}

function threadPool(count: number): Pool {
  const queue: Job[] = [];
  const threads = new Set<Thread>();
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (queue.length) {
      let target: Thread | undefined;
      for (const thread of threads) if (thread.sent.size < SENT_PER_THREAD && (!target || thread.sent.size < target.sent.size)) target = thread;
      if (!target) return;
      const job = queue.shift()!;
      target.sent.set(job.request.id, job);
      target.worker.postMessage(job.request);
    }
  };
  /** A thread that dies takes only its current article with it; the others it held go back in line. */
  const fail = (thread: Thread, error: string) => {
    const [current, ...rest] = thread.sent.values();
    thread.sent.clear();
    current?.settle({ error, cache: 'off' });
    if (closed) for (const job of rest) job.settle({ error: 'extraction stopped', cache: 'off' });
    else queue.unshift(...rest);
  };
  const spawn = () => {
    const thread: Thread = { worker: new Worker(WORKER_FILE), sent: new Map() };
    thread.worker.on('message', ({ id, result }: WorkerResponse) => {
      thread.sent.get(id)?.settle(result);
      thread.sent.delete(id);
      dispatch();
    });
    thread.worker.on('error', (error) => fail(thread, `extraction thread failed: ${error.message}`));
    thread.worker.on('exit', () => {
      fail(thread, 'extraction thread stopped');
      threads.delete(thread);
      if (!closed) spawn();
    });
    threads.add(thread);
    dispatch();
  };
  for (let i = 0; i < count; i++) spawn();

  return {
    threads: count,
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
      await Promise.all([...threads].map((thread) => thread.worker.terminate()));
    },
  };
}

/** A pool of `jobs` threads; in-process when `jobs` is 1 or the worker script is not built. */
export function createPool(jobs: number): Pool {
  return jobs > 1 && existsSync(WORKER_FILE) ? threadPool(jobs) : inProcessPool();
}
