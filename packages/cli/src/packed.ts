// An extraction as it crosses threads and sits in the cache: every evidence record quotes its
// whole sentence, so a 2.5 KB article's extraction is 25 KB of JSON, mostly the same few sentences
// again and again. Packed, each distinct sentence is stored once and every record points to it:
// about a fifth of the bytes to copy between threads, gzip, write and read back, and on unpacking
// the records of one article share one string per sentence (no copy per record in memory).
import type { Evidence, Extraction } from '@vnkg/extractor';

export interface PackedExtraction {
  /** The extraction with every evidence `sentence` left empty. */
  extraction: Extraction;
  /** The distinct sentences, in order of first use. */
  sentences: string[];
  /**
   * One index into `sentences` per evidence record, in the order `forEachEvidence` visits them:
   * every entity's mentions, then every relation's evidence.
   */
  refs: number[];
}

function forEachEvidence(extraction: Extraction, visit: (evidence: Evidence) => void): void {
  for (const entity of extraction.entities) for (const mention of entity.mentions) visit(mention);
  for (const relation of extraction.relations) visit(relation.evidence);
}

/** Packs `extraction` in place (its evidence sentences are emptied): the caller hands it over. */
export function pack(extraction: Extraction): PackedExtraction {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const refs: number[] = [];
  forEachEvidence(extraction, (evidence) => {
    let at = index.get(evidence.sentence);
    if (at === undefined) {
      at = sentences.length;
      index.set(evidence.sentence, at);
      sentences.push(evidence.sentence);
    }
    refs.push(at);
    evidence.sentence = '';
  });
  return { extraction, sentences, refs };
}

/** Whether `packed` is whole: well-formed lists and one valid sentence index per evidence record. */
export function isWholePacked(packed: Partial<PackedExtraction>): packed is PackedExtraction {
  const { extraction, sentences, refs } = packed;
  if (!extraction || !Array.isArray(extraction.entities) || !Array.isArray(extraction.relations)) return false;
  if (!Array.isArray(sentences) || !Array.isArray(refs) || !sentences.every((s) => typeof s === 'string')) return false;
  let count = 0;
  for (const entity of extraction.entities) {
    if (!Array.isArray(entity?.mentions)) return false;
    count += entity.mentions.length;
  }
  for (const relation of extraction.relations) if (!relation?.evidence) return false;
  count += extraction.relations.length;
  return count === refs.length && refs.every((r) => Number.isInteger(r) && r >= 0 && r < sentences.length);
}

/** The extraction back, its evidence sentences restored (one shared string per sentence). */
export function unpack({ extraction, sentences, refs }: PackedExtraction): Extraction {
  let next = 0;
  forEachEvidence(extraction, (evidence) => {
    evidence.sentence = sentences[refs[next++]!]!;
  });
  return extraction;
}
