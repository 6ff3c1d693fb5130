// A worker thread of the extraction pool: one request at a time, through the cache and the extractor.
import { parentPort } from 'node:worker_threads';
import { extractOne } from './extractOne.js';
import type { WorkerRequest, WorkerResponse } from './extractPool.js';

const port = parentPort;
if (!port) throw new Error('extractWorker.js runs only as a worker thread');
port.on('message', (request: WorkerRequest) => {
  void extractOne(request).then((result) => port.postMessage({ id: request.id, result } satisfies WorkerResponse));
});
