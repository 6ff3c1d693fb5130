import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@vnkg/extractor';

/** A position on the canvas: the only thing the explorer adds to the model's nodes (sigma and the layout share it). */
export interface Position {
  x: number;
  y: number;
}

export type ExplorerNodeAttributes = NodeAttributes & Position;

/** The one graph of the app: the library's knowledge graph, with positions. */
export type ExplorerGraph = MultiDirectedGraph<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>;
