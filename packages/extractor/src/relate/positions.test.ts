import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

describe('holds_position', () => {
  it('reads stacked titles before a name', () => {
    const { relations } = read('Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.');
    expect(relations).toContain('Đinh Tiến Dũng -holds_position-> Bộ Chính trị [Ủy viên]');
    expect(relations).toContain('Đinh Tiến Dũng -holds_position-> Thành ủy Hà Nội [Bí thư]');
  });

  it('reads titles after a name, bare bodies resolved to the home city', () => {
    const { relations } = read(
      'Tại TPHCM, chủ trì có đồng chí Phan Văn Mãi, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy, Chủ tịch UBND TP.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Phan Văn Mãi -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]',
        'Phan Văn Mãi -holds_position-> Thành ủy TPHCM [Phó Bí thư Thường trực]',
        'Phan Văn Mãi -holds_position-> UBND TPHCM [Chủ tịch]',
      ]),
    );
  });

  it('reads titles fused with the body they head, and former posts', () => {
    const { relations } = read(
      'Trưởng Ban Tổ chức Thành ủy TPHCM Nguyễn Phước Lộc, GS.TS Phùng Hữu Phú, nguyên Phó Chủ tịch Thường trực Hội đồng Lý luận Trung ương, và ông Phạm Trọng Hoàng, Chánh văn phòng Tỉnh ủy Nghệ An.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Phước Lộc -holds_position-> Ban Tổ chức Thành ủy TPHCM [Trưởng Ban]',
        'Phùng Hữu Phú -holds_position-> Hội đồng Lý luận Trung ương [nguyên Phó Chủ tịch Thường trực]',
        'Phạm Trọng Hoàng -holds_position-> Văn phòng Tỉnh ủy Nghệ An [Chánh Văn phòng]',
      ]),
    );
  });

  it('reads the heads of inspectorates and the State Audit, whose title is fused with the body\'s name', () => {
    const { relations } = read(
      'Dự có Ủy viên Trung ương Đảng, Tổng Kiểm toán Nhà nước Ngô Văn Tuấn; Phó Tổng Thanh tra Chính phủ Lê Văn Hòa và ông Lê Hữu Tài, Chánh Thanh tra tỉnh Gia Lai.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Ngô Văn Tuấn -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]',
        'Ngô Văn Tuấn -holds_position-> Kiểm toán Nhà nước [Tổng Kiểm toán]',
        'Lê Văn Hòa -holds_position-> Thanh tra Chính phủ [Phó Tổng Thanh tra]',
        'Lê Hữu Tài -holds_position-> Thanh tra tỉnh Gia Lai [Chánh Thanh tra]',
      ]),
    );
  });

  it('reads "Phó Trưởng ban Thường trực <body>" as one title, "ban" in lower case', () => {
    const { entities, relations } = read('Đồng chí Quách Hữu Định, Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì.');
    const committee = 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực';
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual([`organization:${committee}`]);
    expect(relations).toContain(`Quách Hữu Định -holds_position-> ${committee} [Phó Trưởng ban Thường trực]`);
  });

  it('does not give a person the title of whom they act for ("thừa ủy quyền của Thủ tướng Chính phủ, …")', () => {
    const { relations } = read('Trình bày tờ trình, thừa ủy quyền của Thủ tướng Chính phủ, Thứ trưởng Bộ Công an, Trung tướng Nguyễn Khắc Duy cho biết.');
    expect(relations.filter((r) => r.includes('-holds_position->'))).toEqual(['Nguyễn Khắc Duy -holds_position-> Bộ Công an [Thứ trưởng]']);
  });

  it('reads the heads of a ministry\'s departments and of military commands', () => {
    const { relations } = read(
      'Tham dự có ông Mai Xuân Thành, Cục trưởng Cục Thuế; Vụ trưởng Vụ Tổ chức cán bộ Trần Quốc Phương; Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Thọ; Trung tướng Nguyễn Văn Hải, Tư lệnh Quân khu 3 và Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Mai Xuân Thành -holds_position-> Cục Thuế [Cục trưởng]',
        'Trần Quốc Phương -holds_position-> Vụ Tổ chức cán bộ [Vụ trưởng]',
        'Nguyễn Văn Thọ -holds_position-> Tổng cục Hải quan [Tổng cục trưởng]',
        'Nguyễn Văn Hải -holds_position-> Quân khu 3 [Tư lệnh]',
        'Lê Văn Hùng -holds_position-> Bộ Chỉ huy Quân sự tỉnh Gia Lai [Chỉ huy trưởng]',
      ]),
    );
  });

  it('reads "Thường trực Ban Bí thư" in a chain of titles as a post in the Secretariat, not an organ of it', () => {
    const { entities, relations } = read(
      'Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.',
    );
    expect(entities).not.toContain('organization:Thường trực Ban Bí thư');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Trần Cẩm Tú -holds_position-> Ban Bí thư [Thường trực]',
        'Trần Cẩm Tú -holds_position-> Ủy ban Kiểm tra Trung ương [Chủ nhiệm]',
      ]),
    );
  });

  it('reads titles before a name past the person\'s charge (", phụ trách <what>")', () => {
    const { relations } = read(
      'Ông Lê Văn A, Bí thư Đảng ủy Khối Dân - Chính - Đảng TPHCM dự. Báo cáo tại hội nghị, Phó Bí thư Thường trực Đảng ủy Khối, phụ trách Đảng bộ Khối Lê Thị Hồng Nga cho biết.',
    );
    expect(relations).toContain('Lê Thị Hồng Nga -holds_position-> Đảng ủy Khối Dân - Chính - Đảng TPHCM [Phó Bí thư Thường trực]');
  });

  it('leaves a title written right before the next name to that person', () => {
    const { relations } = read(
      'Dự đại hội có nguyên Chủ tịch nước Trương Tấn Sang, nguyên Chủ tịch Quốc hội Nguyễn Sinh Hùng, nguyên Thường trực Ban Bí thư Lê Hồng Anh.',
    );
    expect(relations).toContain('Nguyễn Sinh Hùng -holds_position-> Quốc hội [nguyên Chủ tịch]');
    expect(relations).toContain('Lê Hồng Anh -holds_position-> Ban Bí thư [nguyên Thường trực]');
    expect(relations.filter((r) => r.startsWith('Trương Tấn Sang') || r.startsWith('Nguyễn Sinh Hùng -holds_position-> Ban Bí thư'))).toEqual([]);
  });

  it('reads "được bầu giữ chức" and skips titles that name no body', () => {
    const { relations } = read('Tại Long An, đồng chí Phạm Văn Rạnh được bầu giữ chức vụ Bí thư Tỉnh ủy. Thủ tướng Phạm Minh Chính dự.');
    expect([...relations].sort()).toEqual(['Phạm Văn Rạnh -holds_position-> Tỉnh ủy Long An [Bí thư]', 'Tỉnh ủy Long An -located_in-> Long An']);
  });

  it('reads a post given after the titles a person holds ("A, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy")', () => {
    const { relations } = read(
      'Tại hội nghị, đồng chí Lê Minh Hải đã công bố Quyết định số 1845-QĐNS/TW của Ban Bí thư chuẩn y đồng chí Trần Văn Thức, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy Thanh Hóa nhiệm kỳ 2025-2030.',
    );
    expect(relations).toContain('Trần Văn Thức -holds_position-> Tỉnh ủy Thanh Hóa [Phó Bí thư]');
  });

  it('reads a post won in an election after the titles held ("…, trúng cử Phó Bí thư Tỉnh ủy")', () => {
    const { relations } = read('Đồng chí Phạm Văn Đời, Ủy viên Ban Thường vụ Tỉnh ủy Tiền Giang, Trưởng Ban Tổ chức Tỉnh ủy, trúng cử Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.');
    expect(relations).toContain('Phạm Văn Đời -holds_position-> Tỉnh ủy Tiền Giang [Phó Bí thư]');
  });

  it('reads the members elected into a body listed after it ("bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy …, gồm: …")', () => {
    const { relations } = read(
      'Hội nghị cũng bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy Tiền Giang khóa XI, gồm: đồng chí Lê Thị Kim Hoa, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đoàn Minh Tâm, Chánh Văn phòng Tỉnh ủy.',
    );
    expect(relations.filter((r) => r.includes('-> Ban Thường vụ'))).toEqual([
      'Lê Thị Kim Hoa -holds_position-> Ban Thường vụ Tỉnh ủy Tiền Giang [Ủy viên]',
      'Đoàn Minh Tâm -holds_position-> Ban Thường vụ Tỉnh ủy Tiền Giang [Ủy viên]',
    ]);
  });

  it('reads positions given to a list of people', () => {
    const { relations } = read(
      'Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: Bà Nguyễn Thị Hương (Phó Bí thư Thường trực), ông Vương Quốc Tuấn (Chủ tịch UBND tỉnh). Ngoài ra còn có 2 Phó Bí thư khác là Đặng Hồng Sỹ, Bùi Thắng. Đồng chí Đỗ Hữu Lâm và đồng chí Trần Văn Cần giữ chức vụ Phó Bí thư.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Thị Hương -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
        'Vương Quốc Tuấn -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
        'Vương Quốc Tuấn -holds_position-> UBND tỉnh Bắc Ninh [Chủ tịch]',
        'Đặng Hồng Sỹ -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
        'Bùi Thắng -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
        'Đỗ Hữu Lâm -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
        'Trần Văn Cần -holds_position-> Tỉnh ủy Bắc Ninh [Phó Bí thư]',
      ]),
    );
    expect(relations.filter((r) => r.endsWith('[Bí thư]'))).toEqual([]);
  });

  it('gives a post to every holder listed before "giữ chức", one of them named with a former post', () => {
    const { relations } = read(
      'Sáng 5/8, Tỉnh ủy Tuyên Quang công bố quyết định. Theo đó, các đồng chí Nguyễn Đình Khải, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Giang, Lê Thị Hằng và Ma Văn Đức giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.',
    );
    for (const name of ['Nguyễn Đình Khải', 'Lê Thị Hằng', 'Ma Văn Đức']) expect(relations).toContain(`${name} -holds_position-> Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang [Phó Chủ nhiệm]`);
    expect(relations).toContain('Nguyễn Đình Khải -holds_position-> Ủy ban Kiểm tra Tỉnh ủy Hà Giang [nguyên Chủ nhiệm]');
  });

  it('gives a plural title and its body to the names joined after it ("các Phó Chủ tịch HĐND tỉnh A và B"), not to a name with titles of its own', () => {
    const { relations } = read('Dự có các Phó Chủ tịch HĐND tỉnh Thanh Hóa Lê Văn Thuận và Phạm Thị Thanh Nga; các Phó Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn Tùng, Bí thư Huyện ủy Thọ Xuân Lê Văn Hải.');
    expect(relations.filter((r) => r.includes('[Phó Chủ tịch]')).sort()).toEqual(
      ['Lê Văn Thuận -holds_position-> HĐND tỉnh Thanh Hóa [Phó Chủ tịch]', 'Phạm Thị Thanh Nga -holds_position-> HĐND tỉnh Thanh Hóa [Phó Chủ tịch]', 'Nguyễn Văn Tùng -holds_position-> UBND tỉnh Thanh Hóa [Phó Chủ tịch]'].sort(),
    );
  });

  it('reads a plural title and its body before a colon as held by each name of the clause', () => {
    const { relations } = read('Tham dự phiên họp có các Phó Chủ tịch Quốc hội: Nguyễn Văn Định, Nguyễn Thị Thanh, Vũ Hồng Sơn; Bộ trưởng Bộ Tư pháp Lê Văn Ninh.');
    for (const name of ['Nguyễn Văn Định', 'Nguyễn Thị Thanh', 'Vũ Hồng Sơn']) expect(relations).toContain(`${name} -holds_position-> Quốc hội [Phó Chủ tịch]`);
    expect(relations).not.toContain('Lê Văn Ninh -holds_position-> Quốc hội [Phó Chủ tịch]');
    const officials = read('Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh Nghệ An: Nguyễn Văn Đệ, Bùi Thanh An; lãnh đạo các sở, ngành.').relations;
    for (const name of ['Nguyễn Văn Đệ', 'Bùi Thanh An']) expect(officials).toContain(`${name} -holds_position-> UBND tỉnh Nghệ An [Phó Chủ tịch]`);
  });

  it('reads holders followed by titles of their own as the first person of each clause', () => {
    const { relations } = read(
      'Dự phiên họp có các đồng chí Ủy viên Bộ Chính trị: Trần Cẩm Tú, Thường trực Ban Bí thư; đồng chí Lương Cường, Chủ tịch nước; Trần Thanh Mẫn, Chủ tịch Quốc hội; lãnh đạo các ban, bộ, ngành và ông Nguyễn Văn Hùng.',
    );
    for (const name of ['Trần Cẩm Tú', 'Lương Cường', 'Trần Thanh Mẫn']) expect(relations).toContain(`${name} -holds_position-> Bộ Chính trị [Ủy viên]`);
    expect(relations).not.toContain('Nguyễn Văn Hùng -holds_position-> Bộ Chính trị [Ủy viên]');
  });

  it('gives the post named after an appointing verb to the person after "đối với", and a post taken away as a former one', () => {
    const { relations } = read(
      'Thủ tướng Chính phủ ban hành Quyết định phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Thanh Hóa nhiệm kỳ 2021 - 2026 đối với bà Đầu Thanh Tùng. HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh Thanh Hóa đối với ông Đỗ Minh Tuấn.',
    );
    expect(relations).toContain('Đầu Thanh Tùng -holds_position-> UBND tỉnh Thanh Hóa [Phó Chủ tịch]');
    // Held until the sitting, as the gold writes former posts ("nguyên Chủ tịch").
    expect(relations.filter((r) => r.startsWith('Đỗ Minh Tuấn -holds_position->'))).toEqual(['Đỗ Minh Tuấn -holds_position-> UBND tỉnh Thanh Hóa [nguyên Chủ tịch]']);
  });

  it('reads a post taken up ("… để nhận nhiệm vụ Phó Trưởng Ban …") and a title fused with its body after "giữ chức"', () => {
    const { relations } = read(
      'Quyết định điều động đồng chí Hà Trung Kiên thôi giữ chức Bí thư Tỉnh ủy Tuyên Quang để nhận nhiệm vụ Phó Trưởng Ban Kinh tế Trung ương; Quyết định chỉ định đồng chí Ma Thị Thu Trang, Giám đốc Sở Nội vụ tỉnh Tuyên Quang, tham gia Ban Thường vụ Tỉnh ủy và giữ chức Trưởng Ban Tổ chức Tỉnh ủy.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Hà Trung Kiên -holds_position-> Ban Kinh tế Trung ương [Phó Trưởng Ban]', 'Ma Thị Thu Trang -holds_position-> Ban Tổ chức Tỉnh ủy Tuyên Quang [Trưởng Ban]']),
    );
    // Designated to join the standing board: a member of it. One leaving it ("thôi tham gia") is not.
    expect(relations).toContain('Ma Thị Thu Trang -holds_position-> Ban Thường vụ Tỉnh ủy Tuyên Quang [Ủy viên]');
    const leaving = read('Quyết định điều động đồng chí Hà Trung Kiên thôi tham gia Ban Thường vụ Tỉnh ủy Tuyên Quang.');
    expect(leaving.relations.filter((r) => r.includes('-holds_position->'))).toEqual([]);
  });

  it('reads a career ("đồng chí từng giữ các chức vụ A, B") as former posts of the person named before', () => {
    const { relations } = read(
      'Đồng chí Hoàng Minh Khôi sinh năm 1975. Trước khi được bổ nhiệm Thứ trưởng, đồng chí từng giữ các chức vụ Phó Chủ tịch UBND tỉnh Yên Bái, Phó Bí thư Tỉnh ủy Yên Bái. Ông Trần Văn Phong có nhiều năm công tác tại quận Ninh Kiều và từng giữ chức Bí thư Quận ủy Ninh Kiều.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Hoàng Minh Khôi -holds_position-> UBND tỉnh Yên Bái [nguyên Phó Chủ tịch]',
        'Hoàng Minh Khôi -holds_position-> Tỉnh ủy Yên Bái [nguyên Phó Bí thư]',
        'Trần Văn Phong -holds_position-> Quận ủy Ninh Kiều [nguyên Bí thư]',
      ]),
    );
    expect(relations.filter((r) => r.startsWith('Trần Văn Phong -holds_position->'))).toHaveLength(1);
  });

  it('reads "<body> do <person> … làm <title>" as the person heading the body', () => {
    const { relations } = read(
      'Tại Bắc Ninh, Ban Thường vụ Tỉnh ủy thành lập Ban Chỉ đạo tổng kết Nghị quyết 18 do đồng chí Nguyễn Anh Tuấn, Bí thư Tỉnh ủy làm Trưởng ban.',
    );
    expect(relations).toContain('Nguyễn Anh Tuấn -holds_position-> Ban Chỉ đạo tổng kết tỉnh Bắc Ninh [Trưởng ban]');
    expect(relations).toContain('Nguyễn Anh Tuấn -holds_position-> Tỉnh ủy Bắc Ninh [Bí thư]');
    // The bodies after "của" own the delegation "do" heads; they are not what the person heads.
    const owned = read('Đoàn kiểm tra số 1715 của Bộ Chính trị, Ban Bí thư do đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương làm Trưởng đoàn đã làm việc.');
    expect(owned.relations.filter((r) => r.endsWith('[Trưởng đoàn]'))).toEqual([]);
  });

  it('reads "chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư" as a member of the standing committee too', () => {
    const { relations } = read(
      'Bộ Chính trị chỉ định đồng chí Trần Văn Lâm tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Lâm Đồng nhiệm kỳ 2025 - 2030.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Trần Văn Lâm -holds_position-> Tỉnh ủy Lâm Đồng [Bí thư]',
        'Trần Văn Lâm -holds_position-> Ban Thường vụ Tỉnh ủy Lâm Đồng [Ủy viên]',
        'Ban Thường vụ Tỉnh ủy Lâm Đồng -part_of-> Tỉnh ủy Lâm Đồng',
      ]),
    );
    // With someone else named before, the post goes to the person the appointing verb names.
    const handed = read(
      'Đồng chí Lê Minh Hưng đã trao Quyết định của Bộ Chính trị chỉ định đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy Thái Bình tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Nghệ An.',
    ).relations;
    expect(handed).toContain('Nguyễn Khắc Thận -holds_position-> Tỉnh ủy Nghệ An [Bí thư]');
    expect(handed.filter((r) => r.startsWith('Lê Minh Hưng -holds_position->'))).toEqual([]);
  });

  it('passes over a title that names no body and reads on', () => {
    const { relations } = read('Tại Thanh Hóa, đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu.');
    expect(relations).toContain('Nguyễn Văn An -holds_position-> Ban Tổ chức Tỉnh ủy Thanh Hóa [Trưởng Ban]');
  });

  it('passes over "Bí thư Đảng ủy" naming no body, after a name and before one', () => {
    const after = read('Đồng chí Phạm Thị Thanh Trà, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Nội vụ phát biểu khai mạc đại hội.');
    const before = read('Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà phát biểu.');
    for (const { relations } of [after, before]) {
      expect(relations).toEqual(
        expect.arrayContaining(['Phạm Thị Thanh Trà -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]', 'Phạm Thị Thanh Trà -holds_position-> Bộ Nội vụ [Bộ trưởng]']),
      );
    }
  });

  it('reads committee membership titles, titles that swallow a body\'s first words, and names right after a place', () => {
    const { relations } = read(
      'Tại Nghệ An, đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu và ông Trần Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ tỉnh Nghệ An dự họp. Bí thư Đảng ủy xã Quỳnh Thạch Lê Văn Bình phát biểu.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Văn Hùng -holds_position-> Tỉnh ủy Nghệ An [Ủy viên]',
        'Nguyễn Văn Hùng -holds_position-> Huyện ủy Quỳnh Lưu [Bí thư]',
        'Trần Minh -holds_position-> Ban Thường vụ Tỉnh ủy Nghệ An [Ủy viên]',
        'Trần Minh -holds_position-> Sở Nội vụ tỉnh Nghệ An [Giám đốc]',
        'Lê Văn Bình -holds_position-> Đảng ủy xã Quỳnh Thạch [Bí thư]',
      ]),
    );
    expect(read('Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bình Định phát biểu.').relations).toContain(
      'Hồ Quốc Dũng -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Bình Định [Trưởng Đoàn]',
    );
     // A deputy and the delegation written after the name.
    expect(read('Đại biểu Nguyễn Văn An (Đoàn ĐBQH tỉnh Quảng Nam) cho rằng cần sửa luật. Đại biểu Trần Thị Hoa - Đoàn ĐBQH tỉnh Cao Bằng đề nghị bổ sung.').relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Văn An -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Quảng Nam [Đại biểu]',
        'Trần Thị Hoa -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Cao Bằng [Đại biểu]',
      ]),
    );
    // A commune whose name starts like a person's ("Yên" is a family name too), a person's name after it.
    expect(read('Tặng hoa chúc mừng tân Chủ tịch UBND xã Yên Thành Đậu Văn Hiếu.').relations).toContain('Đậu Văn Hiếu -holds_position-> UBND xã Yên Thành [Chủ tịch]');
  });

  it('reads Central Highlands family names and the former Committee for Ethnic Affairs', () => {
    const { relations } = read('Phó Bí thư Tỉnh ủy Gia Lai Rơ Chăm Long dự. Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh phát biểu.');
    expect(relations).toEqual(
      expect.arrayContaining(['Rơ Chăm Long -holds_position-> Tỉnh ủy Gia Lai [Phó Bí thư]', 'Hầu A Lềnh -holds_position-> Ủy ban Dân tộc [Chủ nhiệm]']),
    );
  });

  it('reads the titles of the central bank\'s governor and the Youth Union\'s first secretary', () => {
    const { relations } = read('Thống đốc Ngân hàng Nhà nước Việt Nam Nguyễn Thị Hồng dự. Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy phát biểu.');
    expect(relations).toEqual(
      expect.arrayContaining(['Nguyễn Thị Hồng -holds_position-> Ngân hàng Nhà nước Việt Nam [Thống đốc]', 'Bùi Quang Huy -holds_position-> Trung ương Đoàn [Bí thư thứ nhất]']),
    );
  });

  it('reads titles before a name past its rank, academic title or honorific, and a comma ahead of it', () => {
    const { relations } = read(
      'Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang dự. Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, PGS.TS. Nguyễn Xuân Thắng phát biểu. Tại Nghệ An, Bí thư Tỉnh ủy, đồng chí Nguyễn Đức Trung cho biết.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Lương Tam Quang -holds_position-> Bộ Công an [Bộ trưởng]',
        'Nguyễn Xuân Thắng -holds_position-> Học viện Chính trị quốc gia Hồ Chí Minh [Giám đốc]',
        'Nguyễn Đức Trung -holds_position-> Tỉnh ủy Nghệ An [Bí thư]',
      ]),
    );
    // Past a comma, a title given to the person before is not the next one's.
    const listed = read('Tại Long An, đồng chí Nguyễn Ngọc Hùng được bầu giữ chức vụ Bí thư Tỉnh ủy, đồng chí Đỗ Hữu Lâm giữ chức vụ Phó Bí thư.').relations;
    expect(listed.filter((r) => r.startsWith('Đỗ Hữu Lâm'))).toEqual(['Đỗ Hữu Lâm -holds_position-> Tỉnh ủy Long An [Phó Bí thư]']);
  });

  it('reads a title whose body is followed by its larger place after a comma, and numbered districts', () => {
    const { relations } = read(
      'Tại TPHCM, Chủ tịch UBND phường Bến Nghé, Quận 1 Nguyễn Văn Hùng cho biết. Bí thư Đảng ủy phường Sài Gòn, TPHCM Trần Văn Nam phát biểu. Bí thư Quận ủy Quận 3 Lê Văn Bình dự.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Văn Hùng -holds_position-> UBND phường Bến Nghé [Chủ tịch]',
        'Trần Văn Nam -holds_position-> Đảng ủy phường Sài Gòn [Bí thư]',
        'Lê Văn Bình -holds_position-> Quận ủy quận 3 [Bí thư]',
      ]),
    );
  });

  it('reads a person elected into a committee as its member, in the active and the passive', () => {
    const active = read('Tại Hà Tĩnh, hội nghị đã bầu bổ sung đồng chí Nguyễn Duy Lâm, Phó Bí thư Tỉnh ủy vào Ban Thường vụ Tỉnh ủy.').relations;
    expect(active).toContain('Nguyễn Duy Lâm -holds_position-> Ban Thường vụ Tỉnh ủy Hà Tĩnh [Ủy viên]');
    const passive = read('Tại Nghệ An, đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh được bầu bổ sung vào Ban Chấp hành Đảng bộ tỉnh.').relations;
    expect(passive).toContain('Nguyễn Văn Đệ -holds_position-> Tỉnh ủy Nghệ An [Ủy viên]');
  });

  it('gives a title to everyone elected together', () => {
    const { relations } = read('Tại Gia Lai, các đồng chí Rah Lan Chung và Phạm Anh Tuấn được bầu làm Phó Bí thư Tỉnh ủy.');
    expect(relations).toContain('Rah Lan Chung -holds_position-> Tỉnh ủy Gia Lai [Phó Bí thư]');
    expect(relations).toContain('Phạm Anh Tuấn -holds_position-> Tỉnh ủy Gia Lai [Phó Bí thư]');
  });
});

