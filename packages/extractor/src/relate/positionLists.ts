import { subBodyOf } from '../recognize/organizations.js';
import type { OrgInfo, OrgMention } from '../recognize/organizations.js';
import type { Patterns } from '../recognize/patterns.js';
import { memo } from '../recognize/patterns.js';
import { matchAt, rx, sticky, triggerWords } from '../recognize/scan.js';
import type { WordIndex } from '../recognize/scan.js';
import type { PersonRef, SentenceAnalysis } from './analysis.js';
import { CLAUSE_BREAK, OF_BEFORE, clauseOf, listedBefore } from './analysis.js';
import { APPOINTED } from './positions.js';
import { NA_DELEGATION } from '../lexicon/bodies.js';
import { skipWhiteSpace } from '../text/chars.js';

/** A position given to several people at once, or to a person far from the title. */
export interface ListedPosition {
  person: PersonRef;
  role: string;
  /** The body as written, or, when the title names none, the body it implies. */
  org: OrgMention | OrgInfo;
  span: [number, number];
}

// "giữ chức vụ", "được bầu làm", "được chỉ định giữ chức", "(để) nhận nhiệm vụ": what comes between holders and their title.
const HOLDS = `(?:được\\s+${APPOINTED}\\s+(?:làm|là|giữ chức(?:\\s+vụ)?)|(?:tiếp tục\\s+)?giữ chức(?:\\s+vụ)?|(?:để\\s+)?nhận nhiệm vụ)`;
const HOLDS_BEFORE_TITLE = new RegExp(`${HOLDS}\\s*$`, 'u');
const HOLDS_GAP = new RegExp(`^\\s*${HOLDS}\\s*$`, 'u');

/** Titles of a party committee: written alone ("3 Phó Bí thư khác"), they mean the home committee's. */
const PARTY_TITLES = /^(?:Bí thư|Phó Bí thư(?: Thường trực)?|Ủy viên Ban Thường vụ|Ủy viên Thường vụ)$/iu;

/**
 * Positions written as lists and predicates:
 * "Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: bà A, ông B", "3 Phó Bí thư khác là A, B, C",
 * "đồng chí A và đồng chí B giữ chức vụ Phó Bí thư", "A … được chỉ định … giữ chức Bí thư Tỉnh ủy X".
 */
