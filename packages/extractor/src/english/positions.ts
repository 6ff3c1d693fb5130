// holds_position in English: "Title of [the] Body" or "Body title" pairs, each given to the
// person it describes. News writes titles as appositions after a name ("Trần Quốc Cường,
// Member of the Party Central Committee and Secretary of …") or right before it
// ("Vice Chairman of the National Assembly Trần Quang Phương", "Politburo member Nguyen Thien Nhan").
import { matchAll, matchAt, sticky } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import type { EnglishOrgMention } from './bodies.js';
import { B, E, S, englishPatterns, foldKey } from './patterns.js';
import { NA_DELEGATION } from '../lexicon/bodies.js';
import type { EnglishPersonMention } from './persons.js';

/** Between two titles of one person: "and", a comma, ", and", "cum". */
const CHAIN = /^[^\S\n]*(?:,[^\S\n]*)?(?:(?:and|cum|as[^\S\n]+well[^\S\n]+as)[^\S\n]+)?(?:the[^\S\n]+)?$/u;
/** Between a name and its title: "Nguyen Van A, Secretary …", "…, who is also …", "…, 59, is a member …". */
const APPOSITION =
  /^[^\S\n]*,(?:[^\S\n]*\d{1,3}[^\S\n]*,)?[^\S\n]*(?:(?:the|and|(?:who[^\S\n]+)?(?:is|was|has[^\S\n]+been|had[^\S\n]+been)(?:[^\S\n]+also)?(?:[^\S\n]+(?:a|an|the))?)[^\S\n]+)?(?:former[^\S\n]+)?$/u;
/** A body's noun right after a body read ("the NA Committee for …"): the name goes on past it. */
const NAME_GOES_ON = /^[^\S\n]+(?:Committee|Commission|Council|Board|Department|Office|Union|Association|Federation)(?![\p{L}])/u;
/** Between a title and the name it precedes: spaces, and a rank or an academic title ("Minister of Public Security General …"). */
const RANK_BETWEEN = /^[^\S\n]*(?:(?:(?:Senior[^\S\n]+)?Lieutenant[^\S\n]+|Major[^\S\n]+)?General|(?:Senior[^\S\n]+)?Colonel|Dr\.?|Prof\.?|Assoc\.?[^\S\n]+Prof\.?)?[^\S\n]*$/u;
/** Between the people of a plural subject and the post they were given. */
const PLURAL_PREDICATE = /^[^\S\n]+(?:were|have[^\S\n]+been)[^\S\n]+(?:re-?)?(?:elected|appointed|named)(?:[^\S\n]+(?:as|to[^\S\n]+the[^\S\n]+posts?[^\S\n]+of))?[^\S\n]+$/u;
/** Between two people of one subject: "and", a comma, ", and". */
const JOINED = /^[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+)?|and[^\S\n]+)$/u;
const PLURAL_TITLE = /(?<![\p{L}])(?:[Mm]embers|Deputy[^\S\n]+Ministers)(?![\p{L}])/u;
const FORMER = /(?<![\p{L}])(?:former|Former|ex-)[^\S\n]*$/u;

let closingTitle: RegExp | undefined;
/** "… and Deputy Prime Minister": a title naming no body, last in a chain (compiled once, on first use). */
function titleClosingChain(): RegExp {
  return (closingTitle ??= sticky(`[^\\S\\n]*(?:,[^\\S\\n]*)?(?:and|cum)[^\\S\\n]+(?:${englishPatterns().title})${E}`));
}

export interface PositionHit {
  person: string;
  org: EnglishOrgMention;
  role: string;
  span: [number, number];
}

/** Title–body pairs of one sentence. */
function pairs(text: string, from: number, to: number, orgs: EnglishOrgMention[]): Array<Span & { org: EnglishOrgMention; role: string }> {
  const p = englishPatterns();
  const out: Array<Span & { org: EnglishOrgMention; role: string }> = [];
  for (const t of matchAll(`${B}(?:${p.title})${E}`, text, from, to)) {
    const title = p.titleByKey.get(foldKey(t[0]))!;
    const end = t.index + t[0].length;
    // The Secretariat has no standing board: its permanent member is its "Thường trực", as in Vietnamese.
    const roleIn = (org: EnglishOrgMention) => (title === 'Ủy viên Thường vụ' && org.info.key === 'org:ban-bi-thu' ? 'Thường trực' : title);
    // "member of the 13th Politburo": the body's term may stand between.
    // ("director of the new Department of Finance": a body just formed by a merger.)
    const of = matchAt(`${S}(?:of|in${S}charge${S}of|to)${S}(?:the${S})?(?:(?:new|newly${S}merged|merged|newly${S}established)${S})?(?:\\d{1,2}(?:st|nd|rd|th)${S})?`, text, end);
    const after = of ? orgs.find((o) => o.start === end + of[0].length) : undefined;
    if (after) {
      out.push({ start: t.index, end: after.end, org: after, role: roleIn(after) });
      continue;
    }
    // "Politburo member", "Commission Chairman": the body right before a title.
    const before = orgs.find((o) => o.end <= t.index && /^[^\S\n]+$/u.test(text.slice(o.end, t.index)));
    if (before) out.push({ start: before.start, end, org: before, role: roleIn(before) });
  }
  return out;
}

