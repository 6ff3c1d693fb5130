// Runs the compromise relation patterns (plugin.ts) over one sentence, its mentions tagged when a pattern names them.
// compromise is the slow part of the English path, so a sentence is parsed only when one of the
// patterns asked for could match it: each pattern's required words, read from its match string,
// are looked for in the plain text first.
import type { Span } from '../recognize/scan.js';
import { foldDiacritics } from '../text/normalize.js';
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

/** Words that a contraction can stand for ("he's" → is) or too common to tell sentences apart. */
const WEAK = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'being', 'been', 'has', 'have', 'had', 'would', 'will', 'not', 'the', 'a', 'an', 'at', 'on', 'to', 'by', 'of', 'in', 'its', 'their', 'his', 'her', 'also', 'over', 'co']);

/**
 * A cheap necessary condition for `match`: one expression per required word group of content
 * words ("(chaired|presided|hosted)"), one of which the sentence must contain. A word is looked
 * for at the start of any word, so that compromise's other forms of a term still pass ("chaired" in
 * "co-chaired", "speech" in "speech’s"). Groups that are optional, tags, wildcards or hold a weak
 * word are not required here, so the check never rejects a sentence the pattern could match.
 */
export function requiredWords(match: string): RegExp[] {
  const out: RegExp[] = [];
  for (const token of match.trim().split(/\s+(?![^(]*\))/)) {
    if (/[?*+{}#.!/~[\]@<%]/.test(token)) continue;
    const group = token.replace(/^\^|\$$/g, '');
    const alternatives = (/^\((.*)\)$/.exec(group)?.[1] ?? group).split('|');
    const stems: string[] = [];
    for (const alternative of alternatives) {
      // The longest content word of the alternative: all of its words must be there for it to match.
      const words = alternative.toLowerCase().split(/[^a-z]+/).filter((w) => w && !WEAK.has(w));
      const stem = words.sort((a, b) => b.length - a.length)[0];
      if (!stem) break;
      stems.push(stem);
    }
    if (stems.length === alternatives.length) out.push(new RegExp(`(?<![\\p{L}])(?:${stems.join('|')})`, 'u'));
  }
  return out;
}

interface CompiledPattern {
  required: RegExp[];
  /** The match string parsed once (compromise parses a string on every call). */
  regs: Parameters<ReturnType<ReturnType<typeof englishNlp>>['match']>[0];
  /** It names a tag ("#VnEventHead"): the plugin's lexicon must be applied. */
  tags: boolean;
  /** It names a mention ("#VnPerson"): the sentence's mentions must be tagged. */
  mentions: boolean;
}

const MENTION_TAG = /#Vn(?:Person|Org|Event|Doc|Place)(?![A-Za-z])/;

const compiledPatterns = new WeakMap<RelationPattern, CompiledPattern>();

function compiled(pattern: RelationPattern): CompiledPattern {
  let c = compiledPatterns.get(pattern);
  if (!c) {
    const { match } = pattern;
    c = { required: requiredWords(match), regs: englishNlp().parseMatch(match), tags: match.includes('#'), mentions: MENTION_TAG.test(match) };
    compiledPatterns.set(pattern, c);
  }
  return c;
}

/** Whether `pattern` might match `sentence` (folded to lower case without diacritics, as compromise compares words). */
export function mayMatch(pattern: RelationPattern, folded: string): boolean {
  return compiled(pattern).required.every((re) => re.test(folded));
}

/** Tags the terms of each mention (#VnPerson, #VnOrg, …) so patterns can name them. */
function tagMentions(doc: ReturnType<ReturnType<typeof englishNlp>['tokenize']>, sentenceStart: number, mentions: TaggedSpan[]): void {
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
}

/** Finds the triggers of every relation pattern in `sentence` (offsets relative to the article). */
export function findTriggers(sentence: string, sentenceStart: number, mentions: TaggedSpan[], patterns: RelationPattern[] = RELATION_PATTERNS): Trigger[] {
  const folded = foldDiacritics(sentence);
  const candidates = patterns.filter((p) => mayMatch(p, folded));
  if (!candidates.length) return [];
  // The patterns name words and the plugin's lexicon tags only, never a part of speech, so the
  // tokenizer and the lexicon are enough: the tagger took most of the English path's time and
  // changed no hit on the dev set nor on 9,000 bench sentences.
  // Tags only when a pattern asks for them (no word match depends on tags).
  const doc = englishNlp().tokenize(sentence);
  if (candidates.some((p) => compiled(p).tags)) doc.compute('lexicon');
  if (candidates.some((p) => compiled(p).mentions)) tagMentions(doc, sentenceStart, mentions);
  const triggers: Trigger[] = [];
  for (const pattern of candidates) {
    const found = doc.match(compiled(pattern).regs).json({ offset: true }) as Array<{ terms: JsonTerm[] }>;
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
