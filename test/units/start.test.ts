// matchUnitAtStart and headingUnits on the headings and sentences of the sample plans.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingUnits, matchUnitAtStart, parseUnits } from '../../src/units/index.js';

const ALL = ['000_f7326b36a3c50a06', '001_01aba15c383c1695', '002_726a7572a9116535', '003_707369c25b7aeffb'].map((n) => readFileSync(`fixtures/${n}.txt`, 'utf8')).join('\n');
const real = (s: string) => expect(ALL, 'written so in a sample plan').toContain(s);

describe('matchUnitAtStart', () => {
  const positives: [string, string[], string][] = [
    // [sentence (as in the seeds), canonical units, start of the rest]
    ['Phòng Văn hóa - Xã hội chủ trì, phối hợp Trung tâm Cung ứng dịch vụ sự nghiệp công', ['Phòng Văn hóa - Xã hội'], 'chủ trì, phối hợp'],
    ['Các cơ quan, đơn vị tổ chức phổ biến, tuyên truyền, quán triệt nội dung', ['Các cơ quan, đơn vị'], 'tổ chức phổ biến'],
    ['Thủ trưởng các cơ quan, đơn vị thuộc phường: Lãnh đạo, chỉ đạo, quán triệt', ['Các cơ quan, đơn vị'], 'Lãnh đạo, chỉ đạo'],
    ['Thủ trưởng cơ quan, đơn vị phát huy cao vai trò', ['Các cơ quan, đơn vị'], 'phát huy'],
    ['Thủ trưởng các cơ quan, đơn vị quán triệt và tổ chức thực hiện', ['Các cơ quan, đơn vị'], 'quán triệt'],
    ['Các cơ quan, đơn vị chủ động bố trí kinh phí', ['Các cơ quan, đơn vị'], 'chủ động'],
    ['Cán bộ, công chức, viên chức và người lao động vi phạm kỷ luật', ['Cán bộ, công chức, viên chức và người lao động'], 'vi phạm'],
    ['Cán bộ, công chức, viên chức phải không ngừng học tập', ['Cán bộ, công chức, viên chức'], 'phải'],
    ['Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị', ['UBND tỉnh'], 'yêu cầu'],
  ];
  it.each(positives)('%s', (text, units, rest) => {
    real(text);
    const r = matchUnitAtStart(text);
    expect(r).not.toBeNull();
    expect(r!.mentions.map((m) => m.name)).toEqual(units);
    expect(r!.rest.startsWith(rest)).toBe(true);
    expect(text.slice(r!.end).replace(/^[\s:,]+/, '')).toBe(r!.rest);
  });

  it('takes the whole text when it is only a unit', () => {
    const r = matchUnitAtStart('Sở Y tế')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Sở Y tế']);
    expect(r.end).toBe(7);
    expect(r.rest).toBe('');
  });

  it('reports the end of the unit phrase before the colon', () => {
    const text = 'Công an tỉnh: Chủ trì, phối hợp';
    const r = matchUnitAtStart(text)!;
    expect(r.end).toBe('Công an tỉnh'.length);
    expect(text.slice(r.end).startsWith(':')).toBe(true);
    expect(r.rest).toBe('Chủ trì, phối hợp');
  });

  it('handles the corpus: provinces, ministries, lead-ins', () => {
    const cases: [string, string[]][] = [
      ['Bộ Chỉ huy Quân sự tỉnh: Chủ trì, phối hợp chặt chẽ với Công an tỉnh', ['Bộ Chỉ huy Quân sự tỉnh']],
      ['3. Bộ Chỉ huy Quân sự tỉnh: Chủ trì, phối hợp', ['Bộ Chỉ huy Quân sự tỉnh']],
      ['Sở Văn hóa, Thể thao và Du lịch: Định hướng, hướng dẫn các cơ quan báo chí', ['Sở Văn hóa, Thể thao và Du lịch']],
      // (the province's broadcaster is named without its province, as in a sentence: one per province)
      ['Báo và Phát thanh, Truyền hình Hưng Yên: Nghiên cứu phối hợp', ['Báo và Phát thanh, Truyền hình']],
      ['Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh: Phối hợp chặt chẽ', ['Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh']],
      ['Đề nghị Ủy ban mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh: Chỉ đạo', ['Mặt trận Tổ quốc', 'Các tổ chức chính trị - xã hội']],
      ['Giao Công an tỉnh chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh', ['Công an tỉnh']],
      ['Giao Vụ Vật liệu xây dựng là cơ quan tham mưu', ['Vụ Vật liệu xây dựng']],
      ['Giao Ban Quản lý quy hoạch là cơ quan lập Quy hoạch', ['Ban Quản lý quy hoạch']],
      ['Sở Nội vụ và các cơ quan có liên quan hướng dẫn các cơ quan báo chí', ['Sở Nội vụ', 'Các cơ quan có liên quan']],
      ['Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp chủ trì kêu gọi', ['Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp']],
      ['Các sở, ban, ngành khác: Căn cứ chức năng', ['Các sở, ban, ngành khác']],
      [
        'Chánh Văn phòng Bộ, Vụ trưởng Vụ Vật liệu xây dựng, Vụ trưởng Vụ Kế hoạch - Tài chính, Trưởng Ban Quản lý quy hoạch và Thủ trưởng các cơ quan, đơn vị liên quan của Bộ Xây dựng chịu trách nhiệm',
        ['Văn phòng Bộ', 'Vụ Vật liệu xây dựng', 'Vụ Kế hoạch - Tài chính', 'Ban Quản lý quy hoạch', 'Các cơ quan, đơn vị có liên quan'],
      ],
      ['Ủy ban nhân dân phường Bách Quang ban hành Kế hoạch', ['UBND phường Bách Quang']],
      ['các cơ quan liên quan rà soát, hoàn thiện quy định', ['Các cơ quan có liên quan']],
      // three commune levels in one collective (2025: xã, phường, đặc khu)
      ['UBND các xã, phường, đặc khu tổ chức thực hiện', ['UBND các xã, phường, đặc khu']],
      ['UBND các xã, phường, thị trấn tổ chức thực hiện', ['UBND các xã, phường, thị trấn']],
      ['UBND các xã, phường, Sở Y tế tổ chức thực hiện', ['UBND các xã, phường', 'Sở Y tế']],
      ['Tổ trưởng các tổ dân phố tuyên truyền', ['Các tổ dân phố']],
      // review 4: TP.HCM's wording without "các", "Thành phố" capitalised after a collective, central bodies
      ['Ủy ban nhân dân phường, xã, đặc khu bố trí quỹ đất', ['UBND các phường, xã, đặc khu']],
      ['Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân phường, xã, đặc khu báo cáo kết quả', ['Các sở, ban, ngành', 'UBND các phường, xã, đặc khu']],
      ['Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các xã, phường báo cáo kết quả', ['Các sở, ban, ngành', 'UBND các xã, phường']],
      ['Văn phòng thường trực Ban Chỉ đạo theo dõi, đôn đốc', ['Văn phòng thường trực Ban Chỉ đạo']],
      ['Thủ trưởng các bộ, ngành thành viên Ban Chỉ đạo xây dựng kế hoạch', ['Các bộ, ngành thành viên Ban Chỉ đạo']],
      ['Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam', ['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']],
      // a national body is not its local branch: "Việt Nam" stays, as in a list (the front keeps its one name)
      ['Hội Chữ thập đỏ Việt Nam chuẩn bị cơ số thuốc', ['Hội Chữ thập đỏ Việt Nam']],
      ['Hội Nông dân Việt Nam, Hội Liên hiệp Phụ nữ Việt Nam phối hợp tuyên truyền', ['Hội Nông dân Việt Nam', 'Hội Liên hiệp Phụ nữ Việt Nam']],
      ['Mặt trận Tổ quốc Việt Nam giám sát', ['Mặt trận Tổ quốc']],
      // review 6: a department of every province (as in a list), a name that ends before "kết nối"
      ['Đề nghị Sở Y tế các tỉnh, thành phố trực thuộc trung ương chỉ đạo', ['Sở Y tế các tỉnh, thành phố trực thuộc trung ương']],
      ['Sở Xây dựng các xã, phường liên quan', ['Sở Xây dựng']],
      ['Giao Hiệp hội Du lịch tỉnh kết nối doanh nghiệp lữ hành', ['Hiệp hội Du lịch']],
      // a head that is a unit on its own, then a verb
      ['Tỉnh đoàn đề xuất chuyển đổi trụ sở', ['Tỉnh đoàn']],
      ['Chính phủ ban hành nghị định', ['Chính phủ']],
      // review 8: a branch as the subject
      ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì cho vay vốn ưu đãi', ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh']],
      ['Giao Chi nhánh Văn phòng đăng ký đất đai phối hợp cập nhật biến động', ['Chi nhánh Văn phòng đăng ký đất đai']],
      ['Các ngân hàng thương mại bố trí nguồn vốn cho vay', ['Các ngân hàng thương mại']],
      // review 8: verbs inside a department's name, and the same verbs after it
      ['Cục Quản lý và Xây dựng công trình thủy lợi chủ trì, phối hợp với Vụ Kế hoạch - Tài chính', ['Cục Quản lý và Xây dựng công trình thủy lợi']],
      ['Văn phòng Điều phối chương trình mục tiêu quốc gia tổng hợp báo cáo', ['Văn phòng Điều phối chương trình mục tiêu quốc gia']],
      ['Cục Quản lý, giám sát kế toán, kiểm toán hướng dẫn', ['Cục Quản lý, giám sát kế toán, kiểm toán']],
      ['Ban Quản lý dự án trình UBND tỉnh phê duyệt', ['Ban Quản lý dự án']],
      ['Sở Xây dựng, giám sát việc thực hiện', ['Sở Xây dựng']],
      ['Trung tâm Dịch vụ tổng hợp, tổ chức thực hiện', ['Trung tâm Dịch vụ tổng hợp']],
      // review 8: a Party committee named by its level closes the name of a body: the verb after it is not
      // taken in, known or not ("đưa", "giao")
      ['Ủy ban Kiểm tra Tỉnh ủy đưa nội dung thực hiện Nghị quyết vào chương trình kiểm tra', ['Ủy ban Kiểm tra Tỉnh ủy']],
      ['Ban Tuyên giáo và Dân vận Thành ủy giao nhiệm vụ', ['Ban Tuyên giáo và Dân vận Thành ủy']],
      ['Ban Thường vụ Tỉnh ủy Nghệ An chỉ đạo', ['Ban Thường vụ Tỉnh ủy Nghệ An']],
      ['Thành ủy Hà Nội ban hành', ['Thành ủy Hà Nội']],
      ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh chỉ đạo công tác tuyên truyền', ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh']],
      ['Đảng ủy các xã, phường chỉ đạo', ['Đảng ủy các xã, phường']],
      ['Đảng ủy các cơ quan Đảng tỉnh lãnh đạo', ['Đảng ủy các cơ quan Đảng tỉnh']],
      ['Đảng ủy UBND tỉnh đưa nội dung vào chương trình', ['Đảng ủy UBND tỉnh']],
      ['Cấp ủy các cấp lãnh đạo, chỉ đạo', ['Cấp ủy các cấp']],
      ['Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy xây dựng kế hoạch', ['Các cấp ủy, tổ chức đảng trực thuộc Tỉnh ủy']],
      ['Các cơ quan, tổ chức, cá nhân thực hiện', ['Các cơ quan, tổ chức, cá nhân']],
    ];
    for (const [text, units] of cases) expect(matchUnitAtStart(text)?.mentions.map((m) => m.name), text).toEqual(units);
  });

  it('keeps the role word on the mention', () => {
    const r = matchUnitAtStart('Thủ trưởng các cơ quan, đơn vị thuộc phường: Lãnh đạo')!;
    expect(r.mentions[0]!.roleWord).toBe('Thủ trưởng');
    expect(r.mentions[0]!.raw).toBe('Thủ trưởng các cơ quan, đơn vị thuộc phường');
  });

  const negatives = [
    'Thường xuyên theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch này',
    'Tham mưu UBND phường chỉ đạo, điều hành',
    'Phối hợp với Phòng Văn hóa - Xã hội trong việc theo dõi',
    'Chủ trì, phối hợp với các cơ quan liên quan rà soát',
    'Cơ quan chủ trì soạn thảo chịu trách nhiệm đến cùng',
    'Trong giao tiếp với người dân, cán bộ, công chức, viên chức phải tôn trọng',
    'Hội nghị quán triệt không quá 1/2 ngày',
    'Rà soát, kiện toàn chức năng, nhiệm vụ, mối quan hệ công tác giữa: Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội',
    'Đôi với đồng nghiệp, cán bộ, công chức, viên chức phải có tinh thần hợp tác',
    'Ban hành/điều chỉnh quy chế làm việc của UBND phường',
    'Trên đây là Kế hoạch Cải cách hành chính phường Bách Quang năm 2026',
    'Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước',
    'Các nội dung công việc, thời gian và tiến độ hoàn thành',
    'Bộ Quy tắc ứng xử trên mạng xã hội',
    '',
    '   ',
  ];
  it.each(negatives)('null for "%s"', (text) => {
    expect(matchUnitAtStart(text)).toBeNull();
  });
});

