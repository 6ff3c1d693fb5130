import type { PlaceEntry, PlaceLevel } from '../lexicon/index.js';
import { ADMIN_WORDS } from '../lexicon/places.js';
import type { Patterns } from '../recognize/patterns.js';
import { B, CAP, E, memo } from '../recognize/patterns.js';
import { WordIndex, sticky, triggerWords } from '../recognize/scan.js';
import { isWhiteSpace, skipWhiteSpaceBack } from '../text/chars.js';
import { SPACED_DASH, normalizeName, slug } from '../text/normalize.js';

/** A place resolved to its canonical entity. */
export interface PlaceRef {
  key: string;
  /** Canonical label ("Hà Nội", "TPHCM", "huyện Thanh Trì"). */
  label: string;
  /** The name without its admin word ("Thanh Trì"). */
  bare: string;
  level: PlaceLevel;
  /** Admin word used in body names ("tỉnh", "thành phố", "huyện"), if any. */
  adminWord?: string;
  /** Province-level place a district or ward belongs to, when known. */
  parent?: PlaceRef;
  /** Extra full names to record as aliases ("tỉnh Bắc Ninh"). */
  aliases: string[];
}

const fromEntry = new WeakMap<PlaceEntry, PlaceRef>();

/** A known province, city, region or country (one shared, frozen reference per lexicon entry). */
export function placeFromEntry(entry: PlaceEntry): PlaceRef {
  let place = fromEntry.get(entry);
  if (!place) fromEntry.set(entry, (place = Object.freeze(makePlace(entry))));
  return place;
}

function makePlace(entry: PlaceEntry): PlaceRef {
  const adminWord = entry.level === 'province' ? 'tỉnh' : entry.level === 'city' ? 'thành phố' : undefined;
  const carriesAdmin = (entry.fullForms ?? []).some((f) => normalizeName(f) === normalizeName(entry.name));
  const aliases = adminWord && !carriesAdmin ? [`${adminWord} ${entry.name}`] : [];
  return {
    key: `loc:${slug(entry.name)}`,
    label: entry.name,
    bare: entry.name,
    level: entry.level,
    ...(adminWord && !carriesAdmin ? { adminWord } : {}),
    aliases,
  };
}

const LEVEL_RANK: Record<PlaceLevel, number> = { ward: 0, district: 1, city: 2, province: 3, region: 4, country: 5 };

/** True when `outer` is a larger unit than `inner` (a ward in a district, a district in a province). */
export function contains(outer: PlaceRef, inner: PlaceRef): boolean {
  return LEVEL_RANK[outer.level] > LEVEL_RANK[inner.level];
}

type AdminWord = (typeof ADMIN_WORDS)[number];
const adminWords = { exact: new Map<string, AdminWord>(), normalized: new Map<string, AdminWord>() };
for (const a of ADMIN_WORDS) {
  if (!adminWords.exact.has(a.word)) adminWords.exact.set(a.word, a);
  if (!adminWords.normalized.has(normalizeName(a.word))) adminWords.normalized.set(normalizeName(a.word), a);
}

/** The admin word written ("tỉnh", "Tp.", "TP"): as written if listed so, else by its normalized form. */
function adminWordOf(surface: string): AdminWord | undefined {
  return adminWords.exact.get(surface) ?? adminWords.normalized.get(normalizeName(surface));
}

/** A district, ward or town named after an admin word ("quận Tây Hồ", "TP Thủ Đức"). */
export function localPlace(adminSurface: string, name: string, parent: PlaceRef | undefined): PlaceRef {
  const admin = adminWordOf(adminSurface);
  const adminWord = admin?.canonical ?? adminSurface.toLowerCase();
  const level: PlaceLevel = admin?.level === 'city' ? 'district' : (admin?.level ?? 'district');
  const label = `${adminWord} ${name.replace(SPACED_DASH, ' - ')}`;
  const parentSuffix = parent ? `@${parent.key.slice(4)}` : '';
  return {
    key: `loc:${slug(label)}${parentSuffix}`,
    label,
    bare: name,
    level,
    adminWord,
    ...(parent ? { parent } : {}),
    aliases: [],
  };
}

/**
 * A known name after an admin word: "tỉnh Nghệ An" is the province, but "phường Sài Gòn" or
 * "huyện Hòa Bình" is a ward or district that shares a province's or city's name.
 */
export function knownPlace(adminSurface: string | undefined, entry: PlaceEntry, written: string, parent: PlaceRef | undefined): PlaceRef {
  const admin = adminSurface && adminWordOf(adminSurface);
  const local = admin && (admin.level === 'district' || admin.level === 'ward') && (entry.level === 'province' || entry.level === 'city');
  if (local) return localPlace(adminSurface!, written.replace(/\s+/g, ' '), parent);
  // "thành phố Hà Tĩnh": a city named after its province is the province's city, not the province ("thành phố Hà Nội" is Hà Nội).
  if (admin && admin.level === 'city' && entry.level === 'province') return localPlace(adminSurface!, written.replace(/\s+/g, ' '), placeFromEntry(entry));
  return placeFromEntry(entry);
}

