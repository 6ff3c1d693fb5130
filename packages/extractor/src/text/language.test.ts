import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells Vietnamese from English', () => {
    expect(detectLanguage('Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu chỉ đạo hội nghị của Thành ủy.')).toBe('vi');
    expect(detectLanguage('The Secretary of the Ho Chi Minh City Party Committee chaired the meeting on Monday.')).toBe('en');
  });

  it('keeps English that names Vietnamese people and places in full English', () => {
    const text =
      'The 10th National Congress of the Việt Nam Fatherland Front closed in Hà Nội on Friday. Đỗ Văn Chiến was re-elected as President of the Việt Nam Fatherland Front Central Committee, and Hà Thị Nga was elected as its Vice President and General Secretary. Trương Thị Mai and Nguyễn Văn Nên attended the closing session of the congress in Hà Nội.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('reads Vietnamese written without many diacritics by its function words', () => {
    expect(detectLanguage('Hội nghị của các đồng chí và những người được mời')).toBe('vi');
  });

  it('counts English function words in any case, as whole words only', () => {
    expect(detectLanguage('THE SECRETARY OF THE PARTY COMMITTEE AND THE CHAIRMAN')).toBe('en');
    // "other", "thesis", "within", "another", "at_once": the words are inside longer ones, so nothing tells English.
    expect(detectLanguage('Other thesis within another at_once')).toBe('vi');
  });
});
