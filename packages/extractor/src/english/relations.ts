// Runs the compromise relation patterns (plugin.ts) over one sentence whose mentions are tagged.
import type { Span } from '../recognize/scan.js';
import { RELATION_PATTERNS, englishNlp } from './plugin.js';
import type { RelationPattern } from './plugin.js';

export interface TaggedSpan extends Span {
  tag: 'VnPerson' | 'VnOrg' | 'VnEvent' | 'VnDoc' | 'VnPlace';
}

export interface Trigger extends Span {
  pattern: RelationPattern;
}

// compromise's types declare `update(pointer)` with one pointer; at run time it takes a list of them.
type Pointer = Parameters<ReturnType<ReturnType<typeof englishNlp>>['update']>[0];

interface TermOffset {
  sentence: number;
  index: number;
  start: number;
  end: number;
}

interface JsonTerm {
  text: string;
  offset: { start: number; length: number };
}

/** Finds the triggers of every relation pattern in `sentence` (offsets relative to the article). */
export function findTriggers(sentence: string, sentenceStart: number, mentions: TaggedSpan[], patterns: RelationPattern[] = RELATION_PATTERNS): Trigger[] {
  const nlp = englishNlp();
  const doc = nlp(sentence);
  const json = doc.json({ offset: true }) as Array<{ terms: JsonTerm[] }>;
  const terms: TermOffset[] = json.flatMap((s, si) =>
    s.terms.map((t, ti) => ({ sentence: si, index: ti, start: sentenceStart + t.offset.start, end: sentenceStart + t.offset.start + t.text.length })),
  );
  for (const m of mentions) {
    const inside = terms.filter((t) => t.start >= m.start && t.end <= m.end);
    const first = inside[0];
    const last = inside.at(-1);
    if (first && last && first.sentence === last.sentence) doc.update([[first.sentence, first.index, last.index + 1]] as unknown as Pointer).tag(m.tag);
  }
  const triggers: Trigger[] = [];
  for (const pattern of patterns) {
    const found = doc.match(pattern.match).json({ offset: true }) as Array<{ terms: JsonTerm[] }>;
    for (const f of found) {
      const first = f.terms[0];
      const last = f.terms.at(-1);
      if (!first || !last) continue;
      triggers.push({ pattern, start: sentenceStart + first.offset.start, end: sentenceStart + last.offset.start + last.text.length });
    }
  }
  // "was attended by" also holds "attended": the longer phrase of one type decides who acts.
  return triggers.filter((t) => !triggers.some((o) => o !== t && o.pattern.type === t.pattern.type && o.start <= t.start && t.end <= o.end && o.end - o.start > t.end - t.start));
}
