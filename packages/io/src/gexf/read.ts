import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { EdgeAttributes, NodeAttributes } from '@vnkg/extractor';
import { toEdgeAttributes, toGraphAttributes, toNodeAttributes } from '../attributes.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph.js';
import { GraphFormatError, type Untrusted } from '../validate.js';
import { rebuildEvidence } from './evidence.js';

/** Drawing attributes a GEXF file may carry besides the model's. */
export interface NodeViz {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface GexfReadOptions {
  /** Also keep `x`, `y`, `size` and `color` from the file's viz elements on each node. */
  viz?: boolean;
}

/** Rejects text that is not well-formed XML with a GEXF root, before graphology-gexf sees it. */
function checkWellFormed(xml: string): void {
  const problems: string[] = [];
  const record = (msg: string) => problems.push(msg.replace(/\s+/g, ' ').trim());
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: record, fatalError: record } }).parseFromString(
    xml,
    'application/xml',
  );
  if (problems.length) throw new GraphFormatError(`not well-formed XML: ${problems[0]}`);
  const root = doc.documentElement;
  if (!root) throw new GraphFormatError('not well-formed XML: no root element');
  if (root.localName !== 'gexf') throw new GraphFormatError(`not a GEXF file: root element is <${root.tagName}>`);
  if (doc.getElementsByTagName('graph').length === 0) throw new GraphFormatError('not a GEXF file: no <graph> element');
}

function parseArticles(keywords: unknown): string[] | undefined {
  if (typeof keywords !== 'string') return undefined;
  try {
    const list: unknown = JSON.parse(keywords);
    return Array.isArray(list) && list.every((x) => typeof x === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

const VIZ_KEYS = ['x', 'y', 'size', 'color'] as const;

/**
 * Reads GEXF (as written by `toGexf`, or by Gephi with the same attributes) back into a
 * knowledge graph, rebuilding evidence records from their parallel lists.
 */
export function fromGexf(xml: string, options: GexfReadOptions = {}): KnowledgeGraph {
  checkWellFormed(xml);
  let parsed;
  try {
    parsed = parse(MultiDirectedGraph, xml, { respectInputGraphType: true });
  } catch (error) {
    throw new GraphFormatError(`unreadable GEXF: ${(error as Error).message}`);
  }
  const meta = parsed.getAttributes();
  const docsSeen = new Set<string>();
  const graph = createKnowledgeGraph(
    toGraphAttributes(
      {
        ...(typeof meta.description === 'string' ? { name: meta.description } : {}),
        articles: parseArticles(meta.keywords) ?? [],
      },
      'meta',
    ),
  );
  parsed.forEachNode((key, raw: Untrusted) => {
    const where = `node "${key}"`;
    const attrs: NodeAttributes & NodeViz = toNodeAttributes({ ...raw, evidence: rebuildEvidence(raw, where) }, where);
    if (options.viz) for (const k of VIZ_KEYS) if (raw[k] !== undefined) Object.assign(attrs, { [k]: raw[k] });
    attrs.docs.forEach((d) => docsSeen.add(d));
    graph.addNode(key, attrs);
  });
  parsed.forEachEdge((key, raw: Untrusted, source, target) => {
    const where = `edge "${key}"`;
    const attrs: EdgeAttributes = toEdgeAttributes({ ...raw, evidence: rebuildEvidence(raw, where) }, where);
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  // A file from elsewhere may lack our article list: fall back to the documents the nodes cite.
  if (graph.getAttribute('articles').length === 0 && docsSeen.size) graph.setAttribute('articles', [...docsSeen].sort());
  return graph;
}
