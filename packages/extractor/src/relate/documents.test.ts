import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

describe('implements, issued and concerns', () => {
  it('reads the resolutions a council\'s sitting adopts, listed by what they do, as documents it issues, and one named again later as the same', () => {
    const { entities, relations } = read(
      [
        'Sáng 12/12, HĐND tỉnh Thanh Hóa khai mạc Kỳ họp thứ 32.',
        'Kết quả, Kỳ họp thứ 32, HĐND tỉnh Thanh Hóa khóa XVIII đã biểu quyết thông qua 9 nghị quyết, trong đó có: Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; Nghị quyết ban hành bảng giá đất lần đầu trên địa bàn tỉnh, thay thế Nghị quyết số 12/2024/NQ-HĐND.',
        'Chủ tịch HĐND tỉnh đề nghị các sở khẩn trương triển khai Nghị quyết ban hành bảng giá đất lần đầu trên địa bàn tỉnh.',
      ].join(' '),
    );
    const adopted = ['Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025', 'Nghị quyết ban hành bảng giá đất lần đầu trên địa bàn tỉnh'];
    expect(entities.filter((e) => e.startsWith('document:Nghị quyết ') && !/số|\d+\//u.test(e))).toEqual(adopted.map((d) => `document:${d}`));
    expect(relations.filter((r) => r.includes('-issued->') && adopted.some((d) => r.endsWith(d)))).toEqual(adopted.map((d) => `HĐND tỉnh Thanh Hóa -issued-> ${d}`));
    // Without the list, a resolution named by what it does is no document.
    expect(read('Đại biểu đề nghị Nghị quyết ban hành bảng giá đất cần rõ ràng hơn.').entities.filter((e) => e.startsWith('document:'))).toEqual([]);
  });

  it('names a programme by the numbered document it carries out, which its issuer implements and does not issue', () => {
    const { entities, relations } = read('Chính phủ đã ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị.');
    const plan = 'Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW';
    expect(entities).toContain(`document:${plan}`);
    expect(relations).toEqual(expect.arrayContaining([`Chính phủ -issued-> ${plan}`, 'Chính phủ -implements-> Nghị quyết 68-NQ/TW', 'Bộ Chính trị -issued-> Nghị quyết 68-NQ/TW']));
    expect(relations).not.toContain('Chính phủ -issued-> Nghị quyết 68-NQ/TW');
  });

  it('reads a body opening the main clause after "(Để) thực hiện <document> … ," as carrying it out, not an issuer listed', () => {
    const { relations } = read(
      'Thực hiện Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị về tiếp tục đổi mới, sắp xếp tổ chức bộ máy, Công an tỉnh Quảng Trị đã sắp xếp lại bộ máy. Để thực hiện Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 76/2025/UBTVQH15, Bộ Nội vụ đã hoàn thiện Đề án.',
    );
    expect(relations.filter((r) => r.includes('-implements->'))).toEqual([
      'Công an tỉnh Quảng Trị -implements-> Nghị quyết 22-NQ/TW',
      'Bộ Nội vụ -implements-> Kết luận 137-KL/TW',
      'Bộ Nội vụ -implements-> Nghị quyết 76/2025/UBTVQH15',
    ]);
  });

  it('shares the subject of a sentence across its semicolon clauses and with "Cùng với đó"', () => {
    const { relations } = read(
      'Đảng bộ quận Long Biên tập trung đổi mới phương thức lãnh đạo; triển khai Đề án số 05-ĐA/QU. Cùng với đó, ban hành Quyết định 1617 về thành lập tổ công tác.',
    );
    expect(relations).toContain('Đảng bộ quận Long Biên -implements-> Đề án 05-ĐA/QU');
    expect(relations).toContain('Đảng bộ quận Long Biên -issued-> Quyết định 1617');
  });

  it('gives the resolutions a sitting passes to the body whose sitting it is ("Kỳ họp cũng thông qua Nghị quyết …")', () => {
    const { relations } = read(
      'Sáng 5/7, HĐND xã Yên Thành tổ chức Kỳ họp thứ năm. Kỳ họp cũng thông qua Nghị quyết số 47/NQ-HĐND và Nghị quyết số 48/NQ-HĐND về kế hoạch đầu tư công.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['HĐND xã Yên Thành -issued-> Nghị quyết 47/NQ-HĐND', 'HĐND xã Yên Thành -issued-> Nghị quyết 48/NQ-HĐND']),
    );
  });

  it('reads institutionalizing a resolution ("thể chế hóa") as carrying it out', () => {
    const { relations } = read('Bộ Tài chính đã thể chế hóa chủ trương tại Nghị quyết số 68-NQ/TW của Bộ Chính trị.');
    expect(relations).toContain('Bộ Tài chính -implements-> Nghị quyết 68-NQ/TW');
    // Also after another verb of the subject: "đã rà soát, thể chế hóa …".
    expect(read('Bộ Xây dựng đã rà soát, thể chế hóa Nghị quyết số 06-NQ/TW.').relations).toContain('Bộ Xây dựng -implements-> Nghị quyết 06-NQ/TW');
  });

  it('gives a clause after a semicolon the subject of the clause before it', () => {
    const { relations } = read(
      'Báo cáo tại buổi làm việc, Bí thư Huyện ủy Bình Sơn Phạm Thị Tuyết cho biết, Ban Thường vụ Huyện ủy Bình Sơn đã ban hành 12 nghị quyết; triển khai thực hiện Kết luận số 126-KL/TW của Bộ Chính trị.',
    );
    expect(relations).toContain('Ban Thường vụ Huyện ủy Bình Sơn -implements-> Kết luận 126-KL/TW');
    expect(relations).not.toContain('Huyện ủy Bình Sơn -implements-> Kết luận 126-KL/TW');
  });

  it('gives the documents of a later clause with a subject of its own to that subject only', () => {
    const { relations } = read(
      'Ban Thường vụ Tỉnh ủy Thái Bình ban hành Kế hoạch số 210-KH/TU; Ban Thường vụ Thành ủy Cần Thơ ban hành Kế hoạch số 156-KH/TU. Ban Thường vụ Tỉnh ủy Nghệ An triển khai Nghị quyết 24 của Bộ Chính trị; Nghị quyết 31 của Bộ Chính trị.',
    );
    expect(relations.filter((r) => r.includes('-issued-> Kế hoạch')).sort()).toEqual([
      'Ban Thường vụ Thành ủy Cần Thơ -issued-> Kế hoạch 156-KH/TU',
      'Ban Thường vụ Tỉnh ủy Thái Bình -issued-> Kế hoạch 210-KH/TU',
    ]);
    // A clause that opens on a document is still the subject's list.
    expect(relations).toContain('Ban Thường vụ Tỉnh ủy Nghệ An -implements-> Nghị quyết 31 của Bộ Chính trị');
  });

  it('reads "thực hiện Nghị quyết này" as carrying out the resolution named last, not another kind', () => {
    const { relations } = read(
      'Quốc hội đã thông qua Nghị quyết số 55/2022/QH15 và Luật Đất đai. UBND tỉnh Khánh Hòa chịu trách nhiệm tổ chức thực hiện Nghị quyết này. Ban Thường vụ Tỉnh ủy Khánh Hòa ban hành kế hoạch triển khai nghị quyết nói trên.',
    );
    expect(relations.filter((r) => r.includes('-implements->'))).toEqual([
      'UBND tỉnh Khánh Hòa -implements-> Nghị quyết 55/2022/QH15',
      'Ban Thường vụ Tỉnh ủy Khánh Hòa -implements-> Nghị quyết 55/2022/QH15',
    ]);
  });

  it('reads a fronted "Thực hiện <document>, <body> …" and "thực hiện <document> tại <body>"', () => {
    const { relations } = read(
      'Thực hiện Chương trình số 01-CTr/TU, Ban Tổ chức Thành ủy Hà Nội đã khảo sát. Quá trình triển khai thực hiện Nghị quyết Trung ương 5 khóa X tại Đảng bộ TP có nhiều cách làm hay.',
    );
    expect(relations).toContain('Ban Tổ chức Thành ủy Hà Nội -implements-> Chương trình 01-CTr/TU');
    expect(relations).toContain('Đảng bộ thành phố Hà Nội -implements-> Nghị quyết Trung ương 5 khóa X');
  });

  it('links a steering committee to the document it carries out', () => {
    const { relations } = read('Ban chỉ đạo triển khai Nghị quyết 98/2023/QH15 của Quốc hội họp phiên thứ nhất tại TPHCM.');
    expect(relations).toContain('Ban Chỉ đạo triển khai Nghị quyết 98/2023/QH15 -implements-> Nghị quyết 98/2023/QH15');
  });

  it('reads what a document is about, up to the next document', () => {
    const { relations } = read('Nghị quyết 24 của Bộ Chính trị về phát triển vùng Đông Nam bộ; Nghị quyết 31 của Bộ Chính trị về phát triển TPHCM.');
    expect(relations).toContain('Nghị quyết 24 của Bộ Chính trị -concerns-> vùng Đông Nam bộ');
    expect(relations).not.toContain('Nghị quyết 24 của Bộ Chính trị -concerns-> TPHCM');
    expect(relations).toContain('Nghị quyết 31 của Bộ Chính trị -concerns-> TPHCM');
  });

  it('issues only the document a verb governs, not one named in its topic', () => {
    const { relations } = read('UBND tỉnh Thanh Hóa vừa ban hành Kế hoạch số 123/KH-UBND về triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
    expect(relations).toContain('UBND tỉnh Thanh Hóa -issued-> Kế hoạch 123/KH-UBND');
    expect(relations).not.toContain('UBND tỉnh Thanh Hóa -issued-> Nghị quyết 57-NQ/TW');
    expect(relations).toContain('UBND tỉnh Thanh Hóa -implements-> Nghị quyết 57-NQ/TW');
  });

  it('reads "Thay mặt <body>, <person> ký ban hành <document>" as the body issuing it, and dates no meeting in a document\'s topic', () => {
    const { relations, extraction } = read(
      'Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW. Ngày 15/1/2025, Ban Bí thư ban hành Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    );
    expect(relations).toContain('Bộ Chính trị -issued-> Nghị quyết 57-NQ/TW');
    expect(relations).not.toContain('Ban Chấp hành Trung ương Đảng -issued-> Nghị quyết 57-NQ/TW');
    expect(extraction.entities.find((e) => e.key === 'ev:dai-hoi-14-dang')?.date).toBeUndefined();
  });

  it('reads "theo chỉ đạo của <body> tại <document>" as the body issuing it', () => {
    const { relations } = read('Đại hội được tổ chức trang trọng, tiết kiệm theo chỉ đạo của Bộ Chính trị tại Chỉ thị 15.');
    expect(relations).toContain('Bộ Chính trị -issued-> Chỉ thị 15');
  });

  it('reads bodies named together as the issuer as issuing it jointly, not the subject of the next clause', () => {
    const joint = read('Theo Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư, các địa phương sắp xếp bộ máy.').relations;
    expect(joint.filter((r) => r.includes('-issued->')).sort()).toEqual(['Ban Bí thư -issued-> Kết luận 127-KL/TW', 'Bộ Chính trị -issued-> Kết luận 127-KL/TW']);
    const next = read('Tại Nghệ An, thực hiện Nghị quyết 57 của Bộ Chính trị, Chính phủ đã ban hành Nghị quyết 03/NQ-CP.').relations;
    expect(next).not.toContain('Chính phủ -issued-> Nghị quyết 57 của Bộ Chính trị');
  });

  it('reads "Ngày …, thay mặt <body>, <person> ký ban hành <document>" as the body issuing it', () => {
    const { relations } = read('Ngày 10/4, thay mặt Ban Thường vụ Thành ủy TPHCM, Phó Bí thư Thường trực Thành ủy Nguyễn Hồ Hải đã ký ban hành Chỉ thị số 19-CT/TU.');
    expect(relations.filter((r) => r.includes('-issued->'))).toEqual(['Ban Thường vụ Thành ủy TPHCM -issued-> Chỉ thị 19-CT/TU']);
  });

  it('does not issue a document named in the purpose of an unnamed one ("ban hành kế hoạch triển khai thực hiện Nghị quyết 57")', () => {
    const { relations } = read('Tại Hà Nội, Ban Thường vụ Quận ủy Tây Hồ đã ban hành kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW.');
    expect(relations.filter((r) => r.includes('-issued->') || r.includes('-implements->'))).toEqual([
      'Ban Thường vụ Quận ủy Tây Hồ -implements-> Nghị quyết 57-NQ/TW',
      'Ban Chấp hành Trung ương Đảng -issued-> Nghị quyết 57-NQ/TW',
    ]);
    // Both verbs on one document: issued and carried out.
    expect(read('Tại Hà Nội, Quận ủy Tây Hồ ban hành và triển khai Nghị quyết chuyên đề số 05-NQ/QU.').relations).toContain('Quận ủy Tây Hồ -issued-> Nghị quyết 05-NQ/QU');
  });

  it('reads "<document> của <body> (về) thực hiện <document>" as the body carrying out the second', () => {
    const { relations } = read('Hội nghị cho ý kiến vào Chương trình số 11-CTr/TU của Thành ủy Hà Nội về thực hiện Nghị quyết số 15-NQ/TW của Bộ Chính trị.');
    expect(relations).toEqual(expect.arrayContaining(['Thành ủy Hà Nội -issued-> Chương trình 11-CTr/TU', 'Thành ủy Hà Nội -implements-> Nghị quyết 15-NQ/TW']));
  });

  it('issues only the document a verb governs, not the one its purpose names', () => {
    const { relations } = read('UBND thành phố Đà Nẵng ban hành Kế hoạch số 45/KH-UBND triển khai thực hiện Nghị quyết số 136/2024/QH15 của Quốc hội.');
    expect(relations).toContain('UBND thành phố Đà Nẵng -issued-> Kế hoạch 45/KH-UBND');
    expect(relations).not.toContain('UBND thành phố Đà Nẵng -issued-> Nghị quyết 136/2024/QH15');
    expect(relations).toContain('UBND thành phố Đà Nẵng -implements-> Nghị quyết 136/2024/QH15');
  });

  it('reads an assembly passing a document as issuing it, but not "thông qua" as "through"', () => {
    expect(read('Quốc hội đã thông qua Luật Đất đai năm 2024.').relations).toContain('Quốc hội -issued-> Luật Đất đai năm 2024');
    const { relations } = read('Đảng bộ Khối các cơ quan thành phố Hà Nội cho biết: thông qua thực hiện Chương trình số 81-CTr/TU đã rút ra nhiều bài học.');
    expect(relations.filter((r) => r.startsWith('Đảng bộ') && r.includes('-issued->'))).toEqual([]);
  });

  it('does not take a body that advises others for the one carrying out, and a document concerns only the first place or body of its topic', () => {
    const { relations } = read(
      'Ban Dân vận Thành ủy TPHCM tham mưu Ban Thường vụ lãnh đạo các cấp ủy tập trung thực hiện Luật thực hiện dân chủ ở cơ sở. Thành ủy TPHCM ban hành Quyết định 1617 về thành lập Ban Chỉ đạo của Thành ủy về tổng kết 40 năm ở Việt Nam.',
    );
    expect(relations.filter((r) => r.startsWith('Ban Dân vận') && r.includes('-implements->'))).toEqual([]);
    expect(relations.filter((r) => r.startsWith('Quyết định 1617 -concerns->'))).toEqual(['Quyết định 1617 -concerns-> Ban Chỉ đạo của Thành ủy TPHCM']);
  });

  it('does not take a body reporting a finding ("X nhận thấy: Y đã …") for the one carrying out', () => {
    const { relations } = read(
      'Ủy ban Kiểm tra Trung ương nhận thấy: Ban Thường vụ Huyện ủy Krông Pắc, tỉnh Đắk Lắk đã vi phạm quy chế làm việc; thiếu trách nhiệm trong lãnh đạo, chỉ đạo thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.',
    );
    expect(relations.filter((r) => r.includes('-implements->'))).toEqual(['Ban Thường vụ Huyện ủy Krông Pắc -implements-> Chỉ thị 35-CT/TW']);
  });

  it('reads the body issuing a document after "buổi làm việc" ("làm việc" is work, not an activity named by "việc")', () => {
    const { relations } = read(
      'Đồng chí Thái Đại Ngọc, Bí thư Tỉnh ủy Gia Lai dự. Báo cáo tại buổi làm việc, Ban Thường vụ Tỉnh ủy cho biết đã ban hành Kế hoạch số 45-KH/TU để triển khai thực hiện Kết luận số 21-KL/TW.',
    );
    expect(relations).toContain('Ban Thường vụ Tỉnh ủy Gia Lai -issued-> Kế hoạch 45-KH/TU');
  });

  it('takes the body advised ("X tham mưu Ban Thường vụ Tỉnh ủy ban hành …") for the one issuing, not the adviser', () => {
    const { relations } = read('Ban Tổ chức Tỉnh ủy Quảng Trị đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 120-KH/TU.');
    expect(relations.filter((r) => r.includes('-issued->'))).toEqual(['Ban Thường vụ Tỉnh ủy Quảng Trị -issued-> Kế hoạch 120-KH/TU']);
  });

  it('does not take a body asked to act, nor one directing others given the task, for the one carrying out', () => {
    const asked = read('Chủ tịch HĐND TP Nguyễn Thị Lệ đề nghị Đảng ủy Khối Dân - Chính - Đảng TPHCM cần tập trung lãnh đạo triển khai thực hiện Kết luận số 21-KL/TW.');
    expect(asked.relations.filter((r) => r.includes('-implements->'))).toEqual([]);
    const others = read('Ban Thường vụ Thành ủy TPHCM đã chỉ đạo thực hiện giám sát các đơn vị được giao triển khai thực hiện Đề án 01 của Thành ủy TPHCM.');
    expect(others.relations.filter((r) => r.includes('-implements->'))).toEqual([]);
    // The body given the task carries it out.
    expect(read('UBND tỉnh Quảng Trị được giao xây dựng kế hoạch triển khai Nghị quyết số 12-NQ/TU.').relations).toContain('UBND tỉnh Quảng Trị -implements-> Nghị quyết 12-NQ/TU');
  });

  it('gives a document after another body acting in the clause that body, not the first verb\'s subject', () => {
    const { relations } = read('Tại Nghệ An, ngay sau khi Quốc hội thông qua Nghị quyết số 137/2024/QH15, UBND tỉnh đã ban hành Kế hoạch số 512/KH-UBND triển khai thực hiện.');
    expect(relations).toContain('UBND tỉnh Nghệ An -issued-> Kế hoạch 512/KH-UBND');
    expect(relations).not.toContain('Quốc hội -issued-> Kế hoạch 512/KH-UBND');
  });
});
