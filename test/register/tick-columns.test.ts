// Tick columns: an appendix task table laid out by month or quarter ("Tháng 9 | … | Tháng 1", "Quý I | … |
// Quý IV", "Năm 2027" over its quarters), each row ticked "x" in the periods its work is done (review 11, plans
// 01 and 03). Year columns ("Năm 2026 | Năm 2027") are tested in tables.test.ts.
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import type { Register } from '../../src/register/types.js';
import { datedTicks, periodOfName, ticksPhrase, type TickColumn } from '../../src/parse/table.js';
import { validateText } from '../../src/validate/index.js';

function registerOf(text: string, path = 'x.md'): Register {
  return buildRegister({ text, path, sha256: sha256(text), format: path.endsWith('.md') ? 'markdown' : 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
}

/** A short plan with this title whose appendix is the given table lines. */
function plan(title: string, rows: string[]): string {
  return [
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH',
    '',
    'Số: 215/KH-LVT',
    '',
    'KẾ HOẠCH',
    title,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Đẩy mạnh ứng dụng công nghệ thông tin.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các bộ phận thực hiện các nhiệm vụ tại Phụ lục.',
    '',
    'PHỤ LỤC',
    'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
    '',
    ...rows,
    '',
  ].join('\n');
}

const SCHOOL_YEAR = 'Chuyển đổi số năm học 2027 - 2028';
const ticks = (r: Register) => r.tasks.filter((t) => t.origin === 'appendix').map((t) => (t.deadline ? [t.deadline.raw, t.deadline.kind, t.deadline.due] : null));
const rules = (text: string, ...ids: string[]) => validateText({ text }).filter((d) => ids.includes(d.rule));

describe('month columns ticked "x"', () => {
  const head = (names: string[]) => [`| TT | Nội dung công việc | Bộ phận chủ trì | Bộ phận phối hợp | ${names.join(' | ')} |`, `|${'---|'.repeat(4 + names.length)}`];
  const months = ['Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12', 'Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5'];
  const row = (n: number, text: string, lead: string, marks: number[]) => `| ${n} | ${text} | ${lead} | | ${months.map((_, k) => (marks.includes(k) ? 'x' : '')).join(' | ')} |`;
  const rows = [
    row(1, 'Kiện toàn Ban Chỉ đạo chuyển đổi số', 'Ban Giám hiệu', [0]),
    row(2, 'Triển khai sổ điểm điện tử, học bạ số', 'Tổ Văn phòng', [1, 2]),
    row(3, 'Xây dựng kho học liệu số các môn học', 'Các tổ chuyên môn', [1, 2, 3, 4, 5, 6, 7, 8]),
    row(4, 'Kiểm tra định kỳ trên máy tính', 'Tổ Toán - Tin', [4, 9]),
    row(5, 'Tổ chức Ngày hội STEM', 'Đoàn Thanh niên trường', [7]),
    row(6, 'Sơ kết công tác chuyển đổi số', 'Ban Giám hiệu', []),
  ];
  // (a school year: August to December in its first year, January to May in its second)
  const expected = [
    ['Tháng 8/2027', 'month', '2027-08-31'],
    ['Tháng 9 – 10/2027', 'range', '2027-10-31'],
    ['Tháng 9/2027 – tháng 4/2028', 'range', '2028-04-30'],
    ['Tháng 12/2027, tháng 5/2028', 'range', '2028-05-31'],
    ['Tháng 3/2028', 'month', '2028-03-31'],
    null,
  ];

  it('ten month columns outnumber the named ones and are still a task table: the ticked months are the deadline', () => {
    const r = registerOf(plan(SCHOOL_YEAR, [...head(months), ...rows]));
    expect(r.appendices[0]!.header!.columns.map((c) => c.role)).toEqual(['tt', 'content', 'lead', 'support', ...months.map(() => 'deadline')]);
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.lead, t.appendix?.extra])).toEqual(rows.map((_, k) => [[['Ban Giám hiệu', 'Tổ Văn phòng', 'Các tổ chuyên môn', 'Tổ Toán - Tin', 'Đoàn Thanh niên trường', 'Ban Giám hiệu'][k]], {}]));
    expect(ticks(r)).toEqual(expected);
  });

  it('"T8 | T9 | … | T5" read the same way', () => {
    const r = registerOf(plan(SCHOOL_YEAR, [...head(months.map((m) => m.replace('Tháng ', 'T'))), ...rows]));
    expect(ticks(r)).toEqual(expected);
  });

  it('validate: no table/columns warning; a row ticked nowhere is reported with its month columns', () => {
    const text = plan(SCHOOL_YEAR, [...head(months), ...rows]);
    expect(rules(text, 'table/columns')).toEqual([]);
    const none = rules(text, 'task/no-deadline');
    expect(none.map((d) => d.message)).toEqual([expect.stringContaining('row 6 of appendix table DM has no deadline: no month is marked in the columns "Tháng 8", "Tháng 9"')]);
  });

  it('the second term of a school year (Tháng 1 … Tháng 5) is in its second year', () => {
    const second = months.slice(5);
    const r = registerOf(plan('Chuyển đổi số học kỳ II năm học 2027 - 2028', [...head(second), `| 1 | Thi thử tốt nghiệp THPT trên máy tính | Tổ Toán - Tin | | | | | x | x |`]));
    expect(ticks(r)).toEqual([['Tháng 4 – 5/2028', 'range', '2028-05-31']]);
  });

  it('outside a school year the months are in the plan\'s year, the next year from where they start again', () => {
    const r = registerOf(plan('Cao điểm phòng, chống cháy rừng năm 2027', [...head(['Tháng 11', 'Tháng 12', 'Tháng 1', 'Tháng 2', 'Tháng 3']), '| 1 | Tuần tra, canh gác lửa rừng | Hạt Kiểm lâm | | | x | x | | |']));
    expect(ticks(r)).toEqual([['Tháng 12/2027 – tháng 1/2028', 'range', '2028-01-31']]);
  });
});

