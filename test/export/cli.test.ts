// `plan-extract export`, run in-process through main() (no build needed).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { inputBaseName, outputDirs } from '../../src/cli/commands/export.js';
import { FIXTURE_001, readWorkbook, tmp, VHXH, VHXH_LEADS } from './helpers.js';

const PLAN = path.resolve('fixtures/001_01aba15c383c1695.txt');

let stderr: string[];
beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr.push(String(s));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const run = (...args: string[]) => main(['node', 'plan-extract', 'export', ...args]);

function metaOf(wb: Awaited<ReturnType<typeof readWorkbook>>): Record<string, unknown> {
  const kv: Record<string, unknown> = {};
  wb.getWorksheet('_meta')!.eachRow((row) => {
    kv[String(row.getCell(1).value)] = row.getCell(2).value;
  });
  return kv;
}

describe('plan-extract export', () => {
  it('exports a register file: master xlsx + csv in -o DIR, sha256 of the file in _meta', async () => {
    const dir = tmp();
    const out = path.join(dir, 'trackers');
    expect(await run(FIXTURE_001, '--to', 'both', '-o', out, '--as-of', '2026-05-15')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['tong-hop.csv', 'tong-hop.xlsx']);
    const wb = await readWorkbook(path.join(out, 'tong-hop.xlsx'));
    const sha = createHash('sha256').update(readFileSync(FIXTURE_001)).digest('hex');
    expect(metaOf(wb)).toMatchObject({ registerSha256: sha, exportDate: '2026-05-15', schemaVersion: '1.0.0' });
    expect(stderr.join('')).toMatch(/001\.register\.json → .*trackers.: tong-hop\.xlsx, tong-hop\.csv; 10 units, 64 tasks\n$/);
  });

  it('default -o is out/ in the working directory', async () => {
    const dir = tmp();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await run(FIXTURE_001, '--to', 'csv', '-q')).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['tong-hop.csv']);
    expect(stderr).toEqual([]);
  });

  it('several inputs: one sub-folder per input base name; --by-unit, --role, --lang, --delimiter', async () => {
    const dir = tmp();
    copyFileSync(FIXTURE_001, path.join(dir, 'KH-a.register.json'));
    copyFileSync(FIXTURE_001, path.join(dir, 'KH-b.register.json'));
    const out = path.join(dir, 'out');
    const code = await run(path.join(dir, 'KH-a.register.json'), path.join(dir, 'KH-b.register.json'), '--to', 'csv', '-o', out, '--by-unit', '--role', 'lead', '--lang', 'en', '--delimiter', ';');
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['KH-a', 'KH-b']);
    const files = readdirSync(path.join(out, 'KH-a'));
    expect(files).toContain('tong-hop.csv');
    expect(files).toContain('phong-van-hoa-xa-hoi.csv');
    expect(files).not.toContain('cac-phong-chuyen-mon.csv'); // supports only; --role lead
    const csv = readFileSync(path.join(out, 'KH-b', 'phong-van-hoa-xa-hoi.csv'), 'utf8');
    expect(csv.startsWith('\ufeffNo.;Task ID;Task;Role;')).toBe(true);
    expect(csv.split('\r\n').length - 2).toBe(VHXH_LEADS.length);
    expect(stderr.at(-1)).toBe(`2 plans exported, ${files.length * 2} files\n`);
  });

  it('parses a plan file on the fly', async () => {
    const dir = tmp();
    expect(await run(PLAN, '--to', 'xlsx', '-o', dir, '--by-unit')).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'phong-van-hoa-xa-hoi.xlsx'));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe(VHXH);
    const ids: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 5) ids.push(row.getCell(2).value);
    });
    expect(ids).toEqual(expect.arrayContaining(VHXH_LEADS));
    expect(metaOf(wb).registerSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('missing input: one line naming the file, exit 2, nothing written', async () => {
    const dir = tmp();
    const out = path.join(dir, 'out');
    expect(await run(FIXTURE_001, path.join(dir, 'nope.register.json'), '--to', 'xlsx', '-o', out)).toBe(2);
    expect(stderr).toEqual([`plan-extract: ${path.join(dir, 'nope.register.json')}: no such file\n`]);
    expect(existsSync(out)).toBe(false);
  });

  it('existing output without --force: one line, exit 2, nothing written for any input; --force overwrites', async () => {
    const dir = tmp();
    copyFileSync(FIXTURE_001, path.join(dir, 'a.register.json'));
    copyFileSync(FIXTURE_001, path.join(dir, 'b.register.json'));
    const out = path.join(dir, 'out');
    const args = [path.join(dir, 'a.register.json'), path.join(dir, 'b.register.json'), '--to', 'xlsx', '-o', out];
    expect(await run(...args)).toBe(0);
    writeFileSync(path.join(out, 'b', 'tong-hop.xlsx'), 'edited by hand');
    const before = readFileSync(path.join(out, 'a', 'tong-hop.xlsx'));
    // a's file exists too, but b's is the one a user would lose: both are reported as one line.
    stderr = [];
    expect(await run(...args)).toBe(2);
    expect(stderr).toEqual([`plan-extract: ${path.join(out, 'a', 'tong-hop.xlsx')}: already exists (and 1 more); use --force to overwrite\n`]);
    expect(readFileSync(path.join(out, 'b', 'tong-hop.xlsx'), 'utf8')).toBe('edited by hand');
    expect(readFileSync(path.join(out, 'a', 'tong-hop.xlsx')).equals(before)).toBe(true);
    expect(await run(...args, '--force')).toBe(0);
    expect((await readWorkbook(path.join(out, 'b', 'tong-hop.xlsx'))).worksheets.length).toBe(12);
  });

  it('rejects invalid registers and bad options with exit 2', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.register.json'), '{"schemaVersion": 1}');
    writeFileSync(path.join(dir, 'broken.register.json'), '{');
    expect(await run(path.join(dir, 'bad.register.json'), '--to', 'csv', '-o', dir)).toBe(2);
    expect(stderr.join('')).toMatch(/bad\.register\.json: not a valid register: /);
    expect(await run(path.join(dir, 'broken.register.json'), '--to', 'csv', '-o', dir)).toBe(2);
    expect(stderr.join('')).toMatch(/broken\.register\.json: not valid JSON/);
    expect(await run(FIXTURE_001, '--to', 'pdf', '-o', dir)).toBe(2);
    expect(stderr.join('')).toMatch(/--to must be xlsx, csv or both/);
    expect(await run(FIXTURE_001, '--to', 'csv', '--as-of', '15/05/2026', '-o', dir)).toBe(2);
    expect(await run(FIXTURE_001, '-o', dir)).toBe(2); // --to is required
    expect(readdirSync(dir).sort()).toEqual(['bad.register.json', 'broken.register.json']);
  });
});

describe('output folders', () => {
  it('one input: DIR itself; several: DIR/<base name>, repeats numbered', () => {
    expect(outputDirs(['x/KH.md'], 'out')).toEqual(['out']);
    expect(outputDirs(['x/KH.md', 'y/KH.register.json', 'KH2.txt', 'z/KH.md'], 'out')).toEqual([
      path.join('out', 'KH'),
      path.join('out', 'KH-2'),
      path.join('out', 'KH2'),
      path.join('out', 'KH-3'),
    ]);
    expect(inputBaseName('..')).toBe('plan');
    expect(inputBaseName('/a/b/Kế hoạch 12.docx')).toBe('Kế hoạch 12');
  });
});
