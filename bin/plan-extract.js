#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built from src/cli by `npm run build`, run by `npm ci`).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`plan-extract: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