describe('quarter columns ticked "x"', () => {
  const head = (names: string[]) => [`| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | ${names.join(' | ')} |`, `|${'---|'.repeat(4 + names.length)}`];
  const rows = ['| 1 | Nâng cấp Cổng thông tin điện tử | Văn phòng Sở | Phòng Chuyển đổi số | | x | x | |', '| 2 | Kiểm tra an toàn thông tin | Phòng Chuyển đổi số | Công an tỉnh | | | | x |'];
  const expected = [
    ['Quý II – III/2027', 'range', '2027-09-30'],
    ['Quý IV/2027', 'quarter', '2027-12-31'],
  ];

  it('"Quý I | … | Quý IV" in the plan\'s year, and "Quý I/2027 | …"', () => {
    expect(ticks(registerOf(plan('Chuyển đổi số năm 2027', [...head(['Quý I', 'Quý II', 'Quý III', 'Quý IV']), ...rows])))).toEqual(expected);
    expect(ticks(registerOf(plan('Chuyển đổi số năm 2027', [...head(['Quý I/2027', 'Quý II/2027', 'Quý III/2027', 'Quý IV/2027']), ...rows])))).toEqual(expected);
    expect(rules(plan('Chuyển đổi số năm 2027', [...head(['Quý I', 'Quý II', 'Quý III', 'Quý IV']), ...rows]), 'table/columns', 'task/no-deadline')).toEqual([]);
  });
});

