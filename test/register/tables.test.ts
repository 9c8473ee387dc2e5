// Appendix task tables (DANH MỤC / PHỤ LỤC): rows, continuation rows, unit cells, fallbacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';
import { columnRole, splitUnitCell } from '../../src/parse/table.js';
import { validateText } from '../../src/validate/index.js';

function registerOf(text: string): Register {
  return buildRegister({ text, path: 'x.md', sha256: sha256(text), format: 'markdown', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
}

/** A short plan whose appendix is the given table lines. */
function planWithTable(rows: string[]): string {
  return [
    'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
    '',
    'Số: 15/KH-UBND',
    '',
    'KẾ HOẠCH',
    'Chuyển đổi số năm 2026',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích: thúc đẩy chuyển đổi số.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Khoa học và Công nghệ theo dõi, đôn đốc.',
    '',
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ',
    '',
    ...rows,
    '',
  ].join('\n');
}

const appendixTasks = (r: Register) => r.tasks.filter((t) => t.origin === 'appendix');

describe('two appendices, each with its table', () => {
  it('the head of the next appendix ("PHỤ LỤC II" and its title, no caption) ends the table before it: no group row of it, no row of its table', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
        '|---|---|---|---|---|',
        '| 1 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Công an tỉnh | Quý II/2026 |',
        '',
        '**PHỤ LỤC II**',
        '',
        '**CHẾ ĐỘ BÁO CÁO**',
        '',
        '| TT | Nội dung báo cáo | Đơn vị thực hiện | Thời hạn |',
        '|---|---|---|---|',
        '| 1 | Kết quả chuyển đổi số | Sở Khoa học và Công nghệ | Trước ngày 15/6/2026 |',
      ]),
    );
    expect(r.appendices.map((a) => [a.id, a.title, a.source.line, a.source.endLine])).toEqual([
      ['DM', 'PHỤ LỤC DANH MỤC NHIỆM VỤ', 14, 19],
      ['DM2', 'PHỤ LỤC II CHẾ ĐỘ BÁO CÁO', 21, 27],
    ]);
    expect(appendixTasks(r).map((t) => [t.id, t.text, t.sectionTitles, t.deadline?.due])).toEqual([
      ['DM.1', 'Xây dựng kho dữ liệu dùng chung', ['PHỤ LỤC DANH MỤC NHIỆM VỤ'], '2026-06-30'],
      ['DM2.1', 'Kết quả chuyển đổi số', ['PHỤ LỤC II CHẾ ĐỘ BÁO CÁO'], '2026-06-15'],
    ]);
  });
});

describe('appendix rows without TT', () => {
  it('a full row of its own (content, unit and deadline cells) under a filled row is a task of its own', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |',
        '|---|---|---|---|',
        '| 1 | Hỗ trợ doanh nghiệp chuyển đổi số | Sở Công Thương | Năm 2026 |',
        '| | Tổ chức hội thảo giới thiệu giải pháp | Sở Công Thương | Tháng 10/2026 |',
        '| 2 | Xây dựng kho dữ liệu dùng chung của tỉnh, bao gồm | Sở Khoa học và | Quý III/ |',
        '| | dữ liệu đất đai | Công nghệ | 2026 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.text, t.lead, t.deadline?.due ?? null])).toEqual([
      ['Hỗ trợ doanh nghiệp chuyển đổi số', ['Sở Công Thương'], '2026-12-31'],
      ['Tổ chức hội thảo giới thiệu giải pháp', ['Sở Công Thương'], '2026-10-31'],
      ['Xây dựng kho dữ liệu dùng chung của tỉnh, bao gồm dữ liệu đất đai', ['Sở Khoa học và Công nghệ'], '2026-09-30'],
    ]);
  });

  it('the reviewer table (fixtures/tables/v12): row L28 is not merged into row 3', async () => {
    const { register: r } = await extractFile('fixtures/tables/v12_appendix_single_unit_column.md', { config: null });
    const t = appendixTasks(r);
    expect(t.map((x) => x.source.line)).toEqual([24, 25, 27, 28]);
    expect(t[2]!.lead).toEqual(['Sở Công Thương']);
    expect(t[2]!.deadline?.raw).toBe('Năm 2025');
    expect(t[3]!.deadline?.raw).toBe('Tháng 10/2025');
  });
});

describe('one "Đơn vị thực hiện" column naming both roles', () => {
  it('splits labelled, marked and sentence cells', () => {
    expect(splitUnitCell('Chủ trì: Văn phòng UBND tỉnh; Phối hợp: Sở Khoa học và Công nghệ')).toEqual({ lead: 'Văn phòng UBND tỉnh', support: 'Sở Khoa học và Công nghệ' });
    expect(splitUnitCell('Sở Y tế (chủ trì); các sở, ngành (phối hợp)')).toEqual({ lead: 'Sở Y tế', support: 'các sở, ngành' });
    expect(splitUnitCell('Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp')).toEqual({ lead: 'Sở Y tế', support: 'Sở Tài chính, Sở Nội vụ' });
    // a line break in the cell (<br>, kept as U+2028) ends a clause like ";"
    expect(splitUnitCell('Chủ trì: Sở Y tế\u2028Phối hợp: Sở Tài chính')).toEqual({ lead: 'Sở Y tế', support: 'Sở Tài chính' });
    expect(splitUnitCell('Sở Y tế (chủ trì)\u2028Sở Tài chính (phối hợp)')).toEqual({ lead: 'Sở Y tế', support: 'Sở Tài chính' });
    expect(splitUnitCell('Sở Y tế chủ trì, phối hợp với Sở Tài chính')).toEqual({ lead: 'Sở Y tế', support: 'Sở Tài chính' });
    expect(splitUnitCell('Sở Y tế')).toBeNull();
  });

  it('gives the task its lead and support (fixtures/tables/v12 L24, L25)', async () => {
    const { register: r } = await extractFile('fixtures/tables/v12_appendix_single_unit_column.md', { config: null });
    const t = appendixTasks(r);
    expect(t.slice(0, 2).map((x) => [x.lead, x.support])).toEqual([
      [['Văn phòng UBND tỉnh'], ['Sở Khoa học và Công nghệ']],
      [['Sở Khoa học và Công nghệ'], ['Các sở, ngành']],
    ]);
    expect(r.diagnostics.filter((d) => d.rule === 'task/no-lead' && d.line >= 20)).toEqual([]);
  });
});

describe('an empty lead cell next to an authority column', () => {
  it('takes the lead from "Cơ quan chịu trách nhiệm quản lý nhà nước" when the lead cell is empty', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
        '|---|---|---|---|---|---|',
        '| 1 | Trình phê duyệt đề án | Bộ Xây dựng | Vụ Kế hoạch - Tài chính | Văn phòng Bộ | Quý I/2026 |',
        '| 2 | Phê duyệt đề án | Thủ tướng Chính phủ | | | Quý II/2026 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.text, t.lead, t.assignedBy])).toEqual([
      ['Trình phê duyệt đề án', ['Vụ Kế hoạch - Tài chính'], 'appendix-column'],
      ['Phê duyệt đề án', ['Thủ tướng Chính phủ'], 'appendix-column'],
    ]);
    expect(r.diagnostics.filter((d) => d.rule === 'table/lead-from-authority').map((d) => d.line)).toEqual([appendixTasks(r)[1]!.source.line]);
  });

  it('corpus 02 (BXD QĐ 836) rows L72 and L87 "Phê duyệt … | Thủ tướng Chính phủ | |"', async () => {
    const { register: r } = await extractFile('fixtures/tables/02_bxd_qd836_kh_lap_quy_hoach_vlxd.txt', { config: null });
    for (const line of [72, 87]) {
      const t = r.tasks.find((x) => x.source.line === line)!;
      expect(t.lead).toEqual(['Thủ tướng Chính phủ']);
      expect(r.diagnostics.filter((d) => d.rule === 'task/no-lead' && d.line === line)).toEqual([]);
    }
  });
});

