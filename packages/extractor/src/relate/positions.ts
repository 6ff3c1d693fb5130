import type { OrgMention } from '../recognize/organizations.js';
import { subBodyOf } from '../recognize/organizations.js';
import type { Patterns } from '../recognize/patterns.js';
import { TENURE, TERM, alternation, flexible, memo } from '../recognize/patterns.js';
import type { PersonMention } from '../recognize/persons.js';
import { matchAt, rx, sticky } from '../recognize/scan.js';
import { isWhiteSpace, skipWhiteSpaceBack } from '../text/chars.js';

/** The verbs of being given a post ("được bầu", "được chỉ định" … "làm/giữ chức"). */
export const APPOINTED = '(?:bầu|chỉ định|bổ nhiệm|phân công|giao|điều động)';

/** One "title + body" pair found next to a person. */
export interface PositionHit {
  role: string;
  org: OrgMention;
  /** Where the title starts (the evidence runs from there or from the name). */
  titleStart: number;
  /** The body is not written as such: the title implies it ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"). */
  implied?: true;
}

/**
 * Reads the chain of titles written before and after a name:
 * "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng, Trưởng ban Chỉ đạo …",
 * "Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM".
 */
export class PositionReader {
  private readonly titleAtEnd: RegExp;
  private readonly bareTitle: RegExp;
  private readonly honorifics: ReadonlySet<string>;
  private readonly placeAfterComma: RegExp;
  private readonly fusedAtEnd: RegExp;
  private readonly forwardSeparator: string;
  private readonly titleAhead: RegExp;
  private readonly fusedAhead: RegExp;
  /** Per fused title (lower case), the words of the organs it heads (lower case) as the lexicon writes them. */
  private readonly organWords: ReadonlyMap<string, ReadonlyMap<string, string>>;

  constructor(p: Patterns) {
    const qual = `(?:(${p.titleQualifier})[^\\S\\n]+)?`;
    const fused = memo(p, 'fusedTitle', () => `(${alternation(p.lexicon.fusedTitleHeads.map((f) => f.title), flexible)})`);
    this.organWords = memo(p, 'organWords', () => organWordsOf(p.lexicon.fusedTitleHeads));
    // "Phó Chủ tịch không chuyên trách": a title may say it is held part-time.
    const title = `(${p.title}(?:[^\\S\\n]+(?:không[^\\S\\n]+)?chuyên trách)?)`;
    this.titleAtEnd = memo(p, 'titleAtEnd', () => new RegExp(`${qual}${title}[^\\S\\n]+$`, 'u'));
    this.honorifics = memo(p, 'honorificSet', () => new Set(p.lexicon.honorifics));
    this.placeAfterComma = memo(p, 'placeAfterComma', () =>
      new RegExp(`^,[^\\S\\n]*(?:(?:${p.adminWord})[^\\S\\n]+(?:\\d{1,2}|\\p{Lu}\\p{L}*(?:[^\\S\\n]+\\p{Lu}\\p{L}*){0,3})|${p.places.known})[^\\S\\n]*$`, 'u'),
    );
    this.bareTitle = memo(p, 'bareTitle', () => new RegExp(`^[^\\S\\n]*${qual}${title}(?:[^\\S\\n]+${UNNAMED_BODY})?$`, 'u'));
    this.fusedAtEnd = memo(p, 'fusedAtEnd', () => new RegExp(`${qual}${fused}[^\\S\\n]+$`, 'u'));
    this.titleAhead = memo(p, 'titleAhead', () => sticky(`${qual}${title}[^\\S\\n]+`));
    this.fusedAhead = memo(p, 'fusedAhead', () => sticky(`${qual}${fused}[^\\S\\n]+`));
    // "A, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy", "…, trúng cử Phó Bí thư Tỉnh ủy": a post given after the titles held.
    const holds = '(?:giữ chức(?:[^\\S\\n]+vụ)?|trúng cử)';
    this.forwardSeparator =
      `[^\\S\\n]*(?:[,(]|\\s[-–—]|:)[^\\S\\n]*(?:(?:${holds}|kiêm)[^\\S\\n]+)?|[^\\S\\n]+(?:được[^\\S\\n]+${APPOINTED}(?:[^\\S\\n]+(?:${holds}|làm|là))?|${holds}|làm|là|kiêm)[^\\S\\n]+`;
  }

