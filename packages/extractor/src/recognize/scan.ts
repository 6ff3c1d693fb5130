import { unifyTones } from '../text/normalize.js';
import { SPELLED_ORDINALS } from './patterns.js';

// Small helpers for anchored matching: rules parse forward from a position with sticky
// regular expressions instead of one huge pattern, which keeps each step simple and linear.

// Patterns are written inline where they are used, as tagged templates: `matchAt(rx\`…${x}…\`, text, pos)`.
// The tag caches the compiled expression by call site (the template object is the same on every call)
// and by the interpolated strings (long-lived lexicon patterns), so no source string is rebuilt or
// rehashed per call: the hot path costs one look-up and a comparison with the site's last values.
type Cache = { compiled?: RegExp; next: Map<unknown, Cache> };
/** Per call site, the values and expression of its last call: most sites always pass the same values. */
type Site = { root: Cache; lastValues?: unknown[]; last?: RegExp };

function tag(flags: string) {
  const sites = new WeakMap<TemplateStringsArray, Site>();
  return (strings: TemplateStringsArray, ...values: unknown[]): RegExp => {
    let site = sites.get(strings);
    if (!site) sites.set(strings, (site = { root: { next: new Map() } }));
    const lastValues = site.lastValues;
    if (lastValues && sameValues(lastValues, values)) return site.last!;
    let node = site.root;
    for (const v of values) {
      let child: Cache | undefined = node.next.get(v);
      if (!child) node.next.set(v, (child = { next: new Map() }));
      node = child;
    }
    if (!node.compiled) {
      let source = strings[0]!;
      values.forEach((v, i) => (source += String(v) + strings[i + 1]));
      node.compiled = new RegExp(source, flags);
    }
    site.lastValues = values;
    site.last = node.compiled;
    return node.compiled;
  };
}

