import type { Home, PlaceRef } from '../resolve/places.js';
import type { CommitteeKind } from '../lexicon/index.js';
import { knownPlace, localPlace, nameGoesOnBefore, placeFromEntry, placePhrase } from '../resolve/places.js';
import { isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from '../text/chars.js';
import { SPACED_DASH, normalizeName, slug, squeeze } from '../text/normalize.js';
import { B, CAP, E, ORDINAL, ORDINAL_AFTER_THU, alternation, escape as escapeRx, memo } from './patterns.js';
import type { Patterns } from './patterns.js';
import { WordIndex, countBefore, matchAll, matchAt, rx, rxAll, sticky, triggerWords, wordAt } from './scan.js';
import type { Span } from './scan.js';

/** What an organization mention resolved to; relation rules read its structure. */
export interface OrgInfo {
  key: string;
  label: string;
  aliases: string[];
  kind: 'national' | 'committee' | 'local' | 'bloc' | 'sub' | 'steering' | 'institution';
  parent?: OrgInfo;
  place?: PlaceRef;
  /** A document the body was set up to carry out ("Ban Chỉ đạo triển khai Nghị quyết 98"). */
  implementsDoc?: Span;
  /** Bodies named inside this one that are entities of their own ("Tổng Công ty UDIC" in "Đảng bộ Tổng Công ty UDIC"). */
  nested?: OrgInfo[];
}

export interface OrgMention extends Span {
  info: OrgInfo;
  /** Where the explicit place name sits in the text, if written. */
  placeSpan?: Span;
  /** "Tỉnh ủy viên": the mention is itself a title, member of the committee. */
  member?: boolean;
}

/** The key of the organization with this canonical label. */
export const orgKey = (label: string) => `org:${slug(label)}`;

/**
 * Whether a mention names its body in full (a national body, an institution, or a body with its
 * place written), rather than in a bare form the article's home completes ("Thành ủy", "UBND tỉnh").
 */
export function writtenInFull(m: OrgMention): boolean {
  const kind = rootOf(m.info).kind;
  return m.placeSpan !== undefined || kind === 'national' || kind === 'institution';
}

/** The body an organ belongs to ("Tỉnh ủy X" for "Ban Thường vụ Tỉnh ủy X"); a body is its own. */
export function rootOf(info: OrgInfo): OrgInfo {
  while (info.kind === 'sub' && info.parent) info = info.parent;
  return info;
}

const org = (label: string, kind: OrgInfo['kind'], extra: Partial<OrgInfo> = {}): OrgInfo => ({
  key: orgKey(label),
  label,
  aliases: [],
  kind,
  ...extra,
});

/** A local body of `kind` at `place` ("UBND huyện Vân Đồn", also "UBND Vân Đồn" and the name as written). */
function localBodyAt(kind: string, place: PlaceRef, written?: string): OrgInfo {
  return org(`${kind} ${placePhrase(place)}`, 'local', { place, aliases: written ? [`${kind} ${place.bare}`, written] : [`${kind} ${place.bare}`] });
}

/**
 * The party committee, organization or group of another body ("Đảng ủy UBND tỉnh X", "Đảng bộ Công an
 * tỉnh X", "Ban cán sự đảng UBND tỉnh X"): that body is nested in it, not its parent.
 */
export const partyBodyOf = (head: string, body: OrgInfo): OrgInfo => org(`${head} ${body.label}`, 'local', { nested: [body], ...(body.place ? { place: body.place } : {}) });

/** An organ of `parent` ("Ban Thường vụ" of "Tỉnh ủy Bắc Ninh"): part_of it. */
export const subBodyOf = (subWord: string, parent: OrgInfo, aliases: string[] = []): OrgInfo => org(`${subWord} ${parent.label}`, 'sub', { parent, aliases });

/** "/", "-" and ".": the word after one is part of a document code ("1234/QĐ-UBND"), not a body. */
const CODE_PUNCTUATION = new Set([0x2f, 0x2d, 0x2e]);

/** A place's name after its admin word: up to three capitalized syllables. */
const PLACE_NAME = `${CAP}(?:[^\\S\\n]+${CAP}){0,2}`;

/** Body kinds that stand for their home place when written bare ("UBND", "Mặt trận Tổ quốc"). */
const BARE_RESOLVABLE = new Set(['UBND', 'HĐND', 'Ủy ban MTTQ Việt Nam', 'Đảng bộ', 'Đoàn Đại biểu Quốc hội']);
/** MTTQ committees are one body however written ("Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam"). */
const CANONICAL_KIND: Record<string, string> = { 'Ủy ban MTTQ': 'Ủy ban MTTQ Việt Nam', 'Mặt trận Tổ quốc': 'Ủy ban MTTQ Việt Nam' };

interface NamedLocal {
  start: number;
  /** Normalized ("phường", "huyện"). */
  adminWord: string;
  place: PlaceRef;
}

/** Adds a named place to its admin word's list, kept in text order (parsing goes forward, but may look ahead). */
function noteIn(lists: Map<string, NamedLocal[]>, start: number, adminWord: string, place: PlaceRef): void {
  let list = lists.get(adminWord);
  if (!list) lists.set(adminWord, (list = []));
  let at = list.length;
  while (at > 0 && list[at - 1]!.start > start) at--;
  if (list[at - 1]?.start === start) return;
  list.splice(at, 0, { start, adminWord, place });
}

/** The last of the places, in text order, named before `pos`. */
function lastBefore(list: NamedLocal[] | undefined, pos: number): NamedLocal | undefined {
  return list?.[countBefore(list, pos, (named) => named.start) - 1];
}

interface PlaceHit extends Span {
  place: PlaceRef;
  explicit: boolean;
}

/**
 * Finds organizations in `[from, to)` of the match text. Parses forward from each body
 * word: sub-bodies ("Ban Thường vụ …") wrap the body that follows them.
 */
export class OrganizationRecognizer {
  /** The first words each kind of body can start with: parsing tries only the kinds that fit. */
  private readonly firsts: Record<'any' | 'sub' | 'national' | 'committee' | 'local' | 'institution', ReadonlySet<string>>;
  private readonly headTriggers: ReadonlySet<string>;
  private readonly eponyms: ReadonlySet<string>;
  /** The National Assembly's councils and committees, by label. */
  private readonly assemblyBodies: ReadonlySet<string>;
  /** Per national body that is part of another, that one's label. */
  private readonly nationalParents: ReadonlyMap<string, string>;
  /** The last ministry named, for a bare "Đảng ủy Bộ" later in the article ("Ban Thường vụ Đảng ủy Bộ"). */
  private lastMinistry: OrgInfo | undefined;
  /** The last bloc named in full, for bare "Đảng ủy Khối" later in the article. */
  private lastBloc: { group: string; place: PlaceRef } | undefined;
  /** The last steering committee named in full, for a bare "Ban Chỉ đạo" later in the article. */
  private lastSteering: OrgInfo | undefined;
  /** The last inspection or working delegation named ("Đoàn kiểm tra số 5 của Bộ Chính trị"), for a bare "Đoàn kiểm tra". */
  private lastDelegation: OrgInfo | undefined;
  /** The congress sub-committees named in full, by their task ("Văn kiện"), for a bare "Tiểu ban Văn kiện" later. */
  private readonly subcommittees = new Map<string, OrgInfo>();
  /**
   * Districts and wards the article names, for a bare "UBND phường", "Huyện ủy" later: written with
   * their admin word ("phường Hải Châu", found on first need) or through a body ("Huyện ủy Thanh Trì").
   */
  private namedLocals: Map<string, NamedLocal[]> | undefined;
  private readonly bodyLocals = new Map<string, NamedLocal[]>();

  /** Where bare bodies are: the article's home, or within a paragraph opening on another province's body, that province. */
  private home: Home;
  /** The home of the numbered item being read, in a national article (see startParagraph). */
  private section: Home | undefined;

  constructor(
    private readonly p: Patterns,
    private readonly articleHome: Home,
  ) {
    this.home = articleHome;
    this.headTriggers = memo(p, 'orgHeadTriggers', () => {
      const l = p.lexicon;
      // Lower-case forms only where news writes them ("ban Dân vận", "đoàn Đại biểu Quốc hội"):
      // "hội", "bộ", "công" as triggers would try every pattern at very common words.
      return new Set([
        ...triggerWords([...l.subBodyKinds, ...l.committeeKinds.map((c) => c.word), 'Ban', 'Đoàn']),
        ...triggerWords([...l.nationalBodies.flatMap((b) => [b.label, ...(b.variants ?? [])]), 'Đảng', ...l.localBodyKinds.flatMap((k) => k.variants), 'BCĐ', 'Tiểu ban', ...l.institutionHeads], false),
      ]);
    });
    this.eponyms = memo(p, 'eponyms', () => new Set(p.lexicon.eponyms.map(normalizeName)));
    this.assemblyBodies = memo(p, 'assemblyBodies', () => new Set(p.lexicon.nationalBodies.filter((b) => b.ofAssembly).map((b) => b.label)));
    this.nationalParents = memo(p, 'nationalParents', () =>
      new Map(
        p.lexicon.nationalBodies.flatMap((b) => {
          const parent = b.parent ?? (b.ofAssembly ? ASSEMBLY : undefined);
          return parent ? [[b.label, parent] as const] : [];
        }),
      ),
    );
    this.firsts = memo(p, 'orgFirstWords', () => {
      const l = p.lexicon;
      const sets = {
        sub: triggerWords(l.subBodyKinds),
        national: triggerWords(l.nationalBodies.flatMap((b) => [b.label, ...(b.variants ?? [])])),
        committee: triggerWords(l.committeeKinds.map((c) => c.word)),
        local: triggerWords([...l.localBodyKinds.flatMap((k) => k.variants), 'Đảng'], false),
        institution: triggerWords(l.institutionHeads, false),
      };
      return { ...sets, any: new Set([...Object.values(sets).flatMap((s) => [...s]), 'Ban', 'ban', 'BCĐ', 'Tiểu']) };
    });
  }

  /**
   * Starts a paragraph at `opening` (its first sentence's bodies, found with the article's home): a paragraph that
   * opens on a body named with another province or city ("* Ngày 14/8, Tỉnh ủy Quảng Ngãi ban hành …", items of a news
   * round-up) is about that place, and its bare bodies are that place's. Returns whether the home changed.
   */
  startParagraph(text: string, sentenceStart: number, opening: OrgMention[]): boolean {
    const main = this.articleHome.main;
    const placeOf = (o: OrgMention) => o.info.place ?? o.info.parent?.place;
    const first = opening.find((o) => o.placeSpan && o.start - sentenceStart <= PARAGRAPH_OPENING && (placeOf(o)?.level === 'province' || placeOf(o)?.level === 'city'));
    const place = first && placeOf(first);
    const lead = first ? text.slice(sentenceStart, first.start) : '';
    const changed = place !== undefined && place.key !== main?.key && OPENING_LEAD.test(lead);
    const before = this.home;
    // Items of a numbered list in an article whose title names no place ("2. Xem xét … đối với Ban cán sự đảng UBND tỉnh
    // Hậu Giang", a commission's communiqué): each is about the province it first names, down to the next item.
    if (NUMBERED_ITEM.test(text.slice(sentenceStart, sentenceStart + 8))) {
      const named = this.articleHome.titled ? undefined : opening.map((o) => (o.placeSpan ? provinceOf(placeOf(o)) : undefined)).find((p) => p !== undefined);
      this.section = named && homeAt(named);
    }
    this.home = changed ? homeAt(place) : (this.section ?? this.articleHome);
    return this.home !== before;
  }

  find(index: WordIndex, from: number, to: number): OrgMention[] {
    const text = index.text;
    const found: OrgMention[] = [];
    let cursor = from;
    // `parse` checks the words itself: the trigger word is enough to try it.
    for (const at of index.triggered(this.headTriggers, from, to)) {
      // "1234/QĐ-UBND": a word inside a document code is no body.
      if (at < cursor || CODE_PUNCTUATION.has(text.charCodeAt(at - 1))) continue;
      // "Phó Bí thư Thường trực Thành ủy": "Thường trực" ends the title, the body comes after it.
      // So in "Thường trực Ban Bí thư": the Secretariat's standing member is one person's post, not an organ.
      const first = text.charCodeAt(at);
      // ("Phó Trưởng ban Thường trực Ban Chỉ đạo": "ban" in a title is often lower case.)
      const standing = first === 0x42 || first === 0x54 || first === 0x62 ? matchAt('(?:[Bb]an[^\\S\\n]+)?Thường trực[^\\S\\n]+', text, at) : null;
      const inTitle =
        standing !== null &&
        (TITLE_BEFORE_STANDING.test(text.slice(Math.max(from, at - 30), at)) || (standing[0].startsWith('T') && matchAt(rx`Ban Bí thư${E}`, text, at + standing[0].length) !== null));
      const hit = this.parse(text, at + (inTitle ? standing[0].length : 0), to);
      if (hit) {
        found.push(hit);
        cursor = hit.end;
      }
    }
    for (let i = found.length - 1; i >= 0; i--) {
      if (found[i]!.placeSpan) i = this.shareListedPlace(text, from, found, i);
      else if (found[i]!.info.kind === 'national') i = this.partyCommitteeListedBefore(text, from, found, i);
    }
    for (const o of found) {
      const ministry = ministryIn(o.info);
      if (ministry) this.lastMinistry = ministry;
    }
    return found;
  }

  /**
   * "Bí thư Đảng ủy, Bộ trưởng Bộ Xây dựng": a bare "Đảng ủy" listed right before a title in a national body is that
   * body's party committee (Đảng ủy Bộ Xây dựng). Inserts it into `found` (sorted) and returns the index of the first.
   */
  private partyCommitteeListedBefore(text: string, from: number, found: OrgMention[], i: number): number {
    const body = found[i]!;
    const listed = memo(this.p, 'partyCommitteeListed', () => new RegExp(`${B}Đảng ủy[^\\S\\n]*,[^\\S\\n]*(?:${this.p.title})[^\\S\\n]+$`, 'u'));
    const m = listed.exec(text.slice(Math.max(from, body.start - 60), body.start));
    if (!m) return i;
    const start = body.start - m[0].length;
    return putListed(found, i, { start, end: start + 'Đảng ủy'.length, info: partyBodyOf('Đảng ủy', body.info) }) ?? i;
  }

  /**
   * "lãnh đạo Huyện ủy, HĐND, UBND huyện Vân Đồn", "Phó Chủ tịch HĐND, UBND huyện Tiên Yên", "Phó Bí thư Tỉnh ủy, Chủ
   * tịch UBND tỉnh Cà Mau": bare bodies listed right before one named with its place are that place's, not the home's. Replaces or inserts
   * them in `found` (sorted) and returns the index of the first of the list.
   */
  private shareListedPlace(text: string, from: number, found: OrgMention[], i: number): number {
    const place = found[i]!.info.place;
    if (!place) return i;
    // (In a chain of titles a title may stand between: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau".)
    const listed = memo(this.p, 'listedBareBody', () => new RegExp(`${B}(${this.p.committeeWord}|${this.p.localBodyWord}|Đảng ủy)[^\\S\\n]*(?:,|và)[^\\S\\n]*(?:(?:${this.p.title})[^\\S\\n]+)?$`, 'u'));
    let first = i;
    for (;;) {
      const start = found[first]!.start;
      const m = listed.exec(text.slice(Math.max(from, start - 40), start));
      if (!m) return first;
      const wordStart = start - m[0].length;
      // "Bí thư Đảng ủy, Giám đốc Công an tỉnh Quảng Trị": a province has no "Đảng ủy", the body named next has.
      const ofNext = m[1] === 'Đảng ủy' && (place.level === 'province' || place.level === 'city');
      const info = ofNext ? partyBodyOf('Đảng ủy', found[first]!.info) : this.bodyOfPlace(m[1]!, place);
      // Not a body of that place, or inside a longer mention ("Ban Thường vụ Tỉnh ủy, UBND tỉnh …"): the list ends.
      const at = info ? putListed(found, first, { start: wordStart, end: wordStart + m[1]!.length, info }) : undefined;
      if (at === undefined) return first;
      first = at;
    }
  }

  /** The body a bare kind word names at `place` ("HĐND" → "HĐND huyện Vân Đồn"), if that kind exists at its level. */
  private bodyOfPlace(word: string, place: PlaceRef): OrgInfo | undefined {
    if (this.p.committeeKindByName.has(normalizeName(word))) {
      const committee = this.committeeKind(word);
      const fits = committee && (place.level === 'province' || place.level === 'city' ? committee.level === place.level : committee.adminWord === place.adminWord);
      return fits ? this.committeeInfo(committee.word, place) : undefined;
    }
    const kind = this.localKind(word);
    return kind ? localBodyAt(kind, place) : undefined;
  }

  /** The committee kind a word names ("Tỉnh ủy"), in a case that names one ("Tỉnh đoàn" only capitalized). */
  private committeeKind(word: string): CommitteeKind | undefined {
    const kind = this.p.committeeKindByName.get(normalizeName(word));
    return kind && !(kind.capitalOnly && word[0] !== kind.word[0]) ? kind : undefined;
  }

  /** The canonical kind of local body a word names ("Mặt trận Tổ quốc" → "Ủy ban MTTQ Việt Nam"), "Đảng ủy" included. */
  private localKind(word: string): string | undefined {
    const kind = word === 'Đảng ủy' ? 'Đảng ủy' : this.p.localBodyByName.get(normalizeName(word));
    return kind && (CANONICAL_KIND[kind] ?? kind);
  }

  /** Parses one organization starting exactly at `pos`. */
  parse(text: string, pos: number, limit: number): OrgMention | undefined {
    const p = this.p;
    const first = wordAt(text, pos);
    if (!first || !this.firsts.any.has(first)) return undefined;
    // "Ban Chấp hành Đảng bộ X" is X's party committee; "Ban Chấp hành Tỉnh đoàn X", that committee itself.
    const exec = first === 'Ban' || first === 'ban' ? matchAt(rx`[Bb]an [Cc]hấp hành[^\\S\\n]+(?=Đảng bộ|${p.committeeWord})`, text, pos) : null;
    if (exec) {
      const base = this.parseBase(text, pos + exec[0].length, limit);
      if (base) {
        const committee = base.info.label.startsWith('Đảng bộ') ? this.committeeOf(base) : base.info.kind === 'committee' ? base.info : undefined;
        // Its other name, in full even when written bare ("Ban Chấp hành Đảng bộ tỉnh" in a Quảng Ninh article).
        const fullName = `${text.slice(pos, pos + exec[0].length).trim()} ${base.info.label}`;
        if (committee) return { start: pos, end: base.end, info: { ...committee, aliases: [...committee.aliases, fullName] }, ...(base.placeSpan ? { placeSpan: base.placeSpan } : {}) };
      }
    }
    // "Ban cán sự đảng UBND tỉnh" (also "Ban Cán sự Đảng"), "Đảng đoàn HĐND tỉnh", "Đảng đoàn Quốc hội": the party
    // group leading a body named with its place, or a national one.
    // (The next word's first letter first: "Ban" and "Đảng" start most bodies, "cán" and "đoàn" few.)
    const nextLetter = (first === 'Ban' || first === 'Đảng') && text.charCodeAt(skipWhiteSpace(text, pos + first.length, limit));
    const groupAhead = first === 'Ban' ? nextLetter === 0x63 || nextLetter === 0x43 : nextLetter === 0x111;
    const group = groupAhead ? matchAt(rx`(Ban [Cc]án sự [Đđ]ảng|Đảng đoàn)[^\\S\\n]+`, text, pos) : null;
    const led = group ? this.bodyWithPlace(text, pos + group[0].length, limit) : undefined;
    if (led) {
      const head = group![1]!.startsWith('Ban') ? 'Ban cán sự đảng' : group![1]!;
      return { start: pos, end: led.end, info: partyBodyOf(head, led.info), ...(led.placeSpan ? { placeSpan: led.placeSpan } : {}) };
    }
    if (first === 'Tiểu') return this.subcommittee(text, pos, limit);
    const delegation = first === 'Đoàn' ? this.delegation(text, pos, limit) : undefined;
    if (delegation) return delegation;
    const sub = this.firsts.sub.has(first) ? matchAt(rx`${p.subBodyWord}${E}`, text, pos) : null;
    if (sub && !matchAt(rx`${p.nationalBody}${E}`, text, pos)) {
      const subWord = normalizeSubWord(sub[0], p);
      const subEnd = pos + sub[0].length;
      const ws = matchAt(rx`[^\\S\\n]+`, text, subEnd);
      const parent = ws ? this.parse(text, subEnd + ws[0].length, limit) : undefined;
      if (parent) {
        const info = subBodyOf(subWord, parent.info, [`${subWord} ${text.slice(parent.start, parent.end)}`]);
        return { start: pos, end: parent.end, info, ...(parent.placeSpan ? { placeSpan: parent.placeSpan } : {}) };
      }
      // "Ban Thường vụ, Thường trực Tỉnh ủy": organs listed together share the body after the last one.
      const joined = matchAt(rx`[^\\S\\n]*(?:,|và)[^\\S\\n]*(?=${p.subBodyWord}[^\\S\\n])`, text, subEnd);
      const next = joined ? this.parse(text, subEnd + joined[0].length, limit) : undefined;
      if (!next?.info.parent) return undefined;
      return { start: pos, end: subEnd, info: subBodyOf(subWord, next.info.parent) };
    }
    return this.parseBase(text, pos, limit, first);
  }

  private parseBase(text: string, pos: number, limit: number, first = wordAt(text, pos)): OrgMention | undefined {
    const p = this.p;
    const f = this.firsts;
    if (!first) return undefined;
    const national = f.national.has(first) ? matchAt(rx`${p.nationalBody}${E}`, text, pos) : null;
    // A national name a local body also bears, with a place or a bare admin word written after it, is that
    // place's body ("MTTQ Việt Nam tỉnh Nghệ An", "MTTQ Việt Nam tỉnh" in a Nghệ An article).
    const alsoLocal = national && f.local.has(first) ? matchAt(rx`${p.localBodyWord}${E}`, text, pos) : null;
    const placed = alsoLocal && alsoLocal[0].length >= national![0].length ? this.local(text, pos, alsoLocal[0], limit) : undefined;
    if (placed && (placed.placeSpan || placed.end > pos + national![0].length)) return placed;
    if (national) {
      const label = p.nationalByName.get(normalizeName(national[0])) ?? national[0];
      const end = pos + national[0].length;
      // "Ủy ban Kinh tế của Quốc hội": an Assembly committee named with the Assembly it belongs to.
      const ofAssembly = this.assemblyBodies.has(label) ? matchAt(rx`[^\\S\\n]+của[^\\S\\n]+Quốc hội${E}`, text, end) : null;
      // "Ủy ban Thường vụ Quốc hội", the Assembly's councils and committees: part of the Assembly.
      const parentLabel = this.nationalParents.get(label);
      const parent = parentLabel ? { parent: org(parentLabel, 'national') } : {};
      if (ofAssembly) return { start: pos, end: end + ofAssembly[0].length, info: org(label, 'national', { aliases: [squeeze(text.slice(pos, end + ofAssembly[0].length))], ...parent }) };
      return { start: pos, end, info: org(label, 'national', parent) };
    }
    const committee = f.committee.has(first) ? matchAt(rx`${p.committeeWord}${E}`, text, pos) : null;
    if (committee) return this.committee(text, pos, committee[0], limit);
    const bloc = first === 'Đảng' ? matchAt(rx`(Đảng ủy|Đảng bộ)[^\\S\\n]+Khối${E}`, text, pos) : null;
    if (bloc) return this.bloc(text, pos, bloc[1]!, pos + bloc[0].length, limit);
    const agencies = first === 'Đảng' ? matchAt(rx`(Đảng ủy|Đảng bộ)[^\\S\\n]+các cơ quan Đảng${E}`, text, pos) : null;
    if (agencies) return this.partyAgencies(text, pos, agencies[1]!, pos + agencies[0].length, limit);
    if ((first === 'Ban' || first === 'BCĐ') && matchAt(rx`Ban [Cc]hỉ đạo${E}|BCĐ${E}`, text, pos)) return this.steering(text, pos, limit);
    const local = f.local.has(first) ? matchAt(rx`(?:${p.localBodyWord}|Đảng ủy)${E}`, text, pos) : null;
    if (local) return this.local(text, pos, local[0], limit);
    const inst = f.institution.has(first) ? matchAt(rx`${p.institutionHead}${E}`, text, pos) : null;
    if (inst) return this.institution(text, pos, inst[0], limit);
    return undefined;
  }

  /** Bodies listed from `pos`, each joined to the one before by a comma or "và" ("Bộ Chính trị, Ban Bí thư"), while `keep` accepts them. */
  listAt(text: string, pos: number, limit: number, keep: (o: OrgMention) => boolean = () => true): OrgMention[] {
    const listed: OrgMention[] = [];
    for (let at: number | undefined = pos; at !== undefined; ) {
      const body = this.parse(text, at, limit);
      if (!body || !keep(body)) break;
      listed.push(body);
      const and = matchAt(AND_NEXT_BODY, text, body.end);
      at = and ? body.end + and[0].length : undefined;
    }
    return listed;
  }

  /**
   * "Đoàn kiểm tra số 5 của Bộ Chính trị", "Đoàn công tác của Ban Thường vụ Tỉnh ủy": a delegation a body sends, named by its
   * task, number and sender(s); written bare later ("Trưởng Đoàn kiểm tra"), the one named before.
   */
  private delegation(text: string, pos: number, limit: number): OrgMention | undefined {
    const head = matchAt(DELEGATION, text, pos);
    if (!head) return undefined;
    const of = matchAt(rx`[^\\S\\n]+của[^\\S\\n]+`, text, pos + head[0].length);
    const senders = of ? this.listAt(text, pos + head[0].length + of[0].length, limit) : [];
    if (senders.length === 0) {
      return this.lastDelegation && !matchAt(rx`[^\\S\\n]+số${E}`, text, pos + head[0].length) ? { start: pos, end: pos + head[0].length, info: this.lastDelegation } : undefined;
    }
    const task = `Đoàn ${head[1]}${head[2] ? ` số ${head[2]}` : ''}`;
    const info = org(`${task} của ${senders.map((o) => o.info.label).join(', ')}`, 'steering');
    this.lastDelegation = info;
    return { start: pos, end: senders.at(-1)!.end, info };
  }

  /**
   * A congress's sub-committee: "Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XX", "Tiểu ban Nhân sự Đại
   * hội XIV của Đảng"; written bare later ("Trưởng Tiểu ban Văn kiện"), the one of that task named before.
   */
  private subcommittee(text: string, pos: number, limit: number): OrgMention | undefined {
    const head = matchAt(SUBCOMMITTEE, text, pos);
    if (head) {
      const after = pos + head[0].length;
      const party = matchAt(rx`(${ORDINAL})[^\\S\\n]+của[^\\S\\n]+Đảng${E}`, text, after);
      const body = party ? undefined : this.parse(text, after, limit);
      const ordinal = body ? matchAt(rx`[^\\S\\n]+lần thứ[^\\S\\n]+(${ORDINAL_AFTER_THU})${E}`, text, body.end) : null;
      const end = party ? after + party[0].length : ordinal ? ordinal.index + ordinal[0].length : body?.end;
      if ((party || body?.info.label.startsWith('Đảng bộ')) && end !== undefined && end <= limit) {
        const task = head[1]!.trim().replace(/\s+/g, ' ');
        const congress = party ? `Đại hội ${party[1]} của Đảng` : `Đại hội ${body!.info.label}${ordinal ? ` lần thứ ${ordinal[1]}` : ''}`;
        const info = org(`Tiểu ban ${task} ${congress}`, 'steering', { aliases: [squeeze(text.slice(pos, end))] });
        this.subcommittees.set(task, info);
        return { start: pos, end, info };
      }
    }
    for (const [task, info] of this.subcommittees) {
      const bare = matchAt(rx`Tiểu ban[^\\S\\n]+${escapeRx(task).replace(/ /g, '[^\\S\\n]+')}${E}`, text, pos);
      if (bare) return { start: pos, end: pos + bare[0].length, info };
    }
    return undefined;
  }

  /** "Thành ủy TPHCM", "Huyện ủy Thanh Trì", bare "Tỉnh ủy" (the home province's). */
  private committee(text: string, pos: number, word: string, limit: number): OrgMention | undefined {
    const kind = this.committeeKind(word);
    if (!kind) return undefined;
    const end = pos + word.length;
    // "Tỉnh ủy viên", "Thành ủy viên": a member of the home's committee.
    const member = matchAt(rx`[^\\S\\n]+viên${E}`, text, end);
    if (member) {
      const home = kind.level === 'province' ? this.home.province : kind.level === 'city' ? this.home.city : undefined;
      return home ? { start: pos, end: end + member[0].length, info: this.committeeInfo(kind.word, home), member: true } : undefined;
    }
    const hit = this.placeAfter(text, end, limit, kind.adminWord, true);
    // Written bare, only the capitalized word names one committee: "các tỉnh ủy, thành ủy" are any.
    if (!hit && word[0] !== kind.word[0]) return undefined;
    let place = hit?.place;
    if (!hit) place = kind.level === 'province' ? this.home.province : kind.level === 'city' ? this.home.city : kind.adminWord ? this.localNamedBefore(text, pos, kind.adminWord, end) : undefined;
    if (!place) return undefined;
    if ((kind.level === 'district' || kind.level === 'ward') && place.level !== 'district' && place.level !== 'ward' && !hit) return undefined;
    // "Thành ủy Hà Tĩnh": the committee of a city named after its province is in that city, not the province.
    if (hit?.explicit && kind.level === 'city' && place.level === 'province') place = localPlace(kind.adminWord, place.bare, place);
    if (hit?.explicit) this.noteLocal(pos, place);
    const info = this.committeeInfo(kind.word, place);
    return { start: pos, end: hit ? hit.end : end, info, ...(hit?.explicit ? { placeSpan: { start: hit.start, end: hit.end } } : {}) };
  }

  private committeeInfo(word: string, place: PlaceRef): OrgInfo {
    // "Quận ủy Quận 1": a numbered district keeps its admin word.
    return org(`${word} ${/^\d/.test(place.bare) ? place.label : place.bare}`, 'committee', { place });
  }

  /** The party committee heading a "Đảng bộ": Tỉnh ủy for a province, Huyện ủy for a district, Đảng ủy for a commune. */
  private committeeOf(partyOrg: OrgMention): OrgInfo | undefined {
    const { info } = partyOrg;
    if (info.kind === 'bloc') return org(info.label.replace(/^Đảng bộ/, 'Đảng ủy'), 'bloc', info.place ? { place: info.place } : {});
    const place = info.place;
    if (!place) return undefined;
    const kind = this.p.lexicon.committeeKinds.find((k) =>
      place.level === 'province' || place.level === 'city' ? k.level === place.level : k.adminWord === place.adminWord,
    );
    if (kind) return this.committeeInfo(kind.word, place);
    // A commune's or ward's (and a special zone's) committee is its "Đảng ủy".
    return place.level === 'ward' || place.adminWord === 'đặc khu' ? localBodyAt('Đảng ủy', place) : undefined;
  }

  /** "Đảng ủy Khối Dân - Chính - Đảng TPHCM", "Đảng bộ Khối các cơ quan thành phố Hà Nội". */
  private bloc(text: string, pos: number, head: string, after: number, limit: number): OrgMention | undefined {
    // The bloc's name runs until its place (at most eight words, dashes and "và" included).
    const name = matchAt(rx`([^\\S\\n]+(?:[\\p{L}]+|[-–—])){1,8}?(?=[^\\S\\n]+(?:[Tt]ỉnh|[Tt]hành phố|TP|${this.p.places.known})${E})`, text, after);
    if (name) {
      const hit = this.placeAfter(text, after + name[0].length, limit, undefined, false);
      if (hit) {
        const group = name[0].trim().replace(SPACED_DASH, ' - ');
        const label = `${head} Khối ${group} ${placePhrase(hit.place)}`;
        this.lastBloc = { group, place: hit.place };
        return { start: pos, end: hit.end, info: org(label, 'bloc', { place: hit.place }), ...(hit.explicit ? { placeSpan: hit } : {}) };
      }
    }
    // A bare "Đảng ủy Khối" is the bloc the article has named.
    if (this.lastBloc && !matchAt(rx`[^\\S\\n]+\\p{Lu}`, text, after)) {
      const label = `${head} Khối ${this.lastBloc.group} ${placePhrase(this.lastBloc.place)}`;
      return { start: pos, end: after, info: org(label, 'bloc', { place: this.lastBloc.place }) };
    }
    return undefined;
  }

  /** A national body, or a local one written with its place or admin word ("UBND tỉnh"), at `pos`. */
  private bodyWithPlace(text: string, pos: number, limit: number): OrgMention | undefined {
    const body = this.parseBase(text, pos, limit);
    if (!body || (body.info.kind !== 'national' && body.info.kind !== 'local') || body.info.label.startsWith('Đảng')) return undefined;
    const adminWord = memo(this.p, 'adminWordInside', () => new RegExp(`(?<![\\p{L}])(?:${this.p.adminWord})(?![\\p{L}])`, 'u'));
    return body.info.kind === 'national' || body.placeSpan || adminWord.test(text.slice(pos, body.end)) ? body : undefined;
  }

  /** "Đảng ủy các cơ quan Đảng tỉnh Đồng Nai": the party committee of a province's party agencies (since 2025). */
  private partyAgencies(text: string, pos: number, head: string, after: number, limit: number): OrgMention | undefined {
    const hit = this.placeAfter(text, after, limit, undefined, false);
    if (!hit || (hit.place.level !== 'province' && hit.place.level !== 'city')) return undefined;
    const label = `${head} các cơ quan Đảng ${placePhrase(hit.place)}`;
    return { start: pos, end: hit.end, info: org(label, 'bloc', { place: hit.place }), ...(hit.explicit ? { placeSpan: hit } : {}) };
  }

  /** "UBND tỉnh Bắc Ninh", "HĐND TP", "Đảng bộ quận Tây Hồ", "Đảng bộ Tổng Công ty UDIC", bare "Mặt trận Tổ quốc". */
  private local(text: string, pos: number, word: string, limit: number): OrgMention | undefined {
    const p = this.p;
    const kindLabel = this.localKind(word) ?? word;
    const end = pos + word.length;
    if (kindLabel === 'Đảng bộ' || kindLabel === 'Đảng ủy') {
      const ws = matchAt('[^\\S\\n]+', text, end);
      const inst = ws ? this.institutionAt(text, end + ws[0].length, limit) : undefined;
      // "Đảng ủy UBND tỉnh", "Đảng bộ Công an tỉnh Hải Dương", "Đảng ủy Chính phủ": the party committee or
      // organization of a body named with its place, or of a national one.
      const body = inst ?? (ws ? this.bodyWithPlace(text, end + ws[0].length, limit) : undefined);
      if (body) return { start: pos, end: body.end, info: partyBodyOf(kindLabel, body.info) };
      // "Ban Thường vụ Đảng ủy Bộ" after the ministry was named: its party committee.
      const ministry = this.lastMinistry ? matchAt(rx`[^\\S\\n]+Bộ(?![\\p{L}])(?![^\\S\\n]*\\p{Lu})`, text, end) : null;
      if (ministry) return { start: pos, end: end + ministry[0].length, info: partyBodyOf(kindLabel, this.lastMinistry!) };
    }
    const hit = this.placeAfter(text, end, limit, undefined, false);
    // "Hội Cựu chiến binh Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam": the country names a national body, not where it is.
    // ("Trung ương Hội Nông dân Việt Nam": its central committee, named with "Trung ương" before it.)
    if (hit?.place.level === 'country') {
      const central = CENTRAL_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos));
      const start = central ? pos - central[0].length : pos;
      return { start, end: hit.end, info: org(squeeze(text.slice(start, hit.end)), 'national') };
    }
    let place = hit?.place;
    if (!hit) {
      if (!BARE_RESOLVABLE.has(kindLabel)) return undefined;
      // A bare body is the home's, unless the text goes on with a name we do not know, or with a
      // district's or ward's admin word when the article names none before ("UBND phường" is no city's).
      if (matchAt(rx`[^\\S\\n]+${CAP}`, text, end) && !matchAt(rx`[^\\S\\n]+(?:và|,)`, text, end)) return undefined;
      if (matchAt(rx`[^\\S\\n]+(?:${p.adminWord})${E}`, text, end)) return undefined;
      // "HĐND các cấp", "UBND cấp xã": every body of that kind, or of a level, not one.
      if (matchAt(rx`[^\\S\\n]+(?:các[^\\S\\n]+)?cấp${E}`, text, end)) return undefined;
      place = this.home.main;
    }
    if (!place) return undefined;
    if (hit?.explicit) this.noteLocal(pos, place);
    // "Trưởng Đoàn ĐBQH tỉnh": a body named bare in a short form is also named so with its place ("Đoàn ĐBQH tỉnh Hưng Yên").
    const written = hit?.explicit ? text.slice(pos, hit.end) : word !== kindLabel ? `${squeeze(word)} ${placePhrase(place)}` : undefined;
    const info = localBodyAt(kindLabel, place, written);
    return { start: pos, end: hit ? hit.end : end, info, ...(hit?.explicit ? { placeSpan: hit } : {}) };
  }

  private institutionAt(text: string, pos: number, limit: number): OrgMention | undefined {
    const inst = matchAt(rx`${this.p.institutionHead}${E}`, text, pos);
    return inst ? this.institution(text, pos, inst[0], limit) : undefined;
  }

  /** "Trường ĐH Kinh tế TPHCM", "Tổng Công ty UDIC", "Học viện Lục quân": a head and a capitalized name. */
  private institution(text: string, pos: number, head: string, limit: number): OrgMention | undefined {
    const field = head === 'Sở' ? matchAt(this.departmentField(), text, pos + head.length) : null;
    if (field && pos + head.length + field[0].length <= limit) return this.department(text, pos, pos + head.length + field[0].length, limit);
    // Name words: capitalized (or acronyms, numbers); lower-case words only between capitalized ones ("Chính trị
    // khu vực III"), and "và" only inside one name ("Báo chí và Tuyên truyền"), not before another institution.
    const connector = `(?!và[^\\S\\n]+(?:${this.p.institutionHead})${E}|${VERB_AFTER_NAME}${E})${NAME_CONNECTOR}`;
    // A head that names the kind of school in full is followed by its place alone ("Trường Chính trị tỉnh Nghệ An").
    const name =
      matchAt(rx`(?:[^\\S\\n]+(?:${CAP}|\\d+)(?:[^\\S\\n]+${connector}){0,3}(?=[^\\S\\n]+(?:${CAP}|\\d)))*[^\\S\\n]+(?:${CAP}|\\d+)`, text, pos + head.length) ??
      (head.includes(' ') ? matchAt(rx`[^\\S\\n]+(?:${this.p.adminWord})[^\\S\\n]+${PLACE_NAME}`, text, pos + head.length) : null);
    // "Lê Trường Lưu": a head that is also a given name, in a person's name, names no institution.
    if (!name || (!head.includes(' ') && nameGoesOnBefore(this.p, text, pos))) return undefined;
    let end = pos + head.length + this.beforeRankOrTitle(text, pos + head.length, name[0]);
    // "Học viện Lục quân (…)", "Học viện Báo chí và Tuyên truyền tổ chức", "Học viện Hành chính quốc gia cũng …": a name
    // may end on up to three lower-case syllables when what follows them is no name (punctuation, a verb, a function word).
    const last = matchAt(rx`(?:[^\\S\\n]+(?!${AFTER_NAME}${E})${NAME_CONNECTOR}){1,3}(?=[^\\S\\n]*(?:[,.;:()"”]|$)|[^\\S\\n]+${AFTER_NAME}${E})`, text, end);
    if (last) end += last[0].length;
    if (end > limit) return undefined;
    const titled = this.titleBefore(text, pos);
    end = this.endBeforePerson(text, pos + head.length, end, titled);
    const label = text.slice(pos, end).replace(/\s+/g, ' ');
    const known = matchAt(rx`(?:.*?\\s)?(${this.p.places.known})$`, label, 0);
    const entry = known ? this.p.places.byName.get(normalizeName(known[1]!)) : undefined;
    end = Math.min(end, limit);
    const within = this.nationalParentAfter(text, end, limit, titled);
    return { start: pos, end: within?.end ?? end, info: org(label, 'institution', { ...(entry ? { place: placeFromEntry(entry) } : {}), ...(within ? { parent: within.info } : {}) }) };
  }

  /**
   * The national body an institution belongs to, named right after it: "Cục Đường sắt Việt Nam thuộc Bộ Xây dựng", "Cục Đổi
   * mới sáng tạo (Bộ Khoa học và Công nghệ)", and after a title "Phó Vụ trưởng Vụ Địa phương V, Ủy ban Kiểm tra Trung ương"
   * (a comma may as well list another body: "Cục Thuế, Bộ Tài chính và UBND tỉnh phối hợp"). Ends past a closing bracket.
   */
  private nationalParentAfter(text: string, end: number, limit: number, titled: boolean): OrgMention | undefined {
    const joint = matchAt(titled ? NATIONAL_PARENT_JOINT_AFTER_TITLE : NATIONAL_PARENT_JOINT, text, end);
    if (!joint) return undefined;
    const parent = this.parse(text, end + joint[0].length, limit);
    if (parent?.info.kind !== 'national') return undefined;
    const closing = joint[0].includes('(') ? matchAt(rx`[^\\S\\n]*\\)`, text, parent.end) : null;
    if (joint[0].includes('(') && !closing) return undefined;
    return { ...parent, end: parent.end + (closing?.[0].length ?? 0) };
  }

  /** The length of an institution's name up to a "và" before a person's rank or title ("Quân khu 3 và Trung tướng …"), if one stands in it. */
  private beforeRankOrTitle(text: string, from: number, name: string): number {
    for (let i = name.indexOf(' và '); i >= 0; i = name.indexOf(' và ', i + 1)) {
      const next = from + i + 4;
      if (matchAt(rx`(?:${this.p.honorific}|${this.p.title})${E}`, text, next)) return i;
    }
    return name.length;
  }

  /**
   * "Sở Nội vụ tỉnh Hà Tĩnh", "Sở Y tế Hà Nội", bare "Sở Tài chính": a department is named by its
   * ministry's field (lower case after its first word, so capitals do not tell where it ends), then its
   * province; written bare, it is the home's (departments are always a province's).
   */
  private department(text: string, pos: number, fieldEnd: number, limit: number): OrgMention {
    const written = squeeze(text.slice(pos, fieldEnd));
    const hit = this.placeAfter(text, fieldEnd, limit, undefined, false);
    const place = hit?.explicit ? hit.place : this.home.main;
    if (!place) return { start: pos, end: fieldEnd, info: org(written, 'institution') };
    const end = hit?.explicit ? hit.end : fieldEnd;
    const info = org(`${written} ${placePhrase(place)}`, 'institution', { place, aliases: [`${written} ${place.bare}`] });
    return { start: pos, end, info, ...(hit?.explicit ? { placeSpan: { start: hit.start, end: hit.end } } : {}) };
  }

  /** The fields of the ministries ("Nội vụ", "Tài chính"), which provincial departments share ("Sở Nội vụ"). */
  private departmentField(): RegExp {
    return memo(this.p, 'departmentField', () => {
      const ministries = this.p.lexicon.nationalBodies.flatMap((b) => [b.label, ...(b.variants ?? [])]).filter((name) => /^Bộ (?!Chính trị)/u.test(name));
      return sticky(`[^\\S\\n]+${alternation(ministries.map((name) => name.slice(3)))}${E}`);
    });
  }

  /** "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM", "Ban Chỉ đạo triển khai Nghị quyết 98/2023/QH15". */
  private steering(text: string, pos: number, limit: number): OrgMention | undefined {
    const named = this.namedSteering(text, pos, limit);
    if (named) {
      this.lastSteering = named.info;
      return named;
    }
    // "Phó Trưởng Ban Chỉ đạo", "Phiên họp thứ 28 của Ban Chỉ đạo": a bare name is the committee the article
    // has named; not one being set up ("thành lập Ban Chỉ đạo, Tổ biên tập …").
    // A verb may follow it ("Trưởng Ban Chỉ đạo chủ trì phiên họp"), or a level ("Ban Chỉ đạo cấp tỉnh": any, not this one).
    const bare =
      this.lastSteering &&
      !SETTING_UP.test(text.slice(Math.max(0, pos - 16), pos)) &&
      matchAt(rx`(?:Ban [Cc]hỉ đạo|BCĐ)(?![^\\S\\n]*[\\p{L}\\p{N}])|(?:Ban [Cc]hỉ đạo|BCĐ)(?=[^\\S\\n]+${STEERING_VERB}${E})`, text, pos);
    return bare ? { start: pos, end: pos + bare[0].length, info: this.lastSteering! } : undefined;
  }

  private namedSteering(text: string, pos: number, limit: number): OrgMention | undefined {
    const head = matchAt(rx`Ban [Cc]hỉ đạo|BCĐ`, text, pos)!;
    let at = pos + head[0].length;
    const words: string[] = [];
    // A document the committee carries out ends its name.
    const docRef = matchAt(rx`[^\\S\\n]+((?:triển khai|thực hiện)[^\\S\\n]+)?(${this.p.documentKind})(?:[^\\S\\n]+số)?[^\\S\\n]+\\d[\\d\\p{L}/.-]*`, text, at);
    if (docRef) {
      const docStart = at + docRef[0].indexOf(docRef[2]!);
      const end = at + docRef[0].replace(/[.]+$/, '').length;
      const label = `Ban Chỉ đạo ${text.slice(at, end).trim().replace(/\s+/g, ' ')}`;
      return { start: pos, end, info: org(label, 'steering', { implementsDoc: { start: docStart, end } }) };
    }
    // "Ban Chỉ đạo 35 Trung ương", "Ban Chỉ đạo 389 tỉnh": committees known by the number of their founding decision.
    const numbered = matchAt(rx`[^\\S\\n]+(\\d{2,4})${E}`, text, at);
    if (numbered) {
      const after = at + numbered[0].length;
      const scope = this.scopeAt(text, after, limit);
      if (scope?.kind === 'central') return { start: pos, end: scope.end, info: org(`Ban Chỉ đạo ${numbered[1]} Trung ương`, 'national') };
      if (scope?.kind === 'place') {
        return { start: pos, end: scope.end, info: org(`Ban Chỉ đạo ${numbered[1]} ${placePhrase(scope.place)}`, 'steering', { place: scope.place }), ...(scope.explicit ? { placeSpan: scope } : {}) };
      }
      return undefined;
    }
    // Otherwise its name is a short lower-case task ("phòng, chống tham nhũng, tiêu cực") and its scope.
    for (let i = 0; i < 16; i++) {
      const scope = this.scopeAt(text, at, limit);
      if (scope) {
        const task = words.join('').trim();
        if (scope.kind === 'central') {
          // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực": named by its subject.
          const topic = task ? null : this.steeringTopic(text, scope.end, limit);
          if (topic) return { start: pos, end: topic.end, info: org(`Ban Chỉ đạo Trung ương${topic.words}`, 'national') };
          const label = `Ban Chỉ đạo ${task ? task + ' ' : ''}Trung ương`;
          return { start: pos, end: scope.end, info: org(label, 'steering') };
        }
        if (scope.kind === 'parent') {
          const label = `Ban Chỉ đạo ${task ? task + ' ' : ''}của ${scope.parent.label}`;
          return { start: pos, end: scope.end, info: org(label, 'steering', { parent: scope.parent }) };
        }
        // "Ban Chỉ đạo Tây Bắc": a committee may be named by its place alone.
        const label = `Ban Chỉ đạo ${task ? `${task} ` : ''}${placePhrase(scope.place)}`;
        const aliases = [`Ban Chỉ đạo ${task ? `${task} ` : ''}${scope.place.bare}`];
        return { start: pos, end: scope.end, info: org(label, 'steering', { place: scope.place, aliases }), ...(scope.explicit ? { placeSpan: scope } : {}) };
      }
      const word = matchAt(rx`(,?)[^\\S\\n]+((?:[\\p{Ll}]+)|Tổng kết|Sơ kết)(?![\\p{L}])`, text, at);
      if (!word || at + word[0].length > limit) break;
      // A task starts with no comma and holds no verb of the sentence ("Ban Chỉ đạo chủ trì …", "Ban Chỉ đạo, phối hợp …").
      if ((word[1] && words.length === 0) || matchAt(rx`,?[^\\S\\n]+${STEERING_VERB}${E}`, text, at)) break;
      // "… đổi mới sáng tạo và chuyển đổi số tỉnh Nghệ An": "và" joins another task, not another body.
      const and = word[2] === 'và' && !word[1] ? matchAt(rx`${AND_MORE_TASK}`, text, at) : null;
      if (and) {
        words.push(' và');
        at += and[0].length;
        continue;
      }
      // "Ban Chỉ đạo giải phóng mặt bằng các dự án giao thông trọng điểm tỉnh Lào Cai": "các" inside a task that runs on to its province.
      const tasksOf = word[2] === 'các' && !word[1] && words.length >= 2 ? matchAt(memo(this.p, 'taskRunsToPlace', () => sticky(`(?:[^\\S\\n]+(?!(?:đã|đang|sẽ|được|do|gồm|là|có|và|với)(?![\\p{L}]))[\\p{Ll}]+){1,8}?[^\\S\\n]+(?:${this.p.adminWord})[^\\S\\n]+\\p{Lu}`)), text, at + word[0].length) : null;
      if (tasksOf) {
        words.push(' các');
        at += word[0].length;
        continue;
      }
      if (STEERING_STOP.has(word[2]!)) break;
      if (word[1] && !matchAt(rx`,[^\\S\\n]+[\\p{Ll}]`, text, at)) break;
      words.push(`${word[1] ? ',' : ''} ${word[2]}`);
      at += word[0].length;
    }
    // "Ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ": a national committee named by its subject.
    if (words.join('').trim() === 'quốc gia') {
      const topic = this.steeringTopic(text, at, limit);
      if (topic) return { start: pos, end: topic.end, info: org(`Ban Chỉ đạo quốc gia${topic.words}`, 'national') };
    }
    // An unscoped local task force belongs to the home place.
    if (words.length >= 2 && this.home.main) {
      const task = words.join('').trim();
      const place = this.home.main;
      const label = `Ban Chỉ đạo ${task} ${placePhrase(place)}`;
      return { start: pos, end: at, info: org(label, 'steering', { place, aliases: [`Ban Chỉ đạo ${task} ${place.bare}`] }) };
    }
    return undefined;
  }

  /** " về phát triển khoa học, công nghệ": a national committee's subject, from `at`. */
  private steeringTopic(text: string, at: number, limit: number): { words: string; end: number } | undefined {
    const topic = matchAt(rx`[^\\S\\n]+về(?:(?:,|${AND_MORE_TASK})?[^\\S\\n]+(?!${TOPIC_STOP})[\\p{Ll}]+){1,16}(?=[^\\S\\n]*(?:[.;:()]|$)|[^\\S\\n]+${TOPIC_STOP})`, text, at);
    if (!topic || at + topic[0].length > limit) return undefined;
    return { words: topic[0].replace(/\s+/g, ' '), end: at + topic[0].length };
  }

  private scopeAt(text: string, at: number, limit: number):
    | ({ kind: 'central' } & Span)
    | ({ kind: 'parent'; parent: OrgInfo } & Span)
    | ({ kind: 'place'; place: PlaceRef; explicit: boolean } & Span)
    | undefined {
    const central = matchAt(rx`[^\\S\\n]+(?:Trung ương|TƯ|TW)${E}`, text, at);
    if (central) return { kind: 'central', start: at, end: at + central[0].length };
    const of = matchAt(rx`[^\\S\\n]+của[^\\S\\n]+`, text, at);
    if (of) {
      const parent = this.parse(text, at + of[0].length, limit);
      if (parent) return { kind: 'parent', parent: parent.info, start: at, end: parent.end };
    }
    const hit = this.placeAfter(text, at, limit, undefined, false);
    if (hit && hit.explicit) return { kind: 'place', place: hit.place, explicit: true, start: hit.start, end: hit.end };
    if (hit) return { kind: 'place', place: hit.place, explicit: false, start: at, end: hit.end };
    return undefined;
  }

  /**
   * The place written right after a body word: a known name (with or without its admin word),
   * an admin word and a name, a bare admin word ("tỉnh", "TP": the home's), or, after a
   * party committee word, a bare name ("Huyện ủy Thanh Trì").
   */
  placeAfter(text: string, pos: number, limit: number, committeeAdmin: string | undefined, allowBareName: boolean): PlaceHit | undefined {
    const p = this.p;
    const ws = matchAt('[^\\S\\n]*', text, pos);
    const start = pos + (ws ? ws[0].length : 0);
    if (start === pos && !matchAt('[.]', text, pos - 1)) {
      // A place must be separated by a space ("TP.Hồ Chí Minh" is handled by the known forms).
      if (!isWhiteSpace(text.charCodeAt(pos))) return undefined;
    }
    const known = matchAt(rx`(?:(${p.adminWord})[^\\S\\n]*)?(${p.places.known})${E}`, text, start);
    if (known) {
      const entry = p.places.byName.get(normalizeName(known[2]!));
      if (entry && (!known[1] || entry.level !== 'region')) {
        const end = start + known[0].length;
        if (end <= limit) return { start, end, place: knownPlace(known[1], entry, known[2]!, this.home.main), explicit: true };
      }
    }
    const thuDo = matchAt(rx`Thủ đô${E}`, text, start);
    if (thuDo) {
      const entry = p.places.byName.get(normalizeName('Hà Nội'));
      if (entry) return { start, end: start + thuDo[0].length, place: placeFromEntry(entry), explicit: false };
    }
    const named = matchAt(rx`(${p.adminWord})[^\\S\\n]*(${PLACE_NAME}|\\d{1,2}${E})`, text, start);
    const nameAt = named ? start + named[0].length - named[2]!.length : 0;
    // A name that starts like a person's is a place's only when a person's name follows it ("xã Yên Thành Đậu Văn Hiếu").
    const name = named && (this.looksLikePerson(text, nameAt) ? this.placeBeforeName(text, nameAt, '', 2) : this.placeBeforeName(text, nameAt, named[2]!));
    if (named && name) {
      const end = nameAt + name.length;
      if (end <= limit) return { start, end, place: this.district(named[1]!, name), explicit: true };
    }
    const bareAdmin =
      matchAt(rx`(${p.adminWord})(?![^\\S\\n]*${CAP})(?![\\p{L}\\p{N}])`, text, start) ??
      (named ? matchAt(rx`(${p.adminWord})(?=[^\\S\\n]+)`, text, start) : null);
    if (bareAdmin) {
      const word = normalizeName(bareAdmin[1]!);
      const place = word === 'tỉnh' ? this.home.province : word === 'thành phố' ? (this.home.city ?? this.home.main) : this.localNamedBefore(text, start, word, start + bareAdmin[0].length);
      if (place) return { start, end: start + bareAdmin[0].length, place, explicit: false };
    }
    if (allowBareName && committeeAdmin) {
      const name = matchAt(rx`${PLACE_NAME}${E}`, text, start);
      if (name && !this.looksLikePerson(text, start) && !matchAt(rx`(?:${p.title}|${p.honorific})${E}`, text, start)) {
        const place = this.placeBeforeName(text, start, name[0]);
        return { start, end: start + place.length, place: this.district(committeeAdmin, place), explicit: true };
      }
    }
    return undefined;
  }

  /**
   * The district or ward of this admin word ("phường") the article named last before `pos`; none
   * when the word at `pos` starts a list of levels ("HĐND huyện, quận, phường": no one body).
   */
  private localNamedBefore(text: string, pos: number, adminWord: string, wordEnd: number): PlaceRef | undefined {
    if (matchAt(rx`[^\\S\\n]*(?:,|và)[^\\S\\n]*(?:${this.p.adminWord})${E}`, text, wordEnd)) return undefined;
    if (!this.namedLocals) {
      this.namedLocals = new Map();
      for (const m of matchAll(rxAll`(?<![\\p{L}])(${this.p.adminWord})[^\\S\\n]+(${PLACE_NAME})${E}`, text)) {
        const nameAt = m.index + m[0].length - m[2]!.length;
        if (this.looksLikePerson(text, nameAt)) continue;
        const place = this.district(m[1]!, this.placeBeforeName(text, nameAt, m[2]!));
        if (place.level === 'district' || place.level === 'ward') noteIn(this.namedLocals, m.index, normalizeName(m[1]!), place);
      }
    }
    const word = normalizeName(adminWord);
    const written = lastBefore(this.namedLocals.get(word), pos);
    const viaBody = lastBefore(this.bodyLocals.get(word), pos);
    return (viaBody && (!written || viaBody.start > written.start) ? viaBody : written)?.place;
  }

  /** Notes a district or ward a body was named with, for bare forms later. */
  private noteLocal(start: number, place: PlaceRef | undefined): void {
    if (place?.adminWord && (place.level === 'district' || place.level === 'ward')) noteIn(this.bodyLocals, start, normalizeName(place.adminWord), place);
  }

  private district(admin: string, name: string): PlaceRef {
    const entry = this.p.places.byName.get(normalizeName(name));
    if (entry && (entry.level === 'province' || entry.level === 'city')) return placeFromEntry(entry);
    return localPlace(admin, name, this.home.main);
  }

  /**
   * "xã Quỳnh Thạch Lê Văn Bình": when the capitals run on past the place into a person's name
   * (a family name and one to three more syllables), the place ends where the name begins, keeping
   * at least `minPlaceWords` words (two where the place's own name starts like a person's).
   */
  private placeBeforeName(text: string, pos: number, matched: string, minPlaceWords = 1): string {
    const run = matchAt(rx`${CAP}(?:[^\\S\\n]+${CAP}){0,6}`, text, pos)?.[0] ?? matched;
    const words = run.split(/\s+/);
    if (words.length <= matched.split(/\s+/).length) return matched;
    const surnames = memo(this.p, 'surnameSet', () => new Set(this.p.lexicon.surnames));
    // Most names have three syllables, then two, then four; "Thạch", "Lưu" inside a place are family names too.
    for (const length of [3, 2, 4]) {
      const i = words.length - length;
      if (i >= minPlaceWords && surnames.has(words[i]!)) return words.slice(0, i).join(' ');
    }
    return matched;
  }

  /**
   * Where an institution's name ends when a person's name runs on from it: "Sở Nội vụ tỉnh Quảng Ninh
   * Nguyễn Văn Hùng" ends with its place; after a title ("Giám đốc Sở Nội vụ Nguyễn Viết Hưng"), a
   * family name and one to three capitalized syllables closing the name are the official's name,
   * unless they name a place or one of the leaders bodies are named after.
   */
  private endBeforePerson(text: string, from: number, end: number, titled: boolean): number {
    const p = this.p;
    let firstWord = -1;
    for (let at = from; at < end; at++) {
      if (!isWhiteSpace(text.charCodeAt(at - 1)) || isWhiteSpace(text.charCodeAt(at))) continue;
      const place = matchAt(rx`(?:(?:${p.adminWord})[^\\S\\n]*)?(?:${p.places.known})${E}`, text, at);
      if (place) {
        const placeEnd = at + place[0].length;
        if (placeEnd < end && matchAt(rx`[^\\S\\n]+(?:${p.surname})[^\\S\\n]+${CAP}`, text, placeEnd)) return placeEnd;
      }
      if (firstWord < 0) {
        firstWord = at; // the name keeps its first word
        continue;
      }
      const person = titled ? matchAt(rx`(?:${p.surname})(?:[^\\S\\n]+${CAP}){1,3}${E}`, text, at) : null;
      if (!person || at + person[0].length !== end) continue;
      const name = normalizeName(person[0]);
      if (!p.places.byName.has(name) && !this.eponyms.has(name)) return skipWhiteSpaceBack(text, at);
    }
    return end;
  }

  /** Whether a title stands right before `pos` ("Giám đốc Sở …"): a name may follow the body. */
  private titleBefore(text: string, pos: number): boolean {
    const re = memo(this.p, 'titleBeforeBody', () => new RegExp(`(?<![\\p{L}])(?:${this.p.title})[^\\S\\n]+$`, 'u'));
    return re.test(text.slice(Math.max(0, pos - 40), pos));
  }

  /** A run of three capitalized syllables starting with a family name, or with "Thị" second (a woman's middle name), is a person, not a place. */
  private looksLikePerson(text: string, pos: number): boolean {
    return matchAt(rx`(?:${this.p.surname}|${CAP}(?=[^\\S\\n]+Thị${E}))[^\\S\\n]+${CAP}[^\\S\\n]+${CAP}`, text, pos) !== null;
  }
}

