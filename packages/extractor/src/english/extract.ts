// The English path: recognizers built from vocabulary.ts find bodies, meetings, documents,
// places and people (with Vietnamese canonical keys); compromise patterns (plugin.ts) read
// who chaired, attended, spoke at or organized what. Never called on Vietnamese text.
import { defaultLexicon } from '../lexicon/index.js';
import { orgKey } from '../recognize/organizations.js';
import type { OrgInfo } from '../recognize/organizations.js';
import { expression, matchAt, mask, rx } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import { ArticleContext } from '../resolve/context.js';
import { placePhrase } from '../resolve/places.js';
import { homeCommittee } from '../resolve/record.js';
import type { PlaceRef } from '../resolve/places.js';
import { slug, squeeze } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import type { Article, Extraction } from '../types.js';
import { EnglishOrgRecognizer } from './bodies.js';
import type { EnglishOrgMention } from './bodies.js';
import { EnglishDocumentRecognizer } from './documents.js';
import type { EnglishDocumentMention } from './documents.js';
import { EnglishEventRecognizer, sittingKey } from './events.js';
import type { EnglishEventMention } from './events.js';
import { E, MONTH_NAMES, ORD, S, englishPatterns, foldKey, ordValue } from './patterns.js';
import { EnglishPersonRecognizer, givenNameReferences } from './persons.js';
import type { EnglishPersonMention } from './persons.js';
import { EnglishHome } from './places.js';
import type { EnglishPlaceMention } from './places.js';
import { readPositions } from './positions.js';
import { RELATION_PATTERNS } from './plugin.js';
import type { RelationPattern } from './plugin.js';
import { findTriggers } from './relations.js';
import type { Trigger } from './relations.js';

interface EnSentence extends Span {
  index: number;
  orgs: EnglishOrgMention[];
  events: EnglishEventMention[];
  docs: EnglishDocumentMention[];
  persons: EnglishPersonMention[];
  places: EnglishPlaceMention[];
}

