#!/usr/bin/env node
// Thin launcher (CommonJS: bin/package.json; loading it skips the ES module loader). The CLI lives in
// dist/, built from src/ by `npm run build` (run by `npm ci`). Fastest first:
// 1. dist/bundle/cli.cjs, one classic script run with a V8 code cache (cli.cjs.<node>-<arch>.<kind>.cache,
//    made by scripts/code-cache.mjs): no parsing or compiling at start-up;
// 2. dist/bundle/main.js, the same code as ES modules (no cache for this Node: another version);
// 3. dist/cli/main.js, the unbundled tsc output (no bundle).
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

// Commands that write or read workbooks use the cache that has exceljs too; the others a smaller one.
const XLSX_COMMANDS = new Set(['export', 'collect', 'report']);

function loadCached() {
  const file = path.join(__dirname, '../dist/bundle/cli.cjs');
  let source;
  let cachedData;
  try {
    // V8 rejects a cache made by another version (the script would then be compiled: slower than 2.)
    const kind = XLSX_COMMANDS.has(process.argv[2]) ? 'xlsx' : 'main';
    cachedData = readFileSync(`${file}.${process.version}-${process.arch}.${kind}.cache`);
    source = readFileSync(file, 'latin1'); // ASCII (scripts/build-cli.mjs): latin1 is the fastest decoding
  } catch {
    return null;
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  const importFn = (specifier) => import(specifier);
  // This module's require: packages resolve from bin/ as from dist/bundle/ (both in the package).
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file), importFn);
  return module.exports;
}

async function load() {
  const mod = loadCached();
  if (mod) return mod;
  try {
    return await import('../dist/bundle/main.js');
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/bundle/main.js')) throw err;
    return import('../dist/cli/main.js');
  }
}

load()
  .then((mod) => mod.main(process.argv))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`plan-extract: internal error: ${err && err.stack ? err.stack : err}\n`);
      process.exitCode = 2;
    },
  );
