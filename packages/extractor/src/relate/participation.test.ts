import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

const MEETING = 'Hội nghị Tổng kết công tác năm 2023';

describe('chaired, attended, spoke_at', () => {
  it('gives every person of a "Chủ trì … có các đồng chí:" list the relation', () => {
    const { relations } = read(
      `Thành ủy TPHCM tổ chức ${MEETING}. Chủ trì hội nghị có các đồng chí: Nguyễn Văn Nên, Bí thư Thành ủy TPHCM; Phan Văn Mãi, Phó Bí thư Thành ủy; Nguyễn Thị Lệ, Chủ tịch HĐND TP.`,
    );
    for (const name of ['Nguyễn Văn Nên', 'Phan Văn Mãi', 'Nguyễn Thị Lệ']) expect(relations).toContain(`${name} -chaired-> ${MEETING}`);
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
});
