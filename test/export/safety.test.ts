import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../src/export/index.js';
import type { Register } from '../../src/register/types.js';
import { InputError } from '../../src/util/fs.js';
import { options, readWorkbook, register001, registerWith, sheetXml, task, tmp } from './helpers.js';

const SHA = 'a'.repeat(64);
const HOSTILE = ['=HYPERLINK("http://x","y")', '=1+1', '+1', '-1', '- Văn phòng', '@SUM(A1)', '\t=1+1', '\r=1+1'];

function hostileRegister(): Register {
  const reg = registerWith(HOSTILE.map((t, i) => task(`DM.${i + 1}`, t, ['=Phòng A'], ['- Văn phòng'], '2026-03-31')));
  reg.document.title = { text: '=HYPERLINK("http://evil","click")', line: 8 };
  return reg;
}

describe('formula injection', () => {
  it('xlsx: hostile texts are plain string cells (never formulas), kept as written', async () => {
    const dir = tmp();
    await exportRegister(hostileRegister(), SHA, options(dir, { byUnit: true }));
    const file = path.join(dir, 'tong-hop.xlsx');
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet('=Phòng A')!;
    expect(ws).toBeDefined();
    const texts = HOSTILE.map((_, i) => ws.getCell(`C${6 + i}`).value);
    // A CR becomes LF (a line break in the cell); everything else is kept exactly.
    expect(texts).toEqual(HOSTILE.map((t) => t.replace(/^\r/, '\n')));
    for (let i = 0; i < HOSTILE.length; i++) {
      for (const col of ['C', 'E', 'F']) {
        const cell = ws.getCell(`${col}${6 + i}`);
        expect(typeof cell.value).toBe('string');
        expect(cell.formula).toBeUndefined();
      }
    }
    expect(ws.getCell('E6').value).toBe('=Phòng A');
    expect(ws.getCell('A1').value).toBe('KẾ HOẠCH =HYPERLINK("http://evil","click")');
    // No <f> element anywhere in the unit sheets: nothing from the plan can be evaluated.
    expect(sheetXml(file, '=Phòng A')).not.toMatch(/<f[ >]/);
    expect(sheetXml(file, '- Văn phòng')).not.toMatch(/<f[ >]/);
    const per = await readWorkbook(path.join(dir, 'phong-a.xlsx'));
    expect(per.worksheets[0]!.getCell('C6').value).toBe('=HYPERLINK("http://x","y")');
  });

  it('csv: hostile cells get a leading apostrophe, in every text column', async () => {
    const dir = tmp();
    await exportRegister(hostileRegister(), SHA, options(dir, { to: 'csv', byUnit: true }));
    const text = readFileSync(path.join(dir, 'phong-a.csv'), 'utf8');
    const { parse } = await import('csv-parse/sync');
    const rows: string[][] = parse(text, { bom: true });
    expect(rows.slice(1).map((r) => r[2])).toEqual(HOSTILE.map((t) => `'${t}`));
    expect(rows.slice(1).every((r) => r[4] === "'=Phòng A" && r[5] === "'- Văn phòng")).toBe(true);
    expect(text).toContain(`'=HYPERLINK(""http://x"",""y"")`);
    const all: string[][] = parse(readFileSync(path.join(dir, 'tong-hop.csv')), { bom: true });
    expect(new Set(all.slice(1).map((r) => r[0]))).toEqual(new Set(["'=Phòng A", "'- Văn phòng"]));
  });
});

describe('never overwrite, never leave a partial export', () => {
  it('refuses when any target exists (no --force): one error, nothing written', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'phong-van-hoa-xa-hoi.xlsx'), 'old');
    const err = await exportRegister(register001(), SHA, options(dir, { byUnit: true, to: 'both' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`${path.join(dir, 'phong-van-hoa-xa-hoi.xlsx')}: already exists; use --force to overwrite`);
    expect(readdirSync(dir)).toEqual(['phong-van-hoa-xa-hoi.xlsx']);
    expect(readFileSync(path.join(dir, 'phong-van-hoa-xa-hoi.xlsx'), 'utf8')).toBe('old');
  });

  it('names how many targets exist', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'tong-hop.xlsx'), 'old');
    writeFileSync(path.join(dir, 'tong-hop.csv'), 'old');
    await expect(exportRegister(register001(), SHA, options(dir, { to: 'both' }))).rejects.toThrow(/tong-hop\.xlsx: already exists \(and 1 more\); use --force/);
  });

  it('--force still refuses to replace a folder, before writing anything', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'phong-van-hoa-xa-hoi.csv'));
    await expect(exportRegister(register001(), SHA, options(dir, { to: 'csv', byUnit: true, force: true }))).rejects.toThrow(/phong-van-hoa-xa-hoi\.csv: exists and is not a file/);
    expect(readdirSync(dir)).toEqual(['phong-van-hoa-xa-hoi.csv']);
  });

  it('--force replaces existing files', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'tong-hop.xlsx'), 'old');
    await exportRegister(register001(), SHA, options(dir, { force: true }));
    expect((await readWorkbook(path.join(dir, 'tong-hop.xlsx'))).worksheets.length).toBe(12);
  });

  it.each(['xlsx', 'csv', 'both'] as const)('a failure half-way (--to %s) leaves no file and no temporary file', async (to) => {
    const dir = tmp();
    const reg = register001();
    // The text of one task can be read once (the master file) and then fails.
    const t = reg.tasks.find((x) => x.id === 'DM.2')!;
    let reads = 0;
    Object.defineProperty(t, 'text', {
      get() {
        if (++reads > 1) throw new Error('disk on fire');
        return 'Xây dựng Kế hoạch tuyên truyền';
      },
    });
    await expect(exportRegister(reg, SHA, options(dir, { to, byUnit: true }))).rejects.toThrow('disk on fire');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates the output folder, and keeps unrelated files', async () => {
    const root = tmp();
    const dir = path.join(root, 'a', 'b');
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'keep.txt'), 'x');
    await exportRegister(register001(), SHA, options(dir, { to: 'csv' }));
    expect(readdirSync(dir)).toEqual(['tong-hop.csv']);
    expect(readdirSync(path.join(root, 'a')).sort()).toEqual(['b', 'keep.txt']);
  });

  it('rejects bad option values with a usage error', async () => {
    const dir = tmp();
    await expect(exportRegister(register001(), SHA, options(dir, { asOf: '2026-02-30' }))).rejects.toThrow(/--as-of must be a date YYYY-MM-DD/);
    await expect(exportRegister(register001(), SHA, options(dir, { to: 'pdf' as 'csv' }))).rejects.toThrow(/--to must be xlsx, csv or both/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
