// Meetings in English text: congresses, plenums, sessions and conferences with ordinals.
// Keys follow the Vietnamese path (ev:dai-hoi-13-dang, ev:hoi-nghi-tw-11-khoa-13) so the same
// meeting reported in both editions is one node.
import { matchAt, rx, searchView, sticky } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import type { OrgInfo } from '../recognize/organizations.js';
import { partyBodyOf } from '../recognize/organizations.js';
import { plenumKey } from '../recognize/events.js';
import { slug } from '../text/normalize.js';
import type { EnglishOrgMention, EnglishOrgRecognizer } from './bodies.js';
import { APOS, E, MONTH_NAMES, ORD, S, alt, englishPatterns, foldKey, lowerStarts, mayStartAt, ordValue } from './patterns.js';
import type { EnglishHome } from './places.js';
import { placeFromEntry, placePhrase } from '../resolve/places.js';
import { EVENT_HEADS_EN, ORDINAL_WORDS } from './vocabulary.js';

export type EventHeadKind = (typeof EVENT_HEADS_EN)[number]['head'];

export interface EnglishEventMention extends Span {
  key?: string;
  label: string;
  aliases: string[];
  head: EventHeadKind;
  /** The body that holds the meeting, when named in it. */
  body?: EnglishOrgMention;
  /** A meeting named by its purpose with whom it is held: those words ("online conference with localities"). */
  meets?: string;
}

const HEADS = alt(EVENT_HEADS_EN.flatMap((h) => h.en));
const headOf = (word: string): EventHeadKind => EVENT_HEADS_EN.find((h) => h.en.some((w) => w.toLowerCase() === word.toLowerCase().replace(/\s+/g, ' ')))?.head ?? 'meeting';
/** "for the 2025-2030 tenure", ", term 2020–2025", "for the 2025-2030 term". */
const TENURE = `(?:${S}for${S}the${S}|[^\\S\\n]*,${S}(?:tenure|term)${S}|${S}\\()(\\d{4})[^\\S\\n]*[-–—][^\\S\\n]*(\\d{4})(?:${S}(?:tenure|term))?\\)?`;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Words before "conference" that say how or how widely it is held ("a national online conference"). */
const MEETING_QUALIFIERS = 'national|nationwide|online|national online|nationwide online|videoconferenced|hybrid|regular|annual|monthly';
/** What a meeting named by its purpose does ("a national conference to disseminate and implement Resolution 68"). */
const PURPOSES =
  'disseminate|implement|review|launch|summarise|summarize|grasp|study|mark|celebrate|commemorate|deploy|announce|honour|honor|' +
  'promote|remove|discuss|evaluate|assess|collect|gather|seek|consult|meet|dialogue|introduce|present|propose|foster|boost|step up|look back';
/** The same purposes as participles: "a conference reviewing Party building work …", "a ceremony marking …". */
const PURPOSES_ING =
  'disseminating|implementing|reviewing|launching|summarising|summarizing|marking|celebrating|commemorating|deploying|announcing|' +
  'honouring|honoring|promoting|discussing|evaluating|assessing|introducing|presenting|looking back';
/**
 * A meeting named by its purpose: "[qualifiers] conference [with its partners] to <verb> …", its name up to a document it
 * names or a few words on. Where it was held may stand before the purpose ("a conference in Hà Nội to review …"): it is no
 * part of the name; whom it is held with is ("an online conference with five Mekong Delta localities to review …").
 */
