// Organizations in English text, resolved to the Vietnamese canonical label and key
// ("Điện Biên Provincial Party Committee" → "Tỉnh ủy Điện Biên"), the English form kept as an alias.
import { ministryIn, orgKey, partyBodyOf, subBodyOf } from '../recognize/organizations.js';
import type { OrgInfo } from '../recognize/organizations.js';
import { placeFromEntry, placePhrase } from '../resolve/places.js';
import type { PlaceRef } from '../resolve/places.js';
import { matchAt, rx, searchView } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import { APOS, B, E, MONTH_NAMES, ORD, S, alt, englishPatterns, foldKey, lowerStarts, mayStartAt } from './patterns.js';
import type { EnglishHome } from './places.js';
import { englishDistrict, englishLocalPlace, opensNoPlaceName } from './places.js';
import { COUNCIL_COMMITTEES_EN, DEPARTMENTS_EN, NATIONAL_BODIES_EN, ORDINAL_WORDS, TASK_FORCE_HEADS } from './vocabulary.js';
import { COMMITTEE_KINDS, NA_DELEGATION } from '../lexicon/bodies.js';

export interface EnglishOrgMention extends Span {
  info: OrgInfo;
  placeSpan?: Span;
}

const DEPARTMENT_NAMES = alt(DEPARTMENTS_EN.flatMap((d) => d.en));
/** Each ministry's field ("Home Affairs" of "Ministry of Home Affairs"), for "Minister of Home Affairs". */
const MINISTRIES = NATIONAL_BODIES_EN.flatMap((b) => b.en.filter((en) => en.startsWith('Ministry of ')).map((en) => ({ field: en.slice('Ministry of '.length), body: b })));
const MINISTRY_BY_FIELD = new Map(MINISTRIES.map((m) => [foldKey(m.field), m.body]));
const MINISTRY_FIELDS = alt(MINISTRIES.map((m) => m.field));
const MINISTER_OF = /(?<![\p{L}])Ministers?[^\S\n]+of[^\S\n]+$/u;
const TASK_FORCE_NAMES = alt(TASK_FORCE_HEADS);
const COUNCIL_COMMITTEES = alt(COUNCIL_COMMITTEES_EN.flatMap((c) => c.en));
const COUNCIL_COMMITTEE_BY_KEY = new Map(COUNCIL_COMMITTEES_EN.flatMap((c) => c.en.map((en) => [foldKey(en), c.vi] as const)));
let firstWords: Set<string> | undefined;
/** Lower-case words a body's name can start with: those of the phrases that open the rules of parse() and committeeList(). */
const bodyStarts = () => {
  const p = englishPatterns();
  // ("the commission", "the board": an organ named before, see organAgain; "the ministry's Party Committee", ministryPartyCommittee.)
  return (firstWords ??= lowerStarts([p.place, p.level, p.national, p.local, p.sub, TASK_FORCE_NAMES, DEPARTMENT_NAMES, MINISTRY_FIELDS, COUNCIL_COMMITTEES], [...ORDINAL_WORDS, 'commission', 'board', 'committee', 'ministry']));
};
const CENTRAL = 'Ban Chấp hành Trung ương Đảng';
/** A body's English name naming it as the Party Central Committee's. */
const OF_THE_CENTRAL_COMMITTEE = /^Party[^\S\n]+Central[^\S\n]+Committee['’]s[^\S\n]|[^\S\n]of[^\S\n]+the[^\S\n]+Party[^\S\n]+Central[^\S\n]+Committee$/u;
/** "Central " or "National " right before a steering committee. */
const CENTRAL_BEFORE = /(?<![\p{L}])(?:Central|National)[^\S\n]+$/u;
/**
 * A steering committee's task: "on|for" and capitalized words, joined by "and", "of", "the", "for" or commas (not before a day
 * or a month: "on Friday").
 */
const TASK_WORD = `(?!(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}]))\\p{Lu}[\\p{L}-]*`;
// (One way only to read what joins two words, a comma then up to three small words: a run of ", and, and …" is never re-read.)
const STEERING_TASK = new RegExp(`${S}(?:on|for)(?:${S}the)?${S}${TASK_WORD}(?:,?(?:${S}(?:and|of|the|for)(?![\\p{L}])){0,3}${S}${TASK_WORD}){0,9}`, 'uy');
/** A company: capitalized words, then its legal form or kind ("Hoang Long Minerals JSC", "Phương Đông Steel Group"). */
const COMPANY = new RegExp(`\\p{Lu}[\\p{L}&'’.-]*(?:${S}\\p{Lu}[\\p{L}&'’.-]*){0,5}${S}(?:JSC|Joint${S}Stock${S}Company|Group|Corporation|Co\\.,?${S}Ltd\\.?)(?![\\p{L}])`, 'uy');
const COMPANY_WORD = /JSC|Group|Corporation|Joint Stock|Ltd/u;
const NAME_GOES_ON_BEFORE = /(?:\p{Lu}[\p{L}&'’.-]*|and|&)[^\S\n]+$|[–—-][^\S\n]*$/u;
/** Groups named by what they do, not companies ("Working Group", "Friendship Parliamentarians' Group"), and a sentence's article. */
const NO_COMPANY = /^(?:Working|Task|Study|Expert|Friendship|Parliamentarians|Interest|Advisory|The|A|An|This|Its|Their)(?![\p{L}])/u;

/** "Hoang Long Minerals JSC": a company named with its legal form. */
function company(text: string, pos: number): EnglishOrgMention | undefined {
  // (Cheap gate first: tried at every capital, and most are nowhere near a company's name.)
  if (!COMPANY_WORD.test(text.slice(pos, pos + 80))) return undefined;
  // Not the tail of a longer name ("Vietnam Oil and Gas Group" is none of "Gas Group").
  if (NAME_GOES_ON_BEFORE.test(text.slice(Math.max(0, pos - 12), pos)) || NO_COMPANY.test(text.slice(pos, pos + 16))) return undefined;
  const m = matchAt(COMPANY, text, pos);
  if (!m) return undefined;
  const name = squeeze(m[0]);
  return { start: pos, end: pos + m[0].length, info: { key: orgKey(name), label: name, aliases: [name], kind: 'institution' } };
}

/** An abbreviation in brackets right after a body's name: " (CMC)". */
const DEFINED_ABBREVIATION = new RegExp(`${S}\\((\\p{Lu}{2,6})\\)`, 'uy');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A People's Council's label starts so ("HĐND tỉnh Kiên Giang"). */
const COUNCIL = 'HĐND';

/** The committee of a People's Council named `written`, from `start` to `end`. */
function councilCommitteeOf(english: string, council: EnglishOrgMention, start: number, end: number, written: string): EnglishOrgMention {
  const info = subBodyOf(COUNCIL_COMMITTEE_BY_KEY.get(foldKey(english))!, council.info, [written]);
  return { start, end, info, ...(council.placeSpan ? { placeSpan: council.placeSpan } : {}) };
}

/** The National Assembly's label: its committees may be written after it ("NA Economic and Financial Committee"). */
const ASSEMBLY = 'Quốc hội';
/** The party group leading a state body (Ban cán sự đảng). */
const PARTY_GROUP = 'Party (?:Civil Affairs|Affairs|Personnel) Committee';
/** Sub-body names that stand alone after "of the …"/"'s" (not bare "Standing"): "… Commission", "Commission of Inspection". */
const STANDALONE_SUB = /(?:Committee|Commission|Board|Office)$|^(?:Committee|Commission|Board)\s+(?:of|for)\s/;

/** A bare body's English name with its place written in: "Hanoi" + "municipal People's Committee"; "Ho Chi Minh City" + "City Party Committee" is "Ho Chi Minh City Party Committee". */
function withPlace(place: string | undefined, written: string): string {
  const name = squeeze(`${place ?? ''} ${written}`);
  return name.replace(/(?<=[^\S\n]City)[^\S\n]+(?:City|[Mm]unicipal)(?=[^\S\n])/u, '');
}

const THE_BEFORE = /(?<![\p{L}])[Tt]he[^\S\n]+$/u;
/** Whether a name, alone or with the admin word after it, is a known place ("Ho Chi Minh" before "City"): no local place then. */
function isKnownPlace(name: string, adminWord: string): boolean {
  const places = englishPatterns().placeByKey;
  return places.has(foldKey(name)) || places.has(foldKey(`${name.trim()} ${adminWord}`));
}

/** " for the implementation of Resolution No. 15-NQ/TW": what a task force is set up to carry out, up to the document's code. */
const IMPLEMENTATION_OF_DOCUMENT = new RegExp(
  `${S}(?:for|on)${S}(?:the${S})?implementation${S}of${S}(?:the${S})?(?:Politburo['’]s${S})?(?:Resolution|Directive|Conclusion|Decision|Regulation|Programme|Plan)${S}(?:No\\.?${S})?\\d[\\p{L}\\d/.-]*[\\p{L}\\d]`,
  'uy',
);

/**
 * The head noun of a committee organ as written, lower case: "Inspection Commission of the … Party Committee" →
 * "commission" (the first, before "of"); "… Party Committee's Standing Board" → "board" (the last).
 */
function organHead(written: string): string | undefined {
  const heads = [...written.matchAll(/(?<![\p{L}])(Commission|Board)(?![\p{L}])/gu)];
  const head = / of /u.test(written) ? heads[0] : heads.at(-1);
  return head?.[1]!.toLowerCase();
}
/** A deputy named, then "of/from the" (the delegation follows): "deputy Tran Van Tuan of the …", "Lo Van Pao, a deputy from the …". */
const DEPUTY_OF_THE = /(?<![\p{L}])[Dd]eputy(?![\p{L}])(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){1,5}[^\S\n]+(?:of|from)[^\S\n]+the[^\S\n]+$|,[^\S\n]+(?:an?[^\S\n]+)?(?:NA[^\S\n]+|National[^\S\n]+Assembly[^\S\n]+)?deputy[^\S\n]+(?:of|from)[^\S\n]+the[^\S\n]+$/u;

/** Finds the task force ("Sub-committee in charge of …") whose name continues with a meeting. */
export type EventAt = (text: string, pos: number, limit: number) => (Span & { label: string }) | undefined;

export class EnglishOrgRecognizer {
  private readonly p = englishPatterns();
  private lastTaskForce: OrgInfo | undefined;
  /** Per Vietnamese organ word, the committee organ of that kind named last ("Ban Tổ chức" → "Ban Tổ chức Tỉnh ủy Đồng Nai"). */
  private readonly lastOrgans = new Map<string, OrgInfo>();
  /** Per head noun ("commission", "board"), the committee organ so named last: "Chairwoman of the commission". */
  private readonly lastByHead = new Map<string, OrgInfo>();
  /** Abbreviations the article defines in brackets after a body's name ("(CMC)"), and the body each names. */
  private readonly abbreviations = new Map<string, OrgInfo>();
  /** The district (or town) a body was last named with: a bare "the district Party Committee" is its. */
  private lastDistrict: { place: PlaceRef; name: string } | undefined;
  /** The last ministry named: "the ministry's Party Committee" is its. */
  private lastMinistry: OrgInfo | undefined;
  /** The provincial city a body was last named with ("Tuy Hoa City Party Committee"): in a province's article, "the city Party Committee". */
  private lastCity: { place: PlaceRef; name: string } | undefined;

  constructor(
    private readonly home: EnglishHome,
    private readonly eventAt: EventAt,
  ) {}

  find(text: string, from: number, to: number): EnglishOrgMention[] {
    const found: EnglishOrgMention[] = [];
    const first = bodyStarts();
    const starts = /(?<![\p{L}\p{N}'’-])[\p{L}]/gu;
    starts.lastIndex = from;
    const view = searchView(text, to);
    for (let m = starts.exec(view); m && m.index < to; m = starts.exec(view)) {
      if (!mayStartAt(text, m.index, first)) continue;
      const list = this.committeeList(text, m.index, to, from);
      const hit = list ? undefined : this.parse(text, m.index, to, from);
      if (list) for (const item of list) found.push(item);
      if (hit) found.push(hit);
      if (hit?.info.kind === 'sub' && hit.info.parent) this.lastOrgans.set(hit.info.label.slice(0, -hit.info.parent.label.length - 1), hit.info);
      // "the commission's 31st session" after "the Central Inspection Commission": a central commission is named again so too.
      if (hit && (hit.info.kind === 'sub' || hit.info.kind === 'national') && hit.info.parent) {
        const head = organHead(text.slice(hit.start, hit.end));
        if (head) this.lastByHead.set(head, hit.info);
      }
      const ministry = hit && ministryIn(hit.info);
      if (ministry) this.lastMinistry = ministry;
      // "the committee" after a steering committee: that one, unless another committee was named since.
      if (hit?.info.kind === 'steering') this.lastByHead.set('committee', hit.info);
      else if (hit && /Committee$/iu.test(text.slice(hit.start, hit.end))) this.lastByHead.delete('committee');
      // "The Central Military Commission (CMC)": the abbreviation names the body from then on.
      const abbreviation = hit ? /\((\p{Lu}{2,6})\)$/u.exec(text.slice(hit.start, hit.end)) ?? matchAt(DEFINED_ABBREVIATION, text, hit.end) : null;
      if (hit && abbreviation) this.abbreviations.set(abbreviation[1]!, hit.info);
      const end = list ? list[list.length - 1]!.end : hit?.end;
      if (end) starts.lastIndex = end;
    }
    return found;
  }

  /** One organization starting exactly at `pos`. */
  parse(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    // "Vietnam Fatherland Front Committee of Nghe An province" is a local committee, not the national Front.
    const national = this.national(text, pos, limit, sentenceStart);
    const local = national ? this.local(text, pos, limit, sentenceStart) : undefined;
    const hit =
      this.partyGroup(text, pos, limit, sentenceStart, national) ??
      (local && local.end > national!.end ? local : national) ??
      this.subFirst(text, pos, limit, sentenceStart) ??
      this.councilCommittee(text, pos, limit, sentenceStart) ??
      this.bloc(text, pos, limit, sentenceStart) ??
      this.committee(text, pos, limit, sentenceStart) ??
      this.local(text, pos, limit, sentenceStart) ??
      this.deputiesDelegation(text, pos, sentenceStart) ??
      this.taskForce(text, pos, limit) ??
      this.department(text, pos, limit, sentenceStart) ??
      this.ministryField(text, pos) ??
      this.organAgain(text, pos) ??
      this.ministryPartyCommittee(text, pos) ??
      this.abbreviated(text, pos) ??
      company(text, pos);
    if (!hit || hit.end > limit) return undefined;
    // "the Kien Giang Provincial People's Council's Economic-Budget Committee": one of the council's committees.
    const own = hit.info.label.startsWith(COUNCIL) ? matchAt(rx`${APOS}${S}(${COUNCIL_COMMITTEES})${E}`, text, hit.end) : null;
    return own && hit.end + own[0].length <= limit ? councilCommitteeOf(own[1]!, hit, pos, hit.end + own[0].length, squeeze(`${hit.info.aliases.at(-1) ?? text.slice(pos, hit.end)}${own[0]}`)) : hit;
  }

  /** "Economic-Budget Committee of the Kien Giang Provincial People's Council": one of the council's committees. */
  private councilCommittee(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const m = matchAt(rx`(${COUNCIL_COMMITTEES})${S}of${S}(?:the${S})?`, text, pos);
    const council = m ? this.local(text, pos + m[0].length, limit, sentenceStart) : undefined;
    if (!council?.info.label.startsWith(COUNCIL)) return undefined;
    const written = squeeze(`${m![0]}${council.info.aliases.at(-1) ?? text.slice(council.start, council.end)}`);
    return councilCommitteeOf(m![1]!, council, pos, council.end, written);
  }

  /**
   * "Party Civil Affairs Committee of the Ministry of Construction", "Government Party Civil Affairs Committee": the party
   * group leading a national body (Ban cán sự đảng), as the Vietnamese path names it; "Party Committee of the Ministry of
   * Finance", "the Government's Party Committee": its party committee (Đảng ủy Bộ Tài chính); "Party Organisation of the
   * Ministry of Finance": its party organisation (Đảng bộ Bộ Tài chính).
   */
  private partyGroup(text: string, pos: number, limit: number, sentenceStart: number, national: EnglishOrgMention | undefined): EnglishOrgMention | undefined {
    const head = (written: string) => (/^Party\s+Committee$/u.test(written) ? 'Đảng ủy' : /^Party\s+Organi[sz]ation$/u.test(written) ? 'Đảng bộ' : 'Ban cán sự đảng');
    const after = national ? matchAt(rx`(?:${APOS})?${S}(${PARTY_GROUP}|Party${S}Committee(?!s))${E}`, text, national.end) : null;
    if (national && after) return { start: pos, end: national.end + after[0].length, info: { ...partyBodyOf(head(after[1]!), national.info), aliases: [squeeze(text.slice(pos, national.end + after[0].length))] } };
    const of = matchAt(rx`(${PARTY_GROUP}|Party${S}Committee|Party${S}Organi[sz]ation)${S}of${S}(?:the${S})?`, text, pos);
    const body = of ? this.national(text, pos + of[0].length, limit, sentenceStart) : undefined;
    if (!of || !body) return undefined;
    return { start: pos, end: body.end, info: { ...partyBodyOf(head(of[1]!), body.info), aliases: [squeeze(text.slice(pos, body.end))] } };
  }

  /**
   * "the Organisation Commission" after "the Provincial Party Committee's Organisation Commission", "the commission" after
   * "the Inspection Commission of …": the organ named before.
   */
  private organAgain(text: string, pos: number): EnglishOrgMention | undefined {
    if ((this.lastOrgans.size === 0 && this.lastByHead.size === 0) || !THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos))) return undefined;
    const bare = matchAt(rx`(commission|board|committee)${E}(?!${S}(?:of|for|on)${E})`, text, pos);
    const named = bare ? this.lastByHead.get(bare[1]!) : undefined;
    if (named) return { start: pos, end: pos + bare![0].length, info: named };
    const m = matchAt(rx`(${this.p.sub})${E}`, text, pos);
    const info = m && STANDALONE_SUB.test(m[1]!) ? this.lastOrgans.get(this.p.subByKey.get(foldKey(m[1]!))!) : undefined;
    return info ? { start: pos, end: pos + m![0].length, info } : undefined;
  }

  /** "the CMC" after "the Central Military Commission (CMC)": the body the article defined the abbreviation for. */
  private abbreviated(text: string, pos: number): EnglishOrgMention | undefined {
    if (this.abbreviations.size === 0) return undefined;
    const m = matchAt(rx`\\p{Lu}{2,6}${E}`, text, pos);
    const info = m ? this.abbreviations.get(m[0]) : undefined;
    return info ? { start: pos, end: pos + m![0].length, info } : undefined;
  }

  /** "Minister of Home Affairs Pham Thi Thanh Tra": after a minister's title, the field names the ministry. */
  private ministryField(text: string, pos: number): EnglishOrgMention | undefined {
    if (!MINISTER_OF.test(text.slice(Math.max(0, pos - 24), pos))) return undefined;
    const m = matchAt(rx`(${MINISTRY_FIELDS})${E}`, text, pos);
    const body = m ? MINISTRY_BY_FIELD.get(foldKey(m[1]!)) : undefined;
    if (!m || !body) return undefined;
    return { start: pos, end: pos + m[0].length, info: { key: orgKey(body.vi), label: body.vi, aliases: [`Ministry of ${squeeze(m[1]!)}`], kind: 'national' } };
  }

  /** "Politburo", "13th Party Central Committee", "National Assembly (NA)", "Party Central Committee’s Secretariat". */
  private national(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const p = this.p;
    const m = matchAt(rx`(?:${ORD}${S})?(${p.national})${E}(?:${S}\\(\\p{Lu}{2,6}\\))?`, text, pos);
    if (!m) return undefined;
    let body = p.nationalByKey.get(foldKey(m[3]!))!;
    let end = pos + m[0].length;
    // "NA Economic and Financial Committee", "the National Assembly's Committee for Law and Justice": the committee, named with its Assembly.
    const committee = body.vi === ASSEMBLY && !m[1] && !m[2] ? matchAt(rx`(?:${APOS})?${S}(${p.national})${E}`, text, end) : null;
    const ofAssembly = committee ? p.nationalByKey.get(foldKey(committee[1]!)) : undefined;
    if (committee && ofAssembly?.ofAssembly) {
      body = ofAssembly;
      end += committee[0].length;
    }
    const surface = text.slice(pos, end);
    const aliases = [squeeze(surface), squeeze(ofAssembly?.ofAssembly ? committee![1]! : m[3]!)];
    let info: OrgInfo = { key: orgKey(body.vi), label: body.vi, aliases, kind: 'national' };
    // "the Party Central Committee's Organisation Commission": a commission named as the Central Committee's is part of it.
    const parent = body.parent ?? (OF_THE_CENTRAL_COMMITTEE.test(m[3]!) ? CENTRAL : undefined);
    if (parent) info.parent = { key: orgKey(parent), label: parent, aliases: [], kind: 'national' };
    // "Party Central Committee’s Commission for Information and Education": a central commission.
    if (body.vi === CENTRAL) {
      const own = matchAt(rx`${APOS}${S}(?:(${p.national})|(${p.sub}))${E}`, text, end);
      const sub = own?.[1] ? p.nationalByKey.get(foldKey(own[1]))?.vi : own?.[2] && STANDALONE_SUB.test(own[2]) ? `${p.subByKey.get(foldKey(own[2]))} Trung ương` : undefined;
      if (own && sub) {
        const full = squeeze(text.slice(pos, end + own[0].length));
        end += own[0].length;
        info = { key: orgKey(sub), label: sub, aliases: [full, squeeze(text.slice(m.index + (m[0].length - m[0].trimStart().length), end))], kind: 'national', parent: info };
      }
    }
    if (end > limit) return undefined;
    void sentenceStart;
    return { start: pos, end, info };
  }

  /** "Standing Committee of the Nghe An Provincial Party Committee", "Executive Board of the Party Committee of …". */
  private subFirst(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const p = this.p;
    const m = matchAt(rx`(Executive${S}(?:Board|Committee)|${p.sub})${S}of${S}(?:the${S})?`, text, pos);
    if (!m || (!m[1]!.startsWith('Executive') && !STANDALONE_SUB.test(m[1]!))) return undefined;
    const at = pos + m[0].length;
    // (A national body's party committee first: "the Party Committee" alone would be the home's.)
    const parent = this.partyGroup(text, at, limit, sentenceStart, undefined) ?? this.bloc(text, at, limit, sentenceStart) ?? this.committee(text, at, limit, sentenceStart);
    if (!parent) return undefined;
    const parentForm = parent.info.aliases.at(-1) ?? text.slice(parent.start, parent.end);
    const english = `${m[0].replace(/\s+/g, ' ')}${parentForm}`.replace(/\s+/g, ' ');
    // The executive board of a party organisation is its party committee.
    if (m[1]!.startsWith('Executive')) return { start: pos, end: parent.end, info: { ...parent.info, aliases: [...parent.info.aliases, english] } };
    if (parent.info.kind !== 'committee' && parent.info.kind !== 'bloc' && !parent.info.label.startsWith('Đảng ủy ')) return undefined;
    const vi = p.subByKey.get(foldKey(m[1]!))!;
    const label = `${vi} ${parent.info.label}`;
    return { start: pos, end: parent.end, info: { key: orgKey(label), label, aliases: [english], kind: 'sub', parent: parent.info }, ...(parent.placeSpan ? { placeSpan: parent.placeSpan } : {}) };
  }

  /**
   * A party committee: "[Place] Provincial Party [Organisation] Committee['s Inspection Commission]",
   * "provincial Standing Party Committee", "Bo Trach district Party Committee", "Party Committee of Hanoi".
   */
  private committee(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const p = this.p;
    const sub = `(?:(${p.sub})${S})?`;
    // ("the provincial Party Standing Board": the standing board of the committee.)
    let m = matchAt(rx`(?:(${p.place})${S})?(?:(${p.level})${S})?${sub}(?:Executive${S})?Party${S}${sub}(?:Executive${S})?(?:Committee(?!s)|(?<=Standing${S})Board)${E}`, text, pos);
    let placeSurface = m?.[1];
    let levelWord = m?.[2];
    let subWord = m?.[3] ?? m?.[4];
    let district: string | undefined;
    // A bare kind is a body only after "the" ("Chairwoman of the People's Council"): the home's, as a bare "UBND" is in Vietnamese.
    if (m && !placeSurface && !levelWord && !THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos))) m = null;
    if (!m) {
      // ("Tuy Hoa City Party Committee": a provincial city, a district's level; "Da Nang City", a known place, is read above.)
      const d = matchAt(rx`((?:\\p{Lu}[\\p{L}]*${S}){1,3})(district|District|town|Town|city|City)${S}Party${S}Committee(?!s)${E}`, text, pos);
      if (d && !isKnownPlace(d[1]!, d[2]!) && !opensNoPlaceName(d[1]!)) {
        m = d;
        district = d[1]!.trim();
        levelWord = d[2];
      }
    }
    if (!m) {
      const of = matchAt(rx`Party${S}Committee${S}of${S}(?:the${S})?(${p.place})(?:${S}(province|city|Province|City))?${E}`, text, pos);
      if (!of) return undefined;
      m = of;
      placeSurface = of[1];
      levelWord = of[2];
      subWord = undefined;
    }
    let end = pos + m[0].length;
    const levelInfo = levelWord ? p.levelByWord.get(levelWord.toLowerCase()) : undefined;
    let place: PlaceRef | undefined;
    let englishPlace = placeSurface;
    let placeSpan: Span | undefined;
    // "the city Party Committee" in an article whose places name no city: a provincial city's.
    const provincialCity = levelInfo?.level === 'city' && !placeSurface && !district && this.home.at(pos, sentenceStart, 'city')?.place.level !== 'city';
    if (district) {
      // (In the province the places put it in: one node for both.)
      place = englishDistrict(district, levelInfo!.admin, this.home.localAt(pos)?.place.parent ?? this.home.at(pos, sentenceStart, 'province')?.place);
      placeSpan = { start: pos, end: pos + m[1]!.trimEnd().length };
      if (levelInfo!.level === 'city') this.lastCity = { place, name: district };
      else this.lastDistrict = { place, name: district };
    } else if ((levelInfo?.level === 'district' || provincialCity) && !placeSurface) {
      // "the district Party Committee": the district named before, never the province; so "the city Party Committee" in a
      // province's article, after a provincial city.
      const named = levelInfo?.level === 'district' ? this.lastDistrict : this.lastCity;
      if (!named) return undefined;
      ({ place, name: district } = named);
    } else if (placeSurface) {
      const entry = p.placeByKey.get(foldKey(placeSurface));
      place = entry ? placeFromEntry(entry) : undefined;
      const at = text.indexOf(placeSurface, pos);
      placeSpan = { start: at, end: at + placeSurface.length };
    } else {
      const h = this.home.at(pos, sentenceStart, levelInfo?.level === 'city' ? 'city' : levelInfo?.level === 'province' ? 'province' : undefined);
      place = h?.place;
      englishPlace = h?.surface;
    }
    if (!place) return undefined;
    const committeeWord = district ? levelInfo!.committee : place.level === 'city' ? 'Thành ủy' : 'Tỉnh ủy';
    const label = `${committeeWord} ${place.bare}`;
    // The English name with its place written in, so a bare "the Provincial Party Committee" gets a full alias.
    const written = text.slice(pos, end);
    const english = placeSurface || district ? squeeze(placeSpan ? written : `${district} ${written}`) : withPlace(englishPlace, written);
    // "Ho Chi Minh City Party Committee", not "Ho Chi Minh City City …".
    const levelName = district ? `${district} ${levelWord!.toLowerCase()}` : /[^\S\n]City$/i.test(englishPlace ?? '') ? englishPlace! : `${englishPlace} ${place.level === 'city' ? 'City' : 'Provincial'}`;
    const committee: OrgInfo = { key: orgKey(label), label, aliases: [`${levelName} Party Committee`], kind: 'committee', place };
    if (subWord) {
      const vi = p.subByKey.get(foldKey(subWord))!;
      const subLabel = `${vi} ${label}`;
      return { start: pos, end, info: { key: orgKey(subLabel), label: subLabel, aliases: [english], kind: 'sub', parent: committee }, ...(placeSpan ? { placeSpan } : {}) };
    }
    committee.aliases.push(english);
    // "… Party Committee's Organization Committee", "… Party Committee Commission of Inspection", "… Party Committee Office".
    const post = matchAt(rx`(?:${APOS}${S}|${S})(${p.sub})${E}`, text, end);
    if (post && STANDALONE_SUB.test(post[1]!)) {
      end += post[0].length;
      const vi = p.subByKey.get(foldKey(post[1]!))!;
      const subLabel = `${vi} ${label}`;
      const full = squeeze(`${english}${post[0]}`);
      return { start: pos, end, info: { key: orgKey(subLabel), label: subLabel, aliases: [full], kind: 'sub', parent: committee }, ...(placeSpan ? { placeSpan } : {}) };
    }
    return { start: pos, end, info: committee, ...(placeSpan ? { placeSpan } : {}) };
  }

  /** "the ministry's Party Committee" after a ministry was named: its party committee. */
  private ministryPartyCommittee(text: string, pos: number): EnglishOrgMention | undefined {
    const m = this.lastMinistry && THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos)) ? matchAt(rx`ministry${APOS}${S}Party${S}Committee(?!s)${E}`, text, pos) : null;
    return m ? { start: pos, end: pos + m[0].length, info: partyBodyOf('Đảng ủy', this.lastMinistry!) } : undefined;
  }

  /** "Party Committee of Dong Nai provincial Party Agencies": the party committee of a province's party agencies. */
  private bloc(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const p = this.p;
    const m = matchAt(rx`Party${S}Committees?${S}of${S}(?:the${S})?(?:(${p.place})${S})?(${p.level})${S}(Party${S})?(Agencies|Enterprises|Businesses)${E}`, text, pos);
    if (!m) return undefined;
    const levelInfo = p.levelByWord.get(m[2]!.toLowerCase());
    const h = m[1] ? undefined : this.home.at(pos, sentenceStart, levelInfo?.level === 'city' ? 'city' : 'province');
    const entry = m[1] ? p.placeByKey.get(foldKey(m[1])) : undefined;
    const place = entry ? placeFromEntry(entry) : h?.place;
    if (!place) return undefined;
    // "… provincial Enterprises": the party committee of the province's enterprises bloc (Đảng ủy Khối Doanh nghiệp).
    // "Party Agencies" are the party's own agencies (Đảng ủy các cơ quan Đảng, since 2025); "Agencies" the bloc of all.
    const label = m[4] === 'Agencies' ? (m[3] ? `Đảng ủy các cơ quan Đảng ${placePhrase(place)}` : `Đảng ủy Khối các cơ quan ${placePhrase(place)}`) : `Đảng ủy Khối Doanh nghiệp ${placePhrase(place)}`;
    const english = `Party Committee of ${m[1] ?? h!.surface} ${m[2]} ${m[3] ? 'Party ' : ''}${m[4]}`;
    const at = m[1] ? text.indexOf(m[1], pos) : -1;
    return { start: pos, end: pos + m[0].length, info: { key: orgKey(label), label, aliases: [english], kind: 'bloc', place }, ...(at >= 0 ? { placeSpan: { start: at, end: at + m[1]!.length } } : {}) };
  }

  /** "An Giang Provincial People's Committee", "People's Council of Da Nang city", "provincial Vietnam Fatherland Front Committee". */
  private local(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    const p = this.p;
    // "Ben Thanh ward People's Committee", "Thu Duc ward Party Committee": a body of a ward, commune or district named before it.
    const small = matchAt(rx`((?:\\p{Lu}[\\p{L}]*${S}){1,3})(district|District|town|Town|city|City|ward|Ward|commune|Commune)${S}(?:(${p.local})|Party${S}Committee(?!s))${E}`, text, pos);
    const name = small?.[1]!.trim();
    if (small && !isKnownPlace(name!, small[2]!) && !opensNoPlaceName(name!)) {
      const end = pos + small[0].length;
      const place = englishLocalPlace(small[2]!, name!, this.home.localAt(pos)?.place.parent ?? this.home.at(pos, sentenceStart)?.place);
      if (/^(?:district|town)$/i.test(small[2]!)) this.lastDistrict = { place, name: name! };
      if (/^city$/i.test(small[2]!)) this.lastCity = { place, name: name! };
      // (A district's, town's or city's party committee by its admin word, as in Vietnamese; a ward's or commune's is its "Đảng ủy".)
      const head = small[3] ? p.localByKey.get(foldKey(small[3]))! : (COMMITTEE_KINDS.find((k) => !k.capitalOnly && k.adminWord === place.adminWord)?.word ?? 'Đảng ủy');
      const label = head.endsWith('ủy') && head !== 'Đảng ủy' ? `${head} ${place.bare}` : `${head} ${placePhrase(place)}`;
      const placeEnd = pos + small[1]!.length + small[2]!.length;
      return { start: pos, end, info: { key: orgKey(label), label, aliases: [squeeze(text.slice(pos, end))], kind: 'local', place }, placeSpan: { start: pos, end: placeEnd } };
    }
    let m = matchAt(rx`(?:(${p.place})${S})?(?:(${p.level})${S})?(${p.local})${E}`, text, pos);
    let placeSurface = m?.[1];
    let levelWord = m?.[2];
    let kind = m?.[3];
    // "Vietnam Fatherland Front Committee of …": the country word belongs to the body's name.
    if (m && placeSurface && p.placeByKey.get(foldKey(placeSurface))?.level === 'country') m = null;
    // A bare kind is a body only after "the" ("Chairwoman of the People's Council"): the home's, as a bare "UBND" is in Vietnamese,
    // unless its place follows ("the NA delegation of Soc Trang Province").
    if (m && !placeSurface && !levelWord && !THE_BEFORE.test(text.slice(Math.max(0, pos - 5), pos))) m = null;
    const ofPlace = !m || (!placeSurface && !levelWord) ? matchAt(rx`(${p.local})${S}of${S}(?:the${S})?(${p.place})(?:${S}(province|city|Province|City))?${E}`, text, pos) : null;
    if (!m || ofPlace) {
      m = ofPlace;
      if (!m) return undefined;
      kind = m[1];
      placeSurface = m[2];
      levelWord = m[3];
    }
    const levelInfo = levelWord ? p.levelByWord.get(levelWord.toLowerCase()) : undefined;
    const entry = placeSurface ? p.placeByKey.get(foldKey(placeSurface)) : undefined;
    // "the district People's Committee": the district named before, never the province.
    const bareDistrict = levelInfo?.level === 'district' && !placeSurface;
    if (bareDistrict && !this.lastDistrict) return undefined;
    const district = bareDistrict ? this.lastDistrict : undefined;
    const h = placeSurface || district ? undefined : this.home.at(pos, sentenceStart, levelInfo?.level === 'city' ? 'city' : levelInfo?.level === 'province' ? 'province' : undefined);
    const place = entry ? placeFromEntry(entry) : (district?.place ?? h?.place);
    if (!place) return undefined;
    const vi = p.localByKey.get(foldKey(kind!))!;
    const label = `${vi} ${placePhrase(place)}`;
    const written = text.slice(pos, pos + m[0].length);
    const english = placeSurface ? squeeze(written) : district ? squeeze(`${district.name} ${written}`) : withPlace(h!.surface, written);
    // "the municipal People's Council" of Hai Phong is the "Hai Phong City People's Council" too.
    const levelled = levelInfo && !placeSurface && !district && (place.level === 'city' || place.level === 'province') ? [withPlace(h!.surface, `${place.level === 'city' ? 'City' : 'Provincial'} ${kind}`)] : [];
    const at = placeSurface ? text.indexOf(placeSurface, pos) : -1;
    return {
      start: pos,
      end: pos + m[0].length,
      info: { key: orgKey(label), label, aliases: [...new Set([`${vi} ${place.bare}`, english, ...levelled])], kind: 'local', place },
      ...(at >= 0 ? { placeSpan: { start: at, end: at + placeSurface!.length } } : {}),
    };
  }

  /** "deputy Tran Van Tuan of the Dong Thap delegation": after a deputy's name, a province's delegation is its National Assembly delegation. */
  private deputiesDelegation(text: string, pos: number, sentenceStart: number): EnglishOrgMention | undefined {
    const m = matchAt(rx`(${this.p.place})${S}delegation${E}`, text, pos);
    const entry = m && DEPUTY_OF_THE.test(text.slice(Math.max(sentenceStart, pos - 80), pos)) ? this.p.placeByKey.get(foldKey(m[1]!)) : undefined;
    if (!entry || entry.level === 'country') return undefined;
    const place = placeFromEntry(entry);
    const label = `${NA_DELEGATION} ${placePhrase(place)}`;
    const aliases = [`National Assembly delegation of ${m![1]}`, squeeze(m![0])];
    return { start: pos, end: pos + m![0].length, info: { key: orgKey(label), label, aliases, kind: 'local', place }, placeSpan: { start: pos, end: pos + m![1]!.length } };
  }

  /** "Sub-committee in charge of documents for the 15th … Party Congress"; a bare "the Subcommittee" is the last one named. */
  private taskForce(text: string, pos: number, limit: number): EnglishOrgMention | undefined {
    const m = matchAt(rx`(${TASK_FORCE_NAMES})${E}`, text, pos);
    if (!m) return undefined;
    let end = pos + m[0].length;
    // "Steering Committee for the implementation of Resolution No. 15-NQ/TW": named by the document it carries out.
    const carriesOut = matchAt(IMPLEMENTATION_OF_DOCUMENT, text, end);
    if (carriesOut && end + carriesOut[0].length <= limit) {
      end += carriesOut[0].length;
      const written = squeeze(text.slice(pos, end));
      const info: OrgInfo = { key: orgKey(written), label: written[0]!.toUpperCase() + written.slice(1), aliases: [written], kind: 'steering' };
      this.lastTaskForce = info;
      return { start: pos, end, info };
    }
    const task = matchAt(rx`${S}(?:in${S}charge${S}of|for|on)(?:${S}(?!the${E})[\\p{Ll}]+){0,6}?${S}for${S}the${S}`, text, end);
    const event = task ? this.eventAt(text, end + task[0].length, limit) : undefined;
    if (task && event) {
      end = event.end;
      const written = `${text.slice(pos, end - (event.end - event.start))}${event.label}`;
      const label = squeeze(written[0]!.toUpperCase() + written.slice(1));
      const info: OrgInfo = { key: orgKey(label), label, aliases: [squeeze(written)], kind: 'steering' };
      this.lastTaskForce = info;
      return { start: pos, end, info };
    }
    // "the Central Steering Committee on Preventing and Combating Corruption, Wastefulness and Negative Phenomena": a national
    // steering committee, named by its task in capitals (its Vietnamese name is "Ban Chỉ đạo Trung ương về …").
    const central = /^steering committee$/iu.test(m[1]!) && CENTRAL_BEFORE.exec(text.slice(Math.max(0, pos - 9), pos));
    const centralTask = central ? matchAt(STEERING_TASK, text, end) : null;
    if (central && centralTask) {
      const start = pos - central[0].length;
      const written = squeeze(text.slice(start, end + centralTask[0].length));
      const info: OrgInfo = { key: orgKey(written), label: written, aliases: [written], kind: 'steering' };
      this.lastTaskForce = info;
      return { start, end: end + centralTask[0].length, info };
    }
    if (this.lastTaskForce && /^(?:sub-?committee|steering committee)$/i.test(m[1]!) && !matchAt(rx`${S}(?:of|for|on|in)${E}`, text, end)) {
      return { start: pos, end, info: { ...this.lastTaskForce, aliases: [] } };
    }
    return undefined;
  }

  /**
   * A provincial department by its Vietnamese name ("Department of Home Affairs of Quang Ninh province",
   * "the provincial Health Department" → "Sở Nội vụ tỉnh Quảng Ninh", "Sở Y tế tỉnh …"); other departments keep their English name.
   */
  private department(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention | undefined {
    // Cheap gate: most word starts are nowhere near a department (looked for in the next 100
    // characters only: a search to the end of the text from every word would be quadratic).
    if (!text.slice(pos, pos + 110).includes('Department')) return undefined;
    const p = this.p;
    const lead = `(?:(${p.place})${S})?(?:(${p.level})${S})?`;
    const m =
      matchAt(rx`${lead}Department${S}of${S}(${DEPARTMENT_NAMES})${E}(?:${S}of${S}(?:the${S})?(${p.place})(?:${S}(?:province|city|Province|City))?${E})?`, text, pos) ??
      matchAt(rx`${lead}(${DEPARTMENT_NAMES})${S}Department${E}(?:${S}of${S}(?:the${S})?(${p.place})(?:${S}(?:province|city|Province|City))?${E})?`, text, pos);
    if (m) {
      const placeWord = m[1] ?? m[4];
      const entry = placeWord ? p.placeByKey.get(foldKey(placeWord)) : undefined;
      const h = entry ? undefined : this.home.at(pos, sentenceStart, 'province');
      const place = entry ? placeFromEntry(entry) : h?.place;
      if (!place || (!m[1] && !m[2] && !m[4] && !/^Department/u.test(m[0]))) return undefined;
      const vi = DEPARTMENTS_EN.find((d) => d.en.some((e) => foldKey(e) === foldKey(m[3]!)))!.vi;
      const label = `Sở ${vi} ${placePhrase(place)}`;
      const written = squeeze(m[0]);
      // ("the provincial Department of Finance" is the "Thanh Hoa Department of Finance".)
      const english = m[1] || m[4] ? written : withPlace(h!.surface, m[2] ? written.slice(m[2].length).trimStart() : written);
      const placeAt = placeWord ? text.indexOf(placeWord, pos) : -1;
      return { start: pos, end: pos + m[0].length, info: { key: orgKey(label), label, aliases: [english], kind: 'institution', place }, ...(placeAt >= 0 ? { placeSpan: { start: placeAt, end: placeAt + placeWord!.length } } : {}) };
    }
    const other = matchAt(rx`(?:(${p.place})${S})?Department${S}of${S}(\\p{Lu}\\p{Ll}+(?:${S}(?:and${S})?\\p{Lu}\\p{Ll}+){0,3})`, text, pos);
    if (!other) return undefined;
    const entry = other[1] ? p.placeByKey.get(foldKey(other[1])) : undefined;
    const h = entry ? undefined : this.home.at(pos, sentenceStart, 'province');
    const place = entry ? placeFromEntry(entry) : h?.place;
    if (!place) return undefined;
    const english = squeeze(other[1] ? other[0] : `${h!.surface} ${other[0]}`);
    void limit;
    return { start: pos, end: pos + other[0].length, info: { key: orgKey(`${english}`), label: english, aliases: [english], kind: 'institution', place } };
  }

  /** "the Provincial Party Committees: Thanh Hoa, Nghe An, Ha Tinh": one committee per place listed. */
  private committeeList(text: string, pos: number, limit: number, sentenceStart: number): EnglishOrgMention[] | undefined {
    const p = this.p;
    const m = matchAt(rx`(${p.level})${S}Party${S}Committees(?:${S}of${S}\\d+${S}provinces)?:${S}`, text, pos);
    if (!m) return undefined;
    const levelWord = m[1]!;
    const out: EnglishOrgMention[] = [];
    let at = pos + m[0].length;
    for (;;) {
      const place = matchAt(rx`${B}(${p.place})${E}`, text, at);
      const entry = place ? p.placeByKey.get(foldKey(place[1]!)) : undefined;
      if (!place || !entry || at + place[0].length > limit) break;
      const ref = placeFromEntry(entry);
      const label = `${ref.level === 'city' ? 'Thành ủy' : 'Tỉnh ủy'} ${ref.bare}`;
      const english = `${place[1]} ${levelWord[0]!.toUpperCase()}${levelWord.slice(1)} Party Committee`;
      const span = { start: at, end: at + place[0].length };
      out.push({ ...span, info: { key: orgKey(label), label, aliases: [english], kind: 'committee', place: ref }, placeSpan: span });
      at = span.end;
      const sep = matchAt(rx`[^\\S\\n]*,[^\\S\\n]*(?:and${S})?|${S}and${S}`, text, at);
      if (!sep) break;
      at += sep[0].length;
    }
    void sentenceStart;
    return out.length ? out : undefined;
  }
}