describe('headingUnits', () => {
  const unitHeadings: [string, string[], boolean][] = [
    // seed headings (markers and markup as written)
    ['### 1. Đối với các cơ quan, đơn vị', ['Các cơ quan, đơn vị'], true],
    ['## **2. Đối với cán bộ, công chức, viên chức và người lao động**', ['Cán bộ, công chức, viên chức và người lao động'], true],
    ['#### **1. Các cơ quan, đơn vị**', ['Các cơ quan, đơn vị'], false],
    ['#### **2. Văn phòng HĐND và UBND**', ['Văn phòng HĐND và UBND'], false],
    ['#### **3. Phòng Văn hóa – Xã hội**', ['Phòng Văn hóa - Xã hội'], false],
    ['### **3. Trung tâm Dịch vụ tổng hợp**', ['Trung tâm Dịch vụ tổng hợp'], false],
    ['1. Phòng Văn hóa - Xã hội', ['Phòng Văn hóa - Xã hội'], false],
    ['2. Văn phòng HĐND và UBND phường', ['Văn phòng HĐND và UBND'], false],
    ['3. Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị'], false],
    ['4. Trung tâm Phục vụ hành chính công phường', ['Trung tâm Phục vụ hành chính công'], false],
    ['5. Các tổ dân phố; Mặt trận Tổ quốc và các đoàn thể', ['Các tổ dân phố', 'Mặt trận Tổ quốc', 'Các đoàn thể'], false],
    ['1. Sở Nội vụ', ['Sở Nội vụ'], false],
    ['2. Sở Thông tin và Truyền thông', ['Sở Thông tin và Truyền thông'], false],
    ['3. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố', ['Các sở, ban, ngành', 'UBND các huyện, thành phố'], false],
    ['a) Thủ trưởng các cơ quan, đơn vị thuộc UBND phường', ['Các cơ quan, đơn vị'], false],
    ['b) Thủ trưởng các cơ quan, đơn vị thuộc UBND phường.', ['Các cơ quan, đơn vị'], false],
    ['b) Văn phòng HĐND và UBND', ['Văn phòng HĐND và UBND'], false],
    ['c) Trung tâm Phục vụ hành chính công', ['Trung tâm Phục vụ hành chính công'], false],
    ['1. Thủ trưởng các cơ quan, đơn vị thuộc UBND phường', ['Các cơ quan, đơn vị'], false],
  ];
  it.each(unitHeadings)('%s', (heading, units, addressee) => {
    real(heading);
    const h = headingUnits(heading);
    expect(h).not.toBeNull();
    expect(h!.mentions.map((m) => m.name)).toEqual(units);
    expect(h!.addressee).toBe(addressee);
  });

  it('reads a heading without marker, and "Đối với" forms', () => {
    expect(headingUnits('Văn phòng HĐND và UBND phường')!.mentions.map((m) => m.name)).toEqual(['Văn phòng HĐND và UBND']);
    expect(headingUnits('Đối với các cơ quan, đơn vị')).toMatchObject({ addressee: true });
    expect(headingUnits('Đôi với các cơ quan, đơn vị')).toMatchObject({ addressee: true }); // typo of seed 002
    expect(headingUnits('Thủ trưởng các cơ quan, đơn vị thuộc phường:')!.mentions[0]!.name).toBe('Các cơ quan, đơn vị');
  });

  it('lists the communes of "UBND các xã: …" as members (corpus 06)', () => {
    const h = headingUnits(
      'UBND các xã: Hải Tiến, Giao Minh, Giao Hòa, Giao Phúc, Giao Hưng, Giao Bình, Giao Ninh, Hải Hưng, Hải Quang, Hải Xuân, Hải Thịnh, Rạng Đông, Kim Đông',
    )!;
    expect(h.addressee).toBe(false);
    expect(h.mentions).toHaveLength(1);
    expect(h.mentions[0]).toMatchObject({ name: 'UBND các xã', kind: 'collective' });
    expect(h.mentions[0]!.members).toHaveLength(13);
    expect(h.mentions[0]!.members![0]).toBe('Hải Tiến');
    expect(h.mentions[0]!.members![12]).toBe('Kim Đông');
  });

  it('handles corpus unit headings', () => {
    const cases: [string, string[]][] = [
      ['1. Các sở, ngành, Ủy ban nhân dân xã, phường', ['Các sở, ngành', 'UBND các xã, phường']],
      ['17. Ủy ban nhân dân xã, phường', ['UBND các xã, phường']],
      ['2. Công an tỉnh', ['Công an tỉnh']],
      ['11. Công an thành phố', ['Công an thành phố']],
      ['12. Ủy ban nhân dân các xã, phường liên quan', ['UBND các xã, phường có liên quan']],
      ['14. Hiệp hội Du lịch và các doanh nghiệp du lịch', ['Hiệp hội Du lịch', 'Các doanh nghiệp du lịch']],
      ['15. Các trường Đại học, Cao đẳng du lịch', ['Các trường Đại học, Cao đẳng du lịch']],
      ['6. Sở Xây dựng và các sở, ngành liên quan', ['Sở Xây dựng', 'Các sở, ngành có liên quan']],
      ['8. Đề nghị Báo và Phát thanh truyền hình tỉnh Ninh Bình', ['Báo và Phát thanh, Truyền hình']],
      ['Đài Phát thanh và Truyền hình tỉnh Hưng Yên', ['Đài Phát thanh và Truyền hình']],
      // a district's or commune's radio keeps its level and place; a newspaper named by its province is that name
      ['Đài Truyền thanh xã Yên Lạc', ['Đài Truyền thanh xã Yên Lạc']],
      ['Báo Hưng Yên', ['Báo Hưng Yên']],
      [
        '4. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
        ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'UBND các tỉnh, thành phố trực thuộc trung ương'],
      ],
      ['13. Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp', ['Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp']],
    ];
    for (const [heading, units] of cases) expect(headingUnits(heading)?.mentions.map((m) => m.name), heading).toEqual(units);
  });

  const topics = [
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    '2. Yêu cầu',
    'II. NỘI DUNG THỰC HIỆN',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Cải cách thể chế',
    '2. Cải cách thủ tục hành chính (TTHC) và thực hiện cơ chế một cửa, một cửa liên thông',
    '3. Cải cách tổ chức bộ máy hành chính nhà nước',
    '5. Cải cách tài chính công',
    '1. Tinh thần, thái độ làm việc của cán bộ, công chức, viên chức',
    '2. Chuẩn mực giao tiếp, ứng xử của cán bộ, công chức, viên chức',
    '4. Trang phục của cán bộ, công chức, viên chức',
    '4. Đổi mới mạnh mẽ chế độ hội họp',
    '6. Tăng cường kỷ luật, kỷ cương hành chính',
    '1. Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 226-KL/TW',
    '3. Đổi mới, nâng cao chất lượng công tác ban hành văn bản',
    '2. Tiếp tục tăng cường sự lãnh đạo của Đảng đối với việc chấn chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị',
  ];
  it.each(topics)('topic heading "%s" gives null', (heading) => {
    real(heading);
    expect(headingUnits(heading)).toBeNull();
  });

  it('gives null for a unit followed by its duty (use matchUnitAtStart for those)', () => {
    expect(headingUnits('16. Các tổ chức mặt trận, đoàn thể: Đẩy mạnh tuyên truyền nâng cao')).toBeNull();
    expect(headingUnits('Đối với đồng nghiệp')).toBeNull();
  });
});

