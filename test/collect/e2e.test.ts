// The whole return path through the built CLI (npm test builds dist/ first):
// sample 001 → export by unit → units fill their trackers (status, percent, notes; rows
// sorted, a column added, blank rows, a renamed sheet; one unit returns CSV saved with ";")
// → collect → report (md, html, xlsx), with the figures checked by hand.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import type { Register } from '../../src/register/types.js';
import { validateRegister } from '../../src/register/validate.js';
import { fillCsv, fillXlsx, tmp } from './fill.js';

// The plan-001 register as `extract` wrote it (frozen for the export tests; see test/export/fixtures/README.md).
const FIXTURE_001 = fileURLToPath(new URL('../export/fixtures/001.register.json', import.meta.url));
const VHXH = 'Phòng Văn hóa - Xã hội';
const VP = 'Văn phòng HĐND và UBND';
const TT = 'Trung tâm Phục vụ hành chính công';
const AS_OF = '2026-06-15';

let dir: string;
let regFile: string;
let progressFile: string;
let collectRun: ReturnType<typeof cli>;

/** A Markdown table → rows of cells (header and separator skipped). */
function mdTable(md: string, heading: string): string[][] {
  const start = md.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('|')) {
      inTable = true;
      rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
    } else if (inTable) break;
  }
  return rows.slice(2);
}

beforeAll(async () => {
  dir = tmp('pe-e2e-');
  regFile = path.join(dir, 'KH-001.register.json');
  copyFileSync(FIXTURE_001, regFile);
  const trackers = path.join(dir, 'trackers');
  const exp = cli(['export', regFile, '--to', 'both', '--by-unit', '-o', trackers, '--as-of', '2026-01-05', '-q']);
  expect(exp.stderr).toBe('');
  expect(exp.code).toBe(0);

  // The units fill in their trackers and send them back.
  const back = path.join(dir, 'returned');
  mkdirSync(back, { recursive: true });
  await fillXlsx(path.join(trackers, 'phong-van-hoa-xa-hoi.xlsx'), path.join(back, 'phong-van-hoa-xa-hoi.xlsx'), {
    sort: true,
    addColumn: true,
    blankRows: true,
    renameSheet: 'VHXH - báo cáo quý II',
    modified: new Date(2026, 5, 10, 9, 30),
    rows: {
      'DM.2': { status: 'Hoàn thành', percent: 100, result: 'Kế hoạch số 15/KH-UBND ngày 20/3/2026' },
      'DM.3': { status: 'Hoàn thành quá hạn', percent: 100, note: 'Ban hành chậm do chờ hướng dẫn của tỉnh' },
      'DM.11': { status: 'Đang thực hiện', percent: 60, note: 'Còn 2 vị trí chưa cập nhật' },
      'DM.12': { status: 'Đang thực hiện', percent: 40, percentAsFraction: true },
      'DM.18': { status: 'Hoàn thành', result: 'Báo cáo quý I đã gửi' },
      'III.1-1': { status: 'Đang thực hiện', percent: 50 },
      'III.1-2': { status: 'Chưa thực hiện', percent: 0 },
    },
  });
  await fillXlsx(path.join(trackers, 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), path.join(back, 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), {
    modified: new Date(2026, 5, 12, 16, 0),
    rows: {
      'III.4-1': { status: 'Hoàn thành', percent: 100 },
      'DM.17': { status: 'Đang thực hiện', percent: 70, result: '82% hồ sơ trực tuyến toàn trình' },
      'DM.3': { status: 'Hoàn thành', percent: 100 },
    },
  });
  // Văn phòng sends its CSV back, re-saved by Excel in a Vietnamese locale (";"), sorted, with a comment column.
  fillCsv(path.join(trackers, 'van-phong-hdnd-va-ubnd.csv'), path.join(back, 'van-phong-hdnd-va-ubnd.csv'), {
    sort: true,
    addColumn: true,
    delimiter: ';',
    rows: {
      'III.2-1': { status: 'Hoàn thành', percent: '100%' },
      'DM.9': { status: 'Đang thực hiện', percent: '30' },
      'DM.2': { status: 'Chưa thực hiện', note: 'Chưa nhận được dự thảo' },
    },
  });

  collectRun = cli(['collect', ...readdirSync(back).sort().map((f) => path.join(back, f)), '--register', regFile]);
  progressFile = path.join(dir, 'KH-001.progress.register.json');
}, 120_000);

