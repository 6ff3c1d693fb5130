// Vietnamese personal names in English text, kept as written ("Phan Van Mai", "Trần Quốc Cường").
// A name is a run of two to five capitalized syllables starting with a Vietnamese family name;
// the key folds diacritics (person:phan-van-mai), so both spellings meet.
import { defaultLexicon } from '../lexicon/index.js';
import { matchAll, rxAll } from '../recognize/scan.js';
import { escape } from '../recognize/patterns.js';
import type { Span } from '../recognize/scan.js';
import { slug } from '../text/normalize.js';
import { englishPatterns, foldKey } from './patterns.js';
import { HONORIFICS_EN, LEVELS_EN, LOCAL_BODIES_EN, NATIONAL_BODIES_EN, PLACE_SPELLINGS_EN, SUB_BODIES_EN, TITLES_EN } from './vocabulary.js';

export interface EnglishPersonMention extends Span {
  key: string;
  name: string;
}

/** A syllable: capitalized, short, letters only ("Mẫn", "A", "Huu"), or two joined by an apostrophe ("Dieu K'Re"; not a possessive "'s"). */
const SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]{0,6}(?:['’]\\p{Lu}[\\p{Ll}\\p{M}]{0,6})?";
// A longer run than a name, trimmed below: "Home Affairs Pham Thi Thanh Tra" keeps its last four words.
const NAME = `${SYLLABLE}(?:[^\\S\\n]+${SYLLABLE}){1,9}`;

/** Syllables of Vietnamese place names and family names: words that may be part of a person's name. */
const VIETNAMESE_SYLLABLES = new Set([...defaultLexicon.places.flatMap((p) => [p.name, ...(p.variants ?? [])]), ...PLACE_SPELLINGS_EN.flatMap((p) => p.en), ...defaultLexicon.surnames].flatMap((n) => n.split(/\s+/)).map(foldKey));

/** English words that start capitalized in this news and are never part of a name. */
const NOT_NAME = new Set(
  [
    ...TITLES_EN.flatMap((t) => t.en),
    ...HONORIFICS_EN,
    ...NATIONAL_BODIES_EN.flatMap((b) => b.en),
    ...SUB_BODIES_EN.flatMap((s) => s.en),
    ...LEVELS_EN.flatMap((l) => l.en),
    ...LOCAL_BODIES_EN.flatMap((l) => l.en),
    'Party', 'Committee', 'Commission', 'Board', 'Central', 'State', 'People', 'Congress', 'Conference', 'The', 'On', 'In', 'At', 'As', 'Also',
    'Attending', 'Chairman', 'Vice', 'Deputy', 'Head', 'Member', 'Secretary', 'Photo', 'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'He', 'She', 'It', 'His', 'Her', 'Its', 'They', 'This', 'That', 'During', 'Meanwhile', 'Accordingly', 'Besides', 'Earlier', 'On', 'Resolution', 'Decision',
    'Directive', 'Conclusion', 'Regulation', 'Government', 'Senior', 'Lieutenant', 'General', 'Mr', 'Ms', 'Mrs',
  ]
    .flatMap((w) => w.split(/\s+/))
    // Words of body names that are also Vietnamese syllables ("Ho Chi Minh National Academy", "State Bank of Viet Nam") stay name words.
    .filter((w) => !VIETNAMESE_SYLLABLES.has(foldKey(w)))
    .map(foldKey),
);

export class EnglishPersonRecognizer {
  private readonly p = englishPatterns();

  /** Names in `[from, to)` of `text` (a text whose bodies and places are masked). */
  find(text: string, from: number, to: number): EnglishPersonMention[] {
    const found: EnglishPersonMention[] = [];
    for (const m of matchAll(rxAll`(?<![\\p{L}\\p{N}])${NAME}(?![\\p{L}\\p{N}])`, text, from, to)) {
      const words = [...m[0].matchAll(/\S+/gu)].map((w) => ({ text: w[0], start: m.index + w.index }));
      // Trim words that cannot be part of a name, then require a family name first.
      let first = 0;
      while (first < words.length && !this.p.surnames.has(foldKey(words[first]!.text))) first++;
      let last = first;
      while (last + 1 < words.length && last - first < 4 && !NOT_NAME.has(foldKey(words[last + 1]!.text))) last++;
      if (last - first < 1 || first >= words.length) continue;
      const start = words[first]!.start;
      const end = words[last]!.start + words[last]!.text.length;
      const name = text.slice(start, end).replace(/\s+/g, ' ');
      found.push({ start, end, name, key: `person:${slug(name)}` });
    }
    return found;
  }
}

/** An honorific or a title right before a given name used alone ("Mr Hung", "General Secretary Thinh", "Chairwoman Hoa"). */
const ADDRESS_BEFORE =
  /(?<![\p{L}])(?:Mr|Ms|Mrs|Madam|Comrade|Dr|Prof|Secretary|Chairman|Chairwoman|Minister|President|General|Director|Deputy|Head|Chief|Lieutenant|Colonel|Major)\.?[^\S\n]+$/u;
/** Right before a given name inside a word or another name ("Vo Thi Kim Thoa"): a letter or digit, or a capitalized word and a space (not "chaired by Quân"). */
const INSIDE_BEFORE = /(?:[\p{L}\p{N}]|\p{Lu}\p{L}*[^\S\n])$/u;

/** Later references by given name ("Huệ said", "Thuong noted", "Ms Thoa") to a person named in full before. */
export function givenNameReferences(text: string, from: number, to: number, persons: EnglishPersonMention[]): EnglishPersonMention[] {
  const byGiven = new Map<string, EnglishPersonMention>();
  for (const p of persons) {
    const given = p.name.split(' ').at(-1)!;
    const other = byGiven.get(given);
    if (other && other.key !== p.key) byGiven.set(given, { ...other, key: '' });
    else byGiven.set(given, p);
  }
  const out: EnglishPersonMention[] = [];
  for (const [given, p] of byGiven) {
    if (!p.key || given.length < 2) continue;
    // Compiled here, not through the cached `rxAll`: one expression per given name met would pile up over an archive.
    // The name opens the expression, so the search runs on its letters; what stands before each hit is tested after.
    const alone = new RegExp(`${escape(given)}(?![\\p{L}\\p{N}]|[^\\S\\n]+\\p{Lu})`, 'gu');
    for (const m of matchAll(alone, text, from, to)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // Alone, or after an honorific or a title ("Ms Thoa", "Secretary Khoi"), not inside another name.
      if (INSIDE_BEFORE.test(before) && !ADDRESS_BEFORE.test(before)) continue;
      out.push({ start: m.index, end: m.index + given.length, key: p.key, name: p.name });
    }
  }
  return out;
}
