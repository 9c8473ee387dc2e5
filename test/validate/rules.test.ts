// Every rule: a fixture that triggers it (only it) and one that passes every rule, with the exact
// position and message; then the finer points of each rule on small inline plans.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type UnitsConfig } from '../../src/units/index.js';
import { defaultSeverities, rules, ruleById } from '../../src/validate/index.js';
import { check, FIXTURES, fixturePath, lineOf, only, plan, readFixture } from './helpers.js';

let units: UnitsConfig;
beforeAll(async () => {
  units = await loadConfig(path.join(FIXTURES, 'unit/unknown/plan-extract.config.yaml'));
});

const optionsFor = (id: string) => (id === 'unit/unknown' ? { config: units } : {});

/** Where each invalid fixture is reported, exactly. */
const EXPECTED: Record<string, { line: number; column: number; message: string }[]> = {
  'basis/citation': [{ line: 10, column: 8, message: 'citation "Quyết định số 2347/QĐ-UBND của UBND tỉnh về việc ban hành Chương trìn…" has no readable date ("ngày 27/12/2025")' }],
  'deadline/before-issue': [{ line: 34, column: 23, message: 'task III.1.b is due "Trước ngày 15/12/2025" (2025-12-15), before the plan\'s date (2026-01-10)' }],
  'deadline/outside-period': [{ line: 34, column: 23, message: 'task III.1.b is due "Quý I/2027" (2027-03-31), after the plan\'s period (2026)' }],
  'deadline/unparsed': [{ line: 34, column: 23, message: 'deadline "Trước ngày 31/02/2026": impossible date "31/02/2026"' }],
  'header/number-missing': [{ line: 3, column: 1, message: 'the plan number is blank ("Số: /KH-UBND"): fill it in when the plan is issued, or validate drafts with --draft' }],
  'numbering/duplicate': [{ line: 26, column: 1, message: 'number "2." is used twice in II: first at line 24 ("2. Đẩy mạnh chuyển đổi số trong hoạt động…")' }],
  'numbering/gap': [{ line: 36, column: 1, message: '"d)" is missing between "c)" and "đ)" in III.1' }],
  'numbering/order': [{ line: 34, column: 1, message: '"b)" comes after "c)" (line 32) in III.1: the numbering goes back' }],
  'structure/missing-section': [{ line: 7, column: 1, message: 'the plan has no content section (such as "II. NỘI DUNG THỰC HIỆN" or "NHIỆM VỤ VÀ GIẢI PHÁP"): what is to be done is not stated' }],
  'structure/not-a-plan': [{ line: 1, column: 1, message: 'this text does not look like a plan: no "KẾ HOẠCH" title with content or organisation sections, and no task table' }],
  'table/columns': [
    {
      line: 52,
      column: 1,
      message: 'a table of 4 rows whose header is not recognised ("Số | Việc cần làm | Người làm | Hạn chót"): its rows are not read as tasks; name the columns like "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"',
    },
  ],
  'table/row-number': [
    { line: 55, column: 1, message: 'row number 2 repeats in appendix table DM: row 2 is at line 54' },
    { line: 56, column: 1, message: 'rows 3 to 4 are missing in appendix table DM: row 5 follows row 2' },
  ],
  'task/no-deadline': [{ line: 54, column: 1, message: 'row 2 of appendix table DM has no deadline: the "Thời gian hoàn thành" cell is empty' }],
  'task/no-lead': [{ line: 40, column: 1, message: 'task III.3 of the organisation section has no lead unit ("Định kỳ hằng quý, tổ chức kiểm tra việc thực hiện…"): name the unit in its heading or sentence ("… chủ trì")' }],
  'text/suspicious-char': [{ line: 38, column: 29, message: 'character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m": a letter from another script, probably a conversion or typing error' }],
  'unit/unknown': [{ line: 36, column: 4, message: 'unit "Phòng Tài chính - Kế hoạch" is not in the config\'s units: add it (or the spelling as an alias) to plan-extract.config.yaml, or correct the name' }],
  'unit/variant': [{ line: 55, column: 51, message: '"Văn phòng HDND và UBND" and "Văn phòng HĐND và UBND" name the same unit (1 time and 2 times): write it one way' }],
};

