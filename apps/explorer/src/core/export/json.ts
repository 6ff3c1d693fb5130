import { toJSON, type KnowledgeGraph, type SerializedKnowledgeGraph } from '@vnkg/io';
import type { Position } from '../graph/types';

/** graphology JSON of `graph`, with each node's current position so a re-import looks the same. */
export function toViewJson(graph: KnowledgeGraph, positionOf: (key: string) => Position): SerializedKnowledgeGraph {
  const data = toJSON(graph);
  return {
    ...data,
    nodes: data.nodes.map((node) => {
      const { x, y } = positionOf(node.key);
      return { ...node, attributes: { ...node.attributes!, x, y } };
    }),
  };
}
