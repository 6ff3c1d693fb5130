import { describe, expect, it } from 'vitest';
import { RELATION_PATTERNS, englishNlp } from './plugin.js';
import { findTriggers } from './relations.js';

describe('compromise plugin vocabulary', () => {
  it('tags titles, meeting words, document kinds and national bodies', () => {
    const nlp = englishNlp();
    const doc = nlp('The Deputy Secretary attended the conference on the Directive of the Politburo.');
    expect(doc.match('#VnTitle').text()).toContain('Secretary');
    expect(doc.match('#VnEventHead').text()).toBe('conference');
    expect(doc.match('#VnDocKind').text()).toBe('Directive');
    expect(doc.match('#VnOrg').text()).toBe('Politburo');
  });
});

describe('relation patterns', () => {
  const cases: Array<[string, string]> = [
    ['chaired', 'The meeting was chaired by Tran Quoc Cuong.'],
    ['chaired', 'Co-chairing the meeting were Ha Anh Dung and Nguyen Thi Van.'],
    ['chaired', 'Le Van Nung presided over the conference.'],
    ['chaired', 'The committee opened its 50th session under the chair of NA Chairman Tran Thanh Man.'],
    ['attended', 'Attending the working session were comrades Ngo Dong Hai and Nguyen Thanh Tam.'],
    ['attended', 'Pham Khac Quan also participated in the meeting.'],
    ['spoke_at', 'Addressing the congress, Nguyen Thien Nhan praised the province.'],
    ['spoke_at', 'Tran Quang Phuong delivered a speech at the congress.'],
    ['spoke_at', 'The plenum opened, with General Secretary To Lam delivering the opening speech.'],
    ['spoke_at', 'Chairman of the municipal People\'s Committee Nguyen Van Duoc presented a report on the situation.'],
    ['spoke_at', 'In his remarks at the meeting, Thai Bao emphasised unity.'],
    ['organized', 'The conference was conducted by the Standing Committee.'],
    ['organized', 'The sub-committee held its first meeting on Friday.'],
    ['established', 'The Subcommittee was established by Decision No 4896-QĐ/TU.'],
    ['implements', 'The committees met to implement Resolution No. 18-NQ/TW.'],
  ];
  it.each(cases)('%s: %s', (type, sentence) => {
    expect(findTriggers(sentence, 0, []).map((t) => t.pattern.type)).toContain(type);
  });

  it('covers every pattern type with a case', () => {
    expect(new Set(RELATION_PATTERNS.map((p) => p.type))).toEqual(new Set(cases.map(([t]) => t)));
  });

  it('does not fire on unrelated sentences', () => {
    expect(findTriggers('The province recorded strong growth in tourism this year.', 0, [])).toEqual([]);
  });
});
