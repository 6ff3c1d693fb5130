import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, Extraction, GraphAttributes, NodeAttributes } from './types.js';
import { resolveAcrossArticles } from './resolve/corpus.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Evidence is kept per (doc, start, end): the same span seen twice is one piece of evidence. */
const evidenceKey = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

function pushEvidence(list: Evidence[], seen: Set<string>, e: Evidence): void {
  const k = evidenceKey(e);
  if (!seen.has(k)) {
    seen.add(k);
    list.push(e);
  }
}

/**
 * Merges per-article extractions into one graph: one node per canonical entity key,
 * one edge per (source, type, target, role), each carrying all its evidence.
 * The result does not depend on the order of `extractions`.
 */
export function buildGraph(extractions: Iterable<Extraction>, options: { name?: string } = {}): KnowledgeGraph {
  const ordered = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const resolved = resolveAcrossArticles(ordered);
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({ ...(options.name ? { name: options.name } : {}), articles: ordered.map((x) => x.article.id) });
  const seenEvidence = new Map<string, Set<string>>();
  // Sets beside the attribute arrays: an entity named in 100,000 articles must not cost a scan per article.
  const aliasSets = new Map<string, Set<string>>();
  const docSets = new Map<string, Set<string>>();
  const seenOf = (key: string) => {
    let s = seenEvidence.get(key);
    if (!s) seenEvidence.set(key, (s = new Set()));
    return s;
  };

  for (const extraction of resolved) {
    const { id: doc, lang } = extraction.article;
    for (const entity of extraction.entities) {
      if (!graph.hasNode(entity.key)) {
        graph.addNode(entity.key, {
          label: entity.label,
          type: entity.type,
          aliases: [],
          ...(entity.kind ? { kind: entity.kind } : {}),
          ...(entity.date ? { date: entity.date } : {}),
          docs: [],
          lang: [],
          mentions: 0,
          evidence: [],
        });
      }
      const attrs = graph.getNodeAttributes(entity.key);
      let aliases = aliasSets.get(entity.key);
      if (!aliases) aliasSets.set(entity.key, (aliases = new Set()));
      let docs = docSets.get(entity.key);
      if (!docs) docSets.set(entity.key, (docs = new Set()));
      // A Vietnamese label wins over an English one: it is the form the gold and most readers use.
      if (lang === 'vi' && !attrs.lang.includes('vi')) attrs.label = entity.label;
      for (const alias of entity.aliases) {
        if (!aliases.has(alias)) {
          aliases.add(alias);
          attrs.aliases.push(alias);
        }
      }
      if (!aliases.has(attrs.label)) {
        aliases.add(attrs.label);
        attrs.aliases.unshift(attrs.label);
      }
      if (!docs.has(doc)) {
        docs.add(doc);
        attrs.docs.push(doc);
      }
      if (!attrs.lang.includes(lang)) attrs.lang.push(lang);
      if (!attrs.kind && entity.kind) attrs.kind = entity.kind;
      if (!attrs.date && entity.date) attrs.date = entity.date;
      attrs.mentions += entity.mentions.length;
      const seen = seenOf(entity.key);
      for (const m of entity.mentions) pushEvidence(attrs.evidence, seen, m);
    }
    for (const rel of extraction.relations) {
      if (!graph.hasNode(rel.source) || !graph.hasNode(rel.target) || rel.source === rel.target) continue;
      const key = `${rel.source}|${rel.type}|${rel.target}${rel.role ? `|${rel.role}` : ''}`;
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, rel.source, rel.target, {
          type: rel.type,
          ...(rel.role ? { role: rel.role } : {}),
          evidence: [],
          weight: 0,
        });
      }
      const attrs = graph.getEdgeAttributes(key);
      pushEvidence(attrs.evidence, seenOf(key), rel.evidence);
      attrs.weight = attrs.evidence.length;
    }
  }
  graph.forEachNode((_key, attrs) => {
    attrs.docs.sort();
  });
  return graph;
}
