// Every refusal of `collect`: the message names the file (and the sheet and row), every
// problem of every tracker is reported in one run, the exit code is 2, and nothing is
// written — no register, no temporary file.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureOutput, exportSample, listFiles, run, writeRegister, VHXH, type Sample } from './setup.js';
import { fillCsv, fillXlsx } from './fill.js';

const GOLDEN_000 = fileURLToPath(new URL('../golden/000_f7326b36a3c50a06.register.json', import.meta.url));
const io = captureOutput();

let s: Sample;
let other: Sample;
beforeAll(async () => {
  s = await exportSample();
  other = await exportSample({ regFile: GOLDEN_000, prefix: 'pe-collect-other-' });
});

/** Run collect with -o into a fresh folder; check that the run wrote nothing anywhere. */
async function refused(trackers: string[], regFile = s.regFile): Promise<{ code: number; stderr: string; lines: string[] }> {
  const outDir = path.join(s.dir, `out-${Math.random().toString(36).slice(2)}`);
  const out = path.join(outDir, 'result.register.json');
  const before = listFiles(s.dir);
  const seen = io.stderr().length;
  const code = await run('collect', ...trackers, '--register', regFile, '-o', out);
  expect(existsSync(out), 'output written').toBe(false);
  expect(existsSync(outDir), 'output folder created').toBe(false);
  expect(listFiles(s.dir), 'files changed').toEqual(before);
  // Nor the default output next to the register.
  expect(existsSync(regFile.replace(/\.register\.json$/, '.progress.register.json'))).toBe(false);
  const stderr = io.stderr().slice(seen);
  return { code, stderr, lines: stderr.split('\n').filter((l) => l.startsWith('plan-extract: ')) };
}

function copy(name: string, as = name): string {
  const dest = path.join(s.dir, 'returned', as);
  copyFileSync(path.join(s.trackers, name), dest);
  return dest;
}

