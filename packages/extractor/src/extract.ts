import { defaultLexicon } from './lexicon/index.js';
import type { Lexicon } from './lexicon/index.js';
import { DocumentRecognizer } from './recognize/documents.js';
import type { DocumentMention } from './recognize/documents.js';
import { EventRecognizer } from './recognize/events.js';
import type { EventHead, EventMention } from './recognize/events.js';
import { OrganizationRecognizer, orgKey, writtenInFull } from './recognize/organizations.js';
import type { OrgInfo, OrgMention } from './recognize/organizations.js';
import { compilePatterns } from './recognize/patterns.js';
import { PersonRecognizer } from './recognize/persons.js';
import { PlaceRecognizer } from './recognize/places.js';
import type { PlaceMention } from './recognize/places.js';
import { WordIndex, mask } from './recognize/scan.js';
import type { Span } from './recognize/scan.js';
import type { ArticleAnalysis, ResolvedDocument, ResolvedEvent, SentenceAnalysis } from './relate/analysis.js';
import { relateDocuments } from './relate/documents.js';
import { relateParticipation } from './relate/participation.js';
import { PositionReader } from './relate/positions.js';
import { readPositionLists } from './relate/positionLists.js';
import { relateStructure } from './relate/structure.js';
import { ArticleContext } from './resolve/context.js';
import { findDate, isoDate } from './resolve/dates.js';
import { detectHome, placePhrase } from './resolve/places.js';
import type { Home, PlaceRef } from './resolve/places.js';
import { detectLanguage } from './text/language.js';
import { slug, toMatchForm } from './text/normalize.js';
import { splitSentences } from './text/sentences.js';
import type { Article, Extraction } from './types.js';
import { extractEnglish } from './english/extract.js';

export interface ExtractOptions {
  /** Vocabulary to use; `createLexicon(...)` extends the default. */
  lexicon?: Lexicon;
}

/**
 * Extracts the entities and relations of one article. Pure and self-contained: the result
 * depends on this article alone, so articles can be extracted in parallel.
 */
export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  if (!article || typeof article.id !== 'string' || article.id === '') throw new TypeError('article.id must be a non-empty string');
  if (typeof article.text !== 'string') throw new TypeError(`article ${article.id}: text must be a string`);
  const text = article.text.normalize('NFC');
  const lang = article.lang ?? detectLanguage(text);
  const lexicon = options.lexicon ?? defaultLexicon;
  return lang === 'en' ? extractEnglish(article, text) : extractVietnamese(article, text, lexicon);
}

