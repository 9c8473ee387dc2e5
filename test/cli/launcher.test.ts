// bin/plan-extract.js runs dist/bundle/cli.cjs from its V8 code cache (and exceljs's writer from lazy-xlsx.cjs,
// and its cache, on use), and falls back to the ES module bundle, then to the unbundled dist/cli, with
// the same results (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tmp } from '../helpers/cli.js';

const ROOT = path.resolve('.');
const PLAN = path.resolve('fixtures/001_01aba15c383c1695.txt');
const SCRIPTS = ['cli.cjs', 'lazy-xlsx.cjs', 'lazy-excel.cjs'];
const cacheOf = (script: string) => `${script}.${process.version}-${process.arch}.cache`;

function run(root: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/plan-extract.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/plan-extract.js start-up', () => {
  it('the code caches of dist/bundle/cli.cjs, lazy-xlsx.cjs and lazy-excel.cjs were built for this Node and V8 accepts them', () => {
    for (const name of SCRIPTS) {
      const file = path.join(ROOT, 'dist/bundle', name);
      expect(existsSync(file), `npm run build makes dist/bundle/${name}`).toBe(true);
      const source = readFileSync(file, 'latin1');
      expect(/[^\x00-\x7f]/.test(source), `${name} is ASCII`).toBe(false);
      const script = new vm.Script(source, { filename: file, cachedData: readFileSync(path.join(ROOT, 'dist/bundle', cacheOf(name))) });
      expect(script.cachedDataRejected, cacheOf(name)).toBe(false);
    }
    // exceljs is not in the script every command reads
    expect(readFileSync(path.join(ROOT, 'dist/bundle/cli.cjs'), 'latin1')).not.toMatch(/node_modules\/exceljs\//);
  });

  /** Run the CLI with `hook` (CommonJS source) preloaded; its exit code and stderr lines. */
  function withHook(hook: string, args: string[]) {
    const dir = tmp('pe-launcher-hook-');
    const file = path.join(dir, 'hook.cjs');
    writeFileSync(file, hook);
    const r = spawnSync(process.execPath, ['-r', file, path.join(ROOT, 'bin/plan-extract.js'), ...args], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    return { status: r.status, signal: r.signal, lines: r.stderr.trim().split('\n') };
  }

  it('a run takes both caches: V8 flags the launcher changes are set back while a lazy script is loaded', () => {
    // records what V8 says of every cache the launcher hands to vm.Script
    const hook = `const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.cachedData) process.stderr.write(require('node:path').basename(options.filename) + ' rejected=' + this.cachedDataRejected + '\\n');
  }
};
`;
    const out = tmp('pe-launcher-trackers-');
    const r = withHook(hook, ['export', PLAN, '--by-unit', '--to', 'xlsx', '-o', out, '--force', '-q']);
    expect(r.status, r.lines.join('\n')).toBe(0);
    expect(r.lines).toEqual(['cli.cjs rejected=false', 'lazy-xlsx.cjs rejected=false']);
    rmSync(out, { recursive: true, force: true });
  });

  it('runs with regexp tier-up off, turned back on only while a lazy script\'s cache is read', () => {
    // logs every regexp flag the process sets
    const hook = `const v8 = require('node:v8');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  for (const f of flags.split(' ')) if (f.includes('regexp')) process.stderr.write(f + '\\n');
  return set(flags);
};
`;
    const out = tmp('pe-launcher-flags-');
    const flags = (args: string[], status = 0) => {
      const r = withHook(hook, args);
      expect(r.status, `${args.join(' ')}: ${r.lines.join('\n')} ${r.signal ?? ''}`).toBe(status);
      return r.lines;
    };
    const second = path.resolve('fixtures/002_726a7572a9116535.txt');
    expect(flags(['extract', PLAN, '--stdout'])).toEqual(['--no-regexp-tier-up']);
    // a batch keeps it off: turned back on, V8 would interpret patterns it compiled without bytecode
    // (a segmentation fault in validate, which ran its patterns before and after)
    expect(flags(['extract', PLAN, second, '-o', path.join(out, 'registers'), '-q', '--jobs', '1'])).toEqual(['--no-regexp-tier-up']);
    expect(flags(['validate', PLAN, second, '--jobs', '1', '--format', 'json'], 1)).toEqual(['--no-regexp-tier-up']);
    expect(flags(['export', PLAN, '--by-unit', '--to', 'xlsx', '-o', path.join(out, 'xlsx'), '-q'])).toEqual(['--no-regexp-tier-up', '--regexp-tier-up', '--no-regexp-tier-up']);
    rmSync(out, { recursive: true, force: true });
  });

  it('gives the same results with rejected caches, without the lazy scripts\' caches, without the cache (ES module bundle) and without any bundle', () => {
    // A copy of the package: bin/, dist/, schemas/ (node_modules linked).
    const root = tmp('pe-launcher-');
    for (const d of ['bin', 'dist', 'schemas', 'package.json']) cpSync(path.join(ROOT, d), path.join(root, d), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
    const out = path.join(root, 'trackers');
    const runs = [['extract', PLAN, '--stdout'], ['extract', PLAN, '--stdout', '--format', 'yaml'], ['schema'], ['export', PLAN, '--by-unit', '--to', 'xlsx', '-o', out, '--force', '-q']];
    const expected = runs.map((args) => run(root, args));
    for (const e of expected) {
      expect(e.code).toBe(0);
      expect(e.stderr).toBe('');
    }
    const same = () => runs.forEach((args, k) => expect(run(root, args), args.join(' ')).toEqual(expected[k]));
    const bundle = path.join(root, 'dist/bundle');
    // V8 rejects the caches: the scripts are compiled from their source, silently
    for (const name of SCRIPTS) writeFileSync(path.join(bundle, cacheOf(name)), Buffer.alloc(4096, 7));
    same();
    // no cache for the lazy script: compiled from its source
    for (const name of SCRIPTS.slice(1)) rmSync(path.join(bundle, cacheOf(name)));
    same();
    // no cache of cli.cjs for this Node: the ES module bundle
    rmSync(path.join(bundle, cacheOf('cli.cjs')));
    same();
    // no bundle at all: dist/cli
    rmSync(bundle, { recursive: true });
    same();
    rmSync(root, { recursive: true, force: true });
  });
});
