import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { read } from '../test/helpers.js';

describe('organizations', () => {
  it('resolves bare party committees to the article home place', () => {
    const { entities, relations } = read('Thành ủy Hà Nội họp. Sau đó, Ban Thường vụ Thành ủy đã ban hành kế hoạch; Thành ủy chỉ đạo.');
    expect(entities).toContain('organization:Thành ủy Hà Nội');
    expect(entities).toContain('organization:Ban Thường vụ Thành ủy Hà Nội');
    expect(relations).toContain('Ban Thường vụ Thành ủy Hà Nội -part_of-> Thành ủy Hà Nội');
    expect(relations).toContain('Thành ủy Hà Nội -located_in-> Hà Nội');
  });

  it('reads the committees of a People\'s Council, the ethnic affairs committee too', () => {
    const { relations } = read('Ông Đinh Văn Hiền, Trưởng Ban Dân tộc HĐND tỉnh Gia Lai và bà Lê Thị Hoa, Trưởng Ban Pháp chế HĐND tỉnh dự.');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Đinh Văn Hiền -holds_position-> Ban Dân tộc HĐND tỉnh Gia Lai [Trưởng Ban]',
        'Ban Dân tộc HĐND tỉnh Gia Lai -part_of-> HĐND tỉnh Gia Lai',
        'Lê Thị Hoa -holds_position-> Ban Pháp chế HĐND tỉnh Gia Lai [Trưởng Ban]',
      ]),
    );
  });

  it('reads the military and border guard commands of a province or district, and its military service council', () => {
    const { entities, relations } = read(
      'Đại tá Lê Văn An, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị dự. Hội đồng Nghĩa vụ quân sự tỉnh Trà Vinh họp. Đảng ủy Quân sự tỉnh Trà Vinh và Ban CHQS huyện Trà Cú báo cáo.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'organization:Hội đồng Nghĩa vụ quân sự tỉnh Trà Vinh',
        'organization:Đảng ủy Quân sự tỉnh Trà Vinh',
        'organization:Ban Chỉ huy Quân sự huyện Trà Cú',
      ]),
    );
    expect(relations).toContain('Lê Văn An -holds_position-> Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị [Chỉ huy trưởng]');
  });

  it('reads "Tỉnh ủy" against the home province even when a city is named more', () => {
    const text = 'Ban Thường vụ Thành ủy Huế họp. Thành ủy Huế triển khai các văn bản của Tỉnh ủy để đưa Thừa Thiên Huế lên thành phố.';
    expect(read(text).entities).toContain('organization:Tỉnh ủy Thừa Thiên Huế');
  });

  it('names local bodies with their admin word and keeps the written form', () => {
    const { entities, entity } = read('Chủ tịch UBND tỉnh Bắc Ninh và Chủ tịch HĐND tỉnh dự họp tại Bắc Ninh.');
    expect(entities).toContain('organization:UBND tỉnh Bắc Ninh');
    expect(entities).toContain('organization:HĐND tỉnh Bắc Ninh');
    expect(entity('UBND tỉnh Bắc Ninh')?.aliases).toContain('UBND tỉnh Bắc Ninh');
  });

  it('treats "Ban Chấp hành Đảng bộ X" as X’s party committee', () => {
    const { entity } = read('Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh Lâm Đồng gồm 71 thành viên.');
    expect(entity('Tỉnh ủy Lâm Đồng')?.aliases).toContain('Ban Chấp hành Đảng bộ tỉnh Lâm Đồng');
    // A commune's is its Đảng ủy, also when written bare.
    const commune = read('HĐND xã Yên Thành họp. Ban Chấp hành Đảng bộ xã đã ban hành Nghị quyết số 05-NQ/ĐU.');
    expect(commune.relations).toContain('Đảng ủy xã Yên Thành -issued-> Nghị quyết 05-NQ/ĐU');
  });

  it('reads district committees and places their district in the home city', () => {
    const { entities, relations } = read('Tại Hà Nội, Ban Thường vụ Huyện ủy Thanh Trì đã chỉ đạo xây dựng quy chế.');
    expect(entities).toContain('organization:Huyện ủy Thanh Trì');
    expect(entities).toContain('location:huyện Thanh Trì');
    expect(relations).toContain('Huyện ủy Thanh Trì -located_in-> huyện Thanh Trì');
    expect(relations).toContain('huyện Thanh Trì -located_in-> Hà Nội');
  });

  it('reads a department by its ministry\'s field, ending it there, and gives a bare one the home province', () => {
    const { entities, relations } = read(
      'Tại Hà Tĩnh, ông Trần Báu Hà, Giám đốc Sở Nội vụ tham gia Ban Chấp hành. Giám đốc Sở Tài chính Nguyễn Văn Bình dự. Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh triển khai kế hoạch.',
    );
    expect(entities.filter((e) => e.startsWith('organization:Sở'))).toEqual([
      'organization:Sở Nội vụ tỉnh Hà Tĩnh',
      'organization:Sở Tài chính tỉnh Hà Tĩnh',
      'organization:Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh',
    ]);
    expect(relations).toEqual(
      expect.arrayContaining(['Trần Báu Hà -holds_position-> Sở Nội vụ tỉnh Hà Tĩnh [Giám đốc]', 'Nguyễn Văn Bình -holds_position-> Sở Tài chính tỉnh Hà Tĩnh [Giám đốc]']),
    );
  });

  it('reads the central Party committees by name, as one node in both editions', () => {
    const vi = read('Đại tướng Lương Tam Quang, Bí thư Đảng ủy Công an Trung ương; bà Hà Thị Nga, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương; ông Trần Cẩm Tú, Bí thư Đảng ủy các cơ quan Đảng Trung ương.');
    expect(vi.relations).toEqual(
      expect.arrayContaining([
        'Lương Tam Quang -holds_position-> Đảng ủy Công an Trung ương [Bí thư]',
        'Hà Thị Nga -holds_position-> Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương [Bí thư]',
        'Trần Cẩm Tú -holds_position-> Đảng ủy các cơ quan Đảng Trung ương [Bí thư]',
      ]),
    );
    const en = extract({ id: 'en', lang: 'en', text: 'Luong Tam Quang, Secretary of the Central Public Security Party Committee, and Tran Cam Tu, Secretary of the Party Committee of Central Party Agencies, attended.' });
    const viKeys = vi.extraction.entities.filter((e) => e.type === 'organization').map((e) => e.key);
    expect(en.entities.filter((e) => e.type === 'organization').map((e) => e.key).every((k) => viKeys.includes(k))).toBe(true);
  });

  it('reads the Front\'s national name with a place after it as that place\'s committee', () => {
    const { entities } = read('Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An đã triển khai. Mặt trận Tổ quốc Việt Nam phát động phong trào.');
    expect(entities).toEqual(expect.arrayContaining(['organization:Ủy ban MTTQ Việt Nam tỉnh Nghệ An', 'organization:Mặt trận Tổ quốc Việt Nam']));
  });

  it('reads the Front\'s national name with a bare admin word after it as the home\'s committee, and its congress', () => {
    const { entities, relations } = read('Sáng 9/12, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI, nhiệm kỳ 2024-2029.');
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual(['organization:Ủy ban MTTQ Việt Nam tỉnh Nghệ An']);
    expect(relations).toContain('Ủy ban MTTQ Việt Nam tỉnh Nghệ An -organized-> Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An lần thứ XVI');
  });

  it('reads a bare "UBND phường", "Đảng bộ phường" as the ward named last before it, never as the city', () => {
    const { entities, relations } = read(
      'Sáng 5/7, tại phường Hải Châu, thành phố Đà Nẵng, Đảng ủy phường tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I. Đồng chí Nguyễn Văn Bình được bầu giữ chức Bí thư Đảng ủy phường. UBND phường đã triển khai kế hoạch.',
    );
    expect(entities).toEqual(expect.arrayContaining(['organization:Đảng ủy phường Hải Châu', 'organization:UBND phường Hải Châu', 'event:Đại hội Đảng bộ phường Hải Châu lần thứ I']));
    expect(relations).toContain('Nguyễn Văn Bình -holds_position-> Đảng ủy phường Hải Châu [Bí thư]');
    expect(entities.filter((e) => e.includes('Đà Nẵng') && e.startsWith('organization:'))).toEqual([]);
    // No ward named before: no body at all rather than the city's.
    expect(read('Tại Đà Nẵng, UBND phường đã triển khai kế hoạch.').entities).not.toContain('organization:UBND thành phố Đà Nẵng');
  });

  it('reads a bare "Huyện ủy" as the district committee named last, and levels listed ("HĐND quận, phường") as no body', () => {
    const { entity } = read('Tại Hà Nội, Ban Thường vụ Huyện ủy Thanh Trì đã chỉ đạo xây dựng quy chế. Huyện ủy cũng đã chỉ đạo các cơ quan tham mưu.');
    expect(entity('Huyện ủy Thanh Trì')?.mentions.map((m) => m.sentence)).toContain('Huyện ủy cũng đã chỉ đạo các cơ quan tham mưu.');
    expect(read('Hà Nội thí điểm mô hình chính quyền đô thị, không tổ chức HĐND quận, phường.').entities.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('reads bloc committees, and a bare "Đảng ủy Khối" later as the same body', () => {
    const { entities } = read('Đảng ủy Khối Dân - Chính – Đảng TPHCM tổ chức hội nghị. Ban Thường vụ Đảng ủy Khối đã chỉ đạo.');
    expect(entities).toContain('organization:Đảng ủy Khối Dân - Chính - Đảng TPHCM');
    expect(entities).toContain('organization:Ban Thường vụ Đảng ủy Khối Dân - Chính - Đảng TPHCM');
  });

  it('names a steering committee by its place alone with single spaces ("Ban Chỉ đạo Tây Bắc")', () => {
    expect(read('Ban Chỉ đạo Tây Bắc họp.').entities).toContain('organization:Ban Chỉ đạo Tây Bắc');
  });

  it('names steering committees by task and scope', () => {
    const { entities, relations } = read('Thành ủy TPHCM đã thành lập Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM.');
    expect(entities).toContain('organization:Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM');
    expect(relations).toContain('Thành ủy TPHCM -established-> Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM');
  });

  it('reads national bodies and their abbreviated forms', () => {
    const { entity } = read('Trưởng Ban Dân vận TƯ phát biểu. Ban Dân vận Trung ương tổ chức họp.');
    expect(entity('Ban Dân vận Trung ương')?.aliases).toEqual(expect.arrayContaining(['Ban Dân vận TƯ']));
  });

  it('reads named institutions without running into the next words', () => {
    const { entities } = read('Đồng chí dự hội nghị sơ kết giữa nhiệm kỳ Đảng bộ Tổng Công ty UDIC ở Hà Nội.');
    expect(entities).toContain('organization:Đảng bộ Tổng Công ty UDIC');
    expect(entities).toContain('organization:Tổng Công ty UDIC');
  });

  it('reads institution names with lower-case syllables and "và" in them, up to the verb or the next institution', () => {
    const orgs = (text: string) => read(text).entities.filter((e) => e.startsWith('organization:'));
    expect(orgs('Học viện Chính trị khu vực III phối hợp Học viện Báo chí và Tuyên truyền tổ chức hội thảo.')).toEqual([
      'organization:Học viện Chính trị khu vực III',
      'organization:Học viện Báo chí và Tuyên truyền',
    ]);
    expect(orgs('Trường Đại học Kinh tế và Trường Đại học Luật cùng dự. Học viện Hành chính quốc gia cũng tham gia.')).toEqual([
      'organization:Trường Đại học Kinh tế',
      'organization:Trường Đại học Luật',
      'organization:Học viện Hành chính quốc gia',
    ]);
    expect(orgs('Trường Chính trị tỉnh Nghệ An khai giảng lớp học.')).toEqual(['organization:Trường Chính trị tỉnh Nghệ An']);
  });

  it('reads a bare committee word in lower case as any committee, not the home\'s', () => {
    const { entities } = read('Tại Cần Thơ, các tỉnh ủy, thành ủy đã ban hành kế hoạch. Thành ủy đã chỉ đạo thực hiện.');
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual(['organization:Thành ủy Cần Thơ']);
    expect(read('Tại Cần Thơ, các tỉnh ủy, thành ủy đã ban hành kế hoạch.').entities.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('reads an Assembly committee named with the Assembly ("Ủy ban Kinh tế của Quốc hội")', () => {
    const { entity, relations } = read('Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh trình bày báo cáo thẩm tra.');
    expect(entity('Ủy ban Kinh tế')?.aliases).toContain('Ủy ban Kinh tế của Quốc hội');
    expect(relations).toContain('Vũ Hồng Thanh -holds_position-> Ủy ban Kinh tế [Chủ nhiệm]');
  });

  it('reads a bare body of every level ("HĐND các cấp", "Đảng bộ các cấp") as no particular one', () => {
    const { entities } = read('Tại Bắc Ninh, đại biểu đề nghị làm rõ thẩm quyền của HĐND các cấp và UBND cấp xã; Đảng bộ các cấp tổ chức đại hội.');
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('reads a congress sub-committee, its head and its sitting, and a bare mention of it later', () => {
    const { entities, relations } = read(
      'Ngày 6/5, Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XX họp phiên thứ nhất. Đồng chí Nguyễn Văn Gấu, Bí thư Tỉnh ủy, Trưởng Tiểu ban Văn kiện chủ trì phiên họp.',
    );
    const subcommittee = 'Tiểu ban Văn kiện Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XX';
    expect(entities).toContain(`organization:${subcommittee}`);
    expect(relations).toContain(`Nguyễn Văn Gấu -holds_position-> ${subcommittee} [Trưởng Tiểu ban]`);
    expect(relations).toContain(`Nguyễn Văn Gấu -chaired-> Phiên họp thứ nhất, ${subcommittee}`);
    expect(read('Tiểu ban Nhân sự Đại hội XIV của Đảng họp. Các tiểu ban đã làm việc.').entities.filter((e) => e.startsWith('organization:'))).toEqual(['organization:Tiểu ban Nhân sự Đại hội XIV của Đảng']);
    // Named bare with no full name before, a sub-committee is none in particular.
    expect(read('Trưởng Tiểu ban Văn kiện Nguyễn Văn Gấu phát biểu.').entities.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('gives organs listed together the body after the last one', () => {
    const { relations } = read('Tại An Giang, hoạt động của Ban Thường vụ, Thường trực Tỉnh ủy và Ban Tổ chức, Ban Tuyên giáo Thành ủy Hà Nội.');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Ban Thường vụ Tỉnh ủy An Giang -part_of-> Tỉnh ủy An Giang',
        'Thường trực Tỉnh ủy An Giang -part_of-> Tỉnh ủy An Giang',
        'Ban Tổ chức Thành ủy Hà Nội -part_of-> Thành ủy Hà Nội',
        'Ban Tuyên giáo Thành ủy Hà Nội -part_of-> Thành ủy Hà Nội',
      ]),
    );
  });

  it('gives a body only its own names as aliases, never its organ\'s or a document\'s', () => {
    const { entity } = read('Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam họp. Thực hiện Quyết định 99/QĐ-TTg và Quyết định số 12/QĐ-UBND của UBND tỉnh Đồng Nai.');
    expect(entity('Ủy ban Trung ương MTTQ Việt Nam')?.aliases).toEqual(['Ủy ban Trung ương MTTQ Việt Nam']);
    expect(entity('Chính phủ')?.aliases).toEqual(['Chính phủ']);
    expect(read('Quyết định số 12/QĐ-UBND của UBND tỉnh Đồng Nai.').entities).not.toContain('organization:UBND thành phố Hà Nội');
  });

  it('reads the National Assembly\'s council and committees, as named since 2025 and before', () => {
    const { relations } = read(
      'Chủ nhiệm Ủy ban Kinh tế và Tài chính Phan Văn Mãi trình bày báo cáo thẩm tra. Ông Vũ Hải Hà, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, phát biểu.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Phan Văn Mãi -holds_position-> Ủy ban Kinh tế và Tài chính [Chủ nhiệm]', 'Vũ Hải Hà -holds_position-> Ủy ban Đối ngoại [Chủ nhiệm]']),
    );
  });

  it('reads a province\'s or city\'s Youth Union committee ("Tỉnh đoàn", "Thành đoàn"), written bare or with its executive committee', () => {
    const { entities, relations } = read(
      'Chiều 20/11, Thành đoàn Hà Nội tổ chức Hội nghị Ban Chấp hành Thành đoàn lần thứ 8 khóa XVII. Đồng chí Chu Hồng Minh, Bí thư Thành đoàn chủ trì. Bà Hoàng Thị Lan, Bí thư Tỉnh đoàn Thanh Hóa dự.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Chu Hồng Minh -holds_position-> Thành đoàn Hà Nội [Bí thư]',
        'Hoàng Thị Lan -holds_position-> Tỉnh đoàn Thanh Hóa [Bí thư]',
        'Thành đoàn Hà Nội -organized-> Hội nghị Ban Chấp hành Thành đoàn Hà Nội lần thứ 8 khóa XVII',
      ]),
    );
    // In lower case the words are ordinary ones.
    expect(read('Ở Hà Nội, 5.000 thanh niên đã trở thành đoàn viên.').entities).toEqual(['location:Hà Nội']);
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual(['organization:Thành đoàn Hà Nội', 'organization:Tỉnh đoàn Thanh Hóa']);
  });
});

describe('national steering committees', () => {
  it('are named by their subject', () => {
    const { entities, relations } = read('Chính phủ thành lập Ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ. Ban Chỉ đạo quốc gia về chuyển đổi số họp.');
    expect(entities).toContain('organization:Ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ');
    expect(entities).toContain('organization:Ban Chỉ đạo quốc gia về chuyển đổi số');
    expect(relations).toContain('Chính phủ -established-> Ban Chỉ đạo quốc gia về phát triển khoa học, công nghệ');
  });

  it('are named by their subject after "Trung ương", and a bare "Ban Chỉ đạo" later is the one named', () => {
    const { entities, relations } = read(
      'Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì Phiên họp thứ 28 của Ban Chỉ đạo. Dự có đồng chí Phan Đình Trạc, Phó Trưởng Ban Chỉ đạo.',
    );
    const committee = 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực';
    expect(entities.filter((e) => e.includes('Ban Chỉ đạo'))).toEqual([`organization:${committee}`, `event:Phiên họp thứ 28, ${committee}`]);
    expect(relations).toEqual(
      expect.arrayContaining([`Tô Lâm -holds_position-> ${committee} [Trưởng Ban]`, `Phan Đình Trạc -holds_position-> ${committee} [Phó Trưởng Ban]`, `Tô Lâm -chaired-> Phiên họp thứ 28, ${committee}`]),
    );
    // One being set up is a new committee, not the one named before.
    const founded = read('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Bắc Ninh họp. Thành ủy ban hành Quyết định 1749 về thành lập Ban Chỉ đạo, Tổ biên tập.');
    expect(founded.relations.filter((r) => r.includes('-concerns->'))).not.toContain('Quyết định 1749 -concerns-> Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Bắc Ninh');
  });

  it('read "và" joining another task into the name, not other bodies named with it', () => {
    const task = 'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
    const central = read(`Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về ${task} chủ trì phiên họp.`);
    expect(central.entities).toContain(`organization:Ban Chỉ đạo Trung ương về ${task}`);
    const local = read(`Ông Nguyễn Văn An, Trưởng Ban Chỉ đạo ${task} tỉnh Nghệ An chủ trì.`);
    expect(local.entities).toContain(`organization:Ban Chỉ đạo ${task} tỉnh Nghệ An`);
    const others = read('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực và các cơ quan liên quan đã họp.');
    expect(others.entities).toContain('organization:Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực');
  });
});

describe('a steering committee named bare', () => {
  it('is the one named before, also before a verb; a verb or a level starts no task', () => {
    const committee = 'Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Phú Thọ';
    const { entities, relations } = read(
      `Sáng 9/10, ${committee} họp. Đồng chí Đinh Công Huấn, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp. Ban Chỉ đạo, phối hợp với Công an tỉnh. Quy định về Ban Chỉ đạo cấp tỉnh. Thường trực Ban Chỉ đạo phát biểu kết luận.`,
    );
    expect(entities.filter((e) => e.startsWith('organization:Ban Chỉ đạo'))).toEqual([`organization:${committee}`]);
    expect(relations).toContain(`Đinh Công Huấn -holds_position-> ${committee} [Trưởng Ban]`);
  });
});

describe('numbered steering committees', () => {
  it('are named by number and scope', () => {
    const { entities } = read('Ban Chỉ đạo 35 Trung ương họp. Tại Nghệ An, Ban Chỉ đạo 389 tỉnh triển khai nhiệm vụ.');
    expect(entities).toContain('organization:Ban Chỉ đạo 35 Trung ương');
    expect(entities).toContain('organization:Ban Chỉ đạo 389 tỉnh Nghệ An');
  });
});

describe('party committees of other bodies', () => {
  it('read the party group leading a body ("Ban cán sự đảng UBND tỉnh", "Đảng đoàn Quốc hội")', () => {
    const { entities, relations } = read('Theo báo cáo của Ban cán sự đảng UBND tỉnh Quảng Ninh, tỷ lệ đạt 71%. Ông Trần Thanh Mẫn, Bí thư Đảng đoàn Quốc hội, phát biểu.');
    expect(entities).toEqual(expect.arrayContaining(['organization:Ban cán sự đảng UBND tỉnh Quảng Ninh', 'organization:UBND tỉnh Quảng Ninh', 'organization:Đảng đoàn Quốc hội']));
    expect(relations).toContain('Trần Thanh Mẫn -holds_position-> Đảng đoàn Quốc hội [Bí thư]');
    // Written with capitals, it is the same group.
    expect(read('Tại Quảng Trị, Ban Cán sự Đảng UBND tỉnh tiếp thu ý kiến.').entities).toContain('organization:Ban cán sự đảng UBND tỉnh Quảng Trị');
  });

  it('read "Đảng bộ" before a body written with its place as that body\'s party organization', () => {
    expect(read('Đảng bộ Công an tỉnh Hải Dương tổng kết công tác năm 2025.').entities).toEqual(
      expect.arrayContaining(['organization:Đảng bộ Công an tỉnh Hải Dương', 'organization:Công an tỉnh Hải Dương']),
    );
  });

  it('read "Đảng ủy" before a body written with its place, or a national body', () => {
    const { entities, relations } = read('Đảng ủy UBND tỉnh Phú Thọ triển khai Nghị quyết số 57-NQ/TW. Ông Lê Văn Bình, Bí thư Đảng ủy Chính phủ, phát biểu.');
    expect(entities).toEqual(expect.arrayContaining(['organization:Đảng ủy UBND tỉnh Phú Thọ', 'organization:UBND tỉnh Phú Thọ', 'organization:Đảng ủy Chính phủ']));
    expect(relations).toEqual(
      expect.arrayContaining(['Đảng ủy UBND tỉnh Phú Thọ -implements-> Nghị quyết 57-NQ/TW', 'Lê Văn Bình -holds_position-> Đảng ủy Chính phủ [Bí thư]']),
    );
    // "Đảng ủy MTTQ, các đoàn thể Trung ương" is the central body, not the home's front committee's party committee.
    expect(read('Đảng ủy MTTQ, các đoàn thể Trung ương họp.', { title: 'Phú Thọ' }).entities.filter((e) => e.startsWith('organization:Đảng ủy'))).toEqual([
      'organization:Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
    ]);
  });

  it('read the party committee of a province\'s party agencies, one body in both languages', () => {
    const vi = read('Đồng chí Thái Bảo, Bí thư Đảng ủy các cơ quan Đảng tỉnh Đồng Nai phát biểu.');
    expect(vi.relations).toContain('Thái Bảo -holds_position-> Đảng ủy các cơ quan Đảng tỉnh Đồng Nai [Bí thư]');
    const en = extract({ id: 'en', text: 'Thai Bao, Secretary of the Party Committee of Dong Nai provincial Party Agencies, spoke at the conference.' });
    expect(en.entities.map((e) => e.key)).toContain(vi.entity('Đảng ủy các cơ quan Đảng tỉnh Đồng Nai')?.key);
  });
});

describe('institutions followed by a name', () => {
  it('are no institution inside a person\'s name ("Lê Trường Lưu")', () => {
    const { entities, relations } = read('Thay mặt Ban Bí thư, đồng chí Lê Trường Lưu, Bí thư Tỉnh ủy Thừa Thiên Huế trao quyết định tại Trường Đại học Huế.');
    expect(entities.filter((e) => e.startsWith('organization:Trường'))).toEqual(['organization:Trường Đại học Huế']);
    expect(relations).toContain('Lê Trường Lưu -holds_position-> Tỉnh ủy Thừa Thiên Huế [Bí thư]');
  });

  it('end at their place when a person\'s name follows', () => {
    const { entities, relations } = read('Giám đốc Sở Nội vụ tỉnh Quảng Ninh Nguyễn Văn Hùng phát biểu.');
    expect(entities).toContain('organization:Sở Nội vụ tỉnh Quảng Ninh');
    expect(relations).toContain('Nguyễn Văn Hùng -holds_position-> Sở Nội vụ tỉnh Quảng Ninh [Giám đốc]');
  });

  it('end before the name of the official a title introduces, but keep a place or a leader they are named after', () => {
    const { entities, relations } = read('Giám đốc Sở Nội vụ Nguyễn Viết Hưng cho biết. Giám đốc Sở Tư pháp Hà Nội Lê Văn Bình cũng dự.');
    // A department written bare is the home province's (here Hà Nội, named in the second sentence).
    expect(entities).toEqual(expect.arrayContaining(['organization:Sở Nội vụ thành phố Hà Nội', 'organization:Sở Tư pháp thành phố Hà Nội']));
    expect(relations).toContain('Nguyễn Viết Hưng -holds_position-> Sở Nội vụ thành phố Hà Nội [Giám đốc]');
    expect(relations).toContain('Lê Văn Bình -holds_position-> Sở Tư pháp thành phố Hà Nội [Giám đốc]');
    expect(read('Hiệu trưởng Trường Chính trị Trần Phú phát biểu.').entities).toEqual(['organization:Trường Chính trị Trần Phú']);
    // Without a title before it, nothing says a name follows the body.
    expect(read('Trường Chính trị Lê Văn Bình.').entities).toEqual(['organization:Trường Chính trị Lê Văn Bình']);
  });
});

describe('a paragraph opening on another province\'s body', () => {
  it('is about that province: its bare bodies are that province\'s, and the next paragraph\'s the article\'s', () => {
    const { relations } = read(
      [
        'Tỉnh ủy Đồng Nai họp. Bí thư Tỉnh ủy Đồng Nai Vũ Hồng Văn chủ trì.',
        '* Ngày 14/8, HĐND tỉnh Nghệ An tổ chức kỳ họp chuyên đề. Phó Chủ tịch UBND tỉnh Hoàng Thị Quỳnh Anh trình bày tờ trình.',
        '* Ủy ban Kiểm tra Tỉnh ủy Gia Lai vừa họp dưới sự chủ trì của đồng chí Kpă Hlim, Ủy viên Ban Thường vụ Tỉnh ủy.',
        'Ban Thường vụ Tỉnh ủy Đồng Nai chỉ đạo. Phó Chủ tịch UBND tỉnh Lê Văn An dự.',
      ].join('\n\n'),
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Hoàng Thị Quỳnh Anh -holds_position-> UBND tỉnh Nghệ An [Phó Chủ tịch]',
        'Kpă Hlim -holds_position-> Ban Thường vụ Tỉnh ủy Gia Lai [Ủy viên]',
        'Lê Văn An -holds_position-> UBND tỉnh Đồng Nai [Phó Chủ tịch]',
      ]),
    );
  });
});

