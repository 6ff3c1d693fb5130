// Meetings across an article: which body's meeting, bare references ("tại hội nghị") resolved
// to the meeting meant, and when each took place.
import type { EventHead, EventMention } from '../recognize/events.js';
import type { OrgMention } from '../recognize/organizations.js';
import type { ArticleAnalysis, ResolvedEvent } from '../relate/analysis.js';
import { CLAUSE_BREAK } from '../relate/analysis.js';
import { findDate, isoDate } from './dates.js';
import type { Home } from './places.js';

/**
 * The body whose congress or plenum a meeting's name gives ("Đại hội đại biểu Đảng bộ tỉnh Nghệ An
 * lần thứ 19") is part of that name, not a mention of the body acting: annotators, and readers,
 * count the body where the text names it on its own.
 */
export function withoutMeetingBodies(orgs: OrgMention[], events: EventMention[]): OrgMention[] {
  const bodies = events.filter((e) => e.key && e.body);
  return bodies.length ? orgs.filter((o) => !bodies.some((e) => e.start <= o.start && o.end <= e.end && o.info.key === e.body!.key)) : orgs;
}

/**
 * A meeting named only by what it does ("Hội nghị quán triệt …") is the home place's, unless
 * nationwide ("Hội nghị toàn quốc …") or a national body's ("Phiên họp Chính phủ thường kỳ …").
 */
export function withHomeKey(e: EventMention, home: Home): ResolvedEvent {
  if (!e.key) return { ...e };
  const generic = !e.body && !e.national && e.key.startsWith('ev:') && !/dai-hoi-|hoi-nghi-tw-|ky-hop-|toan-quoc/.test(e.key) && home.main;
  const key = generic ? `${e.key}@${home.main!.key.slice(4)}` : e.key;
  return { ...e, key, ref: key };
}

/**
 * "Hội nghị Ủy ban MTTQ tỉnh lần thứ 5" in the title and "… lần thứ 5, khóa XI" in the text are one
 * meeting: within an article, a sitting named without its term takes the key and name of the one
 * named with it (when the article names one term only).
 */
export function unifyTerms(a: ArticleAnalysis): void {
  const termed = new Map<string, ResolvedEvent | null>();
  for (const s of a.sentences) {
    for (const e of s.events) {
      const base = e.key && TERM_SUFFIX.exec(e.key)?.[1];
      if (base) termed.set(base, termed.has(base) && termed.get(base)?.key !== e.key ? null : e);
    }
  }
  if (termed.size === 0) return;
  for (const s of a.sentences) {
    for (const e of s.events) {
      const full = e.key ? termed.get(e.key) : undefined;
      if (!full) continue;
      e.aliases = [...e.aliases, ...(e.label ? [e.label] : [])];
      e.key = e.ref = full.key;
      e.label = full.label;
    }
  }
}

const TERM_SUFFIX = /^(.*)-khoa-\d+$/;

/**
 * Words that name a meeting to say when something else happens ("sau Kỳ họp thứ 8", "tiến tới Đại
 * hội XIV"), what is being prepared ("công tác chuẩn bị Đại hội …"), where a matter or a delegation goes
 * next ("để trình Kỳ họp thứ 34", "Đoàn đại biểu đi dự Đại hội XIV", "bầu 9 đại biểu chính thức dự Đại hội XIII"), what is
 * planned ("Kế hoạch … về tổ chức Đại hội …"), or what is reported of it ("thông báo kết quả Kỳ họp thứ 8").
 */
const TIME_ANCHOR = /(?<![\p{L}])(?:sau|trước|tiến tới|hướng tới|chào mừng|chuẩn bị(?:[^\S\n]+(?:thật|rất))?(?:[^\S\n]+tốt)?(?:[^\S\n]+cho)?|(?:về|kế hoạch)(?:[^\S\n]+việc)?[^\S\n]+tổ chức|kể từ|từ sau|trình|đi dự|(?:đại biểu|chính thức|dự khuyết)[^\S\n]+dự|kết quả)[^\S\n]+$/u;
/** "trình Quốc hội xem xét, thông qua … tại Kỳ họp thứ 10": where a matter is sent on to, a few words back (not "trình bày", "tờ trình"). */
const SENT_ON_TO = /(?<![\p{L}])(?<!tờ[^\S\n]+)trình(?![^\S\n]*bày)(?:[^.;\n]{0,100}?)[^\S\n]tại[^\S\n]+$/u;

