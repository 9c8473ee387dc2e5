// Task tables printed one cell per line (pdftotext without -layout): rows rebuilt from row numbers,
// cells cut where the structure of the table says they end.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';
import { appendixRows, registerOf } from '../helpers/register.js';
import { cutRow } from '../../src/parse/stacked-table.js';
import { headerColumns } from '../../src/parse/table.js';

const rows = (r: Register) => appendixRows(r, 'raw');

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH AN GIANG',
  'Số: 339/KH-UBND',
  'An Giang, ngày 06 tháng 3 năm 2027',
  'KẾ HOẠCH',
  'Phát triển kinh tế tập thể, hợp tác xã năm 2027',
  'I. MỤC TIÊU',
  'Thành lập mới ít nhất 60 hợp tác xã.',
  'II. NHIỆM VỤ',
  'Các sở, ngành triển khai các nhiệm vụ tại Phụ lục kèm theo.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Lê Văn Phước',
  'PHỤ LỤC',
  'NHIỆM VỤ PHÁT TRIỂN HỢP TÁC XÃ NĂM 2027',
  'STT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian',
  'hoàn thành',
];

const columns = headerColumns(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'])!.slice(1);

describe('tables printed one cell per line', () => {
  it('fixtures/tables/pdftotext-raw-cells.txt: blank lines between cells, group rows, a page number and the header printed again, a product column', async () => {
    const { register: r } = await extractFile('fixtures/tables/pdftotext-raw-cells.txt', { config: null });
    expect(rows(r)).toEqual([
      ['Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã', ['Sở Khoa học và Công nghệ'], ['Viễn thông Đồng Tháp', 'UBND các xã, phường'], 'Quý II/2026'],
      ['Triển khai nền tảng họp trực tuyến cho các xã, phường', ['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ'], 'Tháng 9/2026'],
      // a content line ending in "với" goes on after a blank line; "Trước ngày" / "30/11/2026" is one deadline
      ['Xây dựng cơ sở dữ liệu đất đai kết nối với Cơ sở dữ liệu quốc gia về dân cư', ['Sở Nông nghiệp và Môi trường'], ['Công an tỉnh'], 'Trước ngày 30/11/2026'],
      ['Số hóa hồ sơ hộ tịch từ năm 1975 đến nay', ['Sở Tư pháp'], ['UBND các xã, phường'], 'Năm 2026'],
    ]);
    expect(r.appendices[0]!.header?.columns.map((c) => c.role)).toEqual(['tt', 'content', 'lead', 'support', 'deadline', 'product']);
    // the group rows give their section; the product cell is kept
    const t3 = r.tasks.find((t) => t.text.startsWith('Xây dựng cơ sở dữ liệu đất đai'))!;
    expect(t3.sectionTitles).toContain('II. DỮ LIỆU SỐ');
    expect(t3.appendix?.product).toBe('Cơ sở dữ liệu');
    expect(t3.source).toMatchObject({ line: 95, endLine: 110 });
    // the note under the table is no row, and no line is lost
    expect(r.tasks.some((t) => t.text.includes('Ghi chú'))).toBe(false);
    expect(r.diagnostics.filter((d) => d.rule.startsWith('table/') || d.rule.startsWith('parse/'))).toEqual([]);
  });

  it('a row of the last table runs to the end of the file; a cell wrapped at a unit-like word stays one cell', () => {
    const text = [
      ...HEAD,
      '1',
      'Tuyên truyền Luật Hợp tác xã năm 2023',
      'trên Báo và Phát thanh, Truyền hình An',
      'Giang',
      'Sở Văn hóa, Thể thao',
      'và Du lịch',
      'Liên minh Hợp tác xã',
      'tỉnh',
      'Thường xuyên',
      '2',
      'Hỗ trợ hợp tác xã tiếp cận vốn vay từ',
      'Quỹ Hỗ trợ phát triển hợp tác xã',
      'Quỹ Đầu tư phát triển',
      'tỉnh',
      'Sở Tài chính',
      'Hằng quý',
    ].join('\n');
    expect(rows(registerOf(text))).toEqual([
      ['Tuyên truyền Luật Hợp tác xã năm 2023 trên Báo và Phát thanh, Truyền hình An Giang', ['Sở Văn hóa, Thể thao và Du lịch'], ['Liên minh Hợp tác xã tỉnh'], 'Thường xuyên'],
      ['Hỗ trợ hợp tác xã tiếp cận vốn vay từ Quỹ Hỗ trợ phát triển hợp tác xã', ['Quỹ Đầu tư phát triển tỉnh'], ['Sở Tài chính'], 'Hằng quý'],
    ]);
  });

  it('cutRow: an empty support cell, and two units wrapped over lines of one cell', () => {
    expect(cutRow(['Đào tạo nghề cho thành viên hợp tác xã', 'nông nghiệp', 'Sở Nội vụ', 'Quý II - Quý IV/2027'], columns).cells).toEqual([
      'Đào tạo nghề cho thành viên hợp tác xã nông nghiệp',
      'Sở Nội vụ',
      '',
      'Quý II - Quý IV/2027',
    ]);
    expect(cutRow(['Tổ chức Hội chợ OCOP', 'Sở Công Thương', 'Sở Nông nghiệp và Môi', 'trường; UBND các xã,', 'phường, đặc khu', 'Tháng 11/2027'], columns).cells).toEqual([
      'Tổ chức Hội chợ OCOP',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường; UBND các xã, phường, đặc khu',
      'Tháng 11/2027',
    ]);
  });

  it('the last row leaves out lines that cannot be its cells', () => {
    const r = cutRow(['Rà soát hợp tác xã', 'Sở Tài chính', 'UBND các xã', 'Quý IV/2027', 'Người lập biểu', 'Nguyễn Văn B'], columns, true);
    expect(r.cells).toEqual(['Rà soát hợp tác xã', 'Sở Tài chính', 'UBND các xã', 'Quý IV/2027']);
    expect(r.used).toBe(4);
  });

  it('the last row does not take the text after the table, however long', () => {
    const after = Array.from({ length: 200 }, (_, k) => `Dòng văn bản tiếp theo số ${k} của tài liệu.`);
    const r = registerOf([...HEAD, '1', 'Rà soát hợp tác xã', 'Sở Tài chính', 'UBND các xã', 'Quý IV/2027', ...after].join('\n'));
    expect(rows(r)).toEqual([['Rà soát hợp tác xã', ['Sở Tài chính'], ['UBND các xã'], 'Quý IV/2027']]);
    expect(r.appendices[0]!.source.endLine).toBe(HEAD.length + 5);
  });

  it('a line "TT" followed by text that names no columns is left as text', () => {
    const text = [...HEAD.slice(0, 10), 'TT', 'Trung tâm Dịch vụ nông nghiệp', 'chủ trì hướng dẫn các hợp tác xã xây dựng vùng nguyên liệu trước ngày 30/9/2027.', '1', 'Nội dung khác'].join('\n');
    const r = registerOf(text);
    expect(r.appendices).toEqual([]);
    expect(r.tasks.some((t) => t.text.includes('vùng nguyên liệu'))).toBe(true);
  });
});