describe('delegations a body sends', () => {
  it('are named by task, number and sender, their heads read, and a bare one later is the one named', () => {
    const delegation = 'Đoàn kiểm tra số 5 của Bộ Chính trị';
    const { entities, relations } = read(
      `Sáng 10-4, tại Hội trường Thành ủy, ${delegation} tổ chức hội nghị công bố Quyết định số 187-QĐ/TW của Bộ Chính trị. Chủ trì có đồng chí Võ Thành Nhân, Trưởng Đoàn kiểm tra số 5. Dự có đồng chí Lâm Hữu Phước, Phó Trưởng đoàn Thường trực Đoàn kiểm tra.`,
    );
    expect(entities.filter((e) => e.startsWith('organization:Đoàn'))).toEqual([`organization:${delegation}`]);
    expect(relations).toEqual(
      expect.arrayContaining([
        `Võ Thành Nhân -holds_position-> ${delegation} [Trưởng Đoàn]`,
        `Lâm Hữu Phước -holds_position-> ${delegation} [Phó Trưởng đoàn Thường trực]`,
        `${delegation} -organized-> Hội nghị công bố Quyết định số 187-QĐ/TW`,
      ]),
    );
    // Where it met names no organizer ("tại Hội trường Thành ủy").
    expect(relations.filter((r) => r.includes('-organized->'))).toHaveLength(1);
  });
});

