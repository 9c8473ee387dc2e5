// Tables as pandoc writes a Word table with multi-line cells (grid tables and multiline tables), and
// tables drawn with box characters.
import { describe, expect, it } from 'vitest';
import { boxAsGrid } from '../../src/parse/grid-table.js';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';

const rows = (r: Register) => r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.text, t.lead, t.support, t.deadline?.due ?? null]);

const EXPECTED = [
  ['Rà soát, chuẩn hóa dữ liệu dân cư phục vụ cấp dịch vụ công trực tuyến', ['Công an xã'], ['Văn phòng HĐND và UBND', 'Các thôn'], '2026-06-30'],
  ['Phổ cập chữ ký số cho người dân', ['Tổ Công nghệ số cộng đồng'], ['Viettel Nghệ An', 'Bưu điện xã'], '2026-12-31'],
];

describe('pandoc tables', () => {
  it('a grid table (+---+ borders, header names and cells over several lines) is read row by row', async () => {
    const { register: r } = await extractFile('fixtures/tables/pandoc-grid.md', { config: null });
    expect(rows(r)).toEqual(EXPECTED);
    expect(r.appendices[0]!.header?.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nội dung', 'content'],
      ['Cơ quan chủ trì', 'lead'],
      ['Cơ quan phối hợp', 'support'],
      ['Thời gian hoàn thành', 'deadline'],
    ]);
    // the rows keep their source lines; the borders are placed with the table, nothing is unclassified
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.source.line, t.source.endLine])).toEqual([[25, 27], [29, 30]]);
    expect(r.unclassified).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule.startsWith('table/'))).toEqual([]);
  });

  it('a multiline table (dashed rules, rows apart by a blank line) is read like a table laid out with spaces', async () => {
    const { register: r } = await extractFile('fixtures/tables/pandoc-multiline.md', { config: null });
    expect(rows(r)).toEqual(EXPECTED);
  });
});

/** Every task of a register as [id, text, lead, support, deadline due, section titles]. */
const tasks = (r: Register) => r.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.due ?? null, t.sectionTitles.slice(1)]);

describe('tables drawn with box characters', () => {
  it('┌ ─ ┬ │ ├ ┼ └: read as the grid they draw, cells wrapped, group rows merged across columns (┴ above, ┬ below); a framed paragraph is its text', async () => {
    const { register: r } = await extractFile('fixtures/tables/box-drawing.txt', { config: null });
    const CT = 'Sở Nông nghiệp và Môi trường';
    expect(tasks(r)).toEqual([
      ['III.p1', `${CT} tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch trước ngày 20/6/2027.`, [CT], [], '2027-06-20', []],
      ['DM.1', 'Xây dựng kịch bản ứng phó xâm nhập mặn theo các cấp độ rủi ro', [CT], ['Đài Khí tượng Thủy văn tỉnh', 'UBND các xã, phường'], '2026-12-31', ['I. CÔNG TÁC CHỈ ĐẠO, DỰ BÁO']],
      ['DM.2', 'Quan trắc độ mặn trên các sông chính, cung cấp bản tin dự báo mặn cho người dân', ['Đài Khí tượng Thủy văn tỉnh'], [CT], '2026-12-31', ['I. CÔNG TÁC CHỈ ĐẠO, DỰ BÁO']],
      ['DM.3', 'Nạo vét kênh mương nội đồng, lắp đặt cống ngăn mặn tạm thời', ['Công ty TNHH MTV Khai thác thủy lợi Vĩnh Long'], ['UBND các xã, phường'], '2027-01-15', ['II. BẢO ĐẢM NƯỚC SINH HOẠT VÀ SẢN XUẤT']],
      ['DM.4', 'Cấp nước sinh hoạt miễn phí cho các hộ dân vùng thiếu nước', ['UBND các xã, phường'], ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn'], '2027-03-31', ['II. BẢO ĐẢM NƯỚC SINH HOẠT VÀ SẢN XUẤT']],
    ]);
    expect(r.appendices[0]!.header?.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nội dung nhiệm vụ', 'content'],
      ['Cơ quan chủ trì', 'lead'],
      ['Cơ quan phối hợp', 'support'],
      ['Thời gian thực hiện', 'deadline'],
    ]);
    // each row keeps its source lines (columns untouched); the rules are placed with the table or kept as drawn
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.source.line, t.source.endLine])).toEqual([[20, 22], [24, 26], [30, 32], [34, 36]]);
    expect(r.tasks.find((t) => t.id === 'III.p1')!.source).toEqual({ line: 41, column: 3, endLine: 42 });
    expect(r.document.furniture.filter((f) => f.kind === 'rule').map((f) => [f.line, f.text[0]])).toEqual([[40, '┌'], [43, '└']]);
    expect(r.unclassified).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('╔ ═ ╤ ║ │ ╠ ╪ ╚ (double frame, single inner lines), rows not apart by a rule: each row number starts a row', async () => {
    const { register: r } = await extractFile('fixtures/tables/box-drawing-double.txt', { config: null });
    expect(rows(r)).toEqual([
      ['Rà soát, cập nhật phương án phòng, chống sạt lở bờ sông', ['Sở Nông nghiệp và Môi trường'], ['UBND các xã, phường ven sông'], '2027-03-31'],
      ['Cắm biển cảnh báo tại các điểm sạt lở nguy hiểm', ['UBND các xã, phường'], ['Công an tỉnh'], '2027-03-31'],
      ['Kiểm tra khai thác cát trái phép trên sông Cổ Chiên', ['Công an tỉnh'], ['Sở Nông nghiệp và Môi trường'], null],
    ]);
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.source.line, t.source.endLine])).toEqual([[15, 16], [17, 18], [19, 20]]);
    expect(r.tasks.every((t) => !/[\u2500-\u257f|]/.test(t.text))).toBe(true);
    expect(r.unclassified).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('boxAsGrid redraws box lines character for character (light, heavy, double, dashed), and nothing else', () => {
    const box = ['┏━━┳━━┓', '┃ a┃ b┃', '╞══╪══╡', '│ 1┆ x│', '╟──╫──╢', '╚══╩══╝'].join('\n');
    expect(boxAsGrid(box)).toBe(['+--+--+', '| a| b|', '+==+==+', '| 1| x|', '+--+--+', '+==+==+'].join('\n'));
    // a tree of units ("├── Sở Y tế") and text without box characters stay as they are
    const text = 'Sơ đồ:\n├── Sở Y tế\n└── Sở Tài chính\n';
    expect(boxAsGrid(text)).toBe(text);
    const plain = 'Không có bảng.';
    expect(boxAsGrid(plain)).toBe(plain);
  });
});

