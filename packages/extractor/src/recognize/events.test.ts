import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { read } from '../test/helpers.js';

describe('meetings', () => {
  it('reads "Đây là kỳ họp đầu tiên …" after a named sitting as said of that sitting, and as naming the meeting when none was named before', () => {
    const said = read(
      'Ngày 5/9, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk tổ chức Kỳ họp thứ 6. Đây là kỳ họp đầu tiên Ủy ban Kiểm tra Tỉnh ủy xem xét các vụ việc trước khi hợp nhất. Phát biểu tại kỳ họp, ông Lê Quang Minh đề nghị khắc phục vi phạm.',
    );
    expect(said.entities.filter((e) => e.startsWith('event:'))).toEqual(["event:Kỳ họp thứ 6, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk"]);
    const naming = read('Sáng 5/4, Chính phủ họp. Đây là phiên họp Chính phủ đầu tiên sau khi Chính phủ được kiện toàn.');
    expect(naming.entities).toContain('event:Phiên họp Chính phủ đầu tiên sau khi Chính phủ được kiện toàn');
  });

  it('gives one key to a congress however it is written', () => {
    const { extraction } = read('Đại hội XIII của Đảng thành công. Tinh thần Đại hội đại biểu toàn quốc lần thứ XIII của Đảng lan tỏa.');
    const events = extraction.entities.filter((e) => e.type === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]!.aliases).toEqual(expect.arrayContaining(['Đại hội XIII của Đảng', 'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng']));
  });

  it('reads a provincial congress with its ordinal and tenure, and who opened it', () => {
    const { entity, relations } = read('Sáng 30/9, Đảng bộ tỉnh Bắc Ninh khai mạc Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025 - 2030.');
    const congress = entity('Đại hội Đảng bộ tỉnh Bắc Ninh lần thứ I');
    expect(congress?.aliases).toEqual(
      expect.arrayContaining(['Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ I', 'Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025 - 2030']),
    );
    expect(relations).toContain('Đảng bộ tỉnh Bắc Ninh -organized-> Đại hội Đảng bộ tỉnh Bắc Ninh lần thứ I');
  });

  it('reads a sitting numbered with a capitalized spelled-out ordinal ("Kỳ họp thứ Năm"), which after "thứ" is no weekday', () => {
    const { entity } = read('Ngày 11/12, HĐND tỉnh Quảng Ngãi tổ chức Kỳ họp thứ Năm (kỳ họp chuyên đề). Ảnh: Kỳ họp thứ Năm HĐND tỉnh Quảng Ngãi khóa XIII.');
    expect(entity('Kỳ họp thứ Năm, HĐND tỉnh Quảng Ngãi khóa XIII')?.aliases).toContain('Kỳ họp thứ Năm HĐND tỉnh Quảng Ngãi khóa XIII');
  });

  it('names a signing conference by the document it signs and the period ("Hội nghị ký kết Quy chế phối hợp … giai đoạn 2025 - 2030")', () => {
    const { relations } = read(
      'Sáng 22/10, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức Hội nghị ký kết Quy chế phối hợp công tác giai đoạn 2025 - 2030. Đồng chí Nông Văn Tú phát biểu tại hội nghị.',
    );
    expect(relations).toContain('Nông Văn Tú -spoke_at-> Hội nghị ký kết Quy chế phối hợp công tác giai đoạn 2025 - 2030');
  });

  it('takes "hội nghị" for the conference reported, not the plenum whose resolution it studies, named again as background', () => {
    const { relations } = read(
      'Sáng 24/4, Ban Thường vụ Tỉnh ủy Phú Thọ tổ chức Hội nghị trực tuyến học tập, quán triệt Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII. Hội nghị Trung ương 11 khóa XIII diễn ra từ ngày 10 đến 12/4/2025. Tại hội nghị, đồng chí Hà Thị Minh Nguyệt, Phó Bí thư Thường trực Tỉnh ủy đã truyền đạt nội dung Nghị quyết.',
    );
    const spoke = relations.filter((r) => r.startsWith('Hà Thị Minh Nguyệt -spoke_at->'));
    expect(spoke).toHaveLength(1);
    expect(spoke[0]).toContain('-spoke_at-> Hội nghị trực tuyến học tập, quán triệt');
  });

  it('does not take the congress delegates are elected to for the bare "đại hội" reported', () => {
    const { relations } = read(
      'Sáng 16/10, Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XIX bế mạc. Đại hội đã bầu 9 đại biểu chính thức dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Phát biểu bế mạc đại hội, đồng chí Nông Thanh Tùng cảm ơn các đại biểu.',
    );
    expect(relations.filter((r) => r.includes('-spoke_at->'))).toEqual(['Nông Thanh Tùng -spoke_at-> Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX']);
  });

  it('names a personnel announcement by all the bodies deciding, and what it is about as another name', () => {
    const { entity } = read('Sáng 12/11, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức Hội nghị công bố quyết định của Bộ Chính trị, Ban Bí thư về công tác cán bộ.');
    expect(entity('Hội nghị công bố quyết định của Bộ Chính trị, Ban Bí thư')?.aliases).toContain('Hội nghị công bố quyết định của Bộ Chính trị, Ban Bí thư về công tác cán bộ');
  });

  it('keeps the meeting an article opens on as the one reported when another is only named, not held', () => {
    const { relations } = read(
      'Sáng 12/11, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức Hội nghị công bố quyết định của Bộ Chính trị. Tại Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, đồng chí Hoàng Minh Khôi được bầu vào Ban Chấp hành Trung ương Đảng. Phát biểu nhận nhiệm vụ, đồng chí Hoàng Minh Khôi cảm ơn Bộ Chính trị.',
    );
    expect(relations.filter((r) => r.includes('-spoke_at->'))).toEqual(['Hoàng Minh Khôi -spoke_at-> Hội nghị công bố quyết định của Bộ Chính trị']);
  });

  it('does not take a congress being prepared, nor congresses "at every level", for a meeting reported', () => {
    const { relations } = read(
      'Ngày 12/11, Tỉnh ủy Tuyên Quang tổ chức Hội nghị công bố quyết định của Ban Bí thư. Đồng chí Hà Trung Kiên đề nghị chuẩn bị thật tốt Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII. Phát biểu nhận nhiệm vụ, đồng chí Hoàng Minh Khôi cảm ơn Bộ Chính trị. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 158-KH/TU về tổ chức đại hội đảng bộ các cấp.',
    );
    const meeting = 'Hội nghị công bố quyết định của Ban Bí thư';
    expect(relations.filter((r) => r.includes('-spoke_at->') || r.includes('-organized->')).sort()).toEqual([
      `Hoàng Minh Khôi -spoke_at-> ${meeting}`,
      `Hà Trung Kiên -spoke_at-> ${meeting}`,
      `Tỉnh ủy Tuyên Quang -organized-> ${meeting}`,
    ]);
  });

  it('reads a body\'s congress named by its term when it has no number', () => {
    const { entity } = read('Đại hội đại biểu Đảng bộ Công an tỉnh Hòa Bình nhiệm kỳ 2020 - 2025 diễn ra ngày 12/6.');
    expect(entity('Đại hội Đảng bộ Công an tỉnh Hòa Bình nhiệm kỳ 2020 - 2025')?.key).toBe('ev:dai-hoi-nk-2020-2025-dang-bo-cong-an-tinh-hoa-binh');
  });

  it('names a review of two fields joined by a comma up to its year ("tổng kết công tác quốc phòng, quân sự địa phương năm 2023")', () => {
    const { entities } = read('Sáng 21/12, UBND tỉnh Trà Vinh tổ chức Hội nghị tổng kết công tác quốc phòng, quân sự địa phương năm 2023.');
    expect(entities).toContain('event:Hội nghị tổng kết công tác quốc phòng, quân sự địa phương năm 2023');
  });

  it('reads plenums of the Central Committee and of a local executive committee', () => {
    const { entities } = read(
      'Hội nghị Trung ương 5 (khóa XIII) đã ban hành nghị quyết. Đảng ủy Khối Dân - Chính - Đảng TPHCM tổ chức hội nghị lần thứ 9 Ban chấp hành Đảng bộ Khối Dân - Chính – Đảng TPHCM khoá III, nhiệm kỳ 2020-2025.',
    );
    expect(entities).toContain('event:Hội nghị Trung ương 5 khóa XIII');
    expect(entities.some((e) => e.startsWith('event:Hội nghị lần thứ 9 Ban chấp hành Đảng bộ Khối'))).toBe(true);
  });

  it('delimits a named conference and resolves a bare "hội nghị" to it', () => {
    const { entities, relations } = read(
      'Chiều 1/3, Thành ủy TPHCM đã tổ chức Hội nghị Tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X về đổi mới. Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu chỉ đạo hội nghị.',
    );
    expect(entities).toContain('event:Hội nghị Tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X');
    expect(relations).toContain('Thành ủy TPHCM -organized-> Hội nghị Tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X');
    expect(relations).toContain('Nguyễn Văn Nên -spoke_at-> Hội nghị Tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X');
  });

  it('does not refer a bare "hội nghị" to the meeting that issued a document', () => {
    const { relations } = read(
      'Sáng 15/3, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII. Bí thư Tỉnh ủy Vũ Đại Thắng chủ trì hội nghị.',
    );
    expect(relations.filter((r) => r.includes('-chaired->'))).toEqual(['Vũ Đại Thắng -chaired-> Hội nghị quán triệt Nghị quyết số 18-NQ/TW']);
  });

  it('names a conference after a resolution named by its meeting, and keeps that meeting and the resolution', () => {
    const { entities, relations } = read(
      'Sáng 3/11, Thành ủy Cần Thơ tổ chức Hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII. Bí thư Thành ủy Đỗ Thanh Bình chủ trì hội nghị.',
    );
    const conference = 'Hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII';
    expect(entities).toContain(`event:${conference}`);
    expect(entities).toContain('event:Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII');
    expect(entities).toContain('document:Nghị quyết Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII');
    expect(relations).toContain(`Thành ủy Cần Thơ -organized-> ${conference}`);
    // The meeting inside the name is not the one the article reports.
    expect(relations.filter((r) => r.includes('-chaired->'))).toEqual([`Đỗ Thanh Bình -chaired-> ${conference}`]);
  });

  it('ends a conference named after a congress\'s resolution before the congress\'s tenure', () => {
    const { entities } = read('Chiều 20/7, Quận ủy Tây Hồ tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ quận Tây Hồ lần thứ XXVII, nhiệm kỳ 2020-2025.');
    expect(entities).toContain('event:Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ quận Tây Hồ lần thứ XXVII');
  });

  it('keeps a congress named inside another meeting\'s name as a meeting, not the one reported', () => {
    const { entities, relations } = read(
      'Sáng 5/10, Tỉnh ủy Nghệ An tổ chức họp báo tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ 19. Đến dự có Phó Trưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Văn An.',
    );
    expect(entities).toContain('event:Đại hội Đảng bộ tỉnh Nghệ An lần thứ 19');
    expect(relations.filter((r) => r.includes('-attended->'))).toEqual(['Nguyễn Văn An -attended-> Họp báo tuyên truyền Đại hội Đảng bộ tỉnh Nghệ An lần thứ 19']);
  });

  it('reads a quarter\'s number and a whole activity in a meeting\'s name ("quý III", "Lễ công bố quyết định …")', () => {
    const { entities } = read('Tại Nghệ An, Tỉnh ủy tổ chức Hội nghị giao ban công tác Đảng quý III năm 2025. Chiều cùng ngày, Tỉnh ủy tổ chức Lễ công bố quyết định thành lập Đảng bộ UBND tỉnh.');
    expect(entities).toEqual(
      expect.arrayContaining(['event:Hội nghị giao ban công tác Đảng quý III năm 2025', 'event:Lễ công bố quyết định thành lập Đảng bộ UBND tỉnh Nghệ An']),
    );
  });

  it('does not make a meeting of every "hội nghị"', () => {
    expect(read('Các đại biểu dự hội nghị đều đồng tình.').entities.filter((e) => e.startsWith('event:'))).toEqual([]);
  });

  it('reads National Assembly sessions', () => {
    expect(read('Tại Kỳ họp thứ 11, Quốc hội khóa XIV đã bầu Thủ tướng.').entities).toContain('event:Kỳ họp thứ 11, Quốc hội khóa XIV');
  });
});

