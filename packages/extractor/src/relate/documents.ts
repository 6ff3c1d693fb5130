import type { ArticleContext } from '../resolve/context.js';
import type { OrgInfo, OrgMention } from '../recognize/organizations.js';
import type { Span } from '../recognize/scan.js';
import { alternation, flexibleFirst } from '../recognize/patterns.js';
import { matchAt, rx, sticky, triggerWords } from '../recognize/scan.js';
import { DOCUMENT_KINDS } from '../lexicon/documents.js';
import { ADOPTED_LIST_OPENS } from '../recognize/documents.js';
import type { ArticleAnalysis, Cue, ResolvedDocument, SentenceAnalysis } from './analysis.js';
import { OF_BEFORE, clauseOf, cue, cuesIn, sentenceSubject } from './analysis.js';

const DIRECTS_OTHERS = /(?<![\p{L}])(?:tham mưu|đề nghị|yêu cầu|giao cho|hướng dẫn|được giao)(?![\p{L}])/u;
/** "A đề nghị Đảng ủy Khối … triển khai thực hiện …": a body asked to act is not reported acting. */
const ASKED = /(?<![\p{L}])(?:đề nghị|yêu cầu)[^\S\n]+$/u;
/**
 * Between two documents: the second is the first's topic ("… về …") or, for what a body issues, its
 * purpose ("… triển khai thực hiện …"; for what a body carries out, that only repeats the verb).
 */
const TOPIC = /(?<![\p{L}])về(?![\p{L}])/u;
const TOPIC_OR_PURPOSE_WORDS = 'về|thực hiện|triển khai|quán triệt|cụ thể hóa|thể chế hóa';
const TOPIC_OR_PURPOSE = new RegExp(`(?<![\\p{L}])(?:${TOPIC_OR_PURPOSE_WORDS})(?![\\p{L}])`, 'u');
/** The same, or what an unnamed document issued is for ("ban hành kế hoạch để …"). */
const PURPOSE = new RegExp(`(?<![\\p{L}])(?:${TOPIC_OR_PURPOSE_WORDS}|để|nhằm)(?![\\p{L}])`, 'u');
const PURPOSE_AFTER_ISSUER = /^[^\S\n]+(?:về[^\S\n]+)?(?:việc[^\S\n]+)?(?:tổ chức[^\S\n]+)?(?:triển khai|thực hiện|cụ thể hóa|quán triệt)(?:[^\S\n]+thực hiện)?[^\S\n]+$/u;
const AND_ANOTHER_VERB = /^[^\S\n]+và[^\S\n]+(?:tổ chức[^\S\n]+)?(?:triển khai|thực hiện|quán triệt)(?:[^\S\n]+thực hiện)?[^\S\n]+$/u;
/** "(của) <body> tại <document>": the document where the body gave its direction (with OF_BEFORE). */
const DIRECTION_IN = /^[^\S\n]+tại[^\S\n]+$/u;
/** "việc" a little before a verb: the verb names an activity ("giám sát việc … thực hiện"), not what a body does. */
const ACTIVITY_BEFORE = /(?<![\p{L}])(?<!làm[^\S\n]+)việc(?![\p{L}])[^;]{0,40}$/u;
/** A body's finding, judgement or conclusion opening with a colon: what follows is reported, its subject another body. */
const REPORTS = /^[^\S\n]+(?:đã[^\S\n]+)?(?:nhận thấy|kết luận|đánh giá|cho rằng|chỉ rõ|khẳng định)[^\S\n]*:/u;
/** "… tổ chức thực hiện Nghị quyết này", "… Kế hoạch nói trên": the document of that kind the article named last. */
const THIS_DOCUMENT = sticky(`[^\\S\\n]+(${alternation(DOCUMENT_KINDS.map((k) => k.word), flexibleFirst)})[^\\S\\n]+(?:này|nói trên)(?![\\p{L}])`);
const REFERS_BACK = new RegExp(THIS_DOCUMENT.source, 'u');
const BACK = triggerWords(['này', 'nói trên'], false);
const IMPLEMENT = cue(['triển khai thực hiện', 'tổ chức thực hiện', 'triển khai', 'thực hiện', 'quán triệt', 'cụ thể hóa', 'thể chế hóa']);
const ISSUE = cue(['ban hành']);
// An assembly or committee passing a law or resolution issues it ("Quốc hội thông qua Luật …");
// "thông qua" is also "through" ("Thông qua thực hiện Chương trình …"), so only a document right after it.
const PASS = cue(['thông qua']);

