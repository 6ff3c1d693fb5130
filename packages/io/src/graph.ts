import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@vnkg/extractor';

/** The graph every reader returns and every writer takes: the shape `buildGraph` produces. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(attributes: GraphAttributes): KnowledgeGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes(attributes);
  return graph;
}