/** Titles that "Thường trực" completes ("Phó Bí thư Thường trực", "Phó trưởng Ban Thường trực"). */
const TITLE_BEFORE_STANDING = /(?:[Pp]hó[^\S\n]+(?:[Bb]í thư|[Cc]hủ tịch|[Cc]hủ nhiệm|[Tt]hủ tướng|[Tt]rưởng(?:[^\S\n]+(?:[Bb]an|[Đđ]oàn))?)|[Tt]hứ trưởng|[Nn]guyên|[Cc]ựu)[^\S\n]+$/u;

/** Between bodies listed together: a comma or "và". */
const AND_NEXT_BODY = sticky('[^\\S\\n]*(?:,|và)[^\\S\\n]*');

/** "Đoàn kiểm tra số 5", "Đoàn công tác": a delegation's task and number. */
const DELEGATION = sticky('Đoàn[^\\S\\n]+(kiểm tra|giám sát|công tác|thanh tra)(?:[^\\S\\n]+số[^\\S\\n]+(\\d{1,3}))?(?![\\p{L}\\p{N}])');

/**
 * Puts a bare body listed right before `found[next]` into `found` (sorted): in place of a mention of the same word there
 * (one the home gave it), else before it. Returns its index; undefined, changing nothing, when it lies inside a longer
 * mention or one named with its own place.
 */
