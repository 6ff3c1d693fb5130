// The vocabulary of Vietnamese politics as English-language outlets write it, as data.
// Every body maps to the canonical Vietnamese label the Vietnamese path produces, so that
// one real-world body is one node whichever edition named it.

/** The army's English name, as the press writes it ("Vietnam People's Army", "Việt Nam People’s Army"). */
const THE_ARMY = ['Vietnam', 'Việt Nam', 'Viet Nam'].flatMap((country) => [`${country} People's Army`, `${country} People’s Army`]);
/** "General Staff of the Vietnam People's Army", in every spelling of the army's name. */
const ofTheArmy = (organ: string) => THE_ARMY.map((army) => `${organ} of the ${army}`);

/** National bodies with a fixed name. `en` lists full English names (case-sensitive, longest wins). */
export interface EnglishNationalBody {
  en: string[];
  /** Canonical Vietnamese label (as in lexicon/bodies.ts). */
  vi: string;
  /** Vietnamese label of the body it belongs to, when the English name says so. */
  parent?: string;
  /** A council or committee of the National Assembly, also written after "NA" ("NA Economic and Financial Committee"). */
  ofAssembly?: true;
}

export const NATIONAL_BODIES_EN: EnglishNationalBody[] = [
  { en: ['Politburo', 'Political Bureau'], vi: 'Bộ Chính trị' },
  { en: ['Secretariat of the Party Central Committee', 'Party Central Committee Secretariat', 'Secretariat'], vi: 'Ban Bí thư', parent: 'Ban Chấp hành Trung ương Đảng' },
  {
    en: ['Party Central Committee', 'Central Committee of the Communist Party of Vietnam', 'CPV Central Committee', 'Communist Party of Vietnam Central Committee', 'PCC'],
    vi: 'Ban Chấp hành Trung ương Đảng',
  },
  { en: ['NA Standing Committee', 'National Assembly Standing Committee', 'Standing Committee of the National Assembly', 'NASC'], vi: 'Ủy ban Thường vụ Quốc hội', parent: 'Quốc hội' },
  { en: ['National Assembly', 'NA', 'legislature'], vi: 'Quốc hội' },
  { en: ['Government'], vi: 'Chính phủ' },
  {
    en: ['VFF Central Committee', 'Vietnam Fatherland Front Central Committee', 'Việt Nam Fatherland Front Central Committee', 'Central Committee of the Vietnam Fatherland Front', 'Central Committee of the Việt Nam Fatherland Front'],
    vi: 'Ủy ban Trung ương MTTQ Việt Nam',
  },
  { en: ['Vietnam Fatherland Front', 'Việt Nam Fatherland Front', 'Viet Nam Fatherland Front', 'VFF'], vi: 'Mặt trận Tổ quốc Việt Nam' },
  { en: ['Central Military Commission'], vi: 'Quân ủy Trung ương' },
  { en: [...ofTheArmy('General Department of Politics'), 'General Department of Politics'], vi: 'Tổng cục Chính trị Quân đội nhân dân Việt Nam' },
  { en: [...ofTheArmy('General Staff'), 'General Staff'], vi: 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam' },
  { en: [...THE_ARMY, 'VPA'], vi: 'Quân đội nhân dân Việt Nam' },
  // The central Party committees (2025): of the Party's agencies, the Government, the National Assembly, the Front and mass organisations, the police.
  { en: ['Party Committee of Central Party Agencies', 'Party Committee of the Central Party Agencies', 'Central Party Agencies Party Committee'], vi: 'Đảng ủy các cơ quan Đảng Trung ương' },
  { en: ['Government Party Committee', 'Party Committee of the Government'], vi: 'Đảng ủy Chính phủ' },
  { en: ['National Assembly Party Committee', 'Party Committee of the National Assembly'], vi: 'Đảng ủy Quốc hội' },
  {
    en: ['Party Committee of the Vietnam Fatherland Front and Central Mass Organisations', 'Party Committee of the Vietnam Fatherland Front and central mass organisations', 'Party Committee of the Vietnam Fatherland Front and Central Mass Organizations', 'Party Committee of the Vietnam Fatherland Front and central mass organizations'],
    vi: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương',
  },
  { en: ['Central Public Security Party Committee', 'Central Police Party Committee', 'Party Committee of the Central Public Security Force'], vi: 'Đảng ủy Công an Trung ương' },
  { en: ['Central Inspection Commission', 'Party Central Inspection Commission', 'Inspection Commission of the Party Central Committee'], vi: 'Ủy ban Kiểm tra Trung ương' },
  { en: ['Central Organisation Commission', 'Central Organization Commission', 'Party Central Committee’s Organisation Commission', "Party Central Committee's Organisation Commission"], vi: 'Ban Tổ chức Trung ương' },
  { en: ['Central Propaganda and Mass Mobilization Commission', 'Central Propaganda and Mass Mobilisation Commission', 'Central Commission for Propaganda and Mass Mobilisation', 'Central Commission for Propaganda and Mass Mobilization'], vi: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { en: ['Central Propaganda and Training Commission', 'Central Propaganda Commission', 'Central Commission for Information and Education', 'Central Information and Education Commission', 'Commission for Information and Education', 'Central Commission for Communication and Education'], vi: 'Ban Tuyên giáo Trung ương' },
  {
    en: [
      'Central Mass Mobilisation Commission', 'Central Mass Mobilization Commission',
      'Party Central Committee’s Commission for Mass Mobilisation', "Party Central Committee's Commission for Mass Mobilisation",
      'Party Central Committee’s Commission for Mass Mobilization', "Party Central Committee's Commission for Mass Mobilization",
      'Party Central Committee’s Mass Mobilisation Commission', "Party Central Committee's Mass Mobilisation Commission",
    ],
    vi: 'Ban Dân vận Trung ương',
  },
  { en: ['Central Internal Affairs Commission', 'Central Commission for Internal Affairs'], vi: 'Ban Nội chính Trung ương' },
  { en: ['Central Economic Commission', 'Central Economic Committee'], vi: 'Ban Kinh tế Trung ương' },
  { en: ['Central External Relations Commission', 'Central Commission for External Relations'], vi: 'Ban Đối ngoại Trung ương' },
  { en: ['Central Theoretical Council'], vi: 'Hội đồng Lý luận Trung ương' },
  {
    en: [
      'Central Policy and Strategy Commission', 'Central Commission for Policy and Strategy',
      'Party Central Committee’s Policy and Strategy Commission', "Party Central Committee's Policy and Strategy Commission",
    ],
    vi: 'Ban Chính sách, chiến lược Trung ương',
  },
  { en: ['Supreme People’s Court', "Supreme People's Court"], vi: 'Tòa án nhân dân tối cao' },
  { en: ['Supreme People’s Procuracy', "Supreme People's Procuracy"], vi: 'Viện Kiểm sát nhân dân tối cao' },
  { en: ['State Audit Office of Vietnam', 'State Audit Office of Viet Nam', 'State Audit of Vietnam', 'State Audit Office'], vi: 'Kiểm toán Nhà nước' },
  { en: ['Ho Chi Minh National Academy of Politics', 'Hồ Chí Minh National Academy of Politics'], vi: 'Học viện Chính trị quốc gia Hồ Chí Minh' },
  {
    en: [
      'Ho Chi Minh Communist Youth Union Central Committee', 'Hồ Chí Minh Communist Youth Union Central Committee',
      'Central Committee of the Ho Chi Minh Communist Youth Union', 'Central Committee of the Hồ Chí Minh Communist Youth Union',
      'Ho Chi Minh Communist Youth Union', 'Hồ Chí Minh Communist Youth Union', 'HCYU Central Committee',
    ],
    vi: 'Trung ương Đoàn',
  },
  { en: ['Vietnam General Confederation of Labour', 'Vietnam General Confederation of Labor'], vi: 'Tổng Liên đoàn Lao động Việt Nam' },
  { en: ['Vietnam Farmers’ Union', "Vietnam Farmers' Union", 'Việt Nam Farmers’ Union', "Việt Nam Farmers' Union"], vi: 'Hội Nông dân Việt Nam' },
  { en: ['Vietnam Women’s Union', "Vietnam Women's Union", 'Việt Nam Women’s Union', "Việt Nam Women's Union"], vi: 'Hội Liên hiệp Phụ nữ Việt Nam' },
  { en: ['Vietnam Veterans’ Association', "Vietnam Veterans' Association", 'Việt Nam Veterans’ Association', "Việt Nam Veterans' Association"], vi: 'Hội Cựu chiến binh Việt Nam' },
  { en: ['Ministry of National Defence', 'Ministry of National Defense'], vi: 'Bộ Quốc phòng' },
  { en: ['Ministry of Public Security'], vi: 'Bộ Công an' },
  { en: ['Ministry of Foreign Affairs'], vi: 'Bộ Ngoại giao' },
  { en: ['Ministry of Home Affairs'], vi: 'Bộ Nội vụ' },
  { en: ['Ministry of Justice'], vi: 'Bộ Tư pháp' },
  { en: ['Ministry of Finance'], vi: 'Bộ Tài chính' },
  { en: ['Ministry of Industry and Trade'], vi: 'Bộ Công Thương' },
  { en: ['Ministry of Planning and Investment'], vi: 'Bộ Kế hoạch và Đầu tư' },
  { en: ['Ministry of Health'], vi: 'Bộ Y tế' },
  { en: ['Ministry of Education and Training'], vi: 'Bộ Giáo dục và Đào tạo' },
  { en: ['Ministry of Construction'], vi: 'Bộ Xây dựng' },
  { en: ['Ministry of Agriculture and Environment'], vi: 'Bộ Nông nghiệp và Môi trường' },
  { en: ['Ministry of Agriculture and Rural Development'], vi: 'Bộ Nông nghiệp và Phát triển nông thôn' },
  { en: ['Ministry of Natural Resources and Environment'], vi: 'Bộ Tài nguyên và Môi trường' },
  { en: ['Ministry of Science and Technology'], vi: 'Bộ Khoa học và Công nghệ' },
  { en: ['Ministry of Culture, Sports and Tourism', 'Ministry of Culture, Sport and Tourism'], vi: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { en: ['Ministry of Ethnic and Religious Affairs', 'Ministry of Ethnic Minorities and Religions'], vi: 'Bộ Dân tộc và Tôn giáo' },
  { en: ['Ministry of Transport'], vi: 'Bộ Giao thông vận tải' },
  { en: ['Ministry of Information and Communications'], vi: 'Bộ Thông tin và Truyền thông' },
  { en: ['Ministry of Labour, Invalids and Social Affairs', 'Ministry of Labor, Invalids and Social Affairs'], vi: 'Bộ Lao động - Thương binh và Xã hội' },
  { en: ['Committee for Ethnic Minority Affairs'], vi: 'Ủy ban Dân tộc' },
  { en: ['Government Inspectorate'], vi: 'Thanh tra Chính phủ' },
  { en: ['Government Office', 'Office of the Government'], vi: 'Văn phòng Chính phủ' },
  { en: ['National Assembly Office', 'Office of the National Assembly', 'NA Office'], vi: 'Văn phòng Quốc hội' },
  { en: ['Office of the President', 'Presidential Office', 'Office of the State President'], vi: 'Văn phòng Chủ tịch nước' },
  { en: ['Office of the Party Central Committee', 'Party Central Committee Office', 'Party Central Committee’s Office', "Party Central Committee's Office"], vi: 'Văn phòng Trung ương Đảng' },
  // The National Assembly's council and committees, as reorganized in 2025 and before (as in lexicon/bodies.ts).
  { en: ['Ethnic Council', 'Council for Ethnic Affairs', 'Council of Ethnic Affairs', 'Ethnic Affairs Council'], vi: 'Hội đồng Dân tộc', ofAssembly: true },
  { en: ['Committee for Law and Justice', 'Committee on Law and Justice', 'Law and Justice Committee'], vi: 'Ủy ban Pháp luật và Tư pháp', ofAssembly: true },
  { en: ['Committee for Economic and Financial Affairs', 'Economic and Financial Committee', 'Committee on Economic and Financial Affairs', 'Economic and Financial Affairs Committee', 'Committee for Economy and Finance', 'Committee on Economy and Finance'], vi: 'Ủy ban Kinh tế và Tài chính', ofAssembly: true },
  { en: ['Committee for National Defence, Security and Foreign Affairs', 'Committee for National Defense, Security and Foreign Affairs', 'Committee on National Defence, Security and Foreign Affairs', 'Committee on National Defense, Security and Foreign Affairs'], vi: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', ofAssembly: true },
  { en: ['Committee for Culture and Society', 'Committee on Culture and Society', 'Committee for Culture and Social Affairs', 'Committee on Culture and Social Affairs'], vi: 'Ủy ban Văn hóa và Xã hội', ofAssembly: true },
  { en: ['Committee for Science, Technology and Environment', 'Committee on Science, Technology and Environment'], vi: 'Ủy ban Khoa học, Công nghệ và Môi trường', ofAssembly: true },
  { en: ['Committee for Legal Affairs', 'Committee on Legal Affairs', 'Law Committee'], vi: 'Ủy ban Pháp luật', ofAssembly: true },
  { en: ['Committee for Judicial Affairs', 'Committee on Judicial Affairs', 'Judicial Committee'], vi: 'Ủy ban Tư pháp', ofAssembly: true },
  { en: ['Finance and Budget Committee', 'Committee for Finance and Budget', 'Committee on Finance and Budget'], vi: 'Ủy ban Tài chính, Ngân sách', ofAssembly: true },
  { en: ['Committee for National Defence and Security', 'Committee for National Defense and Security', 'National Defence and Security Committee', 'National Defense and Security Committee'], vi: 'Ủy ban Quốc phòng và An ninh', ofAssembly: true },
  { en: ['Committee for Culture and Education', 'Committee for Culture, Education, Youth, Adolescents and Children'], vi: 'Ủy ban Văn hóa, Giáo dục', ofAssembly: true },
  { en: ['Committee for Social Affairs', 'Committee on Social Affairs', 'Social Affairs Committee'], vi: 'Ủy ban Xã hội', ofAssembly: true },
  { en: ['Committee for External Relations', 'Committee on External Relations', 'Foreign Affairs Committee', 'Committee for Foreign Affairs'], vi: 'Ủy ban Đối ngoại', ofAssembly: true },
  { en: ['State Bank of Vietnam', 'State Bank of Viet Nam'], vi: 'Ngân hàng Nhà nước Việt Nam', ofAssembly: true },
];

/**
 * Organs of a party committee, as English writes them inside or after the committee's name
 * ("Provincial Party Organisation Committee", "Party Committee's Inspection Commission",
 * "Standing Committee of the Provincial Party Committee"). `vi` is the Vietnamese sub-body word.
 */
export const SUB_BODIES_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['Standing Committee', 'Standing Board', 'Standing'], vi: 'Ban Thường vụ' },
  { en: ['Organisation Committee', 'Organization Committee', 'Organisation Commission', 'Organization Commission', 'Organisation Board', 'Organization Board', 'Organisation', 'Organization'], vi: 'Ban Tổ chức' },
  { en: ['Inspection Committee', 'Inspection Commission', 'Commission of Inspection', 'Committee of Inspection', 'Inspection Board', 'Inspection'], vi: 'Ủy ban Kiểm tra' },
  { en: ['Internal Affairs Commission', 'Internal Affairs Committee', 'Commission of Internal Affairs', 'Commission for Internal Affairs', 'Internal Affairs Board'], vi: 'Ban Nội chính' },
  {
    en: [
      'Propaganda and Mass Mobilisation Commission', 'Propaganda and Mass Mobilization Commission', 'Propaganda and Mass Mobilization Committee', 'Propaganda and Mass Mobilisation Board',
      'Propaganda and Mass Mobilization Board', 'Commission for Propaganda and Mass Mobilisation', 'Commission for Propaganda and Mass Mobilization',
    ],
    vi: 'Ban Tuyên giáo và Dân vận',
  },
  { en: ['Propaganda Commission', 'Propaganda Committee', 'Propaganda Board', 'Commission for Information and Education', 'Information and Education Commission', 'Propaganda and Education Commission', 'Propaganda and Training Commission', 'Propaganda'], vi: 'Ban Tuyên giáo' },
  { en: ['Commission for Mass Mobilisation', 'Commission for Mass Mobilization', 'Mass Mobilisation Commission', 'Mass Mobilization Commission', 'Mass Mobilisation Committee', 'Mass Mobilization Committee', 'Mass Mobilisation Board', 'Mass Mobilization Board', 'Mass Mobilisation', 'Mass Mobilization'], vi: 'Ban Dân vận' },
  { en: ['Economic Commission', 'Economic Committee', 'Economic Board'], vi: 'Ban Kinh tế' },
  { en: ['Office'], vi: 'Văn phòng' },
];

/** The level word before "Party Committee" and the Vietnamese committee and admin words it implies. */
export const LEVELS_EN: Array<{ en: string[]; committee: string; admin: string; level: 'province' | 'city' | 'district' }> = [
  { en: ['Provincial', 'provincial', 'Province', 'province'], committee: 'Tỉnh ủy', admin: 'tỉnh', level: 'province' },
  { en: ['Municipal', 'municipal', 'City', 'city'], committee: 'Thành ủy', admin: 'thành phố', level: 'city' },
  { en: ['District', 'district'], committee: 'Huyện ủy', admin: 'huyện', level: 'district' },
  { en: ['Town', 'town'], committee: 'Thị ủy', admin: 'thị xã', level: 'district' },
];

/** Bodies that exist in every province ("Provincial People's Committee", "People's Council of Da Nang"). */
export const LOCAL_BODIES_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['People’s Committee', "People's Committee", 'People Committee'], vi: 'UBND' },
  { en: ['People’s Council', "People's Council", 'People Council'], vi: 'HĐND' },
  // ("Vietnam Fatherland Front of Binh Thuan Province", "the provincial Fatherland Front": the national name alone is the national body.)
  { en: ['Vietnam Fatherland Front Committee', 'Việt Nam Fatherland Front Committee', 'Fatherland Front Committee', 'VFF Committee', 'Vietnam Fatherland Front', 'Việt Nam Fatherland Front', 'Fatherland Front'], vi: 'Ủy ban MTTQ Việt Nam' },
  { en: ['National Assembly Delegation', 'NA Delegation', 'National Assembly delegation', 'NA delegation', 'National Assembly (NA) delegation', 'delegation of National Assembly deputies', "National Assembly Deputies' Delegation", 'National Assembly Deputies’ Delegation', "National Assembly deputies' delegation", 'National Assembly deputies’ delegation', "NA Deputies' Delegation", 'NA Deputies’ Delegation', "NA deputies' delegation", 'NA deputies’ delegation'], vi: 'Đoàn Đại biểu Quốc hội' },
  { en: ['Police Department', 'Public Security Department', 'Police'], vi: 'Công an' },
  { en: ['Military Command'], vi: 'Bộ Chỉ huy Quân sự' },
  // ("Ho Chi Minh Communist Youth Union of Can Tho City": with its place, the city's Union, not the national one.)
  { en: ['Youth Union', 'Communist Youth Union', 'Ho Chi Minh Communist Youth Union', 'Hồ Chí Minh Communist Youth Union'], vi: 'Đoàn Thanh niên' },
  // The mass organisations of a province ("Binh Phuoc Farmers' Association", "the provincial Women's Union").
  { en: ['Farmers’ Association', "Farmers' Association", 'Farmers’ Union', "Farmers' Union"], vi: 'Hội Nông dân' },
  { en: ['Women’s Union', "Women's Union"], vi: 'Hội Liên hiệp Phụ nữ' },
  { en: ['Veterans’ Association', "Veterans' Association"], vi: 'Hội Cựu chiến binh' },
  { en: ['Labour Federation', 'Labor Federation', 'Federation of Labour', 'Federation of Labor'], vi: 'Liên đoàn Lao động' },
  // The province's whole party membership (Đảng bộ), whose congress elects the Party Committee.
  { en: ['Party Organisation', 'Party Organization', 'Party organisation', 'Party organization'], vi: 'Đảng bộ' },
];