export function readPositionLists(
  words: WordIndex,
  s: SentenceAnalysis,
  p: Patterns,
  homeCommittee: () => OrgInfo | undefined,
  namedBefore?: PersonRef,
): ListedPosition[] {
  const text = words.text;
  const out: ListedPosition[] = [];
  const title = memo(p, 'listTitle', () => sticky(`(?<![\\p{L}])(${p.title})(?![\\p{L}])`));
  const titleTriggers = memo(p, 'titleTriggers', () => triggerWords(p.lexicon.titles));
  const listOpener = /^\s*(?:khác\s+)?(?:gồm có|gồm|là|có)\s*(?:các\s+(?:đồng chí|ông|bà)\s*)?:?/u;
  const orgAt = (pos: number) => s.orgs.find((o) => o.start === pos);
  const implied = (role: string) => (PARTY_TITLES.test(role) ? homeCommittee() : undefined);

  // (The word index first: few sentences tell a career.)
  const former = words.triggered(FORMERLY_WORDS, s.start, s.end).length > 0 ? formerPosts(text, s, title, namedBefore) : [];
  out.push(...former);
  let covered = s.start;
  for (const m of words.matches(title, titleTriggers, s.start, s.end)) {
    // "Bí thư" inside "Phó Bí thư" is not another title; a former post is read.
    if (m.index < covered || former.some((f) => f.span[0] === m.index)) continue;
    const role = m[1]!.replace(/\s+/g, ' ');
    const titleStart = m.index;
    const afterTitle = m.index + m[0].length;
    covered = afterTitle;
    const gap = /^[^\S\n]+/u.exec(text.slice(afterTitle, afterTitle + 4));
    // "Trưởng Ban Tổ chức Tỉnh ủy": a title whose last word starts the body ("Ban Tổ chức Tỉnh ủy").
    const org = orgAt(afterTitle + (gap?.[0].length ?? 0)) ?? s.orgs.find((o) => o.start > titleStart && o.start < afterTitle && o.end > afterTitle);
    const afterPosition = org ? org.end : afterTitle;

    // "<title> [<body>] gồm có: A, B" / "<title> khác là A, B, C"
    const opener = listOpener.exec(text.slice(afterPosition, afterPosition + 40));
    if (opener && (org || /khác|gồm|là/u.test(opener[0]))) {
      const body = org ?? implied(role);
      const listStart = afterPosition + opener[0].length;
      const listed = s.persons.filter((person) => person.start >= listStart);
      if (body && listed.length) {
        for (const person of listed) out.push({ person, role, org: body, span: [titleStart, person.end] });
        continue;
      }
    }

    if (org) {
      // "các [đồng chí] Phó Chủ tịch Quốc hội: A, B, C; …": a plural title and its body, then the holders up to the clause's end.
      // (The rare part is tested first: this runs for every title.)
      const colon = matchAt(rx`[^\\S\\n]*:`, text, afterPosition);
      if (colon && PLURAL_BEFORE_TITLE.test(text.slice(Math.max(s.start, titleStart - 16), titleStart))) {
        const listStart = afterPosition + colon[0].length;
        const clauseEnd = text.indexOf(';', listStart);
        const inClause = s.persons.filter((person) => person.start >= listStart && (clauseEnd < 0 || person.end <= clauseEnd));
        const listed = holdersWithTitles(text, s, inClause, listStart) ?? inClause;
        for (const person of listed) out.push({ person, role, org, span: [titleStart, person.end] });
        if (listed.length) continue;
      }
      // "các Phó Chủ tịch HĐND tỉnh Lê Văn Thuận và Phạm Thị Thanh Nga": a plural title and its body, then its holders joined by "và".
      if (!colon && PLURAL_BEFORE_TITLE.test(text.slice(Math.max(s.start, titleStart - 16), titleStart))) {
        const holders = namesJoinedAfter(text, s, afterPosition);
        for (const person of holders) out.push({ person, role, org, span: [titleStart, person.end] });
        if (holders.length) continue;
      }
      // "bầu Phó Chủ tịch UBND tỉnh đối với bà A", "bổ nhiệm … giữ chức Giám đốc Sở … đối với ông B": the post goes to the person after "đối với".
      // "miễn nhiệm chức vụ Chủ tịch UBND xã đối với ông A": a post left, as the gold writes it ("nguyên Chủ tịch").
      const toward = matchAt(TOWARD, text, afterPosition);
      const verbBefore = text.slice(Math.max(s.start, titleStart - 60), titleStart);
      const dismissed = DISMISSED_BEFORE.test(verbBefore);
      const person = toward && (dismissed || APPOINTED_BEFORE.test(verbBefore)) ? s.persons.find((p) => p.start === afterPosition + toward[0].length) : undefined;
      if (person) {
        out.push({ person, role: dismissed ? `nguyên ${role}` : role, org, span: [titleStart, person.end] });
        continue;
      }
    }

    // "Ban Chỉ đạo … do đồng chí A, Bí thư Tỉnh ủy làm Trưởng ban": A heads the body named before "do".
    if (!org && MADE_HEAD.test(text.slice(Math.max(s.start, titleStart - 8), titleStart))) {
      const headed = headedBy(text, s, titleStart);
      if (headed) {
        out.push({ person: headed.person, role, org: headed.org, span: [headed.org.start, afterTitle] });
        continue;
      }
    }

    // "A và B giữ chức vụ <title> [<body>]", "A, … được chỉ định … giữ chức <title> <body>"
    const holds = HOLDS_BEFORE_TITLE.test(text.slice(Math.max(s.start, titleStart - 40), titleStart));
    if (holds) {
      const body = org ?? implied(role);
      if (!body) continue;
      const before = s.persons.filter((person) => person.end <= titleStart);
      const joined = joinedBefore(text, before, titleStart);
      // With several people before the title, the one the appointing verb names ("… trao Quyết định chỉ định đồng chí B … giữ chức …").
      const appointed = before.length > 1 && APPOINTED_PERSON.test(text.slice(Math.max(s.start, before.at(-1)!.start - 40), before.at(-1)!.start)) ? [before.at(-1)!] : [];
      const holders = joined.length ? joined : before.length === 1 ? before : appointed;
      for (const person of holders) out.push({ person, role, org: body, span: [person.start, afterPosition] });
      // "… chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Tỉnh ủy X": also a member of its standing committee.
      const committee = 'info' in body ? body.info : body;
      if (committee.kind === 'committee' && JOINS_STANDING.test(text.slice(Math.max(s.start, titleStart - 80), titleStart))) {
        const standing = subBodyOf('Ban Thường vụ', committee);
        for (const person of holders) out.push({ person, role: 'Ủy viên', org: standing, span: [person.start, afterPosition] });
      }
    }
  }
  // (The word index first: few sentences elect anyone.)
  if (words.triggered(ELECTING, s.start, s.end).length > 0 && words.triggered(INTO_WORD, s.start, s.end).length > 0) out.push(...membersElected(text, s));
  if (s.orgs.some((o) => o.info.label.startsWith(NA_DELEGATION))) out.push(...deputiesOfDelegations(text, s));
  return out;
}

