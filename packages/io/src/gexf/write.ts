import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { EdgeAttributes, NodeAttributes } from '@vnkg/extractor';
import type { KnowledgeGraph } from '../graph.js';
import { computeLayout, type LayoutOptions } from '../layout.js';
import { TYPE_COLORS, UNKNOWN_TYPE_COLOR, sizeForDegree } from '../palette.js';
import { FLAT_EVIDENCE_STRING_LISTS, flattenEvidence } from './evidence.js';
import { encodeStringList, xmlSafe } from './xmlText.js';

export interface GexfWriteOptions {
  /** ForceAtlas2 settings, or `false` to write no positions. */
  layout?: LayoutOptions | false;
  /** Written as `<creator>` in the file's meta. */
  creator?: string;
  /** Indented output (default true). */
  pretty?: boolean;
}

/** Attributes written as liststring: pre-encoded by us, re-declared after writing (see `declareStringLists`). */
const NODE_STRING_LISTS = ['aliases', 'docs', 'lang', ...FLAT_EVIDENCE_STRING_LISTS] as const;
const EDGE_STRING_LISTS = FLAT_EVIDENCE_STRING_LISTS;

type Formatted = Record<string, string | number | number[]>;

function formatNodeAttributes(attrs: NodeAttributes): Formatted {
  const { evidence, evidenceDocs, ...offsets } = flattenEvidence(attrs.evidence);
  return {
    type: attrs.type,
    ...(attrs.kind ? { kind: attrs.kind } : {}),
    ...(attrs.date ? { date: xmlSafe(attrs.date) } : {}),
    aliases: encodeStringList(attrs.aliases),
    docs: encodeStringList(attrs.docs),
    lang: encodeStringList(attrs.lang),
    mentions: attrs.mentions,
    evidence: encodeStringList(evidence),
    evidenceDocs: encodeStringList(evidenceDocs),
    ...offsets,
  };
}

function formatEdgeAttributes(attrs: EdgeAttributes): Formatted {
  const { evidence, evidenceDocs, ...offsets } = flattenEvidence(attrs.evidence);
  return {
    type: attrs.type,
    ...(attrs.role ? { role: xmlSafe(attrs.role) } : {}),
    evidence: encodeStringList(evidence),
    evidenceDocs: encodeStringList(evidenceDocs),
    ...offsets,
  };
}

/**
 * The writer infers each attribute's type from its values; our string lists reach it as
 * already-encoded strings, so their declarations are turned from `string` into `liststring`.
 */
function declareStringLists(xml: string, names: readonly string[]): string {
  const pattern = new RegExp(`(<attribute id="(?:${names.join('|')})" title="[^"]*" type=")string(")`, 'g');
  return xml.replace(pattern, '$1liststring$2');
}

/**
 * Fixes graphology-gexf 0.13's 1.3 output to the official RELAX NG schema: the schema allows
 * no `xsi:schemaLocation` on `<gexf>` (and then the xsi namespace is unused), and an edge's
 * width is `viz:thickness` in 1.3, not `viz:size`.
 */
export function fixGexf13(xml: string): string {
  return xml
    .replace(/\s+xsi:schemaLocation="[^"]*"/, '')
    .replace(/\s+xmlns:xsi="[^"]*"/, '')
    .replace(/(<edge\b[^>]*>[\s\S]*?<\/edge>)/g, (edge) => edge.replace(/<viz:size\b/g, '<viz:thickness'));
}

/**
 * Serializes a knowledge graph to GEXF 1.3 that validates against the official schema and opens
 * laid out in Gephi: `viz:color` by entity type (TYPE_COLORS), `viz:size` by degree, `viz:position`
 * from a deterministic ForceAtlas2 run. Evidence records are stored as parallel lists
 * (`evidence`, `evidenceDocs`, `evidenceSentenceStarts`, `evidenceStarts`, `evidenceEnds`).
 */
export function toGexf(graph: KnowledgeGraph, options: GexfWriteOptions = {}): string {
  const positions = options.layout === false ? new Map<string, { x: number; y: number }>() : computeLayout(graph, options.layout);
  const { name, articles } = graph.getAttributes();
  // The writer takes the file's <meta> from the graph attributes; only these three are valid GEXF.
  const shell = new MultiDirectedGraph();
  shell.replaceAttributes({
    creator: xmlSafe(options.creator ?? 'vnkg'),
    ...(name ? { description: xmlSafe(name) } : {}),
    keywords: encodeStringList(articles ?? []),
  });
  graph.forEachNode((key) => shell.addNode(key));
  graph.forEachEdge((key, _attrs, source, target) => shell.addDirectedEdgeWithKey(key, source, target));

  const xml = write(shell, {
    version: '1.3',
    pretty: options.pretty ?? true,
    pedantic: true,
    formatNode: (key) => {
      const attrs = graph.getNodeAttributes(key);
      const position = positions.get(key);
      return {
        label: xmlSafe(attrs.label),
        attributes: formatNodeAttributes(attrs),
        viz: {
          color: TYPE_COLORS[attrs.type] ?? UNKNOWN_TYPE_COLOR,
          size: sizeForDegree(graph.degree(key)),
          ...(position ?? {}),
        },
      };
    },
    formatEdge: (key) => {
      const attrs = graph.getEdgeAttributes(key);
      return {
        label: xmlSafe(attrs.role ? `${attrs.type}: ${attrs.role}` : attrs.type),
        weight: attrs.weight,
        attributes: formatEdgeAttributes(attrs),
        viz: { thickness: Math.round((1 + Math.log2(Math.max(attrs.weight, 1))) * 100) / 100 },
      };
    },
  });
  return fixGexf13(declareStringLists(xml, [...new Set([...NODE_STRING_LISTS, ...EDGE_STRING_LISTS])]));
}
