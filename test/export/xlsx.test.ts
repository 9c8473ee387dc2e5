import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workbook, Worksheet } from 'exceljs';
import { exportRegister } from '../../src/export/index.js';
import { options, readWorkbook, register001, sheetXml, tmp, unzip, VHXH, VHXH_LEADS } from './helpers.js';

const SHA = 'f'.repeat(64);
const HEADERS_VI = [
  'STT',
  'Mã nhiệm vụ',
  'Nội dung công việc',
  'Vai trò',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Hạn hoàn thành',
  'Trạng thái',
  'Tiến độ (%)',
  'Kết quả / sản phẩm',
  'Ghi chú',
  'Nguồn',
];
const HEADERS_EN = ['No.', 'Task ID', 'Task', 'Role', 'Lead unit', 'Supporting units', 'Deadline (as written)', 'Due date', 'Status', 'Progress (%)', 'Result / output', 'Notes', 'Source'];
const STATUS_VI = '"Chưa thực hiện,Đang thực hiện,Hoàn thành,Hoàn thành quá hạn,Tạm dừng"';

type DV = { type: string; formulae?: unknown[]; operator?: string; allowBlank?: boolean };
const validations = (ws: Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, DV> } }).dataValidations.model;
type CF = { ref: string; rules: { type: string; formulae?: string[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } } } }[] };
const conditionals = (ws: Worksheet) => (ws as unknown as { conditionalFormattings: CF[] }).conditionalFormattings;

