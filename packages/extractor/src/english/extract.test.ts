import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { buildGraph } from '../graph.js';
import type { Extraction } from '../types.js';

function readEn(text: string) {
  const x: Extraction = extract({ id: 'en', text });
  const labelOf = new Map(x.entities.map((e) => [e.key, e.label]));
  return {
    x,
    keys: x.entities.map((e) => e.key),
    entity: (key: string) => x.entities.find((e) => e.key === key),
    relations: x.relations.map((r) => `${labelOf.get(r.source)} -${r.type}-> ${labelOf.get(r.target)}${r.role ? ` [${r.role}]` : ''}`),
  };
}

describe('English extraction', () => {
  it('is chosen by language detection and gives bodies their Vietnamese canonical keys', () => {
    const r = readEn('Nguyen Anh Tuan, Secretary of the Bac Ninh Provincial Party Committee, chaired the conference on Monday.');
    expect(r.x.article.lang).toBe('en');
    const committee = r.entity('org:tinh-uy-bac-ninh');
    expect(committee?.label).toBe('Tỉnh ủy Bắc Ninh');
    expect(committee?.aliases).toContain('Bac Ninh Provincial Party Committee');
    expect(r.relations).toContain('Nguyen Anh Tuan -holds_position-> Tỉnh ủy Bắc Ninh [Bí thư]');
    expect(r.relations).toContain('Tỉnh ủy Bắc Ninh -located_in-> Bắc Ninh');
  });

  it('writes the home province into bare bodies and reads organs as part_of', () => {
    const r = readEn(
      'Leaders of Nghe An province attended the meeting. Le Van A, Head of the Provincial Party Committee’s Organization Committee, and Tran Thi B, Chairwoman of the Provincial People’s Committee, spoke at the meeting.',
    );
    const organ = r.entity('org:ban-to-chuc-tinh-uy-nghe-an');
    expect(organ?.aliases).toContain('Nghe An Provincial Party Committee’s Organization Committee');
    expect(r.relations).toContain('Ban Tổ chức Tỉnh ủy Nghệ An -part_of-> Tỉnh ủy Nghệ An');
    expect(r.relations).toContain('Tran Thi B -holds_position-> UBND tỉnh Nghệ An [Chủ tịch]');
  });

  it('reads "<Party Committee> Commission of Inspection" as that committee\'s organ, as with "\'s Inspection Commission"', () => {
    const r = readEn('In Quang Binh province, Dinh Huu Thanh was elected Head of the provincial Party Committee Commission of Inspection.');
    expect(r.relations).toContain('Dinh Huu Thanh -holds_position-> Ủy ban Kiểm tra Tỉnh ủy Quảng Bình [Trưởng Ban]');
    expect(r.relations).toContain('Ủy ban Kiểm tra Tỉnh ủy Quảng Bình -part_of-> Tỉnh ủy Quảng Bình');
  });

  it('gives a resolution of a provincial Party congress the province\'s Party organization as issuer, with the Vietnamese keys', () => {
    const en = readEn('The Standing Board will lead the implementation of the Resolution of the 19th Nghe An Provincial Party Congress.');
    expect(en.relations).toContain('Đảng bộ tỉnh Nghệ An -issued-> Resolution of the 19th Nghe An Provincial Party Congress');
    const vi = extract({ id: 'vi', text: 'Tỉnh ủy Nghệ An triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ 19.' });
    const issued = (x: ReturnType<typeof extract>) => x.relations.filter((r) => r.type === 'issued').map((r) => `${r.source} ${r.target}`);
    expect(issued(en.x)).toEqual(issued(vi));
  });

  it('gives a resolution of a Central Committee plenum the Central Committee as issuer', () => {
    const r = readEn('The province is implementing the Resolution of the 11th Conference of the 13th Party Central Committee.');
    expect(r.relations).toContain('Ban Chấp hành Trung ương Đảng -issued-> Resolution of the 11th Conference of the 13th Party Central Committee');
  });

  it('keys coded documents like the Vietnamese path and reads their issuer', () => {
    const r = readEn('The Politburo’s Directive 35-CT/TW was discussed, together with Resolution No. 98/2023/QH15 of the National Assembly.');
    expect(r.keys).toContain('doc:resolution:98:98/2023/qh15');
    expect(r.relations).toContain('Bộ Chính trị -issued-> Directive 35-CT/TW');
    expect(r.relations).toContain('Quốc hội -issued-> Resolution No. 98/2023/QH15');
  });

  it('finds meetings with ordinals and who chaired, attended and spoke', () => {
    const r = readEn(
      'The 18th Provincial Party Executive Committee Conference of Hau Giang was chaired by Tran Van Huyen. Attending the conference were Nguyen Van Hieu and Le Thanh Long. Addressing the conference, Nguyen Van Hieu praised the province.',
    );
    expect(r.relations).toContain('Tran Van Huyen -chaired-> 18th Hau Giang Provincial Party Executive Committee Conference');
    expect(r.relations).toContain('Le Thanh Long -attended-> 18th Hau Giang Provincial Party Executive Committee Conference');
    expect(r.relations).toContain('Nguyen Van Hieu -spoke_at-> 18th Hau Giang Provincial Party Executive Committee Conference');
  });

  it('reads a sentence-initial "The meeting was chaired by …" as the meeting named before, not the article\'s most named one', () => {
    const r = readEn(
      'The sub-committee in charge of documents for the 15th Dien Bien Provincial Party Congress held its first meeting on Friday. The meeting was chaired by Tran Quoc Cuong. The 15th Dien Bien Provincial Party Congress will open in October; the congress will elect a new committee.',
    );
    expect(r.relations.filter((x) => x.includes('-chaired->'))).toEqual([expect.stringMatching(/^Tran Quoc Cuong -chaired-> First meeting of the sub-committee/)]);
  });

  it('reads the Secretariat\'s permanent member as its "Thường trực", in a chain of titles before the name', () => {
    const r = readEn('Politburo member and Permanent member of the Secretariat Tran Cam Tu attended the meeting.');
    expect([...r.relations].sort()).toEqual([
      'Ban Bí thư -part_of-> Ban Chấp hành Trung ương Đảng',
      'Tran Cam Tu -holds_position-> Ban Bí thư [Thường trực]',
      'Tran Cam Tu -holds_position-> Bộ Chính trị [Ủy viên]',
    ]);
  });

  it('reads a city\'s or province\'s Youth Union as its Đoàn Thanh niên, so the name after it is a person', () => {
    const r = readEn('The Ho Chi Minh City Party Committee held its third plenum. Secretary of the Ho Chi Minh City Youth Union Ngo Minh Hai also attended.');
    expect(r.relations).toContain('Ngo Minh Hai -holds_position-> Đoàn Thanh niên TPHCM [Bí thư]');
    expect(r.x.entities.filter((e) => e.type === 'organization').map((e) => e.label)).not.toContain('Trung ương Đoàn');
  });

  it('gives no post in a body whose name runs on past what is read ("Chairman of the NA Committee for …")', () => {
    const r = readEn(
      'Deputy Prime Minister Ho Duc Phoc presented the report, while Chairman of the NA Committee for Economic and Financial Affairs Phan Van Mai delivered a verification report.',
    );
    expect(r.relations.filter((x) => x.includes('-holds_position-> Quốc hội'))).toEqual([]);
  });

  it('reads "Minister of <field>" as the minister of that ministry, one node with the Vietnamese', () => {
    const r = readEn('Minister of Home Affairs Pham Thi Thanh Tra and Deputy Minister of Finance Nguyen Duc Chi attended the meeting.');
    expect(r.relations).toEqual(
      expect.arrayContaining(['Pham Thi Thanh Tra -holds_position-> Bộ Nội vụ [Bộ trưởng]', 'Nguyen Duc Chi -holds_position-> Bộ Tài chính [Thứ trưởng]']),
    );
    expect(r.x.entities.filter((e) => e.type === 'organization').map((e) => e.key).sort()).toEqual(['org:bo-noi-vu', 'org:bo-tai-chinh']);
  });

  it('does not take a meeting that issued a document for the meeting the article reports', () => {
    const r = readEn(
      'Secretary of the Da Nang municipal Party Committee Nguyen Van Quang chaired a working session on June 12. Also present was Vice Chairman of the municipal People\'s Committee Ho Ky Minh. Quang asked the department to carry out Resolution No. 60-NQ/TW of the 11th plenum of the 13th Party Central Committee.',
    );
    expect(r.relations.filter((x) => /-(chaired|attended)->/.test(x))).toEqual([]);
  });

  it('reads "with the attendance of <person>" as attending the meeting', () => {
    const r = readEn('The 16th Quang Ninh Provincial Party Congress opened on October 10, with the attendance of Politburo member Tran Cam Tu.');
    expect(r.relations).toContain('Tran Cam Tu -attended-> 16th Quang Ninh Provincial Party Congress');
  });

  it('reads "<name>, <age>, is a member of the 13th Politburo" as a position', () => {
    const r = readEn('Tran Thanh Man, 59, is a member of the 13th Politburo. Nguyen Duc Hai, 60, was a member of the Party Central Committee.');
    expect(r.relations).toContain('Tran Thanh Man -holds_position-> Bộ Chính trị [Ủy viên]');
    expect(r.relations).toContain('Nguyen Duc Hai -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]');
  });

  it('names a body\'s own meeting however much white space the text puts around its ordinal', () => {
    const r = readEn('The Bac Ninh Provincial Party Committee held its   first   meeting on Monday.');
    expect(r.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual([expect.stringMatching(/^First meeting of the /)]);
  });

  it('keeps a named body\'s capitals in its own meeting\'s label, and lower-cases a described one', () => {
    const named = readEn('The Bac Ninh Provincial Party Committee held its first meeting on Monday.');
    expect(named.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual(['First meeting of the Bac Ninh Provincial Party Committee']);
    const described = readEn('The sub-committee in charge of documents for the 15th Dien Bien Provincial Party Congress held its first meeting on Friday.');
    expect(described.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toContain('First meeting of the sub-committee in charge of documents for the 15th Dien Bien Provincial Party Congress');
  });

  it('reads "<body> opened its 20th session" as the body\'s sitting, labelled with the body\'s English name', () => {
    const r = readEn("The HCM City People's Council opened its 20th session on December 5.");
    expect(r.x.entities.filter((e) => e.type === 'event').map((e) => `${e.key} | ${e.label}`)).toEqual([
      "ev:ky-hop-20-hoi-dong-nhan-dan-thanh-pho-ho-chi-minh | 20th session of the HCM City People's Council",
    ]);
  });

  it('reads a bare body after "the" as the home\'s ("Chairwoman of the People\'s Council")', () => {
    const r = readEn("In HCM City, Chairwoman of the People's Council Nguyen Thi Le spoke. People's Councils at all levels met.");
    expect(r.relations).toContain('Nguyen Thi Le -holds_position-> HĐND TPHCM [Chủ tịch]');
    expect(r.x.entities.filter((e) => e.type === 'organization').map((e) => e.label)).toEqual(['HĐND TPHCM']);
  });

  it('keeps real offsets into the NFC text', () => {
    const text = 'Vương Đình Huệ, Chairman of the National Assembly, chaired the first session of the NA Standing Committee.';
    const r = readEn(text);
    for (const e of r.x.entities) for (const m of e.mentions) expect(m.sentence.slice(m.start - m.sentenceStart, m.end - m.sentenceStart)).toBe(text.slice(m.start, m.end));
    expect(r.relations).toContain('Vương Đình Huệ -holds_position-> Quốc hội [Chủ tịch]');
  });
});

describe('cross-lingual merge', () => {
  it('makes one node of a body and a person named in both editions, with aliases from both', () => {
    const vi = extract({ id: 'vi', text: 'Bí thư Tỉnh ủy Bắc Ninh Nguyễn Anh Tuấn chủ trì hội nghị của Tỉnh ủy Bắc Ninh.' });
    const en = extract({ id: 'en', text: 'Nguyen Anh Tuan, Secretary of the Bac Ninh Provincial Party Committee, chaired the conference.' });
    expect(vi.article.lang).toBe('vi');
    const graph = buildGraph([vi, en]);
    const committee = graph.getNodeAttributes('org:tinh-uy-bac-ninh');
    expect(committee.label).toBe('Tỉnh ủy Bắc Ninh');
    expect(committee.lang.sort()).toEqual(['en', 'vi']);
    expect(committee.aliases).toEqual(expect.arrayContaining(['Tỉnh ủy Bắc Ninh', 'Bac Ninh Provincial Party Committee']));
    const person = graph.getNodeAttributes('person:nguyen-anh-tuan');
    expect(person.label).toBe('Nguyễn Anh Tuấn');
    expect(person.aliases).toEqual(expect.arrayContaining(['Nguyễn Anh Tuấn', 'Nguyen Anh Tuan']));
    // The same position read in either edition is one edge with evidence from both.
    const edges = graph.edges('person:nguyen-anh-tuan', 'org:tinh-uy-bac-ninh').map((e) => graph.getEdgeAttributes(e));
    expect(edges.filter((e) => e.type === 'holds_position')).toHaveLength(1);
    expect(edges[0]!.evidence.map((e) => e.doc).sort()).toEqual(['en', 'vi']);
  });

  it('gives a Party committee\'s numbered sitting one key in both editions, whatever English calls it', () => {
    const key = (x: ReturnType<typeof extract>) => x.entities.filter((e) => e.type === 'event').map((e) => e.key);
    const vi = extract({ id: 'vi', text: 'Sáng 12/3, Tỉnh ủy Quảng Trị tổ chức Hội nghị Tỉnh ủy Quảng Trị lần thứ 15.' });
    expect(key(vi)).toEqual(['ev:hoi-nghi-15-tinh-uy-quang-tri']);
    expect(key(extract({ id: 'en1', text: 'The 15th session of the Quang Tri Provincial Party Committee opened on March 12.' }))).toEqual(key(vi));
    expect(key(extract({ id: 'en2', text: 'The Quang Tri Provincial Party Committee held its 15th session on March 12.' }))).toEqual(key(vi));
  });

  it('keys a sitting opened by a body with its term as in Vietnamese, the Central Committee\'s plenum by its number', () => {
    const key = (x: ReturnType<typeof extract>) => x.entities.filter((e) => e.type === 'event').map((e) => e.key);
    const vi = extract({ id: 'vi', text: 'Sáng 5/11, Hội nghị Trung ương 14 khóa XIII khai mạc. Sáng 20/10, Kỳ họp thứ 10, Quốc hội khóa XV khai mạc.' });
    const en = extract({ id: 'en', text: 'The 13th Party Central Committee opened its 14th plenum on November 5. The 15th National Assembly opened its 10th session on October 20.' });
    expect(key(vi)).toEqual(['ev:hoi-nghi-tw-14-khoa-13', 'ev:ky-hop-10-quoc-hoi-khoa-15']);
    expect(key(en)).toEqual(key(vi));
  });
});
