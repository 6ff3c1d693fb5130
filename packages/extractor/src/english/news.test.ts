// Sentences in the style of Vietnam News, VietnamPlus and provincial English pages (invented
// names), each pinning one general pattern of the English path.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { Extraction } from '../types.js';

function readEn(text: string) {
  const x: Extraction = extract({ id: 'en', text, lang: 'en' });
  const labelOf = new Map(x.entities.map((e) => [e.key, e.label]));
  return {
    x,
    keys: x.entities.map((e) => e.key),
    entity: (key: string) => x.entities.find((e) => e.key === key),
    relations: x.relations.map((r) => `${labelOf.get(r.source)} -${r.type}-> ${labelOf.get(r.target)}${r.role ? ` [${r.role}]` : ''}`),
  };
}

describe('English news: people and titles', () => {
  it('reads a director\'s title in lower case, after "who has been", and of a body just formed', () => {
    const r = readEn(
      "The Tien Giang People's Committee held a ceremony. Ngo Quang Vinh, who has been director of the Department of Planning and Investment since 2021, was appointed director of the new Department of Finance.",
    );
    expect(r.relations.filter((x) => x.includes('-holds_position->'))).toEqual([
      'Ngo Quang Vinh -holds_position-> Sở Kế hoạch và Đầu tư tỉnh Tiền Giang [Giám đốc]',
      'Ngo Quang Vinh -holds_position-> Sở Tài chính tỉnh Tiền Giang [Giám đốc]',
    ]);
  });


  it('reads the Party Central Committee\'s Commission for Mass Mobilisation as Ban Dân vận Trung ương', () => {
    const r = readEn("Head of the Party Central Committee's Commission for Mass Mobilisation Mai Van Chinh spoke.");
    expect(r.relations).toEqual(['Ban Dân vận Trung ương -part_of-> Ban Chấp hành Trung ương Đảng', 'Mai Van Chinh -holds_position-> Ban Dân vận Trung ương [Trưởng Ban]']);
  });

  it('reads a title past the rank before a name ("Minister of Public Security General Luong Tam Quang")', () => {
    expect(readEn('Minister of Public Security General Luong Tam Quang attended the ceremony.').relations).toEqual(['Luong Tam Quang -holds_position-> Bộ Công an [Bộ trưởng]']);
  });

  it('gives a post to each person of a plural subject ("A and B were elected Deputy Secretaries of …")', () => {
    const r = readEn('Nguyen Van An, Tran Bau Ha and Vo Trong Hai were elected Deputy Secretaries of the Ha Tinh provincial Party Committee.');
    expect(r.relations.filter((x) => x.includes('-holds_position->')).sort()).toEqual([
      'Nguyen Van An -holds_position-> Tỉnh ủy Hà Tĩnh [Phó Bí thư]',
      'Tran Bau Ha -holds_position-> Tỉnh ủy Hà Tĩnh [Phó Bí thư]',
      'Vo Trong Hai -holds_position-> Tỉnh ủy Hà Tĩnh [Phó Bí thư]',
    ]);
  });

  it('gives a plural title before names to each of them ("Deputy Ministers of Home Affairs A and B")', () => {
    const r = readEn('Attending were Deputy Ministers of Home Affairs Vu Dang Khoa and Trieu Van Hung.');
    expect(r.relations).toEqual(['Vu Dang Khoa -holds_position-> Bộ Nội vụ [Thứ trưởng]', 'Trieu Van Hung -holds_position-> Bộ Nội vụ [Thứ trưởng]']);
  });

  it('gives a title before a colon to the names listed after it ("Politburo members: A, State President; and B, …")', () => {
    const own = readEn('Attending were Politburo members: To Lam, Party General Secretary; Luong Cuong, State President; and Tran Thanh Man, Chairman of the National Assembly.');
    for (const name of ['To Lam', 'Luong Cuong', 'Tran Thanh Man']) expect(own.relations).toContain(`${name} -holds_position-> Bộ Chính trị [Ủy viên]`);
    const plain = readEn('Members of the Secretariat: Tran Cam Tu and Le Minh Hung attended, with Nguyen Van Nen.');
    expect(plain.relations.filter((x) => x.includes('-holds_position->')).sort()).toEqual([
      'Le Minh Hung -holds_position-> Ban Bí thư [Ủy viên]',
      'Tran Cam Tu -holds_position-> Ban Bí thư [Ủy viên]',
    ]);
  });

  it("reads a syllable joined by an apostrophe (\"Dieu K'Re\"), not a possessive", () => {
    const r = readEn("Dieu K'Re, Secretary of the Binh Phuoc provincial Party Committee, praised Nguyen Van Nen's speech.");
    expect(r.keys.filter((k) => k.startsWith('person:')).sort()).toEqual(['person:dieu-k-re', 'person:nguyen-van-nen']);
    expect(r.relations).toContain("Dieu K'Re -holds_position-> Tỉnh ủy Bình Phước [Bí thư]");
  });

  it('reads "with A and B in attendance" and "In his opening speech, A …"', () => {
    const r = readEn(
      'The 10th National Congress of the Vietnam Fatherland Front opened in Hanoi. Party General Secretary To Lam chaired the congress, with State President Luong Cuong and Prime Minister Pham Minh Chinh in attendance. In her opening speech, Vice President Vo Thi Anh Xuan said the congress was important.',
    );
    const event = '10th National Congress of the Vietnam Fatherland Front';
    expect(r.relations.filter((x) => x.includes('-attended->')).sort()).toEqual([`Luong Cuong -attended-> ${event}`, `Pham Minh Chinh -attended-> ${event}`]);
    expect(r.relations).toContain(`Vo Thi Anh Xuan -spoke_at-> ${event}`);
  });

  it('reads "the Organisation Commission" as the committee organ of that kind named before', () => {
    const r = readEn(
      "The Dong Nai Provincial Party Committee's Organisation Commission reported. Head of the Organisation Commission Nguyen Thi Hoang said the commission would advise.",
    );
    expect(r.relations).toContain('Nguyen Thi Hoang -holds_position-> Ban Tổ chức Tỉnh ủy Đồng Nai [Trưởng Ban]');
    expect(readEn('Head of the Organisation Commission Nguyen Thi Hoang spoke.').relations).toEqual([]);
  });

  it('gives a plural title to no single person before it ("…, A, and members of the Standing Board")', () => {
    const r = readEn(
      'Secretary of the Dong Nai Provincial Party Committee Vu Hong Van chaired the meeting, with Vo Tan Duc and members of the Standing Board of the Provincial Party Committee in attendance. Huệ congratulated the newly elected members of the NA Standing Committee.',
    );
    expect(r.relations.filter((x) => x.includes('[Ủy viên]'))).toEqual([]);
    const elected = readEn('Nguyen Van An and Tran Bau Ha were elected members of the Standing Board of the Ha Tinh Provincial Party Committee.').relations;
    expect(elected.filter((x) => x.includes('[Ủy viên]')).length).toBe(2);
  });

  it('gives a seat on the body a person is appointed to ("appointed A, …, to the Standing Board of …")', () => {
    const r = readEn(
      'The Politburo has decided to appoint Nguyen Van Thang, member of the Party Central Committee and Minister of Finance, to the Standing Board of the Hanoi Party Committee.',
    );
    expect(r.relations).toContain('Nguyen Van Thang -holds_position-> Ban Thường vụ Thành ủy Hà Nội [Ủy viên]');
    expect(readEn('Nguyen Van Thang reported to the Standing Board of the Hanoi Party Committee.').relations.filter((x) => x.includes('-holds_position->'))).toEqual([]);
  });

  it('reads presenting the draft political report as speaking at the meeting', () => {
    const r = readEn(
      'On October 3, the Dien Bien Provincial Party Committee held the 25th Conference of the Provincial Party Executive Committee. Comrade Vu Thi Hien Hanh, Standing Deputy Secretary of the Provincial Party Committee, presented the draft political report.',
    );
    expect(r.relations).toContain('Vu Thi Hien Hanh -spoke_at-> 25th Conference of the Dien Bien Provincial Party Executive Committee');
  });

  it('implies no issuer from a district committee code the text does not name', () => {
    expect(readEn('The Dong Nai Provincial Party Committee reviewed Resolution No. 05-NQ/HU on new rural areas.').relations.filter((x) => x.includes('-issued->'))).toEqual([]);
  });

  it('reads every ministry, the National Assembly\'s committees and the Government Inspectorate as the Vietnamese path names them', () => {
    const r = readEn(
      'Minister of Construction Tran Hong Minh, Inspector General of the Government Inspectorate Doan Hong Phong and Chairman of the Committee for Law and Justice Hoang Thanh Tung attended.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Tran Hong Minh -holds_position-> Bộ Xây dựng [Bộ trưởng]',
        'Doan Hong Phong -holds_position-> Thanh tra Chính phủ [Tổng Thanh tra]',
        'Hoang Thanh Tung -holds_position-> Ủy ban Pháp luật và Tư pháp [Chủ tịch]',
      ]),
    );
    expect(readEn('Chairman of the NA Economic and Financial Committee Phan Duc Tai said.').relations).toContain('Phan Duc Tai -holds_position-> Ủy ban Kinh tế và Tài chính [Chủ tịch]');
  });

  it('refers "the congress" to the one reported, not to one a delegation will attend or whose results are reported', () => {
    const r = readEn(
      'The 16th Quang Ninh Provincial Party Congress concluded on September 27. It was held in line with Directive No. 45-CT/TW on Party congresses towards the 14th National Party Congress. Politburo member Tran Duc Hieu attended and addressed the congress. Delegates elected a delegation to attend the 14th National Party Congress. In his closing speech, Secretary Vu Thanh Binh addressed the congress.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining(['Tran Duc Hieu -attended-> 16th Quang Ninh Provincial Party Congress', 'Vu Thanh Binh -spoke_at-> 16th Quang Ninh Provincial Party Congress']),
    );
    expect(r.relations.filter((x) => x.endsWith('-> 14th National Party Congress'))).toEqual([]);
  });

  it('reads meetings named by their purpose or by whom a body meets, and the bodies listed as holding them', () => {
    const r = readEn(
      'The Politburo and the Secretariat on May 18 held a national conference to disseminate and implement Resolution No. 68-NQ/TW on private economic development. Politburo member Truong Dinh Khoa chaired the event. Tran Minh Chau, Head of the Party Central Committee\'s Policy and Strategy Commission, spoke at the conference.',
    );
    const meeting = 'National conference to disseminate and implement Resolution No. 68-NQ/TW';
    expect(r.relations).toEqual(
      expect.arrayContaining([
        `Bộ Chính trị -organized-> ${meeting}`,
        `Ban Bí thư -organized-> ${meeting}`,
        `Truong Dinh Khoa -chaired-> ${meeting}`,
        `Tran Minh Chau -spoke_at-> ${meeting}`,
        'Tran Minh Chau -holds_position-> Ban Chính sách, chiến lược Trung ương [Trưởng Ban]',
      ]),
    );
    // "implement" inside the meeting's name is no verb of the sentence.
    expect(r.relations.filter((x) => x.includes('-implements->'))).toEqual([]);
    const online = readEn('The Government on October 18 held an online conference with localities. The event was chaired by Prime Minister Le Quang Vinh. Le Van An spoke at the Government\'s online conference with localities.');
    expect(online.relations).toContain("Le Van An -spoke_at-> Government's online conference with localities");
    // A possessive issuer before the document it names stays in the meeting's name.
    const review = readEn("The Standing Board held a conference to review five years of implementing the Politburo's Resolution No. 43-NQ/TW on Friday.");
    expect(review.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual(["Conference to review five years of implementing the Politburo's Resolution No. 43-NQ/TW"]);
  });

  it('gives documents listed after "resolutions of the <issuer> –", or followed by "which the <issuer> issued", that issuer', () => {
    const r = readEn(
      'He asked the province to implement two resolutions of the Politburo – Resolution No. 57-NQ/TW on breakthroughs in science and technology, and Resolution No. 59-NQ/TW on international integration. It studied Resolution No. 66-NQ/TW on law-making, which the Politburo issued on April 30, and Resolution No. 11-NQ/TW.',
    );
    expect(r.relations.filter((x) => x.includes('-issued->'))).toEqual([
      'Bộ Chính trị -issued-> Resolution No. 57-NQ/TW',
      'Bộ Chính trị -issued-> Resolution No. 59-NQ/TW',
      'Bộ Chính trị -issued-> Resolution No. 66-NQ/TW',
      'Ban Chấp hành Trung ương Đảng -issued-> Resolution No. 11-NQ/TW',
    ]);
  });

  it('reads a body\'s conference with a region\'s localities, named also with its topic, and speakers joined by "and" as speaking at it', () => {
    const r = readEn(
      [
        "Prime Minister Le Quang Vinh on August 16 chaired the Government's conference with Mekong Delta localities on growth targets, held in Can Tho city.",
        "Tran Thi Thu Ha, Chairwoman of the Dong Thap Provincial People's Committee, and Lam Van Be, Deputy Secretary of the Vinh Long Provincial Party Committee, called for more support for agriculture.",
        'Nguyen Van Nam and Le Van Binh were present.',
      ].join(' '),
    );
    const meeting = "Government's conference with Mekong Delta localities";
    expect(r.x.entities.find((e) => e.type === 'event')?.aliases).toEqual([meeting, `${meeting} on growth targets`]);
    expect(r.relations.filter((x) => x.includes(`-> ${meeting}`)).sort()).toEqual(
      [`Le Quang Vinh -chaired-> ${meeting}`, `Tran Thi Thu Ha -spoke_at-> ${meeting}`, `Lam Van Be -spoke_at-> ${meeting}`].sort(),
    );
  });

  it('reads "X was speaking at", "chaired by <given name>, with the participation of A and B", and a bill\'s sitting to come as none of these', () => {
    const r = readEn(
      [
        'National Assembly Chairman Vu Hong Quan on Tuesday asked the drafting agency to refine the draft Law on Digital Transformation.',
        'Quan was speaking at the NA Standing Committee’s 50th session, which discussed the draft law ahead of its submission to the 10th session of the 15th National Assembly.',
        'The session was chaired by Quan, with the participation of NA Vice Chairwoman Dang Thi Thu Ha and NA Vice Chairman Do Minh Thang.',
      ].join(' '),
    );
    const meeting = '50th session of the NA Standing Committee';
    expect(r.relations.filter((x) => /-(?:chaired|attended|spoke_at)->/u.test(x)).sort()).toEqual(
      [`Vu Hong Quan -spoke_at-> ${meeting}`, `Vu Hong Quan -chaired-> ${meeting}`, `Dang Thi Thu Ha -attended-> ${meeting}`, `Do Minh Thang -attended-> ${meeting}`].sort(),
    );
  });

  it('takes what officials say in an article opening on a meeting held as said at it, not in one opening on a meeting to come', () => {
    const held = readEn(
      'The Government\'s online conference with localities was held on October 18. The event was chaired by Prime Minister Le Quang Vinh. Deputy Prime Minister Mai Van Tuan asked localities to report problems.',
    );
    expect(held.relations).toContain("Mai Van Tuan -spoke_at-> Government's online conference with localities");
    const toCome = readEn('Ensuring smooth operations of the 13th National Party Congress’s press centre is a task of the commission. Commission Chairman Vo Van Thuong stressed the need to prepare.');
    expect(toCome.relations.filter((x) => x.includes('-spoke_at->'))).toEqual([]);
  });

  it('reads laws named by the subject before "Law" or ended by a date, and party groups leading state bodies', () => {
    const r = readEn(
      'Localities implement the 2024 Land Law and the Capital Law 2024. The NA passed the Law on Digital Transformation on December 10. The Secretariat warned the Party Civil Affairs Committee of the Ministry of Construction and the Government Party Civil Affairs Committee.',
    );
    expect(r.keys.filter((k) => k.startsWith('doc:'))).toEqual(['doc:law:on-land', 'doc:law:on-capital', 'doc:law:on-digital-transformation']);
    expect(r.keys).toEqual(expect.arrayContaining(['org:ban-can-su-dang-bo-xay-dung', 'org:ban-can-su-dang-chinh-phu']));
  });

  it('reads a congress of a Party organisation named by its place alone, and a central commission written "Commission for …"', () => {
    const r = readEn('The First Congress of the HCM City Party Organisation closed. Head of the Party Central Committee’s Commission for Propaganda and Mass Mobilisation Nguyen Van A attended.');
    expect(r.relations).toContain('Nguyen Van A -holds_position-> Ban Tuyên giáo và Dân vận Trung ương [Trưởng Ban]');
    expect(r.relations).toContain('Nguyen Van A -attended-> First Congress of the HCM City Party Organisation');
  });

  it('reads the bodies of a ward, commune or district named before them, not the city\'s', () => {
    const r = readEn(
      "The HCM City Party Committee met. Secretary of the Thu Duc ward Party Committee Nguyen Hoai Phong spoke. Chairman of the Ba Dinh district People's Committee Le Van A attended.",
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Nguyen Hoai Phong -holds_position-> Đảng ủy phường Thu Duc [Bí thư]',
        'Le Van A -holds_position-> UBND quận Ba Dinh [Chủ tịch]',
      ]),
    );
    expect(r.keys.filter((k) => k.startsWith('person:'))).toEqual(['person:nguyen-hoai-phong', 'person:le-van-a']);
  });

  it('reads a special zone as a place of its province, not a person', () => {
    const r = readEn('The Quang Ninh Provincial Party Committee will develop Van Don special zone into a tourism centre.');
    expect(r.relations).toContain('đặc khu Van Don -located_in-> Quảng Ninh');
    expect(r.keys.filter((k) => k.startsWith('person:'))).toEqual([]);
  });

  it('places a national body in the country its name says it is "of", not one the country only qualifies', () => {
    expect(readEn('The State Audit Office of Vietnam reported.').relations).toContain('Kiểm toán Nhà nước -located_in-> Việt Nam');
    const front = readEn('The 10th National Congress of the Việt Nam Fatherland Front closed.');
    expect(front.relations.filter((x) => x.includes('-located_in->'))).toEqual([]);
    expect(front.keys).not.toContain('loc:viet-nam');
  });

  it('reads a chain of titles ending on one that names no body ("Politburo member and Deputy Prime Minister …")', () => {
    const r = readEn('Politburo member and Permanent Deputy Prime Minister Nguyen Hoa Binh attended the event.');
    expect(r.relations).toEqual(['Nguyen Hoa Binh -holds_position-> Bộ Chính trị [Ủy viên]']);
  });

  it('reads names whose syllables also appear in body names (Minh, Chi, Ho)', () => {
    const r = readEn('Le Minh Khoa, member of the Politburo, spoke. Nguyen Chi Bao and Ho Minh Tam also spoke.');
    expect(r.keys).toEqual(expect.arrayContaining(['person:le-minh-khoa', 'person:nguyen-chi-bao', 'person:ho-minh-tam']));
    expect(r.relations).toContain('Le Minh Khoa -holds_position-> Bộ Chính trị [Ủy viên]');
  });

  it('keeps a place inside a longer place from becoming a person', () => {
    const r = readEn('Leaders of Ho Chi Minh City met investors.');
    expect(r.keys.filter((k) => k.startsWith('person:'))).toEqual([]);
  });

  it('reads a full name after a capitalized title phrase', () => {
    const r = readEn('The meeting was addressed by Minister of Home Affairs Dinh Thi Thanh Loan.');
    expect(r.keys).toContain('person:dinh-thi-thanh-loan');
  });

  it('gives a chain of titles before a name to that person', () => {
    const r = readEn('Politburo member and Secretary of the Ho Chi Minh City Party Committee Tran Van Khiem chaired the event.');
    expect(r.relations).toContain('Tran Van Khiem -holds_position-> Bộ Chính trị [Ủy viên]');
    expect(r.relations).toContain('Tran Van Khiem -holds_position-> Thành ủy TPHCM [Bí thư]');
    expect(r.entity('org:thanh-uy-thanh-pho-ho-chi-minh')?.aliases).not.toContain('Ho Chi Minh City City Party Committee');
  });

  it('keeps an apposition with the name before it, not the next name', () => {
    const r = readEn('Vo Thi Lan, Secretary of the Nghe An Provincial Party Committee, and Chairman of the Nghe An Provincial People’s Committee Bui Van Tho attended.');
    expect(r.relations).toContain('Vo Thi Lan -holds_position-> Tỉnh ủy Nghệ An [Bí thư]');
    expect(r.relations).toContain('Bui Van Tho -holds_position-> UBND tỉnh Nghệ An [Chủ tịch]');
    expect(r.relations).not.toContain('Bui Van Tho -holds_position-> Tỉnh ủy Nghệ An [Bí thư]');
  });

  it('reads "who is also" and "former" titles', () => {
    const r = readEn('Party Central Committee member Dang Van Hoa, who is also Chairman of the VFF Central Committee, met former Chairwoman of the National Assembly Ngo Thi Hanh.');
    expect(r.relations).toContain('Dang Van Hoa -holds_position-> Ban Chấp hành Trung ương Đảng [Ủy viên]');
    expect(r.relations).toContain('Dang Van Hoa -holds_position-> Ủy ban Trung ương MTTQ Việt Nam [Chủ tịch]');
    expect(r.relations).toContain('Ngo Thi Hanh -holds_position-> Quốc hội [nguyên Chủ tịch]');
  });
});

