// Vietnamese family names (the first syllable of almost every Vietnamese personal name).
// A capitalized run starting with one of these is read as a person's name unless it is a place.
export const SURNAMES: string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Phùng', 'Lâm', 'Mai', 'Đoàn', 'Tô', 'Hà', 'Lương', 'Trịnh', 'Đào', 'Cao',
  'Châu', 'Tạ', 'Quách', 'Thái', 'Lưu', 'Vương', 'Tăng', 'Triệu', 'La', 'Lại', 'Kiều', 'Văn', 'Đàm', 'Nông',
  'Lò', 'Hứa', 'Từ', 'Khổng', 'Tống', 'Giang', 'Doãn', 'Chu', 'Thân', 'Mạc', 'Hầu', 'Ông', 'Vi', 'Âu', 'Bế',
  'Lưu', 'Thạch', 'Danh', 'Kim', 'Ninh', 'Khúc', 'Y', 'Tòng', 'Quàng', 'Sùng', 'Giàng', 'Mã', 'Diệp', 'Huỳnh',
  'Trình', 'Phí', 'Nghiêm', 'Lục', 'Đồng', 'Hàn', 'Yên', 'Khuất', 'Bạch', 'Lã', 'Ma', 'Cù', 'Tiêu',
  'Đậu', 'Tôn', 'Uông', 'Khương', 'Bành', 'Tiết', 'Cấn', 'Thiều', 'Ung', 'Biện', 'Mẫn', 'Đới', 'Chế', 'Giáp', 'Trầm', 'Lữ', 'Quản', 'Kha',
  // Family names of the northern uplands (Thái, Mông, Dao, Tày) and the Central Highlands (Gia Rai, Ê Đê, Mạ, Xtiêng).
  'Lô', 'Cầm', 'Lèo', 'Sầm', 'Lường', 'Mùa', 'Thào', 'Vàng', 'Lầu', 'Hờ', 'Vừ', 'Hạng', 'Chảo', 'Bàn',
  'Ksor', 'Siu', 'Rơ Chăm', 'Rơ Châm', 'Rah Lan', 'Rmah', 'Kpă', 'Niê', 'Nay', 'Điểu',
  'Rơ Mah', 'Rơ Ô', 'Rơ Lan', 'Puih', 'Kpuih', 'Rcom', 'Êban', 'Mlô', 'Ayŭn', 'Byă', 'Knul', 'Adrơng', 'Hwing', 'Mjâu',
  // Names of the Ba Na, Xơ Đăng and Gié Triêng open on "A" ("A Pớt", "A Thiêng Dũng").
  'A',
];

/** Historical leaders named by epithet ("Bác Hồ" is Hồ Chí Minh). */
export const PERSON_EPITHETS: Array<{ surface: string; name: string }> = [{ surface: 'Bác Hồ', name: 'Hồ Chí Minh' }];

/**
 * Leaders whose names bodies bear ("Học viện Chính trị quốc gia Hồ Chí Minh", "Trường Chính trị
 * Trần Phú"): at the end of a body's name, such a name is part of it, not a person after it.
 */
export const EPONYMS: string[] = [
  'Hồ Chí Minh', 'Nguyễn Ái Quốc', 'Tôn Đức Thắng', 'Trần Phú', 'Lê Hồng Phong', 'Hà Huy Tập', 'Nguyễn Văn Cừ',
  'Trường Chinh', 'Lê Duẩn', 'Nguyễn Văn Linh', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Võ Văn Kiệt', 'Nguyễn Thị Minh Khai',
  'Lê Quý Đôn', 'Chu Văn An', 'Trần Hưng Đạo', 'Nguyễn Du', 'Nguyễn Trãi', 'Lê Lợi', 'Quang Trung',
];