describe('collect refuses, names the file, writes nothing', () => {
  beforeAll(async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(s.dir, 'returned'), { recursive: true });
  });

  it('a tracker of another plan (xlsx _meta: plan sha256)', async () => {
    const file = path.join(s.dir, 'returned', 'khac-ke-hoach.xlsx');
    copyFileSync(path.join(other.trackers, 'phong-van-hoa-xa-hoi.xlsx'), file);
    const r = await refused([file]);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe(
      `plan-extract: ${file}: is a tracker of another plan: Số: /KH-UBND "Nâng cao chất lượng, hiệu quả hoạt động công vụ và tăng cường kỷ luật, kỷ cương hành chính phường Bắc Kạn năm 2026" (plan sha256 ${other.register.source.sha256.slice(0, 12)}…), but ${s.regFile} is Số: /KH-UBND "Cải cách hành chính phường Bách Quang năm 2026" (plan sha256 ${s.register.source.sha256.slice(0, 12)}…); collect it with its own plan's register`,
    );
    expect(r.lines.at(-1)).toBe('plan-extract: 1 problem in 1 tracker; nothing written');
  });

  it('a tracker of another version of the register (xlsx _meta: register sha256)', async () => {
    const newer = path.join(s.dir, 'KH-001.v2.register.json');
    const reg = structuredClone(s.register);
    reg.tasks[0]!.text += ' (sửa đổi)';
    writeRegister(newer, reg);
    const file = copy('phong-van-hoa-xa-hoi.xlsx');
    const r = await refused([file], newer);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(
      new RegExp(`^plan-extract: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: was exported from another version of this plan's register \\(register sha256 ${s.sha256.slice(0, 12)}… in the tracker's _meta, [0-9a-f]{12}… for .*KH-001\\.v2\\.register\\.json\\); collect it with the register the trackers were exported from \\(exported 2026-01-05\\)$`),
    );
  });

  it('a status outside the drop-down list (xlsx and csv)', async () => {
    const xlsx = path.join(s.dir, 'returned', 'vhxh-status.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), xlsx, { rows: { 'DM.2': { status: 'Xong' } } });
    const csv = path.join(s.dir, 'returned', 'van-phong-hdnd-va-ubnd.csv');
    fillCsv(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.csv'), csv, { rows: { 'DM.9': { status: 'Hoàn thành 80%' } } });
    const r = await refused([xlsx, csv]);
    expect(r.code).toBe(2);
    const allowed = '"Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Hoàn thành quá hạn", "Tạm dừng"';
    expect(r.lines).toEqual([
      `plan-extract: ${xlsx}: sheet "${VHXH}", row 12: status "Xong" of task DM.2 is not in the drop-down list (${allowed})`,
      `plan-extract: ${csv}: row 9: status "Hoàn thành 80%" of task DM.9 is not in the drop-down list (${allowed})`,
      'plan-extract: 2 problems in 2 trackers; nothing written',
    ]);
  });

  it('a progress outside 0–100, or not a number', async () => {
    const xlsx = path.join(s.dir, 'returned', 'vhxh-percent.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), xlsx, {
      rows: { 'DM.2': { status: 'Hoàn thành', percent: 120 }, 'DM.3': { percent: -5 }, 'DM.11': { status: 'Đang thực hiện', percent: 'khoảng một nửa' } },
    });
    const csv = path.join(s.dir, 'returned', 'vp-percent.csv');
    fillCsv(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.csv'), csv, { rows: { 'DM.9': { status: 'Đang thực hiện', percent: '150%' } } });
    const r = await refused([xlsx, csv]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      `plan-extract: ${xlsx}: sheet "${VHXH}", row 12: progress 120 is outside 0–100 (task DM.2)`,
      `plan-extract: ${xlsx}: sheet "${VHXH}", row 13: progress -5 is outside 0–100 (task DM.3)`,
      `plan-extract: ${xlsx}: sheet "${VHXH}", row 14: progress "khoảng một nửa" is not a number (write 0–100) (task DM.11)`,
      `plan-extract: ${csv}: row 9: progress 150 is outside 0–100 (task DM.9)`,
      'plan-extract: 4 problems in 2 trackers; nothing written',
    ]);
  });

  it('a row whose task id is unknown (xlsx and csv)', async () => {
    const xlsx = path.join(s.dir, 'returned', 'vhxh-unknown.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), xlsx, {
      rows: { 'DM.2': { status: 'Hoàn thành' } },
      append: [{ taskId: 'DM.99', edit: { status: 'Hoàn thành', note: 'nhiệm vụ bổ sung' } }],
    });
    const csv = path.join(s.dir, 'returned', 'vp-unknown.csv');
    fillCsv(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.csv'), csv, { rows: {}, append: [{ taskId: 'IV.9', edit: {} }] });
    const r = await refused([xlsx, csv]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      `plan-extract: ${xlsx}: sheet "${VHXH}", row 19: unknown task id "DM.99" (not in ${s.regFile})`,
      `plan-extract: ${csv}: row 12: unknown task id "IV.9" (not in ${s.regFile})`,
      'plan-extract: 2 problems in 2 trackers; nothing written',
    ]);
  });

  it('reports every problem of every tracker at once, good trackers included in the run', async () => {
    const good = path.join(s.dir, 'returned', 'trung-tam.xlsx');
    await fillXlsx(path.join(s.trackers, 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), good, { rows: { 'DM.17': { status: 'Đang thực hiện', percent: 50 } } });
    const bad = path.join(s.dir, 'returned', 'vhxh-many.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), bad, {
      sort: true,
      rows: { 'DM.2': { status: 'xong rồi' }, 'DM.3': { percent: 101 } },
      append: [{ taskId: 'X.1', edit: {} }],
    });
    const foreign = path.join(s.dir, 'returned', 'other-plan.xlsx');
    copyFileSync(path.join(other.trackers, 'van-phong-hdnd-va-ubnd.xlsx'), foreign);
    const r = await refused([good, bad, foreign]);
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(5);
    expect(r.lines.filter((l) => l.includes(bad))).toHaveLength(3);
    expect(r.lines.some((l) => l.startsWith(`plan-extract: ${foreign}: is a tracker of another plan`))).toBe(true);
    expect(r.lines.some((l) => l.includes(good))).toBe(false);
    expect(r.lines.at(-1)).toBe('plan-extract: 4 problems in 2 trackers; nothing written');
  });

  it('files that are not trackers: missing, empty, old .xls, a text file, a workbook without a tracker sheet', async () => {
    const dir = path.join(s.dir, 'returned');
    const missing = path.join(dir, 'khong-co.xlsx');
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const xls = path.join(dir, 'cu.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const txt = path.join(dir, 'ghi-chu.txt');
    writeFileSync(txt, 'Mã nhiệm vụ\tTrạng thái\n');
    const noHeader = path.join(dir, 'khac.csv');
    writeFileSync(noHeader, 'STT,Nội dung,Ghi chú\n1,abc,\n');
    const r = await refused([missing, empty, xls, txt, noHeader]);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      `plan-extract: ${missing}: no such file`,
      `plan-extract: ${empty}: empty file`,
      `plan-extract: ${xls}: an old binary Excel file (.xls); open it and save it as .xlsx (Excel Workbook)`,
      `plan-extract: ${txt}: not a tracker: expected an .xlsx or .csv file written by plan-extract export`,
      `plan-extract: ${noHeader}: no tracker header found (a row with "Mã nhiệm vụ" and "Trạng thái")`,
      'plan-extract: 5 problems in 5 trackers; nothing written',
    ]);
  });

  it('a CSV row whose task text is another plan\'s (CSV cannot prove its register version)', async () => {
    const csv = path.join(s.dir, 'returned', 'phong-van-hoa-xa-hoi.csv');
    // Plan 000's tracker for the same unit: its first id, III.3-1, exists in plan 001 too, but the text gives it away.
    copyFileSync(path.join(other.trackers, 'phong-van-hoa-xa-hoi.csv'), csv);
    const r = await refused([csv]);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(/: row 2: the task text does not match task III\.3-1 of .*KH-001\.register\.json \("Thường xuyên theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế…"\): a tracker of another plan\?$/);
    // The same for a register's own CSV whose text was replaced.
    const edited = path.join(s.dir, 'returned', 'phong-van-hoa-xa-hoi-2.csv');
    const text = readFileSync(path.join(s.trackers, 'phong-van-hoa-xa-hoi.csv'), 'utf8').replace('Xây dựng Kế hoạch tuyên truyền CCHC năm 2026 của phường.', 'Tổ chức hội nghị triển khai công tác kiểm tra kỷ luật công vụ tại các cơ quan');
    writeFileSync(edited, text);
    const r2 = await refused([edited]);
    expect(r2.lines[0]).toBe(
      `plan-extract: ${edited}: row 8: the task text does not match task DM.2 of ${s.regFile} ("Tổ chức hội nghị triển khai công tác kiểm tra kỷ luật công…"): a tracker of another plan?`,
    );
  });

  it('a CSV whose unit cannot be told, and a combined CSV naming an unknown unit', async () => {
    const csv = path.join(s.dir, 'returned', 'bao-cao.csv');
    // Only tasks Mặt trận Tổ quốc shares with two other units, and a file name that is no unit's.
    const all = readFileSync(path.join(s.trackers, 'mat-tran-to-quoc.csv'), 'utf8');
    writeFileSync(csv, all);
    const combined = path.join(s.dir, 'returned', 'tong-hop-sua.csv');
    writeFileSync(combined, readFileSync(path.join(s.trackers, 'tong-hop.csv'), 'utf8').replace('\r\nMặt trận Tổ quốc,', '\r\nMặt trận Tổ quốc phường X,'));
    const r = await refused([csv, combined]);
    expect(r.lines[0]).toBe(
      `plan-extract: ${csv}: cannot tell which unit this file reports for; name the file after the unit (as export does: phong-van-hoa-xa-hoi.csv) or add a "Đơn vị" column`,
    );
    expect(r.lines[1]).toMatch(new RegExp(`: row \\d+: unknown unit "Mặt trận Tổ quốc phường X" \\(not a unit of `));
  });

  it('an existing output without --force (the register is not replaced); --force replaces it', async () => {
    const file = copy('phong-van-hoa-xa-hoi.xlsx', 'vhxh-plain.xlsx');
    const out = path.join(s.dir, 'existing.register.json');
    writeFileSync(out, 'old');
    expect(await run('collect', file, '--register', s.regFile, '-o', out)).toBe(2);
    expect(io.stderr()).toBe(`plan-extract: ${out}: already exists (use --force to overwrite)\n`);
    expect(readFileSync(out, 'utf8')).toBe('old');
    // The input register itself is never the default target, and needs --force to be replaced.
    expect(await run('collect', file, '--register', s.regFile, '-o', s.regFile)).toBe(2);
    expect(io.stderr()).toContain('is the input register; use --force to update it in place');
    expect(await run('collect', file, '--register', s.regFile, '-o', out, '--force', '-q')).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe('1.1.0');
  });

  it('an invalid --register: one line, exit 2', async () => {
    const bad = path.join(s.dir, 'bad.register.json');
    writeFileSync(bad, '{"schemaVersion": "1.0.0"}');
    const file = copy('phong-van-hoa-xa-hoi.xlsx', 'vhxh-x.xlsx');
    expect(await run('collect', file, '--register', bad)).toBe(2);
    expect(io.stderr()).toMatch(/^plan-extract: .*bad\.register\.json: not a valid register: \/: must have required property 'generator' \(and \d+ more\)\n$/);
    expect(existsSync(path.join(s.dir, 'bad.progress.register.json'))).toBe(false);
  });
});