/**
 * issued: "… của <body>", "<body> ban hành <document>", and a code's suffix (done by the caller
 * through `impliedIssuer`, only when the article names no issuer for the document).
 * implements: "<body> … triển khai thực hiện <document>", "Thực hiện <document>, <body> …",
 * "thực hiện <document> tại <body>". concerns: "<document> về … <place or body>".
 */
export function relateDocuments(
  ctx: ArticleContext,
  a: ArticleAnalysis,
  impliedIssuer: (d: ResolvedDocument, s: SentenceAnalysis) => string | undefined,
  addBody: (body: OrgInfo, sentence: number, span: Span) => string,
): void {
  const explicitIssuer = new Set<string>();
  for (const s of a.sentences) {
    // Every rule here relates a document of the sentence, or one it refers back to: most sentences do neither.
    if (s.docs.length === 0) {
      if (refersBack(a, s)) subjectVerbObject(ctx, a, s, IMPLEMENT, 'implements');
      continue;
    }
    for (const d of s.docs) {
      if (d.issuer) {
        ctx.relate('issued', d.issuer.key, d.key, s.index, [d.start, d.end]);
        explicitIssuer.add(d.key);
        const jointly = d.issuerSpan && d.issuer.kind === 'national' ? coIssuer(a, s, d.issuerSpan.end) : undefined;
        if (jointly) ctx.relate('issued', jointly.info.key, d.key, s.index, [d.start, jointly.end]);
      }
      // "Nghị quyết Đại hội … Đảng bộ X", "Kết luận của Hội nghị … Ban Chấp hành Trung ương": the body that met.
      if (d.event?.body) {
        ctx.relate('issued', addBody(d.event.body, s.index, d.event), d.key, s.index, [d.start, d.end]);
        explicitIssuer.add(d.key);
      }
      // "theo chỉ đạo của Bộ Chính trị tại Chỉ thị 15": the body whose direction the document carries.
      const directing = d.issuer ? undefined : s.orgs.find((o) => o.end <= d.start && d.start - o.end < 12 && DIRECTION_IN.test(a.text.slice(o.end, d.start)) && ownerAfterOf(a, s, o));
      if (directing) {
        ctx.relate('issued', directing.info.key, d.key, s.index, [directing.start, d.end]);
        explicitIssuer.add(d.key);
      }
      concerns(ctx, a, s, d);
      carriedOut(ctx, a, s, d);
    }
    subjectVerbObject(ctx, a, s, ISSUE, 'issued', explicitIssuer);
    subjectVerbObject(ctx, a, s, PASS, 'issued', explicitIssuer, true);
    passedAtSitting(ctx, a, s, addBody, explicitIssuer);
    subjectVerbObject(ctx, a, s, IMPLEMENT, 'implements');
    frontedImplements(ctx, a, s);
  }
  for (const s of a.sentences) {
    for (const d of s.docs) {
      if (explicitIssuer.has(d.key)) continue;
      const issuer = impliedIssuer(d, s);
      if (issuer) ctx.relate('issued', issuer, d.key, s.index, [d.start, d.end]);
    }
  }
}

/** A sitting as the subject: "Kỳ họp (cũng) thông qua …", "Tại kỳ họp, …" is not it (a body then acts). */
const SITTING_SUBJECT = /^[^\S\n]*(?:[Kk]ỳ họp|[Pp]hiên họp|[Hh]ội nghị)(?:[^\S\n]+(?:này|lần này))?(?:[^\S\n]+(?:cũng|đã|còn|đồng thời))*[^\S\n]+$/u;
/** A named sitting as the subject, after a short lead ("Kết quả, Kỳ họp thứ 32, HĐND tỉnh … đã biểu quyết thông qua"). */
const LEAD_BEFORE_SITTING = /^(?:[^\S\n]*\p{Lu}[\p{L}\d ]{0,24},)?[^\S\n]*$/u;
const SITTING_BEFORE_VERB = /^(?:[^\S\n]+(?:cũng|đã|còn|đồng thời|biểu quyết|nhất trí))*[^\S\n]+$/u;
/** Between documents passed together: a comma, "và". */
const PASSED_TOGETHER = /^[^\S\n]*(?:[,;][^\S\n]*)?(?:và[^\S\n]+)?$/u;
/** What may introduce the documents passed: "thông qua 9 nghị quyết, trong đó có: …". */
const PASSED_LIST = sticky(ADOPTED_LIST_OPENS);

