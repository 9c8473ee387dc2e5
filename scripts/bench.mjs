#!/usr/bin/env node
// `npm run bench` (after `npm run build`): one table of the numbers the performance targets are
// about, all measured in this run, side by side.
//
//   node scripts/bench.mjs [--n N] [--rounds R] [--json FILE]
//   env BENCH_N (plans in the corpus, default 2000), BENCH_ROUNDS (default 3)
//
// - a synthetic corpus of N plans (scripts/make-corpus.mjs, deterministic) in .bench/corpus-N;
// - throughput, end to end, each a fresh process over the corpus folder: a bare
//   `unified().use(remarkParse).parse()` loop (read + decode + parse every file: the floor of
//   this stack), `extract --jobs 1` and `extract --jobs 2`; R rounds in rotating order, medians;
//   and the bare loop in two processes at once (half the corpus each): what two jobs can gain at
//   best on this machine;
// - `validate` over the corpus (time, peak RSS);
// - start-up: `node -e 0`, one-file `extract --stdout`, one-plan `export --by-unit --to xlsx`
//   (15 interleaved runs, medians);
// - a 50,000-task streaming xlsx export (makeSyntheticRegister(50000, 50)): time, rows/s, peak RSS.
// Peak RSS is the process's maxRSS (worker threads included), reported by a small wrapper.
// Machines are noisy: the table shows medians, and the load average before and after. Each timed
// throughput run starts on a quiet disk (settle(): `sync`) and writes into a folder of its own: nothing
// is deleted while the bench measures. (On this VM's ext4, without a journal, a file created less than
// a minute after many were deleted costs the kernel a scan past every recently deleted inode: removing
// the previous run's 2,000 registers before the next run added 0.5–1 s of kernel time to it.) The
// corpus is made once and reused while its generator, fixtures and size are unchanged; the outputs are
// removed at the end.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/plan-extract.js');
const SELF = fileURLToPath(import.meta.url);
const SAMPLE = path.join(ROOT, 'fixtures/001_01aba15c383c1695.txt');

// ------------------------------------------------------------------ child modes

function listPlans(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|markdown|txt|docx)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

// ------------------------------------------------------------------ measuring

function arg(name, env, dflt) {
  const k = process.argv.indexOf(`--${name}`);
  if (k >= 0) return process.argv[k + 1];
  return process.env[env] ?? dflt;
}

