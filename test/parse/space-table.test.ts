// Task tables laid out with runs of spaces (pdftotext -layout): read row by row into tasks.
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';

function registerOf(text: string): Register {
  return buildRegister({ text, path: 'x.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
}

const rows = (r: Register) => r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.text, t.lead, t.support, t.deadline?.due ?? null]);

const HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  'Số: 20/KH-UBND',
  'KẾ HOẠCH',
  'Kiểm tra công tác chuyển đổi số năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Bảo đảm các nhiệm vụ được triển khai đúng tiến độ.',
  'II. NHIỆM VỤ',
  '(Chi tiết tại Phụ lục kèm theo)',
  '',
  '                               PHỤ LỤC',
  '                  DANH MỤC NHIỆM VỤ NĂM 2026',
  '',
];

describe('tables laid out with spaces', () => {
  it('fixtures/tables/pdftotext-layout.txt: rows with wrapped cells, a page break and the header printed again', async () => {
    const { register: r } = await extractFile('fixtures/tables/pdftotext-layout.txt', { config: null });
    expect(rows(r)).toEqual([
      ['Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia về dân cư', ['Sở Khoa học và Công nghệ'], ['Văn phòng UBND tỉnh', 'Công an tỉnh', 'Viettel Lào Cai'], '2026-09-30'],
      ['Triển khai ký số trên thiết bị di động cho cán bộ, công chức cấp xã', ['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ', 'UBND các xã, phường'], '2026-12-31'],
      // one space only between two columns ("… thủ tục hành UBND các xã,"): cut at the column's edge
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực', ['UBND các xã, phường'], ['Trung tâm Phục vụ hành chính công tỉnh'], null],
      ['Đào tạo kỹ năng số cho người dân', ['Sở Giáo dục và Đào tạo'], ['Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ'], '2026-12-31'],
    ]);
    expect(r.appendices).toHaveLength(1);
    expect(r.appendices[0]!.header?.columns.map((c) => c.role)).toEqual(['tt', 'content', 'lead', 'support', 'deadline']);
    // the note under the table and the page number are not rows
    expect(r.tasks.some((t) => t.text.includes('Ghi chú'))).toBe(false);
    expect(r.diagnostics.filter((d) => d.rule.startsWith('table/'))).toEqual([]);
  });

  it('row numbers printed on the middle line of their rows (cells centred vertically)', () => {
    const text = [
      ...HEAD,
      '  TT          Nhiệm vụ                      Cơ quan chủ trì      Cơ quan phối hợp       Thời gian',
      '        Rà soát, cập nhật danh mục thủ tục',
      '   1    hành chính thực hiện trên môi         Văn phòng UBND       Sở Khoa học và         Quý II/2026',
      '        trường điện tử                        tỉnh                 Công nghệ',
      '        Tổ chức tập huấn chuyển đổi số',
      '   2                                          Sở Nội vụ            Trường Chính trị       Tháng 9/2026',
      '        cho cán bộ cấp xã                                          tỉnh',
      '',
      'Ghi chú: số liệu tổng hợp đến ngày 31/3/2026.',
    ].join('\n');
    expect(rows(registerOf(text))).toEqual([
      ['Rà soát, cập nhật danh mục thủ tục hành chính thực hiện trên môi trường điện tử', ['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ'], '2026-06-30'],
      ['Tổ chức tập huấn chuyển đổi số cho cán bộ cấp xã', ['Sở Nội vụ'], ['Trường Chính trị tỉnh'], '2026-09-30'],
    ]);
  });

  it('a table without a TT column or without numbered rows is left to the table/columns rule', () => {
    const text = [
      ...HEAD,
      '  Nhiệm vụ                      Cơ quan chủ trì      Thời gian',
      '  Rà soát thủ tục hành chính    Văn phòng UBND tỉnh  Quý II/2026',
      '  Tập huấn chuyển đổi số        Sở Nội vụ            Tháng 9/2026',
    ].join('\n');
    const r = registerOf(text);
    expect(r.tasks.filter((t) => t.origin === 'appendix')).toEqual([]);
  });
});
