import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

const MEETING = 'Hội nghị Tổng kết công tác năm 2023';

describe('chaired, attended, spoke_at', () => {
  it('reads reading out a decision, proposing, thanking and giving views at the meeting reported as speaking at it', () => {
    const { relations } = read(
      [
        'Sáng 30/6, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị công bố nghị quyết về sắp xếp đơn vị hành chính cấp xã.',
        'Tại hội nghị, đồng chí Đặng Quang Vịnh, Giám đốc Sở Nội vụ, công bố Nghị quyết số 1665/NQ-UBTVQH15.',
        'Đồng chí Vi Thị Thu Hà, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư đề xuất bổ sung vốn.',
        'Thay mặt cán bộ được chỉ định, đồng chí Nguyễn Hữu Đạt cảm ơn Ban Thường vụ Tỉnh ủy.',
        'Tham gia ý kiến, đồng chí Trương Thị Hồng Nhung, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, đề nghị làm rõ.',
      ].join(' '),
    );
    const meeting = 'Hội nghị công bố nghị quyết về sắp xếp đơn vị hành chính cấp xã';
    expect(relations.filter((r) => r.includes('-spoke_at->')).sort()).toEqual(
      ['Vi Thị Thu Hà', 'Nguyễn Hữu Đạt', 'Trương Thị Hồng Nhung', 'Đặng Quang Vịnh'].map((p) => `${p} -spoke_at-> ${meeting}`).sort(),
    );
  });

  it('gives every person of a "Chủ trì … có các đồng chí:" list the relation', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Chủ trì hội nghị có các đồng chí: Nguyễn Văn Nên, Bí thư Thành ủy TPHCM; Phan Văn Mãi, Phó Bí thư Thành ủy; Nguyễn Thị Lệ, Chủ tịch HĐND TP.`,
    );
    for (const name of ['Nguyễn Văn Nên', 'Phan Văn Mãi', 'Nguyễn Thị Lệ']) expect(relations).toContain(`${name} -chaired-> ${MEETING}`);
  });

  it('reads "Khai mạc đại hội, đồng chí A, <titles> nhấn mạnh …" as speaking at the congress opened', () => {
    const { relations } = read(
      'Sáng 20/7, Đảng bộ xã Khánh Thiện tổ chức Đại hội đại biểu Đảng bộ xã Khánh Thiện lần thứ I.\n\nKhai mạc đại hội, đồng chí Phạm Văn Khải, Bí thư Đảng ủy xã nhấn mạnh yêu cầu đổi mới.',
    );
    expect(relations).toContain('Phạm Văn Khải -spoke_at-> Đại hội Đảng bộ xã Khánh Thiện lần thứ I');
    // So "Trao đổi tại hội nghị, <titles> A cho biết …".
    const exchange = read('Sáng 3/9, Đảng ủy phường Hải Châu tổ chức Hội nghị tổng kết công tác năm 2025.\n\nTrao đổi tại hội nghị, Chủ tịch UBND phường Trương Văn Hải cho biết phường đã hoàn thành kế hoạch.');
    expect(exchange.relations).toContain('Trương Văn Hải -spoke_at-> Hội nghị tổng kết công tác năm 2025');
  });

  it('reads "Tham dự và chủ trì Hội nghị, có đồng chí A - …; đồng chí B - …" as chairing, not attending as well', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Tham dự và chủ trì Hội nghị, có đồng chí Nguyễn Văn Nên - Bí thư Thành ủy; đồng chí Phan Văn Mãi - Phó Bí thư Thành ủy.`,
    );
    expect(relations.filter((r) => r.includes(MEETING) && !r.includes('-organized->')).sort()).toEqual(
      ['Nguyễn Văn Nên', 'Phan Văn Mãi'].map((name) => `${name} -chaired-> ${MEETING}`),
    );
    // A verb opening its sentence takes ", có" before its list; after a subject, ", có …" is another clause (below).
    expect(read(`Thành ủy TPHCM tổ chức ${MEETING}. Chủ trì hội nghị, có đồng chí Nguyễn Văn Nên, Bí thư Thành ủy.`).relations).toContain(`Nguyễn Văn Nên -chaired-> ${MEETING}`);
  });

  it('gives a body\'s verb to the people listed after it ("Thường trực Thành ủy chủ trì hội nghị, gồm các đồng chí: …")', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Thường trực Thành ủy chủ trì hội nghị, gồm các đồng chí: Nguyễn Văn Nên, Bí thư Thành ủy; Phan Văn Mãi, Phó Bí thư Thành ủy.`,
    );
    for (const name of ['Nguyễn Văn Nên', 'Phan Văn Mãi']) expect(relations).toContain(`${name} -chaired-> ${MEETING}`);
    // ", có …" after a meeting opens no list: "… dự hội nghị, có các giải pháp …".
    expect(read(`Thành ủy TPHCM tổ chức ${MEETING}. Ông Nguyễn Văn Nên dự hội nghị, có các giải pháp mới.`).relations).toContain(`Nguyễn Văn Nên -attended-> ${MEETING}`);
  });

  it('gives every person listed before the verb the relation, with their titles between them, but not a byline\'s names', () => {
    const { relations } = read(
      `HĐND tỉnh Nghệ An tổ chức ${MEETING}. Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hồ Sỹ Thành; các Phó Chủ tịch HĐND tỉnh: Lê Thị Kim Oanh, Nguyễn Nam Đình chủ trì hội nghị. Ông Lê Văn An cho biết, Chủ tịch UBND tỉnh Trần Văn Bình và đồng chí Lý Thị Hoa dự hội nghị.`,
    );
    for (const name of ['Hồ Sỹ Thành', 'Lê Thị Kim Oanh', 'Nguyễn Nam Đình']) expect(relations).toContain(`${name} -chaired-> ${MEETING}`);
    for (const name of ['Trần Văn Bình', 'Lý Thị Hoa']) expect(relations).toContain(`${name} -attended-> ${MEETING}`);
    expect(relations).not.toContain(`Lê Văn An -attended-> ${MEETING}`);
    expect(read(`Tỉnh ủy tổ chức ${MEETING}.\nHoàng Lan - Trần Văn Bình dự hội nghị.`).relations).not.toContain(`Hoàng Lan -attended-> ${MEETING}`);
  });

  it('reads subject-verb participation and fronted speech', () => {
    const { relations } = read(
      `Thành ủy Hà Nội tổ chức ${MEETING}. Phó Bí thư Thành ủy Nguyễn Văn Phong dự hội nghị. Phát biểu tại hội nghị, Chủ tịch HĐND TP Nguyễn Ngọc Tuấn nhấn mạnh yêu cầu. Tại hội nghị, ông Lê Văn An cho biết kết quả.`,
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        `Nguyễn Văn Phong -attended-> ${MEETING}`,
        `Nguyễn Ngọc Tuấn -spoke_at-> ${MEETING}`,
        `Lê Văn An -spoke_at-> ${MEETING}`,
      ]),
    );
  });

  it('reads questions and answers at a sitting as speaking at it ("Trả lời chất vấn, ông A …", "Đại biểu B, … chất vấn …")', () => {
    const { relations } = read(
      'Ngày 11/12, HĐND tỉnh Kon Tum tổ chức Kỳ họp thứ 9. Đại biểu Đinh Văn Hiền, Trưởng Ban Dân tộc HĐND tỉnh chất vấn về nhà ở. Trả lời chất vấn, ông Huỳnh Tấn Lộc, Giám đốc Sở Xây dựng cho biết sẽ xử lý.',
    );
    for (const name of ['Đinh Văn Hiền', 'Huỳnh Tấn Lộc']) expect(relations).toContain(`${name} -spoke_at-> Kỳ họp thứ 9, HĐND tỉnh Kon Tum`);
  });

  it('reads a speaker presenting a report or a topic ("… trình bày chuyên đề về …") as speaking at the meeting reported', () => {
    const { relations } = read(`Thành ủy TPHCM tổ chức ${MEETING}. Đồng chí Phan Văn Mãi, Phó Bí thư Thành ủy trình bày chuyên đề về chuyển đổi số.`);
    expect(relations).toContain(`Phan Văn Mãi -spoke_at-> ${MEETING}`);
  });

  it('reads a fronted "Thảo luận tại hội nghị, <person> …" as the person speaking at it', () => {
    const { relations } = read(`Thành ủy TPHCM tổ chức ${MEETING}. Thảo luận tại hội nghị, đồng chí Tô Văn Hiếu đề nghị tăng cường kiểm tra.`);
    expect(relations).toContain(`Tô Văn Hiếu -spoke_at-> ${MEETING}`);
  });

  it('reads a report "do <person> … trình bày" as the person speaking at the meeting reported', () => {
    const { relations } = read(`Thành ủy TPHCM tổ chức ${MEETING}. Báo cáo chính trị do đồng chí Phan Văn Mãi, Phó Bí thư Thành ủy trình bày cho thấy nhiều kết quả.`);
    expect(relations).toContain(`Phan Văn Mãi -spoke_at-> ${MEETING}`);
    // A rank may stand before the name.
    const ranked = read(`Thành ủy TPHCM tổ chức ${MEETING}. Theo báo cáo do Đại tá Thạch Sô Phol, Chỉ huy trưởng Bộ CHQS Thành phố trình bày, năm qua đạt nhiều kết quả.`);
    expect(ranked.relations).toContain(`Thạch Sô Phol -spoke_at-> ${MEETING}`);
  });

  it('reads raising, reporting or proposing after a speaker\'s name as speaking at the meeting an article opens on', () => {
    const { relations } = read(`Sáng 16/8, Thành ủy TPHCM tổ chức ${MEETING}. Bà Sơn Thị Ngọc Hằng, Chủ tịch Liên đoàn Lao động Thành phố nêu kết quả. Cử tri Phạm Văn Khoái phản ánh tình trạng sạt lở.`);
    for (const name of ['Sơn Thị Ngọc Hằng', 'Phạm Văn Khoái']) expect(relations).toContain(`${name} -spoke_at-> ${MEETING}`);
  });

  it('gives the verb to each person of a subject joined by "và", their titles fused with bodies between them', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Bà Thạch Thị Sa Phương, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy và ông Lý Minh Hậu, Phó Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.`,
    );
    for (const name of ['Thạch Thị Sa Phương', 'Lý Minh Hậu']) expect(relations).toContain(`${name} -chaired-> ${MEETING}`);
  });

  it('reads a list of attendees that names no meeting as at the one the article reports', () => {
    const { relations } = read(
      `Thành ủy Hà Nội tổ chức ${MEETING}. Đến dự có đồng chí Nguyễn Văn Phong, Phó Bí thư Thành ủy; đồng chí Nguyễn Ngọc Tuấn, Chủ tịch HĐND thành phố. Dự kiến có ông Lê Văn An phát biểu.`,
    );
    expect(relations).toEqual(expect.arrayContaining([`Nguyễn Văn Phong -attended-> ${MEETING}`, `Nguyễn Ngọc Tuấn -attended-> ${MEETING}`]));
    expect(relations).not.toContain(`Lê Văn An -attended-> ${MEETING}`);
  });

  it('does not tie a speech to a meeting the sentence does not name', () => {
    const { relations } = read('Đồng chí Nguyễn Văn Nên phát biểu về công tác cán bộ.');
    expect(relations.filter((r) => r.includes('-spoke_at->'))).toEqual([]);
  });

  it('takes what officials say in an article about one meeting as said at it', () => {
    const { relations } = read(
      'Sáng 23/12, Ban Tuyên giáo Trung ương tổ chức hội nghị toàn quốc tổng kết công tác tuyên giáo năm 2019. Về nhiệm vụ, ông Võ Văn Phuông, Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương, cho biết: “Chủ động tuyên truyền đại hội”.',
    );
    expect(relations).toContain('Võ Văn Phuông -spoke_at-> Hội nghị toàn quốc tổng kết công tác tuyên giáo năm 2019');
  });

  it('reads "dưới sự chủ trì của" and "Chủ tọa kỳ họp gồm" as chairing', () => {
    const { relations } = read(
      'Sáng 20/8, Ủy ban Thường vụ Quốc hội tiến hành Phiên họp thứ 48 dưới sự chủ trì của Chủ tịch Quốc hội Trần Văn Minh. ' +
        'Chiều 5/6, HĐND tỉnh Cà Mau khóa X khai mạc Kỳ họp thứ 18. Chủ tọa kỳ họp gồm ông Đặng Văn Tâm, Phó Chủ tịch Thường trực HĐND tỉnh và bà Trần Thị Ánh, Phó Chủ tịch HĐND tỉnh.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Trần Văn Minh -chaired-> Phiên họp thứ 48, Ủy ban Thường vụ Quốc hội',
        'Đặng Văn Tâm -chaired-> Kỳ họp thứ 18, HĐND tỉnh Cà Mau khóa X',
        'Trần Thị Ánh -chaired-> Kỳ họp thứ 18, HĐND tỉnh Cà Mau khóa X',
      ]),
    );
  });

  it('gives "dưới sự chủ trì của A … và đồng chí B" to both, and a meeting named after the phrase', () => {
    const { relations } = read(
      `Dưới sự chủ trì của đồng chí Lê Văn Hà, Bí thư Tỉnh ủy và đồng chí Phạm Thị Lan, Chủ tịch UBND tỉnh, Tỉnh ủy Nghệ An tổ chức ${MEETING}. Hội nghị nghe ông Võ Văn Tùng trình bày báo cáo.`,
    );
    expect(relations).toEqual(expect.arrayContaining([`Lê Văn Hà -chaired-> ${MEETING}`, `Phạm Thị Lan -chaired-> ${MEETING}`]));
    expect(relations.filter((r) => r.startsWith('Võ Văn Tùng -chaired'))).toEqual([]);
  });

  it('reads a verb that ends its clause ("… Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.") as at the meeting reported', () => {
    const { relations } = read(
      `Tỉnh ủy Cà Mau tổ chức ${MEETING}. Ông Nguyễn Văn Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. ` +
        'Ông Lê Văn Bình báo cáo tại phiên thảo luận, có gần 300 đại biểu tham dự.',
    );
    expect(relations).toEqual(expect.arrayContaining([`Nguyễn Văn Hải -attended-> ${MEETING}`, `Nguyễn Văn Hải -spoke_at-> ${MEETING}`]));
    // The attendees of the second sentence are the delegates, not the person before them.
    expect(relations).not.toContain(`Lê Văn Bình -attended-> ${MEETING}`);
  });

  it('reads "Cùng chủ trì có A và B" and a fronted "Kết luận hội nghị, <person> …", but not a fronted document', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Bí thư Thành ủy Nguyễn Văn Nên chủ trì hội nghị. Cùng chủ trì có Chủ tịch UBND TP Phan Văn Mãi và Chủ tịch HĐND TP Nguyễn Thị Lệ. ` +
        'Kết luận hội nghị, ông Nguyễn Văn Nên đề nghị các cấp ủy hoàn thiện đề án. Kết luận số 01-KL/TW của Bộ Chính trị, ông Lê Văn Tám được giao theo dõi.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([`Phan Văn Mãi -chaired-> ${MEETING}`, `Nguyễn Thị Lệ -chaired-> ${MEETING}`, `Nguyễn Văn Nên -spoke_at-> ${MEETING}`]),
    );
    expect(relations).not.toContain(`Lê Văn Tám -spoke_at-> ${MEETING}`);
  });

  it('does not take a meeting named to date another ("sau Kỳ họp thứ 8") for the one reported', () => {
    const { relations } = read(
      'Sáng 25/12, Đoàn ĐBQH tỉnh Bình Định tiếp xúc cử tri sau Kỳ họp thứ 8, Quốc hội khóa XV. Tham dự có ông Hồ Quốc Dũng, Bí thư Tỉnh ủy. Tại kỳ họp, Quốc hội đã thông qua 18 luật; ông Lê Văn Tám cho biết thêm.',
    );
    expect(relations.filter((r) => r.includes('-attended->'))).toEqual([]);
  });

  it('does not take a meeting a matter is sent on to ("để trình Kỳ họp thứ 34") for the one reported', () => {
    const { relations } = read(
      'Ngày 22/11, UBND tỉnh Nghệ An họp. Cùng dự có ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh. Chủ tịch UBND tỉnh yêu cầu các sở hoàn thiện hồ sơ để trình Kỳ họp thứ 34 HĐND tỉnh khóa XVIII.',
    );
    expect(relations.filter((r) => r.includes('-attended->'))).toEqual([]);
  });

  it('does not take a meeting whose results are reported, or one a bill goes on to, for the one reported', () => {
    const session = 'Phiên họp thứ 48, Ủy ban Thường vụ Quốc hội';
    const { relations } = read(
      'Chiều 12/8, tiếp tục Phiên họp thứ 48, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật. Ủy ban đồng tình với việc trình Quốc hội xem xét, thông qua dự án luật tại Kỳ họp thứ 10, Quốc hội khóa XV. Phát biểu kết luận, Chủ tịch Quốc hội Trần Văn Hiển nhấn mạnh yêu cầu.',
    );
    expect(relations).toContain(`Trần Văn Hiển -spoke_at-> ${session}`);
    const council = read(
      'Sáng 10/12, HĐND tỉnh Nghệ An khai mạc Kỳ họp thứ 25. Tại phiên khai mạc, ông Thái Văn Quyết thông báo kết quả Kỳ họp thứ 8, Quốc hội khóa XV. Bí thư Tỉnh ủy Đặng Quốc Hưng phát biểu chỉ đạo kỳ họp.',
    );
    expect(council.relations).toContain('Đặng Quốc Hưng -spoke_at-> Kỳ họp thứ 25, HĐND tỉnh Nghệ An');
  });

  it('takes what officials say in an article that opens on a body\'s plenum or sitting as said at it', () => {
    const plenum = 'Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh Thanh Hóa khóa XX';
    const { relations } = read(
      `Sáng 16/12, Tỉnh ủy Thanh Hóa tổ chức ${plenum}. Đồng chí Nguyễn Hữu Thành, Chánh Văn phòng Tỉnh ủy báo cáo chương trình làm việc toàn khóa.`,
    );
    expect(relations).toContain(`Nguyễn Hữu Thành -spoke_at-> ${plenum}`);
  });

  it('gives chairing two meetings named together ("chủ trì X và Y") both', () => {
    const { relations } = read('Sáng 6/9, Thủ tướng Chính phủ Vũ Đức Thịnh chủ trì Phiên họp Chính phủ thường kỳ tháng 8 năm 2025 và Hội nghị trực tuyến Chính phủ với địa phương.');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Vũ Đức Thịnh -chaired-> Phiên họp Chính phủ thường kỳ tháng 8 năm 2025',
        'Vũ Đức Thịnh -chaired-> Hội nghị trực tuyến Chính phủ với địa phương',
      ]),
    );
  });

  it('reads the members of a congress\'s presidium ("Đoàn Chủ tịch Đại hội gồm các đồng chí: …") as chairing it', () => {
    const { relations } = read(
      'Sáng 16/10, Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X khai mạc. Đoàn Chủ tịch Đại hội gồm các đồng chí: Tống Văn Kiên, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Doãn Thị Thu Hà, Phó Chủ tịch.',
    );
    for (const name of ['Tống Văn Kiên', 'Doãn Thị Thu Hà']) expect(relations).toContain(`${name} -chaired-> Đại hội Mặt trận Tổ quốc Việt Nam lần thứ X`);
  });

  it('reads a list after "Đến dự và trao quyết định có"', () => {
    const { relations } = read(`Tỉnh ủy Gia Lai tổ chức ${MEETING}. Đến dự và trao quyết định có ông Lại Văn Hiển, Phó Trưởng Ban Tổ chức Trung ương.`);
    expect(relations).toContain(`Lại Văn Hiển -attended-> ${MEETING}`);
  });

  it('reads chairing a bridge of an online meeting as attending the meeting', () => {
    const { relations } = read(
      `Ban Bí thư tổ chức ${MEETING}. Tại điểm cầu tỉnh Nghệ An, đồng chí Thân Đức Hạnh, Bí thư Tỉnh ủy Nghệ An chủ trì; tại điểm cầu tỉnh Cà Mau, đồng chí Huỳnh Tấn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau chủ trì. Chủ trì tại điểm cầu tỉnh Quảng Ninh có đồng chí Giáp Văn Thụ.`,
    );
    for (const name of ['Thân Đức Hạnh', 'Huỳnh Tấn Lộc', 'Giáp Văn Thụ']) {
      expect(relations).toContain(`${name} -attended-> ${MEETING}`);
      expect(relations).not.toContain(`${name} -chaired-> ${MEETING}`);
    }
    // The bare committee in a chain of titles ending on a placed body is that place's.
    expect(relations).toContain('Huỳnh Tấn Lộc -holds_position-> Tỉnh ủy Cà Mau [Phó Bí thư]');
  });

  it('does not take a meeting being prepared ("công tác chuẩn bị Đại hội …") for the one reported', () => {
    const { relations } = read(
      'Chiều 12/9, Đoàn công tác của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn về công tác chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII. Phát biểu kết luận buổi làm việc, đồng chí Trần Cẩm Tú đề nghị tiếp tục thực hiện nghiêm Chỉ thị số 45-CT/TW.',
    );
    expect(relations.filter((r) => r.includes('-spoke_at->'))).toEqual([]);
  });

  it('reads the guests of one side ("Về phía tỉnh có …") and a contribution ("Tham luận tại hội nghị, …")', () => {
    const { relations } = read(
      'Sáng 12/5, Tỉnh ủy Bắc Ninh tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TW. Về phía Trung ương có đồng chí Nguyễn Văn Nam, Phó Trưởng Ban Tổ chức Trung ương. Tham luận tại hội nghị, đồng chí Đỗ Thị Hoa, Bí thư Huyện ủy Yên Phong chia sẻ kinh nghiệm.',
    );
    const conference = 'Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TW';
    expect(relations).toEqual(expect.arrayContaining([`Nguyễn Văn Nam -attended-> ${conference}`, `Đỗ Thị Hoa -spoke_at-> ${conference}`]));
  });

  it('refers a bare "đại hội" to the congress reported, not the one a delegation will go to', () => {
    const { relations } = read(
      'Chiều 16/10, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX bế mạc. Đại hội đã bầu Đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Phát biểu bế mạc đại hội, Bí thư Tỉnh ủy Nguyễn Duy Lâm nhấn mạnh.',
    );
    expect(relations.filter((r) => r.includes('-spoke_at->'))).toEqual(['Nguyễn Duy Lâm -spoke_at-> Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XX']);
  });

  it('reads "Dự buổi lễ có …" and speeches named with what they open or mark ("đọc diễn văn kỷ niệm")', () => {
    const { relations } = read(
      'Tối 30/8, Tỉnh ủy Bình Định tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công. Dự buổi lễ có đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy. Đồng chí Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy đọc diễn văn kỷ niệm. Bà Võ Thị Minh Sinh trình bày báo cáo chính trị tại lễ kỷ niệm.',
    );
    const ceremony = 'Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công';
    expect(relations).toEqual(
      expect.arrayContaining([`Hồ Quốc Dũng -attended-> ${ceremony}`, `Lê Kim Toàn -spoke_at-> ${ceremony}`, `Võ Thị Minh Sinh -spoke_at-> ${ceremony}`]),
    );
  });

  it('reads "điều hành phiên họp" as chairing, a bare sitting being one of the session named', () => {
    const { relations } = read(
      'Chiều 12/6, tại Kỳ họp thứ 9, Quốc hội khóa XV đã thông qua Nghị quyết số 202/2025/QH15. Chủ tịch Quốc hội Trần Thanh Mẫn điều hành phiên họp.',
    );
    expect(relations).toContain('Trần Thanh Mẫn -chaired-> Kỳ họp thứ 9, Quốc hội khóa XV');
  });

  it('reads through a dot inside a word ("TP.HCM") between a person and their verb', () => {
    const { relations } = read(
      'Sáng 12-3, Thành ủy TP.HCM tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Đồng chí Nguyễn Phước Lộc, Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM cùng dự.',
    );
    expect(relations).toContain('Nguyễn Phước Lộc -attended-> Hội nghị quán triệt Nghị quyết số 57-NQ/TW');
  });

  it('reads presenting or answering at a meeting as speaking at it ("Tại hội nghị, X đã quán triệt / trả lời …")', () => {
    const { relations } = read(
      'Sáng 12/3, Thành ủy Hà Nội tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW. Tại hội nghị, đồng chí Nguyễn Văn Hiệu, Trưởng Ban Tuyên giáo Thành ủy đã quán triệt các nội dung cơ bản của Nghị quyết.',
    );
    expect(relations).toContain('Nguyễn Văn Hiệu -spoke_at-> Hội nghị quán triệt Nghị quyết số 57-NQ/TW');
    const answered = read(
      'Sáng 25/11, UBND tỉnh Nghệ An tổ chức Hội nghị đối thoại với doanh nghiệp năm 2025. Tại hội nghị, ông Nguyễn Viết Hưng - Giám đốc Sở Nội vụ đã trả lời các kiến nghị của doanh nghiệp.',
    ).relations;
    expect(answered).toContain('Nguyễn Viết Hưng -spoke_at-> Hội nghị đối thoại với doanh nghiệp năm 2025');
  });

  it('gives a speech to the meeting named right after it, not to the one the article opened on', () => {
    const { relations } = read(
      'Sáng 3/2, Thành ủy Đà Nẵng tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam. Trước đó, Ban Tuyên giáo Thành ủy tổ chức Hội thảo khoa học "Đảng bộ thành phố Đà Nẵng 95 năm xây dựng và phát triển". PGS.TS Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu đề dẫn hội thảo.',
    );
    expect(relations).toContain('Lê Văn Lợi -spoke_at-> Hội thảo khoa học "Đảng bộ thành phố Đà Nẵng 95 năm xây dựng và phát triển"');
    expect(relations).not.toContain('Lê Văn Lợi -spoke_at-> Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam');
  });
});
