// Body kinds of the Vietnamese political system, as data. Recognizers compile these
// into patterns; users extend them through `createLexicon`.

/** Party committees whose name already says their level ("Thành ủy Hà Nội", "Huyện ủy Thanh Trì"). */
export interface CommitteeKind {
  /** As written, canonical tone placement. */
  word: string;
  /** The admin word of the place it governs (so "Huyện ủy Thanh Trì" → "huyện Thanh Trì"). */
  adminWord: string;
  level: 'city' | 'province' | 'district' | 'ward';
  /** Read only when capitalized: in lower case the words are ordinary ones ("trở thành đoàn viên"). */
  capitalOnly?: true;
}

export const COMMITTEE_KINDS: CommitteeKind[] = [
  { word: 'Thành ủy', adminWord: 'thành phố', level: 'city' },
  { word: 'Tỉnh ủy', adminWord: 'tỉnh', level: 'province' },
  { word: 'Huyện ủy', adminWord: 'huyện', level: 'district' },
  { word: 'Quận ủy', adminWord: 'quận', level: 'district' },
  { word: 'Thị ủy', adminWord: 'thị xã', level: 'district' },
  // The Youth Union's committee of a province or city, named the same way ("Bí thư Tỉnh đoàn", "Thành đoàn TPHCM").
  { word: 'Thành đoàn', adminWord: 'thành phố', level: 'city', capitalOnly: true },
  { word: 'Tỉnh đoàn', adminWord: 'tỉnh', level: 'province', capitalOnly: true },
];

/**
 * Bodies that exist at every level and take the admin word and place name after them
 * ("UBND tỉnh Bắc Ninh", "Đảng bộ quận Tây Hồ"). `label` is the canonical short form.
 */
export interface LocalBodyKind {
  label: string;
  variants: string[];
}

/** A province's National Assembly delegation: its deputies hold seats in it. */
export const NA_DELEGATION = 'Đoàn Đại biểu Quốc hội';

