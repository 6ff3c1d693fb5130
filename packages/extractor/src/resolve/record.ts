// Recording what the recognizers found as entities of the article, with the relations their
// structure implies: a body's parents (part_of) and place (located_in), a district's province.
import type { Lexicon } from '../lexicon/index.js';
import { orgKey, rootOf, writtenInFull } from '../recognize/organizations.js';
import type { OrgInfo, OrgMention } from '../recognize/organizations.js';
import { expression } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import type { ResolvedDocument, SentenceAnalysis } from '../relate/analysis.js';
import type { ArticleContext } from './context.js';
import { placePhrase } from './places.js';
import type { Home, PlaceRef } from './places.js';

/**
 * Adds an organization, its parents (part_of) and its place (located_in). `written` says the span
 * is this body's own name as the text gives it (so, when full, an alias); parents, nested bodies
 * and issuers implied by a code only borrow the span as evidence.
 */
export function addOrg(ctx: ArticleContext, info: OrgInfo, sentence: number, span: Span, placeSpan?: Span, written = true): string {
  const alias = written && writtenInFull({ start: span.start, end: span.end, info, ...(placeSpan ? { placeSpan } : {}) }) ? ctx.text.slice(span.start, span.end) : undefined;
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
export function addPlace(ctx: ArticleContext, place: PlaceRef, sentence: number, span: Span, surface?: string): string {
  const aliases = place.bare === place.label ? place.aliases : [...place.aliases, place.bare];
  ctx.add({ key: place.key, type: 'location', label: place.label, aliases }, sentence, span.start, span.end, surface);
  if (place.parent) {
    const parent = addPlace(ctx, place.parent, sentence, span);
    ctx.relate('located_in', place.key, parent, sentence, [span.start, span.end]);
  }
  return place.key;
}

/** The party committee of the home place ("Tỉnh ủy Nghệ An", "Thành ủy Hà Nội"). */
export function homeCommittee(home: Home): OrgInfo | undefined {
  const place = home.main;
  if (!place) return undefined;
  const label = `${place.level === 'city' ? 'Thành ủy' : 'Tỉnh ủy'} ${place.bare}`;
  return { key: orgKey(label), label, aliases: [], kind: 'committee', place };
}

/**
 * The issuer a document's code implies: /QH15 → Quốc hội, -NQ/TU → a province's or city's party committee: the
 * one its sentence names, when it names one ("Bí thư Tỉnh ủy An Giang cho biết, tỉnh đã ban hành Chương trình số
 * 25-CTr/TU" in an article about Cần Thơ), else the home's.
 */
export function impliedIssuer(ctx: ArticleContext, d: ResolvedDocument, s: Pick<SentenceAnalysis, 'index' | 'orgs'>, home: Home, lexicon: Lexicon): string | undefined {
  if (d.id.by !== 'code') return undefined;
  const code = d.id.code;
  const rule = lexicon.codeIssuers.find((r) => expression(r.pattern).test(code));
  if (!rule) return undefined;
  let label = rule.issuer;
  let place: PlaceRef | undefined;
  if (label === '{district committee}') {
    const committee = committeeNamedIn(s.orgs, DISTRICT_LEVELS);
    return committee && addOrg(ctx, committee, s.index, d, undefined, false);
  }
  if (label.startsWith('{')) {
    place = home.main;
    if (!place) return undefined;
    if (label === '{committee}') return addOrg(ctx, committeeNamedIn(s.orgs, PROVINCE_LEVELS) ?? homeCommittee(home)!, s.index, d, undefined, false);
    label = `${label.slice(1, -1)} ${placePhrase(place)}`;
  }
  const info: OrgInfo = { key: orgKey(label), label, aliases: [], kind: place ? 'committee' : 'national', ...(place ? { place } : {}) };
  return addOrg(ctx, info, s.index, d, undefined, false);
}

const PROVINCE_LEVELS: ReadonlySet<string> = new Set(['province', 'city']);
const DISTRICT_LEVELS: ReadonlySet<string> = new Set(['district']);

/** The one party committee of a place of those levels the mentions name (an organ's committee included), if only one. */
function committeeNamedIn(orgs: readonly OrgMention[], levels: ReadonlySet<string>): OrgInfo | undefined {
  const committees = new Map<string, OrgInfo>();
  for (const o of orgs) {
    const root = rootOf(o.info);
    if (root.kind === 'committee' && root.place && levels.has(root.place.level)) committees.set(root.key, root);
  }
  return committees.size === 1 ? [...committees.values()][0] : undefined;
}
