import type { Patterns } from './patterns.js';
import { E, memo } from './patterns.js';
import { WordIndex, matchAt, rx, sticky, triggerWords } from './scan.js';
import type { Span } from './scan.js';
import { normalizeName } from '../text/normalize.js';

export interface PersonMention extends Span {
  name: string;
}

const SHORT_TRIGGERS = triggerWords(['ông', 'bà', 'đồng chí']);
const MIDDLE_NAME_TRIGGERS = new Set(['Thị']);

// One syllable of a personal name: a capital then lower-case letters ("Nên", "Kđăm", "Y"), or two joined by an
// apostrophe, as Central Highlands names are written ("Điểu K'Ré", "K’Mák").
const SYLLABLE = "\\p{Lu}\\p{Ll}{0,7}(?:['’]\\p{Lu}\\p{Ll}{0,7})?";

/** "Phó Trưởng", "Phó Chủ": "Phó" before the word a title starts with is that title's, not a family name. */
const DEPUTY_OF_TITLE = /^Phó[^\S\n]+(?:Trưởng|Chủ|Bí|Giám|Thủ|Tổng|Chánh|Viện|Hiệu|Tư|Chính|Cục|Vụ|Chỉ|Thống)(?![\p{L}])/u;

/** "Thị" and the one or two syllables after it. */
const MIDDLE_NAME = sticky(`Thị(?:[^\\S\\n]+${SYLLABLE}){1,2}${E}`);
/** The syllable right before "Thị", itself not after another capitalized word. */
const FAMILY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{L}*[^\\S\\n]+)(${SYLLABLE})[^\\S\\n]+$`, 'u');

/** Before a name opening on "A": a list's punctuation, an honorific, a masked title's body, or the sentence's start. */
const NAME_A_BEFORE = /(?:^|[:,;(“"\n]|(?<![\p{L}])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)|[^\S\n]{3})[^\S\n]*$/u;

/**
 * Finds personal names: a family name and one to three more capitalized syllables, or any two
 * to five capitalized syllables after an honorific or rank ("ông", "Thượng tướng").
 * Runs on text where organizations, documents and meetings are already masked.
 */
export class PersonRecognizer {
  private readonly bySurname: RegExp;
  private readonly byHonorific: RegExp;
  private readonly epithets: Map<string, string>;
  private readonly epithetAt: RegExp;
  /** The words each expression can start with: each is tried only where its own can stand. */
  private readonly triggers: { epithet: ReadonlySet<string>; honorific: ReadonlySet<string>; surname: ReadonlySet<string> };
  private readonly titleStart: RegExp;
  private readonly adminBefore: RegExp;

  constructor(private readonly p: Patterns) {
    this.bySurname = memo(p, 'personBySurname', () => sticky(`(?<![\\p{L}\\p{N}])(?:${p.surname})(?:[^\\S\\n]+${SYLLABLE}){1,3}${E}`));
    this.byHonorific = memo(p, 'personByHonorific', () =>
      sticky(`(?<![\\p{L}\\p{N}])(?:${p.honorific})[^\\S\\n]+(${SYLLABLE}(?:[^\\S\\n]+${SYLLABLE}){1,4})${E}`),
    );
    this.epithets = memo(p, 'personEpithets', () => new Map(p.lexicon.personEpithets.map((e) => [e.surface, e.name])));
    this.epithetAt = memo(p, 'personEpithet', () => sticky(`(?<![\\p{L}])(?:${[...this.epithets.keys()].join('|')})${E}`));
    this.triggers = memo(p, 'personTriggers', () => ({
      epithet: triggerWords(this.epithets.keys(), false),
      honorific: triggerWords(p.lexicon.honorifics, false),
      surname: triggerWords(p.lexicon.surnames, false),
    }));
    this.titleStart = memo(p, 'titleStart', () => new RegExp(`^(?:${p.title})(?![\\p{L}])`, 'u'));
    this.adminBefore = memo(p, 'adminBefore', () => new RegExp(`(${p.adminWord})[^\\S\\n]*$`, 'u'));
  }

  /** Names in [from, to) of `masked` (the article with bodies, meetings and documents blanked). */
  find(index: WordIndex, masked: string, from: number, to: number): PersonMention[] {
    const found: PersonMention[] = [];
    const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
    for (const m of index.matches(this.epithetAt, this.triggers.epithet, from, to, masked)) {
      found.push({ start: m.index, end: m.index + m[0].length, name: this.epithets.get(m[0])! });
    }
    for (const m of index.matches(this.byHonorific, this.triggers.honorific, from, to, masked)) {
      const start = m.index + m[0].length - m[1]!.length;
      const written = this.beforeTitle(masked, start, m[1]!);
      const end = start + written.length;
      if (written.includes(' ') && !taken(start, end) && this.plausible(masked, start, written)) found.push({ start, end, name: written.replace(/\s+/g, ' ') });
    }
    for (const m of index.matches(this.bySurname, this.triggers.surname, from, to, masked)) {
      const start = m.index;
      const written = this.beforeTitle(masked, start, m[0]);
      const end = start + written.length;
      if (written.includes(' ') && !taken(start, end) && this.plausible(masked, start, written)) found.push({ start, end, name: written.replace(/\s+/g, ' ') });
    }
    // "Xồng Thị Mai": a family name we do not know, before the middle name of most women's names.
    for (const m of index.matches(MIDDLE_NAME, MIDDLE_NAME_TRIGGERS, from, to, masked)) {
      // (Most are inside a name found by its family name already.)
      if (taken(m.index, m.index + 3)) continue;
      const family = FAMILY_BEFORE.exec(masked.slice(Math.max(from, m.index - 32), m.index));
      if (!family) continue;
      const start = m.index - family[0].length;
      const end = m.index + m[0].length;
      const name = `${family[1]} ${m[0]}`.replace(/\s+/g, ' ');
      if (!taken(start, end) && this.plausible(masked, start, name)) found.push({ start, end, name });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * "Ông Hoàng cho biết": an honorific and a given name alone refer back to the one person of
   * the article whose full name ends with it.
   */
  findShortReferences(index: WordIndex, masked: string, from: number, to: number, people: ReadonlyArray<PersonMention>): PersonMention[] {
    const found: PersonMention[] = [];
    const short = memo(this.p, 'shortReference', () => sticky(`(?<![\\p{L}])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)[^\\S\\n]+(${SYLLABLE})(?![^\\S\\n]+\\p{Lu})${E}`));
    for (const m of index.matches(short, SHORT_TRIGGERS, from, to, masked)) {
      const given = m[1]!;
      const names = new Set(people.filter((p) => p.name.endsWith(` ${given}`)).map((p) => p.name));
      if (names.size === 1) found.push({ start: m.index + m[0].length - given.length, end: m.index + m[0].length, name: [...names][0]! });
    }
    return found;
  }

  /** "Nguyễn Văn Hà Chủ tịch …": a name runs on into the first word of a title after it; it ends before that word. */
  private beforeTitle(text: string, start: number, name: string): string {
    const cut = name.search(/[^\S\n]+\S+$/u);
    if (cut < 0) return name;
    const end = start + name.length;
    return this.titleStart.test(name.slice(cut).trimStart() + text.slice(end, end + 30)) ? name.slice(0, cut) : name;
  }

  private plausible(text: string, start: number, name: string): boolean {
    // "TP Hồ Chí Minh", "tỉnh Hà Nam": a place, not a person.
    if (this.p.places.byName.has(normalizeName(name))) return false;
    // "Ông Hoàng": "Ông" is a family name too, but before a lone given name it is the honorific.
    if (/^(?:Ông|Bà) \S+$/u.test(name.replace(/\s+/g, ' '))) return false;
    // "đồng chí Tổng Bí thư …": a title, the name comes after it; "cử Đoàn Chủ tịch", "đồng chí Phó Trưởng Ban …": a title's capitals.
    if (this.titleStart.test(text.slice(start, start + 40)) || DEPUTY_OF_TITLE.test(name)) return false;
    // "quận Hoàng Mai" is a place; "thành phố Nguyễn Ngọc Tuấn" (three syllables) a person after a title.
    const before = text.slice(Math.max(0, start - 12), start);
    const admin = this.adminBefore.exec(before);
    if (admin && (name.split(/\s+/).length < 3 || this.p.places.byName.has(normalizeName(`${admin[1]} ${name}`)))) return false;
    // "A Thiêng Dũng": a name opening on "A" stands where names are listed or introduced, not after a noun ("loại A Quốc gia").
    if (/^A\s/u.test(name) && !NAME_A_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
    // Photo credits and bylines are not people acting in the story.
    if (/Ảnh\s*:\s*$|Ảnh\s*:.{0,40}$/u.test(text.slice(Math.max(0, start - 50), start))) return false;
    return !matchAt(rx`[.]\\p{Lu}`, text, start + name.length);
  }
}