describe('a table whose cells a PDF converter scattered over plain lines', () => {
  const scattered = [
    '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |',
    '|---|---|---|---|---|',
    'I Xây dựng cơ chế, chính sách',
    '| phần đầu | của ô | | | |',
    '1 Chính sách hỗ trợ doanh nghiệp',
    '1.1 Cơ chế về miễn giảm thuế, tiền thuê đất  Sở Tài chính  x  2025-2026',
    'dòng nối tiếp của nội dung',
    '| | | UBND các xã | | |',
    '| 1.2 | | Sở Xây dựng | | 2026 |',
    'Nội dung ô bị tách dòng',
    '| phần cuối | | | | |',
  ];

  it('reads one task per numbered row with the lead and deadline of its number line, and says so', () => {
    const r = registerOf(planWithTable(scattered));
    const t = appendixTasks(r);
    expect(t.map((x) => [x.appendix?.tt, x.lead, x.deadline?.raw ?? null, x.sectionPath])).toEqual([
      ['1.1', ['Sở Tài chính'], '2025-2026', ['DM', 'DM.I', 'DM.1']],
      ['1.2', ['Sở Xây dựng'], '2026', ['DM', 'DM.I', 'DM.1']],
    ]);
    expect(t[0]!.text).toBe('Cơ chế về miễn giảm thuế, tiền thuê đất');
    expect(t[0]!.appendix?.extra['Nội dung dòng (chưa tách cột)']).toContain('dòng nối tiếp của nội dung');
    expect(r.diagnostics.filter((d) => d.rule === 'table/unaligned-row').map((d) => [d.line, d.severity])).toEqual(t.map((x) => [x.source.line, 'warning']));
  });

  it('corpus 03 (Huế KH 275) appendix: numbered rows become tasks, none vanishes silently', async () => {
    const { register: r } = await extractFile('fixtures/tables/03_hue_kh275_phat_trien_du_lich.txt', { config: null });
    const t = appendixTasks(r);
    expect(t.length).toBeGreaterThanOrEqual(40);
    const at = (line: number) => t.find((x) => x.source.line === line)!;
    expect([at(696).text, at(696).lead, at(696).deadline?.raw]).toEqual(['Cơ chế về miễn giảm thuế, tiền thuê đất', ['Sở Tài chính'], '2025-2026']);
    expect([at(705).lead, at(705).deadline?.raw]).toEqual([['Sở Tài chính'], '2025-2026']);
    const flagged = new Set(r.diagnostics.filter((d) => d.rule === 'table/unaligned-row').map((d) => d.line));
    for (const x of t) expect(flagged.has(x.source.line)).toBe(true);
    // Rows without a lead are errors, not silent.
    for (const x of t.filter((y) => !y.lead.length)) expect(r.diagnostics.some((d) => d.rule === 'table/unaligned-row' && d.line === x.source.line && d.severity === 'error')).toBe(true);
  });
});

describe('line breaks inside cells (fixtures/tables/cell-line-breaks.md)', () => {
  it('a <br> or one <p> after another separates the units of a unit cell, and is a space elsewhere', async () => {
    const { register: r } = await extractFile('fixtures/tables/cell-line-breaks.md', { config: null });
    const t = r.tasks.filter((x) => x.origin === 'appendix');
    expect(t.map((x) => [x.text, x.lead, x.support])).toEqual([
      ['Rà soát, chuẩn hóa dữ liệu dân cư phục vụ cấp dịch vụ công trực tuyến', ['Công an xã'], ['Văn phòng HĐND và UBND', 'Các thôn']],
      ['Phổ cập chữ ký số cho người dân', ['Tổ Công nghệ số cộng đồng'], ['Viettel Nghệ An', 'VNPT Nghệ An', 'Bưu điện xã']],
      // a line that does not start a unit continues the name before it
      ['Nâng cấp hạ tầng mạng nội bộ', ['Văn phòng HĐND và UBND'], ['Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công']],
      ['Tập huấn kỹ năng số cho cán bộ, công chức', ['Phòng Văn hóa - Xã hội'], ['Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ']],
      ['Báo cáo kết quả thực hiện', ['Văn phòng HĐND và UBND'], ['Thuế tỉnh Nghệ An', 'Công an xã']],
    ]);
    expect(JSON.stringify(r)).not.toContain('\u2028');
  });

  it('header and signature laid out as tables with <br> are read line by line', async () => {
    const { register: r } = await extractFile('fixtures/tables/cell-line-breaks.md', { config: null });
    expect(r.document.issuer?.text).toBe('ỦY BAN NHÂN DÂN / XÃ NAM ĐÀN');
    expect(r.document.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', name: 'Nguyễn Văn An' });
    expect(r.document.recipients.map((x) => x.text)).toEqual(['UBND tỉnh;', 'Lưu: VT.']);
    // the signature row is no task
    expect(r.tasks.some((x) => x.text.includes('Nơi nhận'))).toBe(false);
  });
});

describe('a header over two rows whose other cells span both rows', () => {
  // fixtures: /tmp/review3 plan 02 (Quảng Ninh, "Bình dân học vụ số"), lines 77–78
  const html = [
    '<table>',
    '<thead>',
    '<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung nhiệm vụ</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian hoàn thành</th></tr>',
    '<tr><th>Chủ trì</th><th>Phối hợp</th></tr>',
    '</thead>',
    '<tbody>',
    '<tr><td>1</td><td>Xây dựng bộ tài liệu tuyên truyền</td><td>Sở Khoa học và Công nghệ</td><td>Sở Giáo dục và Đào tạo;<br>Tỉnh Đoàn</td><td>Tháng 8/2025</td></tr>',
    '<tr><td>2</td><td>Phát động phong trào thi đua</td><td>Sở Nội vụ</td><td>Các sở, ban, ngành</td><td>Tháng 9/2025</td></tr>',
    '</tbody>',
    '</table>',
  ];

  it('HTML rowspan/colspan: "Đơn vị thực hiện" over "Chủ trì | Phối hợp" gives a lead and a support column', () => {
    const r = registerOf(planWithTable(html));
    expect(r.appendices[0]!.header!.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nội dung nhiệm vụ', 'content'],
      ['Đơn vị thực hiện - Chủ trì', 'lead'],
      ['Đơn vị thực hiện - Phối hợp', 'support'],
      ['Thời gian hoàn thành', 'deadline'],
    ]);
    expect(r.appendices[0]!.repeatedHeaderLines).toEqual([]);
    expect(appendixTasks(r).map((t) => [t.lead, t.support])).toEqual([
      [['Sở Khoa học và Công nghệ'], ['Sở Giáo dục và Đào tạo', 'Tỉnh Đoàn']],
      [['Sở Nội vụ'], ['Các sở, ban, ngành']],
    ]);
  });

  describe('an HTML row whose cell is merged over the content and unit columns (colspan) keeps its row', () => {
    const table = (row: string) => [
      '<table>',
      '<tr><th>TT</th><th>Đơn vị chủ trì</th><th>Nội dung nhiệm vụ</th><th>Đơn vị phối hợp</th><th>Thời gian thực hiện</th></tr>',
      '<tr><td>1</td><td>Phòng Văn hóa - Xã hội</td><td>Tuyên truyền nếp sống văn minh</td><td>Đoàn Thanh niên phường</td><td>Tháng 11/2027</td></tr>',
      row,
      '<tr><td>3</td><td>Công an phường</td><td>Xử lý vi phạm trật tự đô thị</td><td>Phòng Kinh tế</td><td>Thường xuyên</td></tr>',
      '</table>',
    ];
    const rows = (r: Register) => appendixTasks(r).map((t) => [t.appendix?.tt, t.text, t.lead, t.support]);

    it('labelled fields after a line break ("<br>Chủ trì: …; Phối hợp: …") are its lead and support', () => {
      const r = registerOf(planWithTable(table('<tr><td>2</td><td colspan="3">Ra quân tổng vệ sinh môi trường<br>Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị; Phối hợp: Phòng Văn hóa - Xã hội, các Tổ dân phố</td><td>Tháng 12/2027</td></tr>')));
      expect(rows(r)[1]).toEqual(['2', 'Ra quân tổng vệ sinh môi trường', ['Phòng Kinh tế, Hạ tầng và Đô thị'], ['Phòng Văn hóa - Xã hội', 'Các tổ dân phố']]);
      expect(appendixTasks(r)[1]!.deadline?.due).toBe('2027-12-31');
      expect(r.diagnostics.filter((d) => d.rule === 'table/empty-row')).toEqual([]);
    });

    it('fields after a clause ("…; chủ trì: …; thời gian: …") too, the time into an empty deadline cell', () => {
      const r = registerOf(planWithTable(table('<tr><td>2</td><td colspan="3">Ra quân tổng vệ sinh môi trường; chủ trì: Phòng Kinh tế; thời gian: Quý IV/2027</td><td></td></tr>')));
      expect(rows(r)[1]).toEqual(['2', 'Ra quân tổng vệ sinh môi trường', ['Phòng Kinh tế'], []]);
      expect(appendixTasks(r)[1]!.deadline?.due).toBe('2027-12-31');
    });

    it('a merged cell without labels is the content, its row a task without lead', () => {
      const r = registerOf(planWithTable(table('<tr><td>2</td><td colspan="3">Ra quân tổng vệ sinh môi trường</td><td>Tháng 12/2027</td></tr>')));
      expect(rows(r).map((x) => x[0])).toEqual(['1', '2', '3']);
      expect(rows(r)[1]).toEqual(['2', 'Ra quân tổng vệ sinh môi trường', [], []]);
    });

    it('a field with no column to go to stays in the text: nothing is dropped', () => {
      const r = registerOf(planWithTable(table('<tr><td>2</td><td colspan="3">Ra quân tổng vệ sinh môi trường<br>Chủ trì: Phòng Kinh tế<br>Sản phẩm: báo cáo</td><td>Tháng 12/2027</td></tr>')));
      expect(rows(r)[1]!.slice(0, 3)).toEqual(['2', 'Ra quân tổng vệ sinh môi trường Chủ trì: Phòng Kinh tế Sản phẩm: báo cáo', ['Phòng Kinh tế']]);
    });
  });

  it('pipe rows that repeat the cells spanning both rows read the same way', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | | Thời gian hoàn thành |',
        '| TT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành |',
        '|---|---|---|---|---|',
        '| 1 | Xây dựng bộ tài liệu tuyên truyền | Sở Khoa học và Công nghệ | Tỉnh Đoàn | Tháng 8/2025 |',
      ]),
    );
    expect(r.appendices[0]!.header!.columns.map((c) => c.name)).toEqual(['TT', 'Nội dung nhiệm vụ', 'Đơn vị thực hiện - Chủ trì', 'Đơn vị thực hiện - Phối hợp', 'Thời gian hoàn thành']);
    expect(appendixTasks(r).map((t) => [t.lead, t.support])).toEqual([[['Sở Khoa học và Công nghệ'], ['Tỉnh Đoàn']]]);
  });

  it('a header repeated whole right under itself is no second header row', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
        '| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
        '| 1 | Xây dựng bộ tài liệu tuyên truyền | Sở Khoa học và Công nghệ | Tỉnh Đoàn | Tháng 8/2025 |',
      ]),
    );
    expect(r.appendices[0]!.header!.columns.map((c) => c.name)).toEqual(['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian']);
    expect(appendixTasks(r).map((t) => [t.lead, t.support])).toEqual([[['Sở Khoa học và Công nghệ'], ['Tỉnh Đoàn']]]);
  });
});