export function extractEnglish(article: Article, text: string): Extraction {
  const sentences = splitSentences(text);
  const title = article.title?.normalize('NFC');
  const home = new EnglishHome(text, title);
  const events = new EnglishEventRecognizer(home);
  const orgs = new EnglishOrgRecognizer(home, (t, pos, limit) => events.parse(t, pos, limit, 0));
  events.orgs = orgs;
  const homeSuffix = home.main ? `@${home.main.place.key.slice(4)}` : '';
  const documents = new EnglishDocumentRecognizer(events, homeSuffix);
  events.documentEnd = (t, pos, limit) => documents.at(t, pos, limit)?.end;
  const personRecognizer = new EnglishPersonRecognizer();
  const ctx = new ArticleContext(article.id, text, text, sentences, 'en');

  const analysed: EnSentence[] = sentences.map((s, index) => {
    const ev = events.find(text, s.start, s.end);
    const o = orgs.find(text, s.start, s.end);
    const d = documents.find(text, s.start, s.end);
    const covered = [...o, ...ev.filter((e) => e.key), ...d];
    const inBody = (m: Span) => covered.some((c) => c.start <= m.start && m.end <= c.end);
    const allPlaces = home.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const persons = personRecognizer.find(mask(text, covered), s.start, s.end).filter((p) => !allPlaces.some((pl) => pl.start <= p.start && p.end <= pl.end));
    const places = allPlaces.filter((pl) => !persons.some((p) => p.start <= pl.start && pl.end <= p.end) && !inBody(pl));
    return { index, start: s.start, end: s.end, orgs: o, events: ev, docs: d, persons, places };
  });
  const named = analysed.flatMap((s) => s.persons);
  for (const s of analysed) {
    const refs = givenNameReferences(mask(text, [...s.orgs, ...s.events, ...s.docs, ...s.persons]), s.start, s.end, named);
    s.persons = [...s.persons, ...refs].sort((a, b) => a.start - b.start);
  }
  ownMeetings(text, analysed);
  const eventKeyOf = resolveMeetings(text, analysed);
  // An article that opens on the meeting it reports (named where it is held, opened or closed): what officials say in it is said there.
  const opening = analysed.slice(0, 3).find((s) => s.events.some((e) => e.key === eventKeyOf.main));
  const openingMeeting = opening && HELD.test(text.slice(opening.start, opening.end)) ? eventKeyOf.main : undefined;

  // Entities. A place reached through a body gets the article's English spelling as an alias.
  const englishName = (place: PlaceRef) => home.mentions.find((m) => m.place.key === place.key)?.surface ?? (place.adminWord === 'huyện' ? `${place.bare} district` : undefined);
  for (const s of analysed) {
    for (const o of s.orgs) {
      addOrg(ctx, o.info, s.index, o, o.placeSpan, englishName);
      // "State Audit Office of Vietnam": a national body whose name says where it is (not "Vietnam Fatherland Front",
      // where the country only qualifies the name).
      for (const pl of home.mentions.filter((m) => o.info.kind === 'national' && o.start <= m.start && m.end <= o.end && OF_PLACE.test(text.slice(o.start, m.start)))) {
        ctx.relate('located_in', o.info.key, addPlace(ctx, pl.place, s.index, pl, pl.surface), s.index, [o.start, o.end]);
      }
    }
    for (const e of s.events) {
      if (e.key) ctx.add({ key: e.key, type: 'event', label: e.label, aliases: e.aliases }, s.index, e.start, e.end);
    }
    for (const d of s.docs) ctx.add({ key: d.key, type: 'document', label: d.label, kind: d.kind, aliases: d.aliases }, s.index, d.start, d.end);
    for (const p of s.persons) ctx.add({ key: p.key, type: 'person', label: p.name }, s.index, p.start, p.end, p.name);
    for (const pl of s.places) addPlace(ctx, pl.place, s.index, pl, placeSurface(text, pl));
  }

  // Relations.
  let lastPerson: EnglishPersonMention | undefined;
  for (const s of analysed) {
    for (const hit of readPositions(text, s.start, s.end, s.orgs, s.persons, lastPerson)) ctx.relate('holds_position', hit.person, hit.org.info.key, s.index, hit.span, hit.role);
    electedToHomeCommittee(ctx, text, s, home.main?.place);
    headedAsIts(ctx, text, s);
    lastPerson = s.persons.at(-1) ?? lastPerson;
    relateDocuments(ctx, text, s, home.main?.place);
    const tagged = [
      ...s.persons.map((m) => ({ ...m, tag: 'VnPerson' as const })),
      ...s.orgs.map((m) => ({ ...m, tag: 'VnOrg' as const })),
      ...s.events.map((m) => ({ ...m, tag: 'VnEvent' as const })),
      ...s.docs.map((m) => ({ ...m, tag: 'VnDoc' as const })),
    ];
    const patterns = RELATION_PATTERNS.filter((p) => canRelate(s, p.type, eventKeyOf.main));
    const triggers = patterns.length ? findTriggers(text.slice(s.start, s.end), s.start, tagged, patterns) : [];
    for (const t of triggers) relateTrigger(ctx, s, t, eventKeyOf, triggers);
    if (openingMeeting) statementAtMeeting(ctx, text, s, openingMeeting);
  }

  return {
    article: {
      id: article.id,
      ...(article.title ? { title: article.title } : {}),
      ...(article.date ? { date: article.date } : {}),
      lang: 'en',
      ...(home.main ? { homeCity: home.main.place.label } : {}),
    },
    entities: [...ctx.entities.values()],
    relations: [...ctx.relations.values()],
  };
}

/**
 * "Deputy Prime Minister Mai Van Tuan asked localities …", "Huệ congratulated …": the first person of a sentence naming
 * no meeting of its own, followed by their titles and a verb of speech, spoke at the meeting the article reports.
 */
function statementAtMeeting(ctx: ArticleContext, text: string, s: EnSentence, meeting: string): void {
  if (!s.persons.length || s.events.some((e) => e.key && e.key !== meeting)) return;
  // "A, Chairwoman of …, and B, Deputy Secretary of …, called for …": speakers joined by "and", each with their titles.
  let last = 0;
  while (last + 1 < s.persons.length) {
    const gap = text.slice(s.persons[last]!.end, s.persons[last + 1]!.start);
    if (!AND_NEXT_SUBJECT.test(gap) || STATEMENT.test(gap)) break;
    last++;
  }
  const from = s.persons[last]!.end;
  const next = s.persons[last + 1]?.start ?? s.end;
  const said = STATEMENT.exec(text.slice(from, Math.min(next, from + 160)));
  if (said) for (const speaker of s.persons.slice(0, last + 1)) ctx.relate('spoke_at', speaker.key, meeting, s.index, [speaker.start, from + said[0].length]);
}

/**
 * "A, Chairman of …, and B, Head of …, were elected Deputy Secretaries.": a party committee's post with no body named is the
 * home's provincial or city committee's (the one a provincial congress elects), for each subject of the verb.
 */
