import { readJsonGraph, readGexfGraph } from '../import/readGraph';
import { emptyExplorerGraph } from './create';
import type { ExplorerGraph } from './types';

export const DEFAULT_GRAPH_URL = 'graph.json';

export type LoadResult = { graph: ExplorerGraph; source: string; error?: string };

/**
 * The graph to open: `?graph=URL` when given, else `graph.json` beside the app (written by
 * `vnkg build` through start.sh). A missing or bad graph opens an empty one with the reason.
 */
export async function loadInitialGraph(search: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const source = new URLSearchParams(search).get('graph') || DEFAULT_GRAPH_URL;
  try {
    const response = await fetcher(source);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const name = decodeURIComponent(source.replace(/[?#].*$/, '').replace(/^.*\//, '')) || source;
    const graph = /\.gexf$/i.test(name) || text.trimStart().startsWith('<') ? readGexfGraph(name, text) : readJsonGraph(name, text);
    return { graph, source };
  } catch (error) {
    return { graph: emptyExplorerGraph(), source, error: `Could not load ${source}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