  /** `persons` are the sentence's people: a title and body written right before one of them are theirs. */
  read(text: string, person: PersonMention, orgs: OrgMention[], sentenceStart: number, sentenceEnd: number, persons: readonly PersonMention[] = []): PositionHit[] {
    const hits: PositionHit[] = [];
    const orgEndingAt = (end: number) => orgs.find((o) => o.end === end);
    const orgStartingAt = (start: number) => orgs.find((o) => o.start === start);

    // Backwards from the name: "<title> <body>[, <title> <body>]* <name>"
    let pos = this.beforeHonorific(text, person.start, sentenceStart);
    // Past a comma, the titles may be another person's predicate: "A được bầu giữ chức Bí thư Tỉnh ủy, đồng chí B …".
    let pastComma = text.charCodeAt(pos) === 0x2c;
    for (let guard = 0; guard < 8; guard++) {
      // "Phó Bí thư Thường trực Đảng ủy Khối, phụ trách Đảng bộ Khối <name>": what the person is in charge of is passed over.
      // (The cheap search first: this runs for every title read back from every name.)
      const before = text.slice(Math.max(sentenceStart, pos - 60), pos);
      const inCharge = before.includes('phụ trách') ? IN_CHARGE_OF.exec(before) : null;
      if (inCharge) pos -= inCharge[0].length;
      const gap = /\s*(?:\(?(?:khóa|Khóa)\s+[IVXLC\d]+\)?)?\s*(?:[-–]\s*)?$/u.exec(text.slice(Math.max(sentenceStart, pos - 24), pos));
      let orgEnd = pos - (gap ? gap[0].length : 0);
      // "Chủ tịch UBND phường Bến Nghé, Quận 1 <name>", "… phường Sài Gòn, TPHCM <name>": the body's larger place after a comma.
      if (!orgEndingAt(orgEnd)) {
        const window = text.slice(Math.max(sentenceStart, pos - 40), pos);
        const comma = window.lastIndexOf(',');
        if (comma >= 0 && this.placeAfterComma.test(window.slice(comma))) {
          orgEnd = pos - (window.length - comma);
          pastComma = true;
        }
      }
      const org = orgEndingAt(orgEnd);
      if (!org) {
        // "Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Nội vụ <name>": a title naming no body
        // of its own is passed over, and the chain goes on.
        // (Tested from the last comma on, once, not at every position of the window.)
        const window = hits.length > 0 ? text.slice(Math.max(sentenceStart, pos - 60), pos) : '';
        const membership = hits.length > 0 ? BARE_MEMBERSHIP_BEFORE.exec(window) : null;
        const member = membership && impliedMembership(membership[1]!, hits[hits.length - 1]!.org, pos - membership[0].length);
        if (member) hits.push(member);
        const comma = window.lastIndexOf(',');
        if (comma < 0 || !this.bareTitle.test(window.slice(comma + 1))) break;
        pos -= window.length - comma;
        continue;
      }
      const title = org.member ? { role: 'Ủy viên', start: org.start } : this.titleBefore(text, org, sentenceStart);
      if (!title || (pastComma && hits.length === 0 && PREDICATE_BEFORE.test(text.slice(Math.max(sentenceStart, title.start - 24), title.start)))) break;
      // "thừa ủy quyền của Thủ tướng Chính phủ, Thứ trưởng Bộ Công an <name>": whom one acts for holds that title.
      if (ON_BEHALF_OF.test(text.slice(Math.max(sentenceStart, title.start - 24), title.start))) break;
      hits.push({ role: title.role, org, titleStart: title.start });
      const comma = /,\s*$/u.exec(text.slice(Math.max(sentenceStart, title.start - 4), title.start));
      if (!comma) break;
      pos = title.start - comma[0].length;
    }

    // Forwards from the name: "<name>, <title> <body>[, <title> <body>]*"
    pos = person.end;
    /** A bare "Ủy viên Ban Thường vụ" passed over: the next body says whose. */
    let membershipStart: { at: number; organ: string } | undefined;
    for (let guard = 0; guard < 8 && pos < sentenceEnd; guard++) {
      const sep = matchAt(this.forwardSeparator, text, pos);
      if (!sep) break;
      const at = pos + sep[0].length;
      const hit = this.titleAhead_(text, at, orgStartingAt, orgs);
      if (!hit) {
        // "…, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", "…, Bí thư Đảng ủy, Bộ trưởng Bộ Nội vụ":
        // a title naming no body of its own is passed over, and the chain goes on.
        const bare = matchAt(this.titleAhead, text, at);
        const next = bare ? matchAt(rx`(?:[^\\S\\n]*${UNNAMED_BODY})?(?=[^\\S\\n]*,)`, text, at + bare[0].length - 1) : null;
        if (!bare || !next) break;
        pos = at + bare[0].length - 1 + next[0].length;
        const membership = BARE_MEMBERSHIP.exec(text.slice(at, pos));
        if (membership) membershipStart = { at, organ: membership[1]! };
        continue;
      }
      // "nguyên Chủ tịch nước Nguyễn Minh Triết, nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân": the
      // second title names the next person, not this one.
      if (nameRightAfter(text, hit.org.end, persons)) break;
      hits.push(hit);
      const member = membershipStart && impliedMembership(membershipStart.organ, hit.org, membershipStart.at);
      if (member) hits.push(member);
      membershipStart = undefined;
      pos = hit.org.end;
      const tail = matchAt(rx`(?:${TERM}|${TENURE}|\\))+`, text, pos);
      if (tail) pos += tail[0].length;
    }
    return hits;
  }