/**
 * Gives each pair to a person: the one it directly precedes (only spaces between), else the
 * closest one named before it in the sentence, else, after "he"/"she", the last person named.
 */
export function readPositions(
  text: string,
  from: number,
  to: number,
  orgs: EnglishOrgMention[],
  persons: EnglishPersonMention[],
  previous: EnglishPersonMention | undefined,
): PositionHit[] {
  const hits: PositionHit[] = [];
  const all = pairs(text, from, to, orgs);
  const directlyAfter = (end: number) => persons.find((p) => p.start >= end && RANK_BETWEEN.test(text.slice(end, p.start)));
  for (const [i, pair] of all.entries()) {
    // "Politburo members: Nguyen Van Nen, Secretary of …; and Phan Van Mai, Chairman of …"
    const listed = holdersAfterColon(text, pair.end, to, persons);
    if (listed) {
      for (const person of listed) hits.push({ person: person.key, org: pair.org, role: pair.role, span: [pair.start, person.end] });
      continue;
    }
    const next = directlyAfter(pair.end);
    // "Chairman of the NA Committee for Economic and Financial Affairs": the body read is only the start
    // of a longer name this reader does not know, and the post is not in it.
    if (!next && NAME_GOES_ON.test(text.slice(pair.end, pair.end + 40))) continue;
    const before = [...persons].reverse().find((p) => p.end <= pair.start);
    // "Nguyen Van A, Secretary of …": the title stands in apposition to the name right before it.
    // "Trần Thanh Mẫn, 59, is a member of …": an age, and "is a", may come between.
    const apposition = before && APPOSITION.test(text.slice(before.end, pair.start)) ? before : undefined;
    // "Politburo member and Secretary of the … Party Committee Nguyen Van A": a chain of titles before a name.
    let chained: EnglishPersonMention | undefined;
    let j = i;
    for (; !next && !apposition && j + 1 < all.length && CHAIN.test(text.slice(all[j]!.end, all[j + 1]!.start)); j++) {
      chained = directlyAfter(all[j + 1]!.end);
      if (chained) break;
    }
    // "Politburo member and Deputy Prime Minister Nguyen Hoa Binh": the chain may end on a title naming no body.
    if (!next && !apposition && !chained) {
      const bare = matchAt(titleClosingChain(), text, all[j]!.end);
      if (bare) chained = directlyAfter(all[j]!.end + bare[0].length);
    }
    const pronoun = !before && /(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])/u.test(text.slice(from, pair.start)) ? previous : undefined;
    // "…, Vo Tan Duc, and members of the Standing Board": a plural title after "and" names other people; before
    // it, only a plural subject ("A and B were elected members of …") holds it.
    const plural = PLURAL_TITLE.test(text.slice(pair.start, pair.end));
    const person = plural
      ? (next ?? (apposition && !/and/u.test(text.slice(apposition.end, pair.start)) ? apposition : undefined) ?? chained ?? (before && PLURAL_PREDICATE.test(text.slice(before.end, pair.start)) ? before : undefined))
      : (next ?? apposition ?? chained ?? before ?? pronoun);
    if (!person) continue;
    const span: [number, number] = [Math.min(person.start, pair.start), Math.max(person.end, pair.end)];
    // A pronoun's antecedent lies in another sentence: the evidence is the title phrase.
    // "former Chairman of …": the gold's "nguyên Chủ tịch".
    const role = FORMER.test(text.slice(Math.max(from, pair.start - 8), pair.start)) ? `nguyên ${pair.role}` : pair.role;
    hits.push({ person: person.key, org: pair.org, role, span: person === pronoun ? [pair.start, pair.end] : span });
    // "Deputy Ministers of Home Affairs A and B": a plural title before names goes to each of them.
    if (plural && person === next) {
      for (let k = persons.indexOf(next) + 1; k < persons.length && JOINED.test(text.slice(persons[k - 1]!.end, persons[k]!.start)); k++) {
        hits.push({ person: persons[k]!.key, org: pair.org, role, span: [pair.start, persons[k]!.end] });
      }
    }
    // "Tran Bau Ha and Vo Trong Hai were elected Deputy Secretaries of …": the post goes to each person of the subject.
    if (person === before && !next && !apposition && !chained && PLURAL_PREDICATE.test(text.slice(before.end, pair.start))) {
      for (let k = persons.indexOf(before); k > 0 && JOINED.test(text.slice(persons[k - 1]!.end, persons[k]!.start)); k--) {
        const other = persons[k - 1]!;
        hits.push({ person: other.key, org: pair.org, role, span: [other.start, pair.end] });
      }
    }
  }
  // "appointed Nguyen Van Thang, …, to the Standing Board of the Hanoi Party Committee": a seat on that body.
  for (const o of orgs) {
    if (!TO_BODY.test(text.slice(Math.max(from, o.start - 8), o.start))) continue;
    let verb: RegExpExecArray | undefined;
    for (const m of matchAll(APPOINTING, text, from, o.start)) verb = m;
    const verbEnd = verb ? verb.index + verb[0].length : 0;
    const person = verb ? persons.find((p) => p.start >= verbEnd && p.end <= o.start) : undefined;
    if (person && RANK_BETWEEN.test(text.slice(verbEnd, person.start))) hits.push({ person: person.key, org: o, role: 'Ủy viên', span: [verb!.index, o.end] });
  }
  // "deputy Tran Van Tuan of the Dong Thap delegation", "Lo Van Pao, a deputy from the Ha Giang delegation": a deputy of that delegation.
  for (const o of orgs) {
    if (!o.info.label.startsWith(NA_DELEGATION)) continue;
    const person = [...persons].reverse().find((p) => p.end <= o.start);
    const between = person ? text.slice(person.end, o.start) : '';
    const named = person && (DEPUTY_OF.test(between) || (OF_THE.test(between) && DEPUTY_BEFORE.test(text.slice(Math.max(from, person.start - 12), person.start))));
    if (named) hits.push({ person: person.key, org: o, role: 'Đại biểu', span: [person.start, o.end] });
  }
  return hits;
}

