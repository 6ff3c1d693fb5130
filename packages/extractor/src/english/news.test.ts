// Sentences in the style of Vietnam News, VietnamPlus and provincial English pages (invented
// names), each pinning one general pattern of the English path.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { Extraction } from '../types.js';

function readEn(text: string) {
  const x: Extraction = extract({ id: 'en', text, lang: 'en' });
  const labelOf = new Map(x.entities.map((e) => [e.key, e.label]));
  return {
    x,
    keys: x.entities.map((e) => e.key),
    entity: (key: string) => x.entities.find((e) => e.key === key),
    relations: x.relations.map((r) => `${labelOf.get(r.source)} -${r.type}-> ${labelOf.get(r.target)}${r.role ? ` [${r.role}]` : ''}`),
  };
}

describe('English news: people and titles', () => {
  it('reads names whose syllables also appear in body names (Minh, Chi, Ho)', () => {
    const r = readEn('Le Minh Khoa, member of the Politburo, spoke. Nguyen Chi Bao and Ho Minh Tam also spoke.');
    expect(r.keys).toEqual(expect.arrayContaining(['person:le-minh-khoa', 'person:nguyen-chi-bao', 'person:ho-minh-tam']));
    expect(r.relations).toContain('Le Minh Khoa -holds_position-> Bộ Chính trị [Ủy viên]');
  });

  it('keeps a place inside a longer place from becoming a person', () => {
    const r = readEn('Leaders of Ho Chi Minh City met investors.');
    expect(r.keys.filter((k) => k.startsWith('person:'))).toEqual([]);
  });

  it('reads a full name after a capitalized title phrase', () => {
    const r = readEn('The meeting was addressed by Minister of Home Affairs Dinh Thi Thanh Loan.');
    expect(r.keys).toContain('person:dinh-thi-thanh-loan');
  });

  it('gives a chain of titles before a name to that person', () => {
    const r = readEn('Politburo member and Secretary of the Ho Chi Minh City Party Committee Tran Van Khiem chaired the event.');
    expect(r.relations).toContain('Tran Van Khiem -holds_position-> Bộ Chính trị [Ủy viên]');
    expect(r.relations).toContain('Tran Van Khiem -holds_position-> Thành ủy TPHCM [Bí thư]');
    expect(r.entity('org:thanh-uy-thanh-pho-ho-chi-minh')?.aliases).not.toContain('Ho Chi Minh City City Party Committee');
  });

  it('keeps an apposition with the name before it, not the next name', () => {
    const r = readEn('Vo Thi Lan, Secretary of the Nghe An Provincial Party Committee, and Chairman of the Nghe An Provincial People’s Committee Bui Van Tho attended.');
    expect(r.relations).toContain('Vo Thi Lan -holds_position-> Tỉnh ủy Nghệ An [Bí thư]');
    expect(r.relations).toContain('Bui Van Tho -holds_position-> UBND tỉnh Nghệ An [Chủ tịch]');
    expect(r.relations).not.toContain('Bui Van Tho -holds_position-> Tỉnh ủy Nghệ An [Bí thư]');
  });

  it('reads "who is also" and "former" titles', () => {
    const r = readEn('Party Central Committee member Dang Van Hoa, who is also Chairman of the VFF Central Committee, met former Chairwoman of the National Assembly Ngo Thi Hanh.');
    expect(r.relations).toContain('Dang Van Hoa -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]');
    expect(r.relations).toContain('Dang Van Hoa -holds_position-> Ủy ban Trung ương MTTQ Việt Nam [Chủ tịch]');
    expect(r.relations).toContain('Ngo Thi Hanh -holds_position-> Quốc hội [nguyên Chủ tịch]');
  });
});