describe('English news: companies', () => {
  it('reads a company named with its legal form or kind, not a group named by what it does nor the tail of a longer name', () => {
    const r = readEn(
      'The committee added violations at Hoang Long Minerals JSC in Quang Ninh. Tran Minh Hieu, Chairman of Phuong Dong Steel Group, pledged to invest. The Working Group and the Vietnam – Laos Friendship Parliamentarians’ Group met Vietnam Oil and Gas Group.',
    );
    expect(r.x.entities.filter((e) => e.type === 'organization').map((e) => e.label)).toEqual(['Hoang Long Minerals JSC', 'Phuong Dong Steel Group']);
    expect(r.relations).toContain('Tran Minh Hieu -holds_position-> Phuong Dong Steel Group [Chủ tịch]');
  });
});

describe('English news: bodies named bare', () => {
  it('reads a commission named as the Party Central Committee\'s as part of it, and not when named alone', () => {
    const r = readEn(
      "Mai Van Chinh, Head of the Party Central Committee's Organisation Commission, spoke. The Central Inspection Commission met.",
    );
    expect(r.relations.filter((x) => x.includes('-part_of->'))).toEqual(['Ban Tổ chức Trung ương -part_of-> Ban Chấp hành Trung ương Đảng']);
  });

  it('reads the army and its general departments, in any spelling of the army\'s name', () => {
    const r = readEn(
      "Dinh Cong Hau, Director of the General Department of Politics of the Việt Nam People’s Army, spoke. Vi Van Hoach, Chief of the General Staff, attended.",
    );
    expect(r.relations).toContain('Dinh Cong Hau -holds_position-> Tổng cục Chính trị Quân đội nhân dân Việt Nam [Giám đốc]');
    expect(r.relations).toContain('Vi Van Hoach -holds_position-> Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam [Trưởng Ban]');
  });

  it('reads the central steering committee named by its task, and "the committee" after it', () => {
    const r = readEn(
      "The Central Steering Committee on Preventing and Combating Corruption, Wastefulness and Negative Phenomena on Friday decided to monitor nine more cases. The committee's 27th meeting was chaired by Party General Secretary Luong Quoc Thinh, head of the committee. The Hanoi People's Committee said the committee would report.",
    );
    const committee = 'Central Steering Committee on Preventing and Combating Corruption, Wastefulness and Negative Phenomena';
    expect(r.relations).toContain(`Luong Quoc Thinh -holds_position-> ${committee} [Trưởng Ban]`);
    expect(r.relations).toContain(`Luong Quoc Thinh -chaired-> 27th meeting of the ${committee}`);
    expect(r.x.entities.find((e) => e.label === committee)?.mentions).toHaveLength(3);
  });

  it('reads an abbreviation the article defines in brackets as the body it names, from then on', () => {
    const r = readEn(
      'Defence officials said the CMC would meet soon. The Central Military Commission (CMC) on Tuesday held a conference. It was chaired by Luong Quoc Thinh, Secretary of the CMC.',
    );
    expect(r.relations).toContain('Luong Quoc Thinh -holds_position-> Quân ủy Trung ương [Bí thư]');
    expect(r.x.entities.find((e) => e.label === 'Quân ủy Trung ương')?.mentions).toHaveLength(2);
  });


  it('reads a bare "district" body as the district named before, never the province', () => {
    const r = readEn(
      'The Quang Ngai provincial Party Committee reviewed the Binh Son district Party Committee. Pham Thanh Loc, Deputy Secretary of the district Party Committee, and Le Van Hai, Member of the district Party Standing Board, were reprimanded. Tran Minh Duc, Chairman of the district People\'s Committee, attended.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Pham Thanh Loc -holds_position-> Huyện ủy Binh Son [Phó Bí thư]',
        'Le Van Hai -holds_position-> Ban Thường vụ Huyện ủy Binh Son [Ủy viên]',
        'Tran Minh Duc -holds_position-> UBND huyện Binh Son [Chủ tịch]',
      ]),
    );
    expect(readEn('Nguyen Van Tam, Secretary of the district Party Committee, spoke.').relations).toEqual([]);
  });

  it('reads a bare "the commission" as the commission named before, and names an organ with its committee as written', () => {
    const r = readEn(
      'The Inspection Commission of the Quang Ngai Provincial Party Committee met under the chair of Vo Thi Thu Hien, Chairwoman of the commission. Ngo Thi Tram, Member of the Standing Board of the Da Nang municipal Party Committee, spoke.',
    );
    expect(r.relations).toContain('Vo Thi Thu Hien -holds_position-> Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi [Chủ tịch]');
    expect(r.entity('org:ban-thuong-vu-thanh-uy-da-nang')?.aliases).toContain('Standing Board of the Da Nang municipal Party Committee');
  });

  it('reads "the provincial Party Standing Board" as the standing board of the provincial committee', () => {
    const r = readEn('Ha Van Tien, Member of the Provincial Party Standing Board of Son La, attended.');
    expect(r.relations).toContain('Ha Van Tien -holds_position-> Ban Thường vụ Tỉnh ủy Sơn La [Ủy viên]');
  });
});