describe('mass organisations named with the country', () => {
  it('are national bodies, and the country no place of theirs', () => {
    const { entities, relations } = read('Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Triệu Thị Mai Hương và Chủ tịch Hội Nông dân Việt Nam Lê Văn An dự.');
    expect(entities.filter((e) => !e.startsWith('person:'))).toEqual(['organization:Hội Liên hiệp Phụ nữ Việt Nam', 'organization:Hội Nông dân Việt Nam']);
    expect(relations).toContain('Triệu Thị Mai Hương -holds_position-> Hội Liên hiệp Phụ nữ Việt Nam [Chủ tịch]');
  });
});

describe('inspectorates', () => {
  it('are the Government\'s, or a place\'s when written with its place or admin word, never the verb "thanh tra"', () => {
    const orgs = (text: string) => read(text).entities.filter((e) => e.startsWith('organization:'));
    expect(orgs('Tại Nghệ An, Thanh tra Chính phủ và Thanh tra tỉnh phối hợp.')).toEqual(['organization:Thanh tra Chính phủ', 'organization:Thanh tra tỉnh Nghệ An']);
    expect(orgs('Tại Nghệ An, Thanh tra toàn diện việc quản lý đất đai. Thanh tra Sở Xây dựng kiểm tra.')).toEqual(['organization:Sở Xây dựng tỉnh Nghệ An']);
  });
});