/** The committees of a People's Council ("Economic-Budget Committee of the … People's Council") → the Vietnamese "Ban" name. */
export const COUNCIL_COMMITTEES_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['Economic-Budget Committee', 'Economic – Budget Committee', 'Economic and Budget Committee', 'Economics-Budget Committee', 'Economy-Budget Committee'], vi: 'Ban Kinh tế - Ngân sách' },
  { en: ['Legal Affairs Committee', 'Legal Committee', 'Legislation Committee'], vi: 'Ban Pháp chế' },
  { en: ['Culture-Social Affairs Committee', 'Cultural-Social Affairs Committee', 'Culture-Social Committee', 'Cultural-Social Committee', 'Culture and Social Affairs Committee', 'Socio-Cultural Committee'], vi: 'Ban Văn hóa - Xã hội' },
  { en: ['Ethnic Affairs Committee', 'Ethnic Minority Affairs Committee'], vi: 'Ban Dân tộc' },
  { en: ['Urban Affairs Committee', 'Urban Committee'], vi: 'Ban Đô thị' },
];

/** Provincial departments ("Department of Home Affairs", "Health Department") → the Vietnamese "Sở" name. */
export const DEPARTMENTS_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['Home Affairs', 'Internal Affairs'], vi: 'Nội vụ' },
  { en: ['Finance'], vi: 'Tài chính' },
  { en: ['Health'], vi: 'Y tế' },
  { en: ['Education and Training', 'Education'], vi: 'Giáo dục và Đào tạo' },
  { en: ['Justice'], vi: 'Tư pháp' },
  { en: ['Industry and Trade'], vi: 'Công Thương' },
  { en: ['Planning and Investment'], vi: 'Kế hoạch và Đầu tư' },
  { en: ['Agriculture and Rural Development'], vi: 'Nông nghiệp và Phát triển nông thôn' },
  { en: ['Agriculture and Environment'], vi: 'Nông nghiệp và Môi trường' },
  { en: ['Natural Resources and Environment'], vi: 'Tài nguyên và Môi trường' },
  { en: ['Construction'], vi: 'Xây dựng' },
  { en: ['Transport', 'Transportation', 'Transport and Communications'], vi: 'Giao thông vận tải' },
  { en: ['Culture, Sports and Tourism', 'Culture, Sport and Tourism'], vi: 'Văn hóa, Thể thao và Du lịch' },
  { en: ['Culture and Sports'], vi: 'Văn hóa và Thể thao' },
  { en: ['Tourism'], vi: 'Du lịch' },
  { en: ['Science and Technology'], vi: 'Khoa học và Công nghệ' },
  { en: ['Information and Communications', 'Information and Communication'], vi: 'Thông tin và Truyền thông' },
  { en: ['Labour, Invalids and Social Affairs', 'Labor, Invalids and Social Affairs'], vi: 'Lao động - Thương binh và Xã hội' },
  { en: ['Foreign Affairs'], vi: 'Ngoại vụ' },
  { en: ['Ethnic Minorities and Religions', 'Ethnic and Religious Affairs'], vi: 'Dân tộc và Tôn giáo' },
];