function extractVietnamese(article: Article, text: string, lexicon: Lexicon): Extraction {
  const match = toMatchForm(text);
  const sentences = splitSentences(match);
  const patterns = compilePatterns(lexicon);
  const title = article.title ? toMatchForm(article.title.normalize('NFC')) : undefined;
  const words = new WordIndex(match);
  const home = detectHome(words, title, patterns);
  const ctx = new ArticleContext(article.id, text, match, sentences, 'vi');

  const orgs = new OrganizationRecognizer(patterns, home);
  const events = new EventRecognizer(orgs, patterns);
  const documents = new DocumentRecognizer(patterns, orgs);
  const found = sentences.map((s) => {
    const o = orgs.find(words, s.start, s.end);
    const e = events.find(words, s.start, s.end, o);
    return { orgs: o, events: e, docs: documents.find(words, s.start, s.end, e) };
  });

  const covered: Span[] = found.flatMap((f) => [...f.orgs, ...f.events.filter((e) => e.key), ...f.docs]);
  const forPersons = mask(match, covered);
  const persons = new PersonRecognizer(patterns);
  const named = sentences.map((s) => dropBylines(match, s, persons.find(words, forPersons, s.start, s.end)));
  const everyone = named.flat();
  const personsFound = sentences.map((s, i) => [...named[i]!, ...persons.findShortReferences(words, forPersons, s.start, s.end, everyone)].sort((a, b) => a.start - b.start));
  const forPlaces = mask(match, [...found.flatMap((f) => f.orgs), ...personsFound.flat()]);
  const places = new PlaceRecognizer(patterns, home);

  const docKeys = documentKeys(found.flatMap((f) => f.docs), home);
  const analysis: ArticleAnalysis = {
    text: match,
    words,
    meetingSoFar: [],
    home,
    titled: new Set(),
    sentences: sentences.map((s, i): SentenceAnalysis => ({
      index: i,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      orgs: withoutMeetingBodies(found[i]!.orgs, found[i]!.events),
      events: found[i]!.events.map((e) => withHomeKey(e, home)),
      docs: found[i]!.docs.map((d) => ({ ...d, key: docKeys.keyOf(d) })),
      persons: personsFound[i]!.map((p) => ({ ...p, key: `person:${slug(p.name)}` })),
      places: places.find(words, forPlaces, s.start, s.end),
    })),
  };
  resolveEventReferences(analysis);
  const eventDates = datesOfMeetings(analysis, article.date);

  for (const s of analysis.sentences) {
    for (const o of s.orgs) addOrg(ctx, o.info, s.index, o, o.placeSpan);
    for (const e of s.events) {
      if (e.key) {
        const date = eventDates.get(e.key);
        ctx.add({ key: e.key, type: 'event', label: e.label!, aliases: e.aliases, ...(date ? { date } : {}) }, s.index, e.start, e.end);
      }
    }
    for (const d of s.docs) {
      ctx.add({ key: d.key, type: 'document', label: docKeys.labelOf(d.key), kind: d.kind, aliases: docAliases(d) }, s.index, d.start, d.end);
      if (d.issuer) addOrg(ctx, d.issuer, s.index, d.issuerSpan ?? d);
    }
    for (const p of s.persons) {
      // A short reference ("ông Hoàng") is evidence for the person, not another name of theirs.
      const written = text.slice(p.start, p.end).replace(/\s+/g, ' ');
      ctx.add({ key: p.key, type: 'person', label: p.name }, s.index, p.start, p.end, written === p.name ? written : undefined);
    }
    for (const p of s.places) addPlace(ctx, p.place, s.index, p, text.slice(p.start, p.end));
  }

  const positions = new PositionReader(patterns);
  for (const s of analysis.sentences) {
    for (const p of s.persons) {
      for (const hit of positions.read(match, p, s.orgs, s.start, s.end)) {
        analysis.titled.add(hit.org);
        const from = Math.min(hit.titleStart, p.start);
        const to = Math.max(hit.org.end, p.end);
        ctx.relate('holds_position', p.key, hit.org.info.key, s.index, [from, to], hit.role);
      }
    }
    for (const listed of readPositionLists(words, s, patterns, () => homeCommittee(home))) {
      const org = 'info' in listed.org ? listed.org.info : listed.org;
      const key = 'info' in listed.org ? org.key : addOrg(ctx, org, s.index, { start: listed.span[0], end: listed.span[1] }, undefined, false);
      ctx.relate('holds_position', listed.person.key, key, s.index, listed.span, listed.role);
    }
    for (const o of s.orgs) {
      const doc = o.info.implementsDoc && s.docs.find((d) => d.start === o.info.implementsDoc!.start);
      if (doc) ctx.relate('implements', o.info.key, doc.key, s.index, [o.start, o.end]);
    }
  }
  relateParticipation(ctx, analysis);
  relateDocuments(
    ctx,
    analysis,
    (d) => impliedIssuer(ctx, d, home, patterns.lexicon),
    (body, sentence, span) => addOrg(ctx, body, sentence, span, undefined, false),
  );
  relateStructure(ctx, analysis);

  return {
    article: {
      id: article.id,
      ...(article.title ? { title: article.title } : {}),
      ...(article.date ? { date: article.date } : {}),
      lang: 'vi',
      ...(home.main ? { homeCity: home.main.label } : {}),
    },
    entities: [...ctx.entities.values()],
    // Every relation joins two entities of this extraction.
    relations: [...ctx.relations.values()].filter((r) => ctx.entities.has(r.source) && ctx.entities.has(r.target)),
  };
}

/**
 * Adds an organization, its parents (part_of) and its place (located_in). `written` says the span
 * is this body's own name as the text gives it (so, when full, an alias); parents, nested bodies
 * and issuers implied by a code only borrow the span as evidence.
 */
function addOrg(ctx: ArticleContext, info: OrgInfo, sentence: number, span: Span, placeSpan?: Span, written = true): string {
  const surface = ctx.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const alias = written && writtenInFull({ start: span.start, end: span.end, info, ...(placeSpan ? { placeSpan } : {}) }) ? surface : undefined;
  ctx.add({ key: info.key, type: 'organization', label: info.label, aliases: info.aliases }, sentence, span.start, span.end, alias);
  for (const inner of info.nested ?? []) addOrg(ctx, inner, sentence, span, undefined, false);
  if (info.parent) {
    const parent = addOrg(ctx, info.parent, sentence, span, undefined, false);
    ctx.relate('part_of', info.key, parent, sentence, [span.start, span.end]);
  }
  if (info.place && info.kind !== 'sub' && info.kind !== 'national') {
    const place = addPlace(ctx, info.place, sentence, placeSpan ?? span);
    ctx.relate('located_in', info.key, place, sentence, [span.start, span.end]);
  }
  return info.key;
}

