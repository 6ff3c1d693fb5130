import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

const people = (text: string) => read(text).entities.filter((e) => e.startsWith('person:')).map((e) => e.slice(7));

describe('people', () => {
  it('reads names after titles, honorifics and ranks, ethnic names included', () => {
    expect(people('Thượng tướng Nguyễn Hồng Thái và ông Y Thanh Hà Niê Kđăm dự họp cùng đồng chí Tổng Bí thư Nguyễn Phú Trọng.')).toEqual([
      'Nguyễn Hồng Thái',
      'Y Thanh Hà Niê Kđăm',
      'Nguyễn Phú Trọng',
    ]);
  });

  it('reads a syllable joined by an apostrophe ("Điểu K\'Ré", "K’Mák")', () => {
    const { entities, relations } = read("Đồng chí Điểu K'Ré, Bí thư Tỉnh ủy Bình Phước và ông Điểu K’Mák dự.");
    expect(entities.filter((e) => e.startsWith('person:'))).toEqual(["person:Điểu K'Ré", 'person:Điểu K’Mák']);
    expect(relations).toContain("Điểu K'Ré -holds_position-> Tỉnh ủy Bình Phước [Bí thư]");
  });

  it('reads less common family names after a bare body, never as a place ("Huyện ủy Giáp Văn Thuận")', () => {
    const { entities } = read('Bí thư Huyện ủy Giáp Văn Thuận phát biểu. Chủ tịch UBND tỉnh Trầm Quốc Bảo dự.');
    expect(entities.filter((e) => e.startsWith('person:'))).toEqual(['person:Giáp Văn Thuận', 'person:Trầm Quốc Bảo']);
    expect(entities.filter((e) => e.startsWith('location:'))).toEqual([]);
  });

  it('tells people from places that start like family names', () => {
    expect(people('Thành ủy Hà Nội và quận Hoàng Mai, tỉnh Lâm Đồng, TP Hồ Chí Minh.')).toEqual([]);
    expect(people('Học tập tư tưởng Hồ Chí Minh và lời dạy của Bác Hồ.')).toEqual(['Hồ Chí Minh']);
  });

  it('reads a name right after an admin word used as a title ("HĐND thành phố Nguyễn Ngọc Tuấn")', () => {
    expect(people('Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn dự hội nghị tại Hà Nội.')).toEqual(['Nguyễn Ngọc Tuấn']);
  });

  it('reads the family names of the uplands, and a name after a bare admin word as a person, not a place', () => {
    const { entities, relations } = read('Tại Nghệ An, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lô Thị Hoa và ông Cầm Bá Xuân, Sầm Văn Bình dự.');
    expect(entities.filter((e) => e.startsWith('person:') || e.startsWith('location:'))).toEqual([
      'location:Nghệ An',
      'person:Lô Thị Hoa',
      'person:Cầm Bá Xuân',
      'person:Sầm Văn Bình',
    ]);
    expect(relations).toContain('Lô Thị Hoa -holds_position-> Ủy ban MTTQ Việt Nam tỉnh Nghệ An [Chủ tịch]');
    // Not a known family name: "Thị" second still says a woman's name.
    expect(people('Tại Nghệ An, Chủ tịch HĐND tỉnh Xồng Thị Mai phát biểu.')).toEqual(['Xồng Thị Mai']);
  });

  it('reads a Central Highlands name opening on "A", but no "A" of a list or grade', () => {
    expect(people('Về phía tỉnh có các đồng chí: A Thiêng Dũng, Phó Bí thư Thường trực Tỉnh ủy Kon Tum.')).toEqual(['A Thiêng Dũng']);
    expect(people('Trường đạt chuẩn loại A Quốc gia; khối A Trung học.')).toEqual([]);
  });

  it('ends a name before a title that runs on from it, and reads no title\'s capitals as a name', () => {
    expect(people('Tại Nghệ An, ông Nguyễn Văn Hà Chủ tịch UBND tỉnh dự.')).toEqual(['Nguyễn Văn Hà']);
    expect(people('Đại hội hiệp thương cử Đoàn Chủ tịch. Dự có các đồng chí Phó Trưởng Ban Chỉ đạo: Bùi Đức Lợi.')).toEqual(['Bùi Đức Lợi']);
  });

  it('skips bylines and photo credits', () => {
    expect(people('Thành ủy họp.\n\nHoàng Lan - Hoàng Mai\n')).toEqual([]);
    expect(people('Các đại biểu dự họp. Ảnh: Nguyễn Nam')).toEqual([]);
  });

  it('reads "ông Hoàng" as the article\'s Phạm Trọng Hoàng', () => {
    const { extraction } = read('Ông Phạm Trọng Hoàng, Chánh văn phòng Tỉnh ủy Nghệ An, cho biết. Ông Hoàng cũng cho biết thêm.');
    const people = extraction.entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.label)).toEqual(['Phạm Trọng Hoàng']);
    expect(people[0]!.mentions).toHaveLength(2);
    expect(people[0]!.aliases).toEqual(['Phạm Trọng Hoàng']);
  });
});
