// setZipTimestamps: every local header and central-directory record of a workbook gets the same DOS
// date, in memory for a small file and by positional reads and writes for a large one, with the
// same bytes either way; a file that is not a plain zip is left as it is.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setZipTimestamps } from '../../src/export/zip.js';
import { tmp, unzip } from './helpers.js';

const DATE = new Date('2027-03-15T10:20:30Z');
// DOS time 10:20:30 and date 2027-03-15, little-endian, as they sit in the headers
const STAMP = Buffer.from([
  ((20 << 5) | 15) & 0xff,
  ((10 << 11) | (20 << 5) | 15) >> 8,
  ((47 << 9) | (3 << 5) | 15) & 0xff,
  ((47 << 9) | (3 << 5) | 15) >> 8,
]);
const PATHS: [string, number | undefined][] = [
  ['in memory', undefined],
  ['positional', 0],
];

async function workbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const name of ['Một', 'Hai', 'Ba']) wb.addWorksheet(name).addRow([name, 1, 'Phòng Văn hóa - Xã hội']);
  const file = path.join(dir, 'book.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** The 4 date bytes of every local header and every central record. */
function stamps(buf: Buffer): Buffer[] {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out: Buffer[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    const local = buf.readUInt32LE(p + 42);
    out.push(buf.subarray(p + 12, p + 16), buf.subarray(local + 10, local + 14));
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('setZipTimestamps', () => {
  it('stamps every entry with the date, the same bytes in memory and by positional writes', async () => {
    const dir = tmp('pe-zip-');
    const original = await workbook(dir);
    const before = unzip(original);
    const results = [];
    for (const [name, max] of PATHS) {
      const file = path.join(dir, `${max ?? 'mem'}.xlsx`);
      copyFileSync(original, file);
      expect(await setZipTimestamps(file, DATE, max), name).toBe(true);
      const buf = readFileSync(file);
      const all = stamps(buf);
      expect(all.length, name).toBe(2 * before.size);
      for (const s of all) expect(s.equals(STAMP), name).toBe(true);
      expect(unzip(file), name).toEqual(before);
      results.push(buf);
    }
    expect(results[0]!.equals(results[1]!)).toBe(true);
    expect(results[0]!.length).toBe(readFileSync(original).length);
  });

  it('leaves a file that is not a plain zip as it is', async () => {
    const dir = tmp('pe-zip-');
    const original = readFileSync(await workbook(dir));
    // a central record pointing at something that is no local header
    const broken = Buffer.from(original);
    let eocd = broken.length - 22;
    while (broken.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    const firstRecord = broken.readUInt32LE(eocd + 16);
    broken.writeUInt32LE(broken.readUInt32LE(firstRecord + 42) + 1, firstRecord + 42);
    const cases: [string, Buffer][] = [
      ['text', Buffer.from('Kế hoạch số 12/KH-UBND\n'.repeat(10))],
      ['truncated', original.subarray(0, original.length - 10)],
      ['bad local offset', broken],
    ];
    for (const [name, bytes] of cases) {
      for (const [how, max] of PATHS) {
        const file = path.join(dir, 'case.bin');
        writeFileSync(file, bytes);
        expect(await setZipTimestamps(file, DATE, max), `${name}, ${how}`).toBe(false);
        expect(readFileSync(file).equals(bytes), `${name}, ${how}`).toBe(true);
      }
    }
  });
});