describe('the rule set', () => {
  it('is registered in alphabetical order, one module per rule, with a README line each', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.meta.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(existsSync(path.resolve('src/validate/rules', `${r.meta.id.replace('/', '-')}.ts`))).toBe(true);
      expect(['error', 'warning', 'info', 'off']).toContain(r.meta.defaultSeverity);
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.docs.length).toBeGreaterThan(20);
      expect(r.meta.docs).not.toContain('\n');
    }
  });

  it('covers every rule of the issue', () => {
    expect(rules.map((r) => r.meta.id)).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.each(rules.map((r) => r.meta.id))('%s', (id) => {
  it('has a fixture that triggers it and one that does not', () => {
    expect(existsSync(fixturePath(id, 'invalid'))).toBe(true);
    expect(existsSync(fixturePath(id, 'valid'))).toBe(true);
  });

  it('reports the invalid fixture, and nothing else does, at the expected place', () => {
    const ds = check(readFixture(id, 'invalid'), { options: optionsFor(id) });
    expect(ds.map((d) => d.rule)).toEqual(EXPECTED[id]!.map(() => id));
    expect(ds.every((d) => d.severity === ruleById.get(id)!.meta.defaultSeverity)).toBe(true);
    expect(ds.map(({ line, column, message }) => ({ line, column, message }))).toEqual(EXPECTED[id]);
  });

  it('passes the valid fixture (no diagnostic of any rule)', () => {
    expect(check(readFixture(id, 'valid'), { options: optionsFor(id) })).toEqual([]);
  });

  it('can be turned off', () => {
    const sev = new Map(defaultSeverities());
    sev.set(id, 'off');
    expect(check(readFixture(id, 'invalid'), { options: optionsFor(id), severities: sev }).filter((d) => d.rule === id)).toEqual([]);
  });
});

describe('structure/*', () => {
  it('missing-section: no organisation section and no appendix', () => {
    const text = plan().replace(/III\. TỔ CHỨC THỰC HIỆN[\s\S]*?(?=Nơi nhận:)/u, '');
    expect(only(check(text), 'structure/missing-section')).toEqual([
      { line: 7, column: 1, message: 'the plan has no organisation section ("TỔ CHỨC THỰC HIỆN") and no appendix table of tasks: who does what is not stated' },
    ]);
  });

  it('missing-section: duties given unit by unit in a section named otherwise state who does what', () => {
    const content = 'NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ';
    const text = plan({ content: `1. Văn phòng HĐND và UBND\n\na) Chủ trì rà soát thủ tục hành chính.\n\n2. Công an phường\n\na) Chủ trì rà soát dữ liệu dân cư.` })
      .replace('II. NỘI DUNG THỰC HIỆN', `II. ${content}`)
      .replace(/III\. TỔ CHỨC THỰC HIỆN[\s\S]*?(?=Nơi nhận:)/u, '');
    expect(only(check(text), 'structure/missing-section')).toEqual([]);
  });

  it('missing-section: an appendix table stands in for the organisation section', () => {
    const text = readFixture('task/no-deadline', 'valid').replace(/III\. TỔ CHỨC THỰC HIỆN[\s\S]*?(?=Nơi nhận:)/u, '');
    expect(only(check(text), 'structure/missing-section')).toEqual([]);
  });

  it('missing-section: a section that assigns the tasks, or a "Nội dung …" sub-heading, states what is to be done', () => {
    const invalid = readFixture('structure/missing-section', 'invalid');
    expect(only(check(invalid), 'structure/missing-section')).toHaveLength(1);
    const assigned = invalid.replace('II. TỔ CHỨC THỰC HIỆN', 'II. PHÂN CÔNG NHIỆM VỤ');
    expect(only(check(assigned), 'structure/missing-section')).toEqual([]);
    const sub = invalid.replace('I. MỤC ĐÍCH, YÊU CẦU', 'I. ĐỐI TƯỢNG, NỘI DUNG').replace('2. Bảo đảm đúng tiến độ, hiệu quả.', '2. Nội dung kiểm tra\n\na) Kiểm tra hồ sơ thủ tục hành chính.');
    expect(only(check(sub), 'structure/missing-section')).toEqual([]);
    // A leaf "Nội dung …" line is no section.
    const leaf = invalid.replace('2. Bảo đảm đúng tiến độ, hiệu quả.', '2. Nội dung đúng quy định.');
    expect(only(check(leaf), 'structure/missing-section')).toHaveLength(1);
  });

  it('missing-section: a task list unit by unit under "TỔ CHỨC THỰC HIỆN" (most tasks with lead and deadline) states what is to be done', () => {
    const units = ['Sở Y tế', 'Sở Công Thương', 'Công an tỉnh', 'Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo'];
    const duties = units.map((u, k) => `${k + 1}. ${u}: Kiểm tra an toàn thực phẩm trên địa bàn; thời gian: Quý ${['I', 'II', 'III', 'IV', 'I'][k]}/2026.`).join('\n\n');
    const text = plan({ organisation: duties }).replace(/II\. NỘI DUNG THỰC HIỆN[\s\S]*?(?=III\. TỔ CHỨC THỰC HIỆN)/u, '');
    expect(only(check(text), 'structure/missing-section')).toEqual([]);
    // without their deadlines, the same duties are no task list: the content section is missing
    expect(only(check(text.replace(/; thời gian: Quý [IV]+\/2026/gu, '')), 'structure/missing-section')).toHaveLength(1);
  });

  it('missing-section: a directive (CHỈ THỊ, a Markdown heading, number …/CT-UBND) needs no sections', () => {
    const text = '**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n\nSố: 09/CT-UBND\n\n*Quảng Ngãi, ngày 14 tháng 01 năm 2027*\n\n# CHỈ THỊ\n\n## Về tăng cường quản lý trụ sở dôi dư\n\n1. Về rà soát nhà, đất\n\nGiao Sở Tài chính chủ trì rà soát trụ sở dôi dư, hoàn thành trước ngày 30/6/2027.\n\n2. Về thanh tra\n\nGiao Thanh tra tỉnh thanh tra việc sử dụng trụ sở, chậm nhất ngày 20/12/2027.\n\n3. Về báo cáo\n\nGiao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\nNguyễn Văn A\n';
    expect(check(text).map((d) => d.rule)).not.toContain('structure/not-a-plan');
    expect(only(check(text), 'structure/missing-section')).toEqual([]);
    // two items are enough when the number says it is a directive (…/CT-UBND)
    const two = text.replace(/3\. Về báo cáo[\s\S]*?(?=\*\*TM\.)/u, '');
    expect(check(two).map((d) => d.rule)).toEqual([]);
    expect(check(two.replace('09/CT-UBND', '09/UBND')).map((d) => d.rule)).toContain('structure/not-a-plan');
  });

  it('not-a-plan: the other plan rules are skipped for a text that is not a plan', () => {
    const ds = check(readFixture('structure/not-a-plan', 'invalid'));
    expect(ds.map((d) => d.rule)).toEqual(['structure/not-a-plan']);
  });
});

describe('numbering/*', () => {
  const org = (items: string) => plan({ organisation: `1. Văn phòng HĐND và UBND\n\n${items}` });

  it('gap: reports the item after the gap, naming what is missing', () => {
    const text = org('a) Theo dõi việc thực hiện.\n\nb) Đôn đốc việc thực hiện.\n\ne) Tổng hợp báo cáo.');
    expect(only(check(text), 'numbering/gap')).toEqual([
      { line: lineOf(text, 'e) Tổng'), column: 1, endLine: lineOf(text, 'e) Tổng'), endColumn: 3, message: '"c)", "d)", "đ)" are missing between "b)" and "e)" in III.1' },
    ]);
  });

  it('duplicate: a report outline in an appendix numbers on its own (after upper-case lines that are no items)', async () => {
    const text = [
      'Số: 12/KH-ĐKT',
      '',
      'Lào Cai, ngày 10 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      'Kiểm tra việc chấp hành quy định pháp luật năm 2026',
      '',
      '1. Mục tiêu',
      '- Đánh giá tình hình chấp hành pháp luật.',
      '2. Nội dung kiểm tra',
      '- Kiểm tra hồ sơ, tài liệu.',
      '3. Phân công nhiệm vụ',
      '- Phòng Kinh tế chủ trì kiểm tra hồ sơ, hoàn thành trước ngày 30/6/2026.',
      '',
      'Nơi nhận:',
      '- Lưu: VT.',
      '',
      'TRƯỞNG ĐOÀN',
      '',
      'Nguyễn Văn A',
      '',
      'PHỤ LỤC II',
      'ĐỀ CƯƠNG BÁO CÁO',
      '(Kèm theo Kế hoạch số 12/KH-ĐKT ngày 10/3/2026)',
      '',
      'BÁO CÁO',
      'TÌNH HÌNH THỰC HIỆN CÁC QUY ĐỊNH PHÁP LUẬT',
      '',
      '1. Thông tin chung về doanh nghiệp',
      '2. Hồ sơ, tài liệu',
      '3. Khó khăn, vướng mắc, kiến nghị',
    ].join('\n');
    expect(only(check(text), 'numbering/duplicate')).toEqual([]);
    const { parseDocument } = await import('../../src/parse/document.js');
    const roots = parseDocument(text).roots;
    const appendix = roots.find((n) => n.role === 'appendix')!;
    expect(roots.map((n) => n.id)).toEqual(['1', '2', '3', appendix.id]);
    expect(appendix.children.map((n) => n.text)).toEqual(['BÁO CÁO', 'TÌNH HÌNH THỰC HIỆN CÁC QUY ĐỊNH PHÁP LUẬT', 'Thông tin chung về doanh nghiệp', 'Hồ sơ, tài liệu', 'Khó khăn, vướng mắc, kiến nghị']);
  });

  it('gap: a list that starts late; roman sections too', () => {
    const text = plan().replace('III. TỔ CHỨC THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN');
    expect(only(check(text), 'numbering/gap').map((d) => d.message)).toEqual(['"III.", "IV." are missing between "II." and "V." at the top level']);
    const late = org('b) Theo dõi việc thực hiện.\n\nc) Đôn đốc việc thực hiện.');
    expect(only(check(late), 'numbering/gap').map((d) => d.message)).toEqual(['the numbering starts at "b)" in III.1: "a)" is missing']);
  });

  it('gap: Vietnamese letter order — đ follows d, g follows e (no f)', () => {
    const text = org(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'].map((l) => `${l}) Thực hiện nhiệm vụ ${l}.`).join('\n\n'));
    expect(check(text).filter((d) => d.rule.startsWith('numbering/'))).toEqual([]);
  });

  it('order: a letter outside the Vietnamese order ("f)")', () => {
    const text = org(['a', 'b', 'c', 'd', 'đ', 'e', 'f'].map((l) => `${l}) Thực hiện nhiệm vụ ${l}.`).join('\n\n'));
    expect(only(check(text), 'numbering/order').map((d) => d.message)).toEqual(['"f)" is not in the Vietnamese letter order a b c d đ e g h i k l m …: after "e)" comes "g)"']);
  });

  it('order: a sub-number under the wrong parent ("2.3." under "1.")', () => {
    const text = plan({ content: '1. Cải cách thể chế\n\n1.1. Rà soát văn bản.\n\n1.2. Kiểm tra văn bản.\n\n2.3. Công khai văn bản.' });
    const ds = check(text).filter((d) => d.rule.startsWith('numbering/'));
    expect(ds.map((d) => [d.rule, d.line, d.message])).toEqual([['numbering/order', lineOf(text, '2.3.'), `"2.3." is under "1." (line ${lineOf(text, '1. Cải cách')}): expected "1.3."`]]);
  });

  it('duplicate: the second of two equal numbers, wherever they are', () => {
    const text = plan({ content: '1. Rà soát thủ tục hành chính.\n\n2. Chuyển đổi số.\n\n3. Công khai thủ tục.\n\n3. Kiểm tra công vụ.\n\n4. Báo cáo kết quả.' });
    expect(only(check(text), 'numbering/duplicate')).toEqual([
      { line: lineOf(text, '3. Kiểm tra'), column: 1, endLine: lineOf(text, '3. Kiểm tra'), endColumn: 3, message: `number "3." is used twice in II: first at line ${lineOf(text, '3. Công khai')} ("3. Công khai thủ tục.")` },
    ]);
    expect(only(check(text), 'numbering/gap')).toEqual([]);
  });

  it('missing-section: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" states who does what', () => {
    const text = 'KẾ HOẠCH\nBảo vệ môi trường năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tỷ lệ thu gom đạt 90%.\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n\n1. Phòng Kinh tế xã có trách nhiệm:\n– Hướng dẫn các hộ chăn nuôi xử lý chất thải.\n\n2. Công an xã:\n– Xử lý các hành vi đổ trộm chất thải.\n';
    expect(only(check(text), 'structure/missing-section')).toEqual([]);
  });

  it('gap: an item that starts with a percentage ("1. 100% hồ sơ …") is numbered', () => {
    const text = plan({ content: '1. 100% hồ sơ thủ tục hành chính được số hóa.\n\n2. Chuyển đổi số.\n\n3. Công khai thủ tục.' });
    expect(only(check(text), 'numbering/gap')).toEqual([]);
  });

  it('bullets and unmarked paragraphs have no numbers', () => {
    const text = plan({ organisation: '1. Văn phòng HĐND và UBND\n\n- Theo dõi việc thực hiện.\n\n- Đôn đốc việc thực hiện.\n\nTổng hợp báo cáo kết quả.' });
    expect(check(text).filter((d) => d.rule.startsWith('numbering/'))).toEqual([]);
  });
});

describe('task/*', () => {
  it('no-lead: content-section items without a unit are not reported (they are assigned in the organisation section)', () => {
    expect(only(check(plan()), 'task/no-lead')).toEqual([]);
  });

  it('no-lead: an appendix row with an empty lead cell', () => {
    const text = readFixture('task/no-deadline', 'valid').replace('\tVăn phòng HĐND và UBND\tPhòng Văn hóa - Xã hội\t', '\t\tPhòng Văn hóa - Xã hội\t');
    expect(only(check(text), 'task/no-lead')).toEqual([{ line: lineOf(text, 'Kiểm tra công vụ'), column: 1, message: 'row 3 of appendix table DM has no lead unit: the "Đơn vị chủ trì" cell is empty' }]);
  });

  it('no-lead: a lead cell with text that names no unit is not said to be empty (review 8 plan 03 row 6; a name no rule knows is kept as the lead, a note is no unit)', () => {
    const rows = ['| 1 | Đầu tư đường giao thông kết nối | Theo phân công | Phòng Kinh tế, Hạ tầng và Đô thị | Năm 2026 |', '| 2 | Tổng kết thực hiện | | | Quý IV/2026 |', '| 3 | Cho vay vốn ưu đãi | Chi nhánh Ngân hàng X | | Năm 2026 |'];
    const table = ['', 'PHỤ LỤC', '', '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |', '|---|---|---|---|---|', ...rows, ''].join('\n');
    const text = plan({ tail: table });
    expect(only(check(text), 'task/no-lead')).toEqual([
      { line: lineOf(text, 'Đầu tư đường'), column: 1, message: 'row 1 of appendix table DM has no lead unit: the "Cơ quan chủ trì" cell ("Theo phân công") names no unit that is recognised' },
      { line: lineOf(text, 'Tổng kết thực hiện'), column: 1, message: 'row 2 of appendix table DM has no lead unit: the "Cơ quan chủ trì" cell is empty' },
    ]);
    // an HTML row is not read back: what is certain is said
    const td = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = plan({
      tail: ['', 'PHỤ LỤC', '', '<table>', td(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']), td(['1', 'Đầu tư đường giao thông kết nối', 'Theo phân công', '', 'Năm 2026']), '</table>', ''].join('\n'),
    });
    expect(only(check(html), 'task/no-lead').map((d) => d.message)).toEqual(['row 1 of appendix table DM has no lead unit: no unit is recognised in the "Cơ quan chủ trì" cell']);
  });

  it('no-deadline: year columns marked "x" are the deadline; a row that marks no year is reported', () => {
    const table = [
      '',
      'PHỤ LỤC',
      '',
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | 2026 | 2027 | 2028 |',
      '|:---:|---|---|---|:---:|:---:|:---:|',
      '| 1 | Khảo sát điểm du lịch cộng đồng | Phòng Văn hóa - Xã hội | Các tổ dân phố | x | | |',
      '| 2 | Đầu tư đường giao thông kết nối | Phòng Kinh tế, Hạ tầng và Đô thị | | | x | x |',
      '| 3 | Tổng kết thực hiện Kế hoạch | Văn phòng HĐND và UBND | | | | |',
      '',
    ].join('\n');
    const text = plan({ title: 'Phát triển du lịch cộng đồng phường An Bình giai đoạn 2026 - 2028', tail: table });
    const ds = check(text);
    expect(only(ds, 'task/no-deadline')).toEqual([
      { line: lineOf(text, 'Tổng kết thực hiện'), column: 1, message: 'row 3 of appendix table DM has no deadline: no year is marked in the columns "2026", "2027", "2028"' },
    ]);
    // the year columns are the table's deadline column
    expect(only(ds, 'table/columns')).toEqual([]);
    // with a deadline column too, both are named
    const both = text.replace('| 2026 | 2027 | 2028 |', '| 2026 | 2027 | 2028 | Thời gian hoàn thành |').replace('|:---:|:---:|:---:|', '|:---:|:---:|:---:|---|');
    expect(only(check(both), 'task/no-deadline').map((d) => d.message)).toEqual([
      'row 3 of appendix table DM has no deadline: the "Thời gian hoàn thành" cell is empty and no year is marked in the columns "2026", "2027", "2028"',
    ]);
  });

  it('no-deadline: body tasks are not checked, only appendix rows', () => {
    expect(only(check(plan({ organisation: '1. Văn phòng HĐND và UBND\n\na) Theo dõi việc thực hiện.' })), 'task/no-deadline')).toEqual([]);
  });
});

describe('deadline/*', () => {
  it('before-issue: a draft date without a day counts from the first day of the month', () => {
    const text = plan({ date: 'An Bình, ngày    tháng 12 năm 2026', organisation: '1. Văn phòng HĐND và UBND\n\na) Theo dõi việc thực hiện.\n\nThời gian hoàn thành: Trước ngày 20/11/2026.' });
    expect(only(check(text), 'deadline/before-issue').map((d) => d.message)).toEqual([
      'task III.1.a is due "Trước ngày 20/11/2026" (2026-11-20), before the plan\'s date (2026-12-01, the first day of the month: the day is blank)',
    ]);
  });

  it('before-issue: --as-of sets the issue date of an undated or day-less plan, not of a dated one', () => {
    const text = plan({ date: 'An Bình, ngày    tháng 12 năm 2026', organisation: '1. Văn phòng HĐND và UBND\n\na) Theo dõi việc thực hiện.\n\nThời gian hoàn thành: Trước ngày 10/12/2026.' });
    expect(only(check(text), 'deadline/before-issue')).toEqual([]);
    expect(only(check(text, { options: { asOf: '2026-12-15' } }), 'deadline/before-issue').map((d) => d.message)).toEqual([
      'task III.1.a is due "Trước ngày 10/12/2026" (2026-12-10), before the issue date given with --as-of (2026-12-15)',
    ]);
    const dated = text.replace('ngày    tháng 12', 'ngày 01 tháng 12');
    expect(only(check(dated, { options: { asOf: '2026-12-15' } }), 'deadline/before-issue')).toEqual([]);
  });

  it('outside-period: a period range from the title; skipped when the plan is dated after its period', () => {
    const text = plan({ title: 'Cải cách hành chính giai đoạn 2026 - 2027', organisation: '1. Văn phòng HĐND và UBND\n\na) Theo dõi việc thực hiện.\n\nThời gian hoàn thành: Quý I/2028.' });
    expect(only(check(text), 'deadline/outside-period').map((d) => d.message)).toEqual(['task III.1.a is due "Quý I/2028" (2028-03-31), after the plan\'s period (2026 - 2027)']);
    const misread = text.replace('giai đoạn 2026 - 2027', 'năm 2025');
    expect(only(check(misread), 'deadline/outside-period')).toEqual([]);
  });

  it('unparsed: an inherited deadline is reported once, at the phrase', () => {
    const text = plan({ organisation: '1. Văn phòng HĐND và UBND\n\nThời gian hoàn thành: Quý V/2026.\n\na) Theo dõi việc thực hiện.\n\nb) Đôn đốc việc thực hiện.' });
    expect(only(check(text), 'deadline/unparsed')).toEqual([
      { line: lineOf(text, 'Quý V/2026'), column: 23, endLine: lineOf(text, 'Quý V/2026'), endColumn: 33, message: 'deadline "Quý V/2026": impossible quarter 5' },
    ]);
  });
});

describe('unit/*', () => {
  const table = (rows: string[]) =>
    plan({
      tail: `\nDANH MỤC NHIỆM VỤ\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n${rows.map((r, i) => `${i + 1}\t${r}\tQuý I/2026`).join('\n')}\n`,
    });

  it('variant: old and new tone-mark placement ("Văn hoá" / "Văn hóa"), reported at the spelling that is not the canonical one', () => {
    const text = table(['Tuyên truyền cải cách hành chính.\tPhòng Văn hoá - Xã hội\tCác tổ dân phố', 'Kiểm tra công vụ.\tPhòng Văn hóa - Xã hội\tCác tổ dân phố', 'Đánh giá cán bộ.\tPhòng Văn hóa - Xã hội\tCác tổ dân phố']);
    expect(only(check(text), 'unit/variant')).toEqual([
      {
        line: lineOf(text, 'Văn hoá'),
        column: 37,
        endLine: lineOf(text, 'Văn hoá'),
        endColumn: 59,
        message: '"Phòng Văn hoá - Xã hội" and "Phòng Văn hóa - Xã hội" name the same unit (1 time and 2 times): write it one way',
      },
    ]);
  });

  it('variant: case, qualifiers and abbreviations are not variants', () => {
    const text = table([
      'Công khai thủ tục.\tTrung tâm Phục vụ hành chính công phường\tcác tổ dân phố',
      'Số hóa hồ sơ.\tTrung tâm PVHCC\tCác tổ dân phố',
      'Tiếp nhận phản ánh.\tVăn phòng HĐND và UBND phường\tCác tổ dân phố',
    ]);
    expect(only(check(text), 'unit/variant')).toEqual([]);
  });

  it('unknown: nothing without a config that lists units; collectives are not checked', async () => {
    expect(only(check(readFixture('unit/unknown', 'invalid')), 'unit/unknown')).toEqual([]);
    const text = plan({ organisation: '1. Các tổ dân phố\n\na) Tuyên truyền đến Nhân dân.' });
    expect(only(check(text, { options: { config: units } }), 'unit/unknown')).toEqual([]);
  });
});

describe('table/*', () => {
  it('columns: a table of targets or figures ("Chỉ tiêu | Đơn vị tính | …") is no unrecognised task table', () => {
    const table = ['PHỤ LỤC I', 'CHỈ TIÊU NĂM 2026', '', '| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 |', '|---|---|---|---|', '| 1 | Tỷ lệ thu gom rác thải | % | 95 |', '| 2 | Số mô hình | mô hình | 12 |', ''].join('\n');
    expect(only(check(plan({ tail: table })), 'table/columns')).toEqual([]);
    // the same table with task-like names is still reported
    const tasks = table.replace('Chỉ tiêu | Đơn vị tính | Năm 2026', 'Việc cần làm | Người làm | Hạn chót');
    expect(only(check(plan({ tail: tasks })), 'table/columns')).toHaveLength(1);
  });

  it('columns: an HTML table read as a task table is not reported, "<table>" and "<thead>" on lines of their own above its header row (review 13 plan 04)', () => {
    const td = (cells: string[], t = 'td') => `<tr>${cells.map((c) => `<${t}>${c}</${t}>`).join('')}</tr>`;
    const head = td(['TT', 'Đơn vị chủ trì', 'Nội dung nhiệm vụ', 'Đơn vị phối hợp', 'Thời gian thực hiện'], 'th');
    const rows = [td(['1', 'Phòng Văn hóa - Xã hội', 'Tuyên truyền nếp sống văn minh', 'Các tổ dân phố', 'Tháng 11/2026']), td(['2', 'Công an phường', 'Xử lý vi phạm trật tự đô thị', 'Phòng Kinh tế', 'Thường xuyên'])];
    for (const table of [['<table>', head, ...rows, '</table>'], ['<table>', '<thead>', head, '</thead>', '<tbody>', ...rows, '</tbody>', '</table>']]) {
      // (in the body, under an intro sentence, as the plan had it; and in an appendix)
      for (const text of [plan({ content: ['Các nhiệm vụ cụ thể được phân công tại bảng sau:', '', ...table].join('\n') }), plan({ tail: ['', 'PHỤ LỤC', '', ...table, ''].join('\n') })]) {
        expect(check(text).filter((d) => d.rule.startsWith('table/'))).toEqual([]);
      }
    }
    // a table whose header is not recognised is still reported, at its "<table>"
    const other = plan({ content: ['Các nhiệm vụ cụ thể được phân công tại bảng sau:', '', '<table>', td(['Số', 'Việc cần làm', 'Người làm', 'Hạn chót'], 'th'), td(['1', 'Rà soát', 'Văn phòng', 'Quý I/2026']), '</table>'].join('\n') });
    expect(only(check(other), 'table/columns').map((d) => [d.line, d.message.slice(0, 50)])).toEqual([[lineOf(other, '<table>'), 'an HTML table whose header is not recognised: its ']]);
  });

  it('columns: a GFM delimiter row with short colon cells ("|:-|:-:|-:|") is not counted as a row of an unrecognised table', () => {
    const table = ['PHỤ LỤC', '', '| Số | Việc cần làm | Người làm | Hạn chót |', '|:-:|:--|:-|-:|', '| 1 | Rà soát thủ tục | Văn phòng | Quý I/2026 |', ''].join('\n');
    const ds = only(check(plan({ tail: table })), 'table/columns');
    expect(ds.map((d) => d.message)).toEqual([expect.stringMatching(/^a table of 2 rows whose header is not recognised \("\| Số \| Việc cần làm/)]);
  });

  it('columns: a recognised table without a lead-unit column', () => {
    const text = plan({ tail: '\nDANH MỤC NHIỆM VỤ\n\nTT\tNội dung công việc\tThời gian hoàn thành\n1\tRà soát thủ tục.\tQuý I/2026\n2\tCông khai thủ tục.\tQuý II/2026\n' });
    expect(only(check(text), 'table/columns')).toEqual([
      { line: lineOf(text, 'TT\tNội dung'), column: 1, message: 'the header of appendix table DM has no lead-unit column ("Đơn vị chủ trì"): its tasks have no lead unit' },
    ]);
  });

  /** An inspection schedule laid out with spaces (PDF text), with or without its TT column, before a two-column signature. */
  const spacedPlan = (tt: boolean): string => {
    const rows = [
      '  TT      Tên đơn vị            Nội dung kiểm tra                     Thời gian',
      '   1      Công ty cổ phần       Gói thầu số 13: thi công công          23/3/2026',
      '          xây dựng An Bình      trình nối Quốc lộ 32',
      '   2      Công ty TNHH          Gói thầu số 15: thi công đường         25/3/2026',
      '          Hiệp Phú              kết nối',
    ].map((l) => (tt ? l : `  ${l.slice(10)}`));
    const table = ['PHỤ LỤC', 'LỊCH KIỂM TRA', '', ...rows, ''].join('\n');
    return plan({ tail: `\n${table}\nNơi nhận:                         TM. ỦY BAN NHÂN DÂN\n- Lưu: VT.                         CHỦ TỊCH\n` });
  };

  it('columns: a table laid out with spaces (PDF text) with numbered rows is read; its header is checked like any other', () => {
    const text = spacedPlan(true);
    const ds = only(check(text), 'table/columns');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ line: lineOf(text, '  TT      Tên đơn vị'), column: 1 });
    expect(ds[0]!.message).toBe('the header of appendix table DM has no lead-unit column ("Đơn vị chủ trì"): its tasks have no lead unit');
  });

  it('columns: a table laid out with spaces that cannot be read (no TT column) is reported once; a two-column signature is not', () => {
    const text = spacedPlan(false);
    const ds = only(check(text), 'table/columns');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ line: lineOf(text, '  Tên đơn vị'), column: 1 });
    expect(ds[0]!.message).toMatch(/^a table laid out with spaces \("Tên đơn vị \| Nội dung kiểm tra \| Thời gian"\): its rows are not read as tasks/);
  });

  /** A task table drawn with box characters, its header named as given, its cells wrapped. */
  const boxPlan = (names: string[]): string => {
    const w = [4, 30, 16, 14];
    const line = (cells: string[]) => `│${cells.map((c, k) => ` ${c.padEnd(w[k]!)} `).join('│')}│`;
    const rule = (l: string, m: string, r: string) => `${l}${w.map((n) => '─'.repeat(n + 2)).join(m)}${r}`;
    const table = [
      rule('┌', '┬', '┐'),
      line(names),
      rule('├', '┼', '┤'),
      line(['1', 'Rà soát thủ tục hành chính', 'Văn phòng HĐND', 'Quý I/2026']),
      line(['', 'thuộc thẩm quyền của phường', 'và UBND', '']),
      rule('├', '┼', '┤'),
      line(['2', 'Công khai thủ tục hành chính', 'Văn phòng HĐND', 'Quý II/2026']),
      line(['', 'trên Cổng dịch vụ công', 'và UBND', '']),
      rule('└', '┴', '┘'),
    ];
    return plan({ tail: `\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n${table.join('\n')}\n` });
  };

  it('columns: a table drawn with box characters is read like a grid table; one whose header is not recognised is reported with its rows, not as "laid out with spaces"', () => {
    expect(only(check(boxPlan(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn'])), 'table/columns')).toEqual([]);
    const text = boxPlan(['Số', 'Việc cần làm', 'Người làm', 'Hạn chót']);
    expect(only(check(text), 'table/columns')).toEqual([
      {
        line: lineOf(text, '│ Số'),
        column: 1,
        message: 'a table of 3 rows whose header is not recognised ("| Số | Việc cần làm | Người làm | Hạn chót |"): its rows are not read as tasks; name the columns like "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"',
      },
    ]);
  });

  /** A PDF table converted one cell per line, with or without its TT column. */
  const stackedPlan = (tt: boolean): string => {
    const cells = ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', ...(tt ? ['STT'] : []), 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'hoàn thành'];
    const row = [...(tt ? ['1'] : []), 'Xây dựng cơ sở dữ liệu hợp tác xã', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', 'Quý III/2027'];
    return plan({ tail: `\n${[...cells, ...row].join('\n')}\n` });
  };

  it('columns: a table printed one cell per line is read when its rows are numbered, and reported when they are not', () => {
    expect(only(check(stackedPlan(true)), 'table/columns')).toEqual([]);
    const text = stackedPlan(false);
    const ds = only(check(text), 'table/columns');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ line: lineOf(text, 'DANH MỤC NHIỆM VỤ') + 1, column: 1 });
    expect(ds[0]!.message).toMatch(/^column names printed one per line \("Nhiệm vụ \| Cơ quan chủ trì \| Cơ quan phối hợp \| Thời gian"\): .* its rows are not read as tasks/);
  });

  it('gap: a list that goes on numbering from one group heading to the next is no gap', () => {
    const text = plan({ content: '**1. Hoàn thiện thể chế**\n\n1. Sở Tư pháp chủ trì xây dựng Quy chế phối hợp.\n\n2. Sở Nội vụ chủ trì số hóa tài liệu.\n\n**2. Tuyên truyền**\n\n3. Sở Văn hóa chủ trì tổ chức Ngày Sách.\n\n5. Sở Văn hóa chủ trì phát động cuộc thi.' });
    const ds = only(check(text), 'numbering/gap');
    // 3 goes on from 2 under the heading before; 5 after 3 is still a gap
    expect(ds.map((d) => d.message)).toEqual([expect.stringMatching(/^"4\." is missing between "3\." and "5\."/)]);
  });

  it('row-number: numbering restarts under each group row', () => {
    const text = plan({
      tail: '\nDANH MỤC NHIỆM VỤ\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\nI\tCải cách thể chế\n1\tRà soát văn bản.\tVăn phòng HĐND và UBND\t\tQuý I/2026\n2\tBan hành quy chế.\tVăn phòng HĐND và UBND\t\tQuý II/2026\nII\tCải cách thủ tục hành chính\n1\tCông khai thủ tục.\tVăn phòng HĐND và UBND\t\tQuý I/2026\n3\tSố hóa hồ sơ.\tVăn phòng HĐND và UBND\t\tQuý III/2026\n',
    });
    expect(only(check(text), 'table/row-number').map((d) => [d.line, d.message])).toEqual([
      [lineOf(text, 'Số hóa hồ sơ'), 'row 2 is missing in appendix table DM (group "II. Cải cách thủ tục hành chính"): row 3 follows row 1'],
    ]);
  });

  it('row-number: numbering continued across group rows is not a gap', () => {
    const text = plan({
      tail: '\nDANH MỤC NHIỆM VỤ\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\nI\tCải cách thể chế\n1\tRà soát văn bản.\tVăn phòng HĐND và UBND\t\tQuý I/2026\n2\tBan hành quy chế.\tVăn phòng HĐND và UBND\t\tQuý II/2026\nII\tCải cách thủ tục hành chính\n3\tCông khai thủ tục.\tVăn phòng HĐND và UBND\t\tQuý I/2026\n5\tSố hóa hồ sơ.\tVăn phòng HĐND và UBND\t\tQuý III/2026\n',
    });
    expect(only(check(text), 'table/row-number').map((d) => [d.line, d.message])).toEqual([
      [lineOf(text, 'Số hóa hồ sơ'), 'row 4 is missing in appendix table DM (group "II. Cải cách thủ tục hành chính"): row 5 follows row 3'],
    ]);
  });

  it('row-number: the reviewer tables numbered across groups (fixtures/tables, decision-wrapper)', () => {
    for (const f of ['fixtures/tables/v4_appendix_pipe_reordered.md', 'fixtures/tables/v12_appendix_single_unit_column.md', 'fixtures/layouts/decision-wrapper.md']) {
      expect(only(check(readFileSync(f, 'utf8')), 'table/row-number'), f).toEqual([]);
    }
  });
});

describe('header/number-missing', () => {
  it('is off with --draft', () => {
    expect(only(check(readFixture('header/number-missing', 'invalid'), { options: { draft: true } }), 'header/number-missing')).toEqual([]);
  });

  it('reports a header without any "Số:" line', () => {
    const text = plan({ number: '' });
    expect(only(check(text), 'header/number-missing')).toEqual([{ line: 1, column: 1, message: 'the plan has no number line ("Số: …/KH-…"): add it to the header, or validate drafts with --draft' }]);
  });
});

describe('text/suspicious-char', () => {
  it('a Cyrillic letter inside a Vietnamese word', () => {
    // "cán" typed with a Cyrillic "а" (U+0430) and a combining acute accent.
    const text = plan({ content: '1. Rà soát thủ tục hành chính cho c\u0430\u0301n bộ trẻ.' });
    const ds = only(check(text), 'text/suspicious-char');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toMatch(/^character "а́" \(U\+0430, Cyrillic\) inside the word "cа́n"/u);
  });

  it('invisible characters inside words, the replacement character and mojibake', () => {
    const text = plan({ content: '1. Rà soát thủ\u200btục hành chính.\n\n2. Đẩy mạnh chuyển đổi s\ufffd trong hoạt động.\n\n3. CÃ¡c phòng chuyên môn thực hiện.' });
    expect(only(check(text), 'text/suspicious-char').map((d) => [d.line, d.column, d.message.split(':')[0]])).toEqual([
      [lineOf(text, 'thủ\u200b'), 15, 'invisible character U+200B inside the word "thủtục"'],
      [lineOf(text, '\ufffd'), 25, 'replacement character "�"'],
      [lineOf(text, 'CÃ¡c'), 5, '"Ã¡" looks like UTF-8 text read as Windows-1252 (mojibake)'],
    ]);
  });

  it('composed and decomposed diacritics mixed in one file: the minority form, once per line, in the raw text', () => {
    const nfc = plan();
    const raw = nfc.replace('Rà soát thủ tục hành chính', 'Rà soát thủ tục hành chính'.normalize('NFD'));
    const ds = only(check(nfc, { rawText: raw }), 'text/suspicious-char');
    expect(ds).toEqual([
      {
        line: lineOf(nfc, 'Rà soát thủ tục'),
        column: 4,
        endLine: lineOf(nfc, 'Rà soát thủ tục'),
        endColumn: 7,
        message: '"Rà" is written with decomposed (NFD) diacritics (and 5 more on this line) while the rest of the file uses composed (NFC) characters: the same word then fails to match in searches and unit names; save the file as NFC',
      },
    ]);
    // All-NFD text is consistent: not reported.
    expect(only(check(nfc, { rawText: nfc.normalize('NFD') }), 'text/suspicious-char')).toEqual([]);
  });

  it('a word of another script on its own is not suspicious', () => {
    expect(only(check(plan({ content: '1. Học tập kinh nghiệm của Nhật Bản (日本) về cải cách hành chính.' })), 'text/suspicious-char')).toEqual([]);
  });
});

describe('basis/citation', () => {
  it('laws are cited by name and year; a decision needs a number', () => {
    const text = plan({ basis: 'Căn cứ Luật Cán bộ, công chức năm 2025; Quyết định của UBND tỉnh về cải cách hành chính ngày 17/12/2025;' });
    expect(only(check(text), 'basis/citation').map((d) => d.message)).toEqual(['citation "Quyết định của UBND tỉnh về cải cách hành chính ngày 17/12/2025" has no readable number ("số 123/QĐ-UBND")']);
  });
});
