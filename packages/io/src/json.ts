import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@vnkg/extractor';
import { toEdgeAttributes, toGraphAttributes, toNodeAttributes } from './attributes.js';
import { createKnowledgeGraph, type KnowledgeGraph } from './graph.js';
import { GraphFormatError, isRecord, requireString } from './validate.js';

export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** graphology's serialized form (`graph.export()`), the format the scorer and the explorer read. */
export function toJSON(graph: KnowledgeGraph): SerializedKnowledgeGraph {
  return graph.export();
}

/** `JSON.stringify(toJSON(graph))` as a run of small pieces (one per node or edge, and the punctuation between). */
function* jsonPieces(graph: KnowledgeGraph): Generator<string> {
  const { nodes, edges, ...head } = toJSON(graph);
  const opening = JSON.stringify(head);
  yield `${opening.slice(0, -1)}${opening.length > 2 ? ',' : ''}"nodes":[`;
  for (const [name, list] of [['nodes', nodes], ['edges', edges]] as const) {
    if (name === 'edges') yield '],"edges":[';
    for (let i = 0; i < list.length; i++) {
      if (i) yield ',';
      yield JSON.stringify(list[i]);
    }
  }
  yield ']}';
}

/**
 * `JSON.stringify(toJSON(graph))` in pieces of about `chunkSize` characters, so a graph whose
 * JSON exceeds the largest string a JavaScript engine can hold can still be written.
 */
export function* toJSONChunks(graph: KnowledgeGraph, chunkSize = 1 << 20): Generator<string> {
  let buffer = '';
  for (const piece of jsonPieces(graph)) {
    buffer += piece;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer;
}

/**
 * `JSON.stringify(toJSON(graph))` as UTF-8, in chunks of `chunkSize` bytes (the last one shorter)
 * for writing to a file. Each node and edge is encoded straight into the chunk: no string of a
 * chunk's size is made, which for a large graph would be copied once more to be encoded and would
 * load the garbage collector with hundreds of megabytes.
 */
export function* toJSONBytes(graph: KnowledgeGraph, chunkSize = 1 << 20): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  // Room for any one character (4 bytes), so every chunk takes at least one.
  const size = Math.max(4, chunkSize);
  let chunk = new Uint8Array(size);
  let used = 0;
  for (const piece of jsonPieces(graph)) {
    let rest = piece;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, chunk.subarray(used));
      used += written;
      if (read === rest.length) break;
      rest = rest.slice(read);
      yield chunk.subarray(0, used);
      chunk = new Uint8Array(size);
      used = 0;
    }
  }
  yield chunk.subarray(0, used);
}

/**
 * Reads graphology's serialized JSON back into a knowledge graph, checking every node and edge.
 * Throws `GraphFormatError` naming the first bad place, e.g. `nodes[3].attributes.type: expected one of …`.
 */
export function fromJSON(value: unknown): KnowledgeGraph {
  if (!isRecord(value)) throw new GraphFormatError('graph: expected an object with "nodes" and "edges"');
  const { nodes, edges } = value;
  if (!Array.isArray(nodes)) throw new GraphFormatError('graph.nodes: expected a list');
  if (edges !== undefined && !Array.isArray(edges)) throw new GraphFormatError('graph.edges: expected a list');
  if (isRecord(value.options) && (value.options.type === 'undirected' || value.options.multi === false)) {
    // Our graphs are directed multigraphs; reading an undirected one would silently change its meaning.
    throw new GraphFormatError(`graph.options: expected a directed multigraph, got ${JSON.stringify(value.options)}`);
  }
  const graph = createKnowledgeGraph(toGraphAttributes(isRecord(value.attributes) ? value.attributes : {}, 'graph.attributes'));
  nodes.forEach((node: unknown, i) => {
    const where = `nodes[${i}]`;
    if (!isRecord(node)) throw new GraphFormatError(`${where}: expected an object`);
    const key = requireString(node.key, `${where}.key`);
    if (graph.hasNode(key)) throw new GraphFormatError(`${where}.key: duplicate node "${key}"`);
    graph.addNode(key, toNodeAttributes(isRecord(node.attributes) ? node.attributes : {}, `${where}.attributes`));
  });
  (edges ?? []).forEach((edge: unknown, i) => {
    const where = `edges[${i}]`;
    if (!isRecord(edge)) throw new GraphFormatError(`${where}: expected an object`);
    const source = requireString(edge.source, `${where}.source`);
    const target = requireString(edge.target, `${where}.target`);
    for (const [end, key] of [['source', source], ['target', target]] as const) {
      if (!graph.hasNode(key)) throw new GraphFormatError(`${where}.${end}: no node "${key}"`);
    }
    if (edge.undirected === true) throw new GraphFormatError(`${where}: undirected edges are not part of the model`);
    const attributes = toEdgeAttributes(isRecord(edge.attributes) ? edge.attributes : {}, `${where}.attributes`);
    if (edge.key === undefined) graph.addDirectedEdge(source, target, attributes);
    else {
      const key = requireString(edge.key, `${where}.key`);
      if (graph.hasEdge(key)) throw new GraphFormatError(`${where}.key: duplicate edge "${key}"`);
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }
  });
  return graph;
}
