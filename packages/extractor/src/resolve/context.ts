import type { DocumentKind, EntityType, Evidence, ExtractedEntity, ExtractedRelation, Language, RelationType } from '../types.js';
import { squeeze } from '../text/normalize.js';
import type { Sentence } from '../text/sentences.js';

export interface EntityDraft {
  key: string;
  type: EntityType;
  label: string;
  aliases?: string[];
  kind?: DocumentKind;
  date?: string;
}

/**
 * Everything one article's extraction accumulates: entities by key (with their mentions) and
 * relations. Extraction of an article never looks outside it.
 */
export class ArticleContext {
  readonly entities = new Map<string, ExtractedEntity>();
  readonly relations = new Map<string, ExtractedRelation>();
  /** Per entity, the raw aliases already seen and, per start offset, the ends of the mentions recorded. */
  private readonly recorded = new Map<string, { aliases: Set<string>; spans: Map<number, number[]> }>();

  constructor(
    readonly id: string,
    /** The article text in NFC: offsets index it. */
    readonly text: string,
    /** `text` with unified tone placement, same length: rules match against it. */
    readonly match: string,
    readonly sentences: Sentence[],
    readonly lang: Language,
  ) {
    // Evidence quotes the article as written (the rules read a copy with unified tone marks).
    this.written = sentences.map((s) => text.slice(s.start, s.end));
  }

  private readonly written: string[];

  evidence(sentence: number, start: number, end: number): Evidence {
    const s = this.sentences[sentence]!;
    return { doc: this.id, sentence: this.written[sentence]!, sentenceStart: s.start, start, end };
  }

  /**
   * Records an entity mention. `surface` (when a full, unambiguous form) becomes an alias.
   * Returns the key, so callers can chain relations.
   */
  add(draft: EntityDraft, sentence: number, start: number, end: number, surface?: string): string {
    let entity = this.entities.get(draft.key);
    if (!entity) {
      entity = { key: draft.key, type: draft.type, label: draft.label, aliases: [draft.label], lang: this.lang, mentions: [] };
      if (draft.kind) entity.kind = draft.kind;
      this.entities.set(draft.key, entity);
    }
    let seen = this.recorded.get(draft.key);
    if (!seen) this.recorded.set(draft.key, (seen = { aliases: new Set(), spans: new Map() }));
    if (draft.aliases) for (const alias of draft.aliases) addAlias(entity, seen.aliases, alias);
    if (surface) addAlias(entity, seen.aliases, surface);
    if (!entity.date && draft.date) entity.date = draft.date;
    // A span is recorded once per entity (parents and issuers borrow their child's span, often twice).
    const ends = seen.spans.get(start);
    if (!ends) seen.spans.set(start, [end]);
    else if (ends.includes(end)) return draft.key;
    else ends.push(end);
    entity.mentions.push(this.evidence(sentence, start, end));
    return draft.key;
  }

  /** Records a relation; the evidence spans from the first to the last character of its two ends. */
  relate(type: RelationType, source: string, target: string, sentence: number, span: [number, number], role?: string): void {
    if (source === target) return;
    // Roles written in other cases are one role (as in the graph's edges).
    const key = `${source}|${type}|${target}|${role?.toLowerCase() ?? ''}`;
    if (this.relations.has(key)) return;
    const relation: ExtractedRelation = { type, source, target, evidence: this.evidence(sentence, span[0], span[1]) };
    if (role) relation.role = role;
    this.relations.set(key, relation);
  }

  /** Drops a relation recorded earlier, when a more precise one replaces it. */
  unrelate(type: RelationType, source: string, target: string): void {
    for (const key of this.relations.keys()) if (key.startsWith(`${source}|${type}|${target}|`)) this.relations.delete(key);
  }
}

/** Adds a raw alias, white space squeezed, unless seen before: most mentions repeat their aliases. */
function addAlias(entity: ExtractedEntity, seen: Set<string>, alias: string): void {
  if (seen.has(alias)) return;
  seen.add(alias);
  const clean = squeeze(alias);
  if (clean && !entity.aliases.includes(clean)) entity.aliases.push(clean);
}