describe('a bare seat on the standing board or the committee in a chain of titles', () => {
  it('is in the committee whose organ the next title heads, read forwards and backwards', () => {
    const { relations } = read(
      'Tại Gia Lai, đồng chí Phạm Thị Mai, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy phát biểu. Dự có Ủy viên Ban Thường vụ, Chánh Văn phòng Tỉnh ủy Nguyễn Văn An; đồng chí Trần Văn Cường, Ủy viên Ban Chấp hành, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Phạm Thị Mai -holds_position-> Ban Tổ chức Tỉnh ủy Gia Lai [Trưởng Ban]',
        'Phạm Thị Mai -holds_position-> Ban Thường vụ Tỉnh ủy Gia Lai [Ủy viên]',
        'Nguyễn Văn An -holds_position-> Ban Thường vụ Tỉnh ủy Gia Lai [Ủy viên]',
        'Trần Văn Cường -holds_position-> Ủy ban Kiểm tra Tỉnh ủy Gia Lai [Chủ nhiệm]',
        'Trần Văn Cường -holds_position-> Tỉnh ủy Gia Lai [Ủy viên]',
      ]),
    );
  });

  it('is not placed in a committee whose own post follows', () => {
    const { relations } = read('Tại Quảng Ninh, đồng chí Lê Thị Bình, Ủy viên Ban Thường vụ, Bí thư Huyện ủy Vân Đồn phát biểu.');
    expect(relations.filter((r) => r.includes('[Ủy viên]'))).toEqual([]);
    expect(relations).toContain('Lê Thị Bình -holds_position-> Huyện ủy Vân Đồn [Bí thư]');
  });
});
