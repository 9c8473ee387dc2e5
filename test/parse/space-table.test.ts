// Task tables laid out with runs of spaces (pdftotext -layout): read row by row into tasks.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';
import { appendixRows, registerOf } from '../helpers/register.js';


const rows = (r: Register) => appendixRows(r);

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

  it('fixtures/tables/pdftotext-running-header-dated.txt (a real PDF): the running header with its date on pages 2+, "Trang N/4", form feeds, a row cut by a page break', async () => {
    const { register: r } = await extractFile('fixtures/tables/pdftotext-running-header-dated.txt', { config: null });
    // the header printed between the parts of row 8 is neither its text nor its deadline
    expect(rows(r).find((x) => String(x[0]).startsWith('Vệ sinh môi trường'))).toEqual([
      'Vệ sinh môi trường, phòng, chống dịch bệnh sau bão, lũ; bảo đảm thuốc, hóa chất khử khuẩn',
      ['Sở Y tế'],
      ['UBND các xã, phường'],
      '2027-12-31',
    ]);
    expect(rows(r)).toHaveLength(9);
    // an event with its date in brackets
    expect(r.tasks.find((t) => t.text.startsWith('Chuẩn bị lương thực'))?.deadline).toMatchObject({ kind: 'date', due: '2027-08-31', raw: 'Trước mùa mưa bão (trước ngày 31/8/2027)' });
    expect(r.tasks.some((t) => t.text.includes('Kế hoạch số 85/KH-UBND ngày 20/01/2027'))).toBe(false);
    expect(r.document.furniture.filter((f) => f.kind === 'running-header').map((f) => f.text)).toEqual(Array(3).fill('Kế hoạch số 85/KH-UBND ngày 20/01/2027'));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
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

  // The two fixtures below are real `pdftotext -layout` output (poppler 22) of an HTML plan printed
  // to PDF by Chromium, its table cells centred vertically: row numbers alone on the middle line of
  // their rows, one space only between two columns, a row cut by a page break, the header repeated.
  it('fixtures/tables/pdftotext-cells-centred.txt: numbers on the middle line, columns one space apart', async () => {
    const { register: r } = await extractFile('fixtures/tables/pdftotext-cells-centred.txt', { config: null });
    expect(rows(r).map(([text, lead, support, due]) => [(text as string).slice(0, 40), lead, support, due])).toEqual([
      ['Xây dựng kho dữ liệu dùng chung của tỉnh', ['Sở Khoa học và Công nghệ'], ['Văn phòng UBND tỉnh', 'Công an tỉnh', 'Viettel Sơn La'], '2026-09-30'],
      ['Triển khai ký số trên thiết bị di động c', ['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ', 'UBND các xã, phường'], '2026-12-31'],
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục', ['UBND các xã, phường'], ['Trung tâm Phục vụ hành chính công tỉnh'], null],
      ['Đào tạo kỹ năng số cho người dân tại các', ['Sở Giáo dục và Đào tạo'], ['Tỉnh đoàn', 'Hội Liên hiệp Phụ nữ'], '2026-12-31'],
      ['Rà soát, chuẩn hóa dữ liệu đất đai', ['Sở Nông nghiệp và Môi trường'], ['UBND các xã, phường'], '2026-10-31'],
    ]);
  });

  it('fixtures/tables/pdftotext-two-pages.txt: a row cut by a page break keeps its lines after the repeated header', async () => {
    const { register: r } = await extractFile('fixtures/tables/pdftotext-two-pages.txt', { config: null });
    const t = r.tasks.filter((x) => x.origin === 'appendix');
    expect(t).toHaveLength(18);
    for (const x of t) expect(x.text).toMatch(/^Nhiệm vụ số \d+: triển khai các giải pháp chuyển đổi số trong lĩnh vực được giao, bảo đảm kết nối, chia sẻ dữ liệu với hệ thống của tỉnh$/);
    expect(t.map((x) => x.text.match(/số (\d+)/)![1])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const row7 = t[6]!;
    expect([row7.lead, row7.support, row7.deadline?.due]).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Tài chính', 'Sở Nội vụ'], '2026-03-31']);
    // every row has its lead; the leads follow the table's cycle of seven units
    const UNITS = ['Sở Khoa học và Công nghệ', 'Văn phòng UBND tỉnh', 'Sở Tài chính', 'Công an tỉnh', 'Sở Nội vụ', 'UBND các xã, phường', 'Sở Y tế'];
    expect(t.map((x) => x.lead)).toEqual(Array.from({ length: 18 }, (_, i) => [UNITS[(i + 1) % 7]]));
  });

  it('fixtures/tables/pdftotext-ministry-groups.txt: Roman group rows, a page break with blank lines, columns one space apart', async () => {
    // (real pdftotext output of a ministry appendix: group rows "I     HOÀN THIỆN …" and "III KHOA HỌC …",
    // row numbers on the middle line, "Khoa học và Công của Bộ" where "của Bộ" starts the product column)
    const { register: r } = await extractFile('fixtures/tables/pdftotext-ministry-groups.txt', { config: null });
    const t = r.tasks.filter((x) => x.origin === 'appendix');
    expect(t.map((x) => x.id)).toEqual(Array.from({ length: 18 }, (_, i) => `DM.${i + 1}`));
    expect([...new Set(t.map((x) => x.sectionTitles[x.sectionTitles.length - 1]))]).toEqual([
      'I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH',
      'II. KIỂM TRA, GIÁM SÁT VÀ XỬ LÝ VI PHẠM',
      'III. KHOA HỌC, CÔNG NGHỆ VÀ HỢP TÁC QUỐC TẾ',
      'IV. TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC',
      'V. THEO DÕI, TỔNG HỢP, BÁO CÁO',
    ]);
    expect(t.slice(0, 9).map((x) => [x.lead, x.support])).toEqual([
      [['Cục Môi trường'], ['Vụ Pháp chế', 'Vụ Khoa học và Công nghệ']],
      [['Vụ Kế hoạch - Tài chính'], ['Cục Môi trường']],
      [['Cục Môi trường'], ['Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế']],
      [['Vụ Pháp chế'], ['Cục Môi trường', 'Vụ Kế hoạch - Tài chính']],
      [['Thanh tra Bộ'], ['Cục Môi trường']],
      [['Thanh tra Bộ'], ['Cục Môi trường', 'Sở Nông nghiệp và Môi trường các tỉnh, thành phố']],
      [['Cục Môi trường'], ['Cục Viễn thám quốc gia']],
      [['Cục Chuyển đổi số'], ['Cục Môi trường']],
      [['Vụ Khoa học và Công nghệ'], ['Cục Môi trường', 'Viện Khoa học môi trường, biển và hải đảo']],
    ]);
    expect(t[0]!.appendix?.product).toBe('Thông tư của Bộ trưởng');
  });

  it('fixtures/tables/pdftotext-portrait-squeezed.txt: header names printed one space apart, away from their columns', async () => {
    // (real pdftotext output of a narrow portrait table: "Đơn vị chủ Đơn vị phối hợp Thời gian Ghi"; a row's
    // number line with a piece in every column gives that row's columns. Rows 2, 5 and 10, whose
    // columns touch on every line, are not read right yet.)
    const { register: r } = await extractFile('fixtures/tables/pdftotext-portrait-squeezed.txt', { config: null });
    const t = new Map(r.tasks.filter((x) => x.origin === 'appendix').map((x) => [x.id, x]));
    expect(r.appendices[0]!.header?.columns.map((c) => c.role)).toEqual(['tt', 'content', 'lead', 'support', 'deadline']);
    expect(['DM.1', 'DM.4', 'DM.6', 'DM.7', 'DM.8', 'DM.11'].map((id) => [id, t.get(id)!.lead, t.get(id)!.support])).toEqual([
      ['DM.1', ['Văn phòng HĐND và UBND'], ['Phòng Văn hóa - Xã hội']],
      ['DM.4', ['Văn phòng HĐND và UBND'], ['Phòng Kinh tế, Hạ tầng và Đô thị']],
      ['DM.6', ['Phòng Kinh tế, Hạ tầng và Đô thị'], ['Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên']],
      ['DM.7', ['Phòng Văn hóa - Xã hội'], ['Các tổ dân phố', 'Đoàn Thanh niên']],
      ['DM.8', ['Công an phường'], ['Các tổ dân phố']],
      ['DM.11', ['Văn phòng HĐND và UBND'], ['Các phòng chuyên môn']],
    ]);
  });

  it('a Roman group row above rows centred vertically is one line of its own', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    const lines = readFileSync('fixtures/tables/pdftotext-cells-centred.txt', 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('Xây dựng kho dữ liệu'));
    lines.splice(at, 0, 'I    NHÓM NHIỆM VỤ VỀ DỮ LIỆU');
    const text = lines.join('\n');
    const r = buildRegister({ text, path: 'x.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
    const t = r.tasks.filter((x) => x.origin === 'appendix');
    expect(t.map((x) => [x.text.slice(0, 30), x.lead])).toEqual([
      ['Xây dựng kho dữ liệu dùng chun', ['Sở Khoa học và Công nghệ']],
      ['Triển khai ký số trên thiết bị', ['Văn phòng UBND tỉnh']],
      ['Số hóa hồ sơ, kết quả giải quy', ['UBND các xã, phường']],
      ['Đào tạo kỹ năng số cho người d', ['Sở Giáo dục và Đào tạo']],
      ['Rà soát, chuẩn hóa dữ liệu đất', ['Sở Nông nghiệp và Môi trường']],
    ]);
    expect(t[0]!.sectionTitles[t[0]!.sectionTitles.length - 1]).toBe('I. NHÓM NHIỆM VỤ VỀ DỮ LIỆU');
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
