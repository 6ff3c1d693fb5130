// Vietnam's provinces and centrally-run cities, before and after the 2025 merger,
// plus regions and countries that political news names. Data, not code: a user can
// extend it through `createLexicon({ places: [...] })`.

export type PlaceLevel = 'country' | 'region' | 'province' | 'city' | 'district' | 'ward';

export interface PlaceEntry {
  /** Canonical label, as the reader expects it ("Hà Nội", "TPHCM"). */
  name: string;
  level: PlaceLevel;
  /** Other ways of writing it (without the admin word "tỉnh"/"thành phố"). */
  variants?: string[];
  /** Full forms that carry their admin word ("Thành phố Hồ Chí Minh", "TP.HCM"). */
  fullForms?: string[];
  /** Still a province-level unit after the 1 July 2025 merger. */
  current?: boolean;
}

/** Centrally-run cities: their party committee is a "Thành ủy", their bodies say "thành phố". */
const CITIES: PlaceEntry[] = [
  {
    name: 'TPHCM',
    level: 'city',
    variants: ['Sài Gòn'],
    fullForms: ['TPHCM', 'TP.HCM', 'TP. HCM', 'TP HCM', 'TP.Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh'],
    current: true,
  },
  { name: 'Hà Nội', level: 'city', variants: ['Thủ đô'], fullForms: ['Thủ đô Hà Nội'], current: true },
  { name: 'Hải Phòng', level: 'city', current: true },
  { name: 'Đà Nẵng', level: 'city', current: true },
  { name: 'Cần Thơ', level: 'city', current: true },
  // Huế became a centrally-run city in 2025; before that it was Thừa Thiên Huế's provincial city.
  { name: 'Huế', level: 'city', current: true },
];

const PROVINCES_BEFORE_2025 = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** The 28 provinces kept after the 2025 merger (the 6 cities above complete the 34). */
const PROVINCES_AFTER_2025 = new Set([
  'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long',
  'Đồng Tháp', 'Cà Mau', 'An Giang',
]);

const PROVINCE_VARIANTS: Record<string, string[]> = {
  'Bà Rịa - Vũng Tàu': ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắk Lăk'],
  'Đắk Nông': ['Đăk Nông'],
  'Thừa Thiên Huế': ['Thừa Thiên - Huế'],
  'Hòa Bình': ['Hoà Bình'],
  'Khánh Hòa': ['Khánh Hoà'],
  'Thanh Hóa': ['Thanh Hoá'],
};

const REGIONS: PlaceEntry[] = [
  { name: 'vùng Đông Nam bộ', level: 'region', variants: ['Đông Nam bộ', 'Đông Nam Bộ'] },
  { name: 'vùng Tây Nam bộ', level: 'region', variants: ['Tây Nam bộ', 'Tây Nam Bộ'] },
  { name: 'Đồng bằng sông Cửu Long', level: 'region', variants: ['đồng bằng sông Cửu Long', 'ĐBSCL'] },
  { name: 'Đồng bằng sông Hồng', level: 'region', variants: ['đồng bằng sông Hồng'] },
  { name: 'Tây Nguyên', level: 'region' },
  { name: 'Tây Bắc', level: 'region' },
  { name: 'Bắc Trung bộ', level: 'region', variants: ['Bắc Trung Bộ'] },
  { name: 'Nam Trung bộ', level: 'region', variants: ['Nam Trung Bộ', 'Duyên hải Nam Trung bộ'] },
  { name: 'Vùng Thủ đô Hà Nội', level: 'region', variants: ['vùng Thủ đô Hà Nội', 'Vùng Thủ đô'] },
  { name: 'Việt Nam', level: 'country' },
  { name: 'Lào', level: 'country', variants: ['Cộng hòa Dân chủ nhân dân Lào'] },
  { name: 'Campuchia', level: 'country' },
  { name: 'Trung Quốc', level: 'country' },
];

export const DEFAULT_PLACES: PlaceEntry[] = [
  ...CITIES,
  ...PROVINCES_BEFORE_2025.map((name): PlaceEntry => ({
    name,
    level: 'province',
    current: PROVINCES_AFTER_2025.has(name),
    ...(PROVINCE_VARIANTS[name] ? { variants: PROVINCE_VARIANTS[name] } : {}),
  })),
  ...REGIONS,
];

/** Admin words that introduce a place name, with the level they give it. */
export const ADMIN_WORDS: Array<{ word: string; level: PlaceLevel; canonical: string }> = [
  { word: 'tỉnh', level: 'province', canonical: 'tỉnh' },
  { word: 'thành phố', level: 'city', canonical: 'thành phố' },
  { word: 'TP.', level: 'city', canonical: 'TP' },
  { word: 'TP', level: 'city', canonical: 'TP' },
  { word: 'thị xã', level: 'district', canonical: 'thị xã' },
  { word: 'quận', level: 'district', canonical: 'quận' },
  { word: 'huyện', level: 'district', canonical: 'huyện' },
  { word: 'phường', level: 'ward', canonical: 'phường' },
  { word: 'xã', level: 'ward', canonical: 'xã' },
  { word: 'thị trấn', level: 'ward', canonical: 'thị trấn' },
  { word: 'đặc khu', level: 'district', canonical: 'đặc khu' },
];
