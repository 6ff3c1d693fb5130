import type { ArticleContext } from '../resolve/context.js';
import type { Patterns } from '../recognize/patterns.js';
import { memo } from '../recognize/patterns.js';
import { matchAt, sticky } from '../recognize/scan.js';
import type { ArticleAnalysis, Cue, SentenceAnalysis } from './analysis.js';
import { CLAUSE_BREAK, cue, cuesIn } from './analysis.js';
import type { RelationType } from '../types.js';

// Who chaired, attended or spoke at a meeting.
const VERBS: Array<{ cue: Cue; type: RelationType }> = [
  // "Đoàn Chủ tịch Đại hội gồm các đồng chí: …": the presidium chairs the congress.
  { cue: cue(['chủ trì', 'chủ tọa', 'điều hành', 'Đoàn Chủ tịch']), type: 'chaired' },
  { cue: cue(['đến dự', 'tham dự', 'dự', 'cùng dự']), type: 'attended' },
  {
    cue: cue([
      'phát biểu', 'phát biểu chỉ đạo', 'phát biểu khai mạc', 'phát biểu bế mạc', 'phát biểu kết luận', 'phát biểu tham luận',
      'báo cáo', 'trình bày', 'kết luận', 'trình bày báo cáo chính trị', 'đọc báo cáo chính trị', 'tham luận',
      // Questions and answers at a council's or assembly's sitting, and its discussion.
      'chất vấn', 'trả lời chất vấn', 'giải trình', 'thảo luận', 'tham gia ý kiến', 'phát biểu ý kiến',
      // Speeches named with what they open, close or mark: the clause ends after them.
      'trình bày diễn văn khai mạc', 'đọc diễn văn khai mạc', 'đọc diễn văn bế mạc', 'đọc diễn văn kỷ niệm',
    ]),
    type: 'spoke_at',
  },
];
/**
 * A statement right after a name and its titles ("…, Phó Trưởng Ban … cho biết"). Here and below, a dot inside a
 * sentence ends nothing unless white space follows it ("Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM cùng dự").
 */
const STATEMENT_AFTER_NAME = /^(?:[^.;:]|\.(?=\S)){0,120}?(?<![\p{L}])(?:cho biết|nhấn mạnh|khẳng định|đề nghị|đề xuất|yêu cầu|phát biểu|chia sẻ|cho rằng|nêu rõ|nêu|báo cáo|đánh giá|chất vấn|phản ánh|kiến nghị|bày tỏ|thông tin|công bố|cảm ơn|hứa)(?![\p{L}])/u;
/** "Về phía Trung ương có [các] đồng chí:": a sentence listing the guests of one side. */
const ON_THE_SIDE_OF = /[Vv]ề phía[^\S\n]+[^,.;:\n]{1,40}?[^\S\n]+có(?:[^\S\n]+các)?(?:[^\S\n]+(?:đồng chí|vị|ông|bà))?[^\S\n]*:?/uy;
/** What may open a sentence before its participation verb ("Cùng chủ trì có …", "Đồng chủ trì …", "Tham dự và chủ trì …"). */
const OPENING_BEFORE_VERB = /^(?:[Cc]ùng|[Đđ]ồng|(?:[Tt]ham dự|[Đđ]ến dự|[Dd]ự)[^\S\n]+và)?[^\S\n]*$/u;
const AND_CHAIRED = /^[^\S\n]+và[^\S\n]+(?:chủ trì|chủ tọa)(?![\p{L}])/u;
/** Participation verbs that are also nouns ("Kết luận số 01-KL/TW", "Báo cáo chính trị"). */
const ALSO_NOUNS = /^(?:[Kk]ết luận|[Bb]áo cáo)$/u;
/** "dưới sự chủ trì của …", "với sự tham dự của …": the verb as a noun, the people after it. */
const NOUN_BEFORE_VERB = /(?<![\p{L}])sự[^\S\n]+$/u;
const OF_AFTER_VERB = /^[^\S\n]+của[^\S\n]+/u;
/** The verb closes its clause ("… Bí thư Tỉnh ủy dự và phát biểu chỉ đạo."): it names no meeting, so it is the one reported. */
const CLAUSE_ENDS_AFTER_VERB = /^(?:[^\S\n]+và[^\S\n]+(?:phát biểu[^\S\n]+)?(?:chỉ đạo|phát biểu))?[^\S\n]*(?:[.;!]|$)/u;
/** What a speaker presents ("… trình bày chuyên đề", "… báo cáo tham luận"): the speech itself, at the meeting reported. */
const SPEECH_OBJECT = /^[^\S\n]+(?:chuyên đề|tham luận|diễn văn|tờ trình|dự thảo)(?![\p{L}])/u;
/** "Báo cáo chính trị do đồng chí A, … trình bày": a report presented by A, whatever the sentence says of it next. */
const PRESENTED_BY = /(?<![\p{L}])do(?:[^\S\n]+(?:đồng chí|ông|bà))?(?:[^\S\n]+(?:Đại|Thượng|Trung|Thiếu)[^\S\n]+(?:tá|tướng|úy))?[^\S\n]+$/u;
/** Between a person and their verb, only their titles ("…, Bí thư Tỉnh ủy dự"), not another clause ("… tại hội nghị có 300 đại biểu tham dự"). */
const TITLES_ONLY = /^(?:[^\S\n]*,(?!(?:[^.;]|\.(?=\S))*(?<![\p{L}])(?:có|cho biết|tại|trong|khi|đã|với)(?![\p{L}]))(?:[^.;\d]|\.(?=\S)){0,150})?[^\S\n]*$/u;
const SPEECH_AFTER_NAME = /^(?:[^.;]|\.(?=\S)){0,160}?(?:cho biết|nhấn mạnh|phát biểu|khẳng định|đề nghị|đề xuất|yêu cầu|phân tích|báo cáo|trình bày|nêu rõ|chia sẻ|cho rằng|hứa|đi sâu|quán triệt|truyền đạt|thông tin|trả lời|giải đáp|tiếp thu|giải trình|công bố|cảm ơn)/u;