describe('meeting dates', () => {
  it('dates a meeting from the time that opens its sentence, with the article year', () => {
    const x = extract({ id: 'd', lang: 'vi', date: '2025-10-01', text: 'Sáng 30/9, Đảng bộ tỉnh Bắc Ninh khai mạc Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ I.' });
    expect(x.entities.find((e) => e.type === 'event')?.date).toBe('2025-09-30');
  });

  it('does not date a meeting named only as a topic or inside a document', () => {
    const x = extract({
      id: 'd',
      lang: 'vi',
      text: 'Chiều ngày 18-11-2015, Ban Tuyên giáo Tỉnh ủy Long An tổ chức hội nghị báo cáo viên Tỉnh ủy thông tin về kết quả Đại hội Đại biểu Đảng bộ tỉnh Long An lần thứ X. Ngày 15/4/2021, Chính phủ thảo luận Nghị quyết Đại hội Đảng XIII.',
    });
    const dates = Object.fromEntries(x.entities.filter((e) => e.type === 'event').map((e) => [e.label, e.date]));
    expect(dates).toEqual({
      'Hội nghị báo cáo viên Tỉnh ủy Long An': '2015-11-18',
      'Đại hội Đảng bộ tỉnh Long An lần thứ X': undefined,
      'Đại hội XIII của Đảng': undefined,
    });
  });
});

