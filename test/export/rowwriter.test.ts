import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportRegister, makeSyntheticRegister } from '../../src/export/index.js';
import { rowWriter } from '../../src/export/xlsx.js';
import { options, register001, tmp } from './helpers.js';

// RowWriter renders the bulk rows itself; the workbooks must be the ones exceljs writes alone.
const NASTY = [
  '',
  'a<b>&"c\'d',
  'ctl\x01\x02\x0b\x0c\x1f\x7f end',
  'tab\there\nnl\r\ncrlf\rcr',
  'lone \ud800 hi \udc00 pair 😀 \ufffe\uffff',
  'x'.repeat(33_000),
  '=SUM(A1)',
  '😀'.repeat(100),
  'y\n'.repeat(60),
  '\u0000zero',
];

function nastyRegister() {
  const reg = makeSyntheticRegister(120, 4);
  reg.tasks.forEach((t, i) => {
    t.text = i % 3 === 0 ? NASTY[i % NASTY.length]! : `${NASTY[i % NASTY.length]!} ${t.text}`;
    if (t.deadline && i % 4 === 0) t.deadline.raw = NASTY[(i + 1) % NASTY.length]!;
    if (t.deadline && i % 5 === 0) t.deadline.due = '2026-02-30';
    if (i % 6 === 0) t.support = [...t.support, '<Phòng & "Ban">'];
  });
  return reg;
}

async function bothWays(reg: ReturnType<typeof makeSyntheticRegister>, over: Parameters<typeof options>[1]): Promise<[string, string]> {
  const fast = tmp();
  const plain = tmp();
  await exportRegister(reg, 'a'.repeat(64), options(fast, over));
  rowWriter.enabled = false;
  try {
    await exportRegister(reg, 'a'.repeat(64), options(plain, over));
  } finally {
    rowWriter.enabled = true;
  }
  return [fast, plain];
}

describe('RowWriter', () => {
  afterEach(() => {
    rowWriter.enabled = true;
  });

  it.each([
    ['synthetic, nasty texts, by unit', () => nastyRegister(), { byUnit: true }],
    ['synthetic, en, support only, collectives expanded, no as-of', () => nastyRegister(), { lang: 'en' as const, role: 'support' as const, expandCollectives: true, asOf: null }],
    ['plan 001, by unit', () => register001(), { byUnit: true }],
  ])('writes byte-identical workbooks to exceljs alone: %s', async (_, make, over) => {
    const [fast, plain] = await bothWays(make() as ReturnType<typeof makeSyntheticRegister>, over);
    const files = readdirSync(plain).sort();
    expect(readdirSync(fast).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(path.join(fast, f)).equals(readFileSync(path.join(plain, f))), f).toBe(true);
  });
});