describe('matchUnitAtStart: the whole name before the verb (review 9)', () => {
  const cases: [string, string[], string][] = [
    // a place name after the unit, without its level word: part of the phrase, not of the name (as before)
    ['Báo và Phát thanh, Truyền hình Đà Nẵng chủ trì, phối hợp với Sở Y tế', ['Báo và Phát thanh, Truyền hình'], 'chủ trì'],
    ['Đài Phát thanh và Truyền hình Đà Nẵng chủ trì', ['Đài Phát thanh và Truyền hình'], 'chủ trì'],
    ['Báo và Phát thanh, Truyền hình Đà Nẵng', ['Báo và Phát thanh, Truyền hình'], ''],
    // a level word of two words ("thành phố") takes its place name too
    ['Công an thành phố Đà Nẵng chủ trì, phối hợp với Sở Y tế', ['Công an thành phố Đà Nẵng'], 'chủ trì'],
    // "trong nước" (domestic) closes a name
    ['Cục Quản lý và Phát triển thị trường trong nước chủ trì, phối hợp với Vụ Pháp chế', ['Cục Quản lý và Phát triển thị trường trong nước'], 'chủ trì'],
    ['Vụ Thị trường trong nước', ['Vụ Thị trường trong nước'], ''],
  ];
  it.each(cases)('%s', (text, units, rest) => {
    const r = matchUnitAtStart(text)!;
    expect(r.mentions.map((m) => m.name)).toEqual(units);
    expect(r.rest.startsWith(rest)).toBe(true);
  });

  it('leaves out capitalised words that are no place name of the unit', () => {
    // a verb written with a capital, an abbreviation, the next unit
    expect(matchUnitAtStart('Sở Y tế Hướng dẫn các cơ sở')!.mentions.map((m) => m.name)).toEqual(['Sở Y tế']);
    expect(matchUnitAtStart('Sở Du lịch TP. Huế chủ trì')!.mentions.map((m) => m.name)).toEqual(['Sở Du lịch']);
    // a comma after the words: in a broken table row they may be the next cell's
    expect(matchUnitAtStart('Sở Du lịch Huế, Hiệp hội du lịch thành phố')!.mentions.map((m) => m.name)).toEqual(['Sở Du lịch']);
    // "trong" that starts a time stays out
    expect(matchUnitAtStart('Sở Y tế trong tháng 6 tổ chức kiểm tra')!.mentions.map((m) => m.name)).toEqual(['Sở Y tế']);
  });
});