  /**
   * Where the titles before a name end: before its honorific or rank ("ông", "Đại tướng", "PGS.TS."), and before a
   * comma ahead of that ("Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang"). Words are looked up, not matched.
   */
  private beforeHonorific(text: string, pos: number, sentenceStart: number): number {
    const wordEnd = skipWhiteSpaceBack(text, pos, sentenceStart);
    if (wordEnd === pos) return pos;
    // The last word before the name, then the two last ("Đại tướng"), a final dot dropped ("PGS.TS.").
    const lastEnd = text.charCodeAt(wordEnd - 1) === 0x2e ? wordEnd - 1 : wordEnd;
    let phrase = '';
    let start = wordEnd;
    for (let words = 0; words < 2; words++) {
      let at = start;
      while (at > sentenceStart && !isWhiteSpace(text.charCodeAt(at - 1))) at--;
      if (at === start) break;
      phrase = words === 0 ? text.slice(at, lastEnd) : `${text.slice(at, start)} ${phrase}`;
      if (this.honorifics.has(phrase)) {
        const comma = skipWhiteSpaceBack(text, at, sentenceStart);
        return text.charCodeAt(comma - 1) === 0x2c ? comma - 1 : at;
      }
      start = skipWhiteSpaceBack(text, at, sentenceStart);
    }
    return pos;
  }

  private titleBefore(text: string, org: OrgMention, sentenceStart: number): { role: string; start: number } | undefined {
    const before = text.slice(Math.max(sentenceStart, org.start - 60), org.start);
    const fused = this.fusedAtEnd.exec(before);
    const organ = fused && this.organHeaded(fused[2]!, text, org);
    if (organ) return { role: roleOf(fused![1], `${fused![2]} ${organ}`), start: org.start - fused![0].length };
    const title = this.titleAtEnd.exec(before);
    if (title) return { role: roleOf(title[1], title[2]!), start: org.start - title[0].length };
    return undefined;
  }

  /** The organ word `org` starts with when the fused title written before it heads that organ ("Trưởng" + "Ban …"). */
  private organHeaded(title: string, text: string, org: OrgMention): string | undefined {
    const words = this.organWords.get(title.replace(/\s+/g, ' ').toLowerCase());
    if (!words) return undefined;
    const head = text.slice(org.start, Math.min(org.end, org.start + 24)).replace(/\s+/g, ' ').toLowerCase();
    for (const [word, written] of words) if (head.startsWith(`${word} `)) return written;
    return undefined;
  }