/** Task forces named by what they do; their name runs to the end of the phrase. */
export const TASK_FORCE_HEADS = ['Steering Committee', 'Sub-committee', 'Subcommittee', 'Sub-Committee', 'subcommittee', 'sub-committee', 'steering committee', 'Organising Committee', 'Organizing Committee'];

/**
 * Position titles, English → canonical Vietnamese role (shared with the Vietnamese path, so
 * the same position read in either edition is one edge). Longest first when compiled.
 */
export const TITLES_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['General Secretary', 'Party General Secretary', 'Party chief'], vi: 'Tổng Bí thư' },
  { en: ['State President', 'President of the State'], vi: 'Chủ tịch nước' },
  { en: ['Prime Minister', 'PM'], vi: 'Thủ tướng' },
  { en: ['Permanent Deputy Prime Minister', 'Standing Deputy Prime Minister'], vi: 'Phó Thủ tướng Thường trực' },
  { en: ['Deputy Prime Minister', 'Deputy PM'], vi: 'Phó Thủ tướng' },
  { en: ['Permanent Deputy Secretary', 'Standing Deputy Secretary', 'permanent Deputy Secretary', 'standing Deputy Secretary'], vi: 'Phó Bí thư Thường trực' },
  { en: ['Deputy Secretary', 'deputy secretary', 'Deputy Secretaries'], vi: 'Phó Bí thư' },
  { en: ['Secretary', 'secretary'], vi: 'Bí thư' },
  { en: ['Alternate Member', 'alternate member', 'Alternate member'], vi: 'Ủy viên dự khuyết' },
  { en: ['Standing Member', 'Permanent Member', 'Standing member', 'Permanent member', 'standing member', 'permanent member'], vi: 'Ủy viên Thường vụ' },
  { en: ['Member', 'member', 'members', 'Members'], vi: 'Ủy viên' },
  { en: ['Permanent Vice Chairman', 'Permanent Vice Chairwoman', 'Standing Vice Chairman', 'Standing Vice Chairwoman', 'Permanent Vice Chair', 'Permanent Vice President'], vi: 'Phó Chủ tịch Thường trực' },
  { en: ['Vice Chairman', 'Vice Chairwoman', 'Vice Chair', 'Deputy Chairman', 'Deputy Chairwoman', 'Vice President', 'Vice Chairmen', 'vice chairman', 'vice chairwoman'], vi: 'Phó Chủ tịch' },
  { en: ['Chairman', 'Chairwoman', 'Chair', 'President', 'chairman', 'chairwoman'], vi: 'Chủ tịch' },
  { en: ['Deputy Head', 'deputy head', 'Deputy head', 'deputy heads', 'Deputy Heads', 'Vice Head'], vi: 'Phó Trưởng Ban' },
  { en: ['Head', 'head', 'Chief'], vi: 'Trưởng Ban' },
  { en: ['Deputy Chief of Office', 'Deputy Chief of the Office'], vi: 'Phó Chánh Văn phòng' },
  { en: ['Chief of Office', 'Chief of the Office'], vi: 'Chánh Văn phòng' },
  { en: ['Deputy Minister', 'Deputy Ministers'], vi: 'Thứ trưởng' },
  { en: ['Minister'], vi: 'Bộ trưởng' },
  { en: ['Deputy Director', 'Vice Director', 'deputy director'], vi: 'Phó Giám đốc' },
  { en: ['Director', 'director'], vi: 'Giám đốc' },
  { en: ['Chief Justice'], vi: 'Chánh án' },
  { en: ['Procurator General'], vi: 'Viện trưởng' },
  { en: ['Deputy Auditor General'], vi: 'Phó Tổng Kiểm toán' },
  { en: ['Auditor General'], vi: 'Tổng Kiểm toán' },
  { en: ['Deputy Inspector General'], vi: 'Phó Tổng Thanh tra' },
  { en: ['Inspector General'], vi: 'Tổng Thanh tra' },
  { en: ['Chief Inspector'], vi: 'Chánh Thanh tra' },
  { en: ['Political Commissar'], vi: 'Chính ủy' },
  { en: ['Commander'], vi: 'Tư lệnh' },
  { en: ['Editor-in-Chief', 'Editor-in-chief'], vi: 'Tổng Biên tập' },
  { en: ['Deputy Governor'], vi: 'Phó Thống đốc' },
  { en: ['Governor'], vi: 'Thống đốc' },
];