describe('unit names (review 9)', () => {
  it("the Front's standing board is the Front", () => {
    for (const s of ['Ban Thường trực Ủy ban MTTQ Việt Nam phường', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường: Hướng dẫn các tổ dân phố', 'Ban Thường trực MTTQ xã chủ trì']) {
      expect(matchUnitAtStart(s)!.mentions.map((m) => m.name)).toEqual(['Mặt trận Tổ quốc']);
    }
  });

  it('a known name that is only the start of a longer one is not cut there', () => {
    const r = matchUnitAtStart('Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp bố trí kinh phí')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp']);
    expect(r.rest).toBe('bố trí kinh phí');
    expect(matchUnitAtStart('Vụ Kế hoạch - Tài chính tổng hợp dự toán')!.mentions.map((m) => m.name)).toEqual(['Vụ Kế hoạch - Tài chính']);
    // another unit after "và" / the comma is still a unit of its own
    expect(matchUnitAtStart('Sở Y tế và Bảo hiểm xã hội tỉnh chủ trì')!.mentions.map((m) => m.name)).toEqual(['Sở Y tế', 'Bảo hiểm xã hội tỉnh']);
  });
});

describe('the internal units of a hospital, a school or a service (review 10)', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => m.name) ?? null;

  it('"Khoa …", "Hạt …", "Đội …", "Bộ môn …" + a name are units, as "Phòng …", "Tổ …", "Trạm …" are', () => {
    expect(names('Khoa Kiểm soát nhiễm khuẩn chủ trì, phối hợp với Phòng Điều dưỡng')).toEqual(['Khoa Kiểm soát nhiễm khuẩn']);
    expect(names('Khoa Dược')).toEqual(['Khoa Dược']);
    // a dash inside the name, "tích cực" (intensive) in "hồi sức tích cực" is no verb there
    expect(parseUnits('Khoa Phẫu thuật - Gây mê hồi sức; Khoa Hồi sức tích cực - Chống độc').map((m) => m.name)).toEqual(['Khoa Phẫu thuật - Gây mê hồi sức', 'Khoa Hồi sức tích cực - Chống độc']);
    expect(names('Hạt Kiểm lâm các khu vực.')).toEqual(['Hạt Kiểm lâm các khu vực']);
    expect(names('Đội Quản lý thị trường số 3 kiểm tra các cơ sở')).toEqual(['Đội Quản lý thị trường số 3']);
    expect(names('Bộ môn Nội tổ chức giảng dạy')).toEqual(['Bộ môn Nội']);
    // (words that only start like one: "Khoa học", "Đội ngũ")
    expect(names('Khoa học Công nghệ phát triển mạnh')).toBeNull();
    expect(names('Đội ngũ cán bộ y tế được tập huấn')).toBeNull();
  });

  it('"các khoa, phòng", "các khoa lâm sàng", "các tổ chuyên môn" are collectives; "Trưởng các khoa, phòng" is their heads', () => {
    expect(names('Các khoa, phòng xây dựng đề án cải tiến chất lượng')).toEqual(['Các khoa, phòng']);
    expect(names('Các khoa lâm sàng thực hiện bảng kiểm an toàn phẫu thuật')).toEqual(['Các khoa lâm sàng']);
    expect(names('Các tổ chuyên môn xây dựng kế hoạch dạy học')).toEqual(['Các tổ chuyên môn']);
    expect(headingUnits('**3. Trưởng các khoa, phòng**')!.mentions.map((m) => [m.name, m.roleWord])).toEqual([['Các khoa, phòng', 'Trưởng']]);
    // not "các khoa học"
    expect(names('Các khoa học xã hội được quan tâm')).toBeNull();
  });

  it('"tổng hợp" after "Kế hoạch" / "Hành chính" in an office\'s name is part of it, not the verb', () => {
    const r = matchUnitAtStart('Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Khoa Dược tổ chức bình bệnh án')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Phòng Kế hoạch tổng hợp']);
    expect(r.rest.startsWith('chủ trì')).toBe(true);
    expect(names('Phòng Hành chính tổng hợp báo cáo Giám đốc')).toEqual(['Phòng Hành chính tổng hợp']);
    // (the verb elsewhere)
    expect(names('Vụ Kế hoạch - Tài chính tổng hợp dự toán')).toEqual(['Vụ Kế hoạch - Tài chính']);
  });
});

