import type { Evidence } from '@vnkg/extractor';
import { GraphFormatError } from '../validate.js';

/**
 * GEXF attributes cannot hold records, so a list of evidence records is stored as five
 * parallel lists: the i-th item of each belongs to the i-th piece of evidence.
 */
export interface FlatEvidence {
  evidence: string[];
  evidenceDocs: string[];
  evidenceSentenceStarts: number[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}

export const FLAT_EVIDENCE_STRING_LISTS = ['evidence', 'evidenceDocs'] as const;
export const FLAT_EVIDENCE_INTEGER_LISTS = ['evidenceSentenceStarts', 'evidenceStarts', 'evidenceEnds'] as const;

export function flattenEvidence(list: readonly Evidence[]): FlatEvidence {
  return {
    evidence: list.map((e) => e.sentence),
    evidenceDocs: list.map((e) => e.doc),
    evidenceSentenceStarts: list.map((e) => e.sentenceStart),
    evidenceStarts: list.map((e) => e.start),
    evidenceEnds: list.map((e) => e.end),
  };
}

/** Inverse of `flattenEvidence`; `raw` holds the lists as parsed from GEXF (absent = empty). */
export function rebuildEvidence(raw: Record<string, unknown>, where: string): Evidence[] {
  const list = (name: string): unknown[] => {
    const value = raw[name] ?? [];
    if (!Array.isArray(value)) throw new GraphFormatError(`${where}: attribute "${name}" is not a list`);
    return value;
  };
  const sentences = list('evidence');
  const columns = {
    docs: list('evidenceDocs'),
    sentenceStarts: list('evidenceSentenceStarts'),
    starts: list('evidenceStarts'),
    ends: list('evidenceEnds'),
  };
  for (const [name, column] of Object.entries(columns)) {
    if (column.length !== sentences.length) {
      throw new GraphFormatError(
        `${where}: evidence lists differ in length (${sentences.length} sentences, ${column.length} ${name})`,
      );
    }
  }
  const text = (v: unknown, what: string): string => {
    if (typeof v !== 'string') throw new GraphFormatError(`${where}: evidence ${what} is not text`);
    return v;
  };
  const offset = (v: unknown, what: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new GraphFormatError(`${where}: evidence ${what} is not a non-negative integer: ${String(v)}`);
    }
    return v;
  };
  return sentences.map((sentence, i) => ({
    doc: text(columns.docs[i], 'document'),
    sentence: text(sentence, 'sentence'),
    sentenceStart: offset(columns.sentenceStarts[i], 'sentence start'),
    start: offset(columns.starts[i], 'start'),
    end: offset(columns.ends[i], 'end'),
  }));
}