const PURPOSE_MEETING = new RegExp(
  `((?:(?:${MEETING_QUALIFIERS})${S})*(?:conference|meeting|seminar|workshop|symposium|ceremony))` +
    `((?:${S}with(?:${S}the)?(?:${S}[\\p{L}\\d-]+){0,4}?${S}(?:localities|provinces|businesses|enterprises|investors|ministries))?)` +
    `((?:${S}(?:in|at)(?:${S}the)?(?:${S}\\p{Lu}[\\p{L}'’-]*){1,4})?)(${S}(?:to${S}(?:${PURPOSES})|${PURPOSES_ING}))(?![\\p{L}])`,
  'uy',
);
/** Words that end a purpose's words: verbs of the clause, what says where and when, who came. */
// ("… in 2024", "… in the first nine months of 2025": when, inside the purpose.)
const PURPOSE_STOP = new RegExp(`^(?:which|that|who|with|at|in(?!\\s+(?:\\d{4}(?!\\d)|the\\s+(?:first|last|past|second|third)\\s))|held|chaired|attended|was|were|is|are|has|have|on(?=\\s+(?:${MONTH_NAMES}|\\d)))(?![\\p{L}])`, 'u');
/** "… to promote investment in the North Central and Central Coastal region": a region is what the purpose is about, not where the meeting is. */
const IN_REGION = sticky(`in${S}the${S}(?:[\\p{L}-]+${S}){0,6}?(?:region|regions|Delta|Highlands)(?![\\p{L}])`);
/** A body's sitting named by how often it meets: "the Government's regular meeting for September". */
const PERIODIC = '(?:regular|monthly|thematic|quarterly)';
/** A periodic sitting's month: " for September", " for September 2024". */
const FOR_MONTH = `${S}(?:for|in)${S}(?:${MONTH_NAMES})(?:${S}\\d{4})?(?![\\p{L}\\p{N}])`;
/** "the Government's online conference with localities": whom a body's meeting is held with. */
// ("… with Mekong Delta localities", "… with the Central Highlands provinces": a region's localities.)
const WITH_WHOM = `(?:(?:${MEETING_QUALIFIERS})${S})*(?:conference|meeting|dialogue)${S}with${S}(?:the${S})?(?:(?:\\p{Lu}[\\p{L}-]*${S}){1,3}(?:localities|provinces)|localities|businesses|enterprises|investors|the business community|voters|intellectuals|scientists)(?![\\p{L}])`;
/** What such a meeting is on: "… localities on growth targets" (a few words, up to the next clause). */
const ON_TOPIC = sticky(`${S}on(?:${S}(?!(?:in|at|to|held|which|that|and|with|from|by|for|of|the|this|its)(?![\\p{L}]))\\p{Ll}[\\p{L}-]*){1,5}(?=[,.;:]|${S}(?:in|at|held|and|to)(?![\\p{L}]))`);
/** What a meeting with those a body meets has, somewhere after the body's name. */
/** A numbered session or meeting after a possessive ("'s 31st session"). */
const OWN_SITTING = new RegExp(`['’]s${S}(?:${ORD}|${PERIODIC})${S}(?:session|meeting)(?![\\p{L}])`, 'u');
const MEETS_WITH = /['’]s[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,3}(?:conference|meeting|dialogue)[^\S\n]+with[^\S\n]/u;
let firstWords: Set<string> | undefined;
/** Lower-case words a meeting's name can start with: an article, an ordinal, a level or a meeting word (see parse()). */
const eventStarts = () => {
  const p = englishPatterns();
  return (firstWords ??= lowerStarts([p.place, p.level, HEADS, MEETING_QUALIFIERS], [...ORDINAL_WORDS, 'the', 'this', 'its', 'a', 'an']));
};

export class EnglishEventRecognizer {
  private readonly p = englishPatterns();
  /** Set after construction: bodies and events refer to each other ("Conference of the X", "Sub-committee … for the 15th Congress"). */
  orgs: EnglishOrgRecognizer | undefined;
  /** Set after construction: the end of a document named at a position ("… to implement Resolution No. 68-NQ/TW"). */
  documentEnd: ((text: string, pos: number, limit: number) => number | undefined) | undefined;

  constructor(private readonly home: EnglishHome) {}

  find(text: string, from: number, to: number): EnglishEventMention[] {
    const found: EnglishEventMention[] = [];
    const first = eventStarts();
    const starts = /(?<![\p{L}\p{N}'’-])[\p{L}\d]/gu;
    starts.lastIndex = from;
    const view = searchView(text, to);
    for (let m = starts.exec(view); m && m.index < to; m = starts.exec(view)) {
      if (!mayStartAt(text, m.index, first)) continue;
      const hit = this.parse(text, m.index, to, from);
      if (hit) {
        found.push(hit);
        starts.lastIndex = hit.end;
      }
    }
    return found;
  }

  parse(text: string, pos: number, limit: number, sentenceStart: number): EnglishEventMention | undefined {
    // "the first session of the NA Standing Committee": the named meeting, not a bare reference.
    const article = matchAt(`(?:the|The|this|its|a|an|A|An)${S}`, text, pos);
    const at = article ? pos + article[0].length : pos;
    const hit =
      this.congress(text, at, sentenceStart) ??
      this.plenum(text, at) ??
      this.ofBody(text, at, limit, sentenceStart, Boolean(article)) ??
      this.withWhom(text, at, limit, sentenceStart) ??
      this.possessiveSitting(text, at, limit, sentenceStart) ??
      this.forPurpose(text, at, limit) ??
      withVoters(text, at, limit) ??
      this.bare(text, pos);
    return hit && hit.end <= limit ? hit : undefined;
  }

  /** "13th National Party Congress", "15th Điện Biên Provincial Party Congress", "10th National Congress of the VFF". */
  private congress(text: string, pos: number, sentenceStart: number): EnglishEventMention | undefined {
    const p = this.p;
    // "15th Điện Biên Provincial Party Congress", or "21st Congress of the Hai Phong city Party Organisation"
    // (the same groups: ordinal, "National" (never, in the second), place, level).
    const party =
      matchAt(rx`(?:${ORD}${S})?(?:(National)|(?:(${p.place})${S})?(${p.level}))${S}Party${S}Congress${E}`, text, pos) ??
      matchAt(rx`${ORD}${S}Congress${S}of${S}the${S}()(?:(${p.place})${S})?(?:(${p.level})${S})?Party${S}(?:Organi[sz]ation|Committee)${E}`, text, pos);
    const tenure = party ? matchAt(TENURE, text, pos + party[0].length) : null;
    const ordinal = party ? ordValue(party[1], party[2]) : undefined;
    // Without an ordinal a congress is named by its tenure ("the Thanh Hoa Provincial Party Congress for the 2025-2030 tenure").
    if (party && (ordinal !== undefined || (tenure && !party[3]))) {
      const n = ordinal ?? `nk-${tenure![1]}-${tenure![2]}`;
      const coreEnd = pos + party[0].length;
      const end = coreEnd + (tenure ? tenure[0].length : 0);
      const written = text.slice(pos, ordinal === undefined ? end : coreEnd);
      const full = squeeze(text.slice(pos, end));
      if (party[3]) return { start: pos, end, key: `ev:dai-hoi-${n}-dang`, label: squeeze(written), aliases: [squeeze(written), full], head: 'congress' };
      // ("21st Congress of the Hai Phong Party Organisation": the place alone, no level word.)
      const level = party[5] ? p.levelByWord.get(party[5].toLowerCase()) : undefined;
      const entry = party[4] ? p.placeByKey.get(foldKey(party[4])) : undefined;
      if (!entry && !party[5]) return undefined;
      const h = entry ? undefined : this.home.at(pos, sentenceStart, level?.level === 'city' ? 'city' : 'province');
      const place = entry ? placeFromEntry(entry) : h?.place;
      if (!place) return undefined;
      // "15th Provincial Party Congress" with the place written in: "15th Điện Biên Provincial Party Congress".
      const label = squeeze(entry ? written : written.replace(party[5]!, `${h!.surface} ${party[5]}`));
      const owner = `dang-bo-${slug(`${place.adminWord ?? ''} ${place.bare}`)}`;
      // The province's Party organization held it (and issues its resolution), as in Vietnamese.
      const body = { start: pos, end: coreEnd, info: { key: `org:${owner}`, label: `Đảng bộ ${placePhrase(place)}`, aliases: [], kind: 'local' as const, place } };
      return { start: pos, end, key: `ev:dai-hoi-${n}-${owner}`, label, aliases: entry ? [label, full] : [label], head: 'congress', body };
    }
    // "10th Congress of the VFF …"; "the Party Congress of the Hoa Binh Provincial Police for the 2020-2025 tenure": without
    // its number, named by its term; a body's Party congress is its Party organisation's (Đảng bộ), as in Vietnamese.
    const of = matchAt(rx`(?:${ORD}${S})?(Party${S})?(?:National${S})?Congress${S}of${S}(?:the${S})?`, text, pos);
    const found = of ? this.orgs?.parse(text, pos + of[0].length, text.length, sentenceStart) : undefined;
    const term = found && !of![1] && !of![2] ? matchAt(TENURE, text, found.end) : null;
    if (of && found && (of[1] || of[2] || term)) {
      const n = term ? `nk-${term[1]}-${term[2]}` : ordValue(of[1], of[2]);
      const body = of[3] && !found.info.label.startsWith('Đảng bộ') ? { ...found, info: partyBodyOf('Đảng bộ', found.info) } : found;
      const end = found.end + (term?.[0].length ?? 0);
      const core = squeeze(text.slice(pos, found.end).replace(/(?<!\s)\s*\([^)]*\)$/u, ''));
      return { start: pos, end, key: `ev:dai-hoi-${n}-${body.info.key.slice(4)}`, label: core, aliases: [core, squeeze(text.slice(pos, end))], head: 'congress', body };
    }
    return undefined;
  }

  /** "11th Conference of the 13th Party Central Committee", "18th Provincial Party Executive Committee Conference". */
  private plenum(text: string, pos: number): EnglishEventMention | undefined {
    const p = this.p;
    const central = matchAt(rx`${ORD}${S}(?:Conference|conference|Plenum|plenum)${S}of${S}the${S}(?:${ORD}${S})?(Party${S}Central${S}Committee)${E}`, text, pos);
    if (central) {
      const n = ordValue(central[1], central[2]);
      const term = ordValue(central[3], central[4]);
      const end = pos + central[0].length;
      const label = squeeze(text.slice(pos, end));
      // The body that met, for what it issued ("Resolution of the 11th Conference of the 13th Party Central Committee").
      const body = this.orgs?.parse(text, end - central[5]!.length, end, pos);
      return { start: pos, end, key: `ev:hoi-nghi-tw-${n}${term ? `-khoa-${term}` : ''}`, label, aliases: [label], head: 'conference', ...(body ? { body } : {}) };
    }
    const local = matchAt(rx`${ORD}${S}(?:(${p.place})${S})?(${p.level})${S}Party${S}(?:Executive${S})?Committee(?:${APOS})?${S}(?:Conference|conference|Plenum|plenum)${E}`, text, pos);
    if (local) {
      const n = ordValue(local[1], local[2]);
      const end = pos + local[0].length;
      const written = text.slice(pos, end);
      const level = p.levelByWord.get(local[4]!.toLowerCase());
      const entry = local[3] ? p.placeByKey.get(foldKey(local[3])) : undefined;
      const h = entry ? undefined : this.home.at(pos, 0, level?.level === 'city' ? 'city' : 'province');
      const place = entry ? placeFromEntry(entry) : h?.place;
      if (!place) return undefined;
      const label = squeeze(entry ? written : written.replace(local[4]!, `${h!.surface} ${local[4]}`));
      const committee = `${place.level === 'city' ? 'thanh-uy' : 'tinh-uy'}-${slug(place.bare)}`;
      return { start: pos, end, key: `ev:hoi-nghi-${n}-${committee}`, label, aliases: [label], head: 'conference' };
    }
    return undefined;
  }

  /**
   * "first session of the NA Standing Committee", "Conference of the Executive Board of …", "first meeting of the 10th-tenure VFF Central Committee",
   * "the 20th plenum of the 15th Quang Ninh Provincial Party Committee", "the seventh session of the 15th National Assembly", "a meeting of the … Standing Board".
   */
  private ofBody(text: string, pos: number, limit: number, sentenceStart: number, determined = false): EnglishEventMention | undefined {
    const m = matchAt(rx`(?:${ORD}${S})?(${HEADS})${S}of${S}(?:the${S})?`, text, pos);
    if (!m || (!m[1] && !m[2] && !determined && !/^\p{Lu}/u.test(m[3]!))) return undefined;
    // The body's term ("the 15th National Assembly", "the 15th Quang Ninh Provincial Party Committee").
    const termAt = pos + m[0].length;
    const term = matchAt(rx`${ORD}${S}`, text, termAt);
    const body = this.orgs?.parse(text, termAt, limit, sentenceStart) ?? (term ? this.orgs?.parse(text, termAt + term[0].length, limit, sentenceStart) : undefined);
    if (!body) return undefined;
    const head = headOf(m[3]!);
    const n = ordValue(m[1], m[2]);
    const termValue = term ? ordValue(term[1], term[2]) : undefined;
    const written = squeeze(text.slice(pos, body.end));
    const english = squeeze(`${text.slice(pos, pos + m[0].length)}${body.info.aliases.at(-1) ?? text.slice(body.start, body.end)}`);
    const key = sittingKey(head, n, body.info, termValue);
    return { start: pos, end: body.end, key, label: english, aliases: [written, english], head, body };
  }

  /**
   * "a national conference to disseminate and implement Resolution No. 68-NQ/TW": a meeting named by what it is
   * held to do, up to the end of the document it names, or up to eight words on (to a verb, place, time or comma).
   */
  private forPurpose(text: string, pos: number, limit: number): EnglishEventMention | undefined {
    PURPOSE_MEETING.lastIndex = pos;
    const m = PURPOSE_MEETING.exec(text);
    if (!m) return undefined;
    let end = pos + m[0].length;
    // (Up to fourteen words: "… to review the work of the home affairs sector in 2024 and launch tasks for 2025".)
    for (let words = 0; words < 14; words++) {
      // (A possessive goes with its word: "… implementing the Politburo's Resolution No. 43-NQ/TW"; a full stop does not.)
      const word = matchAt(rx`(?:${S}(?:and|or)${S}(?=\\p{Ll}))?${S}([\\p{L}\\d](?:[\\p{L}\\d./-]*[\\p{L}\\d])?(?:${APOS})?)`, text, end);
      if (!word) break;
      const wordStart = end + word[0].length - word[1]!.length;
      if (PURPOSE_STOP.test(text.slice(wordStart, end + word[0].length + 12)) && !matchAt(IN_REGION, text, wordStart)) break;
      const docEnd = this.documentEnd?.(text, wordStart, limit);
      end = docEnd ?? end + word[0].length;
      if (docEnd) break;
    }
    // Cut short by the word limit, the name does not end on a function word ("… and set out directions for").
    const dangling = /[^\S\n]+(?:for|of|to|the|and|or|in|on|at|with|a|an)$/u.exec(text.slice(pos + m[0].length, end));
    if (dangling) end -= dangling[0].length;
    if (end > limit || end === pos + m[0].length) return undefined;
    const named = m[1]! + m[2]!;
    const written = squeeze(named + text.slice(pos + named.length + m[3]!.length, end));
    const label = written[0]!.toUpperCase() + written.slice(1);
    // "… tasks in 2024 and set out directions for 2025": the name up to the first year is written alone too; so is the
    // meeting with its partners ("online conference with five Mekong Delta localities").
    const firstYear = /^(.+?[^\S\n](?:in|of)[^\S\n]\d{4})[^\S\n]+and[^\S\n]+\p{Ll}/u.exec(label)?.[1];
    const shorter = [...(firstYear ? [firstYear] : []), ...(m[2] ? [squeeze(named)] : [])];
    const head = /ceremony$/u.test(m[1]!) ? 'meeting' : 'conference';
    return { start: pos, end, key: `ev:${slug(label)}`, label, aliases: [label, written, ...shorter], head, ...(m[2] ? { meets: squeeze(named) } : {}) };
  }

  /** "the Government's online conference with localities": a body's meeting with those it meets. */
  private withWhom(text: string, pos: number, limit: number, sentenceStart: number): EnglishEventMention | undefined {
    // (A body is parsed only where such a meeting is named a little further on: this is tried at every capital.)
    if (!/^\p{Lu}/u.test(text[pos] ?? '') || !MEETS_WITH.test(text.slice(pos, Math.min(limit, pos + 160)))) return undefined;
    const body = this.orgs?.parse(text, pos, limit, sentenceStart);
    const m = body ? matchAt(rx`${APOS}${S}${WITH_WHOM}`, text, body.end) : null;
    if (!body || !m || body.end + m[0].length > limit) return undefined;
    const end = body.end + m[0].length;
    const label = squeeze(text.slice(pos, end));
    const topic = matchAt(ON_TOPIC, text, end);
    const withTopic = topic && end + topic[0].length <= limit ? [squeeze(text.slice(pos, end + topic[0].length))] : [];
    return { start: pos, end, key: `ev:${slug(label)}`, label, aliases: [label, ...withTopic], head: 'conference', body };
  }

  /** "the commission's 31st session", "the Standing Committee's 45th meeting": a body's numbered sitting named with its possessive. */
  private possessiveSitting(text: string, pos: number, limit: number, sentenceStart: number): EnglishEventMention | undefined {
    // (A body is parsed only where such a sitting is named a little further on: this is tried at every word a body may start.)
    if (!OWN_SITTING.test(text.slice(pos, Math.min(limit, pos + 160)))) return undefined;
    const body = this.orgs?.parse(text, pos, limit, sentenceStart);
    // "the Government's regular meeting for September": named as written, with its month.
    const periodic = body ? matchAt(rx`${APOS}${S}${PERIODIC}${S}(?:session|meeting)(?:${FOR_MONTH})?${E}`, text, body.end) : null;
    if (body && periodic && body.end + periodic[0].length <= limit) {
      const end = body.end + periodic[0].length;
      const label = squeeze(text.slice(pos, end));
      return { start: pos, end, key: `ev:${slug(label)}`, label, aliases: [label], head: 'meeting', body };
    }
    const m = body ? matchAt(rx`${APOS}${S}${ORD}${S}(session|meeting)${E}`, text, body.end) : null;
    if (!body || !m || body.end + m[0].length > limit) return undefined;
    const end = body.end + m[0].length;
    const ordinal = m[0].replace(/^['’]s\s+/u, '').split(/\s+/)[0]!;
    const head = headOf(m[3]!);
    const label = `${ordinal[0]!.toUpperCase()}${ordinal.slice(1)} ${m[3]} of the ${body.info.aliases.at(-1) ?? body.info.label}`;
    return { start: pos, end, key: sittingKey(head, ordValue(m[1], m[2]), body.info), label, aliases: [label, squeeze(text.slice(pos, end))], head, body };
  }

  /** "the meeting", "the congress": resolved later to the meeting the article is about. */
  private bare(text: string, pos: number): EnglishEventMention | undefined {
    // ("held an extraordinary plenum": a sitting out of turn, named by its body if one held it, see ownMeetings.)
    const m = matchAt(rx`(?:[Tt]he|[Tt]his|[Ii]ts|an)${S}(?:${ORD}${S}|extraordinary${S})?(${HEADS})${E}`, text, pos);
    if (!m) return undefined;
    return { start: pos, end: pos + m[0].length, label: m[0], aliases: [], head: headOf(m[3]!) };
  }
}

/** "meeting with voters in Mỹ Xuyên District": deputies' meeting with the voters of a place, named by it. */
const WITH_VOTERS = new RegExp(`[Mm]eeting${S}with${S}voters${S}(?:in|of|from)${S}(?:\\p{Lu}[\\p{L}'’-]*${S}){1,3}(?:[Dd]istrict|[Tt]own|[Cc]ommune|[Ww]ard|[Cc]ity|[Pp]rovince)(?![\\p{L}])`, 'uy');

function withVoters(text: string, pos: number, limit: number): EnglishEventMention | undefined {
  WITH_VOTERS.lastIndex = pos;
  const m = WITH_VOTERS.exec(text);
  if (!m || pos + m[0].length > limit) return undefined;
  const written = squeeze(m[0]);
  const label = written[0]!.toUpperCase() + written.slice(1);
  return { start: pos, end: pos + m[0].length, key: `ev:${slug(label)}`, label, aliases: [label, written], head: 'meeting' };
}

/**
 * The Vietnamese word a body's numbered sitting is keyed by, so that both editions give one key:
 * a Party committee's sitting, whatever the English calls it, is its "hội nghị" (plenum); an
 * assembly's or council's session its "kỳ họp", any other body's its "phiên họp"; a conference a "hội nghị";
 * a congress an "đại hội" (as the congress rule keys it).
 */
function sittingWord(head: EventHeadKind, body: OrgInfo): string | undefined {
  if (head === 'congress') return 'dai-hoi';
  if (body.kind === 'committee' && head !== 'event') return 'hoi-nghi';
  if (head === 'session') return /^org:(quoc-hoi|hoi-dong-nhan-dan)/.test(body.key) ? 'ky-hop' : 'phien-hop';
  return head === 'conference' ? 'hoi-nghi' : undefined;
}

/** The key of a body's meeting: its Nth sitting by the Vietnamese word (and term), else "<head>-of-<body>". */
export function sittingKey(head: EventHeadKind, n: number | undefined, body: OrgInfo, term?: number): string {
  const word = n === undefined ? undefined : sittingWord(head, body);
  // A plenum is keyed as in Vietnamese, the Central Committee's by its number ("ev:hoi-nghi-tw-14-khoa-13").
  if (word === 'hoi-nghi') return plenumKey(n, body.key, term);
  return `ev:${word ?? head}-${n ?? 'of'}-${body.key.slice(4)}${word && term ? `-khoa-${term}` : ''}`;
}