describe('pandoc multiline tables with bold rows (pandoc -t markdown of a Word table)', () => {
  it('a bold header whose first cell fills its column, bold group rows wrapped over two lines, a unit wrapped before "- Lạng Sơn", then a simple table', async () => {
    const { register: r } = await extractFile('fixtures/tables/pandoc-multiline-bold.md', { config: null });
    expect(tasks(r).filter((t) => String(t[0]).startsWith('DM'))).toEqual([
      ['DM.1', 'Xây dựng quy chế phối hợp quản lý bãi xe chờ xuất khẩu', ['Sở Công Thương'], ['Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn', 'Công an tỉnh'], '2027-06-30', ['I. Hoàn thiện cơ chế, chính sách quản lý']],
      ['DM.2', 'Rà soát thủ tục kiểm tra chuyên ngành tại cửa khẩu', ['Sở Tư pháp'], ['Sở Công Thương'], '2027-08-31', ['I. Hoàn thiện cơ chế, chính sách quản lý']],
      ['DM.3', 'Nâng cấp kho bãi tại cửa khẩu Tân Thanh', ['Sở Xây dựng'], ['UBND xã Tân Thanh'], '2027-12-31', ['II. Phát triển hạ tầng logistics']],
      ['DM2.1', 'Tình hình thông quan tại cửa khẩu', ['Sở Công Thương'], [], null, []],
      ['DM2.2', 'Sơ kết 6 tháng thực hiện Kế hoạch', ['Sở Công Thương'], [], '2027-06-15', []],
    ]);
    expect(r.appendices.map((a) => [a.title, a.header?.columns.map((c) => c.name)])).toEqual([
      ['PHỤ LỤC I NHIỆM VỤ PHÁT TRIỂN DỊCH VỤ LOGISTICS NĂM 2027', ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']],
      ['PHỤ LỤC II CHẾ ĐỘ BÁO CÁO', ['TT', 'Nội dung báo cáo', 'Đơn vị thực hiện', 'Thời hạn']],
    ]);
    // rows apart by blank lines keep their lines; the dashed rules (the simple table's too) are the table's
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.source.line, t.source.endLine])).toEqual([[47, 51], [53, 55], [60, 61], [70, 70], [71, 71]]);
    expect(r.unclassified).toEqual([]);
    // "[Nơi nhận:]{.underline}" (pandoc's underline) heads the recipients: its list is no task
    expect(r.tasks.filter((t) => t.origin === 'body').map((t) => t.id)).toEqual(['III.p1']);
    expect(r.document.recipients.map((x) => x.line)).toEqual([24, 25, 26, 27]);
    expect(r.diagnostics).toEqual([]);
  });
});