/** Adds a place and, for a district or ward, the province it lies in. */
function addPlace(ctx: ArticleContext, place: PlaceRef, sentence: number, span: Span, surface?: string): string {
  ctx.add({ key: place.key, type: 'location', label: place.label, aliases: [...place.aliases, place.bare === place.label ? '' : place.bare].filter(Boolean) }, sentence, span.start, span.end, surface);
  if (place.parent) {
    const parent = addPlace(ctx, place.parent, sentence, span);
    ctx.relate('located_in', place.key, parent, sentence, [span.start, span.end]);
  }
  return place.key;
}

/**
 * The body whose congress or plenum a meeting's name gives ("Đại hội đại biểu Đảng bộ tỉnh Nghệ An
 * lần thứ 19") is part of that name, not a mention of the body acting: annotators, and readers,
 * count the body where the text names it on its own.
 */
function withoutMeetingBodies(orgs: OrgMention[], events: EventMention[]): OrgMention[] {
  const bodies = events.filter((e) => e.key && e.body);
  return bodies.length ? orgs.filter((o) => !bodies.some((e) => e.start <= o.start && o.end <= e.end && o.info.key === e.body!.key)) : orgs;
}

/** A meeting named only by what it does ("Hội nghị quán triệt …") is the home place's. */
function withHomeKey(e: EventMention, home: Home): ResolvedEvent {
  if (!e.key) return { ...e };
  const generic = !e.body && e.key.startsWith('ev:') && !/dai-hoi-|hoi-nghi-tw-|ky-hop-/.test(e.key) && home.main;
  const key = generic ? `${e.key}@${home.main!.key.slice(4)}` : e.key;
  return { ...e, key, ref: key };
}

/** "tại hội nghị": the named meeting of that kind mentioned before, or else the next one. */
function resolveEventReferences(a: ArticleAnalysis): void {
  // One sweep in text order: the last named meeting of each kind so far, and the first of each kind.
  const heads = (head: EventHead): EventHead[] => (head === 'hội nghị' ? ['hội nghị', 'hội thảo'] : [head]);
  const first = new Map<EventHead, string>();
  for (const s of a.sentences) for (const e of s.events) if (e.key && !first.has(e.head)) first.set(e.head, e.key);
  const last = new Map<EventHead, string>();
  let latest: string | undefined;
  for (const s of a.sentences) {
    for (const e of s.events) {
      if (e.key) {
        last.set(e.head, e.key);
        latest = e.key;
        continue;
      }
      const candidates = heads(e.head);
      const ref = candidates.map((h) => last.get(h)).find(Boolean) ?? candidates.map((h) => first.get(h)).find(Boolean);
      if (ref) e.ref = ref;
    }
    a.meetingSoFar.push(latest ?? first.values().next().value);
  }
}

/**
 * When a meeting took place: a date in the sentence that first names it, or for the article's
 * first meeting the article's dateline ("Sáng 30/9, …" opening the text). The year comes from
 * the date, the article's date, or a dated header.
 */
