import { defaultLexicon } from './lexicon/index.js';
import type { Lexicon } from './lexicon/index.js';
import { DocumentRecognizer } from './recognize/documents.js';
import { EventRecognizer } from './recognize/events.js';
import { OrganizationRecognizer } from './recognize/organizations.js';
import { compilePatterns } from './recognize/patterns.js';
import { PersonRecognizer } from './recognize/persons.js';
import { PlaceRecognizer } from './recognize/places.js';
import { WordIndex, mask } from './recognize/scan.js';
import type { Span } from './recognize/scan.js';
import type { ArticleAnalysis, PersonRef, SentenceAnalysis } from './relate/analysis.js';
import { relateDocuments } from './relate/documents.js';
import { relateParticipation } from './relate/participation.js';
import { PositionReader } from './relate/positions.js';
import { readPositionLists } from './relate/positionLists.js';
import { relateStructure } from './relate/structure.js';
import { ArticleContext } from './resolve/context.js';
import { docAliases, documentKeys } from './resolve/documents.js';
import { datesOfMeetings, resolveEventReferences, unifyTerms, withHomeKey, withoutMeetingBodies } from './resolve/meetings.js';
import { detectHome } from './resolve/places.js';
import { addOrg, addPlace, homeCommittee, impliedIssuer } from './resolve/record.js';
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
  const found = sentences.map((s, i) => {
    // A paragraph opening on another province's body is about it: its bare bodies are that province's.
    const opens = i === 0 || sentences[i - 1]!.paragraph !== s.paragraph;
    if (opens) orgs.startParagraph(match, s.start, []);
    let o = orgs.find(words, s.start, s.end);
    if (opens && orgs.startParagraph(match, s.start, o)) o = orgs.find(words, s.start, s.end);
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
  unifyTerms(analysis);
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
  // The person named last before a sentence: "Đồng chí từng giữ các chức vụ …" is about them.
  let lastNamed: PersonRef | undefined;
  for (const s of analysis.sentences) {
    for (const p of s.persons) {
      for (const hit of positions.read(match, p, s.orgs, s.start, s.end, s.persons)) {
        analysis.titled.add(hit.org);
        const from = Math.min(hit.titleStart, p.start);
        const to = Math.max(hit.org.end, p.end);
        if (hit.implied) addOrg(ctx, hit.org.info, s.index, { start: hit.titleStart, end: hit.org.end }, undefined, false);
        ctx.relate('holds_position', p.key, hit.org.info.key, s.index, [from, to], hit.role);
      }
    }
    for (const listed of readPositionLists(words, s, patterns, () => homeCommittee(home), lastNamed)) {
      const org = 'info' in listed.org ? listed.org.info : listed.org;
      const key = 'info' in listed.org ? org.key : addOrg(ctx, org, s.index, { start: listed.span[0], end: listed.span[1] }, undefined, false);
      ctx.relate('holds_position', listed.person.key, key, s.index, listed.span, listed.role);
    }
    for (const o of s.orgs) {
      const doc = o.info.implementsDoc && s.docs.find((d) => d.start === o.info.implementsDoc!.start);
      if (doc) ctx.relate('implements', o.info.key, doc.key, s.index, [o.start, o.end]);
    }
    lastNamed = s.persons.at(-1) ?? lastNamed;
  }
  relateParticipation(ctx, analysis, patterns);
  relateDocuments(
    ctx,
    analysis,
    (d, s) => impliedIssuer(ctx, d, s, home, patterns.lexicon),
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

/** Persons on a line that holds nothing but names are bylines ("Hoàng Lan - Hoàng Mai"), not actors. */
function dropBylines<T extends Span>(text: string, s: Span, persons: T[]): T[] {
  if (!persons.length) return persons;
  let rest = text.slice(s.start, s.end);
  for (const p of [...persons].reverse()) rest = rest.slice(0, p.start - s.start) + rest.slice(p.end - s.start);
  return /^[\s,.\-–—&và]*$/u.test(rest) ? [] : persons;
}
