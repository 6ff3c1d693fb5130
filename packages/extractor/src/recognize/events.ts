import type { OrgInfo, OrgMention, OrganizationRecognizer } from './organizations.js';
import { writtenInFull } from './organizations.js';
import { CAP, DOCUMENT_DATE, E, ORDINAL, ORDINAL_AFTER_THU, TENURE, TERM, memo } from './patterns.js';
import type { Patterns } from './patterns.js';
import { WordIndex, matchAt, ordinalValue, rx, sticky, triggerWords } from './scan.js';
import type { Span } from './scan.js';
import { slug } from '../text/normalize.js';
import type { PlaceRef } from '../resolve/places.js';

/** The word a meeting is named by; bare references ("hội nghị") resolve by it. */
export type EventHead = 'hội nghị' | 'đại hội' | 'hội thảo' | 'họp báo' | 'phiên họp' | 'kỳ họp' | 'lễ' | 'tọa đàm';

export interface EventMention extends Span {
  /** Undefined for a bare reference ("tại hội nghị"), resolved later to the article's meeting. */
  key?: string;
  label?: string;
  aliases: string[];
  head: EventHead;
  /** End of the name without its tenure ("…, nhiệm kỳ 2020 - 2025"). */
  coreEnd: number;
  /** The body whose congress or plenum it is. */
  body?: OrgInfo;
  /** A meeting named inside this one's name ("Hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng"): a meeting of its own. */
  within?: EventMention;
  /** This is such a meeting: named, but not the one the article reports (no date is its). */
  insideName?: true;
  /** Named after a national body ("Phiên họp Chính phủ thường kỳ …"): no province's meeting, wherever reported. */
  national?: true;
}

const HEAD = sticky('(?<![\\p{L}\\p{N}])(?:[Hh]ội nghị|[Đđ]ại hội|[Hh]ội thảo|[Bb]uổi họp báo|[Hh]ọp báo|họp phiên(?=[^\\S\\n]+thứ[^\\S\\n])|[Pp]hiên họp|[Kk]ỳ họp|[Tt]ọa đàm|[Bb]uổi lễ|Lễ)(?![\\p{L}\\p{N}])');
const HEAD_TRIGGERS = triggerWords(['Hội', 'Đại', 'Buổi', 'Họp', 'Phiên', 'Kỳ', 'Tọa', 'Lễ']);

/** Words that make "Hội nghị …" a named, delimited meeting rather than any meeting. */
const ACTIVITY = [
  'tổng kết', 'sơ kết', 'quán triệt', 'học tập', 'triển khai', 'báo cáo viên', 'giao ban', 'toàn quốc', 'tuyên truyền',
  'chuyên đề', 'thường kỳ', 'đầu tiên', 'khoa học', 'trực tuyến', 'lấy ý kiến', 'tiếp xúc cử tri', 'công bố',
  'công bố quyết định', 'kỷ niệm', 'biểu dương', 'đối thoại', 'cán bộ chủ chốt', 'giữa nhiệm kỳ', 'góp ý', 'thông tin',
  'bất thường', 'chất vấn', 'gặp mặt', 'hiệp thương', 'công bố các quyết định', 'ký kết', 'trao quyết định', 'thông qua dự thảo',
];
const ACTIVITY_RE = new RegExp(`(?<![\\p{L}])(?:${ACTIVITY.join('|')})(?![\\p{L}])`, 'iu');

const WS = '[^\\S\\n]+';

/** "… đầu tiên sau khi <clause>": up to eight words, to the clause's end or a place or time ("tại", "vào", "ngày"). */
const FIRST_AFTER = sticky(`${WS}sau khi(?:${WS}(?!(?:tại|vào|ngày|do|với|và|của|để|nhằm)(?![\\p{L}]))[\\p{L}]+){1,8}(?![\\p{L}])`);

/**
 * Whom a meeting is held with, named after them ("Hội nghị Chính phủ với các địa phương", "Hội nghị đối thoại với doanh
 * nghiệp năm 2025"), and its year.
 */
const WITH_PARTNERS = sticky(`${WS}với${WS}(?:(?:các|cộng đồng)${WS})?(?:địa phương|doanh nghiệp|doanh nhân|nhà đầu tư|trí thức|nhà khoa học)(?![\\p{L}])(?:${WS}năm${WS}\\d{4}(?![\\p{N}]))?`);
/**
 * Capitalized nouns that are no names ("công tác xây dựng Đảng", "Nhà nước", "công tác Công an năm 2025", "công tác Đoàn"), and a
 * document named by its subject ("ký kết Quy chế phối hợp công tác …"): a meeting's name goes on through them (not when a name
 * or a number follows: "Đoàn Đại biểu …", "Kế hoạch số 12").
 */
const COMMON_CAPITALIZED =
  /^(?:(?:Đảng|Nhà nước|Nhân dân|Tổ quốc|Thủ đô|Bác Hồ)(?![\p{L}])(?!\s+(?:bộ|ủy)(?![\p{L}]))|(?:Công an|Quân đội|Mặt trận|Công đoàn|Đoàn)(?![\p{L}])(?![^\S\n]+\p{Lu})|(?:Quy chế|Kế hoạch|Chương trình|Đề án)(?=[^\S\n]+\p{Ll})(?![^\S\n]+số(?![\p{L}])))/u;
