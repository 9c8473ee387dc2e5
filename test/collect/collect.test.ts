// collectProgress: how rows are matched back (whatever users did to the tracker), which unit
// a sheet or file reports for, duplicates, conflicts, re-collecting.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectProgress, defaultOutput, type CollectResult } from '../../src/collect/index.js';
import type { Register } from '../../src/register/types.js';
import { exportSample, TT, VHXH, VP, type Sample } from './setup.js';
import { fillCsv, fillXlsx } from './fill.js';

let s: Sample;
let back: string;
beforeAll(async () => {
  s = await exportSample();
  back = path.join(s.dir, 'returned');
  mkdirSync(back, { recursive: true });
});

const collect = (files: string[], reg: Register = s.register, sha = s.sha256): Promise<CollectResult> =>
  collectProgress({ register: reg, registerSha256: sha, registerFile: s.regFile }, files);

const progressOf = (res: CollectResult, id: string) => res.register!.tasks.find((t) => t.id === id)!.progress!;

describe('collectProgress', () => {
  it('the master workbook: several unit sheets, renamed, sorted, a column added; units from the title block', async () => {
    const file = path.join(back, 'tong-hop-da-dien.xlsx');
    const master = path.join(s.trackers, 'tong-hop.xlsx');
    const step1 = path.join(back, 'step1.xlsx');
    await fillXlsx(master, step1, { sort: true, addColumn: true, renameSheet: 'Sheet A', rows: { 'DM.2': { status: 'Hoàn thành', percent: 100 } } }, VHXH);
    await fillXlsx(step1, file, { renameSheet: 'Sheet B', blankRows: true, rows: { 'DM.9': { status: 'Đang thực hiện', percent: 25, note: 'đợt 1' } } }, VP);
    const res = await collect([file]);
    expect(res.problems).toEqual([]);
    expect(progressOf(res, 'DM.2')).toEqual([
      expect.objectContaining({ unit: VHXH, role: 'lead', status: 'done', percent: 100, sheet: 'Sheet A', verified: true, tracker: 'tong-hop-da-dien.xlsx' }),
    ]);
    expect(progressOf(res, 'DM.9')).toEqual([expect.objectContaining({ unit: VP, status: 'in-progress', percent: 25, notes: 'đợt 1', sheet: 'Sheet B' })]);
    // Every unit sheet of the master was read (the summary sheet is not a tracker sheet).
    expect(res.trackers[0]!.units.length).toBe(10);
    expect(res.trackers[0]!.entries).toBe(2);
  });

  it('English trackers, English statuses; Vietnamese statuses in any case or Unicode form are accepted too', async () => {
    const en = await exportSample({ lang: 'en', prefix: 'pe-collect-en-' });
    const file = path.join(en.dir, 'vhxh-en.xlsx');
    await fillXlsx(path.join(en.trackers, 'phong-van-hoa-xa-hoi.xlsx'), file, {
      rows: { 'DM.2': { status: 'Done late', percent: 100 }, 'DM.3': { status: 'hoàn thành'.normalize('NFD') }, 'DM.11': { status: ' ON HOLD ' } },
    });
    const res = await collectProgress({ register: en.register, registerSha256: en.sha256, registerFile: en.regFile }, [file]);
    expect(res.problems).toEqual([]);
    const p = (id: string) => res.register!.tasks.find((t) => t.id === id)!.progress![0]!;
    expect([p('DM.2').status, p('DM.3').status, p('DM.11').status]).toEqual(['done-late', 'done', 'on-hold']);
    expect(p('DM.11').statusLabel).toBe('ON HOLD');
  });

  it('CSV: unit from the file name (also "name (1).csv"), else from the tasks; ";" and TAB; Windows-1258', async () => {
    const a = path.join(back, 'phong-van-hoa-xa-hoi (1).csv');
    fillCsv(path.join(s.trackers, 'phong-van-hoa-xa-hoi.csv'), a, { delimiter: ';', rows: { 'DM.2': { status: 'Hoàn thành', percent: '100' } } });
    const b = path.join(back, 'bao-cao-quy-2.csv');
    fillCsv(path.join(s.trackers, 'trung-tam-phuc-vu-hanh-chinh-cong.csv'), b, { delimiter: '\t', rows: { 'DM.17': { status: 'Đang thực hiện', percent: '45,5' } } });
    // Excel's plain "CSV" on Vietnamese Windows: Windows-1258 bytes, no BOM.
    const c = path.join(back, 'van-phong-hdnd-va-ubnd.csv');
    const header = 'STT,Mã nhiệm vụ,Trạng thái,Tiến độ (%)\r\n1,DM.9,Đang thực hiện,10\r\n';
    writeFileSync(c, encode1258(header));
    const res = await collect([a, b, c]);
    expect(res.problems).toEqual([]);
    expect(progressOf(res, 'DM.2')[0]).toMatchObject({ unit: VHXH, status: 'done', percent: 100, sheet: null, verified: false, row: 8 });
    expect(progressOf(res, 'DM.17')[0]).toMatchObject({ unit: TT, percent: 45.5 });
    expect(progressOf(res, 'DM.9')[0]).toMatchObject({ unit: VP, status: 'in-progress', statusLabel: 'Đang thực hiện', percent: 10 });
    expect(res.notes.some((n) => n.includes('cannot prove which register version'))).toBe(true);
  });

  it('the combined CSV (tong-hop.csv) takes each row\'s unit from its "Đơn vị" column', async () => {
    const file = path.join(back, 'tong-hop.csv');
    const text = readFileSync(path.join(s.trackers, 'tong-hop.csv'), 'utf8')
      .split('\r\n')
      .map((line) => (line.startsWith(`${VP},`) ? line.replace(/,,,,,("?DM\.2, )/, ',Chưa thực hiện,,,Chờ dự thảo,$1') : line))
      .join('\r\n');
    writeFileSync(file, text);
    const res = await collect([file]);
    expect(res.problems).toEqual([]);
    expect(progressOf(res, 'DM.2')).toEqual([expect.objectContaining({ unit: VP, role: 'support', status: 'not-started', notes: 'Chờ dự thảo' })]);
  });

  it('two units on one task are both kept; done vs not done is a collect/conflicting-status warning at the task line', async () => {
    const x = path.join(back, 'c-vhxh.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), x, { rows: { 'DM.2': { status: 'Hoàn thành' }, 'DM.3': { status: 'Hoàn thành quá hạn' } } });
    const y = path.join(back, 'c-tt.xlsx');
    await fillXlsx(path.join(s.trackers, 'trung-tam-phuc-vu-hanh-chinh-cong.xlsx'), y, { rows: { 'DM.3': { status: 'Hoàn thành' } } });
    const z = path.join(back, 'van-phong-hdnd-va-ubnd.xlsx');
    await fillXlsx(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.xlsx'), z, { rows: { 'DM.2': { status: 'Chưa thực hiện' } } });
    const res = await collect([x, y, z]);
    expect(progressOf(res, 'DM.2').map((p) => [p.unit, p.role, p.status])).toEqual([
      [VHXH, 'lead', 'done'],
      [VP, 'support', 'not-started'],
    ]);
    const diags = res.register!.diagnostics.filter((d) => d.rule.startsWith('collect/'));
    const dm2 = res.register!.tasks.find((t) => t.id === 'DM.2')!;
    expect(diags).toEqual([
      {
        rule: 'collect/conflicting-status',
        severity: 'warning',
        message: `conflicting status for task DM.2: ${VHXH} (lead) says "Hoàn thành" (c-vhxh.xlsx "${VHXH}" row 12); ${VP} (support) says "Chưa thực hiện" (van-phong-hdnd-va-ubnd.xlsx "${VP}" row 11)`,
        line: dm2.source.line,
        column: dm2.source.column,
      },
    ]);
    // Done and done late do not conflict.
    expect(progressOf(res, 'DM.3')).toHaveLength(2);
  });

  it('the same unit twice: identical reports merge silently; different ones keep the later tracker with a warning', async () => {
    const older = path.join(back, 'd-old.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), older, { modified: new Date(2026, 3, 1), rows: { 'DM.2': { status: 'Đang thực hiện', percent: 50 }, 'DM.3': { status: 'Hoàn thành' } } });
    const newer = path.join(back, 'd-new.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), newer, { modified: new Date(2026, 5, 1), rows: { 'DM.2': { status: 'Hoàn thành', percent: 100 }, 'DM.3': { status: 'Hoàn thành' } } });
    // Given newest first: the date decides, not the order.
    const res = await collect([newer, older]);
    expect(progressOf(res, 'DM.2')).toEqual([expect.objectContaining({ status: 'done', tracker: 'd-new.xlsx', trackerDate: '2026-06-01' })]);
    expect(progressOf(res, 'DM.3')).toHaveLength(1);
    const dup = res.register!.diagnostics.filter((d) => d.rule === 'collect/duplicate-report');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.message).toContain('reported twice on task DM.2');
    expect(dup[0]!.message).toContain('kept the later one, d-new.xlsx');
  });

  it('blank status with other cells filled: kept with status null and a collect/no-status note; untouched rows give no entry', async () => {
    const file = path.join(back, 'e.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), file, { rows: { 'DM.11': { note: 'đang chờ' } } });
    const res = await collect([file]);
    expect(progressOf(res, 'DM.11')).toEqual([expect.objectContaining({ status: null, statusLabel: null, percent: null, notes: 'đang chờ' })]);
    expect(progressOf(res, 'DM.12')).toEqual([]);
    expect(res.register!.diagnostics.filter((d) => d.rule === 'collect/no-status')).toHaveLength(1);
  });

  it('a task reported by a unit the register does not assign: kept, role null, collect/not-assigned', async () => {
    const file = path.join(back, 'phong-kinh-te-ha-tang-va-do-thi.csv');
    fillCsv(path.join(s.trackers, 'phong-kinh-te-ha-tang-va-do-thi.csv'), file, {
      rows: {},
      append: [{ taskId: 'III.4-1', edit: { status: 'Hoàn thành' } }],
    });
    // The CSV row for III.4-1 has no task text: nothing to compare, matched on the id.
    const res = await collect([file]);
    expect(res.problems).toEqual([]);
    expect(progressOf(res, 'III.4-1')).toEqual([expect.objectContaining({ unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', role: null })]);
    expect(res.register!.diagnostics.find((d) => d.rule === 'collect/not-assigned')!.message).toContain('which the register does not assign to it');
  });

  it('re-collecting into a progress register keeps other units\' entries and recomputes collect/* diagnostics', async () => {
    const a = path.join(back, 'f-vhxh.xlsx');
    await fillXlsx(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), a, { rows: { 'DM.2': { status: 'Hoàn thành' } } });
    const b = path.join(back, 'van-phong-hdnd-va-ubnd.xlsx');
    await fillXlsx(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.xlsx'), b, { rows: { 'DM.2': { status: 'Chưa thực hiện' } } });
    const first = await collect([a, b]);
    expect(first.register!.diagnostics.filter((d) => d.rule === 'collect/conflicting-status')).toHaveLength(1);
    // A month later only Văn phòng sends an update; the trackers still carry the original register's sha.
    const c = path.join(back, 'van-phong-2.xlsx');
    await fillXlsx(path.join(s.trackers, 'van-phong-hdnd-va-ubnd.xlsx'), c, { rows: { 'DM.2': { status: 'Hoàn thành' } } });
    const second = await collect([c], first.register!, s.sha256);
    expect(progressOf(second, 'DM.2').map((p) => [p.unit, p.status, p.tracker])).toEqual([
      [VHXH, 'done', 'f-vhxh.xlsx'],
      [VP, 'done', 'van-phong-2.xlsx'],
    ]);
    expect(second.register!.diagnostics.filter((d) => d.rule.startsWith('collect/'))).toEqual([]);
    expect(second.register!.diagnostics.length).toBe(s.register.diagnostics.length);
  });

  it('a workbook without _meta (rows copied into a new workbook) is matched on ids, unverified, with a note', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.addRow(['BÁO CÁO KẾT QUẢ QUÝ II']);
    ws.addRow(['Đơn vị: Trung tâm Phục vụ hành chính công']);
    ws.addRow([]);
    ws.addRow(['Mã nhiệm vụ', 'Nội dung công việc', 'Trạng thái', 'Tiến độ (%)', 'Ghi chú']);
    ws.addRow(['DM.17', s.register.tasks.find((t) => t.id === 'DM.17')!.text, 'Đang thực hiện', 80, '']);
    const file = path.join(back, 'tu-lam.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await collect([file]);
    expect(res.problems).toEqual([]);
    expect(progressOf(res, 'DM.17')).toEqual([expect.objectContaining({ unit: TT, percent: 80, verified: false, row: 5, sheet: 'Báo cáo' })]);
    expect(res.notes[0]).toContain('no _meta sheet');
  });

  it('the output register validates, is 1.1.0, and does not change the input object', async () => {
    const file = path.join(back, 'g.xlsx');
    copyFileSync(path.join(s.trackers, 'phong-van-hoa-xa-hoi.xlsx'), file);
    const before = structuredClone(s.register);
    const res = await collect([file]);
    expect(res.register!.schemaVersion).toBe('1.1.0');
    expect(res.register!.tasks.every((t) => Array.isArray(t.progress) && t.progress.length === 0)).toBe(true);
    expect(s.register).toEqual(before);
  });
});

describe('defaultOutput', () => {
  it('puts <base>.progress.register.json next to the register', () => {
    expect(defaultOutput('out/KH-12.register.json')).toBe(path.join('out', 'KH-12.progress.register.json'));
    expect(defaultOutput('/a/b/KH.progress.register.json')).toBe('/a/b/KH.progress.register.json');
    expect(defaultOutput('x.json')).toBe('x.progress.register.json');
  });
});

/** Encode text as Windows-1258 for the few characters these tests use (precomposed where 1258 has them, else base + combining mark). */
function encode1258(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // A base letter 1258 has precomposed (â, ê, ô, ơ, ư, ă) plus one combining tone mark.
    const [letter, ...marks] = [...ch.normalize('NFD')];
    let done = false;
    for (const [i, tone] of marks.entries()) {
      const base = table.get([letter, ...marks.filter((_, j) => j !== i)].join('').normalize('NFC'));
      const mark = table.get(tone!);
      if (base !== undefined && mark !== undefined) {
        out.push(base, mark);
        done = true;
        break;
      }
    }
    if (!done) throw new Error(`cannot encode ${ch} in windows-1258`);
  }
  return Buffer.from(out);
}