/** "Kỳ họp cũng thông qua Nghị quyết số 47/NQ-HĐND, …": the body whose sitting passed them issued them. */
function passedAtSitting(ctx: ArticleContext, a: ArticleAnalysis, s: SentenceAnalysis, addBody: (body: OrgInfo, sentence: number, span: Span) => string, issued: Set<string>): void {
  for (const m of cuesIn(a, s, PASS)) {
    const named = s.events.find((e) => e.end <= m.index && LEAD_BEFORE_SITTING.test(a.text.slice(s.start, e.start)) && SITTING_BEFORE_VERB.test(a.text.slice(e.end, m.index)));
    if (!named && !SITTING_SUBJECT.test(a.text.slice(s.start, m.index))) continue;
    const sitting = named ?? s.events.find((e) => e.end <= m.index);
    const key = sitting?.key ?? sitting?.ref;
    const body = key ? a.sentences.flatMap((x) => x.events).find((e) => e.key === key && e.body)?.body : undefined;
    if (!body) continue;
    let at = m.index + m[0].length;
    at += matchAt(PASSED_LIST, a.text, at)?.[0].length ?? 0;
    for (const d of s.docs.filter((x) => x.start >= at)) {
      if (!PASSED_TOGETHER.test(a.text.slice(at, d.start))) break;
      if (!issued.has(d.key)) ctx.relate('issued', addBody(body, s.index, sitting!), d.key, s.index, [s.start, d.end]);
      issued.add(d.key);
      at = d.end;
    }
  }
}

/**
 * "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về …": a national body named with the issuer, and
 * ending the phrase (not opening the next clause: "…, Chính phủ đã ban hành …"), issues it too.
 */
function coIssuer(a: ArticleAnalysis, s: SentenceAnalysis, issuerEnd: number): OrgMention | undefined {
  const next = s.orgs.find((o) => o.start > issuerEnd && o.start - issuerEnd <= 6);
  if (!next || next.info.kind !== 'national' || !JOINED_WITH.test(a.text.slice(issuerEnd, next.start))) return undefined;
  return PHRASE_ENDS.test(a.text.slice(next.end, next.end + 8)) ? next : undefined;
}

const JOINED_WITH = /^[^\S\n]*(?:,|và)[^\S\n]*$/u;

/** Whether "của" stands right before `o`: it owns what precedes ("Nghị quyết 31 của Bộ Chính trị"), it does not act. */
function ownerAfterOf(a: ArticleAnalysis, s: SentenceAnalysis, o: OrgMention): boolean {
  return OF_BEFORE.test(a.text.slice(Math.max(s.start, o.start - 6), o.start));
}

/** The first body acting in the clause before the one starting at `clauseStart`: not one in a title, nor one owning something ("của"). */
function previousClauseSubject(a: ArticleAnalysis, s: SentenceAnalysis, clauseStart: number): OrgMention | undefined {
  if (clauseStart <= s.start) return undefined;
  const previousStart = a.text.lastIndexOf(';', clauseStart - 2) + 1;
  return s.orgs.find(
    (o) => o.start >= Math.max(s.start, previousStart) && o.end < clauseStart && !a.titled.has(o) && !ownerAfterOf(a, s, o),
  );
}

/** Whether the clause of `d` opens with a body of its own before it, not one that issued a document named there ("…; Nghị quyết 31 của Bộ Chính trị"). */
function ownSubjectBefore(a: ArticleAnalysis, s: SentenceAnalysis, d: ResolvedDocument): boolean {
  const clauseStart = a.text.lastIndexOf(';', d.start) + 1;
  const first = s.orgs.find((o) => o.start >= clauseStart && o.end <= d.start);
  return first !== undefined && !s.docs.some((other) => other.start >= clauseStart && other.start < first.start) && !ownerAfterOf(a, s, first);
}
/** Another verb of the subject before this one ("Bộ Tài chính đã rà soát, thể chế hóa …"). */
const VERB_BEFORE = /^[^\S\n]+(?:(?:đã|đang|sẽ)[^\S\n]+)?\p{Ll}+(?:[^\S\n]+\p{Ll}+)?,[^\S\n]+$/u;
/** A body's verb right after it ("UBND tỉnh đã ban hành …"): the body acts. */
const ACTS_NEXT = /^[^\S\n]+(?:(?:đã|đang|sẽ|vừa|cũng|kịp thời|khẩn trương)[^\S\n]+)*(?:ban hành|thông qua|triển khai|thực hiện|ký|xây dựng|quán triệt|cụ thể hóa|thể chế hóa)(?![\p{L}])/u;
const PHRASE_ENDS = /^(?:[^\S\n]*[,.;:)]|[^\S\n]+(?:về|ngày|số)(?![\p{L}])|[^\S\n]*$)/u;

