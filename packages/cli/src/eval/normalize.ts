// Name normalization of SCHEMA.md, identical to data/tools/score-graph.mjs (a test holds them equal).

// Old-style tone placement (on the second vowel of oa/oe/uy) → new style.
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
// The old placement only applies when the cluster ends the syllable (hoà, khoá, thuỷ, uỷ), not after q.
const TONE_RULES = TONE_PAIRS.map(([oldForm, newForm]) => [new RegExp(`(?<!q)${oldForm}(?![\\p{L}])`, 'gu'), newForm] as const);

// Standard abbreviations are expanded so that a system's naming style does not matter.
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['tphcm', 'thành phố hồ chí minh'], ['hcm', 'hồ chí minh'], ['tp', 'thành phố'],
  ['ubnd', 'ủy ban nhân dân'], ['hđnd', 'hội đồng nhân dân'], ['mttq', 'mặt trận tổ quốc'],
  ['ubmttq', 'ủy ban mặt trận tổ quốc'], ['bch', 'ban chấp hành'], ['btv', 'ban thường vụ'],
  ['ubkt', 'ủy ban kiểm tra'], ['bcđ', 'ban chỉ đạo'], ['hcmc', 'hồ chí minh city'],
]);

/** The comparison form of a name: NFC, lower case, dashes spaced, punctuation dropped, tones and abbreviations unified. */
export function normalizeName(name: unknown): string {
  let t = String(name).normalize('NFC').toLowerCase();
  t = t.replace(/[\u2010-\u2015\u2212-]/g, ' - ').replace(/[.,;:()"“”'‘’]/g, ' ');
  for (const [pattern, newForm] of TONE_RULES) t = t.replace(pattern, newForm);
  const words = t.split(/\s+/).filter(Boolean);
  return words
    .filter((w, i) => !(w === 'số' && /^\d/.test(words[i + 1] ?? ''))) // "Nghị quyết số 15" = "Nghị quyết 15"
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}
