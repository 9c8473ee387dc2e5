// Data tables for recognising Vietnamese unit (agency/office) names. No matching code lives
// here: src/units/normalize.ts compiles these tables once, at module load.
//
// Vocabulary used in the comments:
//   xã / phường / đặc khu   commune / ward / special zone: the lower tier after the 2025 two-level reform
//   tỉnh / thành phố         province / centrally-run city: the upper tier
//   huyện / quận / thị xã    district tier, abolished in 2025 but still present in older plans
//   UBND / HĐND              Ủy ban nhân dân / Hội đồng nhân dân: People's Committee / People's Council
//   Sở / Bộ / Vụ / Cục       provincial department / ministry / ministry department / general department
//   Phòng / Ban / Trung tâm  office / board / centre;  Văn phòng = secretariat ("office of")
//   Mặt trận Tổ quốc (MTTQ)  Fatherland Front;  đoàn thể = mass organisations (unions, associations)
//   tổ dân phố / thôn        residential group (ward) / village (commune)

import type { UnitKind } from '../register/types.js';

export interface DirectoryEntry {
  /** Canonical display name (modern tone placement, " - " dashes, the golden files' conventions). */
  name: string;
  kind?: UnitKind;
  /**
   * Other spellings, abbreviations and older names that denote the same unit. An alias written in lower
   * case ("cơ quan, đơn vị") maps to the unit when it is the whole mention but does not start a unit in
   * running text.
   */
  aliases?: string[];
  /**
   * The name ends in a level word that a "thuộc xã/phường" qualifier may change: "Các phòng, đơn vị
   * thuộc phường" is displayed "… thuộc xã" when the plan wrote "thuộc xã".
   */
  localized?: boolean;
}

// ---------------------------------------------------------------------------------- directory
// The usual units of Vietnamese government after the 2025 reform, plus the older names still
// found in 2024–2025 plans. Unknown but well-formed names ("Sở …", "Vụ …", "Trung tâm …") are
// recognised by the generic head-word rule, so this list only needs the names whose spelling
// varies, whose canonical form is a convention, or which contain "và"/commas (to protect them
// from list splitting).