function rowValues(ws: Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

describe('master workbook (plan 001, vi)', () => {
  let dir: string;
  let wb: Workbook;
  let files: string[];
  beforeAll(async () => {
    dir = tmp();
    ({ files } = await exportRegister(register001(), SHA, options(dir)));
    wb = await readWorkbook(path.join(dir, 'tong-hop.xlsx'));
  });

  it('writes only tong-hop.xlsx (no temporary files left)', () => {
    expect(files).toEqual([path.join(dir, 'tong-hop.xlsx')]);
    expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
  });

  it('has the summary first, one sheet per unit, and a hidden _meta sheet last', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Tổng hợp');
    expect(names.at(-1)).toBe('_meta');
    expect(names).toContain(VHXH);
    expect(names).toContain('Phòng Kinh tế, Hạ tầng và Đô'); // 32 → ≤ 31 characters
    expect(names).toHaveLength(12);
    expect(wb.getWorksheet('_meta')!.state).toBe('veryHidden');
    expect(wb.worksheets.filter((w) => w.state === 'visible')).toHaveLength(11);
  });

  it('unit sheet: title block, header labels, task rows with a real Date', () => {
    const ws = wb.getWorksheet(VHXH)!;
    expect(ws.getCell('A1').value).toBe('KẾ HOẠCH Cải cách hành chính phường Bách Quang năm 2026');
    expect(ws.getCell('A2').value).toBe('Số: /KH-UBND — Bách Quang, ngày tháng 12 năm 2025');
    expect(ws.getCell('A3').value).toBe(`Đơn vị: ${VHXH}`);
    expect(ws.getCell('A4').value).toBe('Ngày lập bảng theo dõi: 15/05/2026');
    expect(rowValues(ws, 5)).toEqual(HEADERS_VI);
    const ids = VHXH_LEADS.map((_, i) => ws.getCell(`B${6 + i}`).value);
    expect(ids).toEqual(VHXH_LEADS);
    expect(ws.getCell(`A${6 + VHXH_LEADS.length}`).value).toBeNull();
    const dm2 = 6 + VHXH_LEADS.indexOf('DM.2');
    expect(rowValues(ws, dm2).slice(0, 8)).toEqual([
      7,
      'DM.2',
      'Xây dựng Kế hoạch tuyên truyền CCHC năm 2026 của phường.',
      'Chủ trì',
      VHXH,
      'Văn phòng HĐND và UBND; Các tổ dân phố',
      'Quý I/2026',
      new Date(Date.UTC(2026, 2, 31)),
    ]);
    const due = ws.getCell(`H${dm2}`);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(`M${dm2}`).value).toBe('DM.2, dòng 193');
    expect(ws.getCell(`C${dm2}`).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('H6').value).toBeNull(); // III.1-1 has no due date
    expect(ws.getColumn(3).width).toBe(52);
    // Row heights are set from the text length (no program re-measures wrapped rows on opening).
    expect(ws.getRow(8).height).toBeGreaterThanOrEqual(4 * 15); // III.1-3: ~270 characters
    expect(ws.getRow(dm2).height).toBeLessThan(ws.getRow(8).height);
  });

  it('frozen header, autofilter, A4 landscape fit to width, header repeated when printed', () => {
    const ws = wb.getWorksheet(VHXH)!;
    const last = 5 + VHXH_LEADS.length;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 0, topLeftCell: 'A6' });
    expect(ws.autoFilter).toBe(`A5:M${last}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
  });

  it('data validations: status drop-down and 0–100 progress, one range entry each', () => {
    const ws = wb.getWorksheet(VHXH)!;
    const last = 5 + VHXH_LEADS.length;
    const dv = validations(ws);
    expect(dv.I6).toMatchObject({ type: 'list', allowBlank: true, formulae: [STATUS_VI] });
    expect(dv[`I${last}`]).toBe(dv.I6);
    expect(dv[`I${last + 1}`]).toBeUndefined();
    expect(dv.I5).toBeUndefined();
    expect(dv.J6).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(dv[`J${last}`]).toBe(dv.J6);
    const xml = sheetXml(path.join(dir, 'tong-hop.xlsx'), VHXH);
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs).toEqual([`I6:I${last}`, `J6:J${last}`]);
  });

  it('three expression conditional formats on the data range: red overdue, amber due soon, green done', () => {
    const ws = wb.getWorksheet(VHXH)!;
    const last = 5 + VHXH_LEADS.length;
    const cfs = conditionals(ws);
    expect(cfs).toHaveLength(1);
    expect(cfs[0]!.ref).toBe(`A6:M${last}`);
    const rules = cfs[0]!.rules;
    expect(rules.map((r) => r.type)).toEqual(['expression', 'expression', 'expression']);
    const done = 'OR($I6="Hoàn thành",$I6="Hoàn thành quá hạn")';
    expect(rules[0]!.formulae).toEqual([`AND(ISNUMBER($H6),$H6<TODAY(),NOT(${done}))`]);
    expect(rules[1]!.formulae).toEqual([`AND(ISNUMBER($H6),$H6>=TODAY(),$H6-TODAY()<=30,NOT(${done}))`]);
    expect(rules[2]!.formulae).toEqual([done]);
    expect(rules.map((r) => r.style?.fill?.bgColor?.argb)).toEqual(['FFFFC7CE', 'FFFFEB9C', 'FFC6EFCE']);
  });

  it('summary: led / supported / quarters / no due date / overdue as of --as-of', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(rowValues(ws, 5)).toEqual([
      'STT',
      'Đơn vị',
      'Trang tính',
      'Số nhiệm vụ chủ trì',
      'Số nhiệm vụ phối hợp',
      'Tổng số',
      'Quý I/2026',
      'Quý II/2026',
      'Quý III/2026', // no task due then: the column is kept so quarters stay contiguous
      'Quý IV/2026',
      'Không có hạn cụ thể',
      'Quá hạn (tính đến 15/05/2026)',
    ]);
    const byUnit = new Map<string, unknown[]>();
    ws.eachRow((row, n) => {
      if (n > 5) byUnit.set(String(row.getCell(2).value), (row.values as unknown[]).slice(1));
    });
    expect(byUnit.size).toBe(10);
    // VH-XH: 13 led; due Q1: DM.2, 3, 11; Q2: DM.12; Q4: DM.16; no due: III.1-* (6), DM.13, DM.18; overdue at 15/05: Q1 ones.
    expect(byUnit.get(VHXH)!.slice(2)).toEqual([VHXH, 13, 0, 13, 3, 1, 0, 1, 8, 3]);
    // VP: leads III.2-* and DM.1, 6 (no due), DM.9, 10 (Q4); supports DM.2 (Q1) and DM.15 (Q4).
    expect(byUnit.get('Văn phòng HĐND và UBND')!.slice(3)).toEqual([8, 2, 10, 1, 0, 0, 3, 6, 1]);
    expect(byUnit.get('Các phòng chuyên môn')!.slice(3)).toEqual([0, 11, 11, 2, 1, 0, 1, 7, 2]);
    expect(ws.getCell('A6').value).toBe(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:L15');
  });

  it('_meta: plan id, register sha, schema version, export date and the task id of every row', () => {
    const ws = wb.getWorksheet('_meta')!;
    const kv = new Map<string, unknown>();
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'sheet' && row.getCell(2).value === 'row') header = n;
      else if (!header) kv.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(Object.fromEntries(kv)).toMatchObject({
      format: 'plan-extract-tracker',
      formatVersion: '1',
      kind: 'master',
      planId: `sha256:${register001().source.sha256}`, // draft: "Số: /KH-UBND" has no serial
      planNumber: 'Số: /KH-UBND',
      registerSha256: SHA,
      schemaVersion: '1.0.0',
      exportDate: '2026-05-15',
      asOf: '2026-05-15',
      lang: 'vi',
      role: 'all',
    });
    expect(header).toBeGreaterThan(0);
    const map: [unknown, unknown, unknown, unknown, unknown][] = [];
    ws.eachRow((row, n) => {
      if (n > header) map.push((row.values as unknown[]).slice(1, 6) as [unknown, unknown, unknown, unknown, unknown]);
    });
    const unitSheets = wb.worksheets.filter((w) => w.state === 'visible' && w.name !== 'Tổng hợp');
    let rows = 0;
    for (const us of unitSheets) {
      us.eachRow((row, n) => {
        if (n < 6) return;
        rows++;
        expect(map).toContainEqual([us.name, n, row.getCell(2).value, expect.any(String), row.getCell(4).value === 'Chủ trì' ? 'lead' : 'support']);
      });
    }
    expect(map).toHaveLength(rows);
    expect(map).toContainEqual([VHXH, 6, 'III.1-1', VHXH, 'lead']);
  });

  it('workbook dates come from --as-of', () => {
    expect(wb.created.toISOString()).toBe('2026-05-15T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-05-15T00:00:00.000Z');
    expect(wb.creator).toBe('plan-extract');
  });
});

describe('options', () => {
  it('--lang en: English labels and drop-down values', async () => {
    const dir = tmp();
    await exportRegister(register001(), SHA, options(dir, { lang: 'en', asOf: null }));
    const wb = await readWorkbook(path.join(dir, 'tong-hop.xlsx'));
    expect(wb.worksheets[0]!.name).toBe('Summary');
    const ws = wb.getWorksheet(VHXH)!;
    expect(rowValues(ws, 5)).toEqual(HEADERS_EN);
    expect(ws.getCell('A3').value).toBe(`Unit: ${VHXH}`);
    expect(ws.getCell('D6').value).toBe('Lead');
    expect(ws.getCell('H13').numFmt).toBe('yyyy-mm-dd');
    expect(validations(ws).I6!.formulae).toEqual(['"Not started,In progress,Done,Done late,On hold"']);
    expect(conditionals(ws)[0]!.rules[2]!.formulae).toEqual(['OR($I6="Done",$I6="Done late")']);
    // No --as-of: the plan has no full date, so the file is dated 2000-01-01 and overdue is a live formula.
    expect(wb.created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.getCell('L5').value).toBe('Overdue (as of today)');
    const f = summary.getCell('L6').value as { formula: string };
    expect(f.formula).toMatch(/^COUNTIFS\('Các đoàn thể'!\$H\$6:\$H\$10,"<"&TODAY\(\),'Các đoàn thể'!\$I\$6:\$I\$10,"<>Done",/);
  });

  it('--by-unit: one workbook per unit (single sheet + _meta) plus the master; --role lead', async () => {
    const dir = tmp();
    const { files } = await exportRegister(register001(), SHA, options(dir, { byUnit: true, role: 'lead' }));
    expect(files[0]).toBe(path.join(dir, 'tong-hop.xlsx'));
    expect(files.map((f) => path.basename(f))).toEqual([
      'tong-hop.xlsx',
      'cac-doan-the.xlsx',
      'cac-to-dan-pho.xlsx',
      'mat-tran-to-quoc.xlsx',
      'phong-kinh-te-ha-tang-va-do-thi.xlsx',
      'phong-van-hoa-xa-hoi.xlsx',
      'trung-tam-phuc-vu-hanh-chinh-cong.xlsx',
      'van-phong-hdnd-va-ubnd.xlsx',
    ]);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => path.basename(f)).sort());
    const wb = await readWorkbook(path.join(dir, 'van-phong-hdnd-va-ubnd.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Văn phòng HĐND và UBND', '_meta']);
    const ws = wb.worksheets[0]!;
    const roles: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 5) roles.push(row.getCell(4).value);
    });
    expect(roles).toEqual(Array(8).fill('Chủ trì'));
    const meta = wb.getWorksheet('_meta')!;
    const kv: Record<string, unknown> = {};
    meta.eachRow((row) => {
      kv[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(kv).toMatchObject({ kind: 'unit', unit: 'Văn phòng HĐND và UBND', role: 'lead' });
  });

  it('is deterministic: the same input gives byte-identical workbooks', async () => {
    const a = tmp();
    const b = tmp();
    await exportRegister(register001(), SHA, options(a, { byUnit: true }));
    await new Promise((r) => setTimeout(r, 2100)); // zip timestamps have a 2-second resolution
    await exportRegister(register001(), SHA, options(b, { byUnit: true }));
    for (const f of readdirSync(a)) expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
    const core = unzip(path.join(a, 'tong-hop.xlsx')).get('docProps/core.xml')!.toString();
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-15T00:00:00Z</dcterms:created>');
  });
});

describe('quarterSpan', () => {
  it('fills gaps between the first and last quarter, across years', async () => {
    const { quarterSpan } = await import('../../src/export/index.js');
    expect(quarterSpan([])).toEqual([]);
    expect(quarterSpan(['2026-Q4', '2025-Q3'])).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarterSpan(['2026-Q1', '2099-Q2', '2026-Q1'])).toEqual(['2026-Q1', '2099-Q2']);
  });
});

describe('edge cases', () => {
  it('a register without assigned tasks gives a master with the summary and _meta only, and a header-only CSV', async () => {
    const { registerWith, task } = await import('./helpers.js');
    const reg = registerWith([task('DM.1', 'Việc chưa giao', [])]);
    const dir = tmp();
    const { files } = await exportRegister(reg, SHA, options(dir, { to: 'both', byUnit: true }));
    expect(files.map((f) => path.basename(f))).toEqual(['tong-hop.xlsx', 'tong-hop.csv']);
    const wb = await readWorkbook(path.join(dir, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', '_meta']);
    expect(readFileSync(path.join(dir, 'tong-hop.csv'), 'utf8').split('\r\n')).toHaveLength(2);
  });

  it('very long texts are cut to Excel’s 32,767-character cell limit; line breaks are kept', async () => {
    const { registerWith, task } = await import('./helpers.js');
    const reg = registerWith([task('DM.1', 'x'.repeat(40_000), ['Phòng A']), task('DM.2', 'dòng 1\r\ndòng 2', ['Phòng A'])]);
    const dir = tmp();
    await exportRegister(reg, SHA, options(dir));
    const ws = (await readWorkbook(path.join(dir, 'tong-hop.xlsx'))).getWorksheet('Phòng A')!;
    expect((ws.getCell('C6').value as string).length).toBe(32_767);
    expect(ws.getRow(6).height).toBe(409);
    expect(ws.getCell('C7').value).toBe('dòng 1\ndòng 2');
    expect(ws.getRow(7).height).toBe(2 * 15 + 3);
  });
});
