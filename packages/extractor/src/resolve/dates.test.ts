import { describe, expect, it } from 'vitest';
import { findDate, isoDate } from './dates.js';

describe('dates', () => {
  it('reads the ways news writes a day', () => {
    expect(findDate('Sáng 30/9, tại Trung tâm Hội nghị tỉnh')).toEqual({ day: 30, month: 9 });
    expect(findDate('Ngày 12.10, Đại hội khai mạc')).toEqual({ day: 12, month: 10 });
    expect(findDate('Sáng 06/6/2024, Ban Thường vụ')).toEqual({ day: 6, month: 6, year: 2024 });
    expect(findDate('Thứ Tư, ngày 29 tháng 6 năm 2022')).toEqual({ day: 29, month: 6, year: 2022 });
    expect(findDate('11:30 18/04/2023')).toEqual({ day: 18, month: 4, year: 2023 });
  });

  it('does not take numbers or codes for dates', () => {
    expect(findDate('Nghị quyết 98/2023/QH15 và 1617/QĐ-TTg')).toBeUndefined();
    expect(findDate('tỷ lệ 30/9 đảng viên')).toBeUndefined();
  });

  it('needs a year, from the date or the article', () => {
    expect(isoDate({ day: 30, month: 9 }, 2025)).toBe('2025-09-30');
    expect(isoDate({ day: 30, month: 9 }, undefined)).toBeUndefined();
  });
});
