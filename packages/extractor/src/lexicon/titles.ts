// Position titles. A title followed by a body gives holds_position(person, body, role).

/** Titles, canonical tone placement; matching ignores the case of "ban"/"trưởng"/"đoàn" words. */
export const TITLES: string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Thủ tướng',
  'Phó Thủ tướng Thường trực',
  'Phó Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng Thường trực',
  'Thứ trưởng',
  'Bí thư thứ nhất',
  'Bí thư',
  'Phó Bí thư Thường trực',
  'Phó Bí thư',
  'Ủy viên Ban Thường vụ',
  'Ủy viên Thường vụ',
  'Ủy viên dự khuyết',
  'Ủy viên',
  'Thành viên',
  'Chủ tịch',
  'Phó Chủ tịch Thường trực',
  'Phó Chủ tịch',
  'Chủ nhiệm',
  'Phó Chủ nhiệm Thường trực',
  'Phó Chủ nhiệm',
  'Trưởng Ban',
  'Phó Trưởng Ban Thường trực',
  'Phó Trưởng Ban',
  'Trưởng đoàn',
  'Phó Trưởng đoàn Thường trực',
  'Phó Trưởng đoàn',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Giám đốc',
  'Phó Giám đốc',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Tổng Thư ký',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Thống đốc',
  'Phó Thống đốc',
  'Chính ủy',
  'Phó Chính ủy',
  'Chỉ huy trưởng',
  'Phó Chỉ huy trưởng',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Chánh án',
  'Thường trực',
];

/**
 * Titles whose last word is also the first word of the body they head:
 * "Trưởng Ban Tổ chức Thành ủy" is the head ("Trưởng") of "Ban Tổ chức Thành ủy".
 */
export const FUSED_TITLE_HEADS: Array<{ title: string; bodyWord: string }> = [
  { title: 'Trưởng', bodyWord: 'Ban' },
  { title: 'Phó Trưởng', bodyWord: 'Ban' },
  { title: 'Trưởng', bodyWord: 'Tiểu ban' },
  { title: 'Phó Trưởng', bodyWord: 'Tiểu ban' },
  { title: 'Chánh', bodyWord: 'Văn phòng' },
  { title: 'Phó Chánh', bodyWord: 'Văn phòng' },
  { title: 'Trưởng', bodyWord: 'Đoàn' },
  { title: 'Phó Trưởng', bodyWord: 'Đoàn' },
  // "Chánh Thanh tra tỉnh", "Tổng Thanh tra Chính phủ", "Tổng Kiểm toán Nhà nước".
  { title: 'Chánh', bodyWord: 'Thanh tra' },
  { title: 'Phó Chánh', bodyWord: 'Thanh tra' },
  { title: 'Tổng', bodyWord: 'Thanh tra' },
  { title: 'Phó Tổng', bodyWord: 'Thanh tra' },
  { title: 'Tổng', bodyWord: 'Kiểm toán' },
  { title: 'Phó Tổng', bodyWord: 'Kiểm toán' },
];

/** Words before a title that qualify it ("nguyên Bí thư" = former). Kept in the role. */
export const TITLE_QUALIFIERS = ['nguyên', 'Nguyên', 'cựu', 'Cựu', 'Quyền', 'quyền'];

/** Words before a person's name that mark it as a person (and are not part of the name). */
export const HONORIFICS: string[] = [
  'đồng chí', 'Đồng chí', 'đ/c', 'Đ/c', 'ông', 'Ông', 'bà', 'Bà', 'anh', 'chị',
  'GS.TS', 'GS.TSKH', 'PGS.TS', 'GS', 'PGS', 'TS', 'ThS', 'NGND', 'NGƯT', 'NSND', 'NSƯT', 'BS', 'KS',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Chuẩn Đô đốc', 'Phó Đô đốc', 'Đô đốc', 'Thầy', 'Cô', 'Bác',
];
