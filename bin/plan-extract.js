#!/usr/bin/env node
// Thin launcher (CommonJS: bin/package.json; loading it skips the ES module loader). The CLI lives in
// dist/, built from src/ by `npm run build` (run by `npm ci`). Fastest first:
// 1. dist/bundle/cli.cjs, one classic script run with a V8 code cache (cli.cjs.<node>-<arch>.cache,
//    made by scripts/code-cache.mjs): no parsing or compiling at start-up. Packages only some commands
//    use (exceljs, the docx stack) are in scripts of their own (lazy-<group>.cjs), run the same way
//    on their first use, from their own cache when there is one;
// 2. dist/bundle/main.js, the same code as ES modules (no cache for this Node: another version);
// 3. dist/cli/main.js, the unbundled tsc output (no bundle).
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const v8 = require('node:v8');

const CACHE_SUFFIX = `.${process.version}-${process.arch}.cache`;
const importFn = (specifier) => import(specifier);

/** Run a classic script of dist/bundle/ (one function expression) and return its exports. */
function runScript(file, cachedData) {
  const source = readFileSync(file, 'latin1'); // ASCII (scripts/build-cli.mjs): latin1 is the fastest decoding
  const script = compile(source, file, cachedData);
  const module = { exports: {} };
  // This module's require: packages resolve from bin/ as from dist/bundle/ (both in the package).
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file), importFn, loadLazy);
  return module.exports;
}

/** A lazy script, from its cache when there is one (V8 compiles it from source if it rejects it). */
function loadLazy(file) {
  let cachedData;
  try {
    cachedData = readFileSync(file + CACHE_SUFFIX);
  } catch {
    cachedData = undefined;
  }
  return runScript(file, cachedData);
}

/**
 * V8 runs a regular expression first in its bytecode interpreter and compiles it to machine code
 * when it runs again: two compilations for most of the ~270 patterns a plan goes through once they
 * are all warm. Compiled once, straight to machine code, a one-file extract is ~20 ms faster (round 9
 * in BENCHMARKS.md). Tier-up goes off once, after cli.cjs is loaded (V8 checks a code cache against
 * the flags it was made with), and never back on while code runs: a pattern compiled without it has
 * no bytecode, and V8 crashes if it is asked to interpret it (seen: a segmentation fault).
 */
let regexpTierUp = true; // V8's default

function compile(source, filename, cachedData) {
  // A lazy script's cache was made with the default flags: they are back for its deserialisation
  // only, which runs no JavaScript (and so no regular expression).
  if (cachedData && !regexpTierUp) v8.setFlagsFromString('--regexp-tier-up');
  try {
    return new vm.Script(source, { filename, cachedData });
  } finally {
    if (cachedData && !regexpTierUp) v8.setFlagsFromString('--no-regexp-tier-up');
  }
}

function loadCached() {
  const file = path.join(__dirname, '../dist/bundle/cli.cjs');
  let cachedData;
  try {
    // V8 rejects a cache made by another version (the script would then be compiled: slower than 2.)
    cachedData = readFileSync(file + CACHE_SUFFIX);
  } catch {
    return null;
  }
  return runScript(file, cachedData);
}

async function load() {
  const mod = loadCached();
  v8.setFlagsFromString('--no-regexp-tier-up');
  regexpTierUp = false;
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