export const DIRECTORY: DirectoryEntry[] = [
  // --- commune / ward level (cấp xã) ---
  {
    name: 'Văn phòng HĐND và UBND',
    aliases: [
      'VP HĐND và UBND',
      'VP HĐND-UBND',
      'Văn phòng HĐND-UBND',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      'VP HĐND - UBND',
    ],
  },
  { name: 'Văn phòng Đảng ủy', aliases: ['VP Đảng ủy'] },
  { name: 'Phòng Văn hóa - Xã hội', aliases: ['Phòng VH-XH', 'Phòng VHXH', 'Phòng VH - XH', 'P.VH-XH', 'Phòng Văn hóa và Xã hội'] },
  {
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    aliases: ['Phòng KT-HT-ĐT', 'Phòng KT, HT và ĐT', 'Phòng Kinh tế - Hạ tầng - Đô thị', 'Phòng Kinh tế, Hạ tầng, Đô thị', 'Phòng KTHTĐT'],
  },
  { name: 'Phòng Kinh tế' },
  // the district office's official name before 2025 ("Phòng Kinh tế và Hạ tầng")
  { name: 'Phòng Kinh tế và Hạ tầng', aliases: ['Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế, Hạ tầng'] },
  {
    name: 'Trung tâm Phục vụ hành chính công',
    aliases: ['Trung tâm PVHCC', 'TTPVHCC', 'TT PVHCC', 'TT.PVHCC', 'TT Phục vụ hành chính công'],
  },
  { name: 'Trung tâm Cung ứng dịch vụ sự nghiệp công', aliases: ['TT Cung ứng dịch vụ sự nghiệp công'] },
  { name: 'Trung tâm Dịch vụ tổng hợp', aliases: ['TT Dịch vụ tổng hợp'] },
  { name: 'Công an phường', aliases: ['CA phường'] },
  { name: 'Công an xã', aliases: ['CA xã'] },
  { name: 'Ban Chỉ huy Quân sự phường', aliases: ['BCH Quân sự phường', 'Ban CHQS phường', 'BCHQS phường'] },
  { name: 'Ban Chỉ huy Quân sự xã', aliases: ['BCH Quân sự xã', 'Ban CHQS xã', 'BCHQS xã'] },
  {
    name: 'Mặt trận Tổ quốc',
    aliases: [
      'MTTQ',
      'Ủy ban MTTQ',
      'UBMTTQ',
      'Ủy ban Mặt trận Tổ quốc',
      'Mặt trận Tổ quốc Việt Nam',
      'Ủy ban Mặt trận Tổ quốc Việt Nam',
      'Ủy ban MTTQ Việt Nam',
      'Ủy ban MTTQ VN',
      'MTTQ Việt Nam',
      'MTTQVN',
      // its standing board acts for the Front between meetings (a joint plan "UBND phường – Ban Thường trực Ủy
      // ban MTTQ Việt Nam phường" names the Front so)
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc',
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam',
      'Ban Thường trực Ủy ban MTTQ',
      'Ban Thường trực Ủy ban MTTQ Việt Nam',
      'Ban Thường trực MTTQ',
      'Ban Thường trực Mặt trận Tổ quốc',
    ],
  },
  { name: 'Hội Cựu chiến binh', aliases: ['Hội CCB'] },
  { name: 'Hội Liên hiệp Phụ nữ', aliases: ['Hội LHPN', 'Hội Phụ nữ'] },
  { name: 'Đoàn Thanh niên', aliases: ['Đoàn TN', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS HCM'] },
  { name: 'Hội Nông dân', aliases: ['Hội ND'] },
  { name: 'Liên đoàn Lao động', aliases: ['LĐLĐ'] },
  { name: 'Hội Chữ thập đỏ', aliases: ['Hội CTĐ'] },
  { name: 'Trạm Y tế', aliases: ['Trạm y tế'] },
  // the force of the 2023 law on grassroots security (Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở):
  // its name holds a comma and verbs ("tham gia", "bảo vệ") that would end a name
  {
    name: 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    aliases: ['Lực lượng tham gia bảo vệ ANTT ở cơ sở', 'Lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở', 'Lực lượng bảo vệ an ninh, trật tự ở cơ sở'],
  },

  // --- collectives of the commune / ward level ---
  { name: 'Các tổ dân phố', kind: 'collective', aliases: ['Các TDP', 'Tổ dân phố', 'Các Tổ dân phố'] },
  { name: 'Các thôn', kind: 'collective' },
  // the elected board of each village or residential group ("Ban nhân dân (các) thôn", "… ấp", "… tổ dân phố")
  { name: 'Ban nhân dân các thôn', kind: 'collective', aliases: ['Ban nhân dân thôn', 'BND các thôn', 'BND thôn'] },
  { name: 'Ban nhân dân các ấp', kind: 'collective', aliases: ['Ban nhân dân ấp', 'BND các ấp', 'BND ấp'] },
  { name: 'Ban nhân dân các khóm', kind: 'collective', aliases: ['Ban nhân dân khóm'] },
  { name: 'Ban nhân dân các bản', kind: 'collective', aliases: ['Ban nhân dân bản'] },
  { name: 'Ban nhân dân các khu phố', kind: 'collective', aliases: ['Ban nhân dân khu phố', 'BND các khu phố', 'BND khu phố'] },
  { name: 'Ban nhân dân các tổ dân phố', kind: 'collective', aliases: ['Ban nhân dân tổ dân phố', 'BND các tổ dân phố', 'BND tổ dân phố'] },
  // the board that runs each quarter where wards call it so ("Ban điều hành khu phố", Đồng Nai, Tây Ninh, TP. Hồ Chí Minh)
  { name: 'Ban điều hành các khu phố', kind: 'collective', aliases: ['Ban điều hành khu phố', 'BĐH các khu phố', 'BĐH khu phố'] },
  { name: 'Các thôn, tổ dân phố', kind: 'collective', aliases: ['Các thôn, TDP'] },
  { name: 'Các phòng chuyên môn', kind: 'collective', aliases: ['Các phòng chuyên môn thuộc UBND'] },
  {
    name: 'Các phòng, đơn vị thuộc phường',
    kind: 'collective',
    localized: true,
    aliases: ['Các phòng, đơn vị', 'Các phòng, ban, đơn vị'],
  },
  {
    // "Các cơ quan, đơn vị thuộc UBND phường", "… thuộc phường" and "Các cơ quan, đơn vị" are ONE unit:
    // "thuộc [UBND] phường/xã" only says where the agencies sit (the scorer's unitKey drops it too), and a
    // commune/ward plan addresses the same set with all three spellings (seed 003). The canonical display
    // is the short form, as in seed 000's golden file. "Thủ trưởng cơ quan, đơn vị" (heads of each
    // agency) also lands here once the role word is dropped.
    name: 'Các cơ quan, đơn vị',
    kind: 'collective',
    aliases: ['cơ quan, đơn vị', 'Các cơ quan, đơn vị thuộc và trực thuộc', 'Các cơ quan, đơn vị trực thuộc'],
  },
  { name: 'Các cơ quan có liên quan', kind: 'collective' },
  { name: 'Các cơ quan, đơn vị có liên quan', kind: 'collective' },
  { name: 'Các đơn vị có liên quan', kind: 'collective' },
  // The bodies an inspection plan visits ("Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …"): a plan of an
  // inspection team gives them work of their own (reports, documents, someone to meet the team).
  {
    name: 'Các đơn vị được kiểm tra',
    kind: 'collective',
    aliases: ['Đơn vị được kiểm tra', 'Các cơ quan, đơn vị được kiểm tra', 'Cơ quan, đơn vị được kiểm tra', 'Các cơ sở được kiểm tra', 'Cơ sở được kiểm tra', 'Các đối tượng được kiểm tra', 'Đối tượng được kiểm tra'],
  },
  { name: 'Các đơn vị được thanh tra', kind: 'collective', aliases: ['Đơn vị được thanh tra', 'Các cơ quan, đơn vị được thanh tra', 'Cơ quan, đơn vị được thanh tra', 'Đối tượng được thanh tra'] },
  { name: 'Các cơ quan chuyên môn', kind: 'collective' },
  { name: 'Các đơn vị sự nghiệp công lập', kind: 'collective', aliases: ['Các đơn vị sự nghiệp'] },
  { name: 'Các đoàn thể', kind: 'collective', aliases: ['Các tổ chức đoàn thể'] },
  { name: 'Các tổ chức chính trị - xã hội', kind: 'collective' },
  { name: 'Cán bộ, công chức, viên chức', kind: 'collective', aliases: ['CBCCVC', 'Cán bộ, công chức, viên chức (CBCCVC)'] },
  {
    name: 'Cán bộ, công chức, viên chức và người lao động',
    kind: 'collective',
    aliases: ['Cán bộ, công chức, viên chức, người lao động', 'CBCCVC và người lao động', 'CBCCVC, NLĐ', 'CBCCVC và NLĐ'],
  },
  { name: 'Cán bộ, công chức', kind: 'collective' },

  // --- people's committees as collectives ---
  {
    name: 'UBND các xã, phường',
    kind: 'collective',
    aliases: ['UBND xã, phường', 'UBND cấp xã', 'UBND các phường, xã', 'UBND phường, xã', 'Ủy ban nhân dân các xã, phường'],
  },
  // the communes, wards and special zones of a province after 2025, in the order the plan writes them
  { name: 'UBND các phường, xã, đặc khu', kind: 'collective', aliases: ['UBND phường, xã, đặc khu', 'Ủy ban nhân dân phường, xã, đặc khu', 'Ủy ban nhân dân các phường, xã, đặc khu'] },
  { name: 'UBND các xã, phường, đặc khu', kind: 'collective', aliases: ['UBND xã, phường, đặc khu', 'Ủy ban nhân dân xã, phường, đặc khu', 'Ủy ban nhân dân các xã, phường, đặc khu'] },
  { name: 'UBND các huyện, thành phố', kind: 'collective', aliases: ['UBND huyện, thành phố', 'Ủy ban nhân dân các huyện, thành phố'] },
  { name: 'UBND các tỉnh, thành phố trực thuộc trung ương', kind: 'collective', aliases: ['UBND các tỉnh, thành phố trực thuộc TW'] },
  { name: 'UBND các tỉnh, thành phố', kind: 'collective' },
  { name: 'Các sở, ban, ngành', kind: 'collective', aliases: ['Các sở, ban ngành', 'Sở, ban, ngành'] },
  { name: 'Các sở, ngành', kind: 'collective' },
  { name: 'Các bộ, ngành', kind: 'collective', aliases: ['Các Bộ, ngành'] },
  // the members of a steering committee: not every ministry or department
  { name: 'Các bộ, ngành thành viên Ban Chỉ đạo', kind: 'collective', aliases: ['Các Bộ, ngành thành viên Ban Chỉ đạo', 'Các bộ, ngành là thành viên Ban Chỉ đạo'] },
  { name: 'Các sở, ngành thành viên Ban Chỉ đạo', kind: 'collective', aliases: ['Các sở, ban, ngành thành viên Ban Chỉ đạo', 'Các sở, ngành là thành viên Ban Chỉ đạo'] },

  // --- province level (cấp tỉnh) ---
  { name: 'Sở Nội vụ' },
  { name: 'Sở Tài chính' },
  { name: 'Sở Y tế' },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở GD và ĐT'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở VH, TT và DL', 'Sở Văn hóa - Thể thao và Du lịch'] },
  { name: 'Sở Văn hóa và Thể thao', aliases: ['Sở VH&TT', 'Sở VHTT'] },
  { name: 'Sở Du lịch' },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN'] },
  { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT'] },
  { name: 'Sở Xây dựng' },
  { name: 'Sở Công Thương', aliases: ['Sở Công thương'] },
  { name: 'Sở Tư pháp' },
  { name: 'Sở Dân tộc và Tôn giáo' },
  { name: 'Sở Ngoại vụ' },
  { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở Thông tin - Truyền thông'] },
  { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'] },
  { name: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'] },
  { name: 'Sở Lao động - Thương binh và Xã hội', aliases: ['Sở LĐ-TB&XH', 'Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội'] },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'] },
  { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'] },
  { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh', 'VPUBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'] },
  { name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', aliases: ['Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh'] },
  { name: 'Thanh tra tỉnh' },
  { name: 'Công an tỉnh', aliases: ['CA tỉnh'] },
  { name: 'Công an thành phố', aliases: ['CA thành phố'] },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', aliases: ['Bộ CHQS tỉnh', 'BCHQS tỉnh'] },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', aliases: ['Bộ CHBĐBP tỉnh'] },
  // Provincial newspaper and broadcaster were merged in 2025: "Báo và Phát thanh, Truyền hình <tỉnh>".
  { name: 'Báo và Phát thanh, Truyền hình', aliases: ['Báo và Phát thanh truyền hình'] },
  { name: 'Đài Phát thanh và Truyền hình', aliases: ['Đài PT-TH', 'Đài PTTH'] },
  { name: 'Kho bạc Nhà nước', aliases: ['KBNN'] },
  { name: 'Bảo hiểm xã hội', aliases: ['BHXH'] },
  { name: 'Viện Kiểm sát nhân dân tỉnh', aliases: ['Viện KSND tỉnh', 'VKSND tỉnh'] },
  { name: 'Tòa án nhân dân tỉnh', aliases: ['TAND tỉnh'] },
  { name: 'Liên minh Hợp tác xã', aliases: ['Liên minh HTX'] },
  { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh'] },
  { name: 'HĐND tỉnh', aliases: ['Hội đồng nhân dân tỉnh'] },
  { name: 'UBND phường', aliases: ['Ủy ban nhân dân phường'] },
  { name: 'UBND xã', aliases: ['Ủy ban nhân dân xã'] },

  // --- central level ---
  { name: 'Chính phủ' },
  { name: 'Thủ tướng Chính phủ' },
  { name: 'Văn phòng Chính phủ' },
  { name: 'Thanh tra Chính phủ' },
  { name: 'Ngân hàng Nhà nước Việt Nam' },
  { name: 'Bộ Nội vụ' },
  { name: 'Bộ Tài chính' },
  { name: 'Bộ Xây dựng' },
  { name: 'Bộ Công an' },
  { name: 'Bộ Quốc phòng' },
  { name: 'Bộ Ngoại giao' },
  { name: 'Bộ Tư pháp' },
  { name: 'Bộ Công Thương', aliases: ['Bộ Công thương'] },
  { name: 'Bộ Y tế' },
  { name: 'Bộ Giáo dục và Đào tạo', aliases: ['Bộ GD&ĐT'] },
  { name: 'Bộ Khoa học và Công nghệ', aliases: ['Bộ KH&CN'] },
  { name: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', aliases: ['Bộ VHTTDL'] },
  { name: 'Bộ Dân tộc và Tôn giáo' },
  { name: 'Bộ Kế hoạch và Đầu tư', aliases: ['Bộ KH&ĐT'] },
  { name: 'Bộ Tài nguyên và Môi trường', aliases: ['Bộ TN&MT'] },
  { name: 'Bộ Thông tin và Truyền thông', aliases: ['Bộ TT&TT'] },
  { name: 'Bộ Lao động - Thương binh và Xã hội', aliases: ['Bộ LĐ-TB&XH'] },
  { name: 'Bộ Giao thông vận tải', aliases: ['Bộ GTVT'] },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', aliases: ['Bộ NN&PTNT'] },
  { name: 'Văn phòng Bộ' },
  { name: 'Văn phòng thường trực Ban Chỉ đạo', aliases: ['Văn phòng Thường trực Ban Chỉ đạo'] },
  { name: 'Đài Truyền hình Việt Nam', aliases: ['VTV'] },
  { name: 'Đài Tiếng nói Việt Nam', aliases: ['VOV'] },
  { name: 'Thông tấn xã Việt Nam', aliases: ['TTXVN'] },
  { name: 'Vụ Kế hoạch - Tài chính', aliases: ['Vụ Kế hoạch, Tài chính', 'Vụ KHTC'] },
  { name: 'Vụ Vật liệu xây dựng' },
  { name: 'Vụ Pháp chế' },
  // a department of the Ministry of Justice whose name holds "về xây dựng" (words that end a name elsewhere)
  { name: 'Vụ Các vấn đề chung về xây dựng pháp luật' },
  { name: 'Vụ Tổ chức cán bộ' },
  { name: 'Vụ Khoa học, Công nghệ và Môi trường', aliases: ['Vụ Khoa học Công nghệ và Môi trường'] },
  { name: 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', kind: 'collective' },

  // --- Party bodies ---
  { name: 'Bộ Chính trị' },
  { name: 'Ban Bí thư' },
  { name: 'Ban Thường vụ Tỉnh ủy' },
  { name: 'Tỉnh ủy' },
  { name: 'Thường trực Đảng ủy' },
  // the Party committees (and organisations) of every level, addressed together in Party plans
  { name: 'Cấp ủy các cấp', kind: 'collective', aliases: ['Các cấp ủy', 'Cấp ủy đảng các cấp', 'Các cấp ủy đảng'] },
  { name: 'Cấp ủy, chính quyền các cấp', kind: 'collective', aliases: ['Các cấp ủy, chính quyền', 'Cấp ủy, chính quyền', 'Cấp ủy đảng, chính quyền các cấp'] },
  { name: 'Các cấp ủy, tổ chức đảng', kind: 'collective', aliases: ['Cấp ủy, tổ chức đảng', 'Cấp ủy, tổ chức đảng các cấp', 'Các cấp ủy, tổ chức đảng các cấp'] },
  { name: 'Thường trực HĐND', aliases: ['Thường trực Hội đồng nhân dân'] },
];

// ---------------------------------------------------------------------------------- head words
// All word lists below are lower-case as written (NFC, modern tone placement "hóa", "ủy"), not
// accent-folded: folding would confuse "sở" (department) with "số" (number) and "trưởng" (chief)
// with "trường" (school).

/**
 * Unit-type head words. A head word followed by a capitalised name ("Sở Du lịch", "Vụ Pháp chế") is a
 * unit even when it is not in the directory.
 */
export const HEAD_WORDS: string[] = [
  'ủy ban nhân dân', // People's Committee (displayed "UBND")
  'hội đồng nhân dân', // People's Council (displayed "HĐND")
  'sở', // provincial department
  'bộ', // ministry (also "Bộ Chỉ huy Quân sự")
  'vụ', // department of a ministry
  'cục', // general department
  'tổng cục',
  'chi cục', // sub-department
  // branch of a bank, a state company or an agency: "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
  // "Chi nhánh Văn phòng đăng ký đất đai khu vực …", "Chi nhánh Công ty …"
  'chi nhánh',
  'ban', // board
  'phòng', // office (commune/ward level after 2025)
  'văn phòng', // secretariat
  'trung tâm', // centre
  'công an', // police
  'viện', // institute (also Viện Kiểm sát: procuracy)
  'tòa án', // court
  'hội', // association
  // a named council: "Hội đồng Y khoa Quốc gia", "Hội đồng Thi đua - Khen thưởng tỉnh" (capitalised after the
  // head only: "họp hội đồng", "Hội đồng thẩm định" are no names)
  'hội đồng',
  'hiệp hội',
  'liên hiệp',
  'đoàn', // union / delegation
  'liên đoàn', // federation
  'liên minh',
  'ủy ban', // committee
  'ubnd',
  'hđnd',
  'bcđ', // "BCĐ" = "Ban Chỉ đạo" (expanded for display, see DISPLAY_ABBREVIATIONS)
  'ttyt', // "TTYT" = "Trung tâm Y tế" (expanded for display): "TTYT khu vực Hương Sơn", "TTYT các huyện"
  'thanh tra', // inspectorate
  'báo', // newspaper
  'đài', // broadcaster
  'thông tấn xã', // news agency: "Thông tấn xã Việt Nam"
  'kho bạc', // treasury
  'bảo hiểm xã hội', // social insurance agency
  'mặt trận', // front
  'đảng ủy', // Party committee
  'thường trực', // standing committee of …
  'trường', // school
  'học viện', // academy
  'bệnh viện', // hospital
  'trạm', // station (Trạm Y tế)
  'quỹ', // fund
  'chính phủ', // the Government
  'ngân hàng', // bank
  'tổng công ty',
  'công ty',
  'tỉnh ủy', // provincial Party committee
  'thành ủy', // city Party committee: "Thành ủy Hà Nội"
  'huyện ủy', // district Party committee (before 2025)
  'quận ủy',
  'thị ủy',
  'đảng bộ', // Party organisation of a body: "Đảng bộ Quân sự tỉnh"
  'chi bộ', // Party cell: "Chi bộ thôn Đông", "Chi bộ Văn phòng"
  'tỉnh đoàn', // provincial Youth Union
  'thành đoàn', // city Youth Union: "Thành đoàn Huế"
  'thư viện', // library: "Thư viện tỉnh", "Thư viện thành phố Huế"
  'bảo tàng', // museum: "Bảo tàng tỉnh", "Bảo tàng Hồ Chí Minh"
  'tập đoàn', // state corporation (Tập đoàn Điện lực Việt Nam)
  'thuế', // tax office since 2025: "Thuế tỉnh Nghệ An", "Thuế cơ sở 3"
  'bưu điện', // post office
  'điện lực', // power company branch: "Điện lực Hưng Nguyên"
  'viễn thông', // telecom branch: "Viễn thông Nghệ An"
  'viettel', // telecom operators, named on their own or with a place: "Viettel Nghệ An"
  'vnpt',
  'mobifone',
  'tổ', // working group: "Tổ công nghệ số cộng đồng", "Tổ công tác"
  // the internal units of a hospital, a school, a forest service, a market-control or fire service:
  // "Khoa Kiểm soát nhiễm khuẩn", "Khoa Dược" (a hospital's clinical department, a university's faculty),
  // "Bộ môn Nội" (a teaching department), "Hạt Kiểm lâm" (a forest-ranger station), "Đội Quản lý thị trường số 3",
  // "Chi đoàn Thanh niên …" (a Youth Union cell), "Chi hội Nông dân …" (a branch of an association)
  'khoa',
  'bộ môn',
  'hạt',
  'đội',
  'chi đoàn',
  'chi hội',
  'hải quan', // customs since 2025: "Hải quan khu vực III"
  'cảng vụ', // port authority: "Cảng vụ Hàng hải Hải Phòng"
  'nhà xuất bản', // publisher: "Nhà xuất bản Giáo dục Việt Nam"
  'đại học', // university: "Đại học Huế"
  'trung ương', // central body of a mass organisation: "Trung ương Đoàn TNCS Hồ Chí Minh"
  'kiểm toán', // audit office: "Kiểm toán nhà nước khu vực III"
  'tạp chí', // journal
  'vườn quốc gia', // national park: "Vườn quốc gia Bạch Mã"
  'cảnh sát biển', // coast guard: "Cảnh sát biển Vùng 4"
  'bộ đội biên phòng', // border guard, named as written: "Bộ đội Biên phòng tỉnh"
];

/**
 * Lower-case words allowed right after a head word, where Vietnamese does not capitalise
 * ("Ban quản lý quy hoạch", "Đoàn kiểm tra").
 */
export const HEAD_LOWER_STARTERS: Record<string, string[]> = {
  ban: ['quản lý', 'chỉ đạo', 'chỉ huy', 'tuyên giáo', 'dân vận', 'tổ chức', 'kiểm tra', 'thường vụ', 'chấp hành', 'pháp chế', 'kinh tế', 'văn hóa', 'dân tộc', 'nội chính', 'an toàn giao thông', 'tiếp công dân'],
  'trung tâm': ['y tế', 'văn hóa', 'phục vụ', 'dịch vụ', 'cung ứng', 'chính trị', 'giáo dục nghề nghiệp', 'bồi dưỡng chính trị'],
  đoàn: ['kiểm tra', 'công tác', 'giám sát', 'thanh tra'],
  'ủy ban': ['kiểm tra', 'mặt trận'],
  trạm: ['y tế'],
  phòng: ['văn hóa', 'kinh tế', 'tư pháp', 'nội vụ', 'tài chính', 'y tế', 'giáo dục', 'giao dịch'],
  thuế: ['cơ sở'],
  'hải quan': ['khu vực'], // "Hải quan khu vực III"
  'kiểm toán': ['nhà nước'], // "Kiểm toán nhà nước khu vực III"
  'chi bộ': ['thôn', 'tổ dân phố', 'khu phố', 'xóm', 'ấp', 'bản', 'buôn', 'làng', 'khu dân cư'], // "Chi bộ thôn Đông"
  // (and the teams of a village: "Tổ bảo vệ an ninh, trật tự", "Tổ hòa giải", "Tổ tự quản")
  tổ: ['công nghệ số', 'công tác', 'giúp việc', 'thư ký', 'biên tập', 'chuyên gia', 'triển khai', 'kiểm tra', 'thẩm định', 'bảo vệ', 'hòa giải', 'tự quản'],
};

/**
 * Heads that may be written in lower case before a capitalised name, mid-sentence ("phối hợp với phòng Văn hóa
 * - Xã hội"). Others ("viện", "hội", "bộ") are too often common nouns ("thiền viện Trúc Lâm", "bộ Quy tắc").
 */
export const LOWER_CASE_HEADS: string[] = ['phòng', 'khoa', 'sở', 'ban', 'trung tâm', 'văn phòng', 'công an', 'ủy ban', 'vụ', 'cục', 'chi cục', 'chi nhánh', 'mặt trận', 'đoàn', 'ubnd', 'hđnd', 'ủy ban nhân dân', 'hội đồng nhân dân'];

/** Heads that are a unit on their own, without a name after them ("UBND", "Công an", "Chính phủ"). */
export const STANDALONE_HEADS: string[] = ['ubnd', 'hđnd', 'ủy ban nhân dân', 'hội đồng nhân dân', 'công an', 'đảng ủy', 'chính phủ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'tỉnh đoàn', 'thành đoàn', 'viettel', 'vnpt', 'mobifone', 'bưu điện'];

/** Word sequences that look like "head + capitalised word" but are not units ("Bộ Quy tắc" = a rule book). */
export const NOT_UNITS: string[] = ['đoàn kết', 'bộ phận', 'bộ máy', 'bộ quy tắc', 'bộ luật', 'bộ tiêu chí', 'bộ chỉ số', 'bộ câu hỏi', 'đài loan', 'hội nghị', 'ban hành', 'báo cáo', 'viện dẫn', 'hội đồng thẩm định', 'hội thảo', 'hội thi', 'hội chợ', 'trạm dừng', 'tổ quốc', 'tổ chức', 'khoa học', 'đội ngũ', 'hạt giống', 'hạt nhân'];

/**
 * Heads of units whose names include their level word: "UBND phường", "Công an tỉnh", "Ban Chỉ huy Quân sự xã".
 * A trailing level word after these is part of the name; after any other head it only locates the office
 * ("Văn phòng HĐND và UBND phường" = "Văn phòng HĐND và UBND").
 */
export const LEVEL_BOUND_HEADS: string[] = [
  'bộ đội biên phòng',
  'ubnd',
  'hđnd',
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'công an',
  'ban chỉ huy',
  'bộ chỉ huy',
  'thanh tra',
  'tòa án',
  'viện kiểm sát',
  'đảng ủy',
  'đảng bộ',
  'thường trực',
  'kho bạc',
  'bảo hiểm xã hội',
  'văn phòng ubnd',
  'văn phòng đảng ủy',
  'văn phòng tỉnh ủy',
  'văn phòng đoàn',
  'tỉnh ủy',
  'thành ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'tỉnh đoàn',
  'thư viện',
  'bảo tàng',
  'báo',
  'đài',
  'hợp tác xã',
  'liên minh hợp tác xã',
  'thuế',
  'bưu điện',
  'điện lực',
  'viễn thông',
];

/**
 * Heads whose trailing upper-tier word ("tỉnh", "thành phố") only locates them: there is one Sở Nội vụ per
 * province, so "Sở Nội vụ tỉnh Thái Nguyên" = "Sở Nội vụ".
 */
export const PROVINCE_LOCATED_HEADS: string[] = [
  'sở', 'mặt trận', 'ủy ban mặt trận', 'hội', 'hiệp hội', 'liên đoàn', 'đoàn thanh niên', 'các', 'cán bộ',
  // the province's newspaper and broadcaster (merged in 2025), named with or without the province: "Báo và
  // Phát thanh, Truyền hình (tỉnh) Ninh Bình" = "Báo và Phát thanh, Truyền hình", in a sentence as in a cell.
  // (Longer than the level-bound heads "báo", "đài", which keep their level: "Đài Truyền thanh xã Yên Lạc".)
  'báo và phát thanh', 'đài phát thanh và truyền hình', 'đài phát thanh - truyền hình',
];

/**
 * Party committees named by their level ("Tỉnh ủy": the provincial Party committee). After the head of a body
 * they say whose body it is and close its name: "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành
 * ủy"; only a place name may follow ("Tỉnh ủy Nghệ An"), so a verb after them ("… Tỉnh ủy đưa nội dung …") is
 * not taken into the name. "Đảng ủy" closes a name the same way with its level word ("… Đảng ủy xã").
 */
export const PARTY_COMMITTEES: string[] = ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy'];

/**
 * Heads of the Party committee or organisation of a body: "Đảng ủy Công an tỉnh", "Đảng ủy các cơ quan Đảng
 * tỉnh" (one committee), "Đảng ủy các xã, phường" (those of every commune), "Đảng ủy Mặt trận Tổ quốc, các
 * đoàn thể tỉnh" (one committee, whose name holds a comma).
 */
export const PARTY_HEADS: string[] = ['đảng ủy', 'đảng bộ'];

/** Level words. The first list is the commune/ward tier, the second the upper tiers. */
export const COMMUNE_LEVELS: string[] = ['phường', 'xã', 'đặc khu', 'thị trấn'];
export const UPPER_LEVELS: string[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã'];

// ---------------------------------------------------------------------------------- collectives
/** Organisation nouns that make "các X" a collective ("các phòng chuyên môn", "các sở, ban, ngành"). */
export const ORG_NOUNS: string[] = [
  'cơ quan',
  'đơn vị',
  'phòng',
  'sở',
  'ban',
  'ngành',
  'bộ',
  'tổ chức',
  'đoàn thể',
  'hội',
  'hiệp hội',
  'doanh nghiệp',
  'trường',
  'xã',
  'phường',
  'huyện',
  'tỉnh',
  'thành phố',
  'địa phương',
  'tổ dân phố',
  'tdp',
  'thôn',
  'xóm',
  'khu phố',
  // villages in the south and the highlands: "các ấp", "các buôn", "các làng" (not "bản": also "các bản sao")
  'ấp',
  'buôn',
  'làng',
  'trung tâm',
  'chi cục',
  'cục',
  'vụ',
  'viện',
  'lực lượng',
  'đảng ủy',
  'đảng bộ',
  'chi bộ',
  'cấp ủy', // Party committees: "các cấp ủy, tổ chức đảng"

  'hợp tác xã',
  'cơ sở',
  'bệnh viện',
  'trạm y tế',
  'ubnd',
  'ủy ban nhân dân',
  'đoàn',
  'quỹ',
  'công ty',
  // banks and their branches: "các ngân hàng thương mại trên địa bàn", "các chi nhánh ngân hàng"
  'ngân hàng',
  'chi nhánh',
  // the internal units of a hospital, a school or a service: "các khoa, phòng", "các khoa lâm sàng", "các tổ
  // chuyên môn", "các đội", "các hạt kiểm lâm", "các trạm"
  'khoa',
  'bộ môn',
  'tổ',
  'đội',
  'hạt',
  'trạm',
  'chi đoàn',
  'chi hội',
  // investors and contractors of public works, addressed like units: "Các chủ đầu tư", "các nhà thầu thi công"
  'chủ đầu tư',
  'nhà đầu tư',
  'nhà thầu',
];

/** Words that start with an organisation noun but name none: "các khoa học", "các đội ngũ", "các hạt giống". */
export const NOT_ORG_NOUNS: string[] = ['khoa học', 'tổ quốc', 'đội ngũ', 'đội hình', 'hạt giống', 'hạt nhân', 'trạm dừng'];

/** Classes of people addressed as a collective ("Cán bộ, công chức, viên chức và người lao động"). */
export const PEOPLE_NOUNS: string[] = ['cán bộ', 'công chức', 'viên chức', 'người lao động', 'đảng viên', 'đoàn viên', 'hội viên', 'nlđ', 'cbccvc'];

// ---------------------------------------------------------------------------------- role words
/**
 * Role words before a unit ("Thủ trưởng các cơ quan", "Chủ tịch UBND"): kept in `roleWord`, dropped for
 * identity. The matcher tries longer entries first.
 */
export const ROLE_WORDS: string[] = [
  'thủ trưởng', // head of an agency
  'thứ trưởng', // deputy minister
  'chủ tịch',
  'phó chủ tịch',
  'giám đốc',
  'phó giám đốc',
  'tổng giám đốc',
  'trưởng',
  'phó trưởng',
  'tổ trưởng', // head of a residential group ("Tổ trưởng các tổ dân phố")
  'lãnh đạo', // the leadership of
  'người đứng đầu', // the head of
  'bộ trưởng',
  'vụ trưởng',
  'cục trưởng',
  'tổng cục trưởng',
  'chi cục trưởng',
  'viện trưởng',
  'chánh', // Chánh Văn phòng / Chánh Thanh tra: chief of an office / inspectorate
  'bí thư',
  'phó bí thư',
  'chủ nhiệm',
  'chỉ huy trưởng',
  'trưởng phòng',
  'trưởng ban',
];

/**
 * Titles of a person addressed by office after "đồng chí" (comrade) in Party plans, besides the role words: "các
 * đồng chí Ủy viên Ban Thường vụ Đảng ủy". Only there: elsewhere "Ủy viên …" names no addressee.
 */
export const PERSON_TITLES: string[] = ['ủy viên', 'phó trưởng ban', 'thành viên'];

/**
 * Organisation nouns that, right after a role word and without "các", stand for every such body:
 * "Thủ trưởng cơ quan, đơn vị" = the heads of each agency = "Các cơ quan, đơn vị".
 */
export const ROLE_PLURAL_ORGS: string[] = ['cơ quan', 'đơn vị', 'sở', 'ngành', 'địa phương'];

/**
 * Role words that stand for the head of every village or residential group: "Trưởng thôn" (the village heads),
 * "Trưởng thôn các thôn" = the villages, as "Tổ trưởng các tổ dân phố" = "Các tổ dân phố". Key: the role;
 * value: the collective it addresses.
 */
export const ROLE_OF_EACH: Record<string, string> = {
  'trưởng thôn': 'các thôn',
  'trưởng ấp': 'các ấp',
  'trưởng buôn': 'các buôn',
  'trưởng làng': 'các làng',
  'trưởng xóm': 'các xóm',
  'trưởng khu phố': 'các khu phố',
};

/** Office names "P." abbreviates "Phòng" before ("P. Kinh tế", "p. VH-XH"); lower case, as the tokens. */
export const P_OFFICES: string[] = ['vh', 'kt', 'kinh tế', 'văn hóa', 'tư pháp', 'nội vụ', 'tài chính', 'y tế', 'giáo dục', 'lao động', 'tài nguyên', 'nông nghiệp', 'quản lý đô thị'];

/** Roles that name the head word of the unit too: "Trưởng phòng Văn hóa - Xã hội" → "Phòng Văn hóa - Xã hội". */
export const ROLE_ABSORBS_HEAD: Record<string, string> = { 'trưởng phòng': 'Phòng', 'trưởng ban': 'Ban' };

/** "Chánh" is a role only before these heads. */
export const CHANH_HEADS: string[] = ['văn phòng', 'thanh tra', 'tòa án'];

/** Words that introduce the addressee: "Đề nghị Viện Kiểm sát…", "Giao Ban Quản lý…", "Đối với các cơ quan, đơn vị". */
export const LEAD_INS: string[] = ['đề nghị', 'giao', 'giao cho', 'yêu cầu', 'đối với', 'đôi với', 'riêng'];

// ---------------------------------------------------------------------------------- stop words
/**
 * Lower-case verbs and function words that end a unit name when a sentence starts with the unit
 * ("Phòng Văn hóa - Xã hội chủ trì, …", "Các cơ quan, đơn vị tổ chức phổ biến …").
 */
export const STOP_WORDS: string[] = [
  'chủ trì',
  'phối hợp',
  'là',
  'có trách nhiệm',
  'có tên',
  'chịu trách nhiệm',
  'tham mưu',
  'thực hiện',
  'tổ chức',
  'triển khai',
  'chỉ đạo',
  'hướng dẫn',
  'được',
  'căn cứ',
  'theo dõi',
  'kiểm tra',
  'báo cáo',
  'rà soát',
  'nghiên cứu',
  'định kỳ',
  'thường xuyên',
  'chủ động',
  'khẩn trương',
  'trực tiếp', // "Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo"
  'tiếp tục',
  'đề xuất',
  'quán triệt',
  'phổ biến',
  'tuyên truyền',
  'gửi',
  'cung cấp',
  'bố trí',
  'đôn đốc',
  'lãnh đạo',
  'đẩy mạnh',
  'tăng cường',
  'nâng cao',
  'phát huy',
  'phải',
  'cần',
  'nghiêm túc',
  'không',
  'ban hành',
  'yêu cầu',
  'lập',
  'trình',
  'xây dựng',
  'thẩm định',
  'giám sát',
  'chuẩn bị',
  'vận động',
  'tham gia',
  'hỗ trợ',
  'đảm bảo',
  'bảo đảm',
  'xử lý',
  'giải quyết',
  'quản lý',
  'đánh giá',
  'tổng hợp',
  'cập nhật',
  'ứng dụng',
  'phát động',
  'kịp thời',
  'kết nối', // "Hiệp hội Du lịch tỉnh kết nối doanh nghiệp …"
  // what the press does: "Báo Pháp luật Việt Nam, Tạp chí Dân chủ và Pháp luật mở chuyên mục …", "… đăng tải …"
  'mở',
  'đăng tải',
  'đưa', // "… đưa nội dung … vào chương trình kiểm tra"
  // more verbs that start what a unit does ("… các bộ, cơ quan trung ương cân đối kinh phí …")
  'cân đối',
  'phân bổ',
  'bổ sung',
  'huy động',
  'lồng ghép',
  'kiện toàn',
  'khảo sát',
  'tập huấn',
  'bồi dưỡng',
  'công bố',
  'niêm yết',
  'tiếp nhận',
  'phê duyệt',
  'chấn chỉnh',
  'khắc phục',
  'tạo điều kiện',
  'tiến hành',
  'duy trì',
  'thúc đẩy',
  'hoàn thiện',
  'hoàn thành',
  'sửa đổi',
  'điều chỉnh',
  // verbs of enforcement and digital work ("phối hợp với …, Thuế tỉnh Lạng Sơn đấu tranh với …")
  'đấu tranh',
  'giải ngân',
  'ngăn chặn',
  'phát hiện',
  'tuần tra',
  'truy quét',
  'số hóa',
  'chia sẻ',
  'vận hành',
  'thu hồi',
  'xác minh',
  // verbs of running and investigating: "… phối hợp với Chi cục Hải quan khu vực VI điều hành hoạt động xuất
  // nhập khẩu", "… với Chi cục Kiểm lâm điều tra, xử lý …"
  // verbs of training and selecting: "… phối hợp với Viện Khoa học kỹ thuật Nông Lâm nghiệp Tây Nguyên tuyển chọn
  // giống …", "… với UBND các xã nhân rộng mô hình …", "Trường Cao đẳng Y tế Thanh Hóa đào tạo điều dưỡng …"
  'tuyển chọn',
  'tuyển sinh',
  'nhân rộng',
  'đào tạo',
  'khai thác',
  'điều hành',
  'điều tra',
  'điều phối',
  'điều tiết',
  'điều động',
  'tích cực',
  'phấn đấu',
  'ưu tiên',
  'trong',
  'tại',
  'về',
  'để',
  'theo',
  'cho',
  'nhằm',
  'đến',
  'trên',
  'từ',
  'của',
  'thì',
  'sẽ',
  'đã',
  'đang',
  'khi',
];

/**
 * Stop words that belong to a name after certain words: "Vụ Vật liệu xây dựng", "Ban quản lý quy hoạch",
 * "Các đơn vị sự nghiệp công lập". Key: stop word; value: words that, right before it, make it part of the name.
 */
export const STOP_EXEMPT_AFTER: Record<string, string[]> = {
  // the noun "construction" after what is managed, inspected or tested: "Cục Quản lý xây dựng công trình",
  // "Cục Quản lý hoạt động xây dựng", "Trung tâm Kiểm định xây dựng", "Viện Khoa học công nghệ xây dựng"
  'xây dựng': ['vật liệu', 'đầu tư', 'dự án', 'quy hoạch', 'công trình', 'chất lượng', 'kinh tế', 'quản lý', 'hoạt động', 'kiểm định', 'công nghệ', 'trật tự'],
  'quản lý': ['ban', 'phòng', 'cục', 'chi cục', 'trung tâm', 'vụ', 'cảnh sát', 'cán bộ'], // "Cục Cảnh sát quản lý hành chính …", "Cục Nhà giáo và Cán bộ quản lý giáo dục"
  'chỉ đạo': ['ban'],
  'tổ chức': ['vụ', 'ban', 'phòng', 'các'],
  'kiểm tra': ['đoàn', 'ủy ban', 'ban', 'cục'],
  'giám sát': ['đoàn', 'ban', 'cục'],
  // general services, planning and administration: "Trung tâm Dịch vụ tổng hợp", "Phòng Kế hoạch tổng hợp" (a
  // hospital's), "Phòng Hành chính tổng hợp"
  'tổng hợp': ['dịch vụ', 'kế hoạch', 'hành chính'],
  // the investigating police: "Phòng Cảnh sát điều tra tội phạm về ma túy", "Cơ quan An ninh điều tra"
  'điều tra': ['cảnh sát', 'an ninh', 'cơ quan'],
  'điều phối': ['văn phòng', 'ban', 'tổ'],
  lập: ['công', 'độc'],
  // one-syllable verbs that are the second syllable of a noun: "công trình" (a construction work), "chương
  // trình" (a programme), "quy trình" (a procedure): "Cục Quản lý và Xây dựng công trình thủy lợi", "Ban Quản
  // lý các chương trình mục tiêu quốc gia"; "trình" alone (to submit) still ends a name
  trình: ['công', 'chương', 'quy', 'lộ', 'tiến', 'giáo', 'hành'],
  // "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"
  'xử lý': ['quản lý'],
  'thường xuyên': ['giáo dục'], // "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"
  không: ['hàng'],
  // long official names: "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Ban Chỉ đạo liên ngành về an
  // toàn thực phẩm", "Ủy ban Quốc gia về người cao tuổi", "Cục Giám định nhà nước về chất lượng công trình xây dựng"
  // "Phòng Cảnh sát điều tra tội phạm về ma túy"
  về: ['hành chính', 'chỉ đạo', 'quốc gia', 'liên ngành', 'nhà nước', 'tội phạm'],
  // the noun "training": "các cơ sở đào tạo", "Phòng Đào tạo" written lower-case, "Sở Giáo dục và đào tạo",
  // "Trung tâm Giáo dục nghề nghiệp và đào tạo", "Viện Nghiên cứu và đào tạo"
  'đào tạo': ['cơ sở', 'cơ sở giáo dục', 'giáo dục và', 'giáo dục nghề nghiệp và', 'nghiên cứu và', 'trung tâm', 'phòng', 'ban', 'viện', 'trường', 'khoa', 'liên kết', 'hợp tác'],
  'tuyển sinh': ['hội đồng', 'ban', 'phòng', 'trung tâm'],
  'khai thác': ['ban quản lý và', 'quản lý và', 'công ty', 'tổng công ty', 'xí nghiệp', 'trạm', 'đội'],
  // intensive care: "Khoa Hồi sức tích cực - Chống độc"
  'tích cực': ['hồi sức'],
};

/** Lower-case words allowed in a name after a directory unit: locators and qualifiers, not verbs. */
export const LOCATOR_WORDS: string[] = ['thuộc', 'trực thuộc', 'và trực thuộc', 'liên quan', 'có liên quan', 'khác', 'địa bàn', 'trên địa bàn', 'khu vực', 'các cấp', 'việt nam', 'các địa phương'];

// ---------------------------------------------------------------------------------- spelling
/**
 * Display expansions of abbreviations, applied to whole words (case-sensitive, NFC, after tone
 * modernisation). Order matters: longer patterns first. `\s*` and `[-–]` are written literally in
 * the pattern source; the compiler adds Unicode word boundaries.
 */
export const DISPLAY_ABBREVIATIONS: [pattern: string, replacement: string][] = [
  ['TT\\.?\\s*PVHCC', 'Trung tâm Phục vụ hành chính công'],
  ['TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
  ['PVHCC', 'Phục vụ hành chính công'],
  ['VP\\s*HĐND\\s*(?:-|và|&)\\s*UBND', 'Văn phòng HĐND và UBND'],
  ['Văn phòng HĐND\\s*(?:-|&)\\s*UBND', 'Văn phòng HĐND và UBND'],
  ['VPUBND', 'Văn phòng UBND'],
  ['VP', 'Văn phòng'],
  // "P. Kinh tế", "p. Văn hóa - Xã hội": "P." before the name of an office of a commune (or district)
  ['[Pp]\\.\\s*(?=VH|KT|Kinh tế|Văn hóa|Tư pháp|Nội vụ|Tài chính|Y tế|Giáo dục|Lao động|Tài nguyên|Nông nghiệp|Quản lý đô thị)', 'Phòng '],
  ['VH\\s*-\\s*XH', 'Văn hóa - Xã hội'],
  ['VHXH', 'Văn hóa - Xã hội'],
  ['KT\\s*-\\s*HT\\s*-\\s*ĐT', 'Kinh tế, Hạ tầng và Đô thị'],
  ['KT,\\s*HT\\s*(?:và|&)\\s*ĐT', 'Kinh tế, Hạ tầng và Đô thị'],
  ['KTHTĐT', 'Kinh tế, Hạ tầng và Đô thị'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['TTYT', 'Trung tâm Y tế'],
  ['BCH\\s*QS', 'Ban Chỉ huy Quân sự'],
  ['BCHQS', 'Ban Chỉ huy Quân sự'],
  ['BCH(?=\\s+Quân sự)', 'Ban Chỉ huy'],
  ['Ban CHQS', 'Ban Chỉ huy Quân sự'],
  ['Bộ CHQS', 'Bộ Chỉ huy Quân sự'],
  ['Bộ CHBĐBP', 'Bộ Chỉ huy Bộ đội Biên phòng'],
  ['CA(?=\\s+(?:phường|xã|tỉnh|thành phố|huyện|quận|đặc khu))', 'Công an'],
  ['Ủy ban nhân dân', 'UBND'],
  ['ủy ban nhân dân', 'UBND'],
  ['Hội đồng nhân dân', 'HĐND'],
  ['hội đồng nhân dân', 'HĐND'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['KSND', 'Kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['KBNN', 'Kho bạc Nhà nước'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['Hội LHPN', 'Hội Liên hiệp Phụ nữ'],
  ['Hội CCB', 'Hội Cựu chiến binh'],
  ['Hội CTĐ', 'Hội Chữ thập đỏ'],
  ['Hội ND', 'Hội Nông dân'],
  ['Đoàn TNCS\\s*(?:HCM|Hồ Chí Minh)', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ['Đoàn TN', 'Đoàn Thanh niên'],
  ['TDP', 'tổ dân phố'],
  ['TT\\s*&\\s*TT', 'Thông tin và Truyền thông'],
  ['GD\\s*(?:&|và)\\s*ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['KH\\s*&\\s*CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['KH\\s*&\\s*ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['TN\\s*&\\s*MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['NN\\s*&\\s*PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN\\s*&\\s*MT', 'Nông nghiệp và Môi trường'],
  ['LĐ\\s*-?\\s*TB\\s*&\\s*XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['VH\\s*,\\s*TT\\s*(?:&|và)\\s*DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH\\s*&\\s*TT', 'Văn hóa và Thể thao'],
  ['GTVT', 'Giao thông vận tải'],
  ['CBCCVC', 'Cán bộ, công chức, viên chức'],
  ['NLĐ', 'người lao động'],
  ['HTX', 'Hợp tác xã'],
  ['ĐBQH', 'Đại biểu Quốc hội'],
  ['TW', 'trung ương'],
  ['TP\\.?(?=\\s|$)', 'thành phố'],
  ['CT\\s*-\\s*XH', 'chính trị - xã hội'],
];

/**
 * Words whose Đ lost its stroke in OCR or typing ("HDND", "Dảng ủy"). Whole words, as written → fixed.
 * Only forms that are not themselves Vietnamese words are listed.
 */
export const STROKE_FIXES: [wrong: string, right: string][] = [
  ['HDND', 'HĐND'],
  ['DBQH', 'ĐBQH'],
  ['Dảng', 'Đảng'],
  ['dảng', 'đảng'],
  ['Doàn', 'Đoàn'],
  ['doàn', 'đoàn'],
  ['Dài', 'Đài'],
  ['Dô', 'Đô'],
  // ("dào", "dầu" are words of their own, "Dầu khí": only with the word they go with in a name)
  ['Dào tạo', 'Đào tạo'],
  ['dào tạo', 'đào tạo'],
  ['Dầu tư', 'Đầu tư'],
  ['dầu tư', 'đầu tư'],
  ['Dội', 'Đội'],
  ['Dại', 'Đại'],
  ['Dơn', 'Đơn'],
  ['dơn', 'đơn'],
  ['Dô thị', 'Đô thị'],
  ['LDLD', 'LĐLĐ'],
  ['GD&DT', 'GD&ĐT'],
  ['KH&DT', 'KH&ĐT'],
  ['KT-HT-DT', 'KT-HT-ĐT'],
];
