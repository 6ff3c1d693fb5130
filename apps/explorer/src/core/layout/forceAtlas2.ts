import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from '../graph/types';

/** Layouts declared as data (as in Gephi Lite): the explorer has one, run in a web worker. */
export const FORCE_ATLAS_2 = {
  id: 'fa2',
  type: 'worker',
  label: 'ForceAtlas2',
  parameters: (graph: ExplorerGraph) => ({ ...inferSettings(graph), barnesHutOptimize: graph.order > 500 }),
} as const;

/** A ForceAtlas2 worker writing x/y into the graph, which sigma redraws as they change. */
export function createLayoutWorker(graph: ExplorerGraph): FA2Layout {
  return new FA2Layout(graph, { settings: FORCE_ATLAS_2.parameters(graph), getEdgeWeight: 'weight' });
}
