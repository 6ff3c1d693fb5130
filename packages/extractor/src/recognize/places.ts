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
      const place = entry ? placeFromEntry(entry) : localPlace(admin, name, this.home.main);
      found.push({ start, end, place });
    }
    return found;
  }
}
