import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeName, slug, unifyTones } from './normalize.js';

describe('unifyTones', () => {
  it('moves the old tone placement to the new one without changing the length', () => {
    const old = 'Thành uỷ Khánh Hoà, khoá XIII, thuỷ lợi';
    const unified = unifyTones(old);
    expect(unified).toBe('Thành ủy Khánh Hòa, khóa XIII, thủy lợi');
    expect(unified.length).toBe(old.length);
  });

  it('leaves clusters that do not end the syllable alone', () => {
    expect(unifyTones('quý Hoàng khuya')).toBe('quý Hoàng khuya');
  });
});

describe('normalizeName', () => {
  it('follows the schema: abbreviations, "số", punctuation and dashes', () => {
    expect(normalizeName('UBND TP.Đà Nẵng')).toBe(normalizeName('Ủy ban nhân dân thành phố Đà Nẵng'));
    expect(normalizeName('Nghị quyết số 15')).toBe(normalizeName('Nghị quyết 15'));
    expect(normalizeName('Khối Dân - Chính – Đảng')).toBe(normalizeName('Khối Dân-Chính-Đảng'));
    expect(normalizeName('Thành uỷ TPHCM')).toBe('thành ủy thành phố hồ chí minh');
  });
});

describe('foldDiacritics and slug', () => {
  it('fold Vietnamese to ASCII, đ included', () => {
    expect(foldDiacritics('Nguyễn Văn Nên')).toBe('nguyen van nen');
    expect(foldDiacritics('Đinh Tiến Dũng')).toBe('dinh tien dung');
    expect(slug('Thành ủy TPHCM')).toBe('thanh-uy-thanh-pho-ho-chi-minh');
    expect(slug('Phan Van Mai')).toBe(slug('Phan Văn Mãi'));
  });
});