function datesOfMeetings(a: ArticleAnalysis, articleDate: string | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  const year = Number(articleDate?.slice(0, 4)) || findDate(a.text.slice(0, 600))?.year;
  const OPENING = 2;
  const opening = a.sentences.slice(0, OPENING).map((s) => findDate(a.text.slice(s.start, s.end), true)).find(Boolean);
  let first = true;
  for (const s of a.sentences) {
    let firstInSentence = true;
    for (const e of s.events) {
      // A meeting inside a document's name ("Nghị quyết Đại hội Đảng XIII") did not happen here.
      if (!e.key || s.docs.some((d) => d.start <= e.start && e.end <= d.end)) continue;
      const dated = firstInSentence;
      firstInSentence = false;
      if (dates.has(e.key)) continue;
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

/** Persons on a line that holds nothing but names are bylines ("Hoàng Lan - Hoàng Mai"), not actors. */
function dropBylines<T extends Span>(text: string, s: Span, persons: T[]): T[] {
  if (!persons.length) return persons;
  let rest = text.slice(s.start, s.end);
  for (const p of [...persons].reverse()) rest = rest.slice(0, p.start - s.start) + rest.slice(p.end - s.start);
  return /^[\s,.\-–—&và]*$/u.test(rest) ? [] : persons;
}

interface DocumentKeys {
  keyOf(d: DocumentMention): string;
  labelOf(key: string): string;
}

/**
 * Gives every document mention its key, merging short references within the article:
 * "Nghị quyết 98" is the article's "Nghị quyết 98/2023/QH15"; "Kết luận 01 của Bộ Chính trị"
 * is its "Kết luận số 01-KL/TW".
 */
function documentKeys(docs: DocumentMention[], home: Home): DocumentKeys {
  const homeSuffix = home.main ? `@${home.main.key.slice(4)}` : '';
  const own = (d: DocumentMention): string => {
    switch (d.id.by) {
      case 'code':
        // Local codes (04-NQ/TU, …/QĐ-UBND) repeat from province to province: the issuer's place tells them apart.
        return `doc:${d.kind}:${d.id.number}:${slug(d.id.code)}${d.id.local ? (d.issuer?.place ? `@${d.issuer.place.key.slice(4)}` : homeSuffix) : ''}`;
      case 'number':
        return `doc:${d.kind}:${d.id.number}${d.issuer ? `:by-${slug(d.issuer.label)}` : ''}`;
      case 'plenum':
        return `doc:${d.kind}:tw-${d.id.plenum}${d.id.term ? `-${d.id.term}` : ''}`;
      case 'event':
        return `doc:${d.kind}:of-${d.id.eventKey.slice(3)}`;
      case 'title':
        return `doc:${d.kind}:${d.id.title.slice(0, 120)}`;
    }
  };
  const byNumber = new Map<string, Set<string>>();
  for (const d of docs) {
    if (d.id.by !== 'code' && !(d.id.by === 'number' && d.issuer)) continue;
    const k = `${d.kind}:${d.id.number}`;
    const set = byNumber.get(k) ?? new Set();
    set.add(own(d));
    byNumber.set(k, set);
  }
  const codeFirst = (set: Set<string>) => [...set].sort((a, b) => a.split(':').length - b.split(':').length || (a.includes(':by-') ? 1 : 0) - (b.includes(':by-') ? 1 : 0));
  const keyOf = (d: DocumentMention): string => {
    if (d.id.by !== 'number') return own(d);
    const candidates = byNumber.get(`${d.kind}:${d.id.number}`);
    const codes = candidates ? [...candidates].filter((k) => !k.includes(':by-')) : [];
    if (codes.length === 1) return codes[0]!;
    if (d.issuer) return own(d);
    if (candidates && candidates.size === 1) return codeFirst(candidates)[0]!;
    return own(d);
  };
  const labels = new Map<string, { label: string; rank: number }>();
  for (const d of docs) {
    const key = keyOf(d);
    const rank = d.id.by === 'code' ? 3 : d.issuer ? 2 : 1;
    const label = d.id.by === 'number' && d.issuer ? `${d.name} của ${d.issuer.label}` : d.name;
    const prev = labels.get(key);
    if (!prev || rank > prev.rank) labels.set(key, { label, rank });
  }
  return { keyOf, labelOf: (key) => labels.get(key)?.label ?? key };
}

function docAliases(d: ResolvedDocument): string[] {
  const aliases = [d.name, d.surface];
  if (d.issuer && d.id.by !== 'title') aliases.push(`${d.name} của ${d.issuer.label}`);
  return aliases;
}

/** The party committee of the home place ("Tỉnh ủy Nghệ An", "Thành ủy Hà Nội"). */
function homeCommittee(home: Home): OrgInfo | undefined {
  const place = home.main;
  if (!place) return undefined;
  const label = `${place.level === 'city' ? 'Thành ủy' : 'Tỉnh ủy'} ${place.bare}`;
  return { key: orgKey(label), label, aliases: [], kind: 'committee', place };
}

/** The issuer a document's code implies: /QH15 → Quốc hội, -NQ/TU → the home's party committee. */
function impliedIssuer(ctx: ArticleContext, d: ResolvedDocument, home: Home, lexicon: Lexicon): string | undefined {
  if (d.id.by !== 'code') return undefined;
  const code = d.id.code;
  const rule = lexicon.codeIssuers.find((r) => new RegExp(r.pattern, 'u').test(code));
  if (!rule) return undefined;
  let label = rule.issuer;
  let place: PlaceRef | undefined;
  if (label.startsWith('{')) {
    place = home.main;
    if (!place) return undefined;
    if (label === '{committee}') return addOrg(ctx, homeCommittee(home)!, Math.max(0, ctx.sentences.findIndex((s) => s.start <= d.start && d.end <= s.end)), d, undefined, false);
    label = `${label.slice(1, -1)} ${placePhrase(place)}`;
  }
  const info: OrgInfo = { key: orgKey(label), label, aliases: [], kind: place ? 'committee' : 'national', ...(place ? { place } : {}) };
  const sentence = ctx.sentences.findIndex((s) => s.start <= d.start && d.end <= s.end);
  return addOrg(ctx, info, Math.max(0, sentence), d, undefined, false);
}

export type { OrgMention, PlaceMention };