describe('"Năm 2027 | Năm 2028" over their quarter columns (a header over two rows)', () => {
  const quarters = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
  const data = [
    ['1', 'Nâng cấp Cổng thông tin điện tử', 'Văn phòng Sở', 'Phòng Chuyển đổi số', '', 'x', 'x', '', '', '', '', ''],
    ['2', 'Triển khai nền tảng ký số', 'Văn phòng Sở', '', 'x', 'x', '', '', '', '', '', ''],
    ['3', 'Xây dựng bản đồ số hạ tầng viễn thông', 'Phòng Chuyển đổi số', 'Công an tỉnh', '', '', '', 'x', 'x', '', '', ''],
    ['4', 'Sơ kết, đánh giá kết quả thực hiện', 'Văn phòng Sở', '', '', '', '', '', '', '', '', 'x'],
  ];
  const expected = [
    ['Quý II – III/2027', 'range', '2027-09-30'],
    ['Quý I – II/2027', 'range', '2027-06-30'],
    ['Quý IV/2027 – quý I/2028', 'range', '2028-03-31'],
    ['Quý IV/2028', 'quarter', '2028-12-31'],
  ];
  const names = ['2027', '2028'].flatMap((y) => quarters.map((q) => `Năm ${y} - ${q}`));
  const TITLE = 'Chuyển đổi số giai đoạn 2027 - 2028';
  const named = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp'];
  const tab = (cells: string[]) => cells.join('\t');

  it('Word\'s plain text: each year written once over its four quarters, the merged cells empty below', () => {
    const r = registerOf(plan(TITLE, [tab([...named, 'Năm 2027', 'Năm 2028']), tab(['', '', '', '', ...quarters, ...quarters]), ...data.map(tab)]), 'x.txt');
    expect(r.appendices[0]!.header!.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nội dung nhiệm vụ', 'content'],
      ['Đơn vị chủ trì', 'lead'],
      ['Đơn vị phối hợp', 'support'],
      ...names.map((n) => [n, 'deadline']),
    ]);
    expect(ticks(r)).toEqual(expected);
  });

  it('each year repeated over its four columns, and a header cell spanning both rows after the quarters', () => {
    const r = registerOf(plan(TITLE, [tab([...named, ...quarters.map(() => 'Năm 2027'), ...quarters.map(() => 'Năm 2028')]), tab(['', '', '', '', ...quarters, ...quarters]), ...data.map(tab)]), 'x.txt');
    expect(ticks(r)).toEqual(expected);
    const ghiChu = registerOf(plan(TITLE, [tab([...named, 'Năm 2027', 'Năm 2028', 'Ghi chú']), tab(['', '', '', '', ...quarters, ...quarters, '']), ...data.map((d) => tab([...d, 'Đúng hạn']))]), 'x.txt');
    expect(ticks(ghiChu)).toEqual(expected);
    expect(ghiChu.tasks.filter((t) => t.origin === 'appendix').map((t) => t.appendix?.note)).toEqual(data.map(() => 'Đúng hạn'));
  });

  it('a year with fewer quarters ("Quý III | Quý IV" of 2027, then the four of 2028): split where the quarters start again', () => {
    const r = registerOf(
      plan(TITLE, [tab([...named, 'Năm 2027', 'Năm 2028']), tab(['', '', '', '', 'Quý III', 'Quý IV', ...quarters]), tab(['1', 'Nâng cấp Cổng thông tin điện tử', 'Văn phòng Sở', '', '', 'x', 'x', '', '', ''])]),
      'x.txt',
    );
    expect(r.appendices[0]!.header!.columns.slice(4).map((c) => c.name)).toEqual(['Năm 2027 - Quý III', 'Năm 2027 - Quý IV', ...quarters.map((q) => `Năm 2028 - ${q}`)]);
    expect(ticks(r)).toEqual([['Quý IV/2027 – quý I/2028', 'range', '2028-03-31']]);
  });

  it('HTML: colspan over the quarters; the first header row is no task', () => {
    const td = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const r = registerOf(
      plan(TITLE, [
        '<table>',
        `<tr>${named.map((n) => `<td rowspan="2">${n}</td>`).join('')}<td colspan="4">Năm 2027</td><td colspan="4">Năm 2028</td></tr>`,
        td([...quarters, ...quarters]),
        ...data.map(td),
        '</table>',
      ]),
    );
    expect(r.appendices[0]!.header!.columns.slice(4).map((c) => [c.name, c.role])).toEqual(names.map((n) => [n, 'deadline']));
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => t.id)).toEqual(['DM.1', 'DM.2', 'DM.3', 'DM.4']);
    expect(ticks(r)).toEqual(expected);
  });

  it('a header that does not say which year a quarter is in: no ticks read (no wrong deadline), and validate says why', () => {
    const text = plan(TITLE, [tab([...named, 'Năm 2027', 'Năm 2028']), tab(['', '', '', '', 'Quý II', 'Quý III', 'Quý IV']), tab(['1', 'Nâng cấp Cổng thông tin điện tử', 'Văn phòng Sở', '', '', 'x', 'x'])]);
    const r = registerOf(text, 'x.txt');
    expect(r.appendices[0]!.header!.columns.slice(4).map((c) => [c.name, c.role])).toEqual([
      ['Quý II', 'other'],
      ['Quý III', 'other'],
      ['Quý IV', 'other'],
    ]);
    expect(ticks(r)).toEqual([null]);
    const warn = rules(text, 'table/columns');
    expect(warn.map((d) => d.message)).toEqual([expect.stringMatching(/^the columns "Quý II", "Quý III", "Quý IV" of appendix table DM name periods but are not read as its schedule \(side by side in calendar order/)]);
  });
});