/** A sentence introducing a meeting as held: a date or time of day, or a verb of holding it. */
const INTRODUCED = /(?<![\p{L}])(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Nn]gày)(?:[^\S\n]+(?:nay|qua|cùng ngày|\d{1,2}\/\d{1,2}))?(?![\p{L}])|\d{1,2}\/\d{1,2}(?:\/\d{4})?|(?<![\p{L}])(?:tổ chức|khai mạc|bế mạc|diễn ra|họp|chủ trì|làm việc)(?![\p{L}])/u;

/** "tại hội nghị": the named meeting of that kind mentioned before, or else the next one. */
export function resolveEventReferences(a: ArticleAnalysis): void {
  // One sweep in text order: the last named meeting of each kind so far, and the first of each kind.
  // A bare "phiên họp" is a sitting of the session named ("Kỳ họp thứ 9 … điều hành phiên họp") when no sitting is.
  const heads = (head: EventHead): EventHead[] => (head === 'hội nghị' ? ['hội nghị', 'hội thảo'] : head === 'phiên họp' ? ['phiên họp', 'kỳ họp'] : [head]);
  // The named meetings that took place in the article (not ones inside a document's name or issuer). One
  // named only to date another ("tiếp xúc cử tri sau Kỳ họp thứ 8") or inside another's name ("họp báo tuyên
  // truyền Đại hội …") is marked unreported: it is not the meeting reported, though a bare "kỳ họp" or
  // "đại hội" later may still mean it.
  const tookPlace = new Set<EventMention>();
  const first = new Map<EventHead, string>();
  let firstReported: string | undefined;
  // A meeting that issued a document named in the article ("quán triệt Nghị quyết Hội nghị lần thứ 11 …"), named again
  // on its own after another meeting was reported ("Hội nghị Trung ương 11 diễn ra từ ngày 10 …"), is background.
  const inDocument = new Set<EventMention>();
  const issuing = new Set<string>();
  for (const s of a.sentences) {
    for (const e of s.events) {
      if (!e.key || !partOfDocument(a, s, e)) continue;
      inDocument.add(e);
      issuing.add(e.key);
    }
  }
  for (const s of a.sentences) {
    for (const e of s.events) {
      if (!e.key) continue;
      if (inDocument.has(e)) {
        e.unreported = true;
        continue;
      }
      const background = issuing.has(e.key) && firstReported !== undefined && firstReported !== e.key;
      const anchor =
        e.insideName || background || TIME_ANCHOR.test(a.text.slice(Math.max(s.start, e.start - 24), e.start)) || SENT_ON_TO.test(a.text.slice(Math.max(s.start, e.start - 120), e.start));
      tookPlace.add(e);
      if (anchor) e.unreported = true;
      if (!first.has(e.head)) first.set(e.head, e.key);
      if (!anchor) firstReported ??= e.key;
    }
  }
  // A bare reference means the last reported meeting of its kind, else the last one named of it at all
  // ("Đoàn đại biểu đi dự Đại hội XIV … Phát biểu bế mạc đại hội, …" is the province's congress).
  const opening = a.sentences.slice(0, 2).flatMap((s) => s.events).find((e) => e.key && tookPlace.has(e) && !e.unreported)?.key;
  const lastReported = new Map<EventHead, string>();
  const last = new Map<EventHead, string>();
  let latest: string | undefined;
  for (const s of a.sentences) {
    for (const e of s.events) {
      if (e.key) {
        if (!tookPlace.has(e)) continue;
        last.set(e.head, e.key);
        if (!e.unreported) {
          lastReported.set(e.head, e.key);
          // The meeting an article opens on stays the one reported until another is introduced as held ("Chiều cùng ngày, …
          // tổ chức …"), not when one is only named ("Tại Đại hội XIII của Đảng, đồng chí được bầu …").
          if (!opening || e.key === opening || INTRODUCED.test(a.text.slice(s.start, s.end))) latest = e.key;
        }
        continue;
      }
      const candidates = heads(e.head);
      const ref =
        candidates.map((h) => lastReported.get(h)).find(Boolean) ?? candidates.map((h) => last.get(h)).find(Boolean) ?? candidates.map((h) => first.get(h)).find(Boolean);
      if (ref) e.ref = ref;
    }
    a.meetingSoFar.push(latest ?? firstReported);
  }
}

