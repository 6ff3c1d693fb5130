import type { DocumentKind } from '../types.js';
import type { EventMention } from './events.js';
import type { OrgInfo, OrganizationRecognizer } from './organizations.js';
import type { Patterns } from './patterns.js';
import { B, DOCUMENT_DATE, E, ORDINAL, TERM, memo } from './patterns.js';
import { WordIndex, matchAt, ordinalValue, rx, sticky, triggerWords } from './scan.js';
import type { Span } from './scan.js';
import { normalizeName, slug } from '../text/normalize.js';

/** How a document is identified, from most to least specific. */
export type DocumentId =
  | { by: 'code'; code: string; number: number; local: boolean }
  | { by: 'number'; number: number }
  | { by: 'plenum'; plenum: number; term?: number }
  | { by: 'event'; eventKey: string }
  | { by: 'title'; title: string };

export interface DocumentMention extends Span {
  kind: DocumentKind;
  /** Kind word as written, canonical case ("Nghị quyết"). */
  kindWord: string;
  id: DocumentId;
  /** The name without issuer: "Nghị quyết 98/2023/QH15", "Nghị quyết 24". */
  name: string;
  surface: string;
  /** Issuer named after it ("… của Bộ Chính trị"). */
  issuer?: OrgInfo;
  issuerSpan?: Span;
  /** The meeting it came from ("Nghị quyết Đại hội XIII của Đảng"). */
  event?: EventMention;
  /** Where the stated purpose begins ("… của Chính phủ | triển khai thực hiện Nghị quyết …"). */
  purposeStart?: number;
}

const WS = '[^\\S\\n]+';
/** Kinds named by who made them and what for ("Kế hoạch của Ban Thường vụ … tăng cường …"); a decision has a number. */
const NAMED_BY_ISSUER = new Set(['Kế hoạch', 'Chương trình', 'Chương trình hành động', 'Quy chế', 'Đề án', 'Quy định']);
/** Kinds a document can be named by its subject alone ("Luật Đất đai", "Đề án Chính quyền đô thị"). */
const NAMED_BY_SUBJECT = new Set(['Luật', 'Bộ luật', 'Đề án']);
/** Words that end a document's descriptive name. */
// ("trình Quốc hội": sent on to a body, not part of the name.)
const NAME_STOP =
  '(?:đã|đang|sẽ|được|có|là|và|với|theo|để|nhằm|trong|tại|do|vào|cho|của|này|đó|từ|đến|khi|hiện nay|cùng|các|những|thì|mà|như|trình(?=[^\\S\\n]+\\p{Lu}))(?![\\p{L}])';

/** What may close a law's name: its amendment, then its year. */
const LAW_TAIL = `(?:${WS}\\(sửa đổi(?:, bổ sung)?\\))?(?:${WS}(?:năm${WS})?(?:19|20)\\d\\d)?`;

/** A congress named inside a document's purpose ("… triển khai thực hiện Nghị quyết Đại hội Đảng XIII"). */
const CONGRESS_NAME = `Đại hội(?:${WS}đại biểu)?(?:${WS}toàn quốc)?(?:${WS}lần thứ)?(?:${WS}Đảng)?${WS}${ORDINAL}(?:${WS}của${WS}Đảng)?`;
/** Words that end a plan's stated purpose ("… tăng cường công tác tư tưởng trong tình hình mới"). */
const PURPOSE_STOP = '(?:đã|đang|sẽ|được|có|là|và|với|để|nhằm|của|này|đó|theo)(?![\\p{L}])';

// Document codes: 98/2023/QH15, 128/NQ-CP, 1617/QĐ-TTg, 04-NQ/TU, 01-CTr/TU, 11-ĐA/TU.
const CODE = '\\d{1,5}(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]{0,9}(?:-\\p{Lu}[\\p{L}\\d]{0,13}){0,3}|\\d{1,5}-\\p{Lu}[\\p{L}]{0,5}/\\p{Lu}[\\p{L}]{0,5}';
// A bare number, not a quantity ("Nghị quyết 24", not "15 năm").
const NUMBER = '\\d{1,5}(?![\\d/.,-]\\d|[^\\S\\n]+(?:năm|tháng|ngày|%|người|đồng|tỷ|triệu|nghìn))';

