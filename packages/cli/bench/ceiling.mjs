// A worker of the bench's parallel-ceiling probe: extracts the articles it is sent (after a
// warm-up on the first few) and answers with the seconds it took. No pipeline, no cache, no merge:
// two of these at once show how much a second thread can give on this machine at this moment.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { extract } from '@vnkg/extractor';

parentPort.once('message', (articles) => {
  for (const article of articles.slice(0, 20)) extract(article);
  const started = performance.now();
  for (const article of articles) extract(article);
  parentPort.postMessage((performance.now() - started) / 1000);
});