function electedToHomeCommittee(ctx: ArticleContext, text: string, s: EnSentence, home: PlaceRef | undefined): void {
  if (!home || (home.level !== 'province' && home.level !== 'city') || !s.persons.length) return;
  const sentence = text.slice(s.start, s.end);
  // (The verb's words first: the expression opens on them, so the engine searches for their letters.)
  const m = sentence.includes('elected') ? ELECTED_PARTY_POST.exec(sentence) : null;
  if (!m || /\p{L}/u.test(sentence[m.index - 1] ?? '')) return;
  const verbAt = s.start + m.index;
  // The subjects open the sentence or its clause ("…, while A, …, and B, … were elected …"), joined by "and", each with their
  // titles; only titles stand before the verb.
  const opener = [...sentence.slice(0, m.index).matchAll(CLAUSE_OPENER)].at(-1);
  const clauseStart = s.start + (opener ? opener.index + opener[0].length : 0);
  const before = s.persons.filter((p) => p.start >= clauseStart && p.end <= verbAt);
  if (!before.length || before[0]!.start - clauseStart > 2) return;
  const subjects = [before[0]!];
  for (const next of before.slice(1)) {
    if (!AND_NEXT_SUBJECT.test(text.slice(subjects.at(-1)!.end, next.start))) return;
    subjects.push(next);
  }
  if (!TITLES_BEFORE_VERB.test(text.slice(subjects.at(-1)!.end, verbAt))) return;
  const committee = homeCommittee({ main: home })!;
  const role = /Standing/u.test(m[1]!) ? 'Phó Bí thư Thường trực' : /Deputy/u.test(m[1]!) ? 'Phó Bí thư' : 'Bí thư';
  const key = addOrg(ctx, committee, s.index, { start: verbAt, end: verbAt + m[0].length });
  for (const p of subjects) ctx.relate('holds_position', p.key, key, s.index, [p.start, verbAt + m[0].length], role);
}

/**
 * "… set up the Steering Committee for …, with Thanh as its head", "an 11-member Inspection Commission …, with Quàng Văn
 * Bình, former Secretary of …, as its chairman": the body named last before "with" is the one the person heads.
 */
function headedAsIts(ctx: ArticleContext, text: string, s: EnSentence): void {
  const sentence = text.slice(s.start, s.end);
  if (!sentence.includes(' as its ')) return;
  const p = englishPatterns();
  for (const person of s.persons) {
    const withBefore = /(?:^|[^\p{L}])with[^\S\n]+$/u.test(text.slice(Math.max(s.start, person.start - 6), person.start));
    const as = withBefore ? matchAt(rx`(?:,[^,;.]{0,120},)?${S}as${S}its${S}(${p.title})${E}`, text, person.end) : null;
    if (!as) continue;
    const withAt = text.lastIndexOf('with', person.start);
    const body = [...s.orgs].reverse().find((o) => o.end <= withAt && !/[.;]/u.test(text.slice(o.end, withAt)));
    if (body) ctx.relate('holds_position', person.key, body.info.key, s.index, [body.start, person.end + as[0].length], p.titleByKey.get(foldKey(as[1]!))!);
  }
}

/** What opens a clause inside a sentence: "; ", ", while ", ", whereas ". */
const CLAUSE_OPENER = /;[^\S\n]*|,[^\S\n]+(?:while|whereas)[^\S\n]+/gu;
/** A subject's titles between commas, then the verb. */
const TITLES_BEFORE_VERB = /^(?:,[^.;:]{0,160},)?[^\S\n]*$/u;
/** "were elected Deputy Secretaries." with no body after the post. */
const ELECTED_PARTY_POST = /(?:was|were)[^\S\n]+(?:re-?)?elected[^\S\n]+(?:as[^\S\n]+)?((?:Standing[^\S\n]+)?(?:Deputy[^\S\n]+)?Secretar(?:y|ies))(?=[^\S\n]*[.;]|[^\S\n]+(?:for|with)[^\S\n])/u;

/** Between two subjects: the first one's titles (if any), then "and". */
const AND_NEXT_SUBJECT = /^(?:,[^.;:]{0,160})?,?[^\S\n]+and[^\S\n]+$/u;