/** Words before a name that mark a person and are not part of the name. */
export const HONORIFICS_EN = ['Comrade', 'comrade', 'comrades', 'Comrades', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Madam', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Associate Professor', 'General', 'Senior Lieutenant General', 'Lieutenant General', 'Major General', 'Colonel', 'Senior Colonel'];

/** English document kinds. */
export const DOCUMENT_KINDS_EN: Array<{ en: string[]; kind: 'resolution' | 'conclusion' | 'directive' | 'regulation' | 'decision' | 'decree' | 'programme' | 'project' | 'law' | 'plan' }> = [
  { en: ['Resolution', 'resolution'], kind: 'resolution' },
  { en: ['Conclusion', 'conclusion'], kind: 'conclusion' },
  { en: ['Directive', 'directive'], kind: 'directive' },
  { en: ['Regulation', 'regulation'], kind: 'regulation' },
  { en: ['Decision', 'decision'], kind: 'decision' },
  { en: ['Decree', 'decree'], kind: 'decree' },
  { en: ['Action Programme', 'Action Program', 'Programme', 'Program'], kind: 'programme' },
  { en: ['Project', 'Scheme'], kind: 'project' },
  { en: ['Law'], kind: 'law' },
  { en: ['Plan'], kind: 'plan' },
];

/** Meeting words; `vi` is the Vietnamese head, used for keys shared with the Vietnamese path. */
export const EVENT_HEADS_EN: Array<{ en: string[]; head: 'congress' | 'conference' | 'session' | 'meeting' | 'event' }> = [
  { en: ['Congress', 'congress'], head: 'congress' },
  { en: ['Conference', 'conference', 'Plenum', 'plenum', 'plenary session', 'Plenary Session'], head: 'conference' },
  { en: ['Session', 'session', 'sitting'], head: 'session' },
  // ("a ceremony to announce decisions …": named by its purpose, held like a meeting.)
  { en: ['Meeting', 'meeting', 'working session', 'Ceremony', 'ceremony'], head: 'meeting' },
  // "attended the event": whatever meeting the article reports.
  { en: ['event'], head: 'event' },
];

