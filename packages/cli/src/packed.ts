// An extraction as it crosses threads and sits in the cache. Every evidence record quotes its
// whole sentence and repeats the article id, so a 3 KB article's extraction is 25 KB of JSON,
// mostly the same few sentences again and again. Packed, each distinct sentence and document id
// is stored once and every record is five numbers in one flat array: a small fraction of the bytes
// to serialize, hand between threads, write and read back, and on unpacking the records
// of one article share one string per sentence (no copy per record in memory).
import type { Evidence, ExtractedEntity, ExtractedRelation, Extraction } from '@vnkg/extractor';

export type BareEntity = Omit<ExtractedEntity, 'mentions'>;
export type BareRelation = Omit<ExtractedRelation, 'evidence'>;

export interface PackedExtraction {
  article: Extraction['article'];
  /** The entities without their mentions. */
  entities: BareEntity[];
  /** How many mentions each entity has, in order. */
  mentionCounts: number[];
  /** The relations without their evidence. */
  relations: BareRelation[];
  /** The distinct evidence sentences and document ids, in order of first use. */
  sentences: string[];
  docs: string[];
  /**
   * Five numbers per evidence record (document index, sentence index, sentenceStart, start, end):
   * every entity's mentions in order, then every relation's evidence.
   */
  evidence: number[];
}

/** Numbers per evidence record in `PackedExtraction.evidence`. */
const STRIDE = 5;

/** Packs `extraction`; the caller hands it over (its objects are not copied deeply). */
export function pack(extraction: Extraction): PackedExtraction {
  const sentences = new Map<string, number>();
  const docs = new Map<string, number>();
  const evidence: number[] = [];
  const indexOf = (table: Map<string, number>, value: string) => {
    let at = table.get(value);
    if (at === undefined) table.set(value, (at = table.size));
    return at;
  };
  const record = (e: Evidence) => evidence.push(indexOf(docs, e.doc), indexOf(sentences, e.sentence), e.sentenceStart, e.start, e.end);
  const mentionCounts: number[] = [];
  const entities = extraction.entities.map(({ mentions, ...entity }) => {
    mentionCounts.push(mentions.length);
    for (const mention of mentions) record(mention);
    return entity;
  });
  const relations = extraction.relations.map(({ evidence: e, ...relation }) => {
    record(e);
    return relation;
  });
  return { article: extraction.article, entities, mentionCounts, relations, sentences: [...sentences.keys()], docs: [...docs.keys()], evidence };
}

const isIndex = (n: unknown, below: number) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < below;

/** Whether `packed` is whole: well-formed lists, counts that add up and every index in range. */
export function isWholePacked(packed: Partial<PackedExtraction>): packed is PackedExtraction {
  const { article, entities, mentionCounts, relations, sentences, docs, evidence } = packed;
  if (typeof article?.id !== 'string' || !Array.isArray(entities) || !Array.isArray(relations) || !Array.isArray(evidence)) return false;
  if (!Array.isArray(sentences) || !sentences.every((s) => typeof s === 'string')) return false;
  if (!Array.isArray(docs) || !docs.every((d) => typeof d === 'string')) return false;
  if (!Array.isArray(mentionCounts) || mentionCounts.length !== entities.length) return false;
  let records = relations.length;
  for (const count of mentionCounts) {
    if (!Number.isInteger(count) || count < 0) return false;
    records += count;
  }
  if (evidence.length !== records * STRIDE) return false;
  for (let i = 0; i < evidence.length; i += STRIDE) {
    if (!isIndex(evidence[i], docs.length) || !isIndex(evidence[i + 1], sentences.length)) return false;
    for (let j = 2; j < STRIDE; j++) if (!isIndex(evidence[i + j], Number.MAX_SAFE_INTEGER)) return false;
  }
  return true;
}

/**
 * The extraction back, its evidence records rebuilt (one shared string per sentence). Takes `packed`
 * over: its entities and relations get their evidence in place, which costs a fraction of copying them.
 */
export function unpack({ article, entities, mentionCounts, relations, sentences, docs, evidence }: PackedExtraction): Extraction {
  let at = 0;
  const next = (): Evidence => {
    const e: Evidence = { doc: docs[evidence[at]!]!, sentence: sentences[evidence[at + 1]!]!, sentenceStart: evidence[at + 2]!, start: evidence[at + 3]!, end: evidence[at + 4]! };
    at += STRIDE;
    return e;
  };
  for (let i = 0; i < entities.length; i++) {
    const mentions: Evidence[] = [];
    for (let n = mentionCounts[i]!; n > 0; n--) mentions.push(next());
    (entities[i] as ExtractedEntity).mentions = mentions;
  }
  for (const relation of relations) (relation as ExtractedRelation).evidence = next();
  return { article, entities: entities as ExtractedEntity[], relations: relations as ExtractedRelation[] };
}
