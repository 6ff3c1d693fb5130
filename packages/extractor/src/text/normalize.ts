// Text normalization. Two kinds:
// - `toMatchForm` keeps the length of the text (so offsets stay valid) and only unifies
//   what the rules must not care about: NFC and the old tone placement ("uỷ" → "ủy").
// - `normalizeName` is the scorer's name equality (SCHEMA.md), used for merging and evaluation.

// Old-style tone placement (tone on the second vowel of oa/oe/uy) → new style. Each pair has
// the same length, so replacing never moves an offset.
const TONE_PAIRS: Array<[string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
const TONE_MAP = new Map<string, string>();
for (const [o, n] of TONE_PAIRS) {
  TONE_MAP.set(o, n);
  TONE_MAP.set(o[0]!.toUpperCase() + o[1], n[0]!.toUpperCase() + n[1]);
}
// The old placement only applies when the cluster ends the syllable (hoà, khoá, uỷ), not in "quý".
const OLD_TONE = /(?<![qQ])([oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\p{L})/gu;

/** NFC plus new-style tone placement; same length as the NFC input. */
export function unifyTones(text: string): string {
  return text.replace(OLD_TONE, (m) => TONE_MAP.get(m) ?? m);
}

/** The form rules match against: NFC, unified tones, same length as `text.normalize('NFC')`. */
export function toMatchForm(nfcText: string): string {
  return unifyTones(nfcText);
}

const ABBREVIATIONS = new Map([
  ['tphcm', 'thành phố hồ chí minh'], ['hcm', 'hồ chí minh'], ['tp', 'thành phố'],
  ['ubnd', 'ủy ban nhân dân'], ['hđnd', 'hội đồng nhân dân'], ['mttq', 'mặt trận tổ quốc'],
  ['ubmttq', 'ủy ban mặt trận tổ quốc'], ['bch', 'ban chấp hành'], ['btv', 'ban thường vụ'],
  ['ubkt', 'ủy ban kiểm tra'], ['bcđ', 'ban chỉ đạo'], ['hcmc', 'hồ chí minh city'],
]);

/**
 * Name equality as SCHEMA.md defines it: NFC, lower case, dashes spaced, punctuation as
 * spaces, unified tones, "số" dropped before a number, standard abbreviations expanded.
 */
export function normalizeName(name: string): string {
  return memoized(normalized, name, normalizeUncached);
}

function normalizeUncached(name: string): string {
  let t = unifyTones(String(name).normalize('NFC').toLowerCase());
  t = t.replace(/[\u2010-\u2015\u2212-]/g, ' - ').replace(/[.,;:()"“”'‘’]/g, ' ');
  const words = t.split(/\s+/).filter(Boolean);
  return words
    .filter((w, i) => !(w === 'số' && /^\d/.test(words[i + 1] ?? '')))
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}

/** Lower case without diacritics ("Nguyễn Văn Nên" → "nguyen van nen"; "đ" → "d"). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** A stable key fragment: normalized name, folded, spaces as '-'. */
export function slug(name: string): string {
  return memoized(slugs, name, slugUncached);
}

function slugUncached(name: string): string {
  return foldDiacritics(normalizeName(name))
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A dash with the white space around it, for `replace(SPACED_DASH, ' - ')`. It may start only where
 * a white-space run starts: tried from every position of a long run, it would scan the rest of the
 * run each time.
 */
export const SPACED_DASH = /(?<!\s)\s*[-–—]\s*/gu;

/** Collapses runs of white space (line breaks included) into one space. */
export function squeeze(text: string): string {
  return SQUEEZED.test(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** Already squeezed: single spaces between non-space characters (most names are). */
const SQUEEZED = /^(?:\S+(?: \S+)*)?$/;

// Names repeat across an archive (the same bodies and places in every article): remember the
// last few thousand results. The tables are cleared when full, which bounds their memory.
const normalized = new Map<string, string>();
const slugs = new Map<string, string>();
const MEMO_LIMIT = 20_000;

function memoized(table: Map<string, string>, key: string, compute: (k: string) => string): string {
  let value = table.get(key);
  if (value === undefined) {
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(key, (value = compute(key)));
  }
  return value;
}