/** The verb of a body holding the meeting named right after it ("held an", "organised a"). */
const HELD_A = /(?<![\p{L}])(?:held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|convened|convenes)[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?$/u;

/** A meeting being held, opened or closed. */
const HELD = /(?<![\p{L}])(?:held|opened|opens|closed|closes|concluded|concludes|convened|took place|wrapped up|kicked off|began|ended|chaired|presided over)(?![\p{L}])/u;

/** Titles after a name (no clause break), then a verb of speech. */
const STATEMENT =
  /^[^.;:]*?(?<![\p{L}])(?:said|says|stressed|noted|asked|urged|emphasised|emphasized|underlined|highlighted|affirmed|proposed|suggested|requested|pledged|praised|congratulated|called for|called on|announced|read out|presented|instructed|told|concluded|expressed|admitted|acknowledged|explained|clarified|briefed|reported|raised|shared|answered|responded|welcomed)(?![\p{L}])/u;

/** "of [the]" right before a place inside a body's name. */
const OF_PLACE = /(?<![\p{L}])of[^\S\n]+(?:the[^\S\n]+)?$/u;

/** "Nghe An province" is a full form of Nghe An too. */
function placeSurface(text: string, pl: EnglishPlaceMention): string {
  const m = matchAt(`${S}(province|Province|city|City)(?![\\p{L}])`, text, pl.end);
  return m ? `${pl.surface} ${m[1]}` : pl.surface;
}

function addOrg(ctx: ArticleContext, info: OrgInfo, sentence: number, span: Span, placeSpan?: Span, englishName?: (p: PlaceRef) => string | undefined): string {
  ctx.add({ key: info.key, type: 'organization', label: info.label, aliases: info.aliases }, sentence, span.start, span.end);
  if (info.parent) {
    const parent = addOrg(ctx, info.parent, sentence, span, placeSpan, englishName);
    ctx.relate('part_of', info.key, parent, sentence, [span.start, span.end]);
  }
  if (info.place && info.kind !== 'sub') {
    const place = addPlace(ctx, info.place, sentence, placeSpan ?? span, englishName?.(info.place));
    ctx.relate('located_in', info.key, place, sentence, [span.start, span.end]);
  }
  return info.key;
}

function addPlace(ctx: ArticleContext, place: PlaceRef, sentence: number, span: Span, surface?: string): string {
  // A district's, ward's or provincial city's name alone is a name of it too ("Tuy Hoa" for thành phố Tuy Hoa).
  const aliases = place.parent && place.bare !== place.label ? [...place.aliases, place.bare] : place.aliases;
  ctx.add({ key: place.key, type: 'location', label: place.label, aliases }, sentence, span.start, span.end, surface);
  if (place.parent) {
    const parent = addPlace(ctx, place.parent, sentence, span);
    ctx.relate('located_in', place.key, parent, sentence, [span.start, span.end]);
  }
  return place.key;
}

/** "<body> held its first meeting", "… held an extraordinary plenum": a meeting named by its body ("First meeting of the …"). */
function ownMeetings(text: string, sentences: EnSentence[]): void {
  for (const s of sentences) {
    for (const [i, e] of s.events.entries()) {
      if (e.key) {
        // "The Government … held an online conference with localities to review …" is "the Government's online conference
        // with localities", as a caption may name it: one key for both.
        const held = e.meets ? HELD_A.exec(text.slice(s.start, e.start)) : null;
        const holder = held ? [...s.orgs].reverse().find((o) => o.end <= e.start - held[0].length) : undefined;
        if (holder) {
          const name = `${squeeze(text.slice(holder.start, holder.end))}'s ${e.meets}`;
          s.events[i] = { ...e, key: `ev:${slug(name)}`, aliases: [...e.aliases, name] };
        }
        continue;
      }
      const m = matchAt(`(?:its${S}${ORD}|(?:its|an)${S}(extraordinary))${S}(\\p{L}+)`, text, e.start);
      const verb = /(?:held|holds|convened|convenes|convene|had|has|opened|opens|began|begins|closed|closes|concluded|concludes|wrapped[^\S\n]+up|wraps[^\S\n]+up)[^\S\n]+$/u.exec(text.slice(s.start, e.start));
      const body = verb ? [...s.orgs].reverse().find((o) => o.end <= e.start - verb[0].length + 1) : undefined;
      if (!m || !body) continue;
      const extraordinary = m[3] !== undefined;
      const n = extraordinary ? undefined : ordValue(m[1], m[2]);
      // The ordinal as written: the word after "its", however much white space stands between.
      const ordinal = m[0].split(/\s+/)[1]!;
      // The body's English name as the text writes it, when that is one of its aliases ("HCM City People's Council").
      const written = squeeze(text.slice(body.start, body.end));
      const bodyName = body.info.aliases.find((a) => a === written) ?? body.info.aliases[0] ?? body.info.label;
      // A described body is lower case after "of the" ("the sub-committee in charge of …"); a name stays as written ("the Bac Ninh Provincial Party Committee").
      const described = /^\S+\s+\p{Ll}/u.test(bodyName);
      // "The 13th Party Central Committee opened its 14th plenum": the ordinal before the body is its term, written in the name too.
      const term = expression(`(?<![\\p{L}\\p{N}])${ORD}${S}$`).exec(text.slice(Math.max(s.start, body.start - 16), body.start));
      const ofWhom = `${term ? `${squeeze(term[0])} ` : ''}${described ? bodyName[0]!.toLowerCase() : bodyName[0]!}${bodyName.slice(1)}`;
      const label = `${ordinal[0]!.toUpperCase()}${ordinal.slice(1)} ${e.head === 'meeting' ? 'meeting' : m[4]} of the ${ofWhom}`;
      const key = extraordinary ? `ev:${slug(label)}` : sittingKey(e.head, n, body.info, term ? ordValue(term[1], term[2]) : undefined);
      s.events[i] = { ...e, key, label, aliases: [label], body };
    }
    // "an extraordinary session" that no body named held is no meeting the article names.
    s.events = s.events.filter((e) => e.key || !/^an\s/u.test(text.slice(e.start, e.start + 3)));
  }
}

/**
 * Bare "the meeting" → the last named meeting of that kind before it, else the first after.
 * Returns, for each bare mention, its key; and for the article, the meeting it is about.
 */
function resolveMeetings(text: string, sentences: EnSentence[]): { of(e: EnglishEventMention): string | undefined; main: string | undefined } {
  // A meeting that issued a document named in the text ("Resolution No. 60-NQ/TW of the 11th plenum …")
  // did not take place in the article: it is neither its meeting nor what "the meeting" means.
  const named = sentences.flatMap((s) => s.events.filter((e) => e.key && !s.docs.some((d) => (d.start <= e.start && e.end <= d.end) || ISSUED_AT.test(text.slice(d.end, e.start)))));
  // A meeting named to say when or for what something else happens ("preparations for the 18th provincial
  // Party Congress", "after the 10th session", "a delegation to attend the 14th National Party Congress", "delegates to …") is not
  // the one reported, though "the congress" may still mean it when no reported one of its kind comes before.
  const reportedMentions = new Set(named.filter((e) => !DATES_ANOTHER.test(text.slice(Math.max(0, e.start - 32), e.start))));
  const refs = new Map<EnglishEventMention, string>();
  const counts = new Map<string, number>();
  for (const e of named) counts.set(e.key!, (counts.get(e.key!) ?? 0) + 1);
  for (const s of sentences) {
    for (const e of s.events) {
      if (e.key) continue;
      const same = named.filter((n) => n.head === e.head || e.head === 'event');
      const before = same.filter((n) => n.start < e.start);
      const ref = before.findLast((n) => reportedMentions.has(n)) ?? before.at(-1) ?? same[0];
      if (ref?.key) {
        refs.set(e, ref.key);
        counts.set(ref.key, (counts.get(ref.key) ?? 0) + 1);
      }
    }
  }
  const reported = new Set([...reportedMentions].map((e) => e.key!));
  const main = [...counts.entries()].filter(([key]) => reported.has(key)).sort((a, b) => b[1] - a[1])[0]?.[0];
  return { of: (e) => e.key ?? refs.get(e), main };
}

// ("… the draft law ahead of its submission to the 10th session": a bill goes to a sitting to come.)
const DATES_ANOTHER = /(?<![\p{L}])(?:after|ahead of|towards?|preparations? for|prepare for|preparing for|in the run-up to|since|to attend|delegates? to|results of|outcomes? of|submission to|submitted to|submit(?:ting)? (?:it |them )?to)[^\S\n]+(?:the[^\S\n]+)?$/iu;

/** Between a document and the meeting that issued it: "of the". */
const ISSUED_AT = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u;

/** issued: "<doc> of the <body>", "<body>'s <doc>", "<doc> … by the <body>", else the body its code names. */
function relateDocuments(ctx: ArticleContext, text: string, s: EnSentence, home: PlaceRef | undefined): void {
  for (const d of s.docs) {
    const of = matchAt(`[^\\S\\n]+(?:of|by|issued${S}by)${S}(?:the${S})?(?:${ORD}${S})?`, text, d.end);
    let issuer = of ? s.orgs.find((o) => o.start === d.end + of[0].length) : undefined;
    issuer ??= s.orgs.find((o) => o.end <= d.start && /^['’]s[^\S\n]+$/u.test(text.slice(o.end, d.start)));
    // "Decision No 4896-QĐ/TU on August 2, 2024 by the Điện Biên Provincial Party Committee".
    issuer ??= s.orgs.find((o) => o.start > d.end && o.start - d.end < 60 && /^[^;]*?(?:^|[^\p{L}])by[^\S\n]+(?:the[^\S\n]+)?$/u.test(text.slice(d.end, o.start)));
    // "The Government issued Decree No. 45/2024/ND-CP", "the Politburo has promulgated Resolution 57".
    issuer ??= [...s.orgs].reverse().find((o) => o.end <= d.start && ISSUING.test(text.slice(o.end, d.start)));
    issuer ??= listIssuer(text, s, d);
    // "Resolution No. 68-NQ/TW on private economic development, which the Politburo issued on May 4".
    issuer ??= s.orgs.find((o) => o.start > d.end && o.start - d.end < 160 && WHICH_THE.test(text.slice(d.end, o.start)) && ISSUED_AFTER.test(text.slice(o.end, o.end + 40)));
    concerns(ctx, text, s, d);
    if (issuer) {
      ctx.relate('issued', issuer.info.key, d.key, s.index, [Math.min(d.start, issuer.start), Math.max(d.end, issuer.end)]);
      continue;
    }
    const implied = d.code ? impliedIssuer(d.code, home) : undefined;
    if (implied) {
      addOrg(ctx, implied, s.index, d);
      ctx.relate('issued', implied.key, d.key, s.index, [d.start, d.end]);
    } else if (d.event?.body) {
      ctx.relate('issued', addOrg(ctx, d.event.body.info, s.index, d), d.key, s.index, [d.start, d.end]);
    }
  }
}

/**
 * "three other resolutions of the Politburo – Resolution No. 57-NQ/TW on …, and Resolution No. 68-NQ/TW": documents
 * listed after an issuer's plural kind are that issuer's.
 */
function listIssuer(text: string, s: EnSentence, d: EnglishDocumentMention): EnglishOrgMention | undefined {
  let first = s.docs.indexOf(d);
  while (first > 0 && LISTED_WITH_TOPIC_EN.test(text.slice(s.docs[first - 1]!.end, s.docs[first]!.start))) first--;
  const start = s.docs[first]!.start;
  const issuer = [...s.orgs].reverse().find((o) => o.end <= start && /^[^\S\n]*(?:[:–—(]|[^\S\n]-)[^\S\n]*$/u.test(text.slice(o.end, start)));
  return issuer && LIST_INTRO_EN.test(text.slice(Math.max(s.start, issuer.start - 40), issuer.start)) ? issuer : undefined;
}

/** ", which the ": a relative clause whose subject is the body after it. */
const WHICH_THE = /^[^;:.\n]*,[^\S\n]*which[^\S\n]+(?:the[^\S\n]+)?$/u;
const ISSUED_AFTER = /^[^\S\n]+(?:(?:has|had|just|recently)[^\S\n]+)*(?:issued|promulgated|adopted|passed|signed)(?![\p{L}])/u;

/** "… resolutions of the ": a plural kind before its issuer. */
const LIST_INTRO_EN = /(?<![\p{L}])(?:resolutions|conclusions|directives|regulations|decrees|decisions)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** Between documents of such a list: a separator, after the topic of the one before ("… on private economic development, and Resolution …"). */
const LISTED_WITH_TOPIC_EN = /^(?:[^\S\n]+on[^\S\n][^;:.\n]{0,200}?)?[^\S\n]*(?:,|;|and|,[^\S\n]*and)[^\S\n]*$/u;

const MONTHS = `${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;
const ISSUING = /^[^\S\n]+(?:(?:has|have|had|recently|just|officially)[^\S\n]+)*(?:issued|issues|promulgated|promulgates|adopted|adopts|passed|passes|signed|signs|approved|approves)[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+)?$/u;
/** Ends a document's topic: a clause, a quotation of a speaker, another sentence part. */
// (", the commission proposed …": a body acting opens the next clause.)
const TOPIC_END =
  /[;:]|[.](?=\s)|,[^\S\n]+(?:said|says|stressed|noted|which|who|while|when|and[^\S\n]+(?:the|a|its|his|her)[^\S\n]+\p{Ll}+[^\S\n]+(?:of|to)|with|as|after|before|the[^\S\n]+(?:commission|committee|board|council|ministry)[^\S\n]+\p{Ll}+(?:ed|s))(?![\p{L}])/u;

/** "<document> [of …] [dated …] on <topic>": the places and bodies its topic names ("… on the working programmes of the NA, the Supreme People's Court …"). */
function concerns(ctx: ArticleContext, text: string, s: EnSentence, d: EnglishDocumentMention): void {
  let at = d.end;
  const of = matchAt(`[^\\S\\n]+(?:of|by|issued${S}by)${S}(?:the${S})?(?:${ORD}${S})?`, text, at);
  const issuer = of ? s.orgs.find((o) => o.start === at + of[0].length) : undefined;
  if (issuer) at = issuer.end;
  const term = matchAt(`[^\\S\\n]*\\([^)]{0,30}\\)`, text, at);
  if (term) at += term[0].length;
  // "… of the Prime Minister on …": a signatory that is not a body.
  const signer = issuer ? null : matchAt(`${S}of${S}the${S}\\p{Lu}\\p{Ll}+(?:${S}\\p{Lu}\\p{Ll}+){0,3}(?=${S}(?:dated|on|about|regarding|approving|concerning)${S})`, text, at);
  if (signer) at += signer[0].length;
  const about = matchAt(`(?:[^\\S\\n]*,)?(?:${S}(?:dated|issued|signed|adopted)(?:${S}on)?${S}[\\p{L}\\d ,]{0,24}?\\d{4},?)?${S}(?:on|about|regarding|approving|concerning)${S}(?!(?:${MONTHS})(?![\\p{L}])|\\d)`, text, at);
  if (!about) return;
  const from = at + about[0].length;
  const next = [...s.docs, ...s.persons].filter((x) => x.start >= from).sort((a, b) => a.start - b.start)[0];
  let to = next ? next.start : s.end;
  const stop = TOPIC_END.exec(text.slice(from, to));
  if (stop) to = from + stop.index;
  const targets = [
    ...s.places.filter((p) => p.start >= from && p.end <= to).map((p) => ({ key: p.place.key, start: p.start, end: p.end })),
    // "Government agencies": a body used as an adjective is not the topic.
    ...s.orgs.filter((o) => o.start >= from && o.end <= to && !matchAt(`${S}(?:agencies|officials|members|leaders|staff|bodies|units)(?![\\p{L}])`, text, o.end)).map((o) => ({ key: o.info.key, start: o.start, end: o.end })),
  ];
  for (const t of targets) ctx.relate('concerns', d.key, t.key, s.index, [d.start, t.end]);
}

/** The body a code's suffix names (/QH15 → Quốc hội, -NQ/TU → the home's party committee), from the shared lexicon. */
function impliedIssuer(code: string, home: PlaceRef | undefined): OrgInfo | undefined {
  const rule = defaultLexicon.codeIssuers.find((r) => new RegExp(r.pattern, 'u').test(code));
  if (!rule) return undefined;
  if (!rule.issuer.startsWith('{')) return { key: orgKey(rule.issuer), label: rule.issuer, aliases: [], kind: 'national' };
  // A district's committee is read only from a Vietnamese sentence naming it.
  if (!home || rule.issuer === '{district committee}') return undefined;
  if (rule.issuer === '{committee}') return homeCommittee({ main: home });
  const label = `${rule.issuer.slice(1, -1)} ${placePhrase(home)}`;
  return { key: orgKey(label), label, aliases: [], kind: 'committee', place: home };
}

/**
 * Whether a hit of a pattern of `type` could give a relation in `s` (what relateTrigger needs),
 * so that sentences without the mentions for any relation are never parsed by compromise.
 */
function canRelate(s: EnSentence, type: RelationPattern['type'], mainMeeting: string | undefined): boolean {
  if (type === 'organized') return s.orgs.length > 0 && s.events.length > 0;
  if (type === 'established') return s.orgs.length > 1;
  if (type === 'implements') return s.orgs.length > 0 && s.docs.length > 0;
  return s.persons.length > 0 && (mainMeeting !== undefined || s.events.length > 0);
}

/** `last` and the bodies listed right before it ("A, B and the C"), in text order. */
function listedUpTo(text: string, orgs: EnglishOrgMention[], last: EnglishOrgMention): EnglishOrgMention[] {
  const listed = [last];
  for (let i = orgs.indexOf(last) - 1; i >= 0 && LISTED_BODIES.test(text.slice(orgs[i]!.end, listed[0]!.start)); i--) listed.unshift(orgs[i]!);
  return listed;
}

/** `first` and the bodies listed right after it ("A, B and the C"), in text order. */
function listedFrom(text: string, orgs: EnglishOrgMention[], first: EnglishOrgMention): EnglishOrgMention[] {
  const listed = [first];
  for (let i = orgs.indexOf(first) + 1; i < orgs.length && LISTED_BODIES.test(text.slice(listed.at(-1)!.end, orgs[i]!.start)); i++) listed.push(orgs[i]!);
  return listed;
}

/** "the commission reviewed … supervision over the Standing Board in leading the implementation of …": who oversees does not carry out. */
const SUPERVISES = /(?<![\p{L}])(?:review|supervis|inspect|monitor|examin)\p{L}*/iu;
/** "Leaders of the commission took part …": people of a body, who act for themselves, not the body. */
const PEOPLE_OF = /(?<![\p{L}])(?:[Ll]eaders|[Rr]epresentatives|[Oo]fficials|[Mm]embers|[Dd]elegations)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u;

const LISTED_BODIES = /^[^\S\n]*(?:,|and|,[^\S\n]*and)[^\S\n]+(?:the[^\S\n]+)?$/u;

/** Turns one pattern hit into relations between the sentence's mentions. */
function relateTrigger(ctx: ArticleContext, s: EnSentence, t: Trigger, meetings: ReturnType<typeof resolveMeetings>, all: readonly Trigger[]): void {
  const { type, who } = t.pattern;
  const near = s.events.find((e) => e.start >= t.start && e.start - t.end <= 6) ?? (who === 'after' ? [...s.events].reverse().find((e) => e.end <= t.start) : undefined);
  const eventKey = (near && meetings.of(near)) ?? meetings.main;
  if (type === 'organized' || type === 'established' || type === 'implements') {
    // "… held a national conference to disseminate and implement Resolution 68": a word inside a meeting's name is no verb of the sentence.
    if (s.events.some((e) => e.key && e.start <= t.start && t.end <= e.end)) return;
    const orgs = s.orgs.filter((o) => (who === 'before' ? o.end <= t.start : o.start >= t.end));
    if (type === 'organized') {
      const agent = who === 'before' ? orgs.at(-1) : orgs[0];
      const target = near?.key ?? (who === 'after' ? [...s.events].reverse().find((e) => e.end <= t.start)?.key : undefined);
      // "The Politburo and the Secretariat … held …", "… co-organised by A and B": bodies listed together hold it together.
      const agents = !agent ? [] : who === 'before' ? listedUpTo(ctx.text, orgs, agent) : listedFrom(ctx.text, orgs, agent);
      if (target) for (const a of agents) ctx.relate('organized', a.info.key, target, s.index, [Math.min(a.start, t.start), Math.max(a.end, t.end)]);
    } else if (type === 'established') {
      // "<body> was set up by <body>", or "<body> set up the <body>".
      const created = who === 'before' ? s.orgs.find((o) => o.start >= t.end && o.start - t.end < 8) : [...s.orgs].reverse().find((o) => o.end <= t.start);
      const by = (who === 'before' ? [...orgs].reverse() : orgs).find((o) => o.info.key !== created?.info.key);
      if (created && by) ctx.relate('established', by.info.key, created.info.key, s.index, [created.start, by.end]);
    } else {
      // The bodies acting (not those only describing a person's title) carry out the documents named after the trigger.
      const titled = new Set([...ctx.relations.values()].filter((r) => r.type === 'holds_position' && r.evidence.sentenceStart === s.start).map((r) => r.target));
      const docs = s.docs.filter((d) => d.start >= t.end);
      const acting = orgs.filter(
        (x) =>
          !titled.has(x.info.key) &&
          x.info.kind !== 'sub' &&
          !PEOPLE_OF.test(ctx.text.slice(Math.max(0, x.start - 24), x.start)) &&
          !SUPERVISES.test(ctx.text.slice(x.end, t.start)),
      );
      for (const o of acting) {
        for (const d of docs) ctx.relate('implements', o.info.key, d.key, s.index, [o.start, d.end]);
      }
    }
    return;
  }
  if (!eventKey) return;
  // "… chaired by A, with the participation of B and C": the people after a trigger, up to the next one.
  const upTo = Math.min(...all.filter((o) => o.start >= t.end).map((o) => o.start), s.end);
  const persons =
    who === 'before' ? s.persons.filter((p) => p.end <= t.start)
    : who === 'after' ? s.persons.filter((p) => p.start >= t.end && p.end <= upTo)
    : who === 'inside' ? s.persons.filter((p) => p.start >= t.start && p.end <= t.end)
    : s.persons.filter((p) => p.start >= t.end).slice(0, 1);
  for (const p of persons) ctx.relate(type, p.key, eventKey, s.index, [Math.min(p.start, t.start), Math.max(p.end, t.end)]);
}