describe('sittings', () => {
  it('reads numbered sittings of assemblies, councils and standing committees, spelled-out ordinals included', () => {
    const { entities } = read(
      'Kỳ họp thứ 20 HĐND tỉnh Nghệ An khóa XVIII bế mạc. Phiên họp thứ nhất của Ủy ban Thường vụ Quốc hội khai mạc. Tại phiên họp thứ hai, Ban Chấp hành Đảng bộ tỉnh bầu Ban Thường vụ.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([
      'event:Kỳ họp thứ 20, HĐND tỉnh Nghệ An khóa XVIII',
      'event:Phiên họp thứ nhất, Ủy ban Thường vụ Quốc hội',
    ]);
  });

  it('reads a sitting the sentence names after the body that holds it, and who chaired it', () => {
    const { entities, relations } = read(
      'Chiều 10/12, HĐND tỉnh Đồng Nai khóa X khai mạc Kỳ họp thứ 5. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Vũ Hồng Văn chủ trì kỳ họp.',
    );
    expect(entities).toContain('event:Kỳ họp thứ 5, HĐND tỉnh Đồng Nai khóa X');
    expect(relations).toEqual(
      expect.arrayContaining([
        'HĐND tỉnh Đồng Nai -organized-> Kỳ họp thứ 5, HĐND tỉnh Đồng Nai khóa X',
        'Vũ Hồng Văn -chaired-> Kỳ họp thứ 5, HĐND tỉnh Đồng Nai khóa X',
      ]),
    );
  });

  it('reads "Tại kỳ họp thứ N, <body> …" as the sitting of a body that holds kỳ họp, not of any subject', () => {
    const { entities } = read(
      'Chiều 20/11, tại kỳ họp thứ 41, Ủy ban Kiểm tra Tỉnh ủy Gia Lai đã xem xét, thi hành kỷ luật. Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual(['event:Kỳ họp thứ 41, Ủy ban Kiểm tra Tỉnh ủy Gia Lai']);
  });

  it('reads "tại Kỳ họp thứ N" after a body that holds kỳ họp as its sitting, not after one that reports to it', () => {
    expect(read('Chiều 8/8, HĐND tỉnh Nghệ An tổ chức phiên chất vấn tại Kỳ họp thứ 22.').entities).toContain('event:Kỳ họp thứ 22, HĐND tỉnh Nghệ An');
    expect(read('Tại Nghệ An, UBND tỉnh trình tại Kỳ họp thứ 22.').entities.filter((e) => e.startsWith('event:'))).toEqual([]);
  });

  it('reads a congress the body named before holds, with its province after a comma', () => {
    const { relations } = read('Ngày 15/7, Đảng bộ xã Tân Phú, tỉnh Đồng Nai long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.');
    expect(relations).toContain('Đảng bộ xã Tân Phú -organized-> Đại hội Đảng bộ xã Tân Phú lần thứ I');
  });

  it('reads a sitting named after the body with its term and tenure ("HĐND tỉnh … khóa XIII, nhiệm kỳ 2021-2026 khai mạc …")', () => {
    const { relations } = read('Sáng 8/12, HĐND tỉnh Quảng Ngãi khóa XIII, nhiệm kỳ 2021-2026 khai mạc Kỳ họp thứ 28. Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân chủ trì kỳ họp.');
    expect(relations).toEqual(
      expect.arrayContaining([
        'HĐND tỉnh Quảng Ngãi -organized-> Kỳ họp thứ 28, HĐND tỉnh Quảng Ngãi khóa XIII',
        'Bùi Thị Quỳnh Vân -chaired-> Kỳ họp thứ 28, HĐND tỉnh Quảng Ngãi khóa XIII',
      ]),
    );
  });

  it('reads congresses of the Front and the mass organizations, not as the Party\'s', () => {
    const { entities, relations } = read(
      'Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An lần thứ XVI, nhiệm kỳ 2024 - 2029. ' +
        'Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Nghệ An lần thứ XVIII khai mạc. Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X bế mạc. ' +
        'Đại hội đại biểu Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An lần thứ XIX thành công.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([
      'event:Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An lần thứ XVI',
      'event:Đại hội Hội Liên hiệp Phụ nữ tỉnh Nghệ An lần thứ XVIII',
      'event:Đại hội Mặt trận Tổ quốc Việt Nam lần thứ X',
      'event:Đại hội Đoàn Thanh niên tỉnh Nghệ An lần thứ XIX',
    ]);
    expect(relations).toContain('Ủy ban MTTQ Việt Nam tỉnh Nghệ An -organized-> Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An lần thứ XVI');
  });

  it('reads a sitting with a note before its body ("Kỳ họp thứ 24 (kỳ họp bất thường), HĐND tỉnh …")', () => {
    const { entities } = read('Chiều 10/1, tại Kỳ họp thứ 24 (kỳ họp bất thường), HĐND tỉnh Thanh Hóa khóa XVIII đã bầu Chủ tịch UBND tỉnh.');
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual(['event:Kỳ họp thứ 24, HĐND tỉnh Thanh Hóa khóa XVIII']);
  });

  it('keys a meeting named by what it does to the article\'s place, unless it is nationwide', () => {
    const { extraction } = read('Tỉnh ủy Gia Lai tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW. Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 66-NQ/TW.');
    expect(extraction.entities.filter((e) => e.type === 'event').map((e) => e.key)).toEqual([
      'ev:hoi-nghi-quan-triet-nghi-quyet-57-nq/tw@gia-lai',
      'ev:hoi-nghi-toan-quoc-quan-triet-nghi-quyet-66-nq/tw',
    ]);
  });

  it('reads a meeting named by its month ("phiên họp thường kỳ tháng 11/2025") and who chaired it', () => {
    const { relations } = read(
      'Ngày 22/11, UBND tỉnh Nghệ An tổ chức phiên họp thường kỳ tháng 11/2025 để xem xét nhiều nội dung. Đồng chí Lê Hồng Vinh, Chủ tịch UBND tỉnh chủ trì phiên họp.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'UBND tỉnh Nghệ An -organized-> Phiên họp thường kỳ tháng 11/2025',
        'Lê Hồng Vinh -chaired-> Phiên họp thường kỳ tháng 11/2025',
      ]),
    );
  });

  it('reads a meeting named by its number ("Hội nghị hiệp thương lần thứ ba")', () => {
    const { relations } = read(
      'Sáng 20/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức Hội nghị hiệp thương lần thứ ba để lựa chọn người ứng cử. Đồng chí Võ Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.',
    );
    expect(relations).toContain('Võ Văn Minh -chaired-> Hội nghị hiệp thương lần thứ ba');
  });

  it('reads a congress whose body is named before it ("Đảng bộ X tổ chức Đại hội đại biểu lần thứ I"), and the party organization of a body with its place', () => {
    const { entities, relations } = read(
      'Ngày 5/5, Đảng bộ Công an tỉnh Hải Dương tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2025-2030. Ngày 7/5, Đảng bộ phường Hải Châu (Đà Nẵng) long trọng khai mạc Đại hội đại biểu lần thứ I.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual(['event:Đại hội Đảng bộ Công an tỉnh Hải Dương lần thứ XXIII', 'event:Đại hội Đảng bộ phường Hải Châu lần thứ I']);
    expect(relations).toEqual(
      expect.arrayContaining([
        'Đảng bộ Công an tỉnh Hải Dương -organized-> Đại hội Đảng bộ Công an tỉnh Hải Dương lần thứ XXIII',
        'Đảng bộ phường Hải Châu -organized-> Đại hội Đảng bộ phường Hải Châu lần thứ I',
      ]),
    );
  });

  it('reads an anniversary ceremony with the capitalized name of what it commemorates', () => {
    const { entities, relations } = read(
      'Sáng 14/10, Ban Tổ chức Tỉnh ủy Thái Nguyên tổ chức Lễ kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng (14/10/1930 - 14/10/2025). Đồng chí Trịnh Việt Hùng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.',
    );
    expect(entities).toContain('event:Lễ kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng');
    expect(relations).toContain('Trịnh Việt Hùng -attended-> Lễ kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng');
  });

  it('reads a sitting named once without its term and once with it as one meeting', () => {
    const { extraction } = read(
      'Hội nghị Ủy ban MTTQ Việt Nam tỉnh Bình Phước lần thứ 5 thành công. Ngày 12/11, Ủy ban MTTQ Việt Nam tỉnh Bình Phước tổ chức Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 5, khóa XI, nhiệm kỳ 2024-2029.',
    );
    expect(extraction.entities.filter((e) => e.type === 'event').map((e) => e.key)).toEqual(['ev:hoi-nghi-5-uy-ban-mat-tran-to-quoc-viet-nam-tinh-binh-phuoc-khoa-11']);
  });

  it('keys a meeting named after a national body to no province ("Phiên họp Chính phủ thường kỳ …")', () => {
    const { extraction } = read(
      'Sáng 5/11, Thủ tướng chủ trì Phiên họp Chính phủ thường kỳ tháng 10 năm 2025 và Hội nghị trực tuyến Chính phủ với các địa phương. Tại điểm cầu tỉnh Quảng Ngãi, Chủ tịch UBND tỉnh Quảng Ngãi dự.',
    );
    expect(extraction.entities.filter((e) => e.type === 'event').map((e) => e.key)).toEqual([
      'ev:phien-hop-chinh-phu-thuong-ky-thang-10-nam-2025',
      'ev:hoi-nghi-truc-tuyen-chinh-phu-voi-cac-dia-phuong',
    ]);
  });

  it('names a first meeting with what it came after ("… đầu tiên sau khi Chính phủ được kiện toàn"), up to a place', () => {
    const { relations } = read('Đây là phiên họp Chính phủ đầu tiên sau khi Chính phủ được kiện toàn tại Kỳ họp thứ 11, Quốc hội khóa XIV. Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ.');
    expect(relations).toContain('Phạm Minh Chính -chaired-> Phiên họp Chính phủ đầu tiên sau khi Chính phủ được kiện toàn');
  });

  it('names a national body\'s conference with those it meets ("Hội nghị Chính phủ với các địa phương")', () => {
    const { relations } = read('Sáng 3/1, Thủ tướng Phạm Minh Chính chủ trì Hội nghị Chính phủ với các địa phương và tổng kết năm 2024.');
    expect(relations).toEqual(['Phạm Minh Chính -chaired-> Hội nghị Chính phủ với các địa phương']);
    // Any body's activity with them, to its year.
    const dialogue = read('Sáng 25/11, UBND tỉnh Nghệ An tổ chức Hội nghị đối thoại với doanh nghiệp năm 2025. Chủ trì hội nghị có đồng chí Lê Hồng Vinh.').relations;
    expect(dialogue).toContain('Lê Hồng Vinh -chaired-> Hội nghị đối thoại với doanh nghiệp năm 2025');
  });

  it('does not make a body named in a person\'s title the organizer', () => {
    const { relations } = read(
      'Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII khai mạc. Ông Phan Việt Cường, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh trình bày diễn văn khai mạc Đại hội.',
    );
    expect(relations.filter((r) => r.includes('-organized->') && r.startsWith('Đoàn Đại biểu Quốc hội'))).toEqual([]);
  });

  it('reads bodies that organize a meeting together ("X phối hợp với Y tổ chức …", "X, Y tổ chức …")', () => {
    const { relations } = read(
      'Ngày 3/4, Văn phòng Trung ương Đảng phối hợp với Tỉnh ủy Quảng Ninh tổ chức Hội thảo khoa học "Đổi mới phương thức lãnh đạo của Đảng". Sáng 8/3, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 66-NQ/TW.',
    );
    const organized = relations.filter((r) => r.includes('-organized->')).map((r) => r.split(' -organized-> ')[0]);
    expect(organized).toEqual(['Tỉnh ủy Quảng Ninh', 'Văn phòng Trung ương Đảng', 'Ban Bí thư', 'Bộ Chính trị']);
    // "phối hợp" without "với".
    const without = read('Ban Tuyên giáo Thành ủy Đà Nẵng phối hợp Học viện Chính trị khu vực III tổ chức Hội thảo khoa học "Đảng bộ thành phố 95 năm".').relations;
    expect(without.filter((r) => r.includes('-organized->')).map((r) => r.split(' -organized-> ')[0])).toEqual(['Học viện Chính trị khu vực III', 'Ban Tuyên giáo Thành ủy Đà Nẵng']);
    // A body naming where the meeting is held is no partner.
    const atHouse = read('Sáng 10/11, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội khai mạc Phiên họp thứ 50.').relations;
    expect(atHouse.filter((r) => r.includes('-organized->'))).toEqual(['Ủy ban Thường vụ Quốc hội -organized-> Phiên họp thứ 50, Ủy ban Thường vụ Quốc hội']);
  });

  it('reads "<body> tiến hành <meeting>" and "<body> đã họp <meeting>" as the body organizing it', () => {
    const { relations } = read('Ngày 20/8, Ủy ban Thường vụ Quốc hội tiến hành Phiên họp thứ 48. Trong hai ngày 14 và 15/9, Ủy ban Kiểm tra Trung ương đã họp Kỳ họp thứ 45.');
    expect(relations).toContain('Ủy ban Thường vụ Quốc hội -organized-> Phiên họp thứ 48, Ủy ban Thường vụ Quốc hội');
    expect(relations).toContain('Ủy ban Kiểm tra Trung ương -organized-> Kỳ họp thứ 45, Ủy ban Kiểm tra Trung ương');
  });
});

