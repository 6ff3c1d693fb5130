// Regular-expression pieces compiled once from the English vocabulary. Recognizers parse
// forward from a position with sticky expressions (recognize/scan.ts), as the Vietnamese path does.
import { defaultLexicon } from '../lexicon/index.js';
import type { PlaceEntry } from '../lexicon/index.js';
import { foldDiacritics } from '../text/normalize.js';
import { escape } from '../recognize/patterns.js';
import { HONORIFICS_EN, LEVELS_EN, LOCAL_BODIES_EN, NATIONAL_BODIES_EN, ORDINAL_WORDS, PLACE_SPELLINGS_EN, SUB_BODIES_EN, TITLES_EN } from './vocabulary.js';

export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** Spaces inside one line. */
export const S = '[^\\S\\n]+';
export const APOS = '[\'’]s';
/** The months' names, for dates that end a name ("… on December 10"). */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "15th", "first", "10th-tenure" (the tenure suffix is kept in the surface, not the value). */
export const ORD = `(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}|${ORDINAL_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}))(?:-tenure)?`;

/** An alternation of phrases, longest first, spaces flexible. */
export const alt = (phrases: Iterable<string>) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /g, S).replace(/['’]/g, "['’]")).join('|');

/**
 * The lower-case words that can start a phrase of `alternations` (alt() strings) or of `words`.
 * Recognizers that try every word start skip other lower-case words without running their rules:
 * everything else they read starts with a capital ("Party", "Department", a name) or a digit.
 */
export function lowerStarts(alternations: string[], words: string[] = []): Set<string> {
  const out = new Set<string>();
  for (const phrase of [...alternations.flatMap((a) => a.split('|')), ...words]) {
    const word = /^\p{Ll}\p{L}*/u.exec(phrase)?.[0];
    if (word) out.add(word);
  }
  return out;
}

const LOWER_WORD = /\p{Ll}\p{L}*/uy;

/** Whether a phrase can start at `pos`: not a lower-case word, or one of `starts`. */
export function mayStartAt(text: string, pos: number, starts: Set<string>): boolean {
  LOWER_WORD.lastIndex = pos;
  const word = LOWER_WORD.exec(text);
  return !word || starts.has(word[0]);
}

/** Key for looking a spelling up: folded, letters and digits only ("Hà Nội" = "Hanoi"). */
export const foldKey = (s: string) => foldDiacritics(s).replace(/[^a-z0-9]/g, '');

/** A Vietnamese syllable, diacritics folded ("Thu", "Nghia", "Khanh"); English words rarely fit ("Capital", "Smart", "New"). */
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
export const isVietnameseSyllable = (word: string) => VI_SYLLABLE.test(foldKey(word));

/** The value of an ORD match's groups. */
export function ordValue(digits: string | undefined, word: string | undefined): number | undefined {
  if (digits) return Number(digits);
  if (word) return ORDINAL_WORDS.indexOf(word.toLowerCase()) + 1 || undefined;
  return undefined;
}

export interface EnglishPatterns {
  place: string;
  placeByKey: Map<string, PlaceEntry>;
  national: string;
  nationalByKey: Map<string, (typeof NATIONAL_BODIES_EN)[number]>;
  sub: string;
  subByKey: Map<string, string>;
  level: string;
  levelByWord: Map<string, (typeof LEVELS_EN)[number]>;
  local: string;
  localByKey: Map<string, string>;
  title: string;
  titleByKey: Map<string, string>;
  honorific: string;
  surnames: Set<string>;
}

let cached: EnglishPatterns | undefined;

export function englishPatterns(): EnglishPatterns {
  if (cached) return cached;
  const placeByKey = new Map<string, PlaceEntry>();
  const spellings: string[] = [];
  const byName = new Map(defaultLexicon.places.map((p) => [p.name, p]));
  for (const entry of defaultLexicon.places) {
    if (entry.level === 'region' && entry.name.startsWith('vùng')) continue;
    for (const form of [entry.name, ...(entry.variants ?? [])]) {
      if (form === 'Thủ đô' || /^\p{Ll}/u.test(form)) continue;
      const folded = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đ]/g, 'd').replace(/[Đ]/g, 'D');
      spellings.push(form, folded);
      placeByKey.set(foldKey(form), entry);
    }
  }
  for (const { en, vi } of PLACE_SPELLINGS_EN) {
    const entry = byName.get(vi);
    if (!entry) continue;
    for (const form of en) {
      spellings.push(form);
      placeByKey.set(foldKey(form), entry);
    }
  }
  const nationalByKey = new Map<string, (typeof NATIONAL_BODIES_EN)[number]>();
  for (const body of NATIONAL_BODIES_EN) for (const en of body.en) nationalByKey.set(foldKey(en), body);
  const subByKey = new Map<string, string>();
  for (const s of SUB_BODIES_EN) for (const en of s.en) subByKey.set(foldKey(en), s.vi);
  const levelByWord = new Map<string, (typeof LEVELS_EN)[number]>();
  for (const l of LEVELS_EN) for (const en of l.en) levelByWord.set(en.toLowerCase(), l);
  const localByKey = new Map<string, string>();
  for (const l of LOCAL_BODIES_EN) for (const en of l.en) localByKey.set(foldKey(en), l.vi);
  const titleByKey = new Map<string, string>();
  for (const t of TITLES_EN) for (const en of t.en) titleByKey.set(foldKey(en), t.vi);
  // A family name of two words ("Rơ Mah Phiơn") opens on its first: names are read word by word.
  const surnames = new Set(defaultLexicon.surnames.map((name) => foldKey(name.split(' ')[0]!)));
  cached = {
    place: alt(spellings),
    placeByKey,
    national: alt(NATIONAL_BODIES_EN.flatMap((b) => b.en)),
    nationalByKey,
    sub: alt(SUB_BODIES_EN.flatMap((s) => s.en)),
    subByKey,
    level: alt(LEVELS_EN.flatMap((l) => l.en)),
    levelByWord,
    local: alt(LOCAL_BODIES_EN.flatMap((l) => l.en)),
    localByKey,
    title: alt(TITLES_EN.flatMap((t) => t.en)),
    titleByKey,
    honorific: alt(HONORIFICS_EN),
    surnames,
  };
  return cached;
}