/** How a body names its place: "tỉnh Bắc Ninh", "thành phố Hà Nội", "TPHCM", "huyện Phú Xuyên". */
export function placePhrase(place: PlaceRef): string {
  if (place.level === 'district' || place.level === 'ward') return place.label;
  return place.adminWord ? `${place.adminWord} ${place.bare}` : place.label;
}

/**
 * Whether a person's name runs on into `pos`: a family name and at most one more word stand right before
 * it ("Nguyễn Hòa| Bình", "Lê| Trường Lưu").
 */
export function nameGoesOnBefore(patterns: Patterns, text: string, pos: number): boolean {
  if (!capitalizedBefore(text, pos)) return false;
  const before = memo(patterns, 'nameBefore', () => new RegExp(`${B}(?:${patterns.surname})(?:[^\\S\\n]+${CAP})?[^\\S\\n]+$`, 'u'));
  return before.test(text.slice(Math.max(0, pos - 24), pos));
}

/** Whether the word before `pos` (past white space) starts with a capital: a family name may stand there. */
function capitalizedBefore(text: string, pos: number): boolean {
  let at = skipWhiteSpaceBack(text, pos);
  if (at === pos || at === 0) return false;
  while (at > 0 && !isWhiteSpace(text.charCodeAt(at - 1))) at--;
  const first = text[at]!;
  return first !== first.toLowerCase();
}

/** A ward's, commune's or district's admin word right before a name. */
const LOCAL_ADMIN_BEFORE = /(?<![\p{L}])(?:[Pp]hường|[Xx]ã|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Đđ]ặc khu)[^\S\n]+$/u;

/** The places an article is about: bare forms ("Thành ủy", "tỉnh", "TP") resolve to these. */
export interface Home {
  /** The place the article is mostly about: bare "Đảng bộ", "UBND" belong to it. */
  main?: PlaceRef;
  /** The province a bare "Tỉnh ủy" or "tỉnh" names. */
  province?: PlaceRef;
  /** The city a bare "Thành ủy", "thành phố" or "TP" names. */
  city?: PlaceRef;
  /** Whether the title names the main place: a national article's title names none. */
  titled?: true;
}

/**
 * Finds the home places by counting mentions of known provinces and cities, the title
 * counting three times and "Tỉnh ủy X"/"Thành ủy X" twice, first mention breaking ties.
 */
export function detectHome(words: WordIndex, title: string | undefined, patterns: Patterns): Home {
  const scores = new Map<PlaceEntry, { score: number; first: number }>();
  const re = memo(patterns, 'homeAt', () => sticky(`${B}(?:(Thành ủy|Tỉnh ủy)\\s+)?(${patterns.places.known})${E}`));
  const triggers = memo(patterns, 'homeTriggers', () =>
    triggerWords(['Thành ủy', 'Tỉnh ủy', ...patterns.lexicon.places.flatMap((e) => [e.name, ...(e.variants ?? []), ...(e.fullForms ?? [])])], false),
  );
  const count = (index: WordIndex, weight: number, offset: number) => {
    for (const m of index.matches(re, triggers, 0, index.text.length)) {
      const entry = patterns.places.byName.get(normalizeName(m[2]!));
      if (!entry || (entry.level !== 'province' && entry.level !== 'city')) continue;
      // "Phó Thủ tướng Nguyễn Hòa Bình", "bà Trần Thị Thái Bình": a province's name ending a person's name says nothing of the article's place.
      if (!m[1] && nameGoesOnBefore(patterns, index.text, m.index)) continue;
      // "phường Long An", "xã Hà Nam": a ward or commune named after a province is no mention of it.
      if (!m[1] && LOCAL_ADMIN_BEFORE.test(index.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const s = scores.get(entry) ?? { score: 0, first: offset + m.index };
      s.score += weight * (m[1] ? 2 : 1);
      scores.set(entry, s);
    }
  };
  if (title) count(new WordIndex(title), 3, -1e9);
  count(words, 1, 0);
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first).map(([e]) => e);
  const main = ranked[0];
  if (!main) return {};
  const province = ranked.find((e) => e.level === 'province') ?? main;
  const city = ranked.find((e) => e.level === 'city');
  return {
    main: placeFromEntry(main),
    province: placeFromEntry(province),
    ...(city ? { city: placeFromEntry(city) } : {}),
    ...(scores.get(main)!.first < 0 ? { titled: true as const } : {}),
  };
}