describe('plenums named after the body that holds them', () => {
  it('reads "<body> họp Hội nghị lần thứ N" and who chaired it', () => {
    const { entities, relations } = read(
      'Ngày 20/11, Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ 11. Tổng Bí thư Tô Lâm chủ trì và phát biểu khai mạc hội nghị.',
    );
    expect(entities).toContain('event:Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII');
    expect(relations).toContain('Tô Lâm -chaired-> Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII');
    // The same plenum written the other way shares its key.
    const other = read('Hội nghị Trung ương 11 khóa XIII bế mạc.').extraction.entities.find((e) => e.type === 'event');
    for (const written of ['Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ 11.', 'Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII bế mạc.']) {
      expect(read(written).extraction.entities.find((e) => e.type === 'event')?.key).toBe(other?.key);
    }
  });
});

describe('meeting names through common capitalized nouns', () => {
  it('reads "hội nghị tổng kết công tác xây dựng Đảng năm 2024" whole', () => {
    const { entities, relations } = read('Ngày 10/1, Thành ủy Đà Nẵng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024. Dự hội nghị có đồng chí Nguyễn Văn Quảng.');
    expect(entities).toContain('event:Hội nghị tổng kết công tác xây dựng Đảng năm 2024');
    expect(relations).toContain('Nguyễn Văn Quảng -attended-> Hội nghị tổng kết công tác xây dựng Đảng năm 2024');
  });
});