/**
 * "<body> [đã …] <verb> <document>[, <document>]*": the subject is the first body of the clause.
 * With `objectRightAfter`, the first document must follow the verb directly.
 */
function subjectVerbObject(
  ctx: ArticleContext,
  a: ArticleAnalysis,
  s: SentenceAnalysis,
  verb: Cue,
  type: 'issued' | 'implements',
  issued?: Set<string>,
  objectRightAfter = false,
): void {
  for (const m of cuesIn(a, s, verb)) {
    const [clauseStart, clauseEnd] = clauseOf(a.text, s, m.index);
    // "giám sát việc … tổ chức thực hiện <document>" names an activity, not who carries it out ("làm việc" is "work").
    if (ACTIVITY_BEFORE.test(a.text.slice(Math.max(clauseStart, m.index - 48), m.index))) continue;
    const inClause = s.orgs.find(
      (o) =>
        o.start >= clauseStart &&
        o.end <= m.index &&
        !a.titled.has(o) &&
        (!/[,:]/.test(a.text.slice(o.end, m.index)) || VERB_BEFORE.test(a.text.slice(o.end, m.index))) &&
        !/của\s*$/u.test(a.text.slice(Math.max(s.start, o.start - 6), o.start)),
    );
    // Clauses after a semicolon, and sentences opening with "Cùng với đó", share the subject: the sentence's, or
    // the previous clause's ("…, Ban Thường vụ Huyện ủy đã ban hành 12 nghị quyết; triển khai thực hiện Kết luận số 126").
    let subject = inClause && m.index - inClause.end <= 160 ? inClause : (sentenceSubject(a, s) ?? previousClauseSubject(a, s, clauseStart));
    // "Ủy ban Kiểm tra Trung ương nhận thấy: Ban Thường vụ Huyện ủy X đã …": the body reporting is not the one acting.
    const reported = subject && subject.end >= s.start ? REPORTS.exec(a.text.slice(subject.end, m.index)) : null;
    if (reported) subject = s.orgs.find((o) => o.start >= subject!.end + reported[0].length && o.end <= m.index && !a.titled.has(o));
    if (!subject || subject.end > m.index) continue;
    if (subject.start >= s.start && ASKED.test(a.text.slice(Math.max(s.start, subject.start - 12), subject.start))) continue;
    // "Ban Tổ chức tham mưu Ban Thường vụ Tỉnh ủy ban hành …": a body that advises or asks others is not the
    // one acting; the body it advises, when named, is (one it asks is only asked).
    const directs = subject.end >= s.start ? DIRECTS_OTHERS.exec(a.text.slice(subject.end, m.index)) : null;
    // "UBND tỉnh được giao xây dựng kế hoạch triển khai …": the body given the task is the subject itself.
    const assignedItself = directs?.[0] === 'được giao' && /^[^\S\n]*$/u.test(a.text.slice(subject.end, subject.end + directs.index));
    if (directs && !assignedItself) {
      if (directs[0] !== 'tham mưu') continue;
      const directsEnd = subject.end + directs.index + directs[0].length;
      // Only when the verb is the advised body's own ("tham mưu Ban Thường vụ ban hành"), not one it has others do ("… lãnh đạo các cấp ủy thực hiện").
      subject = s.orgs.find((o) => o.start >= directsEnd && o.start - directsEnd < 4 && /^[^\S\n]+$/u.test(a.text.slice(o.end, m.index)) && !a.titled.has(o));
      if (!subject) continue;
    }
    const after = m.index + m[0].length;
    const from = subject.start >= s.start ? subject.start : m.index;
    const named = type === 'implements' ? documentNamedBefore(a, s, after) : undefined;
    if (named) ctx.relate(type, subject.info.key, named.doc.key, s.index, [from, named.end]);
    let previous: ResolvedDocument | undefined;
    for (const d of s.docs) {
      // (A document named inside the last one's name, "Kế hoạch … thực hiện Nghị quyết 68-NQ/TW", is that one's purpose.)
      if (d.start < after || (previous && d.start < previous.end)) continue;
      // "ban hành Kế hoạch … về triển khai Nghị quyết 57", "ban hành Kế hoạch 45 triển khai thực hiện
      // Nghị quyết 136": a document named in another's topic or purpose is not the verb's object; a new
      // item of a list (after "," or ";") is.
      if (!previous && objectRightAfter && !/^[^\S\n]+$/.test(a.text.slice(after, d.start))) break;
      // "Tỉnh ủy A ban hành Kế hoạch 210; Thành ủy B ban hành Kế hoạch 156": a later clause with a subject of its own is that subject's.
      if (d.start > clauseEnd && ownSubjectBefore(a, s, d)) break;
      // "sau khi Quốc hội thông qua Nghị quyết 137, UBND tỉnh đã ban hành Kế hoạch 512": another body acting before it is its subject.
      if (s.orgs.some((o) => o.start >= (previous?.end ?? after) && o.end <= d.start && ACTS_NEXT.test(a.text.slice(o.end, o.end + 40)) && !ownerAfterOf(a, s, o))) break;
      // "ban hành kế hoạch triển khai thực hiện Nghị quyết 57": a document named in the purpose of one issued, unnamed,
      // is not issued ("ban hành và triển khai Nghị quyết 57" issues it).
      if (!previous && type === 'issued' && PURPOSE.test(a.text.slice(after, d.start)) && !AND_ANOTHER_VERB.test(a.text.slice(after, d.start))) break;
      if (previous && (type === 'issued' ? TOPIC_OR_PURPOSE : TOPIC).test(a.text.slice(previous.end, d.start)) && !/[,;]\s*$/u.test(a.text.slice(previous.end, d.start))) break;
      previous = d;
      // A document inside a meeting's name ("Hội nghị Tổng kết … thực hiện Nghị quyết …") is not the object.
      if (s.events.some((e) => e.key && e.start <= d.start && d.end <= e.end)) continue;
      // Only documents the verb governs, not those named inside another document's topic, nor those
      // others are given ("chỉ đạo thực hiện giám sát các đơn vị được giao triển khai thực hiện Đề án 01").
      if (/[.!?]/.test(a.text.slice(after, d.start)) || DIRECTS_OTHERS.test(a.text.slice(after, d.start))) break;
      if (type === 'issued' && issued) issued.add(d.key);
      ctx.relate(type, subject.info.key, d.key, s.index, [from, d.end]);
    }
  }
}

