import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, with offsets into the text', () => {
    const text = 'Sáng 1/3, Thành ủy họp. Đồng chí A phát biểu!\nDòng mới không dấu chấm';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Sáng 1/3, Thành ủy họp.', 'Đồng chí A phát biểu!', 'Dòng mới không dấu chấm']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]!.paragraph).toBe(1);
  });

  it('splits after a Roman ordinal ending a sentence ("… lần thứ I. Khai mạc …"), not after an initial', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('Đảng bộ xã tổ chức Đại hội lần thứ I. Khai mạc đại hội, đồng chí A phát biểu.')).toEqual(['Đảng bộ xã tổ chức Đại hội lần thứ I.', 'Khai mạc đại hội, đồng chí A phát biểu.']);
    expect(texts('Hội nghị Ủy ban khóa X. Các đại biểu dự.')).toHaveLength(2);
    expect(texts('Ông Nguyễn V. Anh dự.')).toHaveLength(1);
  });

  it('does not split after abbreviations, initials or thousands separators', () => {
    const text = 'Hội trường ở TP. Huế có GS.TS. Phùng Hữu Phú và 156.000 đảng viên.';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('keeps a list item\'s number with its sentence, but splits after a number ending one', () => {
    const text = '2. Xem xét kết quả kiểm tra. Đã kết luận.\nb. Giải quyết đơn. Tỉnh có 12. Sau đó họp.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['2. Xem xét kết quả kiểm tra.', 'Đã kết luận.', 'b. Giải quyết đơn.', 'Tỉnh có 12.', 'Sau đó họp.']);
  });

  it('cuts a pathologically long line into bounded pieces', () => {
    const text = 'a, '.repeat(5000);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(2000);
  });
});
