// Batch mode of the commands that take plans: folders, glob patterns, --jobs, results in input
// order, one broken file in a batch, the progress bar (never when piped), the summary line.
// Runs the built CLI (npm test builds dist/ first).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tmp } from '../helpers/cli.js';
import { expandPlanInputs } from '../../src/batch/inputs.js';
import { createProgress, formatSummary } from '../../src/batch/progress.js';
import { runTasks, type TaskResult } from '../../src/batch/pool.js';
import { registerTargets } from '../../src/cli/commands/extract.js';

const FIX = path.resolve('fixtures');
const SAMPLES = ['000_f7326b36a3c50a06.txt', '001_01aba15c383c1695.txt', '002_726a7572a9116535.txt', '003_707369c25b7aeffb.txt'];
const SUMMARY = /^(\d+) files?, (\d+) plans?, (\d+) tasks?, (\d+) units?, (\d+) errors?, \d+\.\d s$/m;

/** A folder with the four samples, one in a sub-folder, plus files that are not plans. */
function plansDir(): string {
  const dir = tmp('pe-batch-');
  mkdirSync(path.join(dir, 'plans', 'sub'), { recursive: true });
  copyFileSync(path.join(FIX, SAMPLES[0]!), path.join(dir, 'plans', 'a.txt'));
  copyFileSync(path.join(FIX, SAMPLES[1]!), path.join(dir, 'plans', 'b.md'));
  copyFileSync(path.join(FIX, SAMPLES[2]!), path.join(dir, 'plans', 'sub', 'c.txt'));
  copyFileSync(path.join(FIX, SAMPLES[3]!), path.join(dir, 'plans', 'sub', 'd.TXT'));
  writeFileSync(path.join(dir, 'plans', 'notes.json'), '{}');
  writeFileSync(path.join(dir, 'plans', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(path.join(dir, 'plans', 'node_modules'));
  copyFileSync(path.join(FIX, SAMPLES[0]!), path.join(dir, 'plans', 'node_modules', 'x.txt'));
  return dir;
}

/** Registers under `dir`, as relative posix paths. */
function registers(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out.push(path.relative(dir, path.join(d, e.name)).split(path.sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

describe('input expansion', () => {
  it('expands folders recursively (plans only, sorted, node_modules skipped) and patterns, in argument order, each file once', async () => {
    const dir = plansDir();
    const { inputs, problems } = await expandPlanInputs(['plans/sub/c.txt', 'plans', 'plans/*.md', 'missing.txt', 'nothing/*.md'], dir);
    expect(inputs.map((x) => [x.file.split(path.sep).join('/'), x.rel])).toEqual([
      ['plans/sub/c.txt', null],
      ['plans/a.txt', 'a.txt'],
      ['plans/b.md', 'b.md'],
      ['plans/sub/d.TXT', 'sub/d.TXT'],
      ['missing.txt', null], // kept: the reader reports it
    ]);
    expect(problems).toEqual([{ input: 'nothing/*.md', message: 'no files match this pattern' }]);
  });

  it('follows links to plan files and folders, each file once, without looping', async () => {
    const dir = plansDir();
    mkdirSync(path.join(dir, 'linked'));
    symlinkSync(path.join(dir, 'plans', 'a.txt'), path.join(dir, 'linked', 'x.txt')); // a link to a plan
    symlinkSync(path.join(dir, 'plans', 'sub'), path.join(dir, 'linked', 'folder')); // a link to a folder
    symlinkSync(dir, path.join(dir, 'linked', 'loop')); // a loop back to the top
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'linked', 'broken.txt')); // a dangling link
    const { inputs, problems } = await expandPlanInputs(['linked'], dir);
    const real = inputs.map((x) => realpathSync(path.join(dir, x.file)));
    expect(new Set(real).size).toBe(real.length);
    expect(real.sort()).toEqual([path.join(dir, 'plans', 'a.txt'), path.join(dir, 'plans', 'b.md'), path.join(dir, 'plans', 'sub', 'c.txt'), path.join(dir, 'plans', 'sub', 'd.TXT')].map((p) => realpathSync(p)).sort());
    expect(inputs[0]!.file.split(path.sep).join('/')).toBe('linked/folder/c.txt');
    expect(problems).toEqual([]);
  });

  it('mirrors sub-folders in output names and refuses a second input that would write the same register', () => {
    const t = registerTargets(
      [
        { file: 'x/plan.txt', rel: null },
        { file: 'd/sub/plan.md', rel: 'sub/plan.md' },
        { file: 'y/plan.md', rel: null },
      ],
      'out',
      'json',
    );
    expect(t[0]).toEqual({ target: path.join('out', 'plan.register.json') });
    expect(t[1]).toEqual({ target: path.join('out', 'sub', 'plan.register.json') });
    expect(t[2]!.clash).toMatch(/would overwrite the one of x\/plan\.txt/);
  });
});

describe('plan-extract extract over a batch', () => {
  it('a folder: every plan below it, sub-folders mirrored under --out, a summary line', () => {
    const dir = plansDir();
    const r = cli(['extract', 'plans', '-o', 'regs'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(registers(path.join(dir, 'regs'))).toEqual(['a.register.json', 'b.register.json', 'sub/c.register.json', 'sub/d.register.json']);
    const reg = JSON.parse(readFileSync(path.join(dir, 'regs', 'sub', 'c.register.json'), 'utf8'));
    expect(reg.source.path.split(path.sep).join('/')).toBe('plans/sub/c.txt');
    const m = SUMMARY.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    expect(m!.slice(1, 6).map(Number)).toEqual([4, 4, 29 + 64 + 34 + 31, 5 + 10 + 6 + 7, 0]);
  });

  it('a glob pattern (quoted, expanded by plan-extract)', () => {
    const dir = plansDir();
    const r = cli(['extract', 'plans/**/*.txt', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(registers(path.join(dir, 'out'))).toEqual(['a.register.json', 'sub/c.register.json']);
    const none = cli(['extract', 'plans/**/*.docx'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/plans\/\*\*\/\*\.docx: no files match this pattern/);
  });

  it('--jobs 2 writes the same registers as --jobs 1, and reports in input order whatever order workers finish in', () => {
    const dir = tmp('pe-jobs-');
    // A long plan first: its worker finishes after the short ones.
    const big = readFileSync(path.join(FIX, SAMPLES[1]!), 'utf8');
    writeFileSync(path.join(dir, '01-big.txt'), big.repeat(8));
    const order = ['01-big.txt'];
    for (let i = 0; i < 11; i++) {
      const name = `${String(i + 2).padStart(2, '0')}-p.txt`;
      copyFileSync(path.join(FIX, SAMPLES[i % 4]!), path.join(dir, name));
      order.push(name);
    }
    const one = cli(['extract', ...order, '--jobs', '1', '-o', 'one'], { cwd: dir });
    const two = cli(['extract', ...order, '--jobs', '2', '-o', 'two'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const reported = (stderr: string) => stderr.split('\n').filter((l) => l.includes(' → ')).map((l) => l.split(' → ')[0]);
    expect(reported(two.stderr)).toEqual(order);
    expect(reported(one.stderr)).toEqual(order);
    for (const f of registers(path.join(dir, 'one'))) {
      expect(readFileSync(path.join(dir, 'two', f), 'utf8')).toBe(readFileSync(path.join(dir, 'one', f), 'utf8'));
    }
    expect(registers(path.join(dir, 'two'))).toHaveLength(12);
    expect(cli(['extract', 'x.txt', '--jobs', '0'], { cwd: dir }).code).toBe(2);
  });

  it('one broken file does not stop the batch: it is reported with its path, the others are written, exit code 2', () => {
    const dir = plansDir();
    writeFileSync(path.join(dir, 'plans', 'sub', 'broken.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a])); // %PDF-1.7
    writeFileSync(path.join(dir, 'plans', 'empty.md'), '');
    for (const jobs of ['1', '2']) {
      const r = cli(['extract', 'plans', '--jobs', jobs, '-o', `out${jobs}`], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^plan-extract: plans[/\\]sub[/\\]broken\.txt: this is a PDF file/m);
      expect(r.stderr).toMatch(/^plan-extract: plans[/\\]empty\.md: empty file/m);
      expect(registers(path.join(dir, `out${jobs}`))).toEqual(['a.register.json', 'b.register.json', 'sub/c.register.json', 'sub/d.register.json']);
      const m = SUMMARY.exec(r.stderr);
      expect(m!.slice(1, 3).map(Number)).toEqual([6, 4]);
      expect(Number(m![5])).toBe(2);
    }
  });

  it('a plan with errors is written, counted as an error, and gives exit code 1', () => {
    const dir = tmp('pe-bad-');
    copyFileSync(path.join(FIX, SAMPLES[1]!), path.join(dir, 'plan.txt'));
    copyFileSync(path.join(FIX, 'bad', 'bai-bao.txt'), path.join(dir, 'news.txt'));
    const r = cli(['extract', '.', '-o', 'regs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/news\.txt:1:1: error: .*\(structure\/not-a-plan\)/);
    expect(registers(path.join(dir, 'regs'))).toEqual(['news.register.json', 'plan.register.json']);
    expect(SUMMARY.exec(r.stderr)!.slice(1, 6).map(Number)).toEqual([2, 2, 64, 10, 1]);
  });

  it('an existing register is not overwritten without --force; the rest of the batch goes on', () => {
    const dir = plansDir();
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'b.register.json'), 'keep');
    const r = cli(['extract', 'plans', '-q'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out[/\\]b\.register\.json: already exists \(use --force to overwrite\)/);
    expect(readFileSync(path.join(dir, 'out', 'b.register.json'), 'utf8')).toBe('keep');
    expect(registers(path.join(dir, 'out'))).toHaveLength(4);
  });

  it('two files with the same name in different folders: the second is refused, the first kept', () => {
    const dir = tmp('pe-clash-');
    for (const d of ['x', 'y']) {
      mkdirSync(path.join(dir, d));
      copyFileSync(path.join(FIX, SAMPLES[d === 'x' ? 1 : 2]!), path.join(dir, d, 'plan.txt'));
    }
    const r = cli(['extract', 'x/plan.txt', 'y/plan.txt', '-q'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/y[/\\]plan\.txt: its register out[/\\]plan\.register\.json would overwrite the one of x[/\\]plan\.txt/);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'plan.register.json'), 'utf8')).tasks).toHaveLength(64);
  });

  it('no progress bar when stderr is a pipe, even for a large batch; per-file lines and the summary instead', () => {
    const dir = tmp('pe-many-');
    for (let i = 0; i < 24; i++) copyFileSync(path.join(FIX, SAMPLES[i % 4]!), path.join(dir, `p${String(i).padStart(2, '0')}.txt`));
    const r = cli(['extract', '.', '-o', tmp('pe-many-out-')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|\x1b\[|\[[=░█-]+\]|files \|/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines[24]).toMatch(SUMMARY);
    expect(lines[24]).toMatch(/^24 files, 24 plans, 948 tasks, 168 units, 0 errors, /);
  });
});

describe('plan-extract export over a batch', () => {
  it('accepts a folder of registers', () => {
    const dir = plansDir();
    expect(cli(['extract', 'plans/sub', '-o', 'regs', '-q'], { cwd: dir }).code).toBe(0);
    const r = cli(['export', 'regs', '--to', 'csv', '-o', 'trackers', '-q'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'trackers')).sort()).toEqual(['c', 'd']);
    expect(existsSync(path.join(dir, 'trackers', 'c', 'tong-hop.csv'))).toBe(true);
    const none = cli(['export', 'nothing/*.register.json', '--to', 'csv'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nothing\/\*\.register\.json: no files match this pattern/);
  });
});

describe('progress bar and summary (in-process)', () => {
  const fakeStream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 100, write: (s: string) => (chunks.push(s), true) } };
  };

  it('draws a bar on a terminal for more than 20 files, and prints messages above it', async () => {
    const { chunks, stream } = fakeStream(true);
    const p = await createProgress({ total: 21, stream, env: {}, label: 'extract' });
    expect(p.active).toBe(true);
    p.tick();
    p.log('plan-extract: x.txt: no such file\n');
    p.stop();
    const out = chunks.join('');
    expect(out).toMatch(/extract \[.*\] \d+\/21 files/);
    expect(out).toContain('plan-extract: x.txt: no such file\n');
  });

  it('no bar for 20 files or fewer, for a pipe, in CI, or when disabled', async () => {
    for (const [isTTY, total, env, disabled] of [
      [true, 20, {}, false],
      [false, 100, {}, false],
      [true, 100, { CI: 'true' }, false],
      [true, 100, {}, true],
    ] as const) {
      const { chunks, stream } = fakeStream(isTTY);
      const p = await createProgress({ total, stream, env, disabled });
      expect(p.active).toBe(false);
      p.tick();
      p.log('message\n');
      p.stop();
      expect(chunks.join('')).toBe('message\n');
    }
  });

  it('formats the summary line', () => {
    expect(formatSummary({ files: 12, plans: 11, tasks: 640, units: 97, errors: 1, seconds: 2.345 })).toBe('12 files, 11 plans, 640 tasks, 97 units, 1 error, 2.3 s');
    expect(formatSummary({ files: 1, plans: 1, tasks: 1, units: 1, errors: 0, seconds: 0.04 })).toBe('1 file, 1 plan, 1 task, 1 unit, 0 errors, 0.0 s');
  });
});

describe('runTasks (in-process)', () => {
  it('delivers every result in input order, failures included, and goes on after a failing input', async () => {
    const seen: TaskResult<number, number>[] = [];
    const spec = {
      module: 'unused',
      name: 'unused',
      options: { factor: 3 },
      load: async () => async (n: number, o: { factor: number }) => {
        if (n === 2) throw Object.assign(new Error('two is broken'), { name: 'InputError' });
        return n * o.factor;
      },
    };
    await runTasks([1, 2, 3], spec as never, { jobs: 1, onResult: (r) => void seen.push(r as TaskResult<number, number>) });
    expect(seen.map((r) => (r.ok ? r.value : r.error.name))).toEqual([3, 'InputError', 9]);
    expect(seen.map((r) => r.index)).toEqual([0, 1, 2]);
  });
});

describe('runTasks: a batch that stops', () => {
  const spec = {
    module: 'unused',
    name: 'unused',
    options: {},
    // (3, whose delivery fails, is slow: the inputs after it are done and waiting by then, whatever the load
    // of the machine, so some results are always discarded)
    load: async () => async (n: number) => (n === 3 ? new Promise<number>((r) => setTimeout(() => r(n), 1000)) : n),
  };
  for (const jobs of [1, 2]) {
    it(`--jobs ${jobs}: onResult throws; every result produced is delivered or discarded, none twice`, async () => {
      const inputs = Array.from({ length: 40 }, (_, i) => i);
      const delivered: number[] = [];
      const discarded: number[] = [];
      // Workers load the task from a module file; in-process runs use spec.load.
      const dir = tmp('pe-stop-');
      const task = path.join(dir, 'task.mjs');
      writeFileSync(task, 'export async function work(n) { if (n === 3) await new Promise((r) => setTimeout(r, 1000)); return n; }\n');
      const { runTasks: runBuilt } = (await import(path.resolve('dist/batch/pool.js'))) as typeof import('../../src/batch/pool.js');
      const run = jobs === 1 ? runTasks : runBuilt;
      const theSpec = jobs === 1 ? spec : { module: pathToFileURL(task).href, name: 'work', options: {} };
      await expect(
        run(inputs, theSpec as never, {
          jobs,
          onResult: (r) => {
            if (r.index === 3) throw new Error('disk full');
            delivered.push(r.index);
          },
          discard: (r) => void discarded.push(r.index),
        }),
      ).rejects.toThrow('disk full');
      await new Promise((r) => setTimeout(r, 200)); // late replies of terminated workers
      expect(delivered).toEqual([0, 1, 2]);
      expect(discarded.length).toBeGreaterThan(0);
      expect(discarded.every((i) => i > 3)).toBe(true);
      expect(new Set(discarded).size).toBe(discarded.length);
    }, 30_000);
  }
});

describe('runTasks (workers, the built pool in dist/)', () => {
  it('an input too big for a worker heap is run again in the main thread; the others stay in the workers', async () => {
    const dir = tmp('pe-pool-');
    // A task that holds ~120 MB of live objects for "big": more than the 32 MB old generation given to workers.
    const task = path.join(dir, 'task.mjs');
    writeFileSync(
      task,
      `import { isMainThread } from 'node:worker_threads';
export async function work(input) {
  if (input === 'big') {
    const keep = [];
    for (let i = 0; i < 1_500_000; i++) keep.push({ i, s: 'x' + i });
    return { input, n: keep.length, main: isMainThread };
  }
  return { input, n: 0, main: isMainThread };
}
`,
    );
    const { runTasks: runBuilt } = (await import(path.resolve('dist/batch/pool.js'))) as typeof import('../../src/batch/pool.js');
    const seen: TaskResult<string, { input: string; n: number; main: boolean }>[] = [];
    const inputs = ['a', 'b', 'big', 'c', 'd'];
    await runBuilt(inputs, { module: pathToFileURL(task).href, name: 'work', options: {} }, { jobs: 2, workerHeapMb: 32, onResult: (r) => void seen.push(r as never) });
    expect(seen.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.map((r) => (r.ok ? r.value.input : r.error.message))).toEqual(inputs);
    const big = seen[2]!;
    expect(big.ok && big.value).toEqual({ input: 'big', n: 1_500_000, main: true });
    expect(seen.filter((r) => r.ok && !r.value.main).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

describe('validatePlansInBatch (for the validate command)', () => {
  it('gives the same results and counts as validatePlans', async () => {
    const { validatePlans } = await import('../../src/validate/index.js');
    const { validatePlansInBatch } = await import('../../src/batch/index.js');
    const opts = { inputs: ['fixtures', 'missing.md', 'nothing/*.md'], cwd: process.cwd() };
    const a = await validatePlans(opts);
    const b = await validatePlansInBatch({ ...opts, jobs: 1, progress: false });
    expect(b).toEqual(a);
    expect(b.results.length).toBeGreaterThan(4);
    // Over two worker threads (the built modules: workers run dist/).
    const dist = (await import(path.resolve('dist/batch/index.js'))) as typeof import('../../src/batch/index.js');
    expect(await dist.validatePlansInBatch({ ...opts, jobs: 2, progress: false })).toEqual(a);
  });
});
