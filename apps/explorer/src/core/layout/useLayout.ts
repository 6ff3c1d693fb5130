import { useCallback, useEffect, useRef, useState } from 'react';
import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from '../graph/types';
import { createLayoutWorker } from './forceAtlas2';

export interface LayoutControl {
  running: boolean;
  start: () => void;
  stop: () => void;
}

/** Start/stop of the worker layout; the worker is made on first start and killed on unmount. */
export function useLayout(graph: ExplorerGraph): LayoutControl {
  const worker = useRef<FA2Layout | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(
    () => () => {
      worker.current?.kill();
      worker.current = null;
    },
    [graph],
  );
  const start = useCallback(() => {
    if (graph.order === 0) return;
    worker.current ??= createLayoutWorker(graph);
    worker.current.start();
    setRunning(true);
  }, [graph]);
  const stop = useCallback(() => {
    worker.current?.stop();
    setRunning(false);
  }, []);
  return { running, start, stop };
}
