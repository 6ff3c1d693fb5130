// Documents in English text. Keys follow the Vietnamese path's `documentKeys` (src/extract.ts):
// doc:<kind>:<number>:<code slug>[@home] for coded ones, so "Resolution No. 98/2023/QH15" and
// "Nghị quyết số 98/2023/QH15" are one node.
import type { DocumentKind } from '../types.js';
import { LOCAL_CODE } from '../recognize/documents.js';
import { matchAt, rx, searchView } from '../recognize/scan.js';
import type { Span } from '../recognize/scan.js';
import { slug } from '../text/normalize.js';
import type { EnglishEventMention, EnglishEventRecognizer } from './events.js';
import { APOS, B, E, MONTH_NAMES, S, alt } from './patterns.js';
import { DOCUMENT_KINDS_EN } from './vocabulary.js';

export interface EnglishDocumentMention extends Span {
  key: string;
  kind: DocumentKind;
  label: string;
  aliases: string[];
  /** The code as written ("18-NQ/TW"), when there is one. */
  code?: string;
  /** The meeting that adopted it ("Resolution of the 13th National Party Congress"). */
  event?: EnglishEventMention;
}

const KINDS = alt(DOCUMENT_KINDS_EN.flatMap((k) => k.en));
const kindOf = (word: string): DocumentKind => DOCUMENT_KINDS_EN.find((k) => k.en.some((w) => w.toLowerCase() === word.toLowerCase().replace(/\s+/g, ' ')))!.kind;
// Codes as the Vietnamese path reads them: 98/2023/QH15, 128/NQ-CP, 4896-QĐ/TU, 35-CT/TW.
const CODE = '\\d{1,5}(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d]{0,9}(?:-\\p{Lu}[\\p{L}\\d]{0,9}){0,2}|\\d{1,5}-\\p{Lu}[\\p{L}]{0,5}/\\p{Lu}[\\p{L}]{0,5}';
const NUMBER = '\\d{1,5}(?![\\d/.,-]\\d)';
/** A month's name: "… passed the Law on Digital Transformation on December 10" ends the law's name. */
const MONTH = `(?:${MONTH_NAMES})(?![\\p{L}])`;
/** Before "Law": its year, then one to three capitalized words of its subject ("2024 Land Law", "Capital Law"), not "The". */
const LAW_SUBJECT_BEFORE = /(?<![\p{L}\p{N}])((?:19|20)\d\d[^\S\n]+)?((?!The[^\S\n])\p{Lu}[\p{Ll}’'-]+(?:[^\S\n]+\p{Lu}[\p{Ll}’'-]+){0,2})[^\S\n]+$/u;
/** Codes written in ASCII ("1234/QD-TTg", "45/2024/ND-CP", "05/NQ-HDND") with the Vietnamese letters the code rules read. */
const ASCII_CODE_WORDS: Record<string, string> = { QD: 'QĐ', QDI: 'QĐI', ND: 'NĐ', HDND: 'HĐND', DA: 'ĐA' };
export function vietnameseCode(code: string): string {
  return code.split(/([-/])/).map((w) => ASCII_CODE_WORDS[w] ?? w).join('');
}
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export class EnglishDocumentRecognizer {
  constructor(
    private readonly events: EnglishEventRecognizer,
    /** The article's home place key fragment ("dien-bien") for local codes like -QĐ/TU. */
    private readonly homeSuffix: string,
  ) {}

  find(text: string, from: number, to: number): EnglishDocumentMention[] {
    const found: EnglishDocumentMention[] = [];
    const re = new RegExp(`${B}(?:(?:the|a|its)${S}(?:draft${S})?)?(${KINDS})${E}`, 'gu');
    re.lastIndex = from;
    const view = searchView(text, to);
    for (let m = re.exec(view); m && m.index < to; m = re.exec(view)) {
      const pos = m.index + m[0].length - m[1]!.length;
      const hit = this.parse(text, pos, m[1]!, to, from) ?? this.eventPossessive(text, pos, m[1]!, found);
      if (hit) {
        found.push(hit);
        re.lastIndex = hit.end;
      }
    }
    return found;
  }

  /** The document named at `pos`, if one is ("Resolution No. 68-NQ/TW"). */
  at(text: string, pos: number, limit: number): EnglishDocumentMention | undefined {
    const word = matchAt(rx`(?:${KINDS})${E}`, text, pos);
    return word ? this.parse(text, pos, word[0], limit, pos) : undefined;
  }

  private parse(text: string, pos: number, word: string, limit: number, sentenceStart: number): EnglishDocumentMention | undefined {
    const kind = kindOf(word);
    const after = pos + word.length;
    const capital = /^\p{Lu}/u.test(word);
    const coded = matchAt(rx`(?:${S}No\\.?)?${S}(${CODE})${E}`, text, after);
    if (coded) {
      const code = vietnameseCode(coded[1]!.toUpperCase());
      const number = Number(/^\d+/.exec(code)![0]);
      const end = after + coded[0].length;
      const label = squeeze(text.slice(pos, end));
      const key = `doc:${kind}:${number}:${slug(code)}${LOCAL_CODE.test(code) ? this.homeSuffix : ''}`;
      return { start: pos, end, key, kind, label, aliases: [label, `${word} ${coded[1]}`], code };
    }
    // "Law on Land", "Law on Organisation of Local Administration": a law named by its capitalized subject.
    // ("Law on Science, Technology and Innovation": a comma inside a list of subjects that ends on "and".)
    const law = kind === 'law' && capital ? matchAt(rx`${S}on${S}(?:the${S})?((?!Law${E})\\p{Lu}[\\p{L}’'-]*(?:${S}(?:and|of|on(?!${S}${MONTH})|for|in|(?!Law${E}|${MONTH})\\p{Lu}[\\p{L}’'-]*)|,${S}(?=(?:\\p{Lu}[\\p{L}’'-]*${S}){1,3}and${S}\\p{Lu})\\p{Lu}[\\p{L}’'-]*){0,8})`, text, after) : null;
    if (law) {
      const subject = law[1]!.replace(/(?:[^\S\n]+(?:and|of|on|for|in))+$/u, '');
      const end = after + law[0].length - (law[1]!.length - subject.length);
      const label = squeeze(text.slice(pos, end));
      return { start: pos, end, key: `doc:law:on-${slug(subject)}`, kind, label, aliases: [label] };
    }
    // "the 2024 Land Law", "Capital Law 2024": a law named by the capitalized subject before it, and its year.
    const subject = kind === 'law' && capital && !matchAt(rx`${S}(?:\\p{Lu}|on${E}|and${S}Justice)`, text, after) ? LAW_SUBJECT_BEFORE.exec(text.slice(Math.max(sentenceStart, pos - 60), pos)) : null;
    if (subject) {
      const start = pos - subject[0].length;
      const year = matchAt(rx`${S}(?:19|20)\\d\\d${E}`, text, after);
      const end = after + (year ? year[0].length : 0);
      const label = squeeze(text.slice(start, end));
      return { start, end, key: `doc:law:on-${slug(subject[2]!)}`, kind, label, aliases: [label] };
    }
    const numbered = capital ? matchAt(rx`(?:${S}No\\.?)?${S}(${NUMBER})${E}`, text, after) : null;
    if (numbered) {
      const end = after + numbered[0].length;
      const label = squeeze(text.slice(pos, end));
      return { start: pos, end, key: `doc:${kind}:${numbered[1]}`, kind, label, aliases: [label] };
    }
    // "Resolution of the 11th Conference of the 13th Party Central Committee", "resolution of the 13th National Party Congress".
    const of = matchAt(rx`${S}of${S}the${S}`, text, after);
    const event = of ? this.events.parse(text, after + of[0].length, limit, sentenceStart) : undefined;
    if (event?.key) {
      const label = squeeze(text.slice(pos, event.end));
      const plenum = /^ev:hoi-nghi-tw-(\d+)(?:-khoa-(\d+))?$/.exec(event.key);
      const key = plenum ? `doc:${kind}:tw-${plenum[1]}${plenum[2] ? `-${plenum[2]}` : ''}` : `doc:${kind}:of-${event.key.slice(3)}`;
      return { start: pos, end: event.end, key, kind, label: label[0]!.toUpperCase() + label.slice(1), aliases: [label], event };
    }
    return undefined;
  }

  /** "13th National Party Congress's Resolution": the kind word closes a meeting's name. */
  private eventPossessive(text: string, pos: number, word: string, found: EnglishDocumentMention[]): EnglishDocumentMention | undefined {
    const before = text.slice(Math.max(0, pos - 120), pos);
    const m = new RegExp(`(\\d{1,2}(?:st|nd|rd|th)${S}[^.;]{3,80}?)${APOS}${S}$`, 'u').exec(before);
    if (!m) return undefined;
    const start = pos - m[0].length;
    const event = this.events.parse(text, start, pos, start);
    if (!event?.key || event.end !== start + m[1]!.length) return undefined;
    const kind = kindOf(word);
    const end = pos + word.length;
    const label = squeeze(text.slice(start, end));
    void found;
    return { start, end, key: `doc:${kind}:of-${event.key.slice(3)}`, kind, label, aliases: [label], event };
  }
}