describe('meeting names of two activities', () => {
  it('reads "tổng kết … năm 2024 và triển khai nhiệm vụ năm 2025" whole, with the first year as another name', () => {
    const { entity, relations } = read(
      'Sáng 15/12, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025 của ngành Tư pháp.',
    );
    const meeting = entity('Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025');
    expect(meeting?.aliases).toContain('Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2024');
    expect(relations).toContain('Phạm Minh Chính -chaired-> Hội nghị trực tuyến toàn quốc tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025');
  });

  it('goes on through "và" only after an activity', () => {
    const { entities } = read('Các đại biểu dự Hội nghị Kịp thời xây dựng và triển khai kế hoạch công tác dân vận.');
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([]);
  });
});

describe('meetings named by the documents they study', () => {
  it('name every document joined to the first, without dates, and keep who issued them in another name', () => {
    const { entity } = read(
      'Ban Thường vụ Tỉnh ủy Khánh Hòa tổ chức hội nghị quán triệt Kết luận số 126-KL/TW ngày 14/2/2025 và Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư.',
    );
    const meeting = entity('Hội nghị quán triệt Kết luận số 126-KL/TW và Kết luận số 127-KL/TW');
    expect(meeting?.aliases).toContain('hội nghị quán triệt Kết luận số 126-KL/TW và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư');
  });
});