describe('a name outside the directory ends before its verb (review 10)', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => m.name) ?? null;

  it('"điều hành", "điều tra", "điều phối" … end a name as "thực hiện" does', () => {
    expect(names('Chi cục Hải quan khu vực VI điều hành hoạt động xuất nhập khẩu tại cửa khẩu')).toEqual(['Chi cục Hải quan khu vực VI']);
    expect(names('Chi cục Kiểm lâm điều tra, xử lý các vụ phá rừng')).toEqual(['Chi cục Kiểm lâm']);
    expect(names('Ban Quản lý dự án điều phối nguồn vốn')).toEqual(['Ban Quản lý dự án']);
    expect(names('Trung tâm Kiểm soát bệnh tật tỉnh điều tra dịch tễ')).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });

  it('names that hold those words keep them: the investigating police, capitalised names', () => {
    expect(names('Phòng Cảnh sát điều tra tội phạm về ma túy chủ trì')).toEqual(['Phòng Cảnh sát điều tra tội phạm về ma túy']);
    expect(names('Cục Điều tra chống buôn lậu phối hợp')).toEqual(['Cục Điều tra chống buôn lậu']);
    expect(names('Văn phòng Điều phối nông thôn mới tỉnh chủ trì')).toEqual(['Văn phòng Điều phối nông thôn mới tỉnh']);
  });
});