/** "(đồng chí) từng giữ (các) chức vụ", "đã lần lượt đảm nhiệm các cương vị": the posts a person held before. */
const FORMERLY = /(?<![\p{L}])(?:đã[^\S\n]+)?(?:từng|lần lượt)[^\S\n]+(?:giữ|đảm nhiệm|kinh qua)[^\S\n]+(?:các[^\S\n]+|nhiều[^\S\n]+)?(?:chức(?:[^\S\n]+vụ)?|cương vị)[^\S\n]*:?[^\S\n]*/gu;
const FORMERLY_WORDS = triggerWords(['từng', 'lần lượt'], false);
/** The person a sentence opening on "đồng chí"/"ông"/"bà" alone is about: the one named before. */
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)[^\S\n]+(?:đã[^\S\n]+)?$/u;
/** Between two posts of a career: a comma, a semicolon, "và". */
const NEXT_POST = /[^\S\n]*(?:[,;][^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)/uy;

/**
 * "ông A từng giữ chức Bí thư Quận ủy Ninh Kiều", "Trước khi …, đồng chí từng giữ các chức vụ Phó Chủ tịch UBND tỉnh Yên Bái,
 * Phó Bí thư Tỉnh ủy Yên Bái": each post of the list, held before ("nguyên …"), by the person named before the verb or, after
 * a bare "đồng chí", the one named last before the sentence.
 */
function formerPosts(text: string, s: SentenceAnalysis, title: RegExp, namedBefore: PersonRef | undefined): ListedPosition[] {
  const out: ListedPosition[] = [];
  FORMERLY.lastIndex = s.start;
  const view = text.slice(0, s.end);
  for (let m = FORMERLY.exec(view); m; m = FORMERLY.exec(view)) {
    const before = s.persons.filter((p) => p.end <= m!.index).at(-1);
    const person = before ?? (PRONOUN_SUBJECT.test(text.slice(Math.max(s.start, m.index - 16), m.index)) ? namedBefore : undefined);
    if (!person) continue;
    for (let at = m.index + m[0].length; ; ) {
      title.lastIndex = at;
      const t = title.exec(text);
      const org = t ? s.orgs.find((o) => o.start === skipWhiteSpace(text, t.index + t[0].length, s.end)) : undefined;
      if (!t || !org) break;
      out.push({ person, role: `nguyên ${t[1]!.replace(/\s+/g, ' ')}`, org, span: [at, org.end] });
      NEXT_POST.lastIndex = org.end;
      const next = NEXT_POST.exec(text);
      if (!next) break;
      at = org.end + next[0].length;
    }
  }
  return out;
}

/** "đại biểu" right before a name. */
const DEPUTY_BEFORE_NAME = /(?<![\p{L}])[Đđ]ại biểu[^\S\n]+$/u;
/** Between a deputy's name and their delegation: "(", a dash or a comma. */
const NAME_THEN_DELEGATION = /^[^\S\n]*(?:\(|[-–—,])[^\S\n]*$/u;

/** "đại biểu Nguyễn Văn A (Đoàn ĐBQH tỉnh Quảng Nam)", "đại biểu B - Đoàn ĐBQH TP Hà Nội": a deputy of that delegation. */
function deputiesOfDelegations(text: string, s: SentenceAnalysis): ListedPosition[] {
  const out: ListedPosition[] = [];
  for (const person of s.persons) {
    const deputy = DEPUTY_BEFORE_NAME.exec(text.slice(Math.max(s.start, person.start - 12), person.start));
    if (!deputy) continue;
    const org = s.orgs.find((o) => o.start >= person.end && o.start - person.end <= 4 && NAME_THEN_DELEGATION.test(text.slice(person.end, o.start)));
    if (org?.info.label.startsWith(NA_DELEGATION)) out.push({ person, role: 'Đại biểu', org, span: [person.start - deputy[0].length, org.end] });
  }
  return out;
}

/**
 * "bầu bổ sung đồng chí A, Phó Bí thư Tỉnh ủy vào Ban Thường vụ Tỉnh ủy", "A được bầu vào Ban Chấp hành
 * Đảng bộ tỉnh": a member of the committee the person is elected into.
 */
function membersElected(text: string, s: SentenceAnalysis): ListedPosition[] {
  const out: ListedPosition[] = [];
  for (const org of s.orgs) {
    if (!INTO.test(text.slice(Math.max(s.start, org.start - 16), org.start)) || !(org.info.kind === 'committee' || MEMBERS_ELECTED.test(org.info.label))) continue;
    let verb: RegExpExecArray | null = null;
    for (const m of text.slice(s.start, org.start).matchAll(ELECTED)) verb = m;
    if (!verb) continue;
    const verbStart = s.start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    if (/[;:]/.test(text.slice(verbEnd, org.start))) continue;
    const passive = /được\s+$/u.test(text.slice(Math.max(s.start, verbStart - 6), verbStart));
    // "bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy khóa XI, gồm: đồng chí A, …": those elected are listed after the body.
    const listed = passive ? null : matchAt(MEMBERS_LISTED, text, org.end);
    const holders = passive
      ? s.persons.filter((p) => p.end <= verbStart).slice(-1)
      : listed
        ? s.persons.filter((p) => p.start >= org.end + listed[0].length && p.end <= clauseOf(text, s, org.end + listed[0].length)[1])
        : s.persons.filter((p) => p.start >= verbEnd && p.end <= org.start);
    for (const person of holders) out.push({ person, role: 'Ủy viên', org, span: [Math.min(person.start, verbStart), org.end] });
  }
  return out;
}

/** "bầu vào", "chỉ định … tham gia" a body (not "thôi tham gia", leaving it). */
const INTO = /(?<![\p{L}])(?:vào|(?<!thôi\s+)tham gia)\s+$/u;
const ELECTING = triggerWords(['bầu', 'chỉ định'], false);
const INTO_WORD = triggerWords(['vào', 'tham gia'], false);
const ELECTED = /(?<![\p{L}])(?:bầu|chỉ định)(?:\s+bổ sung)?(?![\p{L}])/gu;
/** After a body elected into, its term, then the list's opener: " khóa XI, gồm các đồng chí:". */
const MEMBERS_LISTED = sticky(`(?:[^\\S\\n]+(?:khóa|nhiệm kỳ)[^\\S\\n]+[^,:;.]{1,20}?)?(?:[^\\S\\n]*,)?[^\\S\\n]*(?:gồm có|gồm)(?:[^\\S\\n]+các[^\\S\\n]+(?:đồng chí|ông|bà))?[^\\S\\n]*:`);
/** Bodies one is elected into as a member, besides the party committees. */
const MEMBERS_ELECTED = /^(?:Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|Bộ Chính trị|Ban Bí thư)(?![\p{L}])/u;

/** A verb giving a post, right before the person it names ("chỉ định đồng chí"). */
const APPOINTED_PERSON = new RegExp(`(?<![\\p{L}])${APPOINTED}(?:[^\\S\\n]+(?:đồng chí|ông|bà))?[^\\S\\n]+$`, 'u');
/** A verb giving the post, right before its title ("phê chuẩn kết quả bầu", "bổ nhiệm giữ chức"), with no clause between. */
const APPOINTED_BEFORE = new RegExp(`(?<![\\p{L}])${APPOINTED}(?:[^\\S\\n]+(?:giữ chức(?:[^\\S\\n]+vụ)?|làm|lại))?[^\\S\\n]+$`, 'u');
const DISMISSED_BEFORE = /(?<![\p{L}])(?:miễn nhiệm|cho thôi(?:[^\S\n]+giữ)?)(?:[^\S\n]+chức(?:[^\S\n]+vụ)?)?[^\S\n]+$/u;
/** "… nhiệm kỳ 2021 - 2026 đối với ông": the person the post goes to comes next. */
const TOWARD = /(?:[^\S\n]+nhiệm kỳ[^\S\n]+\d{4}(?:[^\S\n]*[-–][^\S\n]*\d{4})?)?[^\S\n]*(?:,[^\S\n]*)?đối với[^\S\n]+(?:(?:đồng chí|ông|bà)[^\S\n]+)?/uy;
/**
 * "các đồng chí Ủy viên Bộ Chính trị: A, Chủ tịch nước; B, Chủ tịch Quốc hội": when the first holder is
 * followed by titles of their own, the holders are the first person of each clause, to the first clause
 * that opens with no one. Undefined for a plain list ("… Quốc hội: A, B, C; Bộ trưởng …").
 */
function holdersWithTitles(text: string, s: SentenceAnalysis, inClause: readonly PersonRef[], listStart: number): PersonRef[] | undefined {
  const first = inClause[0];
  if (!first || inClause.length > 1 || !FIRST_IN_CLAUSE.test(text.slice(listStart, first.start)) || !OWN_TITLES_AFTER.test(text.slice(first.end, first.end + 3))) return undefined;
  const holders = [first];
  for (let semicolon = text.indexOf(';', first.end); semicolon >= 0 && semicolon < s.end; semicolon = text.indexOf(';', semicolon + 1)) {
    const next = s.persons.find((person) => person.start > semicolon);
    if (!next || !FIRST_IN_CLAUSE.test(text.slice(semicolon + 1, next.start))) break;
    holders.push(next);
  }
  return holders;
}

/** What may stand before the first person of a clause: white space and an honorific. */
const FIRST_IN_CLAUSE = /^\s*(?:(?:đồng chí|ông|bà)\s+)?$/u;
const OWN_TITLES_AFTER = /^\s*,/u;

const PLURAL_BEFORE_TITLE = /(?<![\p{L}])[Cc]ác(?:\s+(?:đồng chí|ông|bà))?\s+$/u;
const JOINS_STANDING = /tham gia\s+(?:Ban Chấp hành\s*,\s*)?Ban Thường vụ\s*(?:,|và)\s*giữ chức(?:\s+vụ)?\s*$/u;
const MADE_HEAD = /(?<![\p{L}])làm\s+$/u;
const HEADED_BY = /^\s*do\s+(?:đồng chí\s+|ông\s+|bà\s+)?$/u;

/**
 * "<body> [<document>] do <person> … làm": the body and the person named right after its "do",
 * before `verbAt` ("Ban Chỉ đạo tổng kết Nghị quyết 18 do đồng chí A …").
 */
function headedBy(text: string, s: SentenceAnalysis, verbAt: number): { org: OrgMention; person: PersonRef } | undefined {
  for (const person of s.persons) {
    if (person.end > verbAt) break;
    const org = s.orgs.find((o) => {
      if (o.end > person.start || ownerOfAnother(text, s, o)) return false;
      const doc = s.docs.find((d) => d.start >= o.end && d.end <= person.start && /^\s*$/u.test(text.slice(o.end, d.start)));
      return HEADED_BY.test(text.slice(doc ? doc.end : o.end, person.start));
    });
    // Only the person's titles between the name and "làm" ("…, Bí thư Tỉnh ủy làm Trưởng ban").
    if (org && !CLAUSE_BREAK.test(text.slice(person.end, verbAt))) return { org, person };
  }
  return undefined;
}

/**
 * "Đoàn kiểm tra … của Bộ Chính trị, Ban Bí thư do …": bodies named after "của" (alone or listed)
 * own what comes before them; what "do" introduces heads that, not them.
 */
function ownerOfAnother(text: string, s: SentenceAnalysis, o: OrgMention): boolean {
  const first = listedBefore(text, s, o, LISTED_WITH).at(-1) ?? o;
  return OF_BEFORE.test(text.slice(Math.max(s.start, first.start - 8), first.start));
}

/** Between bodies listed together: a comma or "và". */
const LISTED_WITH = /^\s*(?:,|và)\s*$/u;

/** The people right before a verb, joined by "và" or commas ("đồng chí A và đồng chí B giữ chức …"). */
/** Between holders listed before their verb: "," or "và", after a former post ("A, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Giang, B và C giữ chức …"). */
const JOINED_HOLDER_GAP = /^\s*(?:,\s*(?:nguyên|cựu)\s[^,;.:]{1,80},\s*(?:và\s*)?|,|và)\s*(?:đồng chí|ông|bà)?\s*$/u;

function joinedBefore(text: string, persons: PersonRef[], verbAt: number): PersonRef[] {
  const out: PersonRef[] = [];
  let end = verbAt;
  for (let i = persons.length - 1; i >= 0; i--) {
    const person = persons[i]!;
    const gap = text.slice(person.end, end);
    const toVerb = out.length === 0;
    const ok = toVerb
      ? HOLDS_GAP.test(gap)
      : JOINED_HOLDER_GAP.test(gap);
    if (!ok) break;
    out.unshift(person);
    end = person.start - (/(?:đồng chí|ông|bà)\s*$/u.exec(text.slice(Math.max(0, person.start - 10), person.start))?.[0].length ?? 0);
  }
  return out;
}

/** Two or more names right after `pos`, joined by "," or "và" only ("A và B", "A, B và C"); none when fewer. */
function namesJoinedAfter(text: string, s: SentenceAnalysis, pos: number): PersonRef[] {
  const first = s.persons.find((p) => p.start >= pos);
  if (!first || !/^[^\S\n]*$/u.test(text.slice(pos, first.start))) return [];
  const names = [first];
  for (const next of s.persons) {
    if (next.start <= names.at(-1)!.end) continue;
    if (!NAMES_JOINED.test(text.slice(names.at(-1)!.end, next.start))) break;
    names.push(next);
  }
  return names.length > 1 ? names : [];
}

const NAMES_JOINED = /^[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*$/u;
