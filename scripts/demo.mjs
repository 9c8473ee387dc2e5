#!/usr/bin/env node
// `npm run demo`: extract the bundled sample plans into registers and write per-unit trackers under out/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'plan-extract.js');
const plans = readdirSync(path.join(root, 'fixtures'))
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .map((f) => path.join('fixtures', f));

const run = (args) => {
  console.log(`$ plan-extract ${args.join(' ')}`);
  execFileSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
};

run(['extract', ...plans, '-o', 'out/registers', '--force']);
const registers = plans.map((p) => path.join('out/registers', path.basename(p).replace(/\.txt$/, '.register.json')));
run(['export', ...registers, '--to', 'both', '--by-unit', '-o', 'out/trackers', '--force']);
console.log('\nRegisters: out/registers/   Trackers: out/trackers/<plan>/ (tong-hop.xlsx + one file per unit)');
