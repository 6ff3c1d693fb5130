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

// Roles written in other cases ("Trưởng Đoàn", "Trưởng đoàn", "trưởng đoàn") are one role: one edge, the first writing kept.
const edgeKey = (source: string, type: string, target: string, role: string | undefined) => `${source}|${type}|${target}${role ? `|${role.toLowerCase()}` : ''}`;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A node as it is built: its attributes, and the set of its aliases beside the alias list. */
interface NodeEntry {
  attrs: NodeAttributes;
  // An entity named in 100,000 articles must not cost a scan of its aliases per article. (Evidence
  // and article lists need no set: an extraction names each entity and relation once, and an
  // article is added once.)
  aliases: Set<string>;
}
interface EdgeEntry {
  source: string;
  target: string;
  attrs: EdgeAttributes;
}

/**
 * Merges extractions into one graph, one article at a time, so a large archive never has to
 * be held as extractions: one node per canonical entity key, one edge per (source, type, target,
 * role), each with its evidence. `build()` then merges what only the whole corpus can settle and
 * orders nodes and edges by key. Adding the same articles in the same order gives the same graph,
 * byte for byte; labels, aliases and capped evidence follow the order articles came in.
 * Nodes and edges are kept in plain maps until `build()`, which makes the graph once, in key order:
 * a graph's lookups and adjacency lists cost more per article than the merge itself.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeEntry>();
  private readonly edges = new Map<string, EdgeEntry>();
  private readonly articles = new Map<string, Language>();
  private readonly maxEvidence: number;

  constructor(private readonly options: GraphOptions = {}) {
    this.maxEvidence = options.maxEvidence ?? Infinity;
  }

  add(extraction: Extraction): this {
    const { id: doc, lang } = extraction.article;
    // The same article twice would count its mentions twice: the first one stands.
    if (this.articles.has(doc)) return this;
    this.articles.set(doc, lang);
    for (const entity of extraction.entities) {
      let node = this.nodes.get(entity.key);
      if (!node) {
        const attrs: NodeAttributes = {
          label: entity.label,
          type: entity.type,
          aliases: [],
          ...(entity.kind ? { kind: entity.kind } : {}),
          ...(entity.date ? { date: entity.date } : {}),
          docs: [],
          lang: [],
          mentions: 0,
          evidence: [],
        };
        this.nodes.set(entity.key, (node = { attrs, aliases: new Set() }));
      }
      const attrs = node.attrs;
      // A Vietnamese label wins over an English one: it is the form the gold and most readers use.
      if (lang === 'vi' && !attrs.lang.includes('vi')) attrs.label = entity.label;
      addAlias(node, entity.label);
      for (const alias of entity.aliases) addAlias(node, alias);
      attrs.docs.push(doc);
      if (!attrs.lang.includes(lang)) attrs.lang.push(lang);
      if (!attrs.kind && entity.kind) attrs.kind = entity.kind;
      if (!attrs.date && entity.date) attrs.date = entity.date;
      attrs.mentions += entity.mentions.length;
      for (const m of entity.mentions) this.addEvidence(attrs.evidence, m);
    }
    for (const rel of extraction.relations) {
      if (!this.nodes.has(rel.source) || !this.nodes.has(rel.target) || rel.source === rel.target) continue;
      const key = edgeKey(rel.source, rel.type, rel.target, rel.role);
      let edge = this.edges.get(key);
      if (!edge) {
        edge = { source: rel.source, target: rel.target, attrs: { type: rel.type, ...(rel.role ? { role: rel.role } : {}), evidence: [], weight: 0 } };
        this.edges.set(key, edge);
      }
      edge.attrs.weight += 1;
      this.addEvidence(edge.attrs.evidence, rel.evidence);
    }
    return this;
  }

  /** The finished graph. The builder should not be used after. */
  build(): KnowledgeGraph {
    this.mergeDocumentReferences();
    const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    const articles = [...this.articles.keys()].sort(byString);
    graph.replaceAttributes({
      ...(this.options.name ? { name: this.options.name } : {}),
      articles,
      articleLangs: Object.fromEntries(articles.map((id) => [id, this.articles.get(id)!])),
    });
    for (const key of [...this.nodes.keys()].sort(byString)) {
      const attrs = this.nodes.get(key)!.attrs;
      attrs.docs.sort(byString);
      attrs.lang.sort();
      graph.addNode(key, attrs);
    }
    for (const key of [...this.edges.keys()].sort(byString)) {
      const { source, target, attrs } = this.edges.get(key)!;
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    return graph;
  }

  /** Keeps evidence up to the cap. */
  private addEvidence(list: Evidence[], e: Evidence): void {
    if (list.length < this.maxEvidence) list.push(e);
  }

  /** "Nghị quyết 98" with no code in its own article is the corpus' one "Nghị quyết 98/2023/QH15". */
  private mergeDocumentReferences(): void {
    const documents: string[] = [];
    for (const [key, node] of this.nodes) if (node.attrs.type === 'document') documents.push(key);
    const renames = documentRenames(documents);
    if (renames.size === 0) return;
    // The edges at each node a rename touches, kept up to date as merged edges are made. Each edge
    // of `from` lands on a key of its own (one edge per source, type, target and role), so the
    // order they are visited in changes nothing.
    const touched = new Set([...renames.keys(), ...renames.values()]);
    const incident = new Map<string, string[]>();
    const note = (node: string, key: string) => {
      if (!touched.has(node)) return;
      const list = incident.get(node);
      if (list) list.push(key);
      else incident.set(node, [key]);
    };
    for (const [key, { source, target }] of this.edges) {
      note(source, key);
      note(target, key);
    }
    for (const [from, to] of renames) {
      const into = this.nodes.get(to)!;
      const target = into.attrs;
      const merged = this.nodes.get(from)!.attrs;
      for (const alias of merged.aliases) addAlias(into, alias);
      const docs = new Set(target.docs);
      for (const doc of merged.docs) if (!docs.has(doc)) target.docs.push(doc);
      for (const lang of merged.lang) if (!target.lang.includes(lang)) target.lang.push(lang);
      target.mentions += merged.mentions;
      for (const e of merged.evidence) this.addEvidence(target.evidence, e);
      const edges = incident.get(from) ?? [];
      for (const key of edges) {
        const edge = this.edges.get(key);
        if (!edge) continue; // went with a node dropped before
        const s = edge.source === from ? to : edge.source;
        const t = edge.target === from ? to : edge.target;
        if (s === t) continue;
        const k = edgeKey(s, edge.attrs.type, t, edge.attrs.role);
        let merge = this.edges.get(k);
        if (!merge) {
          merge = { source: s, target: t, attrs: { ...edge.attrs, evidence: [], weight: 0 } };
          this.edges.set(k, merge);
          note(s, k);
          note(t, k);
        }
        merge.attrs.weight += edge.attrs.weight;
        for (const e of edge.attrs.evidence) this.addEvidence(merge.attrs.evidence, e);
      }
      for (const key of edges) this.edges.delete(key);
      incident.delete(from);
      this.nodes.delete(from);
    }
  }
}

function addAlias(node: NodeEntry, alias: string): void {
  if (!node.aliases.has(alias)) {
    node.aliases.add(alias);
    node.attrs.aliases.push(alias);
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