export const LOCAL_BODY_KINDS: LocalBodyKind[] = [
  { label: 'UBND', variants: ['UBND', 'Ủy ban nhân dân', 'Ủy ban Nhân dân', 'UB nhân dân'] },
  { label: 'HĐND', variants: ['HĐND', 'Hội đồng nhân dân', 'Hội đồng Nhân dân'] },
  {
    label: 'Ủy ban MTTQ Việt Nam',
    // "Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An": the national name with a place after it is that place's committee.
    variants: ['Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQVN', 'UBMTTQVN', 'UBMTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'MTTQ Việt Nam'],
  },
  { label: 'Ủy ban MTTQ', variants: ['Ủy ban MTTQ', 'UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'] },
  { label: 'Mặt trận Tổ quốc', variants: ['Mặt trận Tổ quốc', 'MTTQ'] },
  { label: 'Đảng bộ', variants: ['Đảng bộ'] },
  { label: NA_DELEGATION, variants: ['Đoàn Đại biểu Quốc hội', 'Đoàn đại biểu Quốc hội', 'đoàn Đại biểu Quốc hội', 'Đoàn ĐBQH', 'đoàn ĐBQH'] },
  { label: 'Công an', variants: ['Công an'] },
  { label: 'Bộ Chỉ huy Quân sự', variants: ['Bộ Chỉ huy Quân sự', 'Bộ CHQS'] },
  // A province's border guard command, a district's or commune's military command, the military service council.
  { label: 'Bộ Chỉ huy Bộ đội Biên phòng', variants: ['Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ Chỉ huy BĐBP'] },
  { label: 'Ban Chỉ huy Quân sự', variants: ['Ban Chỉ huy Quân sự', 'Ban CHQS'] },
  { label: 'Hội đồng Nghĩa vụ quân sự', variants: ['Hội đồng Nghĩa vụ quân sự', 'Hội đồng nghĩa vụ quân sự'] },
  { label: 'Đảng ủy Quân sự', variants: ['Đảng ủy Quân sự'] },
  { label: 'Thanh tra', variants: ['Thanh tra'] },
  { label: 'Tòa án nhân dân', variants: ['Tòa án nhân dân', 'TAND'] },
  { label: 'Viện Kiểm sát nhân dân', variants: ['Viện Kiểm sát nhân dân', 'VKSND'] },
  { label: 'Liên đoàn Lao động', variants: ['Liên đoàn Lao động'] },
  { label: 'Hội Nông dân', variants: ['Hội Nông dân'] },
  { label: 'Hội Liên hiệp Phụ nữ', variants: ['Hội Liên hiệp Phụ nữ', 'Hội LHPN'] },
  { label: 'Hội Cựu chiến binh', variants: ['Hội Cựu chiến binh'] },
  // The youth federation keeps the country in its local bodies' names ("Hội Liên hiệp Thanh niên Việt Nam tỉnh Bình Dương").
  { label: 'Hội Liên hiệp Thanh niên Việt Nam', variants: ['Hội Liên hiệp Thanh niên Việt Nam', 'Hội LHTN Việt Nam'] },
  { label: 'Đoàn Thanh niên', variants: ['Đoàn Thanh niên', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS HCM'] },
];

/**
 * Organs inside a body ("Ban Thường vụ Thành ủy", "Ủy ban Kiểm tra Tỉnh ủy"):
 * part_of their parent. Written with a capital, though "ban" is often lower case.
 */
export const SUB_BODY_KINDS: string[] = [
  'Ban Thường vụ',
  'Ban Thường trực',
  'Thường trực',
  'Ủy ban Kiểm tra',
  'Ban Tổ chức',
  'Ban Tuyên giáo và Dân vận',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Ban Đối ngoại',
  'Ban Chính sách, chiến lược',
  'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
  'Văn phòng',
  'Đoàn Chủ tịch',
  'Ban Pháp chế',
  'Ban Kinh tế - Ngân sách',
  'Ban Văn hóa - Xã hội',
  'Ban Dân tộc',
  'Ban Đô thị',
];

/** National bodies with a fixed name. `variants` are other full names of the same body. */
export interface NationalBody {
  label: string;
  variants?: string[];
  /** A council or committee of the National Assembly, also written "… của Quốc hội" (part of it). */
  ofAssembly?: true;
  /** The national body this one is part of ("Ủy ban Thường vụ Quốc hội" of "Quốc hội"). */
  parent?: string;
}

export const NATIONAL_BODIES: NationalBody[] = [
  { label: 'Bộ Chính trị' },
  { label: 'Ban Bí thư', variants: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương'] },
  {
    label: 'Ban Chấp hành Trung ương Đảng',
    variants: ['Ban Chấp hành Trung ương', 'Trung ương Đảng', 'BCH Trung ương Đảng', 'BCH Trung ương', 'Ban Chấp hành TW', 'Ban Chấp hành TƯ'],
  },
  { label: 'Ủy ban Thường vụ Quốc hội', variants: ['UBTVQH'], parent: 'Quốc hội' },
  { label: 'Quốc hội' },
  // The National Assembly's council and committees, as reorganized in 2025 and before.
  { label: 'Hội đồng Dân tộc', ofAssembly: true },
  { label: 'Ủy ban Pháp luật và Tư pháp', ofAssembly: true },
  { label: 'Ủy ban Kinh tế và Tài chính', ofAssembly: true },
  { label: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', ofAssembly: true },
  { label: 'Ủy ban Văn hóa và Xã hội', ofAssembly: true },
  { label: 'Ủy ban Khoa học, Công nghệ và Môi trường', ofAssembly: true },
  { label: 'Ủy ban Pháp luật', ofAssembly: true },
  { label: 'Ủy ban Tư pháp', ofAssembly: true },
  { label: 'Ủy ban Kinh tế', ofAssembly: true },
  { label: 'Ủy ban Tài chính, Ngân sách', ofAssembly: true },
  { label: 'Ủy ban Quốc phòng và An ninh', ofAssembly: true },
  { label: 'Ủy ban Văn hóa, Giáo dục', ofAssembly: true },
  { label: 'Ủy ban Xã hội', ofAssembly: true },
  { label: 'Ủy ban Đối ngoại', ofAssembly: true },
  { label: 'Chính phủ' },
  { label: 'Quân ủy Trung ương' },
  // The army and its two general departments, named in titles ("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam").
  { label: 'Tổng cục Chính trị Quân đội nhân dân Việt Nam', variants: ['Tổng cục Chính trị QĐND Việt Nam', 'Tổng cục Chính trị'] },
  { label: 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', variants: ['Bộ Tổng Tham mưu QĐND Việt Nam', 'Bộ Tổng Tham mưu'] },
  { label: 'Quân đội nhân dân Việt Nam', variants: ['QĐND Việt Nam'] },
  { label: 'Ủy ban Kiểm tra Trung ương' },
  { label: 'Ban Tổ chức Trung ương' },
  { label: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { label: 'Ban Tuyên giáo Trung ương' },
  { label: 'Ban Dân vận Trung ương' },
  { label: 'Ban Nội chính Trung ương' },
  { label: 'Ban Kinh tế Trung ương' },
  { label: 'Ban Đối ngoại Trung ương' },
  { label: 'Ban Chính sách, chiến lược Trung ương' },
  { label: 'Văn phòng Trung ương Đảng' },
  { label: 'Hội đồng Lý luận Trung ương' },
  { label: 'Đảng ủy Khối các cơ quan Trung ương' },
  { label: 'Đảng ủy Chính phủ' },
  { label: 'Đảng ủy Quốc hội' },
  { label: 'Đảng ủy Công an Trung ương', variants: ['Đảng ủy Công an TW'] },
  { label: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', variants: ['Đảng ủy MTTQ, các đoàn thể Trung ương', 'Đảng ủy Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương'] },
  { label: 'Đảng ủy các cơ quan Đảng Trung ương' },
  {
    label: 'Ủy ban Trung ương MTTQ Việt Nam',
    variants: ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương MTTQVN', 'Ủy ban Trung ương MTTQ'],
  },
  { label: 'Mặt trận Tổ quốc Việt Nam', variants: ['MTTQ Việt Nam', 'MTTQVN'] },
  { label: 'Tòa án nhân dân tối cao' },
  { label: 'Viện Kiểm sát nhân dân tối cao' },
  { label: 'Kiểm toán Nhà nước' },
  { label: 'Thanh tra Chính phủ' },
  { label: 'Văn phòng Chủ tịch nước' },
  { label: 'Văn phòng Quốc hội' },
  { label: 'Văn phòng Chính phủ' },
  { label: 'Học viện Chính trị quốc gia Hồ Chí Minh' },
  { label: 'Tổng Liên đoàn Lao động Việt Nam' },
  {
    label: 'Trung ương Đoàn',
    variants: ['Trung ương Đoàn TNCS Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn'],
  },
  { label: 'Trung ương Hội Liên hiệp Thanh niên Việt Nam', variants: ['Ủy ban Trung ương Hội Liên hiệp Thanh niên Việt Nam'] },
  { label: 'Bộ Quốc phòng' },
  { label: 'Bộ Công an' },
  { label: 'Bộ Ngoại giao' },
  { label: 'Bộ Nội vụ' },
  { label: 'Bộ Tư pháp' },
  { label: 'Bộ Tài chính' },
  { label: 'Bộ Công Thương' },
  { label: 'Bộ Kế hoạch và Đầu tư' },
  { label: 'Bộ Nông nghiệp và Phát triển nông thôn' },
  { label: 'Bộ Nông nghiệp và Môi trường' },
  { label: 'Bộ Tài nguyên và Môi trường' },
  { label: 'Bộ Giao thông vận tải' },
  { label: 'Bộ Xây dựng' },
  { label: 'Bộ Thông tin và Truyền thông' },
  { label: 'Bộ Lao động - Thương binh và Xã hội' },
  { label: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { label: 'Bộ Khoa học và Công nghệ' },
  { label: 'Bộ Giáo dục và Đào tạo' },
  { label: 'Bộ Y tế' },
  { label: 'Bộ Dân tộc và Tôn giáo' },
  // The ministry-level committee merged into Bộ Dân tộc và Tôn giáo in 2025; archives name it.
  { label: 'Ủy ban Dân tộc' },
  { label: 'Ngân hàng Nhà nước Việt Nam', variants: ['Ngân hàng Nhà nước'] },
];

/** Named institutions: a head word followed by a capitalized name ("Trường ĐH Kinh tế TPHCM"). */
export const INSTITUTION_HEADS: string[] = [
  'Trường Đại học',
  'Trường ĐH',
  'Trường Cao đẳng',
  'Trường Trung học phổ thông',
  'Trường THPT',
  'Trường THCS',
  'Trường Tiểu học',
  'Trường Chính trị',
  'Trường',
  'Học viện',
  'Đại học',
  'Tổng Công ty',
  'Tổng công ty',
  // A company's legal form, lower case, opens its name ("Công ty cổ phần Đầu tư hạ tầng Sông Chu").
  'Công ty cổ phần',
  'Công ty Cổ phần',
  'Công ty trách nhiệm hữu hạn',
  'Công ty',
  'Tập đoàn',
  'Bệnh viện',
  'Viện',
  'Sở',
  // A ministry's departments and general departments ("Cục Thuế", "Vụ Pháp chế", "Tổng cục Hải quan").
  'Tổng cục',
  'Chi cục',
  'Cục',
  'Vụ',
  'Bộ Tư lệnh',
  'Quân khu',
  'Báo',
  'Đài Phát thanh và Truyền hình',
  'Ngân hàng',
];