export function relateParticipation(ctx: ArticleContext, a: ArticleAnalysis, p: Patterns): void {
  // "A, <titles>; các Phó Chủ tịch HĐND tỉnh: B, C chủ trì kỳ họp": the people listed before a verb all do it.
  // ("Trưởng" of "Trưởng Ban Dân vận Tỉnh ủy": a title fused with the body, which is masked.)
  const listGap = memo(p, 'participantListGap', () => new RegExp(`^(?:[\\s,;:–-]|(?:và|cùng|các|(?:Phó[^\\S\\n]+)?(?:Trưởng|Chánh)|${p.honorific}|${p.titleQualifier}|${p.title})(?![\\p{L}]))*$`, 'u'));
  const together = (s: SentenceAnalysis, subject: SentenceAnalysis['persons'][number]) => coSubjects(a, s, subject, listGap);
  // An article that opens on a meeting reports it: what officials say there is said at it.
  const onlyMeeting = a.sentences.slice(0, 3).flatMap((s) => s.events.filter((e) => e.key && !e.unreported))[0]?.key;
  for (const s of a.sentences) {
    if (onlyMeeting) {
      for (const speaker of s.persons) {
        const said = STATEMENT_AFTER_NAME.exec(a.text.slice(speaker.end, s.end));
        if (!said) continue;
        // Not when the sentence names another meeting before the statement, or right after it ("… phát biểu đề dẫn hội thảo").
        const saidAt = speaker.end + said[0].length;
        const atOther = eventRightAfter(a, s, saidAt);
        if (!s.events.some((e) => e.start < saidAt) && (!atOther || atOther === onlyMeeting)) ctx.relate('spoke_at', speaker.key, onlyMeeting, s.index, [speaker.start, saidAt]);
        break;
      }
    }
    if (!s.persons.length) continue;
    for (const verb of VERBS) {
      for (const m of cuesIn(a, s, verb.cue)) {
        const after = m.index + m[0].length;
        // "Tham dự và chủ trì Hội nghị, có …": who chairs the meeting they attend chaired it (the next verb says so).
        if (verb.type === 'attended' && AND_CHAIRED.test(a.text.slice(after, after + 16))) continue;
        // "tại điểm cầu tỉnh Nghệ An, đồng chí A … chủ trì", "Chủ trì tại điểm cầu tỉnh có …": who chairs a bridge of an
        // online meeting attends the meeting.
        const atBridge = verb.type === 'chaired' && (AT_A_BRIDGE.test(clauseBefore(a.text, s.start, m.index)) || AT_A_BRIDGE.test(a.text.slice(after, after + 40)));
        const type = atBridge ? 'attended' : verb.type;
        const of = NOUN_BEFORE_VERB.test(a.text.slice(Math.max(s.start, m.index - 6), m.index)) ? OF_AFTER_VERB.exec(a.text.slice(after, after + 12)) : null;
        if (of) {
          const people = peopleAfter(a, s, after + of[0].length);
          const event = people.length ? eventAround(a, s, m.index, people.at(-1)!.end) : undefined;
          if (event) for (const p of people) ctx.relate(type, p.key, event, s.index, [m.index, p.end]);
          continue;
        }
        // "Chủ trì hội nghị có các đồng chí: A, B; C" / "Tham dự và chỉ đạo đại hội có …"
        // "Đến dự có …", opening its sentence, names no meeting: the one the article is reporting.
        // Opening the sentence ("Chủ trì …", "Cùng chủ trì có …"), the verb may name no meeting: the one reported.
        const opens = OPENING_BEFORE_VERB.test(a.text.slice(s.start, m.index));
        const list = listAfter(a, s, after, opens, opens ? a.meetingSoFar[s.index] : undefined);
        if (list) {
          for (const p of s.persons.filter((p) => p.start >= list.from)) {
            ctx.relate(type, p.key, list.event, s.index, [m.index, p.end]);
          }
          continue;
        }
        // "<person> phát biểu chỉ đạo tại hội nghị …", "<person> chủ trì phiên họp …"
        const event = eventRightAfter(a, s, after);
        const subject = [...s.persons].reverse().find((p) => p.end <= m.index && !CLAUSE_BREAK.test(a.text.slice(p.end, m.index)));
        if (event && subject && m.index - subject.end < 200) {
          for (const e of [event, ...joinedAfter(a, s, event)]) for (const q of together(s, subject)) ctx.relate(type, q.key, e, s.index, [q.start, after]);
          continue;
        }
        const reported = a.meetingSoFar[s.index];
        // (The clause-end test first: it fails at once on most verbs; the titles test reads up to 200 characters.)
        const clauseEnds =
          CLAUSE_ENDS_AFTER_VERB.test(a.text.slice(after, s.end)) ||
          (type === 'spoke_at' && subject !== undefined && (SPEECH_OBJECT.test(a.text.slice(after, after + 24)) || PRESENTED_BY.test(a.text.slice(Math.max(s.start, subject.start - 16), subject.start))));
        if (!event && reported && subject && m.index - subject.end < 200 && clauseEnds && TITLES_ONLY.test(a.text.slice(subject.end, m.index))) {
          for (const q of together(s, subject)) ctx.relate(type, q.key, reported, s.index, [q.start, after]);
          continue;
        }
        // "Phát biểu tại hội nghị, <titles> <person> …"
        if (type === 'spoke_at' && m.index - s.start < 3) {
          const comma = a.text.indexOf(',', after);
          // "Kết luận số 01 …, ông A …" names a document: these verbs are nouns too, so only with a meeting or "tại" after them.
          const noun = ALSO_NOUNS.test(m[0]) && !matchAt('[^\\S\\n]+(?:tại|trong|ở)(?![\\p{L}])', a.text, after);
          const target = event ?? (noun ? undefined : a.meetingSoFar[s.index]);
          const speaker = s.persons.find((p) => comma >= 0 && p.start > comma);
          if (target && speaker && comma < s.end) ctx.relate('spoke_at', speaker.key, target, s.index, [m.index, speaker.end]);
        }
      }
    }
    // "Về phía tỉnh có đồng chí A, …; đồng chí B, …": the guests of one side, at the meeting reported.
    const side = a.meetingSoFar[s.index] ? matchAt(ON_THE_SIDE_OF, a.text, s.start) : null;
    if (side) {
      for (const p of s.persons.filter((p) => p.start >= s.start + side[0].length)) ctx.relate('attended', p.key, a.meetingSoFar[s.index]!, s.index, [s.start, p.end]);
    }
    // "Tại hội nghị, <titles> <person> cho biết …", "Trao đổi tại hội nghị, …", "Khai mạc đại hội, đồng chí A, Bí thư Đảng ủy xã nhấn mạnh …"
    const at = matchAt('(?:(?:[Tt]rao đổi|[Cc]hia sẻ|[Tt]hảo luận)[^\\S\\n]+tại|[Tt]ại|[Tt]rong|[Kk]hai mạc|[Bb]ế mạc)[^\\S\\n]+(?:buổi[^\\S\\n]+)?', a.text, s.start);
    if (at) {
      const event = eventRightAfter(a, s, s.start + at[0].length - 1);
      const comma = a.text.indexOf(',', s.start);
      const speaker = s.persons.find((p) => comma >= 0 && p.start > comma);
      if (event && speaker && SPEECH_AFTER_NAME.test(a.text.slice(speaker.end, s.end))) {
        ctx.relate('spoke_at', speaker.key, event, s.index, [s.start, speaker.end]);
      }
    }
  }
}