function putListed(found: OrgMention[], next: number, mention: OrgMention): number | undefined {
  const before = found[next - 1];
  if (!before || before.end <= mention.start) {
    found.splice(next, 0, mention);
    return next;
  }
  if (before.start !== mention.start || before.placeSpan) return undefined;
  found[next - 1] = mention;
  return next - 1;
}

/** "Trung ương " right before a mass organisation's national name. */
const CENTRAL_BEFORE = /(?<![\p{L}])Trung ương[^\S\n]+$/u;
/** The National Assembly: its councils and committees are part of it. */
const ASSEMBLY = 'Quốc hội';
/** How far into a paragraph its opening body may start: past a bullet and a dateline ("* Chiều 14/8, tại …, "). */
const PARAGRAPH_OPENING = 48;
/** A numbered item's opening: "2. ", "3) ". */
const NUMBERED_ITEM = /^\d{1,2}[.)][^\S\n]/u;

/** The home of a paragraph or an item about one province or city: its bare bodies are that place's. */
function homeAt(place: PlaceRef): Home {
  return { main: place, ...(place.level === 'province' ? { province: place } : { city: place }) };
}

/** The province or centrally run city a place is in (itself if it is one). */
function provinceOf(place: PlaceRef | undefined): PlaceRef | undefined {
  for (let p = place; p; p = p.parent) if (p.level === 'province' || p.level === 'city') return p;
  return undefined;
}
/** What may stand before a paragraph's opening body: a bullet, a time, a place of meeting, commas. */
const OPENING_LEAD = /^[\s*•\-–+]*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm nay|[Hh]ôm qua)[^,]{0,20},[^\S\n]*)?(?:tại[^,]{0,40},[^\S\n]*)?$/u;