/** "… kỷ niệm 95 năm": what follows names what is commemorated, capitals and all. */
const COMMEMORATES = /kỷ niệm[^\S\n]+\d{1,4}[^\S\n]+năm[^\S\n]*$/u;
// Longest first: an activity is read whole.
const ACTIVITY_START = new RegExp(`^(?:${[...ACTIVITY].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'iu');

/** Words that end a meeting's descriptive name: verbs, prepositions, the next clause. */
const DESCRIPTOR_STOP = new RegExp(
  `^(?:${[
    'đã', 'đang', 'sẽ', 'được', 'có', 'là', 'và', 'với', 'theo', 'để', 'nhằm', 'trong', 'tại', 'do', 'vào', 'cho',
    'diễn ra', 'khai mạc', 'bế mạc', 'này', 'đó', 'nêu', 'nhấn mạnh', 'yêu cầu', 'đề nghị', 'cần', 'khi', 'sau', 'trước',
    'thì', 'mà', 'như', 'từ', 'đến', 'về', 'của', 'ngày', 'sáng', 'chiều', 'tối', 'lần(?![^\\S\\n]+thứ)', 'cùng', 'gồm', 'bàn',
    'thảo luận', 'thông qua', 'chủ trì', 'tham dự', 'dự', 'phát biểu', 'chỉ đạo', 'kết luận', 'các', 'những', 'đại biểu',
    'nhận', 'cũng', 'còn', 'tiếp tục', 'xem xét', 'ghi nhận', 'đánh giá', 'thống nhất', 'quyết định', 'bầu', 'ra',
    'lãnh đạo', 'họp', 'ông', 'bà', 'đồng chí', 'hội nghị', 'đại hội', 'nhiệm kỳ(?=[^\\S\\n]+\\d)', 'trực tiếp', 'kết hợp', 'đi',
  ].join('|')})(?![\\p{L}])`,
  'u',
);

/** A photo credit ending a line: "… Ảnh: VIỆT DŨNG", "… (Ảnh: Quang Vinh)." */
const PHOTO_CREDIT_AT_END = /(?:^|[\s.(])Ảnh\s*:[^\n]{1,60}$/u;

/** Whether `pos` is on a caption line: one a photo credit ends, a sentence or two long. */
function inCaption(text: string, pos: number): boolean {
  const lineEnd = text.indexOf('\n', pos);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return end - text.lastIndexOf('\n', pos) <= 300 && PHOTO_CREDIT_AT_END.test(text.slice(pos, end));
}

/** A sitting's number: "thứ 4", also "thường kỳ lần thứ 4", "lần thứ 4". */
const SITTING_NUMBER = `(?:[^\\S\\n]+thường kỳ)?(?:[^\\S\\n]+lần)?[^\\S\\n]+thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}`;

/** Bodies whose sittings are called kỳ họp: the assemblies, the councils and the inspection commissions. */
const HOLDS_SITTINGS = /^(?:Quốc hội|HĐND|Ủy ban Kiểm tra)(?![\p{L}])/u;
/** Bodies whose numbered sittings are called phiên họp: the Assembly's Standing Committee, steering committees. */
const HOLDS_NUMBERED_MEETINGS = /^(?:Ủy ban Thường vụ Quốc hội|Ban Chỉ đạo)(?![\p{L}])/u;

/** "Đại hội đại biểu Phụ nữ tỉnh lần thứ XI" with its place's name: "… Phụ nữ tỉnh Lâm Đồng lần thứ XI". */
function withPlaceNamed(written: string, place: PlaceRef | undefined): string[] {
  if (!place?.adminWord) return [];
  const bare = ` ${place.adminWord} lần thứ `;
  return written.includes(bare) ? [written.replace(bare, ` ${place.adminWord} ${place.bare} lần thứ `)] : [];
}

/** "Đại hội đại biểu lần thứ I" after "Đảng bộ xã Phú Lộc tổ chức": its full name says whose ("Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ I"). */
function delegatesOf(written: string, label: string): string[] {
  return /^Đại hội đại biểu lần thứ /iu.test(written) && !label.startsWith('Đại hội đại biểu') ? [label.replace(/^Đại hội/u, 'Đại hội đại biểu')] : [];
}

/** A congress's members and place in up to five words, then its ordinal ("… Phụ nữ tỉnh lần thứ XI"). */
const MEMBERS_THEN_ORDINAL = `(?:[^\\S\\n]+[\\p{L}]+){1,5}?[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}`;

/** Bodies that hold congresses ("Đại hội đại biểu <body> lần thứ N"): the Party's organizations, the Front and the mass organizations. */
const HOLDS_CONGRESSES = /^(?:Đảng bộ|Ủy ban (?:Trung ương )?MTTQ|Mặt trận Tổ quốc|(?:Tổng )?Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Đoàn Thanh niên|Trung ương Đoàn)(?![\p{L}])/u;

/**
 * What may stand between a body and "họp": its term and tenure, its province or city after a comma or in
 * brackets, an aspect word ("Ban Chấp hành khóa XIII đã họp", "HĐND tỉnh khóa XIII, nhiệm kỳ 2021-2026 khai
 * mạc", "Đảng bộ xã Tân Phú, tỉnh Đồng Nai long trọng tổ chức", "Đảng bộ phường Ba Đình (Hà Nội) long trọng khai mạc").
 */
const MAX_TERM_THEN_VERB_GAP = 120;
const PROVINCE_AFTER_COMMA = '[^\\S\\n]*,[^\\S\\n]*(?:tỉnh|thành phố|TP\\.?)[^\\S\\n]+\\p{Lu}\\p{L}*(?:[^\\S\\n]+\\p{Lu}\\p{L}*){0,3}';
const TERM_THEN_VERB_GAP = new RegExp(`^(?:${TERM})?(?:${TENURE})?(?:${PROVINCE_AFTER_COMMA})?\\s*(?:\\([^()\\n]{1,30}\\)\\s*)?(?:đã|đang|vừa)?\\s*(?:long trọng\\s*)?$`, 'u');

/** The key of a body's Nth plenum; the Central Committee's keep the key of "Hội nghị Trung ương N khóa X". */
export function plenumKey(n: number | undefined, bodyKey: string, term: number | undefined): string {
  const termPart = term ? `-khoa-${term}` : '';
  return bodyKey === 'org:ban-chap-hanh-trung-uong-dang' ? `ev:hoi-nghi-tw-${n}${termPart}` : `ev:hoi-nghi-${n}-${bodyKey.slice(4)}${termPart}`;
}

/** The key and label of a body's Nth sitting ("Kỳ họp thứ 5, HĐND tỉnh Đồng Nai khóa X"), however the text orders them. */
function sitting(word: string, nth: string, body: OrgInfo, term: string | undefined): { key: string; label: string } {
  return {
    key: `ev:${slug(word)}-${ordinalValue(nth)}-${body.key.slice(4)}${term ? `-khoa-${ordinalValue(term)}` : ''}`,
    label: `${word} thứ ${nth}, ${body.label}${term ? ` khóa ${term}` : ''}`,
  };
}

export class EventRecognizer {
  private readonly titleStart: RegExp;
  private sentenceOrgs: readonly OrgMention[] = [];
  /** The heads of the meetings named so far in the article ("kỳ họp" after "Kỳ họp thứ 6 …"). */
  private readonly namedHeads = new Set<EventHead>();
  /** A document's name: kind word then code, number, or "Trung ương N khóa X". */
  private readonly documentName: RegExp;
  /** Whose voters a meeting meets: "tiếp xúc cử tri đặc khu Vân Đồn", "… cử tri huyện Thanh Trì", "… cử tri Hà Nội". */
  private readonly votersPlace: RegExp;
  /** A kind word before the meeting that adopted the document ("Nghị quyết Hội nghị …", "Nghị quyết của Đại hội …"). */
  private readonly documentOfMeeting: RegExp;

  constructor(
    private readonly orgs: OrganizationRecognizer,
    patterns: Patterns,
  ) {
    this.titleStart = memo(patterns, 'eventTitleStart', () => new RegExp(`^(?:${patterns.title}|${patterns.titleQualifier})(?![\\p{L}])`, 'u'));
    this.documentName = memo(patterns, 'eventDocumentName', () =>
      sticky(`${patterns.documentKind}(?:${WS}số)?${WS}(?:Trung ương${WS}\\d{1,2}(?:${TERM})?|\\d[\\d\\p{L}/-]*)`),
    );
    this.votersPlace = memo(patterns, 'eventVotersPlace', () => sticky(`${WS}(?:(?:${patterns.adminWord})${WS}${CAP}(?:${WS}${CAP}){0,3}|(?:${patterns.places.known})(?![\\p{L}]))`));
    this.documentOfMeeting = memo(patterns, 'eventDocumentOfMeeting', () => sticky(`${patterns.documentKind}${WS}(?:của${WS})?(?=Hội nghị|Đại hội)`));
  }

  /** Meetings in [from, to); `orgs` are the sentence's bodies, for "<body> họp Hội nghị lần thứ N". */
  find(index: WordIndex, from: number, to: number, orgs: readonly OrgMention[] = []): EventMention[] {
    const text = index.text;
    this.sentenceOrgs = orgs;
    const found: EventMention[] = [];
    let cursor = from;
    for (const m of index.matches(HEAD, HEAD_TRIGGERS, from, to)) {
      if (m.index < cursor) continue;
      const parsed = this.parse(text, m.index, m[0], to);
      // "Đây là kỳ họp đầu tiên Ủy ban Kiểm tra … xem xét …" after "Kỳ họp thứ 6": said of the meeting named before, not
      // another one (with none named before, it names the meeting: "Đây là phiên họp Chính phủ đầu tiên sau khi …").
      const said =
        parsed?.key && this.namedHeads.has(parsed.head) && PREDICATE_BEFORE.test(text.slice(Math.max(from, m.index - 16), m.index))
          ? bare(text, m.index, m.index + m[0].length, parsed.head)
          : undefined;
      const hit = said ?? parsed;
      if (hit?.key) this.namedHeads.add(hit.head);
      if (hit) {
        found.push(hit);
        if (hit.within) found.push({ ...hit.within, insideName: true });
        cursor = parsed!.end;
      }
    }
    return found;
  }

  private parse(text: string, pos: number, headWord: string, limit: number): EventMention | undefined {
    const lower = headWord.toLowerCase().replace('buổi ', '');
    const head = (lower === 'lễ' ? 'lễ' : lower) as EventHead;
    const after = pos + headWord.length;
    if (head === 'đại hội') return this.congress(text, pos, after, limit) ?? bare(text, pos, after, head);
    if (head === 'hội nghị') {
      const plenum = this.plenum(text, pos, after, limit);
      if (plenum) return plenum;
    }
    // "Ban Chỉ đạo … họp phiên thứ 27": the body's sitting, "họp" its verb; not in a photo's caption ("… họp phiên
    // thứ 6. Ảnh: VIỆT DŨNG"), which shows one of the body's sittings, not the one the article reports.
    if (lower === 'họp phiên') return inCaption(text, after) ? undefined : this.sessionHeldBy(text, after - 'phiên'.length, after, 'Phiên họp', 'phiên họp');
    if (head === 'kỳ họp' || head === 'phiên họp') {
      const session = this.session(text, pos, after, head, limit);
      if (session) return session;
    }
    return this.named(text, pos, after, head, limit) ?? bare(text, pos, after, head);
  }

  /**
   * Numbered sittings of an elected or collegial body: "Kỳ họp thứ 11, Quốc hội khóa XIV",
   * "kỳ họp thứ 20 HĐND tỉnh Nghệ An khóa XVIII", "Phiên họp thứ 38 của Ủy ban Thường vụ Quốc hội".
   */
  private session(text: string, pos: number, after: number, head: EventHead, limit: number): EventMention | undefined {
    const word = head === 'kỳ họp' ? 'Kỳ họp' : 'Phiên họp';
    // "Kỳ họp thứ 24 (kỳ họp bất thường), HĐND tỉnh …": a note on the sitting may stand before its body.
    const nth = matchAt(rx`${SITTING_NUMBER}(?:[^\\S\\n]*\\([^()\\n]{1,60}\\))?([^\\S\\n]*,)?[^\\S\\n]+(?:của[^\\S\\n]+)?`, text, after);
    const org = nth ? this.orgs.parse(text, after + nth[0].length, limit) : undefined;
    if (!nth || !org) return this.sessionHeldBy(text, pos, after, word, head);
    let end = org.end;
    const term = matchAt(TERM, text, end);
    if (term) end += term[0].length;
    // "Tại phiên họp thứ nhất, Ban Chấp hành … bầu …": after a comma the body is the sentence's
    // subject, unless a term shows it names the sitting ("Kỳ họp thứ 11, Quốc hội khóa XIV"), or the
    // subject holds such sittings of its own ("Tại kỳ họp thứ 41, Ủy ban Kiểm tra Tỉnh ủy … đã xem xét", "Phiên họp
    // thứ 48, Ủy ban Thường vụ Quốc hội cho ý kiến …").
    if (nth[2] && !term && !(head === 'kỳ họp' ? HOLDS_SITTINGS : HOLDS_NUMBERED_MEETINGS).test(org.info.label)) return undefined;
    const termValue = term ? /([IVXLC]+|\d+)\)?\s*$/.exec(term[0])?.[1] : undefined;
    const { key, label } = sitting(word, nth[1]!, org.info, termValue);
    return { start: pos, end, coreEnd: end, key, label, aliases: [text.slice(pos, end).replace(/\s+/g, ' ')], head, body: org.info };
  }

  /**
   * "HĐND tỉnh khóa X khai mạc Kỳ họp thứ 5": a sitting of the body the sentence names before it; "HĐND tỉnh tổ
   * chức phiên chất vấn tại Kỳ họp thứ 22": a kỳ họp of the body before it that holds kỳ họp.
   */
  private sessionHeldBy(text: string, pos: number, after: number, word: string, head: EventHead): EventMention | undefined {
    const nth = matchAt(rx`${SITTING_NUMBER}`, text, after);
    if (!nth) return undefined;
    const holding = head === 'kỳ họp' ? this.sentenceOrgs.findLast((o) => o.end <= pos && HOLDS_SITTINGS.test(o.info.label)) : undefined;
    const holder: { body: OrgInfo; termValue?: string } | undefined = this.holderBefore(text, pos) ?? (holding ? { body: holding.info } : undefined);
    if (!holder) return undefined;
    const { body, termValue } = holder;
    const end = after + nth[0].length;
    const { key, label } = sitting(word, nth[1]!, body, termValue);
    return { start: pos, end, coreEnd: end, key, label, aliases: [label], head, body };
  }

  /**
   * The documents named from `start` (the first ending at `end`) and more joined to it, written without their dates,
   * and who issued them when the text says it after them ("Bộ Chính trị, Ban Bí thư").
   */
  private documentsFrom(text: string, start: number, end: number, limit: number): { end: number; label: string; issuers?: string } {
    let label = text.slice(start, end);
    for (;;) {
      const and = matchAt(AND_DOCUMENT, text, end);
      const next = and ? matchAt(this.documentName, text, end + and[0].length) : null;
      if (!and || !next || end + and[0].length + next[0].length > limit) break;
      label += `${/và\s*$/u.test(and[0]) ? ' và' : ','} ${next[0]}`;
      end += and[0].length + next[0].length;
    }
    const of = matchAt(OF_ISSUER, text, end);
    const issuers = of ? this.orgs.listAt(text, end + of[0].length, limit, (o) => o.info.kind === 'national') : [];
    const squeezed = label.replace(/\s+/g, ' ');
    return issuers.length ? { end: issuers.at(-1)!.end, label: squeezed, issuers: issuers.map((o) => o.info.label).join(', ') } : { end, label: squeezed };
  }

  /** A named meeting of any kind at `pos` ("Kỳ họp thứ 10, Quốc hội khóa XV"), inside another meeting's name. */
  private meetingAt(text: string, pos: number, limit: number): EventMention | undefined {
    const head = matchAt(HEAD, text, pos);
    const meeting = head ? this.parse(text, pos, head[0], limit) : undefined;
    return meeting?.key ? meeting : undefined;
  }

  /** A congress named at `pos` ("Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ 19"), inside another meeting's name. */
  private congressAt(text: string, pos: number, limit: number): EventMention | undefined {
    const head = matchAt(rx`[Đđ]ại hội${E}`, text, pos);
    return head ? this.congress(text, pos, pos + head[0].length, limit) : undefined;
  }

  /** "Đại hội XIII của Đảng", "Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025 - 2030". */
  private congress(text: string, pos: number, after: number, limit: number): EventMention | undefined {
    let at = after;
    const step = (source: string) => {
      const m = matchAt(source, text, at);
      if (m) at += m[0].length;
      return m;
    };
    step(`[^\\S\\n]+[Đđ]ại biểu`);
    const national = step(`[^\\S\\n]+toàn quốc`);
    let ordinal = step(`[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}`)?.[1] ?? step(`[^\\S\\n]+(${ORDINAL})(?=[\\s,.;]|$)`)?.[1];
    let body: OrgInfo | undefined;
    let partyWide = Boolean(national);
    const of = matchAt(rx`[^\\S\\n]+(?:của[^\\S\\n]+)?`, text, at);
    const bodyAt = at + (of ? of[0].length : 0);
    const party = matchAt(rx`Đảng(?![^\\S\\n]+(?:bộ|ủy|viên))${E}(?:[^\\S\\n]+Cộng sản Việt Nam)?`, text, bodyAt);
    if (party) {
      partyWide = true;
      at = bodyAt + party[0].length;
    } else {
      const org = this.orgs.parse(text, bodyAt, limit);
      if (org && HOLDS_CONGRESSES.test(org.info.label)) {
        body = org.info;
        at = org.end;
      }
    }
    ordinal ??= step(`[^\\S\\n]+(?:lần thứ[^\\S\\n]+)?(${ORDINAL})(?=[\\s,.;]|$)`)?.[1];
    // "Hội Liên hiệp Phụ nữ tỉnh tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XI": the members and their place
    // named in a few words, then the ordinal; whose congress it is, the body before says.
    if (!ordinal && !body && !partyWide) ordinal = step(MEMBERS_THEN_ORDINAL)?.[1];
    // "Đảng bộ phường Hải Châu tổ chức Đại hội đại biểu lần thứ I": the body holding it is named before.
    if (ordinal && !body && !partyWide) {
      const holder = this.holderBefore(text, pos)?.body;
      if (holder && HOLDS_CONGRESSES.test(holder.label)) body = holder;
    }
    // "Đại hội đại biểu Đảng bộ Công an tỉnh Hòa Bình nhiệm kỳ 2020 - 2025": without its number, a body's congress is named by its term.
    const term = !ordinal && body ? matchAt(TENURE, text, at) : null;
    const years = term ? /(\d{4})\D+(\d{4})/u.exec(term[0]) : null;
    if ((!ordinal && !years) || (!body && !partyWide)) return undefined;
    const coreEnd = at;
    step(TENURE);
    const n = ordinal ? ordinalValue(ordinal) : `nk-${years![1]}-${years![2]}`;
    const owner = body ? body.key.slice(4) : 'dang';
    if (!ordinal) {
      const label = `Đại hội ${body!.label} nhiệm kỳ ${years![1]} - ${years![2]}`;
      return { start: pos, end: at, coreEnd: at, key: `ev:dai-hoi-${n}-${owner}`, label, aliases: [text.slice(pos, at).replace(/\s+/g, ' ')], head: 'đại hội', body: body! };
    }
    // The Front's congress is the Front's, not its committee's ("Đại hội … Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An").
    const label = body ? `Đại hội ${body.label.replace(/^Ủy ban (?:Trung ương )?MTTQ Việt Nam/u, 'Mặt trận Tổ quốc Việt Nam')} lần thứ ${ordinal}` : `Đại hội ${ordinal} của Đảng`;
    return {
      start: pos,
      end: at,
      coreEnd,
      key: `ev:dai-hoi-${n}-${owner}`,
      label,
      aliases: [text.slice(pos, coreEnd), text.slice(pos, at), ...withPlaceNamed(text.slice(pos, coreEnd), body?.place), ...delegatesOf(text.slice(pos, coreEnd), label)],
      head: 'đại hội',
      ...(body ? { body } : {}),
    };
  }

  /** "Hội nghị Trung ương 5 khóa XIII", "Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ … khóa III". */
  private plenum(text: string, pos: number, after: number, limit: number): EventMention | undefined {
    const central = matchAt(rx`[^\\S\\n]+(?:Ban Chấp hành[^\\S\\n]+)?Trung ương(?:[^\\S\\n]+Đảng)?[^\\S\\n]+(?:lần thứ[^\\S\\n]+)?(\\d{1,2})(${TERM})?`, text, after);
    if (central) {
      const end = after + central[0].length;
      const termMatch = central[2] ? /([IVXLC]+|\d+)/.exec(central[2]) : null;
      const term = termMatch ? ordinalValue(termMatch[1]!) : undefined;
      const label = `Hội nghị Trung ương ${central[1]}${termMatch ? ` khóa ${termMatch[1]}` : ''}`;
      return {
        start: pos,
        end,
        coreEnd: end,
        key: `ev:hoi-nghi-tw-${central[1]}${term ? `-khoa-${term}` : ''}`,
        label,
        aliases: [text.slice(pos, end)],
        head: 'hội nghị',
      };
    }
    const held = this.heldBy(text, pos, after);
    if (held) return held;
    // "lần thứ N" before or after the body's name.
    let at = after;
    const before = matchAt(rx`[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})[^\\S\\n]+`, text, at);
    if (before) at += before[0].length;
    else {
      const ws = matchAt('[^\\S\\n]+', text, at);
      if (!ws) return undefined;
      at += ws[0].length;
    }
    const org = this.orgs.parse(text, at, limit);
    if (!org) return undefined;
    at = org.end;
    let ordinal = before?.[1];
    if (!ordinal) {
      const afterOrd = matchAt(rx`[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}`, text, at);
      if (!afterOrd) return undefined;
      ordinal = afterOrd[1]!;
      at += afterOrd[0].length;
    }
    const term = matchAt(TERM, text, at);
    if (term) at += term[0].length;
    const coreEnd = at;
    const tenure = matchAt(TENURE, text, at);
    if (tenure) at += tenure[0].length;
    const termValue = term ? ordinalValue(/([IVXLC]+|\d+)\)?\s*$/.exec(term[0])?.[1] ?? '') : undefined;
    // The body by its full name when the text leaves its place implicit ("… Đảng bộ tỉnh lần thứ 12").
    const full = writtenInFull(org);
    const bodyName = full ? text.slice(org.start, org.end) : (org.info.aliases.at(-1) ?? org.info.label);
    const label = `${text.slice(pos, org.start)}${bodyName}${text.slice(org.end, coreEnd)}`.replace(/\s+/g, ' ').replace(/^hội/, 'Hội');
    return {
      start: pos,
      end: at,
      coreEnd,
      key: plenumKey(ordinalValue(ordinal), org.info.key, termValue),
      label,
      aliases: full ? [text.slice(pos, coreEnd), text.slice(pos, at)] : [label],
      head: 'hội nghị',
      body: org.info,
    };
  }

  /** "Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ 11": the body named before the meeting. */
  private heldBy(text: string, pos: number, after: number): EventMention | undefined {
    const nth = matchAt(rx`[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}(?![^\\S\\n]+(?:Ban|Đảng|Tỉnh|Thành|Huyện|Quận|Ủy|Hội đồng))`, text, after);
    const holder = nth ? this.holderBefore(text, pos) : undefined;
    if (!nth || !holder) return undefined;
    const { body, bodyName, termValue } = holder;
    const end = after + nth[0].length;
    const label = `Hội nghị lần thứ ${nth[1]} ${bodyName}${termValue ? ` khóa ${termValue}` : ''}`.replace(/\s+/g, ' ');
    const key = plenumKey(ordinalValue(nth[1]!), body.key, termValue ? ordinalValue(termValue) : undefined);
    return { start: pos, end, coreEnd: end, key, label, aliases: [label], head: 'hội nghị', body };
  }

  /**
   * The body holding the meeting at `pos` when the sentence names it first, as the subject of
   * "họp", "tổ chức", "khai mạc" … ("HĐND tỉnh khóa X khai mạc Kỳ họp thứ 5"), with its term.
   */
  private holderBefore(text: string, pos: number): { body: OrgInfo; bodyName: string; termValue?: string } | undefined {
    const verb = /(?:họp|tổ chức|khai mạc|bế mạc|tiến hành)\s+$/u.exec(text.slice(Math.max(0, pos - 16), pos));
    if (!verb) return undefined;
    const verbStart = pos - verb[0].length;
    // (The gap is short: a longer one, a white-space run in broken input included, is never tested.)
    const body = this.sentenceOrgs.find((o) => o.end <= verbStart && verbStart - o.end <= MAX_TERM_THEN_VERB_GAP && TERM_THEN_VERB_GAP.test(text.slice(o.end, verbStart)));
    if (!body) return undefined;
    const term = matchAt(TERM, text, body.end);
    const termValue = term ? /([IVXLC]+|\d+)\)?\s*$/.exec(term[0])?.[1] : undefined;
    const bodyName = writtenInFull(body) ? text.slice(body.start, body.end) : (body.info.aliases.at(-1) ?? body.info.label);
    return { body: body.info, bodyName, ...(termValue ? { termValue } : {}) };
  }

  /**
   * The meeting that adopted a document named by it at `pos` ("Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành
   * Trung ương Đảng khóa XIII", "Nghị quyết Đại hội XIV của Đảng"), if one stands there.
   */
  private meetingOfDocument(text: string, pos: number, limit: number): EventMention | undefined {
    const kind = matchAt(this.documentOfMeeting, text, pos);
    if (!kind) return undefined;
    return this.meetingAt(text, pos + kind[0].length, limit);
  }

  /** "Hội nghị Tổng kết 15 năm thực hiện Nghị quyết …", "hội nghị sơ kết giữa nhiệm kỳ Đảng bộ …". */
  private named(text: string, pos: number, after: number, head: EventHead, limit: number): EventMention | undefined {
    let at = after;
    let words = 0;
    let hasName = false;
    /** A body or meeting that closes the name, by its canonical label: "… Tỉnh ủy" and "… Tỉnh ủy Long An" are one meeting. */
    let closing: { start: number; end: number; label: string } | undefined;
    let within: EventMention | undefined;
    let commemorated = false;
    /** "… của Bộ Chính trị, Ban Bí thư": who issued the documents closing the name (another name of the meeting says it). */
    let issuedBy: string | undefined;
    /** Where the name's first activity ends, when another follows ("tổng kết …, triển khai …"). */
    let firstActivityEnd: number | undefined;
    /** What closes the name from `start` to `end`, written `label` in it (a body, a session, whom a decision is about). */
    const close = (start: number, end: number, label: string) => {
      closing = { start, end, label };
      at = end;
      hasName = true;
    };
    const lead = matchAt(WS, text, after);
    // (National bodies are capitalized: most names go on in lower case, and need no parse.)
    let national = lead !== null && /\p{Lu}/u.test(text[after + lead[0].length] ?? '') && this.orgs.parse(text, after + lead[0].length, limit)?.info.kind === 'national';
    for (let i = 0; i < 16 && at < limit; i++) {
      const quote = matchAt(rx`${WS}(?:về tác phẩm${WS})?(?=[“"])`, text, at);
      const quoteEnd = quote ? quotedEnd(text, at + quote[0].length) : undefined;
      if (quoteEnd && quoteEnd <= limit) {
        at = quoteEnd;
        hasName = true;
        break;
      }
      const ws = matchAt(WS, text, at);
      if (ws && words > 0) {
        // A body or a document closes the name ("… sơ kết giữa nhiệm kỳ Đảng bộ huyện Phú Xuyên").
        const next = at + ws[0].length;
        const org = this.orgs.parse(text, next, limit);
        const congress = org ? undefined : this.congressAt(text, next, limit);
        const doc = org || congress ? null : matchAt(this.documentName, text, next);
        const adopting = org || congress || doc ? undefined : this.meetingOfDocument(text, next, limit);
        // "quán triệt Kết luận số 126-KL/TW ngày 14/2/2025 và Kết luận số 127-KL/TW … của Bộ Chính trị, Ban Bí thư": all the documents, without their dates.
        const docs = doc ? this.documentsFrom(text, next, next + doc[0].length, limit) : undefined;
        const end = org?.end ?? congress?.coreEnd ?? docs?.end ?? adopting?.coreEnd;
        if (end !== undefined && end <= limit) {
          const label = org?.info.label ?? congress?.label ?? docs?.label;
          if (label) closing = { start: next, end, label };
          if (docs?.issuers) issuedBy = docs.issuers;
          within = congress ?? adopting;
          if (org?.info.kind === 'national') national = true;
          at = end;
          hasName = true;
          break;
        }
      }
      // "công bố quyết định của Ban Bí thư": whose decision is announced closes the name.
      // ("… của Bộ Chính trị, Ban Bí thư": all the bodies deciding.)
      const decisionOf = /(?:quyết định|nghị quyết|kết luận|chỉ thị|quy định)$/u.test(text.slice(after, at)) ? matchAt(rx`${WS}của${WS}`, text, at) : null;
      const deciders = decisionOf ? this.orgs.listAt(text, at + decisionOf[0].length, limit) : [];
      const decider = deciders.at(-1);
      if (decider && decider.end <= limit) {
        close(at + decisionOf![0].length - decisionOf![0].trimStart().length, decider.end, `của ${deciders.map((d) => d.info.label).join(', ')}`);
        break;
      }
      const word = matchAt(rx`(,?)${WS}([\\p{Ll}]+|${CAP}|\\d{1,2}/\\d{4}|\\d{1,4})(?![\\p{L}\\p{N}])`, text, at);
      if (!word) break;
      const w = word[2]!;
      const wordStart = at + word[0].length - w.length;
      const upcoming = text.slice(wordStart, wordStart + 30);
      const activity = ACTIVITY_START.exec(upcoming);
      // A comma goes on only into another activity ("quán triệt, học tập chuyên đề"), or into a field paired with the one
      // before, up to the year ("tổng kết công tác quốc phòng, quân sự địa phương năm 2023").
      // So does a list of the documents announced ("công bố nghị quyết, quyết định về …").
      const announcedList = word[1] && ANNOUNCED_KIND.test(upcoming) && ANNOUNCED.test(text.slice(after, at));
      if (word[1] && !activity && !announcedList && !matchAt(PAIRED_FIELD, text, at)) break;
      // So does "và" after an activity ("tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025"). The name up to the first
      // activity's year is also written alone: it is kept as another name.
      const andActivity = w === 'và' && ACTIVITY_START.test(text.slice(wordStart + 3, wordStart + 33).trimStart()) && ACTIVITY_RE.test(text.slice(after, at));
      if ((word[1] && words > 0) || andActivity) firstActivityEnd ??= at;
      if (andActivity) {
        at += word[0].length;
        continue;
      }
      // "tiếp xúc cử tri đặc khu Vân Đồn": the voters' place belongs to the name.
      const voters = words > 0 && /tiếp xúc cử tri$/u.test(text.slice(after, at)) ? matchAt(this.votersPlace, text, at) : null;
      if (voters && at + voters[0].length <= limit) {
        at += voters[0].length;
        hasName = true;
        words++;
        continue;
      }
      // A capital only opens the name ("Hội nghị Tổng kết …"); a title after it starts a person. After
      // "kỷ niệm 95 năm", capitals name what is commemorated ("Ngày truyền thống ngành Tổ chức xây dựng Đảng").
      // "quý III": a quarter's number is no capital.
      const quarter = /^(?:IV|I{1,3})$/u.test(w) && text.slice(Math.max(pos, at - 3), at) === 'quý';
      if (/^\p{Lu}/u.test(w) && !quarter && !commemorated && !COMMON_CAPITALIZED.test(upcoming) && (words > 0 || this.titleStart.test(upcoming))) {
        if (!COMMEMORATES.test(text.slice(pos, at))) break;
        commemorated = true;
      }
      // "công bố quyết định kiểm tra đối với Ban Thường vụ Đảng ủy xã Mường Phăng": whom the decision is about closes the name.
      const toward = w === 'đối' ? matchAt(rx`${WS}đối${WS}với${WS}`, text, at) : null;
      const subject = toward ? this.orgs.parse(text, at + toward[0].length, limit) : undefined;
      if (subject && subject.end <= limit) {
        close(at + toward![0].length - toward![0].trimStart().length, subject.end, `đối với ${subject.info.label}`);
        break;
      }
      // "tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV": voters are met before or after a session, which the name gives.
      const session = (w === 'trước' || w === 'sau') && /tiếp xúc cử tri(?: [^,.;]{1,40})?$/u.test(text.slice(after, at)) ? this.meetingAt(text, at + word[0].length + (matchAt(WS, text, at + word[0].length)?.[0].length ?? 0), limit) : undefined;
      if (session?.key && session.label) {
        close(at + word[0].length - w.length, session.coreEnd, `${w} ${session.label}`);
        within = session;
        break;
      }
      if (!activity && !announcedList && DESCRIPTOR_STOP.test(upcoming)) break;
      // An activity is read whole ("công bố quyết định": its last words may stop a name elsewhere), unless they start
      // the document it names ("công bố Quyết định số 187-QĐ/TW"): the next step reads that.
      const document = activity && /quyết định$/iu.test(activity[0]) ? matchAt(this.documentName, text, wordStart + activity[0].length - 'quyết định'.length) : null;
      at = document ? wordStart + activity![0].length - ' quyết định'.length : activity ? wordStart + activity[0].length : at + word[0].length;
      words++;
    }
    if (words === 0) return undefined;
    // "… giai đoạn 2025 - 2030": the period's end year.
    const period = /giai đoạn \d{4}$/u.test(text.slice(after, at)) ? matchAt(rx`[^\\S\\n]*[-–][^\\S\\n]*\\d{4}(?![\\p{N}])`, text, at) : null;
    if (period && at + period[0].length <= limit) at += period[0].length;
    // "Hội nghị công bố (các) quyết định về công tác cán bộ", "… công bố nghị quyết, quyết định về sắp xếp đơn vị hành chính
    // cấp xã": documents announced without their names, named by what they are about.
    const topic = ANNOUNCED.test(text.slice(after, at)) ? matchAt(ANNOUNCED_TOPIC, text, at) : null;
    if (topic && at + topic[0].length <= limit) {
      at += topic[0].length;
      hasName = true;
    }
    // "phiên họp Chính phủ đầu tiên sau khi Chính phủ được kiện toàn": what the first meeting came after is part of its name.
    const firstAfter = /đầu tiên$/u.test(text.slice(Math.max(pos, at - 8), at)) ? matchAt(FIRST_AFTER, text, at) : null;
    if (firstAfter && at + firstAfter[0].length <= limit) at += firstAfter[0].length;
    // "Hội nghị (trực tuyến) Chính phủ với các địa phương": a national body's conference with those it meets; any
    // body's activity with them ("Hội nghị đối thoại với doanh nghiệp năm 2025").
    const partners = national || ACTIVITY_RE.test(text.slice(after, at)) ? matchAt(WITH_PARTNERS, text, at) : null;
    if (partners && at + partners[0].length <= limit) at += partners[0].length;
    const label0 = text.slice(pos, at).replace(/\s+/g, ' ').trim();
    // Named, not just any meeting: it names a body, document or title, a year ("năm 2025", "tháng 11/2025", "giai đoạn 2025 - 2030"), its
    // number ("Hội nghị hiệp thương lần thứ ba"), or opens with a capital ("Hội nghị Tổng kết …").
    const anchored = hasName || commemorated || /năm \d{4}|giai đoạn \d{4}|tháng \d{1,2}\/\d{4}|lần thứ \S/u.test(label0) || /^\p{Lu}/u.test(text.slice(after).trimStart());
    if (!anchored || !(partners || ACTIVITY_RE.test(label0))) return undefined;
    const written = closing ? `${text.slice(pos, closing.start).replace(/\s+/g, ' ').trim()} ${closing.label}${text.slice(closing.end, at).replace(/\s+/g, ' ')}` : label0;
    const label = written[0]!.toUpperCase() + written.slice(1);
    const aliases = [label0];
    const first = firstActivityEnd === undefined ? '' : text.slice(pos, firstActivityEnd).replace(/\s+/g, ' ').trim();
    // Kept only when it still names one meeting: its year ("… năm 2024"), not "quán triệt" alone.
    if (/năm \d{4}$/u.test(first)) aliases.push(first);
    if (issuedBy) aliases.push(`${written} của ${issuedBy}`);
    // "UBND thành phố tổ chức phiên họp thường kỳ tháng 5/2025": a meeting named without its body is also named with it.
    const holder = closing || national ? undefined : this.holderBefore(text, pos);
    if (holder) aliases.push(`${label} của ${holder.body.label}`);
    // "… về <topic>" belongs to the full name but not the short one.
    const about = matchAt(rx`${WS}về${WS}[^.;!?\\n]{3,200}`, text, at);
    if (about) aliases.push(text.slice(pos, at + about[0].length).replace(/\s+/g, ' '));
    return { start: pos, end: at, coreEnd: at, key: `ev:${slug(label)}`, label, aliases, head, ...(national ? { national } : {}), ...(within ? { within } : {}) };
  }
}

