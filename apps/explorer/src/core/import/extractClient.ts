import { fromJSON } from '@vnkg/io';
import { toExplorerGraph } from '../graph/create';
import type { ExplorerGraph } from '../graph/types';
import { ImportError } from './errors';
import type { ArticleFile, FromWorker, ToWorker } from './extractProtocol';

export interface ExtractProgress {
  done: number;
  total: number;
  name: string;
}

export interface ExtractOutcome {
  graph: ExplorerGraph | null;
  errors: ImportError[];
}

/** Extracts articles in a fresh web worker (ended when done), reporting progress per file. */
export function extractInWorker(files: ArticleFile[], onProgress: (p: ExtractProgress) => void): Promise<ExtractOutcome> {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  const errors: ImportError[] = [];
  return new Promise<ExtractOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'fileError') errors.push(new ImportError(message.name, message.reason));
      else {
        worker.terminate();
        resolve({ graph: message.graph ? toExplorerGraph(fromJSON(message.graph)) : null, errors });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`extraction worker failed: ${event.message || 'unknown error'}`));
    };
    const request: ToWorker = { type: 'extract', files };
    worker.postMessage(request);
  });
}
