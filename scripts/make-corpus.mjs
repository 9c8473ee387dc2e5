#!/usr/bin/env node
// Synthetic corpus of plans for the benchmark (and for trying batch runs by hand):
//
//   node scripts/make-corpus.mjs [N=2000] [DIR=.bench/corpus-N] [--seed S] [--clean]
//
// Each plan is one of fixtures/00*.txt with deterministic variations (seeded PRNG): the
// place name, the plan's number and date, the years (the whole plan shifted by -1..+2
// years), spelling variants of unit names (hóa/hoá, HĐND/HDND, full names/abbreviations),
// and its length (bullet items and appendix rows repeated or dropped, so plans run from
// about 0.6x to 2x the size of their fixture). Same N and seed → same bytes. About 1 in
// 4 plans is written as .md, the others as .txt. Prints a one-line summary on stdout.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
// The same PRNG as the synthetic registers (built into dist/ by `npm run build`, which bench runs first).
import { rng } from '../dist/util/random.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PLACES = [
  'Bách Quang', 'Bắc Kạn', 'Nhân Hòa', 'Phan Đình Phùng', 'Quan Triều', 'Gia Sàng', 'Tích Lương', 'Linh Sơn',
  'Đức Xuân', 'Sông Công', 'Phổ Yên', 'Vạn Xuân', 'Trung Thành', 'Bá Xuyên', 'Đồng Hỷ', 'Quyết Thắng',
  'Tân Thịnh', 'Hoàng Văn Thụ', 'Túc Duyên', 'Cam Giá', 'Phúc Xuân', 'Thịnh Đán', 'Đại Phúc', 'Yên Bình',
];
const KNOWN_PLACES = ['Bách Quang', 'Bắc Kạn', 'Nhân Hòa'];

/** Spelling variants of the same unit (the parser must merge them): [pattern, variants]. */
const UNIT_VARIANTS = [
  [/Phòng Văn hó?a - Xã hội|Phòng Văn hoá - Xã hội/g, ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá - Xã hội', 'Phòng Văn hóa – Xã hội', 'Phòng VH-XH']],
  [/Văn phòng HĐND và UBND|Văn phòng HDND và UBND/g, ['Văn phòng HĐND và UBND', 'Văn phòng HDND và UBND']],
  [/Trung tâm Phục vụ hành chính công/g, ['Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC', 'Trung tâm Phục vụ Hành chính công']],
  [/Phòng Kinh tế, Hạ tầng và Đô thị/g, ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng KT-HT-ĐT', 'Phòng Kinh tế - Hạ tầng và Đô thị']],
];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function loadFixtures() {
  const dir = path.join(ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((f) => /^00\d_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Lines that are list items or appendix rows: the ones repeated or dropped to vary the length. */
const ITEM = /^(?:- |[a-zđ]\) |\d+\.\d+\. |\d+\t)/;

function vary(fixture, i, seed) {
  const r = rng(seed * 1_000_003 + i * 7919 + 17);
  let text = fixture.text;

  // Years: the whole plan moves together, so its dates stay consistent.
  const shift = Math.floor(r() * 4) - 1;
  if (shift !== 0) text = text.replace(/\b(20(?:1[89]|2\d))\b/g, (y) => String(Number(y) + shift));

  // Place.
  const place = pick(r, PLACES);
  for (const p of KNOWN_PLACES) text = text.split(p).join(place);

  // Number and date of the plan.
  const serial = 1 + Math.floor(r() * 480);
  text = text.replace(/Số:\s*\/KH-/, `Số: ${serial}/KH-`);
  const day = 1 + Math.floor(r() * 28);
  text = text.replace(/ngày\s+tháng\s+(\d+)\s+năm/, (_m, mo) => `ngày ${day} tháng ${mo} năm`);
  // Dates in the text: another day of the same month.
  text = text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (m, _d, mo, y) => (r() < 0.5 ? m : `${1 + Math.floor(r() * 28)}/${mo}/${y}`));

  // Unit spellings.
  for (const [re, variants] of UNIT_VARIANTS) {
    const v = pick(r, variants);
    text = text.replace(re, () => (r() < 0.7 ? v : pick(r, variants)));
  }

  // Length: each item line is dropped, kept, or repeated (1-3 extra copies).
  const factor = 0.5 + r() * 1.2; // target size relative to the fixture
  const lines = text.split('\n');
  const out = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!ITEM.test(line)) {
      out.push(line);
      continue;
    }
    const x = r();
    if (factor < 1 && x < (1 - factor) * 0.9) continue; // drop
    out.push(line);
    if (factor > 1) {
      let extra = 0;
      while (extra < 3 && r() < (factor - 1) * 0.8) extra++;
      const blank = lines[k + 1] === '' ? [''] : [];
      for (let e = 0; e < extra; e++) out.push(...blank, line.replace(/(\S)([.;]?)$/, `$1 (lần ${e + 2})$2`));
    }
  }
  text = out.join('\n');
  const ext = r() < 0.25 ? 'md' : 'txt';
  return { text, ext };
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flag = (name) => argv.includes(`--${name}`);
  const opt = (name) => {
    const k = argv.indexOf(`--${name}`);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const seedArg = opt('seed');
  const positional = args.filter((a) => a !== seedArg);
  const n = Number(positional[0] ?? process.env.BENCH_N ?? 2000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a positive integer (got ${positional[0]})`);
  const dir = path.resolve(positional[1] ?? path.join(ROOT, '.bench', `corpus-${n}`));
  const seed = Number(seedArg ?? 20260101);
  if (flag('clean')) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const fixtures = loadFixtures();
  const w = String(n).length;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const fx = fixtures[i % fixtures.length];
    const { text, ext } = vary(fx, i, seed);
    const name = `plan-${String(i + 1).padStart(w, '0')}-${fx.name.slice(0, 3)}.${ext}`;
    const data = Buffer.from(text, 'utf8');
    writeFileSync(path.join(dir, name), data);
    bytes += data.length;
  }
  process.stdout.write(`${n} plans, ${(bytes / 1e6).toFixed(1)} MB in ${path.relative(process.cwd(), dir) || '.'}\n`);
  return { dir, n, bytes };
}

main(process.argv.slice(2));
