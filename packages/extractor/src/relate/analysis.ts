import type { DocumentMention } from '../recognize/documents.js';
import type { EventMention } from '../recognize/events.js';
import type { OrgMention } from '../recognize/organizations.js';
import type { PersonMention } from '../recognize/persons.js';
import type { PlaceMention } from '../recognize/places.js';
import type { Home } from '../resolve/places.js';
import { alternation, flexibleFirst } from '../recognize/patterns.js';
import { sticky, triggerWords } from '../recognize/scan.js';
import type { WordIndex } from '../recognize/scan.js';

export interface ResolvedEvent extends EventMention {
  /** Resolved key: its own, or for a bare reference the meeting the article is about. */
  ref?: string;
  /** Named, but not as a meeting the article reports: to date or name another, or inside a document's name. */
  unreported?: true;
}

export interface ResolvedDocument extends DocumentMention {
  key: string;
}

export interface PersonRef extends PersonMention {
  key: string;
}

/** What the recognizers found in one sentence, resolved to entity keys. */
export interface SentenceAnalysis {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  orgs: OrgMention[];
  events: ResolvedEvent[];
  docs: ResolvedDocument[];
  persons: PersonRef[];
  places: PlaceMention[];
}

export interface ArticleAnalysis {
  /** The match text (NFC, unified tones). */
  text: string;
  /** Its words, for trigger-word matching. */
  words: WordIndex;
  /** Per sentence, the latest named meeting at or before it (or the article's first one). */
  meetingSoFar: Array<string | undefined>;
  home: Home;
  sentences: SentenceAnalysis[];
  /** Bodies written as part of a person's title ("Chủ tịch HĐND TP Nguyễn Thị Lệ"): never a clause's subject. */
  titled: Set<OrgMention>;
}

/** A verb or phrase rules look for, with the words that can start it. */
export interface Cue {
  pattern: RegExp;
  triggers: ReadonlySet<string>;
}

/** A cue for any of `phrases` (whole words; the first letter in either case). */
export function cue(phrases: string[]): Cue {
  return { pattern: sticky(`(?<![\\p{L}])${alternation(phrases, flexibleFirst)}(?![\\p{L}])`), triggers: triggerWords(phrases) };
}

/** Where `c` occurs in sentence `s`. */
export function cuesIn(a: ArticleAnalysis, s: SentenceAnalysis, c: Cue): RegExpExecArray[] {
  return a.words.matches(c.pattern, c.triggers, s.start, s.end);
}

/**
 * "Thay mặt Bộ Chính trị, Tổng Bí thư … ký ban hành …", "Ngày 10/4, thay mặt Ban Thường vụ Thành ủy, …": the person
 * acts for the body, which is the subject.
 */
const ON_BEHALF_OF = /^(?:[^,.;\n]{1,24},[^\S\n]*)?(?:[Tt]hay mặt|[Đđ]ược sự ủy quyền của|[Ủủ]y quyền của)[^\S\n]+$/u;
const CONNECTIVE = /^(?:Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra|Qua đó|Từ đó|Sau đó|Tiếp đó|Trong đó)\s*,?\s*/u;

/**
 * The body a sentence is about: the one it opens with ("Thay mặt" may come first), or, when it opens with a connective
 * ("Cùng với đó, ban hành …") or straight with a verb, the previous sentence's in the paragraph.
 */
export function sentenceSubject(a: ArticleAnalysis, s: SentenceAnalysis): OrgMention | undefined {
  const opening = s.orgs.find((o) => (o.start - s.start < 3 || ON_BEHALF_OF.test(a.text.slice(s.start, o.start))) && !a.titled.has(o));
  if (opening) return opening;
  const head = a.text.slice(s.start, s.end);
  const connective = CONNECTIVE.exec(head);
  if (!connective && !/^\p{Ll}/u.test(head)) return undefined;
  if (connective && s.orgs.some((o) => o.start - s.start <= connective[0].length + 1)) return s.orgs[0];
  const previous = a.sentences[s.index - 1];
  return previous && previous.paragraph === s.paragraph ? previous.orgs.find((o) => o.start - previous.start < 3 && !a.titled.has(o)) : undefined;
}

/** The bodies listed right before `o` in its sentence, nearest first, each joined to the next by `joiner` ("Bộ Chính trị, Ban Bí thư"). */
export function listedBefore(text: string, s: SentenceAnalysis, o: OrgMention, joiner: RegExp): OrgMention[] {
  const listed: OrgMention[] = [];
  let next = o;
  for (let i = s.orgs.indexOf(o) - 1; i >= 0 && joiner.test(text.slice(s.orgs[i]!.end, next.start)); i--) listed.push((next = s.orgs[i]!));
  return listed;
}

/** A break between clauses inside a sentence: a semicolon, or a dot white space follows (not one inside "TP.HCM" or "1.200"). */
export const CLAUSE_BREAK = /;|\.(?!\S)/u;

/** "của" right before a position: what follows owns what precedes ("Đoàn kiểm tra … của Bộ Chính trị"). */
export const OF_BEFORE = /(?<![\p{L}])của[^\S\n]+$/u;

/** Clause boundaries inside a sentence: relations never cross a semicolon. */
export function clauseOf(text: string, s: SentenceAnalysis, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  for (let i = pos - 1; i >= s.start; i--) {
    if (text[i] === ';') {
      start = i + 1;
      break;
    }
  }
  for (let i = pos; i < s.end; i++) {
    if (text[i] === ';') {
      end = i;
      break;
    }
  }
  return [start, end];
}
