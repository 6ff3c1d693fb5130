// Web worker: article extraction off the main thread, with the same library as `vnkg build`.
import { extractArticles } from './extractArticles';
import type { FromWorker, ToWorker } from './extractProtocol';

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type !== 'extract') return;
  const graph = extractArticles(event.data.files, post);
  post({ type: 'done', graph });
};
