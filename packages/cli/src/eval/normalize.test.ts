import { describe, expect, it } from 'vitest';
import { normalizeName } from '@vnkg/extractor';

describe('normalizeName (SCHEMA.md, rule 1)', () => {
  it.each([
    ['UBND TP.Đà Nẵng', 'Ủy ban nhân dân thành phố Đà Nẵng'],
    ['Nghị quyết số 15', 'Nghị quyết 15'],
    ['Uỷ ban Kiểm tra', 'Ủy ban Kiểm tra'],
    ['Hội nghị khoá X', 'Hội nghị khóa X'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Khối Dân-Chính-Đảng', 'Khối Dân – Chính — Đảng'],
    ['Thành ủy TPHCM', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['BCĐ phòng, chống tham nhũng', 'Ban Chỉ đạo phòng chống tham nhũng'],
    ['“Chính quyền đô thị”', 'Chính quyền đô thị'],
  ])('%s = %s', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ['quý', 'qúy'],
    ['Nghị quyết số ba', 'Nghị quyết ba'],
    ['thuỷ sản', 'thủy sản2'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });

  it('gives the expanded lower-case form', () => {
    expect(normalizeName('UBND TP.HCM')).toBe('ủy ban nhân dân thành phố hồ chí minh');
  });
});