describe('export → fill → collect → report (sample 001)', () => {
  it('collect writes <register>.progress.register.json (schemaVersion 1.1.0) and reports the conflict', async () => {
    expect(collectRun.code, collectRun.stderr).toBe(0);
    expect(existsSync(progressFile)).toBe(true);
    const reg = JSON.parse(readFileSync(progressFile, 'utf8')) as Register;
    expect(reg.schemaVersion).toBe('1.1.0');
    expect((await validateRegister(reg)).errors).toEqual([]);
    expect(collectRun.stderr).toContain('collect/conflicting-status');
    expect(collectRun.stderr).toMatch(/phong-van-hoa-xa-hoi\.xlsx: Phòng Văn hóa - Xã hội; 7 of 13 rows filled in\n/);
    expect(collectRun.stderr).toMatch(/van-phong-hdnd-va-ubnd\.csv: Văn phòng HĐND và UBND; 3 of 10 rows filled in \(not verified: no _meta\)\n/);
    expect(collectRun.stderr).toContain('cannot prove which register version');
    expect(collectRun.stderr).toMatch(/→ .*KH-001\.progress\.register\.json: 11 of 64 tasks reported on, from 3 trackers\n$/);
    // The input register is untouched.
    expect(readFileSync(regFile)).toEqual(readFileSync(FIXTURE_001));
  });

  it('keeps every unit that reported on a task, with what it wrote', () => {
    const reg = JSON.parse(readFileSync(progressFile, 'utf8')) as Register;
    const task = (id: string) => reg.tasks.find((t) => t.id === id)!;
    expect(task('DM.2').progress).toEqual([
      expect.objectContaining({ unit: VHXH, role: 'lead', status: 'done', statusLabel: 'Hoàn thành', percent: 100, results: 'Kế hoạch số 15/KH-UBND ngày 20/3/2026', notes: null, tracker: 'phong-van-hoa-xa-hoi.xlsx', sheet: 'VHXH - báo cáo quý II', trackerDate: '2026-06-10', verified: true }),
      expect.objectContaining({ unit: VP, role: 'support', status: 'not-started', percent: null, notes: 'Chưa nhận được dự thảo', tracker: 'van-phong-hdnd-va-ubnd.csv', sheet: null, verified: false }),
    ]);
    expect(task('DM.3').progress!.map((p) => [p.unit, p.role, p.status])).toEqual([
      [VHXH, 'lead', 'done-late'],
      [TT, 'support', 'done'],
    ]);
    expect(task('DM.12').progress![0]!.percent).toBe(40); // typed as 40 % in a percent-formatted cell
    expect(task('III.2-1').progress![0]!.percent).toBe(100); // "100%" in the CSV
    expect(task('III.1-3').progress).toEqual([]);
    // Rows were sorted, shifted by a blank row and a column: the row numbers are those of the returned file.
    const row = task('DM.11').progress![0]!.row;
    expect(row).toBeGreaterThan(6);
    const conflict = reg.diagnostics.filter((d) => d.rule === 'collect/conflicting-status');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: 'warning', line: task('DM.2').source.line });
    expect(conflict[0]!.message).toContain('DM.2');
  });

  it('report --to md: per-unit figures, overdue with days late, due in 30 days, nobody reported', () => {
    const r = cli(['report', progressFile, '--as-of', AS_OF]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`as of ${AS_OF}: 40 tracked tasks, 5 done, 1 overdue, 1 due in 30 days, 29 not reported; 10 units\n`);
    const md = r.stdout;
    expect(md).toContain('**Tính đến ngày 15/06/2026**');
    const units = new Map(mdTable(md, 'Tình hình thực hiện theo đơn vị').map((c) => [c[1], c.slice(2)]));
    // total, done on time, done late, in progress, on hold, not started, overdue, not reported, done share
    expect(units.get(VHXH)).toEqual(['13', '2', '1', '2', '0', '1', '1', '6', '23%']);
    // Văn phòng says "not started" on DM.2, which its lead reported done: not overdue (and a conflict, below).
    expect(units.get(VP)).toEqual(['10', '1', '0', '1', '0', '1', '0', '7', '10%']);
    expect(units.get(TT)).toEqual(['11', '2', '0', '1', '0', '0', '0', '8', '18%']);
    expect(units.get('Mặt trận Tổ quốc')).toEqual(['5', '0', '0', '0', '0', '0', '0', '5', '0%']);
    // Not returned: Các phòng chuyên môn supports DM.11 (due 31/03, not done) → overdue; Các tổ dân phố
    // supports DM.2 (due 31/03, done by its lead) → not overdue.
    expect(units.get('Các phòng chuyên môn')).toEqual(['11', '0', '0', '0', '0', '0', '1', '10', '0%']);
    expect(units.get('Các tổ dân phố')).toEqual(['7', '0', '0', '0', '0', '0', '0', '7', '0%']);

    const overdue = mdTable(md, 'Nhiệm vụ quá hạn');
    expect(overdue.map((c) => [c[0], c[3], c[4]])).toEqual([['DM.11', '31/03/2026', '76']]);
    expect(overdue[0]![5]).toBe(`${VHXH}: Đang thực hiện (60%)`);
    const soon = mdTable(md, 'Nhiệm vụ đến hạn trong 30 ngày tới');
    expect(soon.map((c) => [c[0], c[4], c[5]])).toEqual([['DM.12', '30/06/2026', '15']]);
    const nobody = mdTable(md, 'Nhiệm vụ chưa có đơn vị nào báo cáo');
    expect(nobody).toHaveLength(29);
    expect(nobody.map((c) => c[0])).toContain('III.1-3');
    expect(nobody.map((c) => c[0])).not.toContain('DM.2');
    const timeline = mdTable(md, 'Thời hạn nhiệm vụ theo quý');
    expect(timeline.map((c) => [c[0], c.at(-1)])).toEqual([
      ['Quý I/2026', '3'],
      ['Quý II/2026', '2'],
      ['Quý III/2026', '0'],
      ['Quý IV/2026', '6'],
    ]);
    expect(md).toContain('29 nhiệm vụ không có hạn cụ thể');
    expect(md).toContain('24 nhiệm vụ chưa giao cho đơn vị nào');
    expect(md).toMatch(/## Báo cáo không thống nhất giữa các đơn vị\n\n- conflicting status for task DM\.2/);
  });

  it('report --to html and --to xlsx write files; existing files are kept without --force', async () => {
    const html = path.join(dir, 'bao-cao.html');
    const r = cli(['report', progressFile, '--as-of', AS_OF, '-o', html, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg class="chart" id="unit-chart"');
    expect(page).toContain(`data-unit="${VHXH}" data-category="overdue" data-count="1"`);
    expect(page).toMatch(/data-kpi="done"><div class="n">5</);
    // Self-contained: nothing fetched from the network.
    expect(page.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\/|<script|<link|@import|url\(/);

    const again = cli(['report', progressFile, '--as-of', AS_OF, '-o', html]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');

    const xlsx = path.join(dir, 'bao-cao.xlsx');
    expect(cli(['report', progressFile, '--as-of', AS_OF, '-o', xlsx, '-q']).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo đơn vị', 'Quá hạn', 'Sắp đến hạn', 'Chưa báo cáo', 'Chi tiết']);
    const byUnit = wb.getWorksheet('Theo đơn vị')!;
    let vhxh: unknown[] = [];
    byUnit.eachRow((row) => {
      if (row.getCell(2).value === VHXH) vhxh = (row.values as unknown[]).slice(3);
    });
    expect(vhxh.slice(0, 8)).toEqual([13, 2, 1, 2, 0, 1, 1, 6]);
    const overdue = wb.getWorksheet('Quá hạn')!;
    expect(overdue.getRow(5).getCell(1).value).toBe('DM.11');
    expect(overdue.getRow(5).getCell(5).value).toBe(76);
  });
});

describe('the loop from the plan text (extract first)', () => {
  it('extract → export → fill → collect → report', async () => {
    const d = tmp('pe-e2e-plan-');
    const plan = path.resolve('fixtures/001_01aba15c383c1695.txt');
    expect(cli(['extract', plan, '-o', d, '-q']).code).toBe(0);
    const reg = path.join(d, '001_01aba15c383c1695.register.json');
    expect(cli(['export', reg, '--to', 'xlsx', '--by-unit', '-o', path.join(d, 'trackers'), '-q']).code).toBe(0);
    const register = JSON.parse(readFileSync(reg, 'utf8')) as Register;
    const vhxhTasks = register.tasks.filter((t) => t.lead.includes(VHXH) || t.support.includes(VHXH));
    const first = vhxhTasks[0]!.id;
    mkdirSync(path.join(d, 'returned'));
    const back = path.join(d, 'returned', 'phong-van-hoa-xa-hoi.xlsx');
    await fillXlsx(path.join(d, 'trackers', 'phong-van-hoa-xa-hoi.xlsx'), back, { sort: true, rows: { [first]: { status: 'Hoàn thành', percent: 100 } } });
    const c = cli(['collect', back, '-r', reg]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stderr).toContain(`phong-van-hoa-xa-hoi.xlsx: ${VHXH}; 1 of ${vhxhTasks.length} rows filled in\n`);
    const r = cli(['report', path.join(d, '001_01aba15c383c1695.progress.register.json'), '--as-of', '2026-01-15', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const row = mdTable(r.stdout, 'Tình hình thực hiện theo đơn vị').find((cells) => cells[1] === VHXH)!;
    expect([row[2], row[3]]).toEqual([String(vhxhTasks.length), '1']);
  });
});