function sameValues(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A sticky expression, for `matchAt`. */
export const rx = tag('uy');
/** A global expression, for `matchAll`. */
export const rxAll = tag('gu');

const bySource = { u: new Map<string, RegExp>(), uy: new Map<string, RegExp>(), gu: new Map<string, RegExp>() };

function compiled(source: string | RegExp, flags: 'u' | 'uy' | 'gu'): RegExp {
  if (typeof source !== 'string') return source;
  const table = bySource[flags];
  let re = table.get(source);
  if (!re) table.set(source, (re = new RegExp(source, flags)));
  return re;
}

/** Compiles (once) a sticky expression from a constant source string. */
export function sticky(source: string): RegExp {
  return compiled(source, 'uy');
}

/** Compiles (once) a plain Unicode expression, for `test` and `exec` from the start, from a source string known only at run time. */
export function expression(source: string): RegExp {
  return compiled(source, 'u');
}

/** Matches exactly at `pos` in `text`; returns the match or null. */
export function matchAt(pattern: string | RegExp, text: string, pos: number): RegExpExecArray | null {
  const re = compiled(pattern, 'uy');
  re.lastIndex = pos;
  return re.exec(text);
}

/** How far past the end of a range an expression may look ahead (a word or two, in practice). */
const LOOKAHEAD_MARGIN = 256;

/**
 * `text` to search for matches that start before `to`. A global search runs on past `to` until it
 * finds a match, to the end of the text if none comes: per sentence, on a long text with few
 * matches, that is quadratic. The view ends a little past `to` (same offsets; room for lookahead).
 */
export function searchView(text: string, to: number): string {
  return to + LOOKAHEAD_MARGIN < text.length ? text.slice(0, to + LOOKAHEAD_MARGIN) : text;
}

/** All matches between `from` and `to`. */
export function* matchAll(pattern: string | RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  const re = compiled(pattern, 'gu');
  const view = searchView(text, to);
  re.lastIndex = from;
  for (let m = re.exec(view); m && m.index < to; m = re.exec(view)) {
    if (m.index + m[0].length > to) break;
    const next = re.lastIndex;
    yield m;
    // The expression is shared: a caller may have used it meanwhile.
    re.lastIndex = m[0].length === 0 ? next + 1 : next;
  }
}


/** Converts "XIII", "13" or a spelled-out ordinal ("nhất") to a number; returns undefined for anything else. */
export function ordinalValue(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const spelled = SPELLED_ORDINALS.indexOf(token.toLowerCase());
  if (spelled >= 0) return spelled + 1;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = values[token[i]!];
    if (v === undefined) return undefined;
    const next = values[token[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total || undefined;
}

/** A span of text with its end (exclusive) and the regex groups that built it. */
export interface Span {
  start: number;
  end: number;
}

/** Replaces the given spans with spaces (same length), so later rules cannot see into them. */
export function mask(text: string, spans: Iterable<Span>): string {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let wordChars: Uint8Array | undefined;
/**
 * Per UTF-16 unit, 1 when it belongs to a word ([\p{L}\p{N}]; surrogates count as none): one load
 * per character where a range test would branch, on the hot loop that cuts every article into words.
 */
function wordCharTable(): Uint8Array {
  if (!wordChars) {
    wordChars = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) wordChars[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordChars;
}

const WORD_AT = /[\p{L}\p{N}]+/uy;

/** The word ([\p{L}\p{N}]+) starting at `pos`, if one does. */
export function wordAt(text: string, pos: number): string | undefined {
  const isWordChar = wordCharTable();
  let end = pos;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (isWordChar[c] === 1) continue;
    if (c < 0xd800 || c > 0xdbff) break;
    // A character beyond the 16-bit table: the expression decides.
    WORD_AT.lastIndex = pos;
    return WORD_AT.exec(text)?.[0];
  }
  return end > pos ? text.slice(pos, end) : undefined;
}

/**
 * The words of a text with their offsets. Recognizers try their patterns only where a word that
 * can start them stands (a trigger word), instead of at every character: the patterns are large
 * alternations, and this is what keeps extraction fast on long archives.
 */
export class WordIndex {
  // Typed arrays sized for the most words a text can hold (one per two characters): filling them
  // costs a third less than growing plain arrays, on a loop that runs over every character.
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Per word, `wordHash` of it: most words are no trigger word, and the hash tells without slicing them out. */
  private readonly hashes: Int32Array;
  private readonly count: number;
  /** Per trigger set, the offsets of the words in it: one pass per set and article. */
  private readonly hits = new Map<ReadonlySet<string>, number[]>();

  constructor(readonly text: string) {
    const isWordChar = wordCharTable();
    const n = text.length;
    const most = (n >> 1) + 1;
    const starts = (this.starts = new Int32Array(most));
    const ends = (this.ends = new Int32Array(most));
    const hashes = (this.hashes = new Int32Array(most));
    let count = 0;
    for (let i = 0; i < n; ) {
      let c = text.charCodeAt(i);
      if (isWordChar[c] !== 1) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      do {
        hash = hashStep(hash, c);
        c = ++i < n ? text.charCodeAt(i) : 0;
      } while (isWordChar[c] === 1); // past the end c is 0, no word character
      starts[count] = start;
      ends[count] = i;
      hashes[count++] = hash;
    }
    this.count = count;
  }

  /**
   * Matches of the sticky `pattern` at word starts in [from, to) whose word is in `triggers`.
   * `over` is a masked copy of the text (same offsets, some spans blanked): words it blanked are skipped.
   * (Arrays, not generators: this runs per sentence and rule, and most calls find nothing.)
   */
  matches(pattern: RegExp, triggers: ReadonlySet<string>, from: number, to: number, over: string = this.text): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const starts = this.hitsOf(triggers);
    for (let i = countBefore(starts, from, offset); i < starts.length && starts[i]! < to; i++) {
      const start = starts[i]!;
      if (over.charCodeAt(start) === 32) continue;
      pattern.lastIndex = start;
      const m = pattern.exec(over);
      if (m && m.index + m[0].length <= to) found.push(m);
    }
    return found;
  }

  /** Offsets of the words in [from, to) that are in `triggers`. */
  triggered(triggers: ReadonlySet<string>, from: number, to: number): number[] {
    const starts = this.hitsOf(triggers);
    const first = countBefore(starts, from, offset);
    let end = first;
    while (end < starts.length && starts[end]! < to) end++;
    return starts.slice(first, end);
  }

  private hitsOf(triggers: ReadonlySet<string>): number[] {
    const known = this.hits.get(triggers);
    if (known) return known;
    const { starts, ends, hashes, count, text } = this;
    if (!registered.has(triggers) || this.hits.size > 0) {
      // A set met for the first time, or after this article's pass: scan for it alone.
      register(triggers);
      const found: number[] = [];
      for (let i = 0; i < count; i++) if (triggerHashes[hashSlot(hashes[i]!)] === 1 && triggers.has(text.slice(starts[i]!, ends[i]!))) found.push(starts[i]!);
      this.hits.set(triggers, found);
      return found;
    }
    // One pass fills the hits of every trigger set known so far, from the words' membership.
    const lists = registry.map((): number[] => []);
    for (let i = 0; i < count; i++) {
      if (triggerHashes[hashSlot(hashes[i]!)] !== 1) continue;
      const sets = membership.get(text.slice(starts[i]!, ends[i]!));
      if (sets) for (const k of sets) lists[k]!.push(starts[i]!);
    }
    registry.forEach((set, k) => this.hits.set(set, lists[k]!));
    return this.hits.get(triggers)!;
  }
}

/** How many of `items`, sorted by `at`, stand before `pos` (binary search): also the index of the first at or after it. */
export function countBefore<T>(items: readonly T[], pos: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const offset = (x: number) => x;

// A word's hash, computed over its UTF-16 units as the index cuts the text (FNV-1a).
const HASH_SEED = 0x811c9dc5 | 0;
const hashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);
const HASH_SLOTS = 1 << 16;
const hashSlot = (hash: number): number => (hash ^ (hash >>> 16)) & (HASH_SLOTS - 1);

function wordHash(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

// Trigger sets in use (the recognizers' and relation cues', per lexicon) and, for every word in any
// of them, the indices of the sets that hold it. The table holds trigger words only (a few thousand,
// fixed once the sets are known), so an article's words are looked up in a small table that never
// grows: archives are full of one-off words (names, numbers) that a cache of every word met would
// keep missing on. `triggerHashes` marks the hash slots of those words: a word whose slot is unmarked
// is no trigger word, known without taking it out of the text (most words of an article).
const registry: Array<ReadonlySet<string>> = [];
const registered = new Set<ReadonlySet<string>>();
let membership = new Map<string, number[]>();
let triggerHashes = new Uint8Array(HASH_SLOTS);

function register(set: ReadonlySet<string>): void {
  if (registered.has(set)) return;
  // Many lexicons over a process's life: start over rather than grow without bound.
  if (registry.length >= 64) {
    registry.length = 0;
    registered.clear();
    membership = new Map();
    triggerHashes = new Uint8Array(HASH_SLOTS);
  }
  const k = registry.length;
  registry.push(set);
  registered.add(set);
  for (const word of set) {
    const sets = membership.get(word);
    if (sets) sets.push(k);
    else membership.set(word, [k]);
    triggerHashes[hashSlot(wordHash(word))] = 1;
  }
}

/**
 * The words that can start any of `phrases`: as written, and with `bothCases` also with the
 * first letter in the other case (for patterns that accept "Ban"/"ban").
 */
export function triggerWords(phrases: Iterable<string>, bothCases = true): Set<string> {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const first = /^[\p{L}\p{N}]+/u.exec(unifyTones(phrase.normalize('NFC')))?.[0];
    if (!first) continue;
    words.add(first);
    if (!bothCases) continue;
    words.add(first[0]!.toUpperCase() + first.slice(1));
    words.add(first[0]!.toLowerCase() + first.slice(1));
  }
  return words;
}