/** "[T]ại (các) điểm cầu …": a clause about one bridge of an online meeting. */
const AT_A_BRIDGE = /^[^\S\n]*(?:[Tt]ại|[Ởở])[^\S\n]+(?:các[^\S\n]+)?điểm cầu(?![\p{L}])/u;

/** The text of the clause before `pos`: from the last ";" before it, or the sentence's start. */
function clauseBefore(text: string, sentenceStart: number, pos: number): string {
  const before = text.slice(sentenceStart, pos);
  return before.slice(before.lastIndexOf(';') + 1);
}

/**
 * The subject of a verb and the people listed before it, each joined to the next by nothing but separators, "và",
 * and the next one's titles and bodies ("A, Bí thư Tỉnh ủy; B, Chủ tịch UBND tỉnh và C chủ trì …"), in text order.
 */
function coSubjects(a: ArticleAnalysis, s: SentenceAnalysis, subject: SentenceAnalysis['persons'][number], listGap: RegExp): SentenceAnalysis['persons'] {
  const chain = [subject];
  for (let i = s.persons.indexOf(subject) - 1; i >= 0; i--) {
    const q = s.persons[i]!;
    const next = chain[0]!;
    if (next.start - q.end > 200) break;
    // The gap without the bodies named in it: what is left must be titles and separators.
    let gap = '';
    let at = q.end;
    for (const o of s.orgs) {
      if (o.start < at || o.end > next.start) continue;
      gap += a.text.slice(at, o.start);
      at = o.end;
    }
    gap += a.text.slice(at, next.start);
    // (Nothing, or a dash alone, joins no list: "Hoàng Lan - Hoàng Mai" is a byline.)
    if (!listGap.test(gap) || /^\s*[-–]?\s*$/u.test(gap)) break;
    chain.unshift(q);
  }
  return chain;
}