/** A document's date, then what joins another to it ("ngày 14/2/2025 và ", ", "), or its issuer ("… của "). */
const AND_DOCUMENT = sticky(`${DOCUMENT_DATE}[^\\S\\n]*(?:,|và|,[^\\S\\n]*và)[^\\S\\n]+`);
const OF_ISSUER = sticky(`${DOCUMENT_DATE}[^\\S\\n]+của[^\\S\\n]+`);

/** The end (exclusive) of a quotation opening at `pos`, nested quotes included; undefined if unclosed. */
function quotedEnd(text: string, pos: number): number | undefined {
  const open = text[pos];
  let depth = 0;
  for (let i = pos; i < text.length && i < pos + 800; i++) {
    const c = text[i];
    if (c === '\n') return undefined;
    if (open === '“') {
      if (c === '“') depth++;
      else if (c === '”' && --depth === 0) return i + 1;
    } else if (c === '"' && i > pos) return i + 1;
  }
  return undefined;
}

/** ", quân sự địa phương năm 2023": after a comma, a field named in a few lower-case words, then the year. */
const PAIRED_FIELD = sticky(`,(?:[^\\S\\n]+\\p{Ll}+){1,4}[^\\S\\n]+năm[^\\S\\n]+\\d{4}(?![\\p{N}])`);

