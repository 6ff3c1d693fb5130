import pagerank from 'graphology-metrics/centrality/pagerank';
import { sizeForDegree } from '@vnkg/io';
import type { ExplorerGraph } from '../graph/types';
import type { SizeMode } from '../url/viewState';

const MIN_SIZE = 4;
const MAX_SIZE = 22;

/** Thousands of nodes at full size hide one another (and cost fill): shrink with the square root of the count. */
export const sizeScale = (order: number): number => (order <= 1000 ? 1 : Math.max(0.35, Math.sqrt(1000 / order)));

/**
 * Node sizes for a mode, scaled down for large graphs. Degree uses the library's scale (as in GEXF exports); PageRank is
 * scaled by the square root of the score relative to the highest one.
 */
export function computeSizes(graph: ExplorerGraph, mode: SizeMode): Map<string, number> {
  const sizes = new Map<string, number>();
  const scale = sizeScale(graph.order);
  if (mode === 'degree' || graph.size === 0) {
    graph.forEachNode((key) => sizes.set(key, scale * Math.min(sizeForDegree(graph.degree(key)), MAX_SIZE * 1.5)));
    return sizes;
  }
  const scores = pagerank(graph, { getEdgeWeight: 'weight' });
  // A loop, not Math.max(...): a large graph has more nodes than a call takes arguments.
  let max = Number.MIN_VALUE;
  for (const score of Object.values(scores)) if (score > max) max = score;
  for (const [key, score] of Object.entries(scores)) {
    sizes.set(key, scale * (MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(score / max)));
  }
  return sizes;
}