/** Before another code or number of the same kind in a list: a comma or "và", and "số" ("…, số 68-NQ/TW"). */
const MORE = '(?:[^\\S\\n]*,(?:[^\\S\\n]*và)?|[^\\S\\n]+và)(?:[^\\S\\n]+số)?[^\\S\\n]+';
/** What may follow a bare number listed after a document's ("Nghị quyết 57, 66 và 68 của Bộ Chính trị"): no quantity's unit. */
const LIST_NUMBER_END = '[^\\S\\n]*(?:[,;.)]|$)|[^\\S\\n]+(?:và|của|về|khóa|ngày)(?![\\p{L}])';

/** "các nghị quyết (quan trọng) của <issuer>: ": a plural kind and its issuer, then the documents (group 1: from the issuer on). */
const LIST_INTRO = /(?<![\p{L}])(?:các|hai|ba|bốn|năm|những)[^\S\n]+(?:nghị quyết|kết luận|chỉ thị|quy định)(?:[^\S\n]+\p{Ll}+){0,2}[^\S\n]+của[^\S\n]+(\p{Lu}[^:;()–\n]{1,80}?[^\S\n]*(?::|là|[–-]|\()[^\S\n]*(?:số[^\S\n]+)?)$/u;

/** Between documents of such a list: a separator, after the topic of the one before ("… về phát triển kinh tế tư nhân; Nghị quyết …"). */
const LISTED_WITH_TOPIC = /^(?:[^\S\n]+về[^\S\n][^;:.\n]{0,200}?)?[^\S\n]*(?:,|;|và|,[^\S\n]*và)[^\S\n]*(?:số[^\S\n]+)?$/u;

/**
 * Between documents listed together: a comma or "và" ("Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW", "… 59-NQ/TW, số 66-NQ/TW"),
 * after the date of the one before ("Kết luận số 126-KL/TW ngày 14/2/2025 và …").
 */
const LISTED = new RegExp(`^${DOCUMENT_DATE}[^\\S\\n]*(?:,|và|,[^\\S\\n]*và)(?:[^\\S\\n]+số)?[^\\S\\n]*$`, 'u');

/**
 * "Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị": documents listed right
 * before one that names its issuer share that issuer, unless their codes tell another
 * ("Quyết định 99/QĐ-TTg và Quyết định 12/QĐ-UBND của UBND tỉnh": the first is the Prime Minister's) or
 * their kind does (a law is only the National Assembly's).
 */
function shareIssuers(text: string, docs: DocumentMention[]): DocumentMention[] {
  for (let i = docs.length - 1; i > 0; i--) {
    const last = docs[i]!;
    if (!last.issuer || !last.issuerSpan) continue;
    for (let j = i - 1; j >= 0; j--) {
      const d = docs[j]!;
      if (d.issuer || d.event || d.id.by === 'event' || !LISTED.test(text.slice(d.end, docs[j + 1]!.start))) break;
      if (d.id.by === 'code' && (last.id.by !== 'code' || codeIssuerPart(d.id.code) !== codeIssuerPart(last.id.code))) break;
      // A law is the National Assembly's: "Luật Đất đai và Nghị định 151/2025/NĐ-CP của Chính phủ".
      if (d.kind === 'law' && last.issuer.label !== 'Quốc hội') break;
      docs[j] = { ...d, issuer: last.issuer, issuerSpan: last.issuerSpan };
    }
  }
  return docs;
}

/** After "thông qua": the resolutions adopted, then what opens their list (" 9 nghị quyết, trong đó có:"). */
export const ADOPTED_LIST_OPENS = '[^\\S\\n]+(?:\\d{1,3}[^\\S\\n]+|các[^\\S\\n]+)?(?:nghị quyết|dự thảo nghị quyết)(?:,?[^\\S\\n]+(?:trong đó có|gồm có|gồm|như))?[^\\S\\n]*:';
/** "thông qua 9 nghị quyết, trong đó có: …; " right before a listed document (the list runs to the sentence's end). */
const ADOPTED_LIST = new RegExp(`thông qua${ADOPTED_LIST_OPENS}(?:[^.\\n]*;)?[^\\S\\n]*$`, 'u');
/** What a listed document does, from its first word (lower case) up to the next separator: two to thirty words. */
const ADOPTED_NAME = /^(?:[^\S\n]+\p{Ll}[^\s;,.:()“”]*)(?:[^\S\n]+[^\s;,.:()“”]+){1,29}(?=[^\S\n]*(?:[;,.:]|$))/u;

/** Codes of a province's own bodies (04-NQ/TU, …/QĐ-UBND, …/NQ-HĐND): they repeat from province to province. */
export const LOCAL_CODE = /\/(TU|TƯ)$|-UBND$|-HĐND$/;

/** A document identified by its code as written ("98/2023/qh15" → "98/2023/QH15", number 98). */
function codeId(written: string): DocumentId {
  const code = written.toUpperCase();
  return { by: 'code', code, number: Number(/^\d+/.exec(code)![0]), local: LOCAL_CODE.test(code) };
}

/** The part of a code that tells who issued it: "-NQ/TW" of "66-NQ/TW", "/QĐ-TTg" of "99/QĐ-TTg". */
const codeIssuerPart = (code: string): string => code.replace(/^\d+(?:\/\d{4})?/u, '');

export class DocumentRecognizer {
  /** What the documents an article lists as adopted are named by (the words after the kind), in the order found. */
  private readonly adopted: string[] = [];

  constructor(
    private readonly p: Patterns,
    private readonly orgs: OrganizationRecognizer,
  ) {}

  find(index: WordIndex, from: number, to: number, events: EventMention[]): DocumentMention[] {
    const text = index.text;
    const p = this.p;
    const kinds = memo(p, 'documentKindAt', () => sticky(`${B}${p.documentKind}${E}`));
    const triggers = memo(p, 'documentKindTriggers', () => triggerWords(p.lexicon.documentKinds.map((d) => d.word)));
    const found: DocumentMention[] = [];
    let cursor = from;
    for (const m of index.matches(kinds, triggers, from, to)) {
      if (m.index < cursor) continue;
      const hit = this.parse(text, m.index, m[0], to, events);
      if (hit) {
        const listed = hit.issuer ? [] : this.listedAfter(text, hit, to);
        found.push(hit, ...listed);
        // A plan's purpose may name the document it carries out: read on inside it.
        cursor = hit.purposeStart ?? (listed.length ? listed[listed.length - 1]!.end : hit.end);
      }
    }
    return shareIssuers(text, this.withListIssuer(text, found, from, to));
  }

  /**
   * "các nghị quyết của Bộ Chính trị: Nghị quyết số 57-NQ/TW …, Nghị quyết số 68-NQ/TW": documents listed
   * after an issuer's plural kind are that issuer's.
   */
  private withListIssuer(text: string, docs: DocumentMention[], from: number, to: number): DocumentMention[] {
    for (let i = 0; i < docs.length; i++) {
      const intro = docs[i]!.issuer ? null : LIST_INTRO.exec(text.slice(Math.max(from, docs[i]!.start - 120), docs[i]!.start));
      if (!intro) continue;
      const orgAt = docs[i]!.start - intro[0].length + intro[0].length - intro[1]!.length;
      const org = this.orgs.parse(text, orgAt, to);
      if (!org || !/^[^\S\n]*(?::|là|[–-]|\()[^\S\n]*$/u.test(text.slice(org.end, docs[i]!.start))) continue;
      for (let j = i; j < docs.length && !docs[j]!.issuer && (j === i || LISTED_WITH_TOPIC.test(text.slice(docs[j - 1]!.end, docs[j]!.start))); j++) {
        docs[j] = { ...docs[j]!, issuer: org.info, issuerSpan: org };
      }
    }
    return docs;
  }

  /**
   * "Nghị quyết số 57-NQ/TW, 59-NQ/TW và 68-NQ/TW của Bộ Chính trị", "Nghị quyết 57, 66 và 68": more
   * codes or numbers after a document's own, each another document of its kind (the last may name
   * the issuer, which they all share).
   */
  private listedAfter(text: string, first: DocumentMention, limit: number): DocumentMention[] {
    if (first.id.by !== 'code' && first.id.by !== 'number') return [];
    const byCode = first.id.by === 'code';
    const listed: DocumentMention[] = [];
    for (let at = first.end; ; ) {
      const next = byCode ? matchAt(rx`${MORE}(${CODE})${E}`, text, at) : matchAt(rx`${MORE}(${NUMBER})(?=${LIST_NUMBER_END})`, text, at);
      if (!next) break;
      const end = at + next[0].length;
      if (end > limit) break;
      const written = next[1]!;
      const start = end - written.length;
      const id: DocumentId = byCode ? codeId(written) : { by: 'number', number: Number(written) };
      const name = `${first.kindWord} ${written}`;
      listed.push(this.withIssuer(text, { start, end, kind: first.kind, kindWord: first.kindWord, id, name, surface: name }, limit));
      at = end;
    }
    return listed;
  }

  private parse(text: string, pos: number, word: string, limit: number, events: EventMention[]): DocumentMention | undefined {
    const listed = this.p.documentKindByName.get(normalizeName(word));
    if (!listed) return undefined;
    const { kind, word: kindWord } = listed;
    const shortKind = kindWord.replace(/ (chuyên đề|liên tịch)$/, '');
    const capitalized = /\p{Lu}/u.test(word[0]!);
    let at = pos + word.length;
    let id: DocumentId | undefined;
    let name = '';
    let event: EventMention | undefined;
    let writtenAs: string | undefined;

    const coded = matchAt(rx`(?:[^\\S\\n]+chuyên đề)?(?:[^\\S\\n]+số)?[^\\S\\n]+(${CODE})${E}`, text, at);
    // A lower-case kind needs "số" before its number ("thông báo kết luận số 01"), not "kỷ luật 249 đảng viên".
    const numbered = coded ? null : matchAt(capitalized ? rx`(?:[^\\S\\n]+chuyên đề)?(?:[^\\S\\n]+số)?[^\\S\\n]+(${NUMBER})${E}` : rx`(?:[^\\S\\n]+chuyên đề)?[^\\S\\n]+số[^\\S\\n]+(${NUMBER})${E}`, text, at);
    const plenum = capitalized ? matchAt(rx`[^\\S\\n]+(?:Hội nghị[^\\S\\n]+)?Trung ương[^\\S\\n]+(\\d{1,2})(${TERM})?(?:[^\\S\\n]+của Đảng)?`, text, at) : null;
    if (coded) {
      id = codeId(coded[1]!);
      name = `${shortKind} ${coded[1]}`;
      at += coded[0].length;
    } else if (numbered) {
      id = { by: 'number', number: Number(numbered[1]) };
      name = `${shortKind} ${numbered[1]}`;
      at += numbered[0].length;
    } else if (plenum) {
      const termMatch = plenum[2] ? /([IVXLC]+|\d+)/.exec(plenum[2]) : null;
      id = { by: 'plenum', plenum: Number(plenum[1]), ...(termMatch ? { term: ordinalValue(termMatch[1]!)! } : {}) };
      name = `${shortKind} Trung ương ${plenum[1]}${termMatch ? ` khóa ${termMatch[1]}` : ''}`;
      at += plenum[0].length;
    } else if (capitalized) {
      const of = matchAt(rx`[^\\S\\n]+(?:của[^\\S\\n]+)?`, text, at);
      const evAt = at + (of?.[0].length ?? 0);
      event = events.find((e) => e.start === evAt && e.key);
      if (event?.key) {
        id = { by: 'event', eventKey: event.key };
        // Named as written ("Nghị quyết Đại hội XI của Đảng bộ TPHCM"), not by the meeting's canonical label.
        const of_ = of?.[0].includes('của') ? 'của ' : '';
        name = `${shortKind} ${of_}${event.label}`;
        writtenAs = `${shortKind} ${of_}${text.slice(evAt, event.coreEnd).replace(/\s+/g, ' ')}`;
        at = event.end;
      } else {
        const adopted = this.adoptedAt(text, pos, at, limit);
        if (adopted) {
          at += adopted.length;
          name = text.slice(pos, at).replace(/\s+/g, ' ');
          return this.withIssuer(text, { start: pos, end: at, kind, kindWord: shortKind, id: { by: 'title', title: slug(name) }, name, surface: name }, limit);
        }
        const quoted = matchAt(rx`([^\\S\\n]+[\\p{Ll}]+(?:[^\\S\\n]+[\\p{L}]+){0,4})?[^\\S\\n]+“[^”\\n]{3,400}”`, text, at);
        if (quoted) {
          at += quoted[0].length;
          name = text.slice(pos, at).replace(/\s+/g, ' ');
          id = { by: 'title', title: slug(name) };
        } else {
          const described = NAMED_BY_ISSUER.has(shortKind) ? this.describedWithIssuer(text, pos, at, limit) : undefined;
          if (described) {
            // "Kế hoạch của Ban Thường vụ Thành ủy tăng cường công tác tư tưởng …": the purpose completes the name.
            // ("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 71-NQ/TW ngày …": up to the number of the document carried out.)
            const purpose =
              matchAt(
                rx`(?:${WS}(?!${PURPOSE_STOP})[\\p{Ll}\\d]+){1,6}${WS}${this.p.documentKind}${WS}(?:số${WS})?\\d+(?:[-/][\\p{L}\\d/-]*[\\p{L}\\d])?(?=[^\\S\\n]*(?:[.;:,!?)]|$)|${WS}(?:ngày|của|về)(?![\\p{L}]))`,
                text,
                described.issuer.end,
              ) ??
              matchAt(
                rx`(?:${WS}(?!${PURPOSE_STOP})[\\p{Ll}\\d]+){1,10}(?:${WS}${this.p.documentKind}${WS}${CONGRESS_NAME})?(?=[^\\S\\n]*(?:[.;:,!?)]|$))`,
                text,
                described.issuer.end,
              );
            const end = described.issuer.end + (purpose?.[0].length ?? 0);
            const full = `${shortKind}${described.words} của ${described.issuer.info.label}${purpose ? purpose[0].replace(/\s+/g, ' ') : ''}`;
            return {
              start: pos, end, kind, kindWord: shortKind, id: { by: 'title', title: slug(full) }, name: full,
              surface: text.slice(pos, end), issuer: described.issuer.info, issuerSpan: described.issuer,
              ...(purpose ? { purposeStart: described.issuer.end } : {}),
            };
          }
          // "Luật thực hiện dân chủ ở cơ sở", "Đề án Chính quyền đô thị": a law or project named by its subject.
          // A law's name may end on its amendment and year ("Luật Đất đai (sửa đổi)", "… địa phương năm 2025").
          const lawTail = shortKind === 'Đề án' ? '' : LAW_TAIL;
          // "Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng": a comma after its first words may join a pair of verbs,
          // or a list of subjects ending on "và" ("Luật Khoa học, công nghệ và đổi mới sáng tạo").
          const titled = NAMED_BY_SUBJECT.has(shortKind)
            ? (matchAt(rx`(?:${WS}(?!${NAME_STOP})(?:[\\p{Ll}]+|\\p{Lu}[\\p{Ll}]*)){1,2},${WS}(?!${NAME_STOP}|${this.p.documentKind})[\\p{Ll}]+(?:${WS}(?!${NAME_STOP})[\\p{Ll}]+){0,3}(?:${WS}và(?:${WS}(?!${NAME_STOP})[\\p{Ll}]+){1,4})?${lawTail}(?=[^\\S\\n]*(?:[.;:,!?)]|$|${WS}${NAME_STOP}))`, text, at) ??
              matchAt(rx`(?:${WS}(?!${NAME_STOP})(?:[\\p{Ll}]+|\\p{Lu}[\\p{Ll}]*)){1,8}${lawTail}(?=[^\\S\\n]*(?:[.;:,!?)]|$|${WS}${NAME_STOP}))`, text, at))
            : null;
          if (!titled || (shortKind !== 'Luật' && !/^\s*\p{Lu}/u.test(titled[0]))) return undefined;
          at += titled[0].length;
          name = text.slice(pos, at).replace(/\s+/g, ' ');
          // "Luật Đất đai năm 2024" and "Luật Đất đai 2024" are one law.
          id = { by: 'title', title: slug(name.replace(/ năm (?=\d{4}$)/u, ' ')) };
        }
      }
    } else return undefined;

    const mention: DocumentMention = { start: pos, end: at, kind, kindWord: shortKind, id, name, surface: writtenAs ?? text.slice(pos, at), ...(event ? { event } : {}) };
    return id.by === 'event' ? mention : this.withIssuer(text, mention, limit);
  }

  /**
   * "… thông qua 9 nghị quyết, trong đó có: Nghị quyết điều chỉnh kế hoạch đầu tư công …; Nghị quyết về …": the
   * documents a council adopts, listed by what they do, each up to its separator; named again later in the article
   * ("tổ chức thực hiện Nghị quyết ban hành bảng giá đất …"), each is the same. Returns the words after the kind.
   */
  private adoptedAt(text: string, pos: number, at: number, limit: number): string | undefined {
    const after = text.slice(at, Math.min(limit, at + 400));
    for (const known of this.adopted) if (after.startsWith(known) && !/[\p{L}\p{N}]/u.test(after[known.length] ?? '')) return known;
    if (!ADOPTED_LIST.test(text.slice(Math.max(0, pos - 300), pos))) return undefined;
    const words = ADOPTED_NAME.exec(after)?.[0];
    if (words) this.adopted.push(words);
    return words;
  }

  /** The mention with the issuer named right after it ("… , ngày 5-5-2022 của Bộ Chính trị"), if one is. */
  private withIssuer(text: string, d: DocumentMention, limit: number): DocumentMention {
    // No two white-space quantifiers side by side: a long run would be split between them every way.
    // (Scraped text sometimes keeps "ngày" and loses the date: "Kết luận số 01-KL/TW ngày của Bộ Chính trị".)
    const issuerAt = matchAt(rx`(?:[^\\S\\n]*(?:,[^\\S\\n]*)?ngày(?:[^\\S\\n]+[\\d/.-]+)?(?:[^\\S\\n]*,)?)?[^\\S\\n]+của[^\\S\\n]+`, text, d.end);
    const org = issuerAt ? this.orgs.parse(text, d.end + issuerAt[0].length, limit) : undefined;
    return org ? { ...d, end: org.end, issuer: org.info, issuerSpan: org } : d;
  }

  /** "Quy chế làm việc của Chính phủ", "Kế hoạch của Ban Thường vụ Thành ủy …": a short description then the issuer. */
  private describedWithIssuer(text: string, pos: number, at: number, limit: number): { words: string; issuer: { info: OrgInfo } & Span } | undefined {
    const desc = matchAt(rx`((?:[^\\S\\n]+[\\p{Ll}]+){0,4}?)[^\\S\\n]+của[^\\S\\n]+`, text, at);
    // "các Nghị quyết của Bộ Chính trị" names no one document.
    if (!desc || /(?:các|những|nhiều)\s+$/u.test(text.slice(Math.max(0, pos - 12), pos))) return undefined;
    const org = this.orgs.parse(text, at + desc[0].length, limit);
    if (!org) return undefined;
    return { words: desc[1]!.replace(/\s+/g, ' '), issuer: org };
  }
}
