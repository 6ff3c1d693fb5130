// Small helpers for anchored matching: rules parse forward from a position with sticky
// regular expressions instead of one huge pattern, which keeps each step simple and linear.

const stickyCache = new Map<string, RegExp>();

/** Compiles (once) a sticky, Unicode regular expression from a source string. */
export function sticky(source: string): RegExp {
  let re = stickyCache.get(source);
  if (!re) {
    re = new RegExp(source, 'uy');
    stickyCache.set(source, re);
  }
  return re;
}

/** Matches `source` exactly at `pos` in `text`; returns the match or null. */
export function matchAt(source: string, text: string, pos: number): RegExpExecArray | null {
  const re = sticky(source);
  re.lastIndex = pos;
  return re.exec(text);
}

const globalCache = new Map<string, RegExp>();

/** All matches of `source` in `text` between `from` and `to`. */
export function* matchAll(source: string, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  let re = globalCache.get(source);
  if (!re) {
    re = new RegExp(source, 'gu');
    globalCache.set(source, re);
  }
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length > to) break;
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Converts "XIII" or "13" to 13; returns undefined for anything else. */
export function ordinalValue(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
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
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}