describe('sittings numbered "thường kỳ lần thứ N"', () => {
  it('are the Nth sitting of the body holding them', () => {
    const { relations } = read('Ngày 5/12, Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh tổ chức kỳ họp thường kỳ lần thứ 4. Đồng chí Vũ Thị Thanh Nhàn chủ trì kỳ họp.');
    expect(relations).toContain('Vũ Thị Thanh Nhàn -chaired-> Kỳ họp thứ 4, Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh');
  });
});

describe('meetings named without their body', () => {
  it('are also named with the body the sentence says holds them', () => {
    const { entity } = read('Chiều 30/5, tại Đà Nẵng, UBND thành phố tổ chức phiên họp thường kỳ tháng 5/2025.');
    expect(entity('Phiên họp thường kỳ tháng 5/2025')?.aliases).toContain('Phiên họp thường kỳ tháng 5/2025 của UBND thành phố Đà Nẵng');
  });
});

describe('meetings named by a field\'s work, a personnel announcement or whom a decision is about', () => {
  it('go on through "công tác Công an", "về công tác cán bộ" and "đối với <body>"', () => {
    const { entities } = read(
      'Sáng 20/12, Công an tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác Công an năm 2025. Chiều 21/12, Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức hội nghị công bố các quyết định về công tác cán bộ. Ngày 22/12, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy Điện Biên tổ chức hội nghị công bố quyết định kiểm tra đối với Ban Thường vụ Đảng ủy xã Mường Phăng.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([
      'event:Hội nghị tổng kết công tác Công an năm 2025',
      'event:Hội nghị công bố các quyết định về công tác cán bộ',
      'event:Hội nghị công bố quyết định kiểm tra đối với Ban Thường vụ Đảng ủy xã Mường Phăng',
    ]);
    expect(entities).toContain('organization:Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy Điện Biên');
  });
});