describe('a unit with its place name, then a comma and more units (review 10)', () => {
  it('the list goes on after the place name up to the units\' role word', () => {
    const r = matchUnitAtStart('Báo và Phát thanh, Truyền hình Bắc Ninh, UBND các xã, phường phối hợp')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Báo và Phát thanh, Truyền hình', 'UBND các xã, phường']);
    expect(r.rest).toBe('phối hợp');
    expect(matchUnitAtStart('Báo và Phát thanh, Truyền hình Bắc Ninh, Sở Tư pháp, Sở Nội vụ')!.mentions.map((m) => m.name)).toEqual(['Báo và Phát thanh, Truyền hình', 'Sở Tư pháp', 'Sở Nội vụ']);
  });

  it('not into what the next unit does, nor into the cells of a broken table row', () => {
    const r = matchUnitAtStart('Đài Phát thanh và Truyền hình Vĩnh Long, Báo Vĩnh Long mở chuyên mục về cải cách hành chính')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Đài Phát thanh và Truyền hình']);
    expect(matchUnitAtStart('Sở Du lịch Huế, Hiệp hội Du x x 2025-2030')!.mentions.map((m) => m.name)).toEqual(['Sở Du lịch']);
  });
});

describe('review 11: units after an opening clause, investors, village heads, ministry and police names', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => m.name) ?? null;

  it('the subject after a clause of time or stage ("Trong quá trình thực hiện, X …", "Trong năm 2027, X …")', () => {
    const r = matchUnitAtStart('Trong quá trình thực hiện, Thanh tra Bộ có trách nhiệm phối hợp với Vụ Pháp chế kiểm tra')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Thanh tra Bộ']);
    expect(r.rest.startsWith('có trách nhiệm')).toBe(true);
    expect(names('Trong năm 2027, Thanh tra Bộ chủ trì, phối hợp với Vụ Pháp chế kiểm tra')).toEqual(['Thanh tra Bộ']);
    expect(names('Hằng năm, Sở Tư pháp tổng hợp kết quả')).toEqual(['Sở Tư pháp']);
    // not past a condition: the closing remark that asks for reports names no unit's work
    expect(names('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo')).toBeNull();
    expect(names('Trong năm 2027, tỷ lệ hồ sơ trực tuyến đạt 80%')).toBeNull();
  });

  it('investors and contractors are collectives; a unit heading "6. Các chủ đầu tư" names them', () => {
    expect(matchUnitAtStart('Các chủ đầu tư thực hiện nghiêm chế độ báo cáo')!.mentions.map((m) => [m.name, m.kind])).toEqual([['Các chủ đầu tư', 'collective']]);
    expect(names('Các nhà thầu thi công bảo đảm an toàn lao động')).toEqual(['Các nhà thầu thi công']);
    expect(names('các nhà đầu tư rà soát tiến độ dự án')).toEqual(['Các nhà đầu tư']);
    expect(headingUnits('6. Các chủ đầu tư')?.mentions.map((m) => m.name)).toEqual(['Các chủ đầu tư']);
  });

  it('"Trưởng thôn (các thôn)" are the villages, as "Tổ trưởng các tổ dân phố" are the groups', () => {
    const r = matchUnitAtStart('Trưởng thôn các thôn rà soát, lập danh sách')!;
    expect(r.mentions.map((m) => [m.name, m.roleWord])).toEqual([['Các thôn', 'Trưởng thôn']]);
    expect(r.rest).toBe('rà soát, lập danh sách');
    expect(names('Trưởng thôn rà soát, lập danh sách')).toEqual(['Các thôn']);
    expect(parseUnits('Trưởng thôn; Công an xã').map((m) => m.name)).toEqual(['Các thôn', 'Công an xã']);
  });

  it('the commune police\'s forces: the statutory force and a village team', () => {
    expect(names('Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở duy trì trực 24/24 giờ')).toEqual(['Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở']);
    expect(names('Tổ bảo vệ an ninh, trật tự duy trì trực 24/24 giờ')).toEqual(['Tổ Bảo vệ an ninh, trật tự']);
  });

  it('"Vụ Các vấn đề chung về xây dựng pháp luật" is one name, in a cell and in a sentence', () => {
    expect(parseUnits('Vụ Pháp luật hình sự - hành chính; Vụ Các vấn đề chung về xây dựng pháp luật').map((m) => m.name)).toEqual(['Vụ Pháp luật hình sự - hành chính', 'Vụ Các vấn đề chung về xây dựng pháp luật']);
    const r = matchUnitAtStart('Vụ Các vấn đề chung về xây dựng pháp luật xây dựng Nghị định')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Vụ Các vấn đề chung về xây dựng pháp luật']);
    expect(r.rest).toBe('xây dựng Nghị định');
  });

  it('a name ends before what the press does ("mở chuyên mục", "đăng tải")', () => {
    const r = matchUnitAtStart('Đề nghị Báo Pháp luật Việt Nam, Tạp chí Dân chủ và Pháp luật mở chuyên mục giới thiệu nội dung mới của Luật')!;
    expect(r.mentions.map((m) => m.name)).toEqual(['Báo Pháp luật Việt Nam', 'Tạp chí Dân chủ và Pháp luật']);
    expect(r.rest.startsWith('mở chuyên mục')).toBe(true);
    expect(names('Báo Vĩnh Long đăng tải tin bài')).toEqual(['Báo Vĩnh Long']);
  });

  it('units "thuộc" a body named by its head word keep it: "thuộc Sở" is no "thuộc phường"', () => {
    expect(names('Các phòng, đơn vị thuộc Sở rà soát hồ sơ công việc')).toEqual(['Các phòng, đơn vị thuộc Sở']);
    expect(names('Thủ trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm tổ chức thực hiện')).toEqual(['Các phòng, đơn vị thuộc Sở']);
    expect(names('Các phòng, đơn vị thuộc Sở Y tế chủ trì')).toEqual(['Các phòng, đơn vị thuộc Sở Y tế']);
    // a commune's own offices keep their level word
    expect(names('Các phòng, đơn vị thuộc phường rà soát')).toEqual(['Các phòng, đơn vị thuộc phường']);
    expect(names('Các phòng, đơn vị thuộc Ủy ban nhân dân xã rà soát')).toEqual(['Các phòng, đơn vị thuộc xã']);
  });
});

