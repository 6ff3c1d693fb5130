// The data model shared by the extractor, the command line and the explorer.
// Names follow ../../data/gold/SCHEMA.md.

export const ENTITY_TYPES = ['person', 'organization', 'document', 'location', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'holds_position',
  'chaired',
  'attended',
  'spoke_at',
  'organized',
  'issued',
  'implements',
  'established',
  'part_of',
  'located_in',
  'concerns',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const DOCUMENT_KINDS = [
  'resolution',
  'conclusion',
  'directive',
  'regulation',
  'decision',
  'decree',
  'programme',
  'project',
  'law',
  'plan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Language = 'vi' | 'en';

/** One input article. `id` names it everywhere (evidence, `docs` lists). */
export interface Article {
  id: string;
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** Forced language; detected from the text when absent. */
  lang?: Language;
}

/**
 * Where a node or an edge came from. `start`/`end` are UTF-16 offsets of the
 * mention (for an edge: of the span covering both ends) in the article's text,
 * `sentenceStart` the offset of `sentence` in that text, so that
 * `text.slice(start, end) === sentence.slice(start - sentenceStart, end - sentenceStart)`.
 */
export interface Evidence {
  doc: string;
  sentence: string;
  sentenceStart: number;
  start: number;
  end: number;
}

/** An entity found in one article, already resolved to its canonical key. */
export interface ExtractedEntity {
  /** Canonical key: equal keys in different articles are the same real-world thing. */
  key: string;
  type: EntityType;
  /** Preferred display name (full, unambiguous form). */
  label: string;
  /** Every full surface form seen for it (the label included). */
  aliases: string[];
  kind?: DocumentKind;
  /** For events: ISO date (or year) when the text gives it. */
  date?: string;
  lang: Language;
  mentions: Evidence[];
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  /** For holds_position: the title as written, e.g. "Phó Bí thư Thường trực". */
  role?: string;
  evidence: Evidence;
}

/** What `extract(article)` returns: self-contained, independent of other articles. */
export interface Extraction {
  article: { id: string; title?: string; date?: string; lang: Language; homeCity?: string };
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** Node attributes of the graph returned by `buildGraph`. */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  kind?: DocumentKind;
  date?: string;
  /** Article ids that mention the entity, sorted. */
  docs: string[];
  /** Languages of the articles that mention it. */
  lang: Language[];
  /** Number of mentions over all articles. */
  mentions: number;
  evidence: Evidence[];
}

/** Edge attributes of the graph returned by `buildGraph`: one edge per (source, type, target, role). */
export interface EdgeAttributes {
  type: RelationType;
  role?: string;
  evidence: Evidence[];
  /** Number of evidence sentences. */
  weight: number;
}

export interface GraphAttributes {
  name?: string;
  /** Article ids in the graph, sorted. */
  articles: string[];
  /** The language each article was read in. */
  articleLangs?: Record<string, Language>;
}