/** Function words: never inside an institution's name. */
/**
 * The ministry a body is or holds ("Bộ Tài chính", or the one in "Đảng ủy Bộ Tài chính"), not the Politburo (Bộ Chính trị) nor a
 * command (Bộ Tư lệnh, Bộ Chỉ huy): a bare "Đảng ủy Bộ", "the ministry's Party Committee" later is its.
 */
export function ministryIn(info: OrgInfo): OrgInfo | undefined {
  return [info, ...(info.nested ?? [])].find((body) => body.kind === 'national' && /^Bộ (?!Chính trị|Tư lệnh|Chỉ huy)/u.test(body.label));
}

/** Between an institution and the national body it belongs to (see nationalParentAfter). */
const NATIONAL_PARENT_JOINT = sticky('[^\\S\\n]+thuộc[^\\S\\n]+|[^\\S\\n]*\\([^\\S\\n]*');
const NATIONAL_PARENT_JOINT_AFTER_TITLE = sticky('[^\\S\\n]+thuộc[^\\S\\n]+|[^\\S\\n]*\\([^\\S\\n]*|[^\\S\\n]*,[^\\S\\n]*');
const FUNCTION_WORDS = 'ở|tại|của|với|đã|đang|cho|trong|theo|về|là|được|có|các|những|từ|đến|khi|thì|mà|này|sẽ|vừa|thuộc';
/** A lower-case syllable inside an institution's name ("Kinh tế", "Nội vụ"), never a function word. */
const NAME_CONNECTOR = `(?!(?:${FUNCTION_WORDS})(?![\\p{L}]))[\\p{Ll}]+`;