/** English spellings of places that folding the Vietnamese name does not give. */
export const PLACE_SPELLINGS_EN: Array<{ en: string[]; vi: string }> = [
  { en: ['Ho Chi Minh City', 'Hồ Chí Minh City', 'HCM City', 'HCMC', 'Saigon'], vi: 'TPHCM' },
  { en: ['Hanoi', 'Ha Noi', 'Hà Nội'], vi: 'Hà Nội' },
  { en: ['Danang', 'Da Nang', 'Đà Nẵng'], vi: 'Đà Nẵng' },
  { en: ['Haiphong', 'Hai Phong'], vi: 'Hải Phòng' },
  { en: ['Hue', 'Huế', 'Hue City'], vi: 'Huế' },
  { en: ['Thua Thien-Hue', 'Thua Thien - Hue', 'Thừa Thiên-Huế'], vi: 'Thừa Thiên Huế' },
  { en: ['Ba Ria-Vung Tau', 'Bà Rịa-Vũng Tàu'], vi: 'Bà Rịa - Vũng Tàu' },
  { en: ['Dak Lak', 'Daklak', 'Đắk Lắk'], vi: 'Đắk Lắk' },
  { en: ['Vietnam', 'Viet Nam', 'Việt Nam'], vi: 'Việt Nam' },
  { en: ['Laos'], vi: 'Lào' },
  { en: ['Cambodia'], vi: 'Campuchia' },
  { en: ['China'], vi: 'Trung Quốc' },
  { en: ['Mekong Delta'], vi: 'Đồng bằng sông Cửu Long' },
  { en: ['Red River Delta'], vi: 'Đồng bằng sông Hồng' },
  { en: ['Central Highlands'], vi: 'Tây Nguyên' },
  { en: ['Southeast region', 'South East region'], vi: 'vùng Đông Nam bộ' },
];

/** Ordinal words up to twentieth; numerals ("15th") are read directly. */
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
