import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, Extraction, GraphAttributes, Language, NodeAttributes } from './types.js';
import { documentRenames } from './resolve/corpus.js';

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphOptions {
  /** Graph attribute `name`. */
  name?: string;
  /**
   * At most this many evidence records per node and per edge (the first ones, in article order);
   * `mentions` and `weight` still count them all. Bounds memory on large archives. Default: all.
   */
  maxEvidence?: number;
}

const edgeKey = (source: string, type: string, target: string, role: string | undefined) => `${source}|${type}|${target}${role ? `|${role}` : ''}`;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges extractions into one graph, one article at a time, so a large archive never has to
 * be held as extractions: one node per canonical entity key, one edge per (source, type, target,
 * role), each with its evidence. `build()` then merges what only the whole corpus can settle and
 * orders nodes and edges by key. Adding the same articles in the same order gives the same graph,
 * byte for byte; labels, aliases and capped evidence follow the order articles came in.
 */
export class GraphBuilder {
  private readonly graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  private readonly articles = new Map<string, Language>();
  private readonly maxEvidence: number;
  // Beside each node's alias list, the set of its aliases: an entity named in 100,000 articles
  // must not cost a scan per article. (Evidence and article lists need none: an extraction names
  // each entity and relation once, and an article is added once.)
  private readonly aliasSets = new Map<string, Set<string>>();

  constructor(private readonly options: GraphOptions = {}) {
    this.maxEvidence = options.maxEvidence ?? Infinity;
  }

  add(extraction: Extraction): this {
    const graph = this.graph;
    const { id: doc, lang } = extraction.article;
    // The same article twice would count its mentions twice: the first one stands.
    if (this.articles.has(doc)) return this;
    this.articles.set(doc, lang);
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
      // A Vietnamese label wins over an English one: it is the form the gold and most readers use.
      if (lang === 'vi' && !attrs.lang.includes('vi')) attrs.label = entity.label;
      for (const alias of [entity.label, ...entity.aliases]) this.addTo(this.aliasSets, entity.key, attrs.aliases, alias);
      attrs.docs.push(doc);
      if (!attrs.lang.includes(lang)) attrs.lang.push(lang);
      if (!attrs.kind && entity.kind) attrs.kind = entity.kind;
      if (!attrs.date && entity.date) attrs.date = entity.date;
      attrs.mentions += entity.mentions.length;
      for (const m of entity.mentions) this.addEvidence(attrs.evidence, m);
    }
    for (const rel of extraction.relations) {
      if (!graph.hasNode(rel.source) || !graph.hasNode(rel.target) || rel.source === rel.target) continue;
      const key = edgeKey(rel.source, rel.type, rel.target, rel.role);
      if (!graph.hasEdge(key)) {
        graph.addDirectedEdgeWithKey(key, rel.source, rel.target, { type: rel.type, ...(rel.role ? { role: rel.role } : {}), evidence: [], weight: 0 });
      }
      const attrs = graph.getEdgeAttributes(key);
      attrs.weight += 1;
      this.addEvidence(attrs.evidence, rel.evidence);
    }
    return this;
  }

  /** The finished graph. The builder should not be used after. */
  build(): KnowledgeGraph {
    this.mergeDocumentReferences();
    const source = this.graph;
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const articles = [...this.articles.keys()].sort(byString);
    graph.replaceAttributes({
      ...(this.options.name ? { name: this.options.name } : {}),
      articles,
      articleLangs: Object.fromEntries(articles.map((id) => [id, this.articles.get(id)!])),
    });
    for (const key of source.nodes().sort(byString)) {
      const attrs = source.getNodeAttributes(key);
      attrs.docs.sort(byString);
      attrs.lang.sort();
      graph.addNode(key, attrs);
    }
    for (const key of source.edges().sort(byString)) graph.addDirectedEdgeWithKey(key, source.source(key), source.target(key), source.getEdgeAttributes(key));
    return graph;
  }

  private addTo(sets: Map<string, Set<string>>, key: string, list: string[], value: string): void {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Set()));
    if (!set.has(value)) {
      set.add(value);
      list.push(value);
    }
  }

  /** Keeps evidence up to the cap. */
  private addEvidence(list: Evidence[], e: Evidence): void {
    if (list.length < this.maxEvidence) list.push(e);
  }

  /** "Nghị quyết 98" with no code in its own article is the corpus' one "Nghị quyết 98/2023/QH15". */
  private mergeDocumentReferences(): void {
    const graph = this.graph;
    const documents = graph.filterNodes((_, a) => a.type === 'document');
    for (const [from, to] of documentRenames(documents)) {
      const target = graph.getNodeAttributes(to);
      const merged = graph.getNodeAttributes(from);
      for (const alias of merged.aliases) this.addTo(this.aliasSets, to, target.aliases, alias);
      const docs = new Set(target.docs);
      for (const doc of merged.docs) if (!docs.has(doc)) target.docs.push(doc);
      for (const lang of merged.lang) if (!target.lang.includes(lang)) target.lang.push(lang);
      target.mentions += merged.mentions;
      for (const e of merged.evidence) this.addEvidence(target.evidence, e);
      graph.forEachEdge(from, (key, attrs, source, targetNode) => {
        const s = source === from ? to : source;
        const t = targetNode === from ? to : targetNode;
        if (s === t) return;
        const k = edgeKey(s, attrs.type, t, attrs.role);
        if (!graph.hasEdge(k)) graph.addDirectedEdgeWithKey(k, s, t, { ...attrs, evidence: [], weight: 0 });
        const into = graph.getEdgeAttributes(k);
        into.weight += attrs.weight;
        for (const e of attrs.evidence) this.addEvidence(into.evidence, e);
      });
      graph.dropNode(from);
    }
  }
}

/**
 * Merges per-article extractions into one graph (see `GraphBuilder`). Articles are added in id
 * order, so the result does not depend on the order of `extractions`.
 */
export function buildGraph(extractions: Iterable<Extraction>, options: GraphOptions = {}): KnowledgeGraph {
  const builder = new GraphBuilder(options);
  const ordered = [...extractions].sort((a, b) => byString(a.article.id, b.article.id));
  for (const extraction of ordered) builder.add(extraction);
  return builder.build();
}