/** "Tiểu ban <task> [phục vụ] Đại hội [đại biểu] ": a congress sub-committee's head, its task in a few words. */
const SUBCOMMITTEE = sticky(
  `Tiểu ban((?:[^\\S\\n]+(?!Đại hội)[\\p{L}]+(?:[^\\S\\n]*[-–,][^\\S\\n]*[\\p{L}]+)?){1,6}?)[^\\S\\n]+(?:phục vụ[^\\S\\n]+)?Đại hội(?:[^\\S\\n]+đại biểu)?[^\\S\\n]+`,
);

/** The verbs news puts right after a body ("Học viện … phối hợp …"): no part of its name. */
const VERB_AFTER_NAME =
  '(?:cũng|còn|đều|nhằm|để|do|bị|cùng|tổ chức|phối hợp|dự|tham dự|tham gia|làm việc|tiếp|trao|ký|ban hành|triển khai|thực hiện|' +
  'báo cáo|phát biểu|khai mạc|long trọng|chủ trì|tổng kết|công bố|thông báo|đón|nhận|trình|gửi|đề nghị|kiến nghị|chịu|họp|đạt|được)';
/** What ends a name written with lower-case syllables last: those verbs, "và", an admin word (the place follows), a function word. */
const AFTER_NAME = `(?:${VERB_AFTER_NAME}|và|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|${FUNCTION_WORDS})`;