describe('task ids of rows under group rows', () => {
  it('numbering that starts again under each Roman group takes the group: DM.I.1, DM.II.1 (not DM.1#2)', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |',
        '|---|---|---|---|---|',
        '| **I** | **Hoàn thiện thể chế** | | | |',
        '| 1 | Xây dựng Đề án trung tâm logistics | Sở Công Thương | Sở Tài chính | Quý III/2027 |',
        '| 2 | Rà soát quy hoạch cảng cạn | Sở Xây dựng | | Quý IV/2027 |',
        '| **II** | **Chuyển đổi số** | | | |',
        '| 1 | Triển khai Cổng thông tin một cửa | Sở Xây dựng | | Tháng 9/2027 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => t.id)).toEqual(['DM.I.1', 'DM.I.2', 'DM.II.1']);
    // numbered on through the groups: the numbers alone are unique ids
    const on = registerOf(
      planWithTable([
        '| TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |',
        '|---|---|---|---|---|',
        '| **I** | **Hoàn thiện thể chế** | | | |',
        '| 1 | Xây dựng Đề án trung tâm logistics | Sở Công Thương | Sở Tài chính | Quý III/2027 |',
        '| **II** | **Chuyển đổi số** | | | |',
        '| 2 | Triển khai Cổng thông tin một cửa | Sở Xây dựng | | Tháng 9/2027 |',
      ]),
    );
    expect(appendixTasks(on).map((t) => t.id)).toEqual(['DM.1', 'DM.2']);
  });
});