describe('English news: mass organisations and council committees', () => {
  it('reads the Youth Union\'s full name, accents and all: a city\'s Union with its place, the national one without', () => {
    const r = readEn(
      'The first Congress of the Hồ Chí Minh Communist Youth Union of Cần Thơ City for the 2025-2030 tenure opened on November 7. The congress elected 21 delegates to the 13th National Congress of the Hồ Chí Minh Communist Youth Union.',
    );
    expect(r.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual([
      'first Congress of the Hồ Chí Minh Communist Youth Union of Cần Thơ City',
      '13th National Congress of the Hồ Chí Minh Communist Youth Union',
    ]);
    expect(r.relations).toContain('Đoàn Thanh niên thành phố Cần Thơ -located_in-> Cần Thơ');
  });


  it('reads a province\'s mass organisations and the national ones by their Vietnamese names', () => {
    const r = readEn("Thach Van Nghiem, Chairman of the Vietnam Farmers' Union, congratulated Dieu Thi Hanh, newly elected Chairwoman of the Binh Phuoc Farmers' Association, and Le Thi Mai, Chairwoman of the provincial Women's Union.");
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Thach Van Nghiem -holds_position-> Hội Nông dân Việt Nam [Chủ tịch]',
        'Dieu Thi Hanh -holds_position-> Hội Nông dân tỉnh Bình Phước [Chủ tịch]',
        'Le Thi Mai -holds_position-> Hội Liên hiệp Phụ nữ tỉnh Bình Phước [Chủ tịch]',
      ]),
    );
  });

  it('reads the committees of a People\'s Council, named before or after the council', () => {
    const r = readEn(
      "Vo Thi Be Sau, Head of the Economic-Budget Committee of the Kien Giang Provincial People's Council, presented the report. Huynh Van Chien, Head of the provincial People's Council's Legal Affairs Committee, spoke.",
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'Vo Thi Be Sau -holds_position-> Ban Kinh tế - Ngân sách HĐND tỉnh Kiên Giang [Trưởng Ban]',
        'Ban Kinh tế - Ngân sách HĐND tỉnh Kiên Giang -part_of-> HĐND tỉnh Kiên Giang',
        'Huynh Van Chien -holds_position-> Ban Pháp chế HĐND tỉnh Kiên Giang [Trưởng Ban]',
      ]),
    );
  });
});

