// src/util/collate.ts must order strings exactly as Intl.Collator('vi', { numeric: true }) does: the
// registers' unit lists are sorted with it.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../../src/units/directory.js';
import { byVi, compareVi } from '../../src/util/collate.js';
import { rng } from '../../src/util/random.js';

const ICU = new Intl.Collator('vi', { numeric: true });
const sign = (n: number) => Math.sign(n);

const BASES = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = new Set([...'aăâeêioôơuưy']);
const PUNCT = [...' _-–—,;:!?.…\'"()[]{}@*/\\&#%•+<=>|~$'];

function randomChar(r: () => number): string {
  const x = r();
  if (x < 0.12) return PUNCT[Math.floor(r() * PUNCT.length)]!;
  if (x < 0.2) return String(Math.floor(r() * 10));
  let c = BASES[Math.floor(r() * BASES.length)]!;
  if (VOWELS.has(c)) c = (c + TONES[Math.floor(r() * TONES.length)]!).normalize('NFC');
  return r() < 0.3 ? c.toUpperCase() : c;
}

function randomString(r: () => number, max = 8): string {
  let s = '';
  const n = 1 + Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += randomChar(r);
  return s;
}

/** A string close to `s`: one character changed, inserted or removed, or its case or tone changed. */
function neighbour(r: () => number, s: string): string {
  const chars = [...s];
  const k = Math.floor(r() * chars.length);
  const op = r();
  if (op < 0.25) chars[k] = randomChar(r);
  else if (op < 0.45) chars.splice(k, 0, randomChar(r));
  else if (op < 0.6) chars.splice(k, 1);
  else if (op < 0.8) chars[k] = chars[k] === chars[k]!.toUpperCase() ? chars[k]!.toLowerCase() : chars[k]!.toUpperCase();
  else {
    const base = chars[k]!.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    chars[k] = (base + TONES[Math.floor(r() * TONES.length)]!).normalize('NFC');
  }
  return chars.join('');
}

describe('compareVi', () => {
  it('orders letters, tones, case, numbers and punctuation as ICU does', () => {
    const words = ['a', 'ă', 'â', 'b', 'đ', 'd', 'ơ', 'ô', 'o', 'ư', 'u', 'à', 'ả', 'ã', 'á', 'ạ', 'A', 'Á', 'a2', 'a10', 'a02', 'a b', 'a-b', 'a–b', 'ab', '(a)', 'Phòng 3', 'Phòng 12', 'Đội', 'Đoàn', 'Sở Y tế', 'Sở Xây dựng'];
    const mine = [...words].sort(byVi);
    const icu = [...words].sort((a, b) => ICU.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    expect(mine).toEqual(icu);
    expect(compareVi('a02', 'a2')).toBe(0);
    expect(compareVi('á', 'a\u0301')).toBe(0); // NFC and NFD spellings
  });

  it('agrees with ICU on the unit names of the golden registers and of the built-in directory', () => {
    const dir = path.resolve('test/golden');
    const names = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.register.json'))) {
      const reg = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { units: { name: string; aliases: string[] }[] };
      for (const u of reg.units) for (const n of [u.name, ...u.aliases]) names.add(n);
    }
    for (const e of DIRECTORY) for (const n of [e.name, ...(e.aliases ?? [])]) names.add(n);
    const list = [...names];
    expect(list.length).toBeGreaterThan(200);
    for (const a of list) for (const b of list) expect(sign(compareVi(a, b)), `${a} | ${b}`).toBe(sign(ICU.compare(a, b)));
  });

  it('agrees with ICU on 40,000 random pairs of the alphabet, half of them near-equal', () => {
    const r = rng(20261124);
    const bad: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = randomString(r);
      for (const b of [randomString(r), neighbour(r, a)]) {
        if (sign(compareVi(a, b)) !== sign(ICU.compare(a, b))) bad.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('falls back to ICU for characters outside the alphabet', () => {
    for (const [a, b] of [
      ['Ça', 'Ca'],
      ['ñ', 'n'],
      ['Sở “A”', 'Sở "A"'],
      ['東京', 'Hà Nội'],
      ['a\u0302\u0306', 'ấ'],
    ] as const) {
      expect(sign(compareVi(a, b)), `${a} | ${b}`).toBe(sign(ICU.compare(a, b)));
    }
  });
});