describe('validate table/columns on a table of period columns it cannot read', () => {
  it('no lead column: the message says what period columns need, not to rename them', () => {
    const text = plan('Chuyển đổi số năm 2027', ['| TT | Nội dung công việc | Tháng 9 | Tháng 10 | Tháng 11 | Tháng 12 | Tháng 1 |', '|---|---|---|---|---|---|---|', '| 1 | Triển khai sổ điểm điện tử | x | x | | | |', '| 2 | Thi giáo viên dạy giỏi | | | x | | |']);
    const [d, ...rest] = rules(text, 'table/columns');
    expect(rest).toEqual([]);
    expect(d!.message).toContain('its columns "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12" … are read as a schedule ticked "x" in a task table with content and lead-unit columns');
    expect(d!.message).not.toContain('name the columns like');
  });
});

describe('periodOfName, datedTicks and ticksPhrase', () => {
  it('reads a column name as a period', () => {
    expect(['2026', 'Năm 2026', 'Quý I', 'Quý IV/2027', 'Quý 2 năm 2027', 'Q3', 'Tháng 9', 'Tháng 12/2027', 'T1', 'Năm 2028 - Quý II', 'Thời gian thực hiện - Tháng 9', 'Tháng', 'Quý', 'Tháng 13', 'Thời gian hoàn thành', 'Tiến độ năm 2027'].map(periodOfName)).toEqual([
      { unit: 'year', n: 2026, year: 2026 },
      { unit: 'year', n: 2026, year: 2026 },
      { unit: 'quarter', n: 1, year: null },
      { unit: 'quarter', n: 4, year: 2027 },
      { unit: 'quarter', n: 2, year: 2027 },
      { unit: 'quarter', n: 3, year: null },
      { unit: 'month', n: 9, year: null },
      { unit: 'month', n: 12, year: 2027 },
      { unit: 'month', n: 1, year: null },
      { unit: 'quarter', n: 2, year: 2028 },
      { unit: 'month', n: 9, year: null },
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('dates periods without a year, and writes the ticked ones as a deadline phrase', () => {
    const cols = (names: string[]): TickColumn[] => names.map((n, index) => ({ index, period: periodOfName(n)! }));
    const q = datedTicks(cols(['Quý III', 'Quý IV', 'Quý I', 'Quý II']), 2027);
    expect(q.map((p) => p.year)).toEqual([2027, 2027, 2028, 2028]);
    expect(ticksPhrase([q[1]!, q[2]!])).toBe('Quý IV/2027 – quý I/2028');
    expect(ticksPhrase([q[0]!, q[3]!])).toBe('Quý III/2027, quý II/2028');
    const m = datedTicks(cols(['Tháng 1', 'Tháng 2', 'Tháng 8']), 2027, 2027);
    expect(m.map((p) => p.year)).toEqual([2028, 2028, 2028]);
    expect(ticksPhrase([{ unit: 'year', n: 2026, year: 2026 }, { unit: 'year', n: 2027, year: 2027 }, { unit: 'year', n: 2029, year: 2029 }])).toBe('Năm 2026 – 2027, năm 2029');
    expect(ticksPhrase([])).toBe('');
  });
});