/**
 * When a meeting took place: a date in the sentence that first names it, or for the article's
 * first meeting the article's dateline ("Sáng 30/9, …" opening the text). The year comes from
 * the date, the article's date, or a dated header.
 */
export function datesOfMeetings(a: ArticleAnalysis, articleDate: string | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  const year = Number(articleDate?.slice(0, 4)) || findDate(a.text.slice(0, 600))?.year;
  const OPENING = 2;
  const opening = a.sentences.slice(0, OPENING).map((s) => findDate(a.text.slice(s.start, s.end), true)).find(Boolean);
  let first = true;
  for (const s of a.sentences) {
    let firstInSentence = true;
    for (const e of s.events) {
      if (!e.key || e.insideName || partOfDocument(a, s, e)) continue;
      const dated = firstInSentence;
      firstInSentence = false;
      // "Ngày 15/1, Ban Bí thư ban hành Chỉ thị 45 về … tiến tới Đại hội XIV": the date is the document's.
      if (dates.has(e.key) || inDocumentTopic(a, s, e)) continue;
      // "Sáng 30/9, … khai mạc Đại hội …": the date opens the sentence that names the meeting
      // (a meeting named later in it, "… thông tin về kết quả Đại hội …", is only its topic).
      const before = dated ? a.text.slice(s.start, e.start) : '';
      const written = findDate(before, true) ?? (first && s.index < OPENING ? opening : undefined);
      const iso = written && isoDate(written, year);
      if (iso) dates.set(e.key, iso);
      first = false;
    }
  }
  return dates;
}

/** "[, ngày 25/10/2017] về ": a document's topic begins. */
const ABOUT = /^(?:[^\S\n]*,[^\S\n]*ngày[^\S\n]+[\d/.-]+)?[^\S\n]+về[^\S\n]/u;

/** A meeting named in the topic of a document before it in the sentence ("Chỉ thị 45 về đại hội … tiến tới Đại hội XIV"). */
function inDocumentTopic(a: ArticleAnalysis, s: ArticleAnalysis['sentences'][number], e: EventMention): boolean {
  return s.docs.some((d) => d.end <= e.start && ABOUT.test(a.text.slice(d.end, d.end + 40)) && !CLAUSE_BREAK.test(a.text.slice(d.end, e.start)));
}

/** "[, ngày 25/10/2017] của ": what stands between a document and the meeting that issued it. */
const ISSUED_BY = /^(?:[^\S\n]*,?[^\S\n]*ngày[^\S\n]+[\d/.-]+[^\S\n]*,?)?[^\S\n]+của[^\S\n]+$/u;

/**
 * A meeting named inside a document's name ("Nghị quyết Đại hội Đảng XIII") or as its issuer
 * ("Nghị quyết 18-NQ/TW của Hội nghị lần thứ 6 …") did not happen in the article: no date is
 * its, and a bare "hội nghị" later does not refer to it.
 */
function partOfDocument(a: ArticleAnalysis, s: ArticleAnalysis['sentences'][number], e: EventMention): boolean {
  // The gap is short ("…, ngày 25/10/2017 của "): a longer one is never tested, nor scanned.
  return s.docs.some((d) => (d.start <= e.start && e.end <= d.end) || (d.end <= e.start && e.start - d.end <= 48 && ISSUED_BY.test(a.text.slice(d.end, e.start))));
}
