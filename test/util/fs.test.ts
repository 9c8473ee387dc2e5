// Atomic writes: stage (temporary sibling) then commit (rename), refusals, and write failures
// reported as InputErrors that name the file (exit code 2) instead of crashing with a stack.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from '../helpers/cli.js';
import { InputError, commitStaged, commitStagedAsync, discardStaged, stageFile, stageFileAsync, writeError, writeFileAtomic } from '../../src/util/fs.js';

const PLAN = path.resolve('fixtures/001_01aba15c383c1695.txt');

describe('stageFile / commitStaged', () => {
  it('stages beside the target (folders made), leaves the target alone until the commit', () => {
    const dir = tmp('pe-fs-');
    const target = path.join(dir, 'a', 'b', 'r.json');
    const staged = stageFile(target, 'new');
    expect(path.dirname(staged)).toBe(path.dirname(target));
    expect(path.basename(staged)).toMatch(/^\.r\.json\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(existsSync(target)).toBe(false);
    commitStaged(staged, target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(path.dirname(target))).toEqual(['r.json']);
  });

  it('a commit over an existing file is refused without force, and the staged file removed; with force it replaces it', () => {
    const dir = tmp('pe-fs-');
    const target = path.join(dir, 'r.json');
    writeFileSync(target, 'old');
    const staged = stageFile(target, 'new');
    expect(() => commitStaged(staged, target)).toThrow(InputError);
    expect(() => commitStaged(stageFile(target, 'new'), target)).toThrow(/r\.json: already exists \(use --force to overwrite\)/);
    expect(readdirSync(dir)).toEqual(['r.json']);
    expect(readFileSync(target, 'utf8')).toBe('old');
    commitStaged(stageFile(target, 'new'), target, { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('discardStaged removes a staged file and never throws', () => {
    const dir = tmp('pe-fs-');
    const staged = stageFile(path.join(dir, 'r.json'), 'x');
    discardStaged(staged);
    discardStaged(staged);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('stageFileAsync (the reused encoding buffers)', () => {
  it('writes exactly the UTF-8 of each string, with many writes in flight at once and buffers reused after them', async () => {
    const dir = tmp('pe-fs-');
    // Vietnamese text, astral characters (4 bytes for 2 code units), a lone surrogate (U+FFFD, 3 bytes for
    // 1), ASCII, an empty string, one long enough to outgrow every buffer, and a short one after it
    const texts = ['Ủy ban nhân dân phường Đông Hòa\n', '😀 Sở Văn hoá – Thể thao 😀', 'a\ud800b\udc00', 'plain ascii', '', 'Đ'.repeat(300_000), 'x'];
    for (let round = 0; round < 3; round++) {
      const jobs = texts.map((t, i) => stageFileAsync(path.join(dir, `r${round}-${i}.json`), t));
      const staged = await Promise.all(jobs);
      for (let i = 0; i < texts.length; i++) {
        await commitStagedAsync(staged[i]!, path.join(dir, `r${round}-${i}.json`));
        expect(readFileSync(path.join(dir, `r${round}-${i}.json`)).equals(Buffer.from(texts[i]!))).toBe(true);
      }
    }
    // a Uint8Array is written as it is
    const target = path.join(dir, 'bytes.bin');
    await commitStagedAsync(await stageFileAsync(target, new Uint8Array([0, 255, 10])), target);
    expect([...readFileSync(target)]).toEqual([0, 255, 10]);
  });
});

describe('write failures', () => {
  it('a file where a folder should be: an InputError naming the target, nothing left behind', async () => {
    const dir = tmp('pe-fs-');
    writeFileSync(path.join(dir, 'file'), 'x');
    const target = path.join(dir, 'file', 'sub', 'r.json');
    expect(() => stageFile(target, 'y')).toThrow(InputError);
    await expect(writeFileAtomic(target, 'y')).rejects.toThrow(`${target}: a part of its path is a file, not a folder`);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('maps system error codes to messages, and leaves other errors alone', () => {
    const sys = (code: string) => Object.assign(new Error(code), { code });
    expect((writeError('x', sys('EACCES')) as Error).message).toBe('x: permission denied');
    expect((writeError('x', sys('ENOSPC')) as Error).message).toBe('x: no space left on the device');
    expect((writeError('x', sys('EIO')) as Error).message).toBe('x: cannot write (EIO)');
    const bug = new TypeError('bug');
    expect(writeError('x', bug)).toBe(bug);
    const input = new InputError('y', 'already exists');
    expect(writeError('x', input)).toBe(input);
  });

  it('extract, export and report: an output path under a file gives exit code 2 and one clear line', () => {
    const dir = tmp('pe-fs-cli-');
    writeFileSync(path.join(dir, 'file'), 'x');
    mkdirSync(path.join(dir, 'regs'));
    expect(cli(['extract', PLAN, '-o', path.join(dir, 'regs'), '-q']).code).toBe(0);
    const reg = path.join(dir, 'regs', '001_01aba15c383c1695.register.json');
    const runs = [
      cli(['extract', PLAN, '-o', path.join(dir, 'file', 'x')]),
      cli(['extract', PLAN, PLAN.replace('001_01aba15c383c1695', '002_726a7572a9116535'), '-o', path.join(dir, 'file', 'x'), '--jobs', '2']),
      cli(['export', reg, '--by-unit', '--to', 'xlsx', '-o', path.join(dir, 'file', 'x')]),
      cli(['report', reg, '--to', 'xlsx', '-o', path.join(dir, 'file', 'x', 'r.xlsx')]),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/a part of its path is a file, not a folder/);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(readdirSync(dir).sort()).toEqual(['file', 'regs']);
  });
});