  private titleAhead_(text: string, at: number, orgStartingAt: (s: number) => OrgMention | undefined, orgs: OrgMention[]): PositionHit | undefined {
    const member = orgStartingAt(at);
    if (member?.member) return { role: 'Ủy viên', org: member, titleStart: at };
    const fused = matchAt(this.fusedAhead, text, at);
    if (fused) {
      const org = orgStartingAt(at + fused[0].length);
      const organ = org && this.organHeaded(fused[2]!, text, org);
      if (organ) return { role: roleOf(fused[1], `${fused[2]} ${organ}`), org: org!, titleStart: at };
    }
    const title = matchAt(this.titleAhead, text, at);
    if (title) {
      const org = orgStartingAt(at + title[0].length);
      if (org) return { role: roleOf(title[1], title[2]!), org, titleStart: at };
      // "Ủy viên Ban Thường vụ Tỉnh ủy": the longest title swallowed the start of the body; the body
      // starts inside it, and the title is what comes before.
      const inner = orgs.find((o) => o.start > at && o.start < at + title[0].length);
      if (inner) return { role: text.slice(at, inner.start).trim().replace(/\s+/g, ' '), org: inner, titleStart: at };
    }
    return undefined;
  }
}

/** Whom one acts for, right before a title: "thừa ủy quyền của", "thay mặt". */
const ON_BEHALF_OF = /(?<![\p{L}])(?:ủy quyền|ủy nhiệm|thay mặt|[Tt]hay mặt)(?:[^\S\n]+của)?[^\S\n]+$/u;

/** A verb giving a post right before a title: the title is what the person before it was given. */
const PREDICATE_BEFORE = new RegExp(`(?<![\\p{L}])(?:giữ chức(?:[^\\S\\n]+vụ)?|làm|là|${APPOINTED})[^\\S\\n]+$`, 'u');

/** Bodies a title names without saying whose ("Ủy viên Ban Thường vụ", "Bí thư Đảng ủy"). */
const UNNAMED_BODY = '(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Đảng ủy)';

/** Per fused title, the organ words it heads: "Trưởng" → "ban" → "Ban" (how the role writes it). */
function organWordsOf(heads: ReadonlyArray<{ title: string; bodyWord: string }>): Map<string, Map<string, string>> {
  const byTitle = new Map<string, Map<string, string>>();
  for (const { title, bodyWord } of heads) {
    const key = title.toLowerCase();
    if (!byTitle.has(key)) byTitle.set(key, new Map());
    byTitle.get(key)!.set(bodyWord.toLowerCase(), bodyWord);
  }
  return byTitle;
}

/** A seat in a party committee or its standing board, written bare in a chain of titles: the whole text, or its end. */
const MEMBERSHIP = '[Ủủ]y viên[^\\S\\n]+Ban[^\\S\\n]+(Thường vụ|Chấp hành)[^\\S\\n]*$';
const BARE_MEMBERSHIP = new RegExp(`^${MEMBERSHIP}`, 'u');
const BARE_MEMBERSHIP_BEFORE = new RegExp(`(?<![\\p{L}])${MEMBERSHIP}`, 'u');

/**
 * "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy": the seat is in the committee whose organ the next
 * title heads (its standing board, or the committee itself for "Ban Chấp hành"). Not after the committee's
 * own post ("Ủy viên Ban Thường vụ, Bí thư Huyện ủy" sits on the province's board, which the text does not name).
 */
function impliedMembership(organ: string, next: OrgMention, titleStart: number): PositionHit | undefined {
  const committee = next.info.kind === 'sub' ? next.info.parent : undefined;
  if (committee?.kind !== 'committee') return undefined;
  const info = organ === 'Thường vụ' ? subBodyOf('Ban Thường vụ', committee) : committee;
  return { role: 'Ủy viên', org: { start: next.start, end: next.end, info }, titleStart, implied: true };
}

/** ", phụ trách <what>" right before a name: the person's charge, between their titles and name. */
const IN_CHARGE_OF = /[^\S\n]*,[^\S\n]*phụ trách[^\S\n]+[^,;.:\n]{1,50}$/u;

/** Whether one of `persons` starts right after `pos`, past white space only. */
function nameRightAfter(text: string, pos: number, persons: readonly PersonMention[]): boolean {
  const ws = matchAt(rx`[^\\S\\n]+`, text, pos);
  const at = pos + (ws ? ws[0].length : 0);
  return persons.some((p) => p.start === at);
}

function roleOf(qualifier: string | undefined, title: string): string {
  const t = title.replace(/\s+/g, ' ');
  return qualifier ? `${qualifier.toLowerCase()} ${t}` : t;
}
