import { useEffect, useState } from 'react';
import { loadInitialGraph, type LoadResult } from '../core/graph/load';
import { parseViewState } from '../core/url/viewState';
import { Explorer } from './Explorer';

/** Loads the graph named by the URL (or the default one), then opens the explorer on it. */
export function App() {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  useEffect(() => {
    let live = true;
    void loadInitialGraph(window.location.search).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, []);
  if (!loaded) return <p className="loading" role="status">Loading graph…</p>;
  const notice = loaded.error ? `${loaded.error}. Run \`npm start\`, or import .gexf, .json or .txt files.` : undefined;
  return <Explorer graph={loaded.graph} initialView={parseViewState(window.location.search)} notice={notice} />;
}