const DEPUTY_BEFORE = /(?<![\p{L}])(?:NA[^\S\n]+)?[Dd]eputy[^\S\n]+$/u;
const OF_THE = /^[^\S\n]+(?:of|from)[^\S\n]+the[^\S\n]+$/u;
const DEPUTY_OF = /^[^\S\n]*,[^\S\n]+(?:an?[^\S\n]+)?(?:NA[^\S\n]+|National[^\S\n]+Assembly[^\S\n]+)?deputy[^\S\n]+(?:of|from)[^\S\n]+the[^\S\n]+$/u;

/** "to [the] <body>" right before a body. */
const TO_BODY = /(?<![\p{L}])to[^\S\n]+(?:the[^\S\n]+)?$/u;
/** A verb giving someone a seat, the person right after it (the last such verb before the body counts). */
const APPOINTING = '(?<![\\p{L}])(?:appoint|appointed|appoints|elect|elected|elects|assign|assigned|assigns|add|added|adds)[^\\S\\n]+(?=\\p{Lu})';

/** What may open a list of holders, or stand before the first person of a clause: "and", an honorific. */
const HOLDER_START = /^[^\S\n]*(?:and[^\S\n]+)?(?:(?:Mr|Mrs|Ms|Madam)\.?[^\S\n]+)?$/u;

/**
 * The holders a title lists after a colon: each name up to the clause's end ("Politburo members: A, B
 * and C; …"), or, when the first is followed by titles of their own, the first name of each clause
 * ("Politburo members: A, Secretary of …; and B, Chairman of …").
 */
function holdersAfterColon(text: string, pos: number, to: number, persons: EnglishPersonMention[]): EnglishPersonMention[] | undefined {
  const colon = /^[^\S\n]*:/u.exec(text.slice(pos, pos + 4));
  if (!colon) return undefined;
  const start = pos + colon[0].length;
  const first = persons.find((p) => p.start >= start);
  if (!first || first.end > to || !HOLDER_START.test(text.slice(start, first.start))) return undefined;
  const holders = [first];
  const ownTitles = /^[^\S\n]*,[^\S\n]*(?!and[^\S\n])\p{L}/u.test(text.slice(first.end, first.end + 8)) && !persons.some((p) => p.start > first.end && JOINED.test(text.slice(first.end, p.start)));
  if (ownTitles) {
    for (let semicolon = text.indexOf(';', first.end); semicolon >= 0 && semicolon < to; semicolon = text.indexOf(';', semicolon + 1)) {
      const next = persons.find((p) => p.start > semicolon);
      if (!next || next.end > to || !HOLDER_START.test(text.slice(semicolon + 1, next.start))) break;
      holders.push(next);
    }
    return holders;
  }
  for (let k = persons.indexOf(first); k + 1 < persons.length && persons[k + 1]!.end <= to && JOINED.test(text.slice(persons[k]!.end, persons[k + 1]!.start)); k++) holders.push(persons[k + 1]!);
  return holders;
}
