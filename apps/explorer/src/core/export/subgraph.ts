import { createKnowledgeGraph, type KnowledgeGraph } from '@vnkg/io';
import type { Visibility } from '../filters/types';
import type { ExplorerGraph } from '../graph/types';

/**
 * The visible part of the graph as a plain knowledge graph (no positions), for the writers.
 * Attribute values are shared, not copied: the writers only read them.
 */
export function visibleSubgraph(graph: ExplorerGraph, visibility: Visibility): KnowledgeGraph {
  const docs = new Set<string>();
  const sub = createKnowledgeGraph({ ...graph.getAttributes(), articles: [] });
  graph.forEachNode((key, attrs) => {
    if (!visibility.nodes.has(key)) return;
    const { x: _x, y: _y, ...model } = attrs;
    sub.addNode(key, model);
    model.docs.forEach((d) => docs.add(d));
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (visibility.edges.has(key)) sub.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  sub.setAttribute('articles', (graph.getAttribute('articles') ?? []).filter((a) => docs.has(a)));
  return sub;
}