/** Whether the sentence refers back to a document ("Nghị quyết này"): the word index first. */
function refersBack(a: ArticleAnalysis, s: SentenceAnalysis): boolean {
  return a.words.triggered(BACK, s.start, s.end).length > 0 && REFERS_BACK.test(a.text.slice(s.start, s.end));
}

/** The document "Nghị quyết này" at `at` refers to: the last of its kind named up to its sentence. */
function documentNamedBefore(a: ArticleAnalysis, s: SentenceAnalysis, at: number): { doc: ResolvedDocument; end: number } | undefined {
  const back = matchAt(THIS_DOCUMENT, a.text, at);
  if (!back) return undefined;
  const kind = DOCUMENT_KINDS.find((k) => k.word.toLowerCase() === back[1]!.toLowerCase().replace(/\s+/g, ' '))?.kind;
  // (Within the last few dozen sentences: what "này" points to is near, and the search stays linear.)
  for (let i = s.index; i >= Math.max(0, s.index - 40); i--) {
    const doc = a.sentences[i]!.docs.findLast((d) => d.kind === kind && d.end <= at);
    if (doc) return { doc, end: at + back[0].length };
  }
  return undefined;
}

/**
 * "Chương trình hành động của Chính phủ triển khai thực hiện Nghị quyết …", "Chương trình số 11-CTr/TU của Thành ủy về
 * thực hiện Nghị quyết số 15-NQ/TW": the issuer implements the document the purpose names.
 */
function carriedOut(ctx: ArticleContext, a: ArticleAnalysis, s: SentenceAnalysis, d: ResolvedDocument): void {
  if (!d.issuer) return;
  if (d.purposeStart === undefined) {
    const next = s.docs.find((x) => x.start >= d.end);
    if (next && next.start - d.end <= 40 && PURPOSE_AFTER_ISSUER.test(a.text.slice(d.end, next.start))) ctx.relate('implements', d.issuer.key, next.key, s.index, [d.start, next.end]);
    return;
  }
  for (const m of cuesIn(a, s, IMPLEMENT)) {
    if (m.index < d.purposeStart || m.index >= d.end) continue;
    for (const inner of s.docs) if (inner.start > m.index && inner.start < d.end) ctx.relate('implements', d.issuer.key, inner.key, s.index, [d.start, d.end]);
    return;
  }
}

