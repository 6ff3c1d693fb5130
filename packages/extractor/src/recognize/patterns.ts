import type { CommitteeKind, Lexicon, PlaceEntry } from '../lexicon/index.js';
import { ADMIN_WORDS } from '../lexicon/places.js';
import { normalizeName, unifyTones } from '../text/normalize.js';

// Regular-expression building blocks compiled once per lexicon. Every quantifier is bounded
// and no two adjacent groups can match the same text, so matching stays linear in the input.

/** Left and right word boundaries for Vietnamese text (\b does not know "ủ" is a letter). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** One capitalized syllable ("Nguyễn", "Kđăm", "TPHCM", "UDIC"). */
export const CAP = '\\p{Lu}[\\p{L}\\p{M}]{0,15}';
/** The spelled-out ordinals, first to tenth (`ordinalValue` reads them back). */
export const SPELLED_ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** One Roman, Arabic or spelled-out ordinal ("XIII", "13", "nhất"). */
export const ORDINAL = `(?:[IVXLC]{1,8}|\\d{1,3}|${SPELLED_ORDINALS.join('|')})`;
/** An ordinal after "thứ", where a spelled-out one may be capitalized ("Kỳ họp thứ Năm", "lần thứ Hai"): there it is no weekday. */
export const ORDINAL_AFTER_THU = `(?:[IVXLC]{1,8}|\\d{1,3}|${SPELLED_ORDINALS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** A term: "khóa X", "(khóa XIII)", "nhiệm kỳ 2020 - 2025". */
export const TERM = `(?:(?:[^\\S\\n]*,)?[^\\S\\n]*\\(?(?:khóa|Khóa)[^\\S\\n]+${ORDINAL}\\)?)`;
export const TENURE = `(?:(?:[^\\S\\n]*,)?[^\\S\\n]*\\(?(?:nhiệm kỳ|Nhiệm kỳ)[^\\S\\n]+\\d{4}[^\\S\\n]*[-–—][^\\S\\n]*\\d{4}\\)?)`;

/** A document's date written after it, if it is: ", ngày 14/2/2025". */
export const DOCUMENT_DATE = '(?:(?:[^\\S\\n]*,)?[^\\S\\n]*ngày[^\\S\\n]+\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})?';

/** `s` as a literal inside a regular expression. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase whose words may start with either case ("Ban" / "ban"), spaces flexible. */
export function flexible(phrase: string): string {
  return unifyTones(phrase)
    .split(/\s+/)
    .map((w) => {
      const first = w[0]!;
      const lower = first.toLowerCase();
      const upper = first.toUpperCase();
      const head = lower === upper ? escape(first) : `[${upper}${lower}]`;
      return head + escape(w.slice(1));
    })
    .join('[^\\S\\n]+');
}

/**
 * Alternation of phrases, longest first so that "Phó Bí thư Thường trực" beats "Phó Bí thư".
 * Written as a trie of the phrases' tokens ("(?:H(?:à(?:…)|ải…)|…)") rather than a flat list:
 * the engine then tries the alternatives of one character at a time instead of every phrase in
 * turn, which is what made the lexicon's long lists (places, titles, bodies) slow to match. Where
 * one phrase continues another, the continuation is tried first, as in a list sorted longest first.
 */
export function alternation(phrases: Iterable<string>, transform: (p: string) => string = (p) => escape(unifyTones(p)).replace(/ /g, '[^\\S\\n]+')): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of unique) {
    let node = root;
    for (const token of transform(phrase).match(TOKEN) ?? []) {
      let child = node.children.get(token);
      if (!child) node.children.set(token, (child = { children: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

/** The units of a phrase's expression: the flexible space, a character class, an escape, a character. */
const TOKEN = /\[\^\\S\\n\]\+|\[[^\]]*\]|\\.|./gsu;

function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

export interface CompiledPlaces {
  /** Any known place written by its name or a full form. */
  known: string;
  /** Looks a known place up by normalized surface. */
  byName: Map<string, PlaceEntry>;
}

export interface Patterns {
  lexicon: Lexicon;
  places: CompiledPlaces;
  adminWord: string;
  surname: string;
  honorific: string;
  title: string;
  titleQualifier: string;
  committeeWord: string;
  localBodyWord: string;
  subBodyWord: string;
  nationalBody: string;
  institutionHead: string;
  documentKind: string;
  /** Lookups by normalized surface. */
  nationalByName: Map<string, string>;
  localBodyByName: Map<string, string>;
  /** Document kinds by normalized name: of two with one name, the later if it changes the kind (an extension overrides), else the first. */
  documentKindByName: Map<string, { word: string; kind: import('../types.js').DocumentKind }>;
  /** Committee kinds and sub-body words by normalized name (the first listed of a name). */
  committeeKindByName: Map<string, CommitteeKind>;
  subBodyByName: Map<string, string>;
}

/** `items` by the normalized name `nameOf` gives them; of two with one name, the first listed. */
function firstByName<T>(items: readonly T[], nameOf: (item: T) => string): Map<string, T> {
  const byName = new Map<string, T>();
  for (const item of items) {
    const name = normalizeName(nameOf(item));
    if (!byName.has(name)) byName.set(name, item);
  }
  return byName;
}

const cache = new WeakMap<Lexicon, Patterns>();
const memos = new WeakMap<Patterns, Map<string, unknown>>();

/** Computes something from a lexicon's patterns once (compiled expressions, trigger words). */
export function memo<T>(p: Patterns, key: string, make: () => T): T {
  let table = memos.get(p);
  if (!table) memos.set(p, (table = new Map()));
  let value = table.get(key) as T | undefined;
  if (value === undefined) table.set(key, (value = make()));
  return value;
}

/** Replaces "Trung ương" in a name by its abbreviations (TƯ, TW), the way news writes it. */
function centralVariants(name: string): string[] {
  return /Trung ương/.test(name) ? [name, name.replace('Trung ương', 'TƯ'), name.replace('Trung ương', 'TW')] : [name];
}

export function compilePatterns(lexicon: Lexicon): Patterns {
  const hit = cache.get(lexicon);
  if (hit) return hit;

  const byName = new Map<string, PlaceEntry>();
  const placeSurfaces: string[] = [];
  for (const place of lexicon.places) {
    for (const s of [place.name, ...(place.variants ?? []), ...(place.fullForms ?? [])]) {
      byName.set(normalizeName(s), place);
      placeSurfaces.push(s);
    }
  }
  const nationalByName = new Map<string, string>();
  const nationalSurfaces: string[] = [];
  for (const body of lexicon.nationalBodies) {
    for (const name of [body.label, ...(body.variants ?? [])]) {
      for (const v of centralVariants(name)) {
        nationalByName.set(normalizeName(v), body.label);
        nationalSurfaces.push(v);
      }
    }
  }
  const localBodyByName = new Map<string, string>();
  for (const kind of lexicon.localBodyKinds) for (const v of kind.variants) localBodyByName.set(normalizeName(v), kind.label);
  const documentKindByName = new Map<string, { word: string; kind: import('../types.js').DocumentKind }>();
  for (const d of lexicon.documentKinds) {
    const name = normalizeName(d.word);
    if (documentKindByName.get(name)?.kind !== d.kind) documentKindByName.set(name, d);
  }
  const committeeKindByName = firstByName(lexicon.committeeKinds, (kind) => kind.word);
  const subBodyByName = firstByName(lexicon.subBodyKinds, (word) => word);

  const patterns: Patterns = {
    lexicon,
    places: { known: alternation(placeSurfaces), byName },
    adminWord: alternation(ADMIN_WORDS.map((a) => a.word), flexibleAdmin),
    surname: alternation(lexicon.surnames),
    honorific: alternation(lexicon.honorifics),
    title: alternation(lexicon.titles, flexible),
    titleQualifier: alternation(lexicon.titleQualifiers),
    committeeWord: alternation(lexicon.committeeKinds.map((c) => c.word), flexible),
    localBodyWord: alternation(lexicon.localBodyKinds.flatMap((k) => k.variants)),
    subBodyWord: alternation(lexicon.subBodyKinds, flexible),
    nationalBody: alternation(nationalSurfaces, flexibleFirst),
    institutionHead: alternation(lexicon.institutionHeads),
    documentKind: alternation(lexicon.documentKinds.map((d) => d.word), flexibleFirst),
    nationalByName,
    localBodyByName,
    documentKindByName,
    committeeKindByName,
    subBodyByName,
  };
  cache.set(lexicon, patterns);
  return patterns;
}

/** Only the first letter may change case ("ban Dân vận Trung ương", "Nghị quyết"/"nghị quyết"). */
export function flexibleFirst(phrase: string): string {
  const p = unifyTones(phrase);
  const first = p[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  const head = lower === upper ? escape(first) : `[${upper}${lower}]`;
  return head + escape(p.slice(1)).replace(/ /g, '[^\\S\\n]+');
}

/** Admin words: "tỉnh"/"Tỉnh", "TP."/"TP" (never lower-case "tp"). */
function flexibleAdmin(word: string): string {
  return word.startsWith('TP') ? escape(word) : flexibleFirst(word);
}