describe('numbered group rows (1 above 1.1, 1.2)', () => {
  // /tmp/review3 plan 01 (BKHCN, NQ 57), lines 90/94/98
  it('a row with only its number and content, numbered as the prefix of the rows below, is their group', () => {
    const r = registerOf(
      planWithTable([
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
        '|:---:|---|---|---|:---:|',
        '| **1** | **Hoàn thiện thể chế** | | | |',
        '| 1.1 | Xây dựng Thông tư quy định cơ chế khoán | Vụ Pháp chế | Văn phòng Bộ | Quý III/2025 |',
        '| 1.2 | Sửa đổi quy chế quản lý Quỹ | Vụ Pháp chế | | Quý IV/2025 |',
        '| 2 | Hạ tầng số và dữ liệu | | | |',
        '| 2.1 | Dữ liệu đổi mới sáng tạo | | | |',
        '| 2.1.1 | Xây dựng cơ sở dữ liệu khoa học và công nghệ | Cục Thông tin, Thống kê | | Năm 2025 |',
        '| 2.2 | Triển khai nền tảng ký số | Trung tâm Công nghệ thông tin | | Năm 2025 |',
        '| 3 | Tổng kết kết quả thực hiện Kế hoạch | Văn phòng Bộ | | Tháng 12/2025 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.appendix?.tt, t.lead, t.sectionPath.slice(1)])).toEqual([
      ['1.1', ['Vụ Pháp chế'], ['DM.1']],
      ['1.2', ['Vụ Pháp chế'], ['DM.1']],
      ['2.1.1', ['Cục Thông tin, Thống kê'], ['DM.2', 'DM.2.1']],
      ['2.2', ['Trung tâm Công nghệ thông tin'], ['DM.2']],
      ['3', ['Văn phòng Bộ'], []],
    ]);
    expect(appendixTasks(r)[0]!.sectionTitles[1]).toBe('1. Hoàn thiện thể chế');
    expect(r.diagnostics.filter((d) => d.rule === 'task/no-lead' || d.rule === 'task/no-deadline')).toEqual([]);
  });

  it('a numbered row with only content and no rows numbered under it stays a task', () => {
    const r = registerOf(
      planWithTable([
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
        '|---|---|---|---|',
        '| 1 | Rà soát văn bản quy phạm pháp luật | | |',
        '| 2 | Xây dựng cơ sở dữ liệu | Cục Thông tin, Thống kê | Năm 2025 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => t.appendix?.tt)).toEqual(['1', '2']);
  });
});

describe('lead cells merged over several rows in a pipe table', () => {
  // /tmp/review3 plan 08 (Sở GDĐT Gia Lai), lines 59–68: the converter kept a merged lead cell's text in its first row only
  const merged = [
    '| TT | Đơn vị chủ trì | Nội dung nhiệm vụ | Đơn vị phối hợp | Thời gian thực hiện |',
    '|----|----|----|----|----|',
    '| 1 | Văn phòng Sở | Triển khai hệ thống quản lý văn bản và điều hành | Các phòng thuộc Sở | Tháng 9/2025 |',
    '| 2 |  | Cập nhật, công khai thủ tục hành chính | Các phòng thuộc Sở | Tháng 10/2025 |',
    '| 3 |  | Tổ chức tập huấn ứng dụng trí tuệ nhân tạo | Phòng Tổ chức cán bộ | Quý IV/2025 |',
    '| 4 | Phòng Giáo dục phổ thông | Triển khai học bạ số | Các trường trung học phổ thông | Trước ngày 31/10/2025 |',
    '| 5 |  | Hướng dẫn tổ chức dạy học trực tuyến | Phòng Giáo dục mầm non và tiểu học |  |',
    '| 6 | Thanh tra Sở | Kiểm tra an toàn thông tin | Văn phòng Sở | Quý I/2026 |',
  ];
  const leads = (rows: string[]) => appendixTasks(registerOf(planWithTable(rows))).map((t) => [t.appendix?.tt, t.lead]);

  it('an empty lead cell under a row with a lead, numbered next, is the same merged cell', () => {
    const r = registerOf(planWithTable(merged));
    expect(appendixTasks(r).map((t) => [t.appendix?.tt, t.lead, t.assignedBy])).toEqual([
      ['1', ['Văn phòng Sở'], 'appendix-column'],
      ['2', ['Văn phòng Sở'], 'appendix-column'],
      ['3', ['Văn phòng Sở'], 'appendix-column'],
      ['4', ['Phòng Giáo dục phổ thông'], 'appendix-column'],
      ['5', ['Phòng Giáo dục phổ thông'], 'appendix-column'],
      ['6', ['Thanh tra Sở'], 'appendix-column'],
    ]);
    const at = (tt: string) => appendixTasks(r).find((t) => t.appendix?.tt === tt)!.source.line;
    expect(r.diagnostics.filter((d) => d.rule === 'table/lead-from-row-above').map((d) => [d.line, d.severity])).toEqual([
      [at('2'), 'info'],
      [at('3'), 'info'],
      [at('5'), 'info'],
    ]);
    expect(r.diagnostics.filter((d) => d.rule === 'task/no-lead')).toEqual([]);
  });

  it('is not done when an empty lead cannot be a merged cell anywhere in the table', () => {
    const none = (rows: string[]) => leads(rows).filter(([, l]) => (l as string[]).length === 0).map(([tt]) => tt);
    // the first row has no lead: an empty lead means no lead in this table
    expect(none([merged[0]!, merged[1]!, '| 1 |  | Rà soát văn bản | Các phòng thuộc Sở | Tháng 9/2025 |', ...merged.slice(2)])).toEqual(['1', '2', '3', '5']);
    // a row that is not numbered next (a gap: 3 after 1)
    expect(none([...merged.slice(0, 3), '| 3 |  | Cập nhật thủ tục hành chính | Các phòng thuộc Sở | Tháng 10/2025 |', ...merged.slice(5)])).toEqual(['3', '5']);
    // a half row: nothing but its content
    expect(none([...merged.slice(0, 6), '| 5 |  | Hướng dẫn dạy học trực tuyến |  |  |', merged[7]!])).toEqual(['2', '3', '5']);
    // the first row under a new group
    expect(none([...merged.slice(0, 3), '| II | Cải cách hành chính | | | |', ...merged.slice(3)])).toEqual(['2', '3', '5']);
    // the lead is the last column and is left blank at the end of the row
    expect(
      none([
        '| TT | Nội dung nhiệm vụ | Thời gian | Đơn vị chủ trì |',
        '|---|---|---|---|',
        '| 1 | Triển khai hệ thống quản lý văn bản | Tháng 9/2025 | Văn phòng Sở |',
        '| 2 | Cập nhật thủ tục hành chính | Tháng 10/2025 |  |',
        '| 3 | Triển khai học bạ số | Tháng 10/2025 | Phòng Giáo dục phổ thông |',
      ]),
    ).toEqual(['2']);
    // the lead above is the row's cooperating unit: a unit does not cooperate with itself
    expect(none([...merged.slice(0, 6), '| 5 |  | Hướng dẫn dạy học trực tuyến | Phòng Giáo dục phổ thông | Quý I/2026 |', merged[7]!])).toEqual(['2', '3', '5']);
    // only one row has a lead of its own
    expect(none([merged[0]!, merged[1]!, merged[2]!, merged[3]!, merged[4]!])).toEqual(['2', '3']);
  });

  it('is not done in an HTML table, where a merged cell is a rowspan', () => {
    const r = registerOf(
      planWithTable([
        '<table>',
        '<tr><th>TT</th><th>Đơn vị chủ trì</th><th>Nội dung nhiệm vụ</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>',
        '<tr><td>1</td><td>Văn phòng Sở</td><td>Triển khai hệ thống quản lý văn bản</td><td>Các phòng thuộc Sở</td><td>Tháng 9/2025</td></tr>',
        '<tr><td>2</td><td></td><td>Cập nhật thủ tục hành chính</td><td>Các phòng thuộc Sở</td><td>Tháng 10/2025</td></tr>',
        '<tr><td>3</td><td>Thanh tra Sở</td><td>Kiểm tra an toàn thông tin</td><td>Văn phòng Sở</td><td>Quý I/2026</td></tr>',
        '</table>',
      ]),
    );
    expect(appendixTasks(r).map((t) => t.lead)).toEqual([['Văn phòng Sở'], [], ['Thanh tra Sở']]);
  });
});

describe('"Thời gian" over "Bắt đầu | Hoàn thành"', () => {
  it('the deadline is the "Hoàn thành" sub-column, not the start', () => {
    const text = [
      'KẾ HOẠCH',
      'Thử nghiệm năm 2026',
      '',
      'I. NHIỆM VỤ',
      'Các nhiệm vụ tại Phụ lục.',
      '',
      'PHỤ LỤC',
      '',
      '| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | |',
      '|---|---|---|---|---|---|',
      '| | | | | Bắt đầu | Hoàn thành |',
      '| 1 | Xây dựng Thông tư hướng dẫn | Cục Trồng trọt và Bảo vệ thực vật | Vụ Pháp chế | Tháng 02/2026 | Tháng 10/2026 |',
      '| 2 | Tổ chức diễn đàn | Vụ Hợp tác quốc tế | Văn phòng Bộ | | Tháng 8/2026 |',
      '| 3 | Tổng kết | Văn phòng Bộ | | 2026 | 2027 |',
      // "Thường xuyên" in a cell spanning both, left in the first by the converter
      '| 4 | Truyền thông | Văn phòng Bộ | | Thường xuyên | |',
    ].join('\n');
    const r = registerOf(text);
    expect(r.appendices[0]!.header?.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nhiệm vụ', 'content'],
      ['Đơn vị chủ trì', 'lead'],
      ['Đơn vị phối hợp', 'support'],
      ['Thời gian - Bắt đầu', 'other'],
      ['Thời gian - Hoàn thành', 'deadline'],
    ]);
    expect(appendixTasks(r).map((t) => t.deadline?.due ?? null)).toEqual(['2026-10-31', '2026-08-31', '2027-12-31', null]);
    expect(appendixTasks(r)[3]!.deadline?.kind).toBe('continuous');
    expect(r.diagnostics.filter((d) => d.rule === 'task/no-deadline' || d.rule === 'table/empty-row')).toEqual([]);
  });
});

describe('GFM delimiter rows', () => {
  // GFM allows delimiter cells of one hyphen or more with optional colons: ":--:", ":-", "-:", ":-:", "---".
  it('a delimiter row with short colon cells is no row of the table (no task ":--:")', () => {
    for (const delimiter of ['|:--:|:--|:--|:--|:--|', '| :-: | :- | -: | --- | :---: |', '|-:|:-|:-:|-|:--|']) {
      const r = registerOf(
        planWithTable([
          '| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
          delimiter,
          '| 1 | Rà soát mạng lưới trạm y tế | Sở Y tế | Sở Nội vụ | Quý I/2027 |',
          '| 2 | Bổ sung nhân lực cho trạm y tế xã | Sở Nội vụ | Sở Y tế | Quý II/2027 |',
        ]),
      );
      expect(appendixTasks(r).map((t) => [t.id, t.lead, t.deadline?.raw ?? null]), delimiter).toEqual([
        ['DM.1', ['Sở Y tế'], 'Quý I/2027'],
        ['DM.2', ['Sở Nội vụ'], 'Quý II/2027'],
      ]);
      expect(r.diagnostics.filter((d) => d.rule === 'deadline/unparsed' || d.rule === 'task/no-lead'), delimiter).toEqual([]);
      expect(r.unclassified, delimiter).toEqual([]);
    }
  });
});

describe('year columns marked "x" (a schedule laid out by year)', () => {
  // review 8 plan 03 (Tuyên Quang, du lịch cộng đồng 2026 – 2028): "2026 | 2027 | 2028" instead of a deadline column.
  const rows = [
    '| 1 | Khảo sát, xây dựng danh mục điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các xã, phường | x | | | |',
    '| 2 | Đầu tư đường giao thông kết nối điểm du lịch | Sở Xây dựng | Sở Tài chính | | x | x | Vốn đầu tư công |',
    '| 3 | Đào tạo kỹ năng làm du lịch cho hộ kinh doanh homestay | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ | ✓ | ✓ | ✓ | Mỗi năm 03 lớp |',
    '| 4 | Tổ chức Tuần Văn hóa - Du lịch cộng đồng vùng cao | Sở Văn hóa, Thể thao và Du lịch | UBND các xã, phường | | X | | Tháng 10 |',
    '| 5 | Khảo sát mức độ hài lòng của khách du lịch | Sở Văn hóa, Thể thao và Du lịch | | x | | x | |',
    '| 6 | Tổng kết thực hiện Kế hoạch | Sở Văn hóa, Thể thao và Du lịch | Các sở, ban, ngành | - | | | |',
  ];
  const deadlines = (r: Register) => appendixTasks(r).map((t) => (t.deadline ? [t.deadline.raw, t.deadline.kind, t.deadline.start, t.deadline.due, t.deadline.from] : null));
  const expected = [
    ['Năm 2026', 'year', '2026-01-01', '2026-12-31', 'column'],
    ['Năm 2027 – 2028', 'range', '2027-01-01', '2028-12-31', 'column'],
    ['Năm 2026 – 2028', 'range', '2026-01-01', '2028-12-31', 'column'],
    ['Năm 2027', 'year', '2027-01-01', '2027-12-31', 'column'],
    // years apart are read like any list of periods ("Năm 2026, năm 2028" in a deadline cell): the span
    ['Năm 2026, năm 2028', 'range', '2026-01-01', '2028-12-31', 'column'],
    // a dash marks no year
    null,
  ];

  it('"2026 | 2027 | 2028": the marked years are the deadline (one year, years in a row, years apart)', () => {
    const r = registerOf(planWithTable(['| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | 2026 | 2027 | 2028 | Ghi chú |', '|:---:|---|---|---|:---:|:---:|:---:|---|', ...rows]));
    expect(r.appendices[0]!.header!.columns.map((c) => [c.name, c.role])).toEqual([
      ['STT', 'tt'],
      ['Nhiệm vụ', 'content'],
      ['Cơ quan chủ trì', 'lead'],
      ['Cơ quan phối hợp', 'support'],
      ['2026', 'deadline'],
      ['2027', 'deadline'],
      ['2028', 'deadline'],
      ['Ghi chú', 'note'],
    ]);
    expect(deadlines(r)).toEqual(expected);
    expect(appendixTasks(r).map((t) => t.appendix?.extra)).toEqual(rows.map(() => ({})));
    expect(appendixTasks(r)[3]!.appendix?.note).toBe('Tháng 10');
  });

  it('"Năm 2026 | Năm 2027 | Năm 2028" read the same way', () => {
    const r = registerOf(planWithTable(['| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Năm 2026 | Năm 2027 | Năm 2028 | Ghi chú |', '|---|---|---|---|---|---|---|---|', ...rows]));
    expect(r.appendices[0]!.header!.columns.slice(4, 7).map((c) => [c.name, c.role])).toEqual([
      ['Năm 2026', 'deadline'],
      ['Năm 2027', 'deadline'],
      ['Năm 2028', 'deadline'],
    ]);
    expect(deadlines(r)).toEqual(expected);
  });

  it('a header over two rows: "Thời gian thực hiện" over "2026 | 2027 | 2028", in pipe rows and in HTML', () => {
    const pipe = registerOf(
      planWithTable(['| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | | | Ghi chú |', '|---|---|---|---|---|---|---|---|', '| | | | | 2026 | 2027 | 2028 | |', ...rows]),
    );
    const names = ['Thời gian thực hiện - 2026', 'Thời gian thực hiện - 2027', 'Thời gian thực hiện - 2028'];
    expect(pipe.appendices[0]!.header!.columns.slice(4, 7).map((c) => [c.name, c.role])).toEqual(names.map((n) => [n, 'deadline']));
    expect(deadlines(pipe)).toEqual(expected);
    const td = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = registerOf(
      planWithTable([
        '<table>',
        '<tr><th rowspan="2">STT</th><th rowspan="2">Nhiệm vụ</th><th rowspan="2">Cơ quan chủ trì</th><th rowspan="2">Cơ quan phối hợp</th><th colspan="3">Thời gian thực hiện</th><th rowspan="2">Ghi chú</th></tr>',
        '<tr><th>Năm 2026</th><th>Năm 2027</th><th>Năm 2028</th></tr>',
        ...rows.map((l) => td(splitCells(l))),
        '</table>',
      ]),
    );
    expect(html.appendices[0]!.header!.columns.slice(4, 7).map((c) => [c.name, c.role])).toEqual(['Năm 2026', 'Năm 2027', 'Năm 2028'].map((n) => [`Thời gian thực hiện - ${n}`, 'deadline']));
    expect(deadlines(html)).toEqual(expected);
  });

  it('a deadline cell of the row, when the table has a deadline column too, comes before the marks', () => {
    const r = registerOf(
      planWithTable([
        '| STT | Nhiệm vụ | Cơ quan chủ trì | 2026 | 2027 | Thời gian hoàn thành |',
        '|---|---|---|---|---|---|',
        '| 1 | Khảo sát điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | x | | Quý II/2026 |',
        '| 2 | Tổ chức Tuần Văn hóa - Du lịch | Sở Văn hóa, Thể thao và Du lịch | | x | |',
        '| 3 | Tổng kết thực hiện Kế hoạch | Sở Văn hóa, Thể thao và Du lịch | | | |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.deadline?.raw ?? null, t.deadline?.due ?? null])).toEqual([
      ['Quý II/2026', '2026-06-30'],
      ['Năm 2027', '2027-12-31'],
      [null, null],
    ]);
  });

  it('a table of figures by year ("Chỉ tiêu", "Đơn vị tính") has no year columns: its figures are no deadlines', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nội dung chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Cơ quan chủ trì |',
        '|---|---|---|---|---|---|',
        '| 1 | Số điểm du lịch cộng đồng đạt chuẩn | điểm | 10 | 15 | Sở Văn hóa, Thể thao và Du lịch |',
      ]),
    );
    expect(r.appendices[0]!.header!.columns.map((c) => c.role)).toEqual(['tt', 'content', 'other', 'other', 'other', 'lead']);
    expect(appendixTasks(r).map((t) => [t.deadline, t.appendix?.extra])).toEqual([[null, { 'Đơn vị tính': 'điểm', 'Năm 2026': '10', 'Năm 2027': '15' }]]);
  });
});