/** Run a command; wall time in ms (spawn to exit), exit code, output. */
function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run a command without blocking (for commands run side by side). */
function runAsync(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run a node script through --measure: wall time and peak RSS (KB). */
function measured(script, args, opts = {}) {
  const stats = path.join(os.tmpdir(), `pe-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const r = run(process.execPath, [SELF, '--measure', stats, script, ...args], opts);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  rmSync(stats, { force: true });
  return { ...r, maxRssKB: s.maxRssKB };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Before each timed throughput run: remove what the previous run of the same kind wrote (untimed),
 * and write all dirty pages to the disk (`sync`). A run of `extract` leaves ~200 MB of registers in
 * the page cache, which the kernel writes back some seconds later, in the middle of whatever runs
 * next: measured right after an extract, the bare loop took 13.5–14.8 s, and 12.0–13.2 s after a
 * `sync`. Each run is charged with its own work, not with the previous one's.
 */
function settle() {
  spawnSync('sync', [], { stdio: 'ignore' });
}

/** Fingerprint of a corpus: its size, its generator and the fixtures it is made from. */
function corpusStamp(n) {
  const h = createHash('sha256').update(`n=${n}\n`);
  const gen = path.join(ROOT, 'scripts/make-corpus.mjs');
  for (const f of [gen, ...readdirSync(path.join(ROOT, 'fixtures')).filter((f) => /^00\d_.*\.txt$/.test(f)).sort().map((f) => path.join(ROOT, 'fixtures', f))]) {
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

function check(name, r, okCodes = [0]) {
  if (!okCodes.includes(r.code)) {
    process.stderr.write(`bench: ${name} failed (exit ${r.code}):\n${r.stderr.slice(-2000)}\n`);
    process.exit(1);
  }
  return r;
}

async function main() {
  const n = Number(arg('n', 'BENCH_N', '2000'));
  const rounds = Number(arg('rounds', 'BENCH_ROUNDS', '3'));
  const jsonOut = arg('json', 'BENCH_JSON', path.join(ROOT, '.bench', 'results.json'));
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
    process.stderr.write('bench: build first (npm run build, or npm run bench)\n');
    process.exit(1);
  }
  const started = Date.now();
  const load0 = os.loadavg();
  const log = (s) => process.stderr.write(`bench: ${s}\n`);

  // ---------------------------------------------------------------- corpus
  const corpus = path.join(ROOT, '.bench', `corpus-${n}`);
  const stampFile = path.join(corpus, '.stamp');
  const stamp = corpusStamp(n);
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    check('make-corpus', run(process.execPath, [path.join(ROOT, 'scripts/make-corpus.mjs'), String(n), corpus, '--clean']));
    writeFileSync(stampFile, stamp);
  }
  const files = listPlans(corpus);
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  log(`corpus: ${files.length} plans, ${(bytes / 1e6).toFixed(1)} MB in ${path.relative(ROOT, corpus)}`);
  const work = path.join(ROOT, '.bench', 'work');
  if (existsSync(work)) {
    log('removing the outputs of an earlier run (.bench/work)');
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(work, { recursive: true });

  // ---------------------------------------------------------------- start-up (interleaved)
  const startup = { node: [], extract: [], export: [] };
  const exportDir = path.join(work, 'export-one');
  for (let i = 0; i < 15; i++) {
    startup.node.push(check('node -e 0', run(process.execPath, ['-e', '0'])).ms);
    startup.extract.push(check('extract --stdout', run(process.execPath, [BIN, 'extract', SAMPLE, '--stdout'])).ms);
    startup.export.push(check('export', run(process.execPath, [BIN, 'export', SAMPLE, '--by-unit', '--to', 'xlsx', '-o', exportDir, '--force', '-q'])).ms);
  }
  const nodeMs = median(startup.node);
  const extractMs = median(startup.extract);
  const exportMs = median(startup.export);
  log(`start-up: node -e 0 ${nodeMs.toFixed(0)} ms, extract --stdout ${extractMs.toFixed(0)} ms, export --by-unit --to xlsx ${exportMs.toFixed(0)} ms`);

  // ---------------------------------------------------------------- throughput (rotating order)
  const t = { bare: [], j1: [], j2: [], bare2: [] };
  const rss = { j1: [], j2: [] };
  const kinds = ['bare', 'j1', 'j2'];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(k + r) % kinds.length];
      if (kind === 'bare') {
        settle();
        const res = check('bare parse', run(process.execPath, [SELF, '--bare-parse', corpus]));
        if (JSON.parse(res.stdout).files !== files.length) throw new Error('bare parse: wrong file count');
        t.bare.push(res.ms);
      } else {
        const jobs = kind === 'j1' ? '1' : '2';
        const out = path.join(work, `extract-j${jobs}-r${r + 1}`);
        settle();
        const res = check(`extract --jobs ${jobs}`, measured(BIN, ['extract', corpus, '-o', out, '--force', '-q', '--jobs', jobs]));
        t[kind].push(res.ms);
        rss[kind].push(res.maxRssKB);
      }
      log(`round ${r + 1}/${rounds}: ${kind} ${(t[kind].at(-1) / 1000).toFixed(1)} s`);
    }
  }
  // The machine's own parallel ceiling for this kind of work: the bare loop in two processes at
  // once, each over half of the corpus (vCPUs may share a physical core or its caches).
  for (let r = 0; r < rounds; r++) {
    settle();
    const t0 = process.hrtime.bigint();
    const halves = await Promise.all([0, 1].map((k) => runAsync(process.execPath, [SELF, '--bare-parse', corpus, `${k}/2`])));
    if (halves.some((h) => h.code !== 0)) throw new Error('bare parse in parallel failed');
    t.bare2.push(Number(process.hrtime.bigint() - t0) / 1e6);
    log(`round ${r + 1}/${rounds}: bare ×2 ${(t.bare2.at(-1) / 1000).toFixed(1)} s`);
  }
  const bare2S = median(t.bare2) / 1000;
  const bareS = median(t.bare) / 1000;
  const j1S = median(t.j1) / 1000;
  const j2S = median(t.j2) / 1000;

  // ---------------------------------------------------------------- validate
  settle();
  const v = measured(BIN, ['validate', corpus, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  check('validate', { ...v, stderr: v.stderr ?? '' }, [0, 1]);
  const validateS = v.ms / 1000;
  log(`validate: ${validateS.toFixed(1)} s, peak RSS ${(v.maxRssKB / 1024).toFixed(0)} MB`);

  // ---------------------------------------------------------------- 50,000-task export
  settle();
  const big = check('export 50k', run(process.execPath, [SELF, '--export-50k', path.join(work, 'export-50k')]));
  const x = JSON.parse(big.stdout);
  log(`50,000-task export: ${x.seconds.toFixed(1)} s, ${Math.round(x.rows / x.seconds)} rows/s, peak RSS ${(x.maxRssKB / 1024).toFixed(0)} MB`);

  // ---------------------------------------------------------------- table
  const mb = bytes / 1e6;
  const fmt = (s) => `${s.toFixed(1)} s`;
  const rate = (s) => `${(mb / s).toFixed(2)} MB/s, ${(files.length / s).toFixed(0)} plans/s`;
  const ratio1 = bareS / j1S;
  const ratio2 = j1S / j2S;
  const rows = [
    ['bare `unified().use(remarkParse).parse()`', fmt(bareS), rate(bareS), '(floor)', ''],
    ['`extract --jobs 1`', fmt(j1S), `${rate(j1S)}; peak RSS ${(median(rss.j1) / 1024).toFixed(0)} MB`, `${ratio1.toFixed(2)} × bare`, ok(ratio1 >= 0.85, '≥ 0.85 × bare')],
    ['bare loop ×2 (two processes, half the corpus each)', fmt(bare2S), rate(bare2S), `${(bareS / bare2S).toFixed(2)} × bare`, '(ceiling of this machine for 2 jobs)'],
    ['`extract --jobs 2`', fmt(j2S), `${rate(j2S)}; peak RSS ${(median(rss.j2) / 1024).toFixed(0)} MB`, `${ratio2.toFixed(2)} × jobs 1`, ok(ratio2 >= 1.7, '≥ 1.7 × jobs 1')],
    [`\`validate\` (${files.length} plans)`, fmt(validateS), `${(files.length / validateS).toFixed(0)} plans/s; peak RSS ${(v.maxRssKB / 1024).toFixed(0)} MB`, '', ok(v.maxRssKB / 1024 <= 300, 'RSS ≤ 300 MB')],
    ['`node -e 0`', `${nodeMs.toFixed(0)} ms`, '', '', ''],
    ['one-file `extract --stdout`', `${extractMs.toFixed(0)} ms`, '', `${(extractMs / nodeMs).toFixed(2)} × node -e 0`, ok(extractMs / nodeMs <= 2.5, '≤ 2.5 ×')],
    ['one-plan `export --by-unit --to xlsx`', `${exportMs.toFixed(0)} ms`, '', `${(exportMs / nodeMs).toFixed(2)} × node -e 0`, ok(exportMs / nodeMs <= 6, '≤ 6 ×')],
    ['50,000-task xlsx export', fmt(x.seconds), `${Math.round(x.rows / x.seconds)} rows/s (${x.rows} rows); peak RSS ${(x.maxRssKB / 1024).toFixed(0)} MB`, '', ok(x.rows / x.seconds >= 25000 && x.maxRssKB / 1024 <= 300, '≥ 25,000 rows/s, RSS ≤ 300 MB')],
  ];
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
  const lines = [
    `Machine: ${machine}; load average ${load0.map((l) => l.toFixed(1)).join(' ')} before, ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} after.`,
    `Corpus: ${files.length} plans, ${mb.toFixed(1)} MB (scripts/make-corpus.mjs ${n}); ${rounds} rounds, medians; start-up: medians of 15 runs.`,
    '',
    '| measure | time | throughput / memory | ratio | target |',
    '|---|---:|---|---:|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(
    jsonOut,
    JSON.stringify({ machine, load: { before: load0, after: os.loadavg() }, corpus: { files: files.length, bytes }, rounds, times: t, rss, validate: { ms: v.ms, maxRssKB: v.maxRssKB }, startup, export50k: x }, null, 2),
  );
  rmSync(work, { recursive: true, force: true });
}