describe('persons by office after "đồng chí" (Party plans)', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => [m.name, m.kind]) ?? null;

  it('"(Giao) đồng chí <title> <body>" names the person by title and body, not the body', () => {
    expect(names('Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo việc tổ chức')).toEqual([['Bí thư Đảng ủy', 'unit']]);
    expect(names('Đồng chí Phó Bí thư Thường trực Đảng ủy chỉ đạo tổ chức Lễ')).toEqual([['Phó Bí thư Thường trực Đảng ủy', 'unit']]);
    expect(names('Giao đồng chí Chủ tịch Ủy ban nhân dân xã chỉ đạo bố trí kinh phí')).toEqual([['Chủ tịch UBND xã', 'unit']]);
    expect(names('Đ/c Chủ tịch UBND phường và đồng chí Phó Chủ tịch UBND phường theo dõi')).toEqual([
      ['Chủ tịch UBND phường', 'unit'],
      ['Phó Chủ tịch UBND phường', 'unit'],
    ]);
    expect(names('Các đồng chí Ủy viên Ban Thường vụ Huyện ủy theo dõi')).toEqual([['Các Ủy viên Ban Thường vụ Huyện ủy', 'collective']]);
    expect(matchUnitAtStart('Đồng chí Trưởng Ban Tuyên giáo: theo dõi, đôn đốc')?.rest).toBe('theo dõi, đôn đốc');
  });

  it('a comrade without a title and body is no addressee', () => {
    expect(names('Đồng chí Nguyễn Văn An chỉ đạo')).toBeNull();
    expect(names('Đồng chí nào vi phạm thì xử lý')).toBeNull();
    expect(names('Ủy viên Ban Thường vụ theo dõi')).toBeNull();
  });
});