describe('year columns: fixtures/tables/year-columns.md', () => {
  it('"Thời gian thực hiện" over "Năm 2026 | Năm 2027 | Năm 2028", group rows, marks x/X/✓: every row has its deadline and validate is clean', async () => {
    const { register: r } = await extractFile('fixtures/tables/year-columns.md', { config: null });
    expect(appendixTasks(r).map((t) => [t.id, t.sectionPath, t.deadline?.raw, t.deadline?.kind, t.deadline?.due, t.appendix?.note])).toEqual([
      ['DM.1', ['DM', 'DM.I'], 'Năm 2026', 'year', '2026-12-31', null],
      ['DM.2', ['DM', 'DM.I'], 'Năm 2027 – 2028', 'range', '2028-12-31', '02 lễ hội'],
      ['DM.3', ['DM', 'DM.I'], 'Năm 2026 – 2028', 'range', '2028-12-31', 'Mỗi năm 02 lớp'],
      ['DM.4', ['DM', 'DM.II'], 'Năm 2027', 'year', '2027-12-31', null],
      ['DM.5', ['DM', 'DM.II'], 'Năm 2026, năm 2028', 'range', '2028-12-31', 'Sơ kết, tổng kết'],
    ]);
    expect(validateText({ text: readFileSync('fixtures/tables/year-columns.md', 'utf8') })).toEqual([]);
  });
});