describe('English news: National Assembly deputies', () => {
  it('reads a person whose family name has two words ("Rơ Mah Phiơn", "Rah Lan Chung"), in English as in Vietnamese', () => {
    const r = readEn('Rơ Mah Phiơn, Standing Deputy Secretary of the Gia Lai Provincial Party Committee, and Rah Lan Chung attended.');
    expect(r.x.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Rơ Mah Phiơn', 'Rah Lan Chung']);
    expect(r.relations).toContain('Rơ Mah Phiơn -holds_position-> Tỉnh ủy Gia Lai [Phó Bí thư Thường trực]');
    const vi = extract({ id: 'vi', text: 'Đồng chí Rơ Mah Tuân, Phó Bí thư Tỉnh ủy Gia Lai dự.' });
    expect(vi.entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(['Rơ Mah Tuân']);
  });

  it('reads a steering committee named by the document it carries out, the body that set it up, and "with X as its head"', () => {
    const r = readEn(
      [
        'Secretary of the Hanoi Party Committee Bui Quang Thanh spoke on August 22.',
        'In July 2022, the Standing Board of the Hanoi Party Committee set up the Steering Committee for the implementation of Resolution No. 15-NQ/TW, with Thanh as its head.',
        'The congress elected an 11-member Inspection Commission of the city Party Committee, with Quang Van Binh, former Secretary of the Hong Ha Ward Party Committee, as its chairman.',
      ].join(' '),
    );
    const steering = 'Steering Committee for the implementation of Resolution No. 15-NQ/TW';
    expect(r.relations).toEqual(
      expect.arrayContaining([
        `Ban Thường vụ Thành ủy Hà Nội -established-> ${steering}`,
        `Bui Quang Thanh -holds_position-> ${steering} [Trưởng Ban]`,
        'Quang Van Binh -holds_position-> Ủy ban Kiểm tra Thành ủy Hà Nội [Chủ tịch]',
      ]),
    );
  });

  it('gives "were elected Deputy Secretaries", with no body named, the home\'s party committee, for each subject of its clause', () => {
    const r = readEn(
      "The 16th Son La Provincial Party Congress closed on Friday. Lo Thi Mai was elected Standing Deputy Secretary of the provincial Party Committee, while Nguyen Thanh Cong, Chairman of the provincial People’s Committee, and Nguyen Huu Loi, Head of the provincial Party Committee’s Organisation Commission, were elected Deputy Secretaries.",
    );
    expect(r.relations.filter((x) => x.includes('-holds_position-> Tỉnh ủy Sơn La')).sort()).toEqual(
      ['Lo Thi Mai -holds_position-> Tỉnh ủy Sơn La [Phó Bí thư Thường trực]', 'Nguyen Thanh Cong -holds_position-> Tỉnh ủy Sơn La [Phó Bí thư]', 'Nguyen Huu Loi -holds_position-> Tỉnh ủy Sơn La [Phó Bí thư]'].sort(),
    );
  });

  it('reads "the National Assembly Deputies\' Delegation of Hanoi" as the city\'s National Assembly delegation', () => {
    const r = readEn("Tran Van An, Head of the National Assembly Deputies' Delegation of Hanoi, and Le Thi Binh, deputy head of the NA deputies’ delegation of Hai Phong, attended.");
    expect(r.keys).toEqual(expect.arrayContaining(['org:doan-dai-bieu-quoc-hoi-thanh-pho-ha-noi', 'org:doan-dai-bieu-quoc-hoi-thanh-pho-hai-phong']));
  });

  it('reads the delegation of a deputy whose name has an apostrophe ("Ksor H’Bơ Lan")', () => {
    const r = readEn('Deputy Ksor H’Bơ Lan of the Gia Lai delegation raised concerns about livelihoods.');
    expect(r.relations).toContain('Ksor H’Bơ Lan -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Gia Lai [Đại biểu]');
  });

  it('reads a deputy "of the <province> delegation" as a deputy of that province\'s National Assembly delegation', () => {
    const r = readEn(
      'Deputy Lo Van Pao of the Ha Giang delegation and deputy Mai Thanh Son of the HCM City delegation asked the minister. Nong Thi Hanh, a deputy from the Lang Son delegation, spoke. The Hanoi delegation visited Laos.',
    );
    expect(r.relations.filter((x) => x.includes('-holds_position->'))).toEqual([
      'Lo Van Pao -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Hà Giang [Đại biểu]',
      'Mai Thanh Son -holds_position-> Đoàn Đại biểu Quốc hội TPHCM [Đại biểu]',
      'Nong Thi Hanh -holds_position-> Đoàn Đại biểu Quốc hội tỉnh Lạng Sơn [Đại biểu]',
    ]);
    expect(r.keys.filter((k) => k.startsWith('org:'))).toHaveLength(3);
  });
});

describe('English news: meetings and who took part', () => {
  it('reads "the 21st Congress of the Hai Phong city Party Organisation" as the Vietnamese congress of that Đảng bộ', () => {
    const r = readEn('The 21st Congress of the Hai Phong city Party Organisation for the 2025-2030 tenure opened on October 13. Secretary Le Tien Chau attended the congress.');
    expect(r.keys).toContain('ev:dai-hoi-21-dang-bo-thanh-pho-hai-phong');
    expect(readEn('The 18th Congress of the Nghe An provincial Party Committee opened.').keys).toContain('ev:dai-hoi-18-dang-bo-tinh-nghe-an');
  });

  it('reads a Party Organisation as the Đảng bộ, which holds "its" congress: one congress however it is named', () => {
    const r = readEn('The Thai Binh Provincial Party Organisation opened its 20th Congress on October 9. Photo: the 20th Thai Binh Provincial Party Congress.');
    expect(r.keys.filter((k) => k.startsWith('ev:'))).toEqual(['ev:dai-hoi-20-dang-bo-tinh-thai-binh']);
    expect(r.relations).toContain('Đảng bộ tỉnh Thái Bình -organized-> 20th Congress of the Thai Binh Provincial Party Organisation');
    expect(r.relations).toContain('Đảng bộ tỉnh Thái Bình -located_in-> Thái Bình');
  });

  it('reads who spoke from a participle phrase opening the sentence ("Delivering the opening speech, Hung said")', () => {
    const r = readEn(
      'The 9th plenum of the Lao Cai Provincial Party Committee opened on Monday. Delivering the opening speech, Secretary Vu Xuan Hung said the year was hard. Presenting the Standing Board\'s report, Tran Van Khai listed results. Concluding the plenum, Hung asked for more. In his acceptance speech, Do Minh Quan thanked the committee.',
    );
    for (const name of ['Vu Xuan Hung', 'Tran Van Khai', 'Do Minh Quan']) expect(r.relations).toContain(`${name} -spoke_at-> 9th plenum of the Lao Cai Provincial Party Committee`);
  });

  it('reads a body that opened, wrapped up or will convene "its" sitting as organizing it', () => {
    const r = readEn('The 13th Party Central Committee wrapped up its 10th plenum on Friday. The Party Central Committee will convene its 11th plenum in January.');
    const organized = r.x.relations.filter((x) => x.type === 'organized');
    expect(organized.map((x) => `${x.source} ${x.target}`)).toEqual(['org:ban-chap-hanh-trung-uong-dang ev:hoi-nghi-tw-10-khoa-13', 'org:ban-chap-hanh-trung-uong-dang ev:hoi-nghi-tw-11']);
    // The body's term, written before it, is in the sitting's name too.
    expect(r.entity('ev:hoi-nghi-tw-10-khoa-13')?.label).toBe('10th plenum of the 13th Party Central Committee');
    const council = readEn("The 10th-tenure Kien Giang Provincial People's Council wrapped up its 27th session on December 11.");
    expect(council.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual(["27th session of the 10th-tenure Kien Giang Provincial People's Council"]);
  });

  it('names the sitting a committee\'s organ held as "its" meeting ("The Inspection Commission of … held its 29th meeting")', () => {
    const r = readEn('The Inspection Commission of the Phu Tho Provincial Party Committee held its 29th meeting on May 7 under the chair of Ha Thi Lan, Chairwoman of the commission.');
    expect(r.relations).toContain('Ha Thi Lan -chaired-> 29th meeting of the Inspection Commission of the Phu Tho Provincial Party Committee');
  });

  it('does not take a congress others are elected delegates to for "the congress" reported', () => {
    const r = readEn(
      'The 19th Cao Bang Provincial Party Congress closed on October 16. The congress elected nine official delegates to the 13th National Party Congress. Addressing the congress, Nong Thanh Tung thanked the delegates.',
    );
    expect(r.relations.filter((x) => x.includes('-spoke_at->'))).toEqual(['Nong Thanh Tung -spoke_at-> 19th Cao Bang Provincial Party Congress']);
  });

  it('reads a body\'s Party congress named by its term, and the Front of a province, as the Vietnamese path keys them', () => {
    const police = readEn('The Party Congress of the Hoa Binh Provincial Police for the 2020-2025 tenure took place on June 12.');
    expect(police.keys).toContain('ev:dai-hoi-nk-2020-2025-dang-bo-cong-an-tinh-hoa-binh');
    const front = readEn('The 11th Congress of the Vietnam Fatherland Front of Binh Thuan Province opened. Le Van An, Chairman of the provincial Fatherland Front, spoke.');
    expect(front.relations).toEqual(
      expect.arrayContaining([
        'Le Van An -holds_position-> Ủy ban MTTQ Việt Nam tỉnh Bình Thuận [Chủ tịch]',
        'Le Van An -spoke_at-> 11th Congress of the Vietnam Fatherland Front of Binh Thuan Province',
      ]),
    );
  });

  it('keeps a year and a second purpose in a meeting named by its purpose ("… in 2024 and launch tasks for 2025")', () => {
    const r = readEn('Deputy Prime Minister Trinh Quoc Bao on January 10 chaired the conference to review the work of the home affairs sector in 2024 and launch tasks for 2025.');
    expect(r.relations).toContain('Trinh Quoc Bao -chaired-> Conference to review the work of the home affairs sector in 2024 and launch tasks for 2025');
  });

  it('reads deputies\' meeting with voters, named by its place, and the bodies co-organising it', () => {
    const r = readEn(
      'The meeting with voters in My Xuyen District, co-organised by the NA delegation of Soc Trang Province and the Soc Trang Provincial Vietnam Fatherland Front Committee, drew 200 voters. Tran Quoc Viet spoke at the meeting.',
    );
    const meeting = 'Meeting with voters in My Xuyen District';
    expect(r.relations).toEqual(
      expect.arrayContaining([
        `Đoàn Đại biểu Quốc hội tỉnh Sóc Trăng -organized-> ${meeting}`,
        `Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng -organized-> ${meeting}`,
        `Tran Quoc Viet -spoke_at-> ${meeting}`,
      ]),
    );
  });

  it('reads a body\'s numbered session named with a possessive, and who it was "chaired by"', () => {
    const r = readEn("The National Assembly Standing Committee's 45th session opened on Monday, chaired by NA Chairman Tran Thanh Man.");
    expect(r.keys).toContain('ev:phien-hop-45-uy-ban-thuong-vu-quoc-hoi');
    expect(r.relations).toContain('Tran Thanh Man -chaired-> 45th session of the National Assembly Standing Committee');
  });

  it('reads "the commission\'s 31st session" after a central commission was named', () => {
    const r = readEn(
      "The Party Central Committee's Inspection Commission has proposed disciplining two former leaders. The proposal was made at the commission's 31st session, chaired by Vu Duc Tam, Chairman of the Central Inspection Commission.",
    );
    expect(r.relations).toContain("Vu Duc Tam -chaired-> 31st session of the Party Central Committee's Inspection Commission");
  });

  it('reads a region after a meeting\'s purpose as part of its name, not where it was held', () => {
    const r = readEn('Prime Minister Luong Duc Khai on Saturday chaired a conference to promote investment in the Mekong Delta region, held in Can Tho City.');
    expect(r.relations).toContain('Luong Duc Khai -chaired-> Conference to promote investment in the Mekong Delta region');
  });

  it('reads a given name after an honorific or a title as the person named in full before', () => {
    const r = readEn(
      "The Tien Giang People's Committee on Saturday held a ceremony to announce decisions appointing five directors. Attending were Vo Thi Kim Thoa, secretary of the Tien Giang Provincial Party Committee. Speaking at the ceremony, Ms Thoa said the merger was a revolution.",
    );
    expect(r.relations).toContain('Vo Thi Kim Thoa -spoke_at-> Ceremony to announce decisions appointing five directors');
    expect(r.x.entities.find((e) => e.label === 'Vo Thi Kim Thoa')?.mentions).toHaveLength(2);
  });

  it('reads a meeting named by its purpose with whom it is held, and its holder\'s name for it as the same meeting', () => {
    const r = readEn(
      "The Government on October 18 held an online conference with localities to review 100 days of operating the two-tier local administration model. It was chaired by Prime Minister Le Quang Vinh. Prime Minister Le Quang Vinh speaks at the Government's online conference with localities. (Photo: VGP)",
    );
    const events = r.x.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => e.label)).toEqual(['Online conference with localities to review 100 days of operating the two-tier local administration model']);
    expect(events[0]!.aliases).toEqual(expect.arrayContaining(['online conference with localities', "Government's online conference with localities"]));
  });

  it('reads a body\'s periodic meeting named with its possessive and month', () => {
    const r = readEn(
      "Prime Minister Hoang Van Quyet on October 5 chaired the Government's regular meeting for September in Hanoi. Attending the meeting were Deputy Prime Ministers Vu Minh Khang and Lam Thi Thu Hien.",
    );
    expect(r.relations).toEqual(
      expect.arrayContaining([
        "Hoang Van Quyet -chaired-> Government's regular meeting for September",
        "Lam Thi Thu Hien -attended-> Government's regular meeting for September",
      ]),
    );
  });

  it('reads presenting a submission at the meeting as speaking at it', () => {
    const r = readEn(
      "The NA Standing Committee opened its 37th session on Monday. Presenting the Government's submission, Minister of Information and Communications Ha Quang Vinh outlined the draft law's five chapters.",
    );
    expect(r.relations).toContain('Ha Quang Vinh -spoke_at-> 37th session of the NA Standing Committee');
  });

  it('reads what officials admit, explain or raise at the meeting the article opens on as speaking at it', () => {
    const r = readEn(
      'Deputy Prime Minister Nguyen Quoc Thang on July 18 chaired an online conference with five Mekong Delta localities to review the disbursement of public investment capital. Vo Thanh Phuc, Vice Chairman of the Hau Giang Provincial People\'s Committee, admitted that site clearance was slow. Minister Tran Van Khiem explained the delays. Do Thi Kim Hoa, Chairwoman of the Khanh Hoa Provincial People\'s Committee, called on investors to look at Cam Ranh.',
    );
    const meeting = 'Online conference with five Mekong Delta localities to review the disbursement of public investment capital';
    expect(r.relations.filter((x) => x.includes('-spoke_at->')).sort()).toEqual(
      [`Do Thi Kim Hoa -spoke_at-> ${meeting}`, `Tran Van Khiem -spoke_at-> ${meeting}`, `Vo Thanh Phuc -spoke_at-> ${meeting}`],
    );
  });

  it('reads a ceremony named by its purpose, and a meeting whose place stands before its purpose', () => {
    const r = readEn(
      "The Long An People's Committee on Saturday held a ceremony to announce decisions appointing the directors of five departments, as the province cuts its agencies. Speaking at the ceremony, Director Tran Van Hai thanked the province. The Central Military Commission on Tuesday held a conference in Hà Nội to review the leadership of military and defence tasks in 2024 and set out directions for 2025.",
    );
    const ceremony = 'Ceremony to announce decisions appointing the directors of five departments';
    const conference = 'Conference to review the leadership of military and defence tasks in 2024 and set out directions';
    expect(r.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual([ceremony, conference]);
    expect(r.relations).toContain(`Tran Van Hai -spoke_at-> ${ceremony}`);
    expect(r.entity(`ev:${conference.toLowerCase().replace(/ /g, '-')}`)?.aliases).toContain('Conference to review the leadership of military and defence tasks in 2024');
  });

  it('names an extraordinary sitting by the body that held it, and no other', () => {
    const r = readEn(
      "The Hue City Party Committee on Monday held an extraordinary plenum. It announced the Politburo's decision. Speaking at the plenum, Le Minh Dao thanked the Politburo. Another extraordinary session may follow in February, an official said.",
    );
    expect(r.x.entities.filter((e) => e.type === 'event').map((e) => e.label)).toEqual(['Extraordinary plenum of the Hue City Party Committee']);
    expect(r.relations).toContain('Le Minh Dao -spoke_at-> Extraordinary plenum of the Hue City Party Committee');
  });

  it('does not take a congress being prepared for the meeting the working session\'s people attend', () => {
    const r = readEn(
      'Permanent member of the Secretariat Tran Cam Tu on September 12 worked with the Standing Board of the Lang Son provincial Party Committee on preparations for the 18th provincial Party Congress. Chairman of the provincial People\'s Committee Ho Tien Thieu also attended the working session.',
    );
    expect(r.relations.filter((x) => x.includes('-attended->') || x.includes('-spoke_at->'))).toEqual([]);
  });

  it('keys numbered plenums and sessions like the Vietnamese path, with the term', () => {
    const r = readEn('The 20th plenum of the 15th Quang Ninh Provincial Party Committee opened. The seventh session of the 15th National Assembly closed.');
    expect(r.keys).toContain('ev:hoi-nghi-20-tinh-uy-quang-ninh-khoa-15');
    expect(r.keys).toContain('ev:ky-hop-7-quoc-hoi-khoa-15');
  });

  it('reads a congress named by its tenure', () => {
    const r = readEn('The Thanh Hoa Provincial Party Congress for the 2025-2030 tenure opened. The congress was co-chaired by Tran Van Hai and Le Thi Nga.');
    expect(r.entity('ev:dai-hoi-nk-2025-2030-dang-bo-tinh-thanh-hoa')?.label).toBe('Thanh Hoa Provincial Party Congress for the 2025-2030 tenure');
    expect(r.relations).toContain('Le Thi Nga -chaired-> Thanh Hoa Provincial Party Congress for the 2025-2030 tenure');
  });

  it('reads "a meeting of the <body>", and "the event" as the meeting reported', () => {
    const r = readEn(
      "Secretary of the Binh Duong Provincial Party Committee Tran Van Hai chaired a meeting of the provincial Party Committee's Standing Board on March 3. Chairman of the Binh Duong People's Committee Le Van Son attended the event.",
    );
    const meeting = 'meeting of the Binh Duong provincial Party Committee\'s Standing Board';
    expect(r.relations).toContain(`Tran Van Hai -chaired-> ${meeting}`);
    expect(r.relations).toContain(`Le Van Son -attended-> ${meeting}`);
  });

  it.each([
    ['The conference was attended by Tran Van Hai and Le Thi Nga.', 'attended'],
    ['Among the delegates were Tran Van Hai and Le Thi Nga.', 'attended'],
    ['Also present were Tran Van Hai and Le Thi Nga.', 'attended'],
    ['The conference was co-chaired by Tran Van Hai and Le Thi Nga.', 'chaired'],
    ['Tran Van Hai and Le Thi Nga co-chaired the conference.', 'chaired'],
    ['Tran Van Hai and Le Thi Nga gave a speech at the conference.', 'spoke_at'],
    ['The conference was addressed by Tran Van Hai and Le Thi Nga.', 'spoke_at'],
  ])('%s', (sentence, type) => {
    const r = readEn(`The 5th plenum of the Ca Mau Provincial Party Committee was held on Monday. ${sentence}`);
    expect(r.relations).toContain(`Le Thi Nga -${type}-> 5th plenum of the Ca Mau Provincial Party Committee`);
    expect(r.relations).toContain(`Tran Van Hai -${type}-> 5th plenum of the Ca Mau Provincial Party Committee`);
  });

  it('gives "was attended by" to those after it, not to a speaker before it', () => {
    const r = readEn('The 5th plenum of the Ca Mau Provincial Party Committee was held. Tran Van Hai said the plenum was attended by Le Thi Nga.');
    expect(r.relations).not.toContain('Tran Van Hai -attended-> 5th plenum of the Ca Mau Provincial Party Committee');
  });
});

describe('English news: documents', () => {
  it('does not read a body overseeing another as carrying out the document, nor as what a document it cites is about', () => {
    const r = readEn(
      "The Party Central Committee's Inspection Commission met. At the session, the commission also reviewed the results of supervision over the Standing Board of the Hai Phong city Party Committee in leading the implementation of Regulation No. 296-QĐ/TW. In accordance with Regulation No. 69-QĐ/TW of the Politburo on disciplining violating Party members, the commission proposed disciplinary measures.",
    );
    expect(r.relations.filter((x) => x.includes('-implements->') || x.includes('-concerns->'))).toEqual([]);
  });

  it('does not read a body whose leaders or delegations act as carrying out a document', () => {
    const r = readEn(
      "Leaders of the Ha Nam Provincial Party Committee took part in working delegations of the Politburo to promote the implementation of the Politburo's Directive 35-CT/TW.",
    );
    expect(r.relations.filter((x) => x.includes('-implements->'))).toEqual([]);
  });


  it('reads a body that "has carried out" a resolution as implementing it', () => {
    const r = readEn('The Tra Vinh Provincial Party Committee has effectively carried out Resolution No. 13-NQ/TW.');
    expect(r.relations).toContain('Tỉnh ủy Trà Vinh -implements-> Resolution No. 13-NQ/TW');
  });


  it('reads ASCII codes like the Vietnamese ones, with the issuer their suffix names', () => {
    const r = readEn('The Prime Minister signed Decision No. 1234/QD-TTg. The Government issued Decree No. 45/2024/ND-CP on Tuesday.');
    expect(r.keys).toEqual(expect.arrayContaining(['doc:decision:1234:1234/qd-ttg', 'doc:decree:45:45/2024/nd-cp']));
    expect(r.relations).toContain('Chính phủ -issued-> Decision No. 1234/QD-TTg');
    expect(r.relations).toContain('Chính phủ -issued-> Decree No. 45/2024/ND-CP');
  });

  it('reads an issuer named before "issued" and one with its term ("of the 14th National Assembly")', () => {
    const r = readEn("The Binh Phuoc People's Committee has issued Plan No. 12/KH-UBND. Resolution No. 88 of the 14th National Assembly was reviewed.");
    expect(r.relations).toContain('UBND tỉnh Bình Phước -issued-> Plan No. 12/KH-UBND');
    expect(r.relations).toContain('Quốc hội -issued-> Resolution No. 88');
  });

  it('reads what a document is about from "on <topic>", not from a date or a speaker', () => {
    const r = readEn(
      'Resolution No. 66-NQ/TW of the Politburo dated May 2, 2025 on the development of Ca Mau province and the Supreme People’s Court was discussed, said Le Van Tam, Secretary of the Hanoi Party Committee.',
    );
    expect(r.relations).toContain('Resolution No. 66-NQ/TW -concerns-> Cà Mau');
    expect(r.relations).toContain('Resolution No. 66-NQ/TW -concerns-> Tòa án nhân dân tối cao');
    expect(r.relations.filter((x) => x.includes('-concerns->'))).toHaveLength(2);
    const dated = readEn('Decision No 12-QĐ/TU on August 2, 2024 by the Ca Mau Provincial Party Committee set up the board.');
    expect(dated.relations.filter((x) => x.includes('-concerns->'))).toEqual([]);
  });

  it('reads the topic after a signatory that is not a body ("of the Prime Minister on …")', () => {
    const r = readEn('Decision No. 759/QD-TTg of the Prime Minister on the restructuring of units in Soc Trang province was discussed.');
    expect(r.relations).toContain('Decision No. 759/QD-TTg -concerns-> Sóc Trăng');
  });

  it('reads laws named by their subject', () => {
    const r = readEn('The Law on Organisation of Local Administration and the Law on Land took effect.');
    expect(r.entity('doc:law:on-land')?.label).toBe('Law on Land');
    expect(r.entity('doc:law:on-organisation-of-local-administration')?.kind).toBe('law');
    // A list of subjects ending on "and" is one name; a comma before another document ends it.
    const listed = readEn('The Assembly passed the Law on Science, Technology and Innovation. It applied the Law on Land, Decree 10 and others.');
    expect(listed.x.entities.filter((e) => e.type === 'document').map((e) => e.label)).toEqual(['Law on Science, Technology and Innovation', 'Law on Land', 'Decree 10']);
  });

  it('does not read the Ho Chi Minh Communist Youth Union as a person', () => {
    const r = readEn('The Ho Chi Minh Communist Youth Union held a congress.');
    expect(r.keys.filter((k) => k.startsWith('person:'))).toEqual([]);
  });
});

describe('English news: bodies and places', () => {
  it('maps provincial departments to the Vietnamese "Sở" names', () => {
    const r = readEn('The Department of Home Affairs of Lang Son province, the Lang Son Health Department and the provincial Department of Finance met.');
    expect(r.entity('org:so-noi-vu-tinh-lang-son')?.label).toBe('Sở Nội vụ tỉnh Lạng Sơn');
    expect(r.keys).toEqual(expect.arrayContaining(['org:so-y-te-tinh-lang-son', 'org:so-tai-chinh-tinh-lang-son']));
  });

  it('keeps the Vietnamese "Sở" key for the Vietnamese edition', () => {
    const vi = extract({ id: 'vi', text: 'Sở Nội vụ tỉnh Lạng Sơn tổ chức hội nghị.' });
    expect(vi.entities.map((e) => e.key)).toContain('org:so-noi-vu-tinh-lang-son');
  });

  it('reads a local Front committee, the enterprises bloc and the police of a province', () => {
    const r = readEn('The Vietnam Fatherland Front Committee of Ca Mau province, the Party Committee of Ca Mau provincial Enterprises and the Ca Mau provincial Police met.');
    expect(r.keys).toEqual(expect.arrayContaining(['org:uy-ban-mat-tran-to-quoc-viet-nam-tinh-ca-mau', 'org:dang-uy-khoi-doanh-nghiep-tinh-ca-mau', 'org:cong-an-tinh-ca-mau']));
    expect(r.keys).not.toContain('org:mat-tran-to-quoc-viet-nam');
  });

  it('reads the bodies of a provincial city, in the province named after them, and "the city Party Committee" after one', () => {
    const r = readEn(
      [
        'The Central Inspection Commission held its session in Hanoi. It considered the Standing Board of the Tuy Hoa City Party Committee in Phu Yen province.',
        'Tran Van Lam, former Secretary of the Tuy Hoa City Party Committee, and Le Thi Hoa, former Deputy Secretary of the city Party Committee and former Chairwoman of the Tuy Hoa City People’s Committee, were reprimanded.',
        'The District Party Committee met.',
      ].join(' '),
    );
    expect(r.relations.filter((x) => x.includes('-holds_position->') || x.includes('-located_in->') || x.includes('-part_of->')).sort()).toEqual(
      [
        'Ban Thường vụ Thành ủy Tuy Hoa -part_of-> Thành ủy Tuy Hoa',
        'Le Thi Hoa -holds_position-> Thành ủy Tuy Hoa [nguyên Phó Bí thư]',
        'Le Thi Hoa -holds_position-> UBND thành phố Tuy Hoa [nguyên Chủ tịch]',
        'Thành ủy Tuy Hoa -located_in-> thành phố Tuy Hoa',
        'Tran Van Lam -holds_position-> Thành ủy Tuy Hoa [nguyên Bí thư]',
        'UBND thành phố Tuy Hoa -located_in-> thành phố Tuy Hoa',
        'thành phố Tuy Hoa -located_in-> Phú Yên',
      ].sort(),
    );
    // The city's name alone names it too; "The" opens no district's name.
    expect(r.entity('loc:thanh-pho-tuy-hoa@phu-yen')?.aliases).toContain('Tuy Hoa');
    expect(r.keys.filter((k) => /-the\b|-the@/.test(k))).toEqual([]);
  });

  it('reads a ministry\'s Party Committee and Party Organisation, their organs and "the ministry\'s Party Committee" after it; the Politburo is no ministry', () => {
    const r = readEn(
      [
        'The Party Committee of the Ministry of Finance held a conference reviewing Party building work in the first nine months of 2025 and setting out tasks in Hanoi.',
        'The conference was chaired by Ho Quang Vinh, Secretary of the Party Committee of the Ministry of Finance and Minister of Finance.',
        "Le Thi Mai, Deputy Secretary of the ministry's Party Committee, and Tran Van Nam, Chairman of the Inspection Commission of the Party Committee of the Ministry of Finance, attended.",
        'In July, it organised the 1st Congress of the Party Organisation of the Ministry of Finance under the Politburo’s guidance.',
      ].join(' '),
    );
    const meeting = 'Conference reviewing Party building work in the first nine months of 2025 and setting out tasks';
    expect(r.relations).toEqual(
      expect.arrayContaining([
        `Đảng ủy Bộ Tài chính -organized-> ${meeting}`,
        `Ho Quang Vinh -chaired-> ${meeting}`,
        'Ho Quang Vinh -holds_position-> Đảng ủy Bộ Tài chính [Bí thư]',
        'Le Thi Mai -holds_position-> Đảng ủy Bộ Tài chính [Phó Bí thư]',
        'Tran Van Nam -holds_position-> Ủy ban Kiểm tra Đảng ủy Bộ Tài chính [Chủ tịch]',
        'Ủy ban Kiểm tra Đảng ủy Bộ Tài chính -part_of-> Đảng ủy Bộ Tài chính',
      ]),
    );
    expect(r.x.entities.find((e) => e.type === 'event' && e.label === meeting)?.aliases).toContain('Conference reviewing Party building work in the first nine months of 2025');
    expect(r.x.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Đảng bộ Bộ Tài chính', '1st Congress of the Party Organisation of the Ministry of Finance']));
    expect(r.x.entities.map((e) => e.label)).not.toContain('Đảng ủy Bộ Chính trị');
  });

  it('names a bare municipal body also with "City" ("the municipal People\'s Council" of Hai Phong is the "Hai Phong City People\'s Council")', () => {
    const r = readEn("The Hai Phong City Party Committee met. Vu Thi Ngoc, Chairwoman of the municipal People's Council, attended.");
    expect(r.entity('org:hoi-dong-nhan-dan-thanh-pho-hai-phong')?.aliases).toEqual(expect.arrayContaining(["Hai Phong municipal People's Council", "Hai Phong City People's Council"]));
  });

  it('names a bare provincial department with its province, not with the level word ("Thanh Hoa Department of Finance")', () => {
    const r = readEn('The Thanh Hoa Provincial People’s Council met. Le Van Tam, Director of the provincial Department of Finance, was elected.');
    expect(r.entity('org:so-tai-chinh-tinh-thanh-hoa')?.aliases).toContain('Thanh Hoa Department of Finance');
  });

  it('reads districts, wards and provincial cities with the place they belong to', () => {
    const r = readEn('District 3 and Cau Giay district of Hanoi grew, as did Thu Duc City of Ho Chi Minh City and Tan Hiep district of Kien Giang. The Capital City plan was approved.');
    expect(r.keys).toEqual(expect.arrayContaining(['loc:quan-3@ha-noi', 'loc:quan-cau-giay@ha-noi', 'loc:thanh-pho-thu-duc@thanh-pho-ho-chi-minh', 'loc:huyen-tan-hiep@kien-giang']));
    expect(r.keys.filter((k) => k.includes('capital'))).toEqual([]);
  });
});
