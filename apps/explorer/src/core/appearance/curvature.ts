import type { ExplorerGraph } from '../graph/types';

const STEP = 0.25;

/**
 * Curvature for edges that share their two ends (either direction), so parallel relations are
 * drawn apart; edges alone between their ends are absent and drawn straight. Kept beside the
 * graph, not in it, so exports carry no drawing state.
 */
export function parallelCurvatures(graph: ExplorerGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = groups.get(pair);
    if (list) list.push(edge);
    else groups.set(pair, [edge]);
  });
  const out = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    const firstSource = graph.source(edges[0]!);
    edges.forEach((edge, i) => {
      // Curves bend to the edge's own right: an edge going the other way needs the opposite
      // sign for the group to still fan out on both sides.
      const reversed = graph.source(edge) !== firstSource;
      const magnitude = STEP * (1 + Math.floor(i / 2));
      const side = i % 2 === 0 ? 1 : -1;
      out.set(edge, magnitude * side * (reversed ? -1 : 1));
    });
  }
  return out;
}