/** The cells of a pipe row ("| a | b |" → ["a", "b"]). */
function splitCells(row: string): string[] {
  return row.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/);
}

describe('unit-duty tables ("Đơn vị | Nhiệm vụ": each row a unit and its duties)', () => {
  /** A plan whose section III gives the work in a table after an intro sentence. */
  const plan = (rows: string[]) =>
    [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      '',
      'Số: 41/KH-UBND',
      '',
      'Quảng Trị, ngày 10 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      'Phát triển thương mại điện tử năm 2026',
      '',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Đưa thương mại điện tử đến với người dân nông thôn.',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '',
      'Phân công các sở, ngành, địa phương thực hiện các nhiệm vụ sau:',
      '',
      ...rows,
      '',
      'III. KINH PHÍ',
      'Kinh phí thực hiện từ ngân sách nhà nước theo phân cấp.',
      '',
    ].join('\n');

  it('a table of two columns is read: each row led by its unit, one task per duty of the cell ("1. …<br>2. …", "- …<br>- …"), each with the time in its text', () => {
    const r = registerOf(
      plan([
        '| Cơ quan | Nội dung công việc |',
        '|---|---|',
        '| Sở Công Thương | 1. Chủ trì xây dựng sàn giao dịch nông sản của tỉnh, hoàn thành trước ngày 31/8/2026.<br>2. Chủ trì, phối hợp với Sở Tài chính bố trí kinh phí đào tạo; thời hạn: Quý II/2026. |',
        '| Sở Nông nghiệp và Môi trường | - Hướng dẫn hợp tác xã đưa sản phẩm OCOP lên sàn; thời gian: thường xuyên.<br>- Rà soát mã vùng trồng, trước ngày 30/9/2026. |',
        '| Công an tỉnh | Phòng ngừa lừa đảo trên không gian mạng; thời gian: năm 2026. |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.id, t.text.slice(0, 30).trim(), t.lead, t.support, t.deadline?.kind ?? null, t.deadline?.due ?? null])).toEqual([
      ['DM.1.1', 'Chủ trì xây dựng sàn giao dịch', ['Sở Công Thương'], [], 'date', '2026-08-31'],
      ['DM.1.2', 'Chủ trì, phối hợp với Sở Tài c', ['Sở Công Thương'], ['Sở Tài chính'], 'quarter', '2026-06-30'],
      ['DM.2.1', 'Hướng dẫn hợp tác xã đưa sản p', ['Sở Nông nghiệp và Môi trường'], [], 'continuous', null],
      ['DM.2.2', 'Rà soát mã vùng trồng, trước n', ['Sở Nông nghiệp và Môi trường'], [], 'date', '2026-09-30'],
      ['DM.3', 'Phòng ngừa lừa đảo trên không', ['Công an tỉnh'], [], 'year', '2026-12-31'],
    ]);
    expect(r.tasks.some((t) => t.text.startsWith('Phân công các sở'))).toBe(false);
    expect(r.tasks.find((t) => t.id === 'DM.2.1')!.marker).toBe('-');
  });

  it('the columns in the other order ("Nội dung nhiệm vụ | Cơ quan chủ trì") read the same; the intro sentence before the table is no task', () => {
    const r = registerOf(
      plan([
        '| Nội dung nhiệm vụ | Cơ quan chủ trì |',
        '|---|---|',
        '| Xây dựng sàn giao dịch nông sản | Sở Công Thương |',
        '| Đào tạo kỹ năng bán hàng trực tuyến | Sở Nông nghiệp và Môi trường |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.id, t.text, t.lead])).toEqual([
      ['DM.1', 'Xây dựng sàn giao dịch nông sản', ['Sở Công Thương']],
      ['DM.2', 'Đào tạo kỹ năng bán hàng trực tuyến', ['Sở Nông nghiệp và Môi trường']],
    ]);
    expect(r.tasks.some((t) => t.text.startsWith('Phân công các sở'))).toBe(false);
  });

  it('with a TT column ("TT | Đơn vị thực hiện | Nhiệm vụ") the duties of a cell are split the same way: DM.1.1, DM.1.2', () => {
    const r = registerOf(
      plan([
        '| TT | Đơn vị thực hiện | Nhiệm vụ |',
        '|---|---|---|',
        '| 1 | Sở Công Thương | 1. Xây dựng sàn giao dịch nông sản, hoàn thành trước ngày 31/8/2026.<br>2. Tổ chức hội chợ trực tuyến trong tháng 11/2026. |',
        '| 2 | Sở Tài chính | Bố trí kinh phí đào tạo; thời hạn: Quý II/2026. |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.id, t.marker, t.lead, t.deadline?.due ?? null])).toEqual([
      ['DM.1.1', '1.', ['Sở Công Thương'], '2026-08-31'],
      ['DM.1.2', '2.', ['Sở Công Thương'], '2026-11-30'],
      ['DM.2', '2', ['Sở Tài chính'], '2026-06-30'],
    ]);
  });

  it('a layout table of two columns (issuer | motto, recipients | signer) is no task table', () => {
    const r = registerOf(plan(['| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH |']));
    expect(appendixTasks(r)).toEqual([]);
  });
});

describe('one column naming both roles ("Cơ quan chủ trì/phối hợp")', () => {
  const rows = (head: string) => [
    `| STT | Nội dung hoạt động | ${head} | Thời gian thực hiện |`,
    '|---|---|---|---|',
    '| 1 | Mua sắm hóa chất, vật tư dự phòng | Sở Y tế/Sở Tài chính | Quý II/2026 |',
    '| 2 | Giám sát dịch bệnh trên đàn gia cầm | Sở Nông nghiệp và Môi trường/ Sở Y tế, UBND các xã, phường | Hằng quý |',
    '| 3 | Tuyên truyền phòng, chống dịch | Chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Y tế | Tháng 4/2026 |',
    '| 4 | Kiểm tra kiểm soát nhiễm khuẩn | Sở Y tế (chủ trì)/Bảo hiểm xã hội tỉnh | Quý IV/2026 |',
    '| 5 | Tổng hợp, báo cáo kết quả | Sở Y tế | Trước ngày 15/12/2026 |',
  ];
  const expected = [
    [['Sở Y tế'], ['Sở Tài chính']],
    [['Sở Nông nghiệp và Môi trường'], ['Sở Y tế', 'UBND các xã, phường']],
    [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Y tế']],
    [['Sở Y tế'], ['Bảo hiểm xã hội tỉnh']],
    [['Sở Y tế'], []],
  ];

  it('is the lead column: before the slash the lead, after it the support; a labelled cell ("Chủ trì: X; phối hợp: Y") is split too', () => {
    for (const head of ['Cơ quan chủ trì/phối hợp', 'Cơ quan chủ trì, phối hợp', 'Đơn vị chủ trì/Đơn vị phối hợp']) {
      const r = registerOf(planWithTable(rows(head)));
      expect(appendixTasks(r).map((t) => [t.lead, t.support]), head).toEqual(expected);
    }
  });

  it('a slash between two abbreviations belongs to a name ("HĐND/UBND"), not to the roles', () => {
    expect(splitUnitCell('Văn phòng HĐND/UBND tỉnh/Sở Nội vụ', true)).toEqual({ lead: 'Văn phòng HĐND/UBND tỉnh', support: 'Sở Nội vụ' });
    expect(splitUnitCell('Sở Y tế', true)).toBeNull();
  });

  it('in a plain lead column ("Cơ quan thực hiện") a slash names no roles, but "X (chủ trì)/Y" does', () => {
    const r = registerOf(planWithTable(rows('Cơ quan thực hiện')));
    expect(appendixTasks(r).map((t) => [t.lead, t.support])).toEqual([
      [['Sở Y tế', 'Sở Tài chính'], []],
      [['Sở Nông nghiệp và Môi trường', 'Sở Y tế', 'UBND các xã, phường'], []],
      [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Y tế']],
      [['Sở Y tế'], ['Bảo hiểm xã hội tỉnh']],
      [['Sở Y tế'], []],
    ]);
  });
});

describe('a lead column named by the kinds of unit that lead ("Khoa/Phòng chủ trì", review 10)', () => {
  it('"<unit kinds> chủ trì / thực hiện" is the lead column, as "Đơn vị chủ trì" is', () => {
    for (const name of ['Khoa/Phòng chủ trì', 'Khoa, phòng chủ trì', 'Phòng/Khoa thực hiện', 'Sở, ngành chủ trì', 'Bộ, ngành chủ trì', 'Tổ/Bộ phận thực hiện', 'Các khoa, phòng thực hiện', 'Đơn vị chủ trì']) {
      expect(columnRole(name), name).toBe('lead');
    }
    expect(columnRole('Khoa/Phòng phối hợp')).toBe('support');
    expect(columnRole('Khoa/Phòng chủ trì/phối hợp')).toBe('lead');
    // a figure achieved, a level of government, the content: no lead column
    expect(columnRole('Số thực hiện')).toBeNull();
    expect(columnRole('Cấp thực hiện')).toBeNull();
    expect(columnRole('Nội dung thực hiện')).toBe('content');
    expect(columnRole('Thời gian thực hiện')).toBe('deadline');
  });

  it('gives the rows their lead: hospital departments and their collectives', () => {
    const text = planWithTable([
      '| TT | Nội dung hoạt động | Khoa/Phòng chủ trì | Khoa/Phòng phối hợp | Thời gian |',
      '|---|---|---|---|---|',
      '| 1 | Giám sát tuân thủ vệ sinh tay | Khoa Kiểm soát nhiễm khuẩn | Phòng Điều dưỡng; Các khoa lâm sàng | Hằng tuần |',
      '| 2 | Bình bệnh án, bình đơn thuốc | Phòng Kế hoạch tổng hợp | Khoa Dược | Tuần đầu mỗi quý |',
      '| 3 | Cải tiến quy trình khám bệnh | Khoa Khám bệnh | Các khoa, phòng | Quý III/2026 |',
    ]);
    const r = registerOf(text);
    expect(appendixTasks(r).map((t) => [t.lead, t.support, t.deadline?.kind ?? null])).toEqual([
      [['Khoa Kiểm soát nhiễm khuẩn'], ['Phòng Điều dưỡng', 'Các khoa lâm sàng'], 'recurring'],
      [['Phòng Kế hoạch tổng hợp'], ['Khoa Dược'], 'recurring'],
      [['Khoa Khám bệnh'], ['Các khoa, phòng'], 'quarter'],
    ]);
    expect(validateText({ text }).filter((d) => d.rule === 'table/columns' || d.rule === 'task/no-lead')).toEqual([]);
  });
});

describe('a "Tháng" column (a work programme by month)', () => {
  it('is the deadline column; a month without a year is in the plan year; an empty month cell continues the month above', () => {
    const r = registerOf(
      planWithTable([
        '| Tháng | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú |',
        '|---|---|---|---|---|',
        '| Tháng 01 | Xây dựng kế hoạch chuyển đổi số năm 2026 | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND | |',
        '| | Tổ chức hội nghị triển khai kế hoạch | Văn phòng HĐND và UBND | | |',
        '| Tháng 9 - 10 | Rà soát dữ liệu dân cư | Công an xã | Các thôn | |',
        '| Hằng tháng | Họp giao ban | Văn phòng HĐND và UBND | Các phòng, đơn vị | Ngày 25 hằng tháng |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.deadline?.kind ?? null, t.deadline?.due ?? null])).toEqual([
      ['month', '2026-01-31'],
      ['month', '2026-01-31'],
      ['range', '2026-10-31'],
      ['recurring', null],
    ]);
  });

  it('with a TT column too ("TT | Tháng | Nội dung …") the merged month cell is filled the same way', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Tháng | Nội dung công việc | Cơ quan chủ trì |',
        '|---|---|---|---|',
        '| 1 | Tháng 3 | Ban hành kế hoạch | Phòng Văn hóa - Xã hội |',
        '| 2 | | Tập huấn cán bộ | Văn phòng HĐND và UBND |',
        '| 3 | Quý III | Kiểm tra kết quả | Phòng Kinh tế |',
      ]),
    );
    expect(appendixTasks(r).map((t) => t.deadline?.due ?? null)).toEqual(['2026-03-31', '2026-03-31', '2026-09-30']);
  });
});

describe('a total row at the end of a table with figures ("Tổng cộng")', () => {
  it('is no task and is not glued onto the last row (text, Kinh phí)', () => {
    const r = registerOf(
      planWithTable([
        '| STT | Nội dung hoạt động | Cơ quan chủ trì | Thời gian thực hiện | Kinh phí (triệu đồng) | Nguồn vốn |',
        '|---|---|---|---|---:|---|',
        '| 1 | Mua sắm hóa chất, vật tư dự phòng | Sở Y tế | Quý II/2026 | 12.500 | NSĐP |',
        '| 2 | Tổng hợp, báo cáo kết quả thực hiện Kế hoạch | Sở Y tế | Trước ngày 15/12/2026 | - | - |',
        '| | **Tổng cộng** | | | **12.500** | |',
        '| | Tổng kinh phí | | | 12,5 tỷ đồng | |',
      ]),
    );
    expect(appendixTasks(r).map((t) => [t.id, t.text, t.appendix?.extra])).toEqual([
      ['DM.1', 'Mua sắm hóa chất, vật tư dự phòng', { 'Kinh phí (triệu đồng)': '12.500', 'Nguồn vốn': 'NSĐP' }],
      ['DM.2', 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch', { 'Kinh phí (triệu đồng)': '-', 'Nguồn vốn': '-' }],
    ]);
  });

  it('a row whose content only starts with "Tổng" is a row like any other ("Tổng hợp …", "Tổng kết …")', () => {
    const r = registerOf(
      planWithTable([
        '| TT | Nội dung | Đơn vị chủ trì | Thời gian | Kinh phí |',
        '|---|---|---|---|---|',
        '| 1 | Rà soát hồ sơ | Sở Nội vụ | Quý I/2026 | 100 |',
        '| | Tổng kết | | | 200 |',
      ]),
    );
    expect(appendixTasks(r).map((t) => t.text)).toEqual(['Rà soát hồ sơ Tổng kết']);
  });
});

describe('tables inside the body, each introduced by its item', () => {
  it('a ":" sentence or a unit heading right above a table without a lead column leads its rows, and tables one after the other stay apart', async () => {
    const { register: r } = await extractFile('fixtures/tables/body-tables-with-intros.md', { config: null });
    expect(r.tasks.map((t) => [t.id, t.lead, t.assignedBy, t.deadline?.due ?? null])).toEqual([
      ['II.p1', ['Sở Lao động'], 'sentence-pattern', '2027-12-15'],
      // "1. Giao Sở Giáo dục và Đào tạo chủ trì thực hiện các nhiệm vụ sau:" introduces the table: no task of its own
      ['DM.1', ['Sở Giáo dục và Đào tạo'], 'sentence-pattern', '2027-08-31'],
      ['DM.2', ['Sở Giáo dục và Đào tạo'], 'sentence-pattern', '2027-05-31'],
      // "2. Sở Văn hóa, Thể thao và Du lịch" over a table of its own (not a group row of the table above)
      ['DM2.1', ['Sở Văn hóa, Thể thao và Du lịch'], 'unit-heading', '2027-06-30'],
      // a header of 4 columns after a table of 3 starts a new table (not a header repeated after a page break)
      ['DM3.1', ['UBND các xã'], 'appendix-column', '2027-04-30'],
    ]);
    expect(r.appendices).toHaveLength(3);
    // (validate: no "no lead-unit column" warning for the tables their intro gives units)
    expect(validateText({ text: readFileSync('fixtures/tables/body-tables-with-intros.md', 'utf8') })).toEqual([]);
  });
});

describe('names in unit columns that no rule knows are kept (a school, an office)', () => {
  const r = registerOf(
    planWithTable([
      'TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian',
      '1\tXây dựng kho học liệu số\tThư viện\tGiáo viên chủ nhiệm\tQuý I/2026',
      '2\tThu học phí không dùng tiền mặt\tTổ Văn phòng\tBan đại diện Cha mẹ học sinh; Công đoàn trường\tQuý II/2026',
      '3\tKiểm kê tài sản\tKế toán\tThủ quỹ, Bảo vệ\tQuý II/2026',
      '4\tTập huấn phần mềm\tCác tổ chuyên môn; Thư viện\tTheo phân công\tQuý III/2026',
    ]),
  );
  const rows = appendixTasks(r).map((t) => [t.id, t.lead, t.support]);

  it('as the lead and the support of their rows, each name on its own', () => {
    expect(rows).toEqual([
      ['DM.1', ['Thư viện'], ['Giáo viên chủ nhiệm']],
      ['DM.2', ['Tổ Văn phòng'], ['Ban đại diện Cha mẹ học sinh', 'Công đoàn trường']],
      ['DM.3', ['Kế toán'], ['Thủ quỹ', 'Bảo vệ']],
      // a known collective and a name no rule knows; a note is no unit
      ['DM.4', ['Các tổ chuyên môn', 'Thư viện'], []],
    ]);
    expect(r.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Thư viện', 'Kế toán', 'Thủ quỹ', 'Bảo vệ', 'Công đoàn trường']));
  });

  it('each with an info diagnostic that names it and its row', () => {
    const notes = r.diagnostics.filter((d) => d.rule === 'table/unlisted-unit');
    expect(notes.map((d) => d.message)).toContain('row 1 of appendix table DM names "Thư viện" in its lead column: not a kind of unit the parser knows, kept as written');
    expect(notes.every((d) => d.severity === 'info' && d.line > 0)).toBe(true);
    expect(notes.some((d) => d.message.includes('Theo phân công'))).toBe(false);
  });
});

describe('a group row naming a unit over rows with an empty lead cell', () => {
  // /tmp/review12 plan 05 (unit-duty table grouped by unit): "| **B** | **UBND CẤP XÃ** | | |" is the unit of the rows under it
  const rows = [
    '| TT | Đơn vị | Nhiệm vụ | Thời gian | Sản phẩm |',
    '|---|---|---|---|---|',
    '| **A** | **CÁC SỞ, NGÀNH** | | | |',
    '| 1 | Sở Nội vụ | Ban hành kế hoạch kiểm tra | Quý I/2027 | Kế hoạch |',
    '| 2 | | Tổng hợp kết quả kiểm tra | Quý IV/2027 | Báo cáo |',
    '| **B** | **UBND CẤP XÃ** | | | |',
    '| 1 | | Niêm yết công khai thủ tục hành chính | Quý II/2027 | |',
    '| 2 | | Báo cáo kết quả cải cách hành chính | Quý IV/2027 | Báo cáo |',
    '| **C** | **Các sở, ban, ngành** | | | |',
    '| 1 | | Rà soát thủ tục hành chính | Quý III/2027 | |',
    '| 2 | Sở Tư pháp | Kiểm tra văn bản | Quý III/2027 | |',
    '| **D** | **CẢI CÁCH THỂ CHẾ** | | | |',
    '| 1 | | Rà soát văn bản | Quý III/2027 | |',
  ];
  it('leads the rows under it whose lead cell is empty, with an info note', () => {
    const r = registerOf(planWithTable(rows));
    expect(appendixTasks(r).map((t) => [t.id.replace(/^.*?\./, ''), t.lead])).toEqual([
      ['A.1', ['Sở Nội vụ']],
      ['A.2', ['Các sở, ngành']], // not merged with row 1: the rows under B, C cannot be merged cells
      ['B.1', ['UBND các xã, phường']],
      ['B.2', ['UBND các xã, phường']],
      ['C.1', ['Các sở, ban, ngành']],
      ['C.2', ['Sở Tư pháp']],
      ['D.1', []],
    ]);
    const at = (id: string) => appendixTasks(r).find((t) => t.id.endsWith(id))!.source.line;
    expect(r.diagnostics.filter((d) => d.rule === 'table/lead-from-group-row').map((d) => [d.line, d.severity])).toEqual([
      [at('A.2'), 'info'],
      [at('B.1'), 'info'],
      [at('B.2'), 'info'],
      [at('C.1'), 'info'],
    ]);
  });
});
