// Atomic writes: stage (temporary sibling) then commit (rename), refusals, and write failures
// reported as InputErrors that name the file (exit code 2) instead of crashing with a stack.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from '../helpers/cli.js';
import { InputError, commitStaged, discardStaged, stageFile, writeError, writeFileAtomic } from '../../src/util/fs.js';

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
