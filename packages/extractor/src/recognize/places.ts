import type { Home, PlaceRef } from '../resolve/places.js';
import { knownPlace, localPlace, placeFromEntry } from '../resolve/places.js';
import { normalizeName } from '../text/normalize.js';
import type { Patterns } from './patterns.js';
import { B, CAP, E, memo } from './patterns.js';
import { ADMIN_WORDS } from '../lexicon/places.js';
import { WordIndex, sticky, triggerWords } from './scan.js';
import type { Span } from './scan.js';

export interface PlaceMention extends Span {
  place: PlaceRef;
}

/**
 * Finds places written on their own: known provinces, cities, regions and countries (with
 * or without "tỉnh"/"thành phố"), and districts or wards after their admin word
 * ("quận Tây Hồ", "TP Thủ Đức", "phường Xuân Hương - Đà Lạt").
 */
export class PlaceRecognizer {
  private readonly re: RegExp;
  private readonly triggers: ReadonlySet<string>;
  /** A family name and two more syllables: a person, not a place, after an admin word used as a title. */
  private readonly personLike: RegExp;

  constructor(
    private readonly p: Patterns,
    private readonly home: Home,
  ) {
    const local = `(${p.adminWord})[^\\S\\n]*(${CAP}(?:[^\\S\\n]+${CAP}){0,2}(?:[^\\S\\n]+[-–][^\\S\\n]+${CAP}(?:[^\\S\\n]+${CAP})?)?|\\d{1,2})${E}`;
    this.re = memo(p, 'placeAt', () => sticky(`${B}(?:(?:(${p.adminWord})[^\\S\\n]*)?(${p.places.known})${E}|${local})`));
    this.personLike = memo(p, 'personLike', () => new RegExp(`^(?:${p.surname})\\s+\\S+\\s+\\S+`, 'u'));
    this.triggers = memo(p, 'placeTriggers', () =>
      new Set([
        ...triggerWords(ADMIN_WORDS.map((a) => a.word)),
        ...triggerWords(p.lexicon.places.flatMap((e) => [e.name, ...(e.variants ?? []), ...(e.fullForms ?? [])]), false),
      ]),
    );
  }

  /** Places in [from, to) of `masked` (the article with bodies and people blanked). */
  find(index: WordIndex, masked: string, from: number, to: number): PlaceMention[] {
    const found: PlaceMention[] = [];
    /** Per local place found, its admin word and name as written: its parent may be named after it. */
    const written = new Map<PlaceMention, { admin: string; name: string }>();
    let cursor = from;
    for (const m of index.matches(this.re, this.triggers, from, to, masked)) {
      const start = m.index;
      const end = m.index + m[0].length;
      // "phường Sài Gòn" is one place: "Sài Gòn" inside it is not another.
      if (start < cursor) continue;
      cursor = end;
      if (m[2]) {
        const entry = this.p.places.byName.get(normalizeName(m[2]));
        if (entry) found.push({ start, end, place: knownPlace(m[1], entry, m[2], this.home.main) });
        continue;
      }
      const admin = m[3]!;
      const name = m[4]!;
      if (this.personLike.test(name)) continue;
      // A lower-case admin word before a known name was handled above; "Thành phố" alone is no name.
      const entry = this.p.places.byName.get(normalizeName(name));
      const mention = { start, end, place: entry ? placeFromEntry(entry) : localPlace(admin, name, this.home.main) };
      if (!entry) written.set(mention, { admin, name });
      found.push(mention);
    }
    if (written.size > 0) this.withProvinceAfter(masked, found, written);
    return found;
  }

  /**
   * "phường Hòa Cường, quận Hải Châu, thành phố Đà Nẵng": districts and wards listed before their province or city
   * belong to it, not to the article's home.
   */
  private withProvinceAfter(text: string, found: PlaceMention[], written: Map<PlaceMention, { admin: string; name: string }>): void {
    let outer: PlaceRef | undefined;
    for (let i = found.length - 1; i >= 0; i--) {
      const mention = found[i]!;
      const next = found[i + 1];
      const listed = next !== undefined && /^[^\S\n]*,[^\S\n]*$/u.test(text.slice(mention.end, next.start));
      const level = mention.place.level;
      if (level === 'province' || level === 'city') outer = mention.place;
      else if (!listed) outer = undefined;
      const w = written.get(mention);
      if (w && listed && outer && outer !== this.home.main && outer.key !== this.home.main?.key) mention.place = localPlace(w.admin, w.name, outer);
    }
  }
}