/** Verbs that make a body: what they name is new, not one named before. */
const SETTING_UP = /(?<![\p{L}])(?:thành lập|kiện toàn|lập)[^\S\n]+$/u;
/** Verbs that end a national committee's subject ("… về chuyển đổi số họp …"). */
const TOPIC_STOP = '(?:do|đã|đang|sẽ|được|và|với|đối với|gồm|họp|tổ chức|chỉ đạo|yêu cầu|đề nghị|có|là|chủ trì|phát biểu|dự|tham dự|cho biết|nhấn mạnh|khẳng định|ban hành)(?![\\p{L}])';

/** " và <task>" in a committee's task or subject: lower-case words after it, not "các"/"những" (others named with it). */
const AND_MORE_TASK = '[^\\S\\n]+và(?=[^\\S\\n]+(?!các|những|cùng)[\\p{Ll}]+(?![\\p{L}]))';

/** Verbs after a steering committee's bare name, which no task starts with. */
const STEERING_VERB =
  '(?:chủ trì|phát biểu|phối hợp|tổ chức|họp|kết luận|cho biết|nhấn mạnh|yêu cầu|đề nghị|đánh giá|thống nhất|quyết định|chỉ đạo|báo cáo|' +
  'ban hành|làm việc|tiến hành|thông qua|xem xét|ghi nhận|cũng|còn|đều|cấp)';

/** Words that end a steering committee's task name. */
const STEERING_STOP = new Set([
  'đã', 'đang', 'sẽ', 'được', 'có', 'là', 'và', 'cùng', 'với', 'theo', 'để', 'nhằm', 'trong', 'tại', 'do', 'gồm',
  'vừa', 'họp', 'tổ', 'chỉ', 'ban', 'cho', 'các', 'những', 'khi', 'đến', 'từ', 'về', 'này', 'đó', 'làm', 'giữ',
  'phiên', 'thứ', 'năm', 'ngày', 'tháng', 'tiếp', 'ra', 'vào', 'thì', 'mà', 'như', 'lần',
]);

function normalizeSubWord(surface: string, p: Patterns): string {
  return p.subBodyByName.get(normalizeName(surface)) ?? surface;
}
