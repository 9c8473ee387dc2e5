// splitUnitList / parseUnits: cells and phrases naming several units.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellUnits, matchUnitAtStart, parseUnits, splitUnitList, unlistedUnit } from '../../src/units/index.js';

const names = (phrase: string) => parseUnits(phrase).map((m) => m.name);

describe('splitUnitList', () => {
  const cases: [string, string[]][] = [
    ['Văn phòng HDND và UBND; các tổ dân phố', ['Văn phòng HĐND và UBND', 'Các tổ dân phố']],
    ['Trung tâm PVHCC; các phòng chuyên môn', ['Trung tâm Phục vụ hành chính công', 'Các phòng chuyên môn']],
    ['Các tổ dân phố; Mặt trận Tổ quốc và các đoàn thể', ['Các tổ dân phố', 'Mặt trận Tổ quốc', 'Các đoàn thể']],
    ['Công an phường (phối hợp); các tổ dân phố', ['Công an phường', 'Các tổ dân phố']],
    ['Sở Nội vụ và các cơ quan có liên quan', ['Sở Nội vụ', 'Các cơ quan có liên quan']],
    ['Trung tâm Cung ứng dịch vụ sự nghiệp công và các cơ quan, đơn vị liên quan', ['Trung tâm Cung ứng dịch vụ sự nghiệp công', 'Các cơ quan, đơn vị có liên quan']],
    ['- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính.', ['Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính']],
    ['Vụ Kế hoạch- Tài chính/ Ban Quản lý quy hoạch.', ['Vụ Kế hoạch - Tài chính', 'Ban Quản lý quy hoạch']],
    ['Văn phòng HDND và UBND; các phòng, đơn vị', ['Văn phòng HĐND và UBND', 'Các phòng, đơn vị thuộc phường']],
    ['Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố', ['Các sở, ban, ngành', 'UBND các huyện, thành phố']],
    ['Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện, thành phố', ['Các cơ quan, đơn vị', 'UBND các huyện, thành phố']],
    ['Các sở, ngành, Ủy ban nhân dân xã, phường', ['Các sở, ngành', 'UBND các xã, phường']],
    ['Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh', ['Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh']],
    ['Ủy ban mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh', ['Mặt trận Tổ quốc', 'Các tổ chức chính trị - xã hội']],
    ['Bộ Kế hoạch và Đầu tư, Bộ Tài chính và các bộ, ngành liên quan', ['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Các bộ, ngành có liên quan']],
    ['Sở Du lịch, UBND các xã khu vực ven biển và các đơn vị liên quan', ['Sở Du lịch', 'UBND các xã khu vực ven biển', 'Các đơn vị có liên quan']],
    ['Hiệp hội Du lịch và các doanh nghiệp du lịch', ['Hiệp hội Du lịch', 'Các doanh nghiệp du lịch']],
    ['Sở Xây dựng và các sở, ngành liên quan', ['Sở Xây dựng', 'Các sở, ngành có liên quan']],
    ['Bộ Công an với Bộ Giáo dục và Đào tạo', ['Bộ Công an', 'Bộ Giáo dục và Đào tạo']],
    ['Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên', ['Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên']],
    ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'UBND các tỉnh, thành phố trực thuộc trung ương']],
    ['Văn phòng HĐND-UBND, Phòng VH-XH', ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội']],
    [
      '- Ban quản lý quy hoạch; - Vụ Kế hoạch -Tài chính; - Vụ Pháp chế; - Văn phòng Bộ.',
      ['Ban Quản lý quy hoạch', 'Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế', 'Văn phòng Bộ'],
    ],
    // units of digital-transformation plans and the 2025 tax offices
    ['Thuế tỉnh Nghệ An; Bưu điện xã', ['Thuế tỉnh Nghệ An', 'Bưu điện xã']],
    ['Viettel Nghệ An, VNPT Nghệ An và Tổ công nghệ số cộng đồng', ['Viettel Nghệ An', 'VNPT Nghệ An', 'Tổ Công nghệ số cộng đồng']],
    ['Điện lực Hưng Nguyên; Tập đoàn Điện lực Việt Nam', ['Điện lực Hưng Nguyên', 'Tập đoàn Điện lực Việt Nam']],
    // review 6: customs, port authority, publisher, central bodies of mass organisations, "quản lý" in names
    ['Cảng vụ Hàng hải Hải Phòng, Hải quan khu vực III', ['Cảng vụ Hàng hải Hải Phòng', 'Hải quan Khu vực III']],
    ['Vụ Giáo dục phổ thông, Nhà xuất bản Giáo dục Việt Nam', ['Vụ Giáo dục phổ thông', 'Nhà xuất bản Giáo dục Việt Nam']],
    ['Trung ương Đoàn TNCS Hồ Chí Minh; Đại học Huế', ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đại học Huế']],
    ['Cục Nhà giáo và Cán bộ quản lý giáo dục, Kiểm toán nhà nước', ['Cục Nhà giáo và Cán bộ quản lý giáo dục', 'Kiểm toán Nhà nước']],
    // review 7: the border guard's short name, the coast guard
    ['Bộ đội Biên phòng tỉnh, Công an tỉnh; Cảnh sát biển Vùng 4', ['Bộ đội Biên phòng tỉnh', 'Công an tỉnh', 'Cảnh sát biển Vùng 4']],
    // "về" inside a long official name (the whole list was dropped)
    ['Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an), Bảo hiểm xã hội Việt Nam', ['Cục Cảnh sát quản lý hành chính về trật tự xã hội', 'Bảo hiểm xã hội Việt Nam']],
    // reviewer findings: a bank's local office, a school collective with "thường xuyên" in its name,
    // the head of each residential group, three commune levels, the district office's official name
    ['Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Tân Phú', ['Phòng Giao dịch Ngân hàng Chính sách xã hội khu vực Tân Phú']],
    [
      'Thủ trưởng các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
      ['Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên'],
    ],
    ['Tổ trưởng các tổ dân phố', ['Các tổ dân phố']],
    ['UBND các xã, phường, đặc khu; Phòng Kinh tế và Hạ tầng', ['UBND các xã, phường, đặc khu', 'Phòng Kinh tế và Hạ tầng']],
    // a city's library and Youth Union (plan 06 of review 4)
    ['Hội Nhà văn Thừa Thiên Huế, Thành đoàn Huế', ['Hội Nhà văn Thừa Thiên Huế', 'Thành đoàn Huế']],
    ['Thành đoàn Huế, Thư viện thành phố Huế', ['Thành đoàn Huế', 'Thư viện thành phố Huế']],
    ['các sở, ngành, Ủy ban nhân dân phường, xã, đặc khu', ['Các sở, ngành', 'UBND các phường, xã, đặc khu']],
    // review 8: a branch ("Chi nhánh" + the name of a bank, a company, an agency) is a unit, so a list that
    // holds one is split before it; banks and their branches as a collective
    ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh', ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh']],
    ['Sở Tài chính, Chi nhánh Ngân hàng Chính sách xã hội tỉnh', ['Sở Tài chính', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh']],
    ['Chi nhánh Văn phòng đăng ký đất đai khu vực Tân Phú; Chi nhánh Công ty Điện lực Tuyên Quang', ['Chi nhánh Văn phòng đăng ký đất đai khu vực Tân Phú', 'Chi nhánh Công ty Điện lực Tuyên Quang']],
    ['Ngân hàng Nhà nước chi nhánh Khu vực 8, các ngân hàng thương mại', ['Ngân hàng Nhà nước chi nhánh Khu vực 8', 'Các ngân hàng thương mại']],
    ['UBND các xã, phường và các chi nhánh ngân hàng', ['UBND các xã, phường', 'Các chi nhánh ngân hàng']],
    // review 8: departments named after what they do ("trình" in "công trình", "xây dựng" after "quản lý",
    // two activities joined by a comma, "về" after "nhà nước"): one unit each, the list is split between them
    ['Cục Quản lý và Xây dựng công trình thủy lợi; Vụ Kế hoạch - Tài chính', ['Cục Quản lý và Xây dựng công trình thủy lợi', 'Vụ Kế hoạch - Tài chính']],
    ['Cục Quản lý xây dựng công trình, Cục Quản lý hoạt động xây dựng', ['Cục Quản lý xây dựng công trình', 'Cục Quản lý hoạt động xây dựng']],
    ['Ban Quản lý các chương trình mục tiêu quốc gia và Sở Tài chính', ['Ban Quản lý các chương trình mục tiêu quốc gia', 'Sở Tài chính']],
    ['Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính', ['Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính']],
    ['Cục Quản lý, giám sát bảo hiểm, Vụ Pháp chế', ['Cục Quản lý, giám sát bảo hiểm', 'Vụ Pháp chế']],
    ['Cục Giám định nhà nước về chất lượng công trình xây dựng', ['Cục Giám định nhà nước về chất lượng công trình xây dựng']],
    // review 8: Party bodies. The Party committee of the Front and the mass organisations of a level is one unit
    // (its name holds a comma or "và"); after a name that already ends in its level word, the list goes on
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy, Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh']],
    ['Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương; Ban Nội chính Trung ương', ['Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương', 'Ban Nội chính Trung ương']],
    ['Đảng ủy Công an tỉnh, các đoàn thể tỉnh', ['Đảng ủy Công an tỉnh', 'Các đoàn thể']],
    ['Mặt trận Tổ quốc, các đoàn thể tỉnh', ['Mặt trận Tổ quốc', 'Các đoàn thể']],
    ['Đảng ủy các xã, phường và Đảng ủy các cơ quan Đảng tỉnh', ['Đảng ủy các xã, phường', 'Đảng ủy các cơ quan Đảng tỉnh']],
    ['Ủy ban Kiểm tra Thành ủy, Văn phòng Thành ủy', ['Ủy ban Kiểm tra Thành ủy', 'Văn phòng Thành ủy']],
    ['Các cấp ủy, tổ chức đảng, Mặt trận Tổ quốc và các đoàn thể', ['Các cấp ủy, tổ chức đảng', 'Mặt trận Tổ quốc', 'Các đoàn thể']],
  ];
  it.each(cases)('%s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
    expect(splitUnitList(phrase)).toHaveLength(expected.length);
  });

  it('returns the raw pieces as written', () => {
    expect(splitUnitList('Công an phường (phối hợp); các tổ dân phố')).toEqual(['Công an phường (phối hợp)', 'các tổ dân phố']);
    expect(splitUnitList('- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính.')).toEqual(['Vụ Vật liệu xây dựng', 'Vụ Kế hoạch -Tài chính']);
    expect(splitUnitList('Ban Quản lý quy hoạch /Tư vấn được lựa chọn')).toEqual(['Ban Quản lý quy hoạch', 'Tư vấn được lựa chọn']);
    expect(splitUnitList('')).toEqual([]);
  });

  it('drops pieces that are not units', () => {
    expect(names('Ban Quản lý quy hoạch /Tư vấn được lựa chọn')).toEqual(['Ban Quản lý quy hoạch']);
    expect(names('Quý I/2026')).toEqual([]);
    expect(names('Lưu: VT, VX.')).toEqual([]);
    expect(names('Tổ chức thực hiện')).toEqual([]);
    expect(names('bảo vệ Tổ quốc')).toEqual([]);
  });

  const whole = [
    'Văn phòng HĐND và UBND',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Sở Thông tin và Truyền thông',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Bộ Tài nguyên và Môi trường',
    'Các phòng, đơn vị thuộc phường',
    'Các sở, ban, ngành',
    'Các cơ quan, đơn vị',
    'Cán bộ, công chức, viên chức và người lao động',
    'UBND các huyện, thành phố',
    'Báo và Phát thanh, Truyền hình Hưng Yên',
    'Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp',
    'Các trường Đại học, Cao đẳng du lịch',
    'Các tổ chức mặt trận, đoàn thể',
    'Sở Lao động - Thương binh và Xã hội',
    'Vụ Khoa học Công nghệ và Môi trường',
    'UBND các xã, phường liên quan',
    'Các sở, ban, ngành, đoàn thể tỉnh',
  ];
  it.each(whole)('does not split "%s"', (name) => {
    expect(splitUnitList(name)).toEqual([name]);
    expect(parseUnits(name)).toHaveLength(1);
  });
});