describe('meetings announcing a decision', () => {
  it('are named with whose decision it is, and what it is about as another name', () => {
    const { entity, relations } = read('Sáng 5/9, Tỉnh ủy Gia Lai tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ.');
    const meeting = 'Hội nghị công bố quyết định của Ban Bí thư';
    expect(entity(meeting)?.aliases).toContain('hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ');
    expect(relations).toContain(`Tỉnh ủy Gia Lai -organized-> ${meeting}`);
  });

  it('are named by what the unnamed documents are about, listed kinds and all, up to the next clause', () => {
    const { entities, relations } = read(
      'Sáng 30/6, Tỉnh ủy, UBND tỉnh Quảng Trị tổ chức Hội nghị công bố nghị quyết, quyết định về sắp xếp đơn vị hành chính cấp xã, thành lập đảng bộ các xã. Chiều 1/7, Ban Thường vụ Tỉnh ủy Bình Phước tổ chức hội nghị công bố các quyết định về điều động cán bộ của Ban Thường vụ Tỉnh ủy.',
    );
    const merger = 'Hội nghị công bố nghị quyết, quyết định về sắp xếp đơn vị hành chính cấp xã';
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([`event:${merger}`, 'event:Hội nghị công bố các quyết định về điều động cán bộ']);
    expect(relations).toContain(`UBND tỉnh Quảng Trị -organized-> ${merger}`);
  });

  it('are named so when they hand the decisions over too, and when they adopt a draft report on a body', () => {
    const { entities } = read(
      'Chiều 20/8, UBND tỉnh Bình Dương tổ chức Hội nghị công bố, trao quyết định về công tác cán bộ đối với lãnh đạo một số sở, ngành. Chiều 10/12, Đoàn kiểm tra số 12 của Bộ Chính trị tổ chức hội nghị thông qua dự thảo báo cáo kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy Kon Tum.',
    );
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([
      'event:Hội nghị công bố, trao quyết định về công tác cán bộ',
      'event:Hội nghị thông qua dự thảo báo cáo kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy Kon Tum',
    ]);
  });
});

