// A worker thread of the extraction pool: requests in the order they come, each through the cache
// and the extractor (synchronously, so one at a time), each answered with its id.
import { parentPort } from 'node:worker_threads';
import { extractOne } from './extractOne.js';
import type { WorkerRequest, WorkerResponse } from './extractPool.js';

const port = parentPort;
if (!port) throw new Error('extractWorker.js runs only as a worker thread');
port.on('message', (request: WorkerRequest) => {
  port.postMessage({ id: request.id, result: extractOne(request) } satisfies WorkerResponse);
});