function ok(pass, target) {
  return `${target} ${pass ? '✅' : '❌'}`;
}

// ------------------------------------------------------------------ dispatch

// (run at the end of the module, once every helper below is defined)
const mode = process.argv[2];

if (mode === '--measure') {
  // --measure STATS_FILE SCRIPT ARGS…: run SCRIPT as if it were the main script; write its peak RSS on exit.
  const [statsFile, script, ...args] = process.argv.slice(3);
  process.argv = [process.argv[0], script, ...args];
  process.on('exit', (code) => writeFileSync(statsFile, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, code })));
  await import(pathToFileURL(path.resolve(script)).href);
} else if (mode === '--bare-parse') {
  // --bare-parse DIR: the floor. Read, decode and parse every plan file below DIR, in one process.
  // --bare-parse DIR K/N: only every N-th file from the K-th (two processes share the corpus).
  const dir = process.argv[3];
  const [part, parts] = (process.argv[4] ?? '0/1').split('/').map(Number);
  const { createRequire } = await import('node:module');
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { unified } = await import(pathToFileURL(require.resolve('unified')).href);
  const remarkParse = (await import(pathToFileURL(require.resolve('remark-parse')).href)).default;
  const files = listPlans(dir).filter((_, i) => i % parts === part);
  const processor = unified().use(remarkParse);
  let bytes = 0;
  let nodes = 0;
  for (const f of files) {
    const raw = readFileSync(f);
    bytes += raw.length;
    nodes += processor.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)).children.length;
  }
  process.stdout.write(JSON.stringify({ files: files.length, bytes, nodes }));
} else if (mode === '--export-50k') {
  // --export-50k DIR: a 50,000-task register (50 units) exported to DIR/tong-hop.xlsx.
  const { makeSyntheticRegister, exportRegister } = await import(pathToFileURL(path.join(ROOT, 'dist/export/index.js')).href);
  const reg = makeSyntheticRegister(50_000, 50);
  const rows = reg.tasks.reduce((n, t) => n + 1 + t.support.length, 0);
  const t0 = performance.now();
  await exportRegister(reg, 'b'.repeat(64), { to: 'xlsx', outDir: process.argv[3], byUnit: false, role: 'all', expandCollectives: false, asOf: '2026-07-01', lang: 'vi', force: true, delimiter: ',' });
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ tasks: reg.tasks.length, rows, seconds, maxRssKB: process.resourceUsage().maxRSS }));
} else {
  await main();
}

