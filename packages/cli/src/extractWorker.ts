// A worker thread of the extraction pool: extracts the articles it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { extract, type Article } from '@vnkg/extractor';
import type { PoolRequest, PoolResponse } from './extractPool.js';

const port = parentPort;
if (!port) throw new Error('extractWorker.js runs only as a worker thread');
port.on('message', ({ index, article }: PoolRequest & { article: Article }) => {
  let response: PoolResponse;
  try {
    response = { index, extraction: extract(article) };
  } catch (error) {
    response = { index, error: (error as Error).message };
  }
  port.postMessage(response);
});
