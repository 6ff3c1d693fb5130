import type { EdgeAttributes, Evidence } from '@vnkg/extractor';
import type { ExplorerGraph } from './types';

export interface MergeResult {
  addedNodes: string[];
  addedEdges: number;
  updatedNodes: number;
}

const evidenceKey = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

function mergeEvidence(into: Evidence[], from: readonly Evidence[]): Evidence[] {
  const seen = new Set(into.map(evidenceKey));
  const out = [...into];
  for (const e of from) {
    const key = evidenceKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

function findSameEdge(graph: ExplorerGraph, source: string, target: string, attrs: EdgeAttributes): string | undefined {
  return graph.findOutEdge(source, (_key, other, _s, t) => t === target && other.type === attrs.type && other.role === attrs.role);
}

/**
 * Merges `incoming` into `graph` by node key (keys are canonical across articles): unions
 * aliases, articles and evidence; an edge is the same when it has the same ends, type and role.
 * Positions of nodes already on screen are kept.
 */
export function mergeInto(graph: ExplorerGraph, incoming: ExplorerGraph): MergeResult {
  const result: MergeResult = { addedNodes: [], addedEdges: 0, updatedNodes: 0 };
  incoming.forEachNode((key, attrs) => {
    if (!graph.hasNode(key)) {
      graph.addNode(key, { ...attrs });
      result.addedNodes.push(key);
      return;
    }
    const current = graph.getNodeAttributes(key);
    const newDocs = attrs.docs.filter((d) => !current.docs.includes(d));
    graph.mergeNodeAttributes(key, {
      aliases: union(current.aliases, attrs.aliases),
      docs: union(current.docs, attrs.docs).sort(),
      lang: union(current.lang, attrs.lang),
      // Mentions from an article already in the graph were counted when it first came in.
      mentions: current.mentions + (newDocs.length ? attrs.mentions : 0),
      evidence: mergeEvidence(current.evidence, attrs.evidence),
      ...(current.kind || !attrs.kind ? {} : { kind: attrs.kind }),
      ...(current.date || !attrs.date ? {} : { date: attrs.date }),
    });
    result.updatedNodes++;
  });
  incoming.forEachEdge((key, attrs, source, target) => {
    const same = findSameEdge(graph, source, target, attrs);
    if (same) {
      const evidence = mergeEvidence(graph.getEdgeAttribute(same, 'evidence'), attrs.evidence);
      graph.mergeEdgeAttributes(same, { evidence, weight: Math.max(evidence.length, graph.getEdgeAttribute(same, 'weight')) });
      return;
    }
    if (graph.hasEdge(key)) graph.addDirectedEdge(source, target, { ...attrs });
    else graph.addDirectedEdgeWithKey(key, source, target, { ...attrs });
    result.addedEdges++;
  });
  const articles = union(graph.getAttribute('articles') ?? [], incoming.getAttribute('articles') ?? []).sort();
  graph.setAttribute('articles', articles);
  const langs = { ...incoming.getAttribute('articleLangs'), ...graph.getAttribute('articleLangs') };
  if (Object.keys(langs).length > 0) graph.setAttribute('articleLangs', langs);
  if (!graph.getAttribute('name') && incoming.getAttribute('name')) graph.setAttribute('name', incoming.getAttribute('name'));
  return result;
}
