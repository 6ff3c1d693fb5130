import type { Evidence } from '@vnkg/extractor';

export interface EvidenceParts {
  before: string;
  mention: string;
  after: string;
}

/** Splits an evidence sentence around its mention (offsets are in the article, the sentence starts at `sentenceStart`). */
export function splitEvidence(e: Evidence): EvidenceParts {
  const len = e.sentence.length;
  const clamp = (n: number) => Math.min(Math.max(n, 0), len);
  const start = clamp(e.start - e.sentenceStart);
  const end = Math.max(start, clamp(e.end - e.sentenceStart));
  return { before: e.sentence.slice(0, start), mention: e.sentence.slice(start, end), after: e.sentence.slice(end) };
}
