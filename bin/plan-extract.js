#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built from src/ by `npm run build`, run by `npm ci`).
// dist/bundle/main.js is the same code bundled (scripts/build-cli.mjs), which starts faster;
// dist/cli/main.js is used when the bundle was not built.
let mod;
try {
  mod = await import('../dist/bundle/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/bundle/main.js')) throw err;
  mod = await import('../dist/cli/main.js');
}

mod.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`plan-extract: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