describe('appendix of seed 001 (columns "Đơn vị tham mưu" / "Đơn vị phối hợp")', () => {
  // Expected canonical names: the golden file of the sample (eval/golden/001_…json), row by row.
  const golden: [string, string[], string[]][] = [
    ['1', ['Văn phòng HĐND và UBND'], ['Các phòng, đơn vị thuộc phường']],
    ['2', ['Phòng Văn hóa - Xã hội'], ['Văn phòng HĐND và UBND', 'Các tổ dân phố']],
    ['3', ['Phòng Văn hóa - Xã hội'], ['Các phòng chuyên môn', 'Trung tâm Phục vụ hành chính công']],
    ['4', ['Trung tâm Phục vụ hành chính công'], ['Các phòng chuyên môn']],
    ['5', ['Trung tâm Phục vụ hành chính công'], ['Các phòng chuyên môn']],
    ['6', ['Văn phòng HĐND và UBND'], ['Trung tâm Phục vụ hành chính công', 'Các phòng chuyên môn']],
    ['7', ['Trung tâm Phục vụ hành chính công'], ['Các phòng chuyên môn']],
    ['8', ['Trung tâm Phục vụ hành chính công'], ['Các phòng chuyên môn']],
    ['9', ['Văn phòng HĐND và UBND'], ['Các phòng, đơn vị thuộc phường']],
    ['10', ['Văn phòng HĐND và UBND'], ['Các phòng, đơn vị thuộc phường']],
    ['11', ['Phòng Văn hóa - Xã hội'], ['Các phòng chuyên môn']],
    ['12', ['Phòng Văn hóa - Xã hội'], ['Các phòng chuyên môn']],
    ['13', ['Phòng Văn hóa - Xã hội'], ['Trung tâm Phục vụ hành chính công', 'Các phòng chuyên môn']],
    ['14', ['Phòng Kinh tế, Hạ tầng và Đô thị'], ['Các phòng, đơn vị thuộc phường']],
    ['15', ['Phòng Kinh tế, Hạ tầng và Đô thị'], ['Văn phòng HĐND và UBND', 'Các phòng, đơn vị thuộc phường']],
    ['16', ['Phòng Văn hóa - Xã hội'], ['Các phòng chuyên môn']],
    ['17', ['Trung tâm Phục vụ hành chính công'], ['Công an phường', 'Các tổ dân phố']],
    ['18', ['Phòng Văn hóa - Xã hội'], ['Các phòng chuyên môn']],
  ];
  const rows = new Map(
    readFileSync('fixtures/001_01aba15c383c1695.txt', 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((c) => c.length >= 5 && /^\d+$/.test(c[0]!))
      .map((c) => [c[0]!, c] as const),
  );
  it.each(golden)('row %s', (tt, lead, support) => {
    const cells = rows.get(tt)!;
    expect(names(cells[2]!)).toEqual(lead);
    expect(names(cells[3]!)).toEqual(support);
  });
});

describe('the ministry table of corpus plan 02 (cooperating units as a dash list in a cell)', () => {
  it('splits every cell into known Vụ / Ban / Văn phòng units', () => {
    const cells = [
      '- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Vụ Pháp chế; - Vụ Tổ chức cán bộ; - Văn phòng Bộ.',
      '- Vụ Kế hoạch -Tài chính; - Vụ Pháp chế; - Văn phòng Bộ; - Ban quản lý quy hoạch.',
      '- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Vụ Khoa học Công nghệ và Môi trường; - Văn phòng Bộ.',
      'Ban Quản lý quy hoạch/Tư vấn được lựa chọn',
    ];
    expect(cells.map(names)).toEqual([
      ['Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế', 'Vụ Tổ chức cán bộ', 'Văn phòng Bộ'],
      ['Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế', 'Văn phòng Bộ', 'Ban Quản lý quy hoạch'],
      ['Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính', 'Vụ Khoa học, Công nghệ và Môi trường', 'Văn phòng Bộ'],
      ['Ban Quản lý quy hoạch'],
    ]);
  });
});

describe('parseUnits: a collective and where its members are (review 9)', () => {
  it('"Các trường học trên địa bàn (xã)" is one collective', () => {
    expect(parseUnits('Các trường học trên địa bàn xã').map((m) => [m.name, m.kind])).toEqual([['Các trường học trên địa bàn', 'collective']]);
    expect(parseUnits('Các cơ sở giáo dục trên địa bàn').map((m) => m.name)).toEqual(['Các cơ sở giáo dục trên địa bàn']);
    expect(parseUnits('Các trường học trên địa bàn xã; Các thôn').map((m) => m.name)).toEqual(['Các trường học trên địa bàn', 'Các thôn']);
    // what follows the place is no part of a name
    expect(parseUnits('Các trường học trên địa bàn xã tổ chức')).toEqual([]);
  });
});

describe('unlistedUnit: a piece of a unit cell that no rule knows', () => {
  it('is a unit when it reads like a name', () => {
    for (const s of ['Thư viện', 'Giáo viên chủ nhiệm', 'Ban đại diện Cha mẹ học sinh', 'Tư vấn được lựa chọn', 'Kế toán.']) {
      expect(unlistedUnit(s)?.name, s).toBe(s.replace(/\.$/, ''));
    }
  });
  it('is none for notes, times, sentences and long text', () => {
    for (const s of ['Theo phân công', 'theo chức năng', 'Không', 'Quý II/2026', 'Thường xuyên', 'x', '-', 'Ghi chú: xem mục 2', 'Các đơn vị phối hợp thực hiện. Báo cáo kết quả', 'Một hai ba bốn năm sáu bảy tám chín']) {
      expect(unlistedUnit(s), s).toBeNull();
    }
  });
  it('cellUnits keeps known units as parseUnits reads them and lists the unknown ones', () => {
    expect(cellUnits('Sở Y tế; Giáo viên chủ nhiệm')).toMatchObject({ mentions: [{ name: 'Sở Y tế' }, { name: 'Giáo viên chủ nhiệm' }], unlisted: ['Giáo viên chủ nhiệm'] });
    expect(cellUnits('Sở Văn hóa, Thể thao và Du lịch')).toMatchObject({ mentions: [{ name: 'Sở Văn hóa, Thể thao và Du lịch' }], unlisted: [] });
  });
  it('cellUnits leaves out the scope a cell gives its units ("theo chức năng, nhiệm vụ"), never a whole cell', () => {
    const names = (s: string) => cellUnits(s).mentions.map((m) => m.name);
    expect(names('Các sở, ban, ngành theo chức năng, nhiệm vụ')).toEqual(['Các sở, ban, ngành']);
    expect(names('Sở Tư pháp, Công an tỉnh theo chức năng, nhiệm vụ được giao.')).toEqual(['Sở Tư pháp', 'Công an tỉnh']);
    expect(names('UBND các xã trong phạm vi quản lý')).toEqual(['UBND các xã']);
    // a cell that is only the scope names no unit
    expect(names('Theo chức năng, nhiệm vụ')).toEqual([]);
  });
});

describe('abbreviated heads and village boards (review 13b)', () => {
  const at = (t: string) => matchUnitAtStart(t)?.mentions.map((m) => [m.name, m.kind]) ?? null;
  it('"BCĐ" is "Ban Chỉ đạo", at a sentence start, before a colon and in a list', () => {
    expect(at('BCĐ phòng, chống dịch bệnh xã: chỉ đạo các thôn')).toEqual([['Ban Chỉ đạo phòng, chống dịch bệnh', 'unit']]);
    expect(at('BCĐ xã tổ chức sơ kết.')).toEqual([['Ban Chỉ đạo', 'unit']]);
    expect(parseUnits('Trạm Y tế xã, BCĐ xã').map((m) => m.name)).toEqual(['Trạm Y tế', 'Ban Chỉ đạo']);
  });

  it('"P." / "p." before an office\'s name is "Phòng"; not before a ward\'s name', () => {
    expect(at('P. Kinh tế chủ trì, phối hợp Trạm Y tế xã')).toEqual([['Phòng Kinh tế', 'unit']]);
    expect(at('p. Kinh tế chủ trì thực hiện')).toEqual([['Phòng Kinh tế', 'unit']]);
    expect(at('P. VH-XH chủ trì')).toEqual([['Phòng Văn hóa - Xã hội', 'unit']]);
    expect(at('P. Bến Nghé tổ chức')).toBeNull();
  });

  it('"Ban nhân dân (các) thôn" is the villages\' boards; "Ban nhân dân thôn Đông Hòa" one of them', () => {
    expect(at('Ban nhân dân các thôn tổ chức diệt bọ gậy.')).toEqual([['Ban nhân dân các thôn', 'collective']]);
    expect(at('Ban nhân dân thôn tổ chức diệt bọ gậy.')).toEqual([['Ban nhân dân các thôn', 'collective']]);
    expect(at('Ban nhân dân tổ dân phố vận động nhân dân')).toEqual([['Ban nhân dân các tổ dân phố', 'collective']]);
    expect(at('Ban nhân dân thôn Đông Hòa tổ chức diệt bọ gậy.')).toEqual([['Ban nhân dân thôn Đông Hòa', 'unit']]);
    expect(parseUnits('Ban nhân dân thôn Đông Hòa').map((m) => m.name)).toEqual(['Ban nhân dân thôn Đông Hòa']);
  });
});