/** "Thực hiện <document> …, <body> …" and "… thực hiện <document> tại <body>". */
function frontedImplements(ctx: ArticleContext, a: ArticleAnalysis, s: SentenceAnalysis): void {
  const fronted = matchAt(rx`(?:[Đđ]ể[^\\S\\n]+)?(?:[Tt]hực hiện|[Tt]riển khai(?: thực hiện)?|[Qq]uán triệt)[^\\S\\n]+`, a.text, s.start);
  const doc = fronted ? s.docs.find((d) => d.start === s.start + fronted[0].length) : undefined;
  if (doc) {
    // "Thực hiện Nghị quyết số 22-NQ/TW … của Bộ Chính trị về …, Công an tỉnh đã sắp xếp …": the body opening the main
    // clause after a comma, a verb after it (not another issuer listed: "… của Bộ Chính trị, Ban Bí thư, Bộ Nội vụ đã …").
    const body = s.orgs.find(
      (o) => o.start > doc.end && /,[^\S\n]*$/u.test(a.text.slice(o.start - 4, o.start)) && MAIN_CLAUSE_VERB.test(a.text.slice(o.end, o.end + 40)),
    );
    // The documents carried out: the first, and those joined to it ("… và Nghị quyết số 76/2025/UBTVQH15").
    const carried = body ? s.docs.filter((d) => d === doc || (d.start > doc.end && d.end < body.start && /(?:,|và)[^\S\n]+$/u.test(a.text.slice(d.start - 4, d.start)))) : [];
    for (const d of carried) ctx.relate('implements', body!.info.key, d.key, s.index, [d.start, body!.end]);
  }
  for (const d of s.docs) {
    const at = matchAt('(?:[^\\S\\n]*\\([^)]{0,20}\\))?[^\\S\\n]+tại[^\\S\\n]+', a.text, d.end);
    if (!at || !/(?:thực hiện|triển khai)\s+$/u.test(a.text.slice(Math.max(s.start, d.start - 24), d.start))) continue;
    const body = s.orgs.find((o) => o.start === d.end + at[0].length);
    if (body) ctx.relate('implements', body.info.key, d.key, s.index, [d.start, body.end]);
  }
}

/** Right after a body opening a main clause: its verb, past adverbs ("đã hoàn thiện", "sẽ tổ chức"), not a comma or a name. */
const MAIN_CLAUSE_VERB = /^[^\S\n]+(?:(?:đã|đang|sẽ|vừa|cũng|tiếp tục|khẩn trương|kịp thời)[^\S\n]+)*(?!(?:và|của|về|với|cùng|tại|trong|ngày|số|theo|các)(?![\p{L}]))\p{Ll}/u;

/** "<document> [của …] về <topic>": the places and bodies the topic names. */
function concerns(ctx: ArticleContext, a: ArticleAnalysis, s: SentenceAnalysis, d: ResolvedDocument): void {
  // No two white-space quantifiers side by side: a long run would be split between them every way.
  const about = matchAt('(?:[^\\S\\n]*,[^\\S\\n]*ngày[^\\S\\n]+[\\d/.-]+)?[^\\S\\n]+về[^\\S\\n]+', a.text, d.end);
  if (!about) return;
  const from = d.end + about[0].length;
  const next = s.docs.find((x) => x.start >= from);
  let to = next ? next.start : s.end;
  const stop = /[;]|[.](?=\s)/u.exec(a.text.slice(from, to));
  if (stop) to = from + stop.index;
  // The first place or body the topic names is what it is about ("về phát triển … vùng Đông Nam bộ");
  // later ones only situate it ("… trong 40 năm qua ở Việt Nam").
  const target = [
    ...s.places.filter((p) => p.start >= from && p.end <= to).map((p) => ({ key: p.place.key, start: p.start, end: p.end })),
    ...s.orgs.filter((o) => o.start >= from && o.end <= to && o.info.kind !== 'national').map((o) => ({ key: o.info.key, start: o.start, end: o.end })),
  ].sort((x, y) => x.start - y.start)[0];
  if (target) ctx.relate('concerns', d.key, target.key, s.index, [d.start, target.end]);
}