const ANNOUNCED_KINDS = 'quyết định|nghị quyết|kết luận|chỉ thị|quy định';
/** A kind of document opening the words to come. */
const ANNOUNCED_KIND = new RegExp(`^(?:${ANNOUNCED_KINDS})(?![\\p{L}])`, 'u');
/** A name so far ending on the documents it announces or hands over, unnamed: "công bố (các) nghị quyết, quyết định", "công bố, trao quyết định". */
const ANNOUNCED = new RegExp(`(?:công bố|trao)(?:(?:,| và) trao)?(?: các)? (?:${ANNOUNCED_KINDS})(?:, (?:${ANNOUNCED_KINDS}))*$`, 'u');
/**
 * What announced documents are about, in lower-case words up to a comma, a stop or a function word that opens what follows
 * ("về sắp xếp đơn vị hành chính cấp xã, …", "về công tác cán bộ của Ban Bí thư").
 */
const ANNOUNCED_TOPIC_STOP = '(?:của|và|tại|cho|với|trong|đến|từ|do|ngày|sáng|chiều|đối)(?![\\p{L}])';
const ANNOUNCED_TOPIC = sticky(
  `${WS}về(?:${WS}(?!${ANNOUNCED_TOPIC_STOP})\\p{Ll}+){1,12}(?![\\p{L}\\p{N}])(?=[^\\S\\n]*(?:[,.;:!?\\n]|$)|${WS}${ANNOUNCED_TOPIC_STOP})`,
);

/** "đại hội đảng bộ các cấp", "hội nghị các cấp": meetings of every level, none in particular. */
const EVERY_LEVEL = sticky('(?:[^\\S\\n]+\\p{Ll}+){0,2}[^\\S\\n]+các[^\\S\\n]+cấp(?![\\p{L}])');

/** "Đây là …", "Đó cũng là …": what follows says what the meeting just named is. */
const PREDICATE_BEFORE = /(?<![\p{L}])(?:[Đđ]ây|[Đđ]ó)(?:[^\S\n]+cũng)?[^\S\n]+là[^\S\n]+$/u;

/** A bare meeting word ("hội nghị", "đại hội"): resolved later to a meeting named in the article. */
function bare(text: string, start: number, end: number, head: EventHead): EventMention | undefined {
  return matchAt(EVERY_LEVEL, text, end) ? undefined : { start, end, coreEnd: end, aliases: [], head };
}