/**
 * What opens the list of people after a verb and its meeting ("Chủ trì tại điểm cầu tỉnh Quảng Ninh có …", "Đến dự và trao
 * quyết định có …", "… chủ trì hội nghị, gồm các đồng chí: …"); `commaHas` also takes ", có".
 */
const listOpens = (commaHas: boolean) =>
  sticky(
    `(?:[^\\S\\n]+(?:tại|ở)[^\\S\\n]+(?:các[^\\S\\n]+)?điểm cầu(?:[^\\S\\n]+[^\\s,;:]+){0,6}?)?(?:[^\\S\\n]+và[^\\S\\n]+(?:chỉ đạo|phát biểu|trao quyết định|trao quyết định và tặng hoa|tặng hoa)|[^\\S\\n]+(?:chỉ đạo|phát biểu))?` +
      `[^\\S\\n]*(?:,[^\\S\\n]*gồm(?:[^\\S\\n]+có)?|${commaHas ? '(?:,[^\\S\\n]*)?' : ''}(?:còn[^\\S\\n]+)?(?:có|gồm))(?:[^\\S\\n]+(?:các|sự tham dự của các|sự tham dự của))?(?:[^\\S\\n]+(?:đồng chí|vị|ông|bà))?[^\\S\\n]*:?`,
  );
