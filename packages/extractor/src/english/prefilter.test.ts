// compromise runs only on sentences that can give a relation: the cheap checks before it must
// never skip a sentence a pattern matches, and the tokenizer must find what the tagger found.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../extract.js';
import { foldDiacritics } from '../text/normalize.js';
import { lowerStarts, mayStartAt } from './patterns.js';
import { RELATION_PATTERNS, VN_TAGS, englishNlp } from './plugin.js';
import { findTriggers, mayMatch } from './relations.js';

const SENTENCES = [
  'The meeting was chaired by Tran Quoc Cuong.',
  'The event was co-chaired by Le Van Nung and Tran Thi Ha.',
  'Co-chairing the meeting were Ha Anh Dung and Nguyen Thi Van.',
  'Le Van Nung presided over the conference.',
  'Attending the working session were comrades Ngo Dong Hai and Nguyen Thanh Tam.',
  'Also present at the event were Le Chi and Tran Dung.',
  'Among the guests were Le Chi and Tran Dung.',
  'Attendees included Le Chi.',
  "It's attended by Tran Binh, who's also joined the Party.",
  'Pham Khac Quan also participated in the meeting.',
  'Addressing the plenary session, Nguyen Thien Nhan praised the province.',
  'In his speeches at the meeting’s opening, Thai Bao emphasised unity.',
  'Tran Quang Phuong delivered the keynote report at the congress.',
  'The plenum opened, with To Lam delivering the opening speech.',
  'The committee opened its session under the chair of Tran Thanh Man.',
  'The conference was conducted by the Standing Committee.',
  'The sub-committee held its first meeting on Friday.',
  'The Subcommittee was set up by Decision No 4896-QĐ/TU.',
  'The committees met to carry out Resolution No. 18-NQ/TW and implements its plan.',
  'The province recorded strong growth in tourism this year.',
  'Hồ Chí Minh City’s leaders met the press.',
];

describe('relation pattern prefilter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never rejects a sentence that the pattern matches after full tagging', () => {
    const nlp = englishNlp();
    for (const sentence of SENTENCES) {
      const doc = nlp(sentence);
      for (const p of RELATION_PATTERNS) {
        if (doc.match(p.match).found) expect(mayMatch(p, foldDiacritics(sentence)), `${p.match} in ${sentence}`).toBe(true);
      }
    }
  });

  it('finds, with the tokenizer only, the hits the tagger finds', () => {
    const nlp = englishNlp();
    for (const sentence of SENTENCES) {
      type Hit = { type: string; start: number; end: number };
      const tagged: Hit[] = RELATION_PATTERNS.flatMap((p) =>
        (nlp(sentence).match(p.match).json({ offset: true }) as Array<{ terms: Array<{ text: string; offset: { start: number } }> }>).map((m) => ({
          type: p.type,
          start: m.terms[0]!.offset.start,
          end: m.terms.at(-1)!.offset.start + m.terms.at(-1)!.text.length,
        })),
      );
      // As findTriggers keeps them: the longest phrase of a type over the ones inside it.
      const expected = tagged.filter((t) => !tagged.some((o) => o !== t && o.type === t.type && o.start <= t.start && t.end <= o.end && o.end - o.start > t.end - t.start));
      const found = findTriggers(sentence, 0, []).map((t) => ({ type: t.pattern.type, start: t.start, end: t.end }));
      expect(found, sentence).toEqual(expected);
    }
  });

  it('names only the plugin’s own tags, since sentences are not part-of-speech tagged', () => {
    for (const p of RELATION_PATTERNS) for (const tag of p.match.match(/#\w+/g) ?? []) expect(Object.keys(VN_TAGS)).toContain(tag.slice(1));
  });

  it('does not run compromise on a sentence without the words of any pattern', () => {
    const tokenize = vi.spyOn(englishNlp(), 'tokenize');
    expect(findTriggers('The province recorded strong growth in tourism this year.', 0, [])).toEqual([]);
    expect(tokenize).not.toHaveBeenCalled();
    expect(findTriggers('The meeting was chaired by Tran Quoc Cuong.', 0, []).map((t) => t.pattern.type)).toContain('chaired');
    expect(tokenize).toHaveBeenCalledTimes(1);
  });

  it('does not run compromise on sentences without the mentions a relation needs', () => {
    const tokenize = vi.spyOn(englishNlp(), 'tokenize');
    // A trigger word but no person, body or document: nothing to relate.
    const none = extract({ id: 'en', lang: 'en', text: 'The conference was attended by many. Growth was reported in tourism.' });
    expect(none.relations).toEqual([]);
    expect(tokenize).not.toHaveBeenCalled();
    const one = extract({ id: 'en', lang: 'en', text: 'The 5th plenum of the Ca Mau Provincial Party Committee began on Monday. It was attended by Nguyen Van Hieu.' });
    expect(one.relations.some((r) => r.type === 'attended' && r.source === 'person:nguyen-van-hieu')).toBe(true);
    expect(tokenize).toHaveBeenCalledTimes(1);
  });
});

describe('recognizers skip lower-case words that start no name', () => {
  it('tries a word start only if it is capitalized or a listed lower-case word', () => {
    const starts = lowerStarts(['Provincial|provincial|City|city', 'Sub-committee|sub-committee'], ['first']);
    expect([...starts].sort()).toEqual(['city', 'first', 'provincial', 'sub']);
    const text = 'the provincial People’s Committee, Hanoi and a sub-committee met first';
    const tried = [...text.matchAll(/(?<![\p{L}'’-])\p{L}/gu)].filter((m) => mayStartAt(text, m.index, starts)).map((m) => /\p{L}+/u.exec(text.slice(m.index))![0]);
    expect(tried).toEqual(['provincial', 'People', 'Committee', 'Hanoi', 'sub', 'first']);
  });

  it('still finds bodies and meetings whose names start with a lower-case word', () => {
    const x = extract({
      id: 'en',
      lang: 'en',
      text: 'Leaders of Nghe An province met on Monday. Its provincial People’s Committee and legislature attended first session of the NA Standing Committee. The sub-committee in charge of documents for the 19th Provincial Party Congress met.',
    });
    expect(x.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        'org:uy-ban-nhan-dan-tinh-nghe-an',
        'org:quoc-hoi',
        'ev:phien-hop-1-uy-ban-thuong-vu-quoc-hoi',
        'org:sub-committee-in-charge-of-documents-for-the-19th-nghe-an-provincial-party-congress',
      ]),
    );
  });
});
