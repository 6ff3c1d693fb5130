import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

describe('documents', () => {
  it('reads every code shape with its kind', () => {
    const { extraction } = read(
      'Thực hiện Nghị quyết 98/2023/QH15, Nghị quyết số 04-NQ/TU, Chương trình số 01-CTr/TU, Chỉ thị 45-CT/TW, Kết luận số 27-KL/TW, Quyết định 1617/QĐ-TTg, Nghị quyết số 128/NQ-CP và Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN.',
    );
    const docs = extraction.entities.filter((e) => e.type === 'document').map((e) => `${e.kind}:${e.label}`);
    expect(docs).toEqual([
      'resolution:Nghị quyết 98/2023/QH15',
      'resolution:Nghị quyết 04-NQ/TU',
      'programme:Chương trình 01-CTr/TU',
      'directive:Chỉ thị 45-CT/TW',
      'conclusion:Kết luận 27-KL/TW',
      'decision:Quyết định 1617/QĐ-TTg',
      'resolution:Nghị quyết 128/NQ-CP',
      // A joint resolution's code names each of its issuers.
      'resolution:Nghị quyết 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN',
    ]);
  });

  it('ends a law\'s name before where it is sent ("Luật Nhà giáo trình Quốc hội")', () => {
    const { extraction } = read('Dự án Luật Nhà giáo trình Quốc hội tại kỳ họp.');
    expect(extraction.entities.filter((e) => e.type === 'document').map((e) => e.label)).toEqual(['Luật Nhà giáo']);
  });

  it('merges a short reference with the full code in the same article', () => {
    const { extraction, entity } = read('Nghị quyết 98/2023/QH15 của Quốc hội có hiệu lực. Thành phố thực hiện Nghị quyết 98 quyết liệt.');
    expect(extraction.entities.filter((e) => e.type === 'document')).toHaveLength(1);
    expect(entity('Nghị quyết 98/2023/QH15')?.aliases).toEqual(expect.arrayContaining(['Nghị quyết 98', 'Nghị quyết 98/2023/QH15 của Quốc hội']));
  });

  it('gives the issuer from "của" or else from the code suffix', () => {
    const { relations } = read('Tỉnh ủy Nghệ An triển khai Nghị quyết 24 của Bộ Chính trị, Nghị quyết 98/2023/QH15, Nghị quyết số 05-NQ/TU và Nghị quyết số 128/NQ-CP.');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Bộ Chính trị -issued-> Nghị quyết 24 của Bộ Chính trị',
        'Quốc hội -issued-> Nghị quyết 98/2023/QH15',
        'Tỉnh ủy Nghệ An -issued-> Nghị quyết 05-NQ/TU',
        'Chính phủ -issued-> Nghị quyết 128/NQ-CP',
        'Tỉnh ủy Nghệ An -implements-> Nghị quyết 24 của Bộ Chính trị',
      ]),
    );
  });

  it('gives a party committee code the committee its sentence names, not the home\'s', () => {
    const { relations } = read(
      'Tại TP Cần Thơ, Thành ủy Cần Thơ tổ chức hội nghị. Bí thư Tỉnh ủy An Giang Lê Hồng Quang cho biết, tỉnh đã ban hành Chương trình hành động số 25-CTr/TU. Thành ủy Cần Thơ có Kế hoạch số 30-KH/TU.',
    );
    expect(relations).toContain('Tỉnh ủy An Giang -issued-> Chương trình hành động 25-CTr/TU');
    expect(relations).not.toContain('Thành ủy Cần Thơ -issued-> Chương trình hành động 25-CTr/TU');
    expect(relations).toContain('Thành ủy Cần Thơ -issued-> Kế hoạch 30-KH/TU');
  });

  it('gives a district committee code the district committee its sentence names', () => {
    const { relations } = read('Tại Thanh Hóa, Bí thư Huyện ủy Thọ Xuân Lê Văn Thành cho biết huyện đã hoàn thành Nghị quyết số 05-NQ/HU. Nghị quyết số 06-NQ/HU cũng được ban hành.');
    expect(relations).toContain('Huyện ủy Thọ Xuân -issued-> Nghị quyết 05-NQ/HU');
    expect(relations.filter((r) => r.includes('-issued-> Nghị quyết 06-NQ/HU'))).toEqual([]);
  });

  it('reads the issuer after a "ngày" whose date the page lost ("Kết luận số 01-KL/TW ngày của Bộ Chính trị")', () => {
    const { relations } = read('Tỉnh ủy thực hiện Kết luận số 01-KL/TW ngày của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.');
    expect(relations).toContain('Bộ Chính trị -issued-> Kết luận 01-KL/TW');
    expect(relations).not.toContain('Ban Chấp hành Trung ương Đảng -issued-> Kết luận 01-KL/TW');
  });

  it('gives documents listed before one with "của <issuer>" that issuer too', () => {
    const { relations } = read(
      'Tỉnh ủy Gia Lai quán triệt Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị. Tỉnh ủy thực hiện Quyết định 99/QĐ-TTg và Quyết định số 12/QĐ-UBND của UBND tỉnh Đồng Nai.',
    );
    expect(relations).toEqual(expect.arrayContaining(['Bộ Chính trị -issued-> Nghị quyết 66-NQ/TW', 'Bộ Chính trị -issued-> Nghị quyết 68-NQ/TW']));
    // Not the issuer the code implies (-NQ/TW: the Central Committee) when the text names one.
    expect(relations.filter((r) => r.startsWith('Ban Chấp hành Trung ương Đảng -issued->'))).toEqual([]);
    // A code that tells another issuer keeps it.
    expect(relations).toContain('Chính phủ -issued-> Quyết định 99/QĐ-TTg');
    expect(relations).not.toContain('UBND tỉnh Đồng Nai -issued-> Quyết định 99/QĐ-TTg');
  });

  it('reads more codes or numbers listed after a document\'s own as documents of its kind, sharing the issuer named last', () => {
    const { entities, relations } = read('Tỉnh ủy quán triệt các Nghị quyết số 57-NQ/TW, 59-NQ/TW, số 66-NQ/TW và 68-NQ/TW của Bộ Chính trị.');
    expect(entities.filter((e) => e.startsWith('document:'))).toEqual(['57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW'].map((c) => `document:Nghị quyết ${c}`));
    expect(relations.filter((r) => r.includes('-issued->'))).toEqual(['57-NQ/TW', '59-NQ/TW', '66-NQ/TW', '68-NQ/TW'].map((c) => `Bộ Chính trị -issued-> Nghị quyết ${c}`));
    const numbers = read('Tỉnh ủy triển khai Nghị quyết 57, 66 và 68 của Bộ Chính trị; Kế hoạch 12, 15 đơn vị đã thực hiện, đạt 100%.');
    expect(numbers.entities.filter((e) => e.startsWith('document:'))).toEqual([
      'document:Nghị quyết 57 của Bộ Chính trị',
      'document:Nghị quyết 66 của Bộ Chính trị',
      'document:Nghị quyết 68 của Bộ Chính trị',
      'document:Kế hoạch 12',
    ]);
  });

  it('gives documents listed after "các nghị quyết của <issuer>:" that issuer, through each one\'s topic', () => {
    const { relations } = read(
      'Đồng chí đề nghị thực hiện các nghị quyết của Bộ Chính trị: Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ và Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân; thực hiện Nghị quyết 11-NQ/TW.',
    );
    expect(relations.filter((r) => r.includes('-issued->'))).toEqual([
      'Bộ Chính trị -issued-> Nghị quyết 57-NQ/TW',
      'Bộ Chính trị -issued-> Nghị quyết 68-NQ/TW',
      // Not listed after the issuer: its code's.
      'Ban Chấp hành Trung ương Đảng -issued-> Nghị quyết 11-NQ/TW',
    ]);
  });

  it('gives a law listed before another document no issuer but the National Assembly', () => {
    const { relations } = read('Cử tri kiến nghị sửa đổi Luật Đất đai năm 2024 và Nghị định 151/2025/NĐ-CP của Chính phủ.');
    expect(relations).toContain('Chính phủ -issued-> Nghị định 151/2025/NĐ-CP');
    expect(relations.filter((r) => r.includes('-issued-> Luật'))).toEqual([]);
    expect(read('Quốc hội thông qua Luật Đất đai và Nghị quyết 98/2023/QH15 của Quốc hội.').relations).toContain('Quốc hội -issued-> Luật Đất đai');
  });

  it('reads plenum resolutions, congress resolutions and what a document is about', () => {
    const { entities, relations } = read(
      'Thực hiện Nghị quyết Trung ương 5 (khóa X) và Nghị quyết Đại hội XI của Đảng bộ TPHCM; Nghị quyết 31 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển TPHCM.',
    );
    expect(entities).toEqual(expect.arrayContaining(['document:Nghị quyết Trung ương 5 khóa X', 'document:Nghị quyết Đại hội Đảng bộ TPHCM lần thứ XI', 'event:Đại hội Đảng bộ TPHCM lần thứ XI']));
    expect(read('Thực hiện Nghị quyết Đại hội XI của Đảng bộ TPHCM.').entity('Nghị quyết Đại hội Đảng bộ TPHCM lần thứ XI')?.aliases).toContain(
      'Nghị quyết Đại hội XI của Đảng bộ TPHCM',
    );
    expect(relations).toContain('Nghị quyết 31 của Bộ Chính trị -concerns-> TPHCM');
    expect(relations).toContain('Đảng bộ TPHCM -issued-> Nghị quyết Đại hội Đảng bộ TPHCM lần thứ XI');
  });

  it('reads a law named by its subject with its amendment and year, one law with or without "năm"', () => {
    const { extraction, entities } = read('Luật Đất đai (sửa đổi) có hiệu lực. Luật Đất đai năm 2024 và Luật Đất đai 2024 là một.');
    expect(entities.filter((e) => e.startsWith('document:'))).toEqual(['document:Luật Đất đai (sửa đổi)', 'document:Luật Đất đai năm 2024']);
    expect(extraction.entities.find((e) => e.label === 'Luật Đất đai năm 2024')?.aliases).toContain('Luật Đất đai 2024');
  });

  it('merges a law named without its year with the article\'s one named with it', () => {
    const { extraction } = read('Luật Thủ đô năm 2024 có hiệu lực. Thành phố triển khai Luật Thủ đô.');
    expect(extraction.entities.filter((e) => e.type === 'document').map((e) => [e.label, e.aliases])).toEqual([['Luật Thủ đô năm 2024', ['Luật Thủ đô năm 2024', 'Luật Thủ đô']]]);
  });

  it('reads a law whose name joins two verbs with a comma ("Luật Phòng, chống tham nhũng"), not a list after a law', () => {
    const { entities } = read('Quốc hội cho ý kiến về Luật Phòng, chống tham nhũng (sửa đổi) và Luật Thi đua, khen thưởng. Luật Đất đai, nghị định hướng dẫn và Luật Nhà ở.');
    expect(entities.filter((e) => e.startsWith('document:'))).toEqual([
      'document:Luật Phòng, chống tham nhũng (sửa đổi)',
      'document:Luật Thi đua, khen thưởng',
      'document:Luật Đất đai',
      'document:Luật Nhà ở',
    ]);
    // A list of subjects ending on "và" is one name.
    expect(read('Bộ trình Quốc hội thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo.').entities).toContain('document:Luật Khoa học, công nghệ và đổi mới sáng tạo');
  });

  it('does not read quantities or lower-case words as documents', () => {
    const { entities } = read('Kết quả, đã thi hành kỷ luật 249 đảng viên; Chương trình 3 năm qua.');
    expect(entities.filter((e) => e.startsWith('document:'))).toEqual([]);
  });
});
