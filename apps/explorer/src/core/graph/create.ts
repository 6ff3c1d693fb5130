import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '@vnkg/io';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import { initialPositions } from './positions';
import type { ExplorerGraph, ExplorerNodeAttributes, Position } from './types';

export function emptyExplorerGraph(): ExplorerGraph {
  const graph = new MultiDirectedGraph<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ articles: [] });
  return graph;
}

/**
 * Gives a knowledge graph positions, in place: the same instance becomes the app's graph,
 * so no second copy of the attributes is made.
 */
export function toExplorerGraph(graph: KnowledgeGraph, known?: ReadonlyMap<string, Position>): ExplorerGraph {
  const positions = initialPositions(graph, known);
  graph.forEachNode((key, attrs) => {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    Object.assign(attrs, p);
  });
  return graph as ExplorerGraph;
}