describe('meetings with voters', () => {
  it('are named with the voters\' place ("tiếp xúc cử tri đặc khu Vân Đồn"), before the session they come before', () => {
    const { entities } = read(
      'Chiều 10/10, Đoàn đại biểu Quốc hội tỉnh Quảng Ninh tổ chức hội nghị tiếp xúc cử tri đặc khu Vân Đồn trước Kỳ họp thứ 10, Quốc hội khóa XV. Sáng 11/10, Đoàn tổ chức hội nghị tiếp xúc cử tri huyện Tiên Yên năm 2025.',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['event:Hội nghị tiếp xúc cử tri đặc khu Vân Đồn trước Kỳ họp thứ 10, Quốc hội khóa XV', 'event:Hội nghị tiếp xúc cử tri huyện Tiên Yên năm 2025']),
    );
  });

  it('are named with the session they come before or after, who organized them and who attended', () => {
    const { entities, relations } = read(
      'Sáng 8/10, Đoàn ĐBQH tỉnh Gia Lai phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV. Tham dự hội nghị có ông Trương Văn Đạt, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh.',
    );
    const meeting = 'Hội nghị tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV';
    expect(entities).toContain(`event:${meeting}`);
    expect(relations).toEqual(
      expect.arrayContaining([
        `Đoàn Đại biểu Quốc hội tỉnh Gia Lai -organized-> ${meeting}`,
        `Ủy ban MTTQ Việt Nam tỉnh Gia Lai -organized-> ${meeting}`,
        `Trương Văn Đạt -attended-> ${meeting}`,
      ]),
    );
    expect(read('Đoàn ĐBQH tỉnh tổ chức hội nghị tiếp xúc cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV.').entities).toContain('event:Hội nghị tiếp xúc cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV');
  });
});

describe('"<body> họp phiên thứ N"', () => {
  it('is the body\'s Nth sitting, and who chaired it', () => {
    const { entities, relations } = read(
      'Ngày 5/9, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ 27 dưới sự chủ trì của Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo.',
    );
    expect(entities).toContain('event:Phiên họp thứ 27, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực');
    expect(relations).toContain('Tô Lâm -chaired-> Phiên họp thứ 27, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực');
  });

  it('is not read in a photo caption', () => {
    const { entities } = read('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM họp phiên thứ 6. Ảnh: VIỆT DŨNG\nBan Chỉ đạo đã ban hành quy chế.');
    expect(entities.filter((e) => e.startsWith('event:'))).toEqual([]);
  });
});

describe('congresses named by their members', () => {
  it('reads "Đại hội đại biểu Phụ nữ tỉnh lần thứ XI" as the congress of the body that holds it, with its place named', () => {
    const { entity, relations } = read(
      'Ngày 14/8, Đảng bộ xã Phú Lộc, tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I. Trước đó, Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng đã tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XI.',
    );
    expect(entity('Đại hội Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng lần thứ XI')?.aliases).toContain('Đại hội đại biểu Phụ nữ tỉnh Lâm Đồng lần thứ XI');
    expect(relations).toContain('Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng -organized-> Đại hội Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng lần thứ XI');
    expect(relations).not.toContain('Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng -organized-> Đại hội Đảng bộ xã Phú Lộc lần thứ I');
  });

  it('names "Đại hội đại biểu lần thứ I" in full after the body that holds it', () => {
    const { entity } = read('Ngày 14/8, Đảng bộ xã Phú Lộc, tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I.');
    expect(entity('Đại hội Đảng bộ xã Phú Lộc lần thứ I')?.aliases).toContain('Đại hội đại biểu Đảng bộ xã Phú Lộc lần thứ I');
  });
});
