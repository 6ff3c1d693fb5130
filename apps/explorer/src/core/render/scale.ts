import type { ExplorerGraph } from '../graph/types';

/**
 * Past these sizes the graph is drawn the cheap way: in software WebGL (and on weak GPUs) a
 * frame costs per primitive drawn, so arrows, curves and edge picking (a second pass over every
 * edge) make a 50,000-edge frame take seconds.
 */
export const LARGE_GRAPH_NODES = 3000;
export const LARGE_GRAPH_EDGES = 5000;

export const isLargeGraph = (graph: ExplorerGraph): boolean => graph.order > LARGE_GRAPH_NODES || graph.size > LARGE_GRAPH_EDGES;
