#!/usr/bin/env node
// Writes FILE.<node version>-<arch>.<KIND>.cache, a V8 code cache of the classic script FILE
// (dist/bundle/cli.cjs), for bin/plan-extract.js. Run by scripts/build-cli.mjs:
//   node scripts/code-cache.mjs FILE main|xlsx
//
// The script is loaded as the launcher loads it (same source string, same options), then the CLI
// runs commands on a fixture (output discarded), so that the functions they use are compiled;
// createCachedData() then saves their bytecode too, not just the top level. KIND main: `extract`
// only (a smaller cache, for most commands); xlsx: `extract` and `export --to xlsx` (exceljs too,
// for the commands that write or read workbooks).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist/bundle/cli.cjs'));
const kind = process.argv[3] ?? 'main';
if (kind !== 'main' && kind !== 'xlsx') throw new Error(`code-cache: unknown kind "${kind}" (main or xlsx)`);
const FIXTURE = path.join(ROOT, 'fixtures/001_01aba15c383c1695.txt');

const source = readFileSync(file, 'latin1'); // as bin/plan-extract.js reads it
const script = new vm.Script(source, { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), (specifier) => import(specifier));

if (existsSync(FIXTURE)) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'pe-code-cache-'));
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const runs = [
    ['extract', FIXTURE, '--stdout'],
    ['extract', FIXTURE, '-o', out, '--force'],
  ];
  if (kind === 'xlsx') runs.push(['export', FIXTURE, '--by-unit', '--to', 'xlsx', '-o', out, '--force', '-q']);
  try {
    for (const args of runs) {
      process.stdout.write = process.stderr.write = () => true;
      let code;
      try {
        code = await module.exports.main(['node', 'plan-extract', ...args]);
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

// Named after the Node version and architecture: the launcher only uses a cache this Node can take.
const data = script.createCachedData();
const out = `${file}.${process.version}-${process.arch}.${kind}.cache`;
writeFileSync(out, data);
process.stdout.write(`code-cache: ${path.relative(ROOT, out)} (${Math.round(data.length / 1024)} KB)\n`);
