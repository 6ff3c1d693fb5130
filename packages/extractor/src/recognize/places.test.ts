import { describe, expect, it } from 'vitest';
import { read } from '../test/helpers.js';

describe('places', () => {
  it('reads provinces before and after the 2025 merger, cities, districts, wards and regions', () => {
    const { entities } = read(
      'Đoàn công tác đến tỉnh Hà Giang, tỉnh Tuyên Quang, TP.HCM, TP Thủ Đức, quận Tây Hồ, phường Xuân Hương - Đà Lạt và vùng Đông Nam bộ của Việt Nam.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'location:Hà Giang',
        'location:Tuyên Quang',
        'location:TPHCM',
        'location:TP Thủ Đức',
        'location:quận Tây Hồ',
        'location:phường Xuân Hương - Đà Lạt',
        'location:vùng Đông Nam bộ',
        'location:Việt Nam',
      ]),
    );
  });

  it('takes the article\'s place from places, not from a province\'s name inside a person\'s ("Nguyễn Hòa Bình")', () => {
    const { relations } = read(
      'Phó Thủ tướng Nguyễn Hòa Bình và ông Trần Thị Thái Bình dự hội nghị. Phó Thủ tướng Nguyễn Hòa Bình phát biểu. Tại tỉnh Quảng Ngãi, Chủ tịch UBND tỉnh Nguyễn Hoàng Giang dự.',
    );
    expect(relations).toContain('Nguyễn Hoàng Giang -holds_position-> UBND tỉnh Quảng Ngãi [Chủ tịch]');
  });

  it('places a body, not its organ, in the place written after the organ ("Ban Thường vụ Huyện ủy Krông Pắc, tỉnh Đắk Lắk")', () => {
    const { relations } = read('Ủy ban Kiểm tra Trung ương xem xét Ban Thường vụ Huyện ủy Krông Pắc, tỉnh Đắk Lắk nhiệm kỳ 2020-2025.');
    expect(relations.filter((r) => r.startsWith('Ban Thường vụ') && r.includes('-located_in->'))).toEqual([]);
    expect(relations).toContain('Ban Thường vụ Huyện ủy Krông Pắc -part_of-> Huyện ủy Krông Pắc');
    // A body of a ward lies in the ward, and the ward in the city written after the body.
    const ward = read('Sáng 10/7, Đảng bộ phường Ba Đình (Hà Nội) khai mạc đại hội.').relations.filter((r) => r.includes('-located_in->'));
    expect(ward.sort()).toEqual(['phường Ba Đình -located_in-> Hà Nội', 'Đảng bộ phường Ba Đình -located_in-> phường Ba Đình']);
  });

  it('places what is written before ", <place>" or "thuộc <place>" in it', () => {
    const { relations } = read('Ở TPHCM, phường Hiệp Phú, TP Thủ Đức đã thành lập TP Thủ Đức thuộc TPHCM.');
    expect(relations).toContain('phường Hiệp Phú -located_in-> TP Thủ Đức');
    expect(relations).toContain('TP Thủ Đức -located_in-> TPHCM');
    expect(relations).not.toContain('TPHCM -located_in-> phường Hiệp Phú');
    // The written container replaces the province the ward was assumed to lie in.
    expect(relations).not.toContain('phường Hiệp Phú -located_in-> TPHCM');
    expect(read('Đoàn đến tỉnh Hà Giang, tỉnh Tuyên Quang, TP.HCM.').relations).toEqual([]);
    // A national body lies in no province, whatever place the sentence names after it.
    expect(read('Theo Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ, tỉnh Cà Mau và tỉnh Bạc Liêu hợp nhất.').relations.filter((r) => r.includes('located_in'))).toEqual([]);
  });

  it('folds the ways of writing a city into one entity', () => {
    const { extraction } = read('TPHCM, Thành phố Hồ Chí Minh, TP.HCM và TP Hồ Chí Minh là một.');
    expect(extraction.entities.filter((e) => e.type === 'location')).toHaveLength(1);
  });

  it('reads a ward or district that shares a province\'s or city\'s name as that ward or district', () => {
    const { entities, entity } = read('Tại TP HCM, phường Sài Gòn được thành lập; tỉnh Hòa Bình và huyện Hòa Bình.');
    expect(entities).toEqual(expect.arrayContaining(['location:phường Sài Gòn', 'location:Hòa Bình', 'location:huyện Hòa Bình']));
    expect(entity('TPHCM')?.aliases).not.toContain('Sài Gòn');
  });

  it('keys districts and wards to the province or city named after them, not to the article\'s home', () => {
    const { extraction } = read('Đoàn công tác đến thăm xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước. Sau đó, đoàn làm việc tại phường Hòa Cường, quận Hải Châu, thành phố Đà Nẵng.');
    const keys = extraction.entities.filter((e) => e.type === 'location').map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['loc:phuong-hoa-cuong@da-nang', 'loc:quan-hai-chau@da-nang', 'loc:xa-tan-phu@binh-phuoc']));
  });
});

describe('the place an article is about', () => {
  it('reads a city named after its province as that province\'s city ("thành phố Hà Tĩnh"), and a centrally run city as itself', () => {
    const { entities, relations } = read(
      'Bà Phạm Thị Thu Hà, Chủ tịch UBND thành phố Hà Tĩnh, cho biết thành phố Hà Tĩnh đã sắp xếp xong. UBND tỉnh Hà Tĩnh và UBND thành phố Hà Nội chỉ đạo.',
    );
    expect(relations).toContain('Phạm Thị Thu Hà -holds_position-> UBND thành phố Hà Tĩnh [Chủ tịch]');
    expect(relations).toContain('thành phố Hà Tĩnh -located_in-> Hà Tĩnh');
    expect(entities).toEqual(expect.arrayContaining(['organization:UBND tỉnh Hà Tĩnh', 'organization:UBND thành phố Hà Nội']));
  });

  it('places the party committee of a city named after its province in that city ("Thành ủy Hà Tĩnh")', () => {
    const { relations } = read('Đồng chí Nguyễn Huy Cường, Bí thư Thành ủy Hà Tĩnh, phát biểu. Bí thư Tỉnh ủy Hà Tĩnh dự.');
    expect(relations).toEqual(expect.arrayContaining(['Thành ủy Hà Tĩnh -located_in-> thành phố Hà Tĩnh', 'Tỉnh ủy Hà Tĩnh -located_in-> Hà Tĩnh']));
  });

  it('is not a province whose name only a ward or commune of the article bears', () => {
    const { relations } = read(
      'Sáng 30/6, HĐND phường Long An, tỉnh Tây Ninh tổ chức kỳ họp thứ nhất. Phường Long An được thành lập trên cơ sở sáp nhập ba phường cũ. Dự kỳ họp có đồng chí Huỳnh Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy. Đại biểu HĐND phường Long An đã bầu các chức danh của phường Long An.',
    );
    expect(relations).toContain('Huỳnh Thị Kim Thoa -holds_position-> Ban Thường vụ Tỉnh ủy Tây Ninh [Ủy viên]');
  });
});