describe('team members by name ("Ông Hoàng Văn An - Trưởng đoàn: …")', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => [m.name, m.kind]) ?? null;

  it('an honorific, a name and a role before the colon name the member who does the work', () => {
    // (the member list of an inspection team, corpus: KH 1105/KH-ĐKT of Lào Cai)
    expect(names('Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện')).toEqual([['Hoàng Văn Thuân - Trưởng đoàn', 'unit']]);
    expect(names('Bà Lê Thị Hoa, Thư ký: tổng hợp báo cáo')).toEqual([['Lê Thị Hoa - Thư ký', 'unit']]);
    expect(names('Đồng chí Nguyễn Văn Bình – Chủ tịch UBND xã – Trưởng ban: chỉ đạo chung')).toEqual([['Nguyễn Văn Bình - Chủ tịch UBND xã - Trưởng ban', 'unit']]);
    expect(names('Đ/c Trần Văn Hùng (Phó Trưởng ban): phụ trách công tác tuyên truyền')).toEqual([['Trần Văn Hùng - Phó Trưởng ban', 'unit']]);
    expect(names('Ông Hoàng Văn Thuân: phụ trách chung')).toEqual([['Hoàng Văn Thuân', 'unit']]);
    expect(matchUnitAtStart('Ông Hoàng Văn Thuân - Trưởng đoàn: phụ trách chung')?.rest).toBe('phụ trách chung');
  });

  it('without the colon, or without a name of two to five capitalised syllables, names none', () => {
    expect(names('Ông Nguyễn Văn An chủ trì buổi làm việc')).toBeNull();
    expect(names('Bà Rịa - Vũng Tàu: triển khai')).toBeNull();
    expect(names('Ông bà, cha mẹ học sinh: phối hợp')).toBeNull();
    expect(names('Ông Hoàng Văn Thuân - Trưởng đoàn. Phụ trách: chung')).toBeNull();
    // persons by office are still named by office
    expect(names('Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo')).toEqual([['Bí thư Đảng ủy', 'unit']]);
  });
});

describe('the bodies an inspection visits', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => m.name) ?? null;

  it('"(các) đơn vị được kiểm tra" is one collective, whole (not "Các đơn vị")', () => {
    expect(names('Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản')).toEqual(['Các đơn vị được kiểm tra']);
    expect(names('Các cơ sở được kiểm tra chuẩn bị hồ sơ')).toEqual(['Các đơn vị được kiểm tra']);
    expect(names('Đơn vị được thanh tra cung cấp hồ sơ, tài liệu')).toEqual(['Các đơn vị được thanh tra']);
  });
});

describe('named councils ("Hội đồng <Name>")', () => {
  const names = (s: string) => matchUnitAtStart(s)?.mentions.map((m) => m.name) ?? null;

  it('a capitalised council is a unit, as lead and as partner', () => {
    expect(names('Hội đồng Y khoa Quốc gia chủ trì, phối hợp với các trường đại học y')).toEqual(['Hội đồng Y khoa Quốc gia']);
    expect(names('Hội đồng Thi đua - Khen thưởng tỉnh theo dõi, tổng hợp')).toEqual(['Hội đồng Thi đua - Khen thưởng']);
    expect(parseUnits('Sở Y tế; Hội đồng Y khoa Quốc gia').map((m) => m.name)).toEqual(['Sở Y tế', 'Hội đồng Y khoa Quốc gia']);
  });

  it('"hội đồng" in running text, or before a lower-case word, names none; HĐND is unchanged', () => {
    expect(names('Hội đồng thẩm định dự án họp xét duyệt')).toBeNull();
    expect(names('Hội đồng chấm thi làm việc tập trung')).toBeNull();
    expect(names('Họp hội đồng Y khoa để xét')).toBeNull();
    expect(names('Hội đồng nhân dân tỉnh giám sát')).toEqual(['HĐND tỉnh']);
  });
});
