import type { PlaceEntry } from '../lexicon/index.js';
import { localPlace, placeFromEntry } from '../resolve/places.js';
import type { PlaceRef } from '../resolve/places.js';
import { countBefore, matchAll, matchAt, rx, rxAll } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import { APOS, B, E, S, englishPatterns, foldKey, isVietnameseSyllable } from './patterns.js';

export interface EnglishPlaceMention extends Span {
  place: PlaceRef;
  /** As written ("Nghe An", "Hà Nội"), without "province". */
  surface: string;
}

/** Province-level places of an English article, and the one a bare "provincial" body means. */
export class EnglishHome {
  /** Every known place written in the text, in order. */
  readonly mentions: EnglishPlaceMention[] = [];
  readonly main: EnglishPlaceMention | undefined;

  constructor(text: string, title?: string) {
    const p = englishPatterns();
    for (const m of matchAll(rxAll`${B}(?:${p.place})${E}`, text)) {
      const entry = p.placeByKey.get(foldKey(m[0]));
      if (entry) this.mentions.push({ start: m.index, end: m.index + m[0].length, place: placeFromEntry(entry), surface: m[0].replace(/\s+/g, ' ') });
    }
    // The most mentioned province or city; "X Provincial Party Committee" and the title weigh more.
    const scores = new Map<string, { score: number; first: EnglishPlaceMention }>();
    const bump = (m: EnglishPlaceMention, w: number) => {
      if (m.place.level !== 'province' && m.place.level !== 'city') return;
      const s = scores.get(m.place.key) ?? { score: 0, first: m };
      s.score += w;
      scores.set(m.place.key, s);
    };
    for (const m of this.mentions) bump(m, matchAt(rx`${S}(?:[Pp]rovincial|[Cc]ity|[Mm]unicipal|[Pp]rovince)`, text, m.end) ? 2 : 1);
    if (title) for (const m of matchAll(rxAll`${B}(?:${p.place})${E}`, title)) {
      const entry = p.placeByKey.get(foldKey(m[0]));
      if (entry) bump({ start: -1, end: -1, place: placeFromEntry(entry), surface: m[0] }, 3);
    }
    this.main = [...scores.values()].sort((a, b) => b.score - a.score || a.first.start - b.first.start)[0]?.first;
    for (const mention of this.localPlaces(text)) this.mentions.push(mention); // not push(...): an article may name places by the hundred thousand
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * Districts, towns, wards, communes, special zones and provincial cities: "District 1", "Hoan Kiem district", "Thu Duc City",
   * "Ben Nghe ward", "Van Don special zone".
   * Each belongs to the province or city named right after it ("… of Hanoi"), else the last one named before it, else the article's.
   */
  private localPlaces(text: string): EnglishPlaceMention[] {
    const p = englishPatterns();
    const out: EnglishPlaceMention[] = [];
    // Looked up by position, not by scanning every mention: an article may name places by the hundred thousand.
    const taken = new Uint8Array(text.length);
    for (const m of this.mentions) taken.fill(1, m.start, m.end);
    const free = (start: number, end: number) => taken.subarray(start, end).indexOf(1) < 0;
    /** Provinces and cities named in the text, in order. */
    const anchors = this.mentions.filter((m) => m.place.level === 'province' || m.place.level === 'city');
    /** Per local place's name, the province or city it was first found in: named again, it lies there still. */
    const parents = new Map<string, PlaceRef>();
    const parentOf = (start: number, end: number, name: string): PlaceRef | undefined => {
      // ("Tuy Hoa City Party Committee in Phu Yen province": the place's body may stand between.)
      const of = matchAt(rx`(?:${S}(?:Party${S}Committee|People${APOS}${S}(?:Committee|Council)))?${S}(?:of|in)${S}(${p.place})${E}`, text, end);
      const entry = of ? p.placeByKey.get(foldKey(of[1]!)) : undefined;
      if (entry) return placeFromEntry(entry);
      // The last province or city ending before `start`, if within 200 characters.
      const before = anchors[countBefore(anchors, start + 1, (m) => m.end) - 1];
      return parents.get(name) ?? (before && start - before.end < 200 ? before.place : undefined) ?? this.main?.place;
    };
    const add = (start: number, end: number, admin: string, name: string) => {
      if (!free(start, end)) return;
      const parent = parentOf(start, end, name);
      if (parent && !parents.has(name)) parents.set(name, parent);
      // English writes "district" for both: an urban one in a centrally run city, else a rural one.
      const word = admin === 'district' ? (parent?.level === 'city' ? 'quận' : 'huyện') : admin;
      out.push({ start, end, place: localPlace(word, name, parent), surface: text.slice(start, end).replace(/\s+/g, ' ') });
      taken.fill(1, start, end);
    };
    for (const m of matchAll(rxAll`${B}District${S}(\\d{1,2})${E}`, text)) add(m.index, m.index + m[0].length, 'quận', m[1]!);
    for (const m of matchAll(rxAll`${B}((?:\\p{Lu}[\\p{Ll}\\p{M}]{0,6}${S}){1,3})(?:(urban${S})|(rural${S}))?(district|District|town|Town|ward|Ward|commune|Commune|City|city|special${S}zone|Special${S}Zone)${E}`, text)) {
      const name = m[1]!.trim();
      if (p.placeByKey.has(foldKey(name)) || !name.split(/\s+/).every(isVietnameseSyllable) || opensNoPlaceName(name)) continue;
      // "Nha Trang City", but "Ho Chi Minh City" is the province-level city read above.
      const kind = m[4]!.toLowerCase().replace(/\s+/g, ' ');
      const admin = kind === 'district' ? (m[2] ? 'quận' : m[3] ? 'huyện' : 'district') : (ENGLISH_ADMIN[kind] ?? 'thành phố');
      add(m.index, m.index + m[0].length, admin, name);
    }
    return out;
  }

  /** The district, town, ward or provincial city whose name starts at `pos` ("Tuy Hoa City"), if one does. */
  localAt(pos: number): EnglishPlaceMention | undefined {
    const i = countBefore(this.mentions, pos, (m) => m.start);
    const m = this.mentions[i];
    return m && m.start === pos && m.place.parent ? m : undefined;
  }

  /** The place a bare "provincial"/"city" body at `pos` belongs to: the last one named before it in the sentence, else the article's. */
  at(pos: number, sentenceStart: number, level?: 'province' | 'city' | 'district'): EnglishPlaceMention | undefined {
    const fits = (m: EnglishPlaceMention) => (level === 'city' ? m.place.level === 'city' : level === 'province' ? m.place.level === 'province' : m.place.level === 'province' || m.place.level === 'city');
    const before = this.mentions.filter((m) => m.start >= sentenceStart && m.end <= pos && fits(m)).pop();
    if (before) return before;
    if (this.main && fits(this.main)) return this.main;
    return this.main;
  }

  entryOf(surface: string): PlaceEntry | undefined {
    return englishPatterns().placeByKey.get(foldKey(surface));
  }
}

/** Capitalized words that open no place's name: "The District Party Committee", "This city", "Main ward", "One district". */
const NO_PLACE_NAME_WORD = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Each|Every|Any|Both|All|Other|One|No|Per|New|Former|Neo|Mean|Main)$/u;

