// Browser-safe entry: writers and readers that work on strings and objects, no file system.
export { toGexf, fixGexf13, type GexfWriteOptions } from './gexf/write.js';
export { fromGexf, type GexfReadOptions, type NodeViz } from './gexf/read.js';
export { toJSON, toJSONChunks, toJSONBytes, fromJSON, type SerializedKnowledgeGraph } from './json.js';
export { computeLayout, type LayoutOptions, type Positions } from './layout.js';
export { TYPE_COLORS, UNKNOWN_TYPE_COLOR, sizeForDegree } from './palette.js';
export { createKnowledgeGraph, type KnowledgeGraph } from './graph.js';
export { GraphFormatError } from './validate.js';