const LIST_OPENS = listOpens(false);
const LIST_OPENS_AFTER_OPENING_VERB = listOpens(true);

/**
 * After a participation verb: "[và chỉ đạo] <meeting> có [các đồng chí]:" then a list of people; after a verb
 * opening its sentence, also ", có" ("Tham dự và chủ trì Hội nghị, có đồng chí A …"; after a subject, "… dự hội nghị,
 * có các giải pháp" is another clause). `meant` is the meeting a list that names none is about.
 */
function listAfter(a: ArticleAnalysis, s: SentenceAnalysis, pos: number, opens: boolean, meant?: string): { event: string; from: number } | undefined {
  const event = eventRightAfter(a, s, pos) ?? meant;
  const ev = s.events.find((e) => e.ref === event && e.start >= pos);
  const from = ev ? ev.end : pos;
  const has = matchAt(opens ? LIST_OPENS_AFTER_OPENING_VERB : LIST_OPENS, a.text, from);
  if (!event || !has || has[0].trim() === '') return undefined;
  return { event, from: from + has[0].length };
}

/**
 * The people named from `pos` on: the first (after its titles, within the clause), then each joined
 * to the one before by "và đồng chí|ông|bà" ("của đồng chí A, Bí thư Tỉnh ủy và đồng chí B, …").
 */
function peopleAfter(a: ArticleAnalysis, s: SentenceAnalysis, pos: number): SentenceAnalysis['persons'] {
  const after = s.persons.filter((p) => p.start >= pos);
  const first = after[0];
  if (!first || first.start - pos > 150 || CLAUSE_BREAK.test(a.text.slice(pos, first.start))) return [];
  const people = [first];
  for (const next of after.slice(1)) {
    const gap = a.text.slice(people.at(-1)!.end, next.start);
    if (gap.length > 150 || CLAUSE_BREAK.test(gap) || !/(?<![\p{L}])và[^\S\n]+(?:đồng chí|ông|bà)[^\S\n]+$/u.test(gap)) break;
    people.push(next);
  }
  return people;
}

/** The meeting a "dưới sự chủ trì của …" phrase belongs to: named before it, else after the people, else the one reported. */
function eventAround(a: ArticleAnalysis, s: SentenceAnalysis, phraseStart: number, peopleEnd: number): string | undefined {
  const before = s.events.filter((e) => e.ref && e.end <= phraseStart).at(-1);
  const after = s.events.find((e) => e.ref && e.start >= peopleEnd);
  return before?.ref ?? after?.ref ?? a.meetingSoFar[s.index];
}

/** "chủ trì Phiên họp Chính phủ thường kỳ … và Hội nghị trực tuyến Chính phủ với địa phương": meetings joined to `key`'s mention by "và". */
function joinedAfter(a: ArticleAnalysis, s: SentenceAnalysis, key: string): string[] {
  const joined: string[] = [];
  let last = s.events.find((e) => e.ref === key);
  for (;;) {
    const end = last?.end;
    const next = end === undefined ? undefined : s.events.find((e) => e.key && e.start > end && /^[^\S\n]+và[^\S\n]+$/u.test(a.text.slice(end, e.start)));
    if (!next?.ref) return joined;
    joined.push(next.ref);
    last = next;
  }
}

/** The meeting referred to right after `pos` ("tại hội nghị", "và chỉ đạo Đại hội", "đề dẫn hội thảo", "phiên họp Chính phủ"). */
function eventRightAfter(a: ArticleAnalysis, s: SentenceAnalysis, pos: number): string | undefined {
  const gap = matchAt('(?:[^\\S\\n]+(?:và[^\\S\\n]+)?(?:phát biểu|chỉ đạo|khai mạc|bế mạc|kết luận|tham luận|đề dẫn|tại|trong|ở))*[^\\S\\n]+', a.text, pos);
  const at = pos + (gap ? gap[0].length : 0);
  return s.events.find((e) => e.start === at)?.ref;
}

