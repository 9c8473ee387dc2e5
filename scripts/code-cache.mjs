#!/usr/bin/env node
// Writes the V8 code caches of the classic scripts in dist/bundle/ for bin/plan-extract.js:
//   node scripts/code-cache.mjs [FILE]   (FILE: dist/bundle/cli.cjs; run by scripts/build-cli.mjs)
//
// FILE is loaded as the launcher loads it (same source string, same options, same loader of the lazy
// scripts, lazy-<group>.cjs), then the CLI runs commands on a fixture (extract, export, collect; output
// discarded), so that the functions they use are compiled; createCachedData() then saves their bytecode too, not just the top
// level. One cache per script that ran: FILE.<node version>-<arch>.cache, named after the Node version
// and architecture (the launcher only uses a cache this Node can take). A lazy script the warm-up does
// not load (docx) gets no cache and is compiled from source when it is needed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist/bundle/cli.cjs'));
const FIXTURE = path.join(ROOT, 'fixtures/001_01aba15c383c1695.txt');

/** Every script run, by file: its cache is written at the end. */
const scripts = new Map();
function load(f) {
  const source = readFileSync(f, 'latin1'); // as bin/plan-extract.js reads it
  const script = new vm.Script(source, { filename: f });
  scripts.set(f, script);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(f), module, f, path.dirname(f), (specifier) => import(specifier), load);
  return module.exports;
}
const cli = load(file);

if (existsSync(FIXTURE)) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'pe-code-cache-'));
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const register = path.join(out, `${path.basename(FIXTURE, '.txt')}.register.json`);
  const trackers = path.join(out, 'trackers');
  const runs = [
    ['extract', FIXTURE, '--stdout'],
    ['extract', FIXTURE, '-o', out, '--force'],
    ['export', FIXTURE, '--by-unit', '--to', 'xlsx', '-o', trackers, '--force', '-q'],
    // collect reads trackers with the whole of exceljs (lazy-excel.cjs): its cache too
    () => ['collect', ...readdirSync(trackers).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(trackers, f)), '-r', register, '-o', path.join(out, 'progress.register.json'), '--force', '-q'],
  ];
  try {
    for (const run of runs) {
      const args = typeof run === 'function' ? run() : run;
      process.stdout.write = process.stderr.write = () => true;
      let code;
      try {
        code = await cli.main(['node', 'plan-extract', ...args]);
      } finally {
        process.stdout.write = stdoutWrite;
        process.stderr.write = stderrWrite;
      }
      if (code !== 0) throw new Error(`code cache warm-up: plan-extract ${args.join(' ')} exited ${code}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

for (const [f, script] of scripts) {
  const data = script.createCachedData();
  const out = `${f}.${process.version}-${process.arch}.cache`;
  writeFileSync(out, data);
  process.stdout.write(`code-cache: ${path.relative(ROOT, out)} (${Math.round(data.length / 1024)} KB)\n`);
}