/** Whether the first word of a capitalized run before an admin word cannot open a place's name. */
export function opensNoPlaceName(name: string): boolean {
  return NO_PLACE_NAME_WORD.test(name.trim().split(/\s+/)[0]!);
}

/** The Vietnamese admin word of an English one (a district's depends on its city). */
const ENGLISH_ADMIN: Record<string, string> = { town: 'thị xã', ward: 'phường', commune: 'xã', 'special zone': 'đặc khu', city: 'thành phố' };

/** "Bo Trach district" → huyện Bo Trach of the home province. */
export function englishDistrict(name: string, admin: string, parent: PlaceRef | undefined): PlaceRef {
  return localPlace(admin, name, parent);
}

/**
 * "Ben Thanh ward", "Ba Dinh district" → phường Ben Thanh, quận Ba Dinh of `parent`: the Vietnamese admin word of an
 * English one ("district" is a city's quận, else a province's huyện).
 */
export function englishLocalPlace(englishAdmin: string, name: string, parent: PlaceRef | undefined): PlaceRef {
  const kind = englishAdmin.toLowerCase().replace(/\s+/g, ' ');
  const admin = kind === 'district' ? (parent?.level === 'city' ? 'quận' : 'huyện') : (ENGLISH_ADMIN[kind] ?? 'thành phố');
  return localPlace(admin, name, parent);
}