describe('bodies listed before one named with its place', () => {
  it('are that place\'s, not the home\'s', () => {
    const { entities, relations } = read(
      'Đoàn đại biểu Quốc hội tỉnh Quảng Ninh tiếp xúc cử tri. Dự có lãnh đạo Thành ủy, HĐND, UBND thành phố Hạ Long và lãnh đạo Huyện ủy, UBND huyện Vân Đồn. Ông Trần Văn Minh, Phó Chủ tịch HĐND, UBND huyện Tiên Yên phát biểu.',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['organization:Thành ủy Hạ Long', 'organization:HĐND thành phố Hạ Long', 'organization:Huyện ủy Vân Đồn', 'organization:HĐND huyện Tiên Yên']),
    );
    expect(entities).not.toContain('organization:HĐND tỉnh Quảng Ninh');
    expect(relations).toContain('Trần Văn Minh -holds_position-> HĐND huyện Tiên Yên [Phó Chủ tịch]');
  });

  it('stop at a body that the place has no such kind of, and at a longer name', () => {
    const { entities } = read('Lãnh đạo Tỉnh ủy, UBND thành phố Hạ Long và Ban Thường vụ Tỉnh ủy, UBND huyện Vân Đồn dự. Bài: Quảng Ninh.');
    expect(entities).not.toContain('organization:Tỉnh ủy Hạ Long');
    expect(entities.filter((e) => e.startsWith('organization:') && e.includes('Vân Đồn'))).toEqual(['organization:UBND huyện Vân Đồn']);
  });

  it('name a body written bare in its short form also so with its place', () => {
    const { entity } = read('Đồng chí Đào Minh Khải, Bí thư Tỉnh ủy Hưng Yên, Trưởng Đoàn ĐBQH tỉnh, chủ trì.');
    expect(entity('Đoàn Đại biểu Quốc hội tỉnh Hưng Yên')?.aliases).toContain('Đoàn ĐBQH tỉnh Hưng Yên');
  });

  it('read the army\'s general departments as one body in their full and short names', () => {
    const { entities, relations } = read(
      'Đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, phát biểu. Trung tướng Trịnh Văn Quyết, Phó Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam, dự. Đại diện Bộ Tổng Tham mưu QĐND Việt Nam cũng dự.',
    );
    expect(relations).toContain('Trịnh Văn Quyết -holds_position-> Tổng cục Chính trị Quân đội nhân dân Việt Nam [Phó Chủ nhiệm]');
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual([
      'organization:Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      'organization:Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam',
    ]);
  });

  it('read the bare bodies of a national article\'s numbered items as the province each item names', () => {
    const title = 'Ủy ban Kiểm tra Trung ương đề nghị kỷ luật hai Phó Chủ tịch UBND tỉnh';
    const text = [
      'Ủy ban Kiểm tra Trung ương họp Kỳ họp thứ 51.',
      '1. Xem xét kết quả kiểm tra đối với Ban Thường vụ Thành ủy Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu. Ủy ban nhận thấy Sở Xây dựng tỉnh Bà Rịa - Vũng Tàu vi phạm.',
      'Trách nhiệm thuộc về đồng chí Trần Đức Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu.',
      '2. Xem xét kết quả kiểm tra đối với Ban cán sự đảng UBND tỉnh Hậu Giang.',
      'Trách nhiệm thuộc về đồng chí Đỗ Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.',
    ].join('\n');
    const { relations } = read(text, { title });
    expect(relations).toContain('Đỗ Thanh Nhàn -holds_position-> Ban Thường vụ Tỉnh ủy Hậu Giang [Ủy viên]');
    expect(relations).toContain('Đỗ Thanh Nhàn -holds_position-> UBND tỉnh Hậu Giang [Phó Chủ tịch]');
    expect(relations).toContain('Trần Đức Lâm -holds_position-> Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu [Ủy viên]');
  });

  it('keep the article\'s home in numbered items when the title names it', () => {
    const text = 'Tỉnh ủy Nghệ An họp.\n1. Làm việc với Tỉnh ủy Hà Tĩnh về hợp tác.\nĐồng chí Lê Văn An, Phó Bí thư Tỉnh ủy, phát biểu.';
    const { relations } = read(text, { title: 'Tỉnh ủy Nghệ An làm việc với tỉnh Hà Tĩnh' });
    expect(relations).toContain('Lê Văn An -holds_position-> Tỉnh ủy Nghệ An [Phó Bí thư]');
  });

  it('read the Assembly\'s standing committee, councils and committees as part of it', () => {
    const { relations } = read('Ủy ban Thường vụ Quốc hội họp phiên thứ 45. Ủy ban Kinh tế và Tài chính của Quốc hội thẩm tra dự án luật.');
    expect(relations).toEqual(
      expect.arrayContaining(['Ủy ban Thường vụ Quốc hội -part_of-> Quốc hội', 'Ủy ban Kinh tế và Tài chính -part_of-> Quốc hội']),
    );
  });

  it('read a company named after its legal form in lower case, and its party committee, up to a verb after it', () => {
    const { entities } = read('Đảng ủy Công ty cổ phần Đầu tư hạ tầng Sông Chu họp. Ông Lê Văn Khôi, Chủ tịch Hội đồng quản trị Công ty cổ phần Đầu tư hạ tầng Sông Chu, phát biểu.');
    expect(entities.filter((e) => e.startsWith('organization:'))).toEqual([
      'organization:Đảng ủy Công ty cổ phần Đầu tư hạ tầng Sông Chu',
      'organization:Công ty cổ phần Đầu tư hạ tầng Sông Chu',
    ]);
  });

  it('read a mass organisation\'s central committee by "Trung ương" before its national name', () => {
    const { relations } = read('Dự đại hội có đồng chí Đinh Khắc Tùng, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam.');
    expect(relations).toContain('Đinh Khắc Tùng -holds_position-> Trung ương Hội Nông dân Việt Nam [Phó Chủ tịch]');
  });

  it('read a bare "Đảng ủy" listed before a province\'s body as that body\'s party committee, a commune\'s as the commune\'s', () => {
    const { relations } = read(
      'Đồng chí Phan Công Thịnh, Bí thư Đảng ủy, Giám đốc Công an tỉnh Quảng Trị, phát biểu. Đồng chí Lê Văn Bình, Bí thư Đảng ủy, Chủ tịch UBND xã Cam Hiếu, dự.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Phan Công Thịnh -holds_position-> Đảng ủy Công an tỉnh Quảng Trị [Bí thư]',
        'Lê Văn Bình -holds_position-> Đảng ủy xã Cam Hiếu [Bí thư]',
      ]),
    );
  });

  it('read a bare "Đảng ủy" listed before a minister\'s title as the ministry\'s party committee, and a bare "Đảng ủy Bộ" after it as the same', () => {
    const { relations } = read(
      'Đồng chí Vũ Hải Đăng, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Bộ Khoa học và Công nghệ chủ trì hội nghị. Các đồng chí trong Ban Thường vụ Đảng ủy Bộ dự.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Vũ Hải Đăng -holds_position-> Đảng ủy Bộ Khoa học và Công nghệ [Bí thư]',
        'Vũ Hải Đăng -holds_position-> Bộ Khoa học và Công nghệ [Bộ trưởng]',
        'Ban Thường vụ Đảng ủy Bộ Khoa học và Công nghệ -part_of-> Đảng ủy Bộ Khoa học và Công nghệ',
      ]),
    );
  });

  it('read the national body an institution belongs to, named after it with "thuộc", in brackets, or after a comma following a title', () => {
    const { relations, entities } = read(
      'Cục Đường sắt Việt Nam thuộc Bộ Xây dựng sẽ phối hợp. Cục trưởng Cục Đổi mới sáng tạo (Bộ Khoa học và Công nghệ) Vũ Quốc Trung phát biểu. Ông Lê Quang Minh, Phó Vụ trưởng Vụ Địa phương V, Ủy ban Kiểm tra Trung ương dự. Cục Thuế, Bộ Tài chính và UBND tỉnh Lào Cai phối hợp.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Cục Đường sắt Việt Nam -part_of-> Bộ Xây dựng',
        'Cục Đổi mới sáng tạo -part_of-> Bộ Khoa học và Công nghệ',
        'Vũ Quốc Trung -holds_position-> Cục Đổi mới sáng tạo [Cục trưởng]',
        'Vụ Địa phương V -part_of-> Ủy ban Kiểm tra Trung ương',
        'Lê Quang Minh -holds_position-> Vụ Địa phương V [Phó Vụ trưởng]',
      ]),
    );
    expect(entities).not.toContain('organization:Cục Đường sắt Việt Nam thuộc Bộ Xây dựng');
    // Bodies listed with commas are not one another's.
    expect(relations).not.toContain('Cục Thuế -part_of-> Bộ Tài chính');
  });

  it('read a steering committee\'s subject up to "đối với", and a local task through "các" when it runs on to its province', () => {
    const { entities } = read(
      'Sáng 5/8, Tỉnh ủy Lào Cai họp. Đồng chí A thông tin đánh giá của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đối với các bộ. UBND tỉnh Lào Cai thành lập Ban Chỉ đạo giải phóng mặt bằng các dự án giao thông trọng điểm tỉnh Lào Cai.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'organization:Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
        'organization:Ban Chỉ đạo giải phóng mặt bằng các dự án giao thông trọng điểm tỉnh Lào Cai',
      ]),
    );
  });

  it('read the Youth Union\'s central executive committee, not the Party\'s, and the youth federation with its country and province', () => {
    const { relations } = read(
      'Dự có đồng chí Nguyễn Hải Đăng, Bí thư Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh, Chủ tịch Trung ương Hội Liên hiệp Thanh niên Việt Nam. Đồng chí Lê Thị Thu Trang, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh Bình Dương phát biểu.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Nguyễn Hải Đăng -holds_position-> Trung ương Đoàn [Bí thư]',
        'Nguyễn Hải Đăng -holds_position-> Trung ương Hội Liên hiệp Thanh niên Việt Nam [Chủ tịch]',
        'Lê Thị Thu Trang -holds_position-> Hội Liên hiệp Thanh niên Việt Nam tỉnh Bình Dương [Chủ tịch]',
      ]),
    );
    expect(relations.filter((r) => r.includes('Ban Chấp hành Trung ương Đảng'))).toEqual([]);
  });
});

