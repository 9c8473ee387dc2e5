// One paragraph that gives work to several units, sentence after sentence, is several tasks.
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';

const build = (text: string) =>
  buildRegister({ text, path: 'ct.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });

const HEAD = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

CHỈ THỊ
Về quản lý, sử dụng trụ sở dôi dư

`;
const END = `
Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc thực hiện Chỉ thị này./.
`;

const row = (t: ReturnType<typeof build>['tasks'][number]) => [t.id, t.source.line, t.lead, t.support, t.deadline?.due ?? null];

describe('several assignments in one paragraph of a directive', () => {
  it('each sentence opening with its own unit is a task of its own, with its own lead, support, deadline and line', () => {
    const r = build(`${HEAD}1. Về rà soát

Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu phương án xử lý trụ sở dôi dư, hoàn thành trước ngày 30/6/2027. Ủy ban nhân dân các xã, phường lập danh mục nhà, đất dôi dư, gửi Sở Tài chính trong tháng 01 năm 2027.

2. Về chuyển đổi công năng

Ưu tiên chuyển đổi trụ sở dôi dư sang làm cơ sở y tế, giáo dục. Giao Sở Y tế, Sở Giáo dục và Đào tạo rà soát nhu cầu sử dụng trụ sở; báo cáo Sở Tài chính trước ngày 15/3/2027. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ đề xuất chuyển đổi trụ sở thành nhà văn hóa, thời gian: Quý III/2027.

3. Về thanh tra

Giao Thanh tra tỉnh thanh tra việc quản lý,
sử dụng trụ sở dôi dư, chậm nhất ngày 20/12/2027. Công an tỉnh chỉ đạo lực lượng công an xã bảo vệ các trụ sở bỏ trống.
${END}`);
    expect(r.tasks.map(row)).toEqual([
      ['1.p1', 9, ['Sở Tài chính'], ['Sở Nội vụ'], '2027-06-30'],
      ['1.p1#2', 9, ['UBND các xã, phường'], [], '2027-01-31'],
      ['2.p1', 13, ['Sở Y tế', 'Sở Giáo dục và Đào tạo'], [], '2027-03-15'],
      ['2.p1#2', 13, ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Nội vụ'], '2027-09-30'],
      ['3.p1', 17, ['Thanh tra tỉnh'], [], '2027-12-20'],
      ['3.p1#2', 18, ['Công an tỉnh'], [], null],
    ]);
    // the context sentence without a unit stays with the first assignment: no text is lost
    expect(r.tasks[2]!.text).toMatch(/^Ưu tiên chuyển đổi trụ sở dôi dư sang làm cơ sở y tế, giáo dục\. Giao Sở Y tế/);
    expect(r.tasks[3]!.text).toMatch(/^Sở Văn hóa, Thể thao và Du lịch chủ trì/);
    // a part starting on a later line of the paragraph keeps that line
    expect(r.tasks[1]!.source.column).toBeGreaterThan(1);
    expect(r.tasks[5]!.source).toMatchObject({ line: 18, endLine: 18 });
    expect(r.tasks[4]!.source).toMatchObject({ line: 17, endLine: 18 });
    // the outline points at the item's first task
    expect(r.outline.find((o) => o.id === '2')!.children.find((c) => c.id === '2.p1')!.taskId).toBe('2.p1');
  });

  it('a time sentence, a trailing "Y phối hợp." and an abbreviation do not start a task', () => {
    const r = build(`${HEAD}1. Về quy hoạch

Giao Sở Nông nghiệp và Môi trường chủ trì hướng dẫn thủ tục chuyển mục đích sử dụng đất; Sở Xây dựng phối hợp. Thời gian hoàn thành: Quý II/2027. Công an tỉnh chỉ đạo bảo vệ các trụ sở bỏ trống tại TP. Quảng Ngãi.

2. Về thanh lý

Giao Thanh tra tỉnh thanh tra việc sử dụng trụ sở dôi dư. Sở Tư pháp phối hợp.

Giao Sở Xây dựng thẩm định phương án cải tạo trụ sở. Tổ chức kiểm tra việc cải tạo tại các xã, phường.
${END}`);
    expect(r.tasks.map(row)).toEqual([
      ['1.p1', 9, ['Sở Nông nghiệp và Môi trường'], ['Sở Xây dựng'], '2027-06-30'],
      ['1.p1#2', 9, ['Công an tỉnh'], [], null],
      ['2.p1', 13, ['Thanh tra tỉnh'], ['Sở Tư pháp'], null],
      ['2.p2', 15, ['Sở Xây dựng'], [], null],
    ]);
    expect(r.tasks[0]!.text).toMatch(/Sở Xây dựng phối hợp\. Thời gian hoàn thành: Quý II\/2027\.$/);
    expect(r.tasks[1]!.text).toMatch(/tại TP\. Quảng Ngãi\.$/);
    expect(r.tasks[2]!.text).toMatch(/Sở Tư pháp phối hợp\.$/);
    expect(r.tasks[3]!.text).toMatch(/Tổ chức kiểm tra việc cải tạo tại các xã, phường\.$/);
  });
});

describe('persons by office in a Party plan', () => {
  it('"Đồng chí X …; các đồng chí Y …": both lead; a comrade who only helps does not', () => {
    const r = build(`III- TỔ CHỨC THỰC HIỆN
1- Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo; các đồng chí Ủy viên Ban Thường vụ Đảng ủy theo lĩnh vực được phân công chỉ đạo triển khai thực hiện.
2- Giao đồng chí Chủ tịch UBND xã chỉ đạo bố trí kinh phí; đồng chí Phó Chủ tịch UBND xã phối hợp.
`);
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['III.1', ['Bí thư Đảng ủy', 'Các Ủy viên Ban Thường vụ Đảng ủy']],
      ['III.2', ['Chủ tịch UBND xã']],
    ]);
  });
});
