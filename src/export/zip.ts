// Make a zip (xlsx) byte-reproducible: archiver stamps every entry with the current
// time and exceljs offers no way to pass a date, so after the workbook is written we
// overwrite the DOS time/date fields of every local header and central-directory
// record in place (they are not covered by any checksum).
import { promises as fsp } from 'node:fs';

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

/** DOS date/time for `date` (UTC components; dates before 1980 become 1980-01-01). */
function dosDateTime(date: Date): { time: number; date: number } {
  let y = date.getUTCFullYear();
  let m = date.getUTCMonth() + 1;
  let d = date.getUTCDate();
  if (y < 1980) [y, m, d] = [1980, 1, 1];
  if (y > 2107) [y, m, d] = [2107, 12, 31];
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  return { time, date: ((y - 1980) << 9) | (m << 5) | d };
}

/** Files up to this size are read, stamped in memory and written back at once (3 calls, not ~2 per entry). */
const WHOLE_FILE_MAX = 4 * 1024 * 1024;

/**
 * Set the modification time of every entry of the zip at `file` to `date`.
 * Returns false (and leaves the file as it is) when the layout is not the plain one
 * archiver writes (zip64, comment-less EOCD not found, inconsistent offsets).
 * A workbook of a few MB is patched in memory; a larger one by positional reads and
 * writes, so that memory does not grow with the file (`wholeFileMax` sets the limit).
 */
export async function setZipTimestamps(file: string, date: Date, wholeFileMax = WHOLE_FILE_MAX): Promise<boolean> {
  const stamp = dosStamp(date);
  const fh = await fsp.open(file, 'r+');
  try {
    const { size } = await fh.stat();
    if (size <= wholeFileMax) {
      const zip = Buffer.alloc(size);
      await fh.read(zip, 0, size, 0);
      const dir = centralDirectory(zip, size);
      const locals = dir && stampRecords(zip.subarray(dir.offset, dir.offset + dir.size), dir.entries, stamp);
      if (!locals || locals.some((off) => off + 14 > size || zip.readUInt32LE(off) !== LOC)) return false;
      for (const off of locals) stamp.copy(zip, off + 10);
      await fh.write(zip, 0, size, 0);
      return true;
    }
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const dir = centralDirectory(tail, size);
    if (!dir) return false;
    const cd = Buffer.alloc(dir.size);
    await fh.read(cd, 0, dir.size, dir.offset);
    const locals = stampRecords(cd, dir.entries, stamp);
    if (!locals) return false;
    // Positional reads and writes, issued together (a workbook has ~15-60 entries).
    const heads = await Promise.all(locals.map(async (off) => (await fh.read(Buffer.alloc(4), 0, 4, off)).buffer));
    if (heads.some((head) => head.readUInt32LE(0) !== LOC)) return false;
    await Promise.all([...locals.map((off) => fh.write(stamp, 0, 4, off + 10)), fh.write(cd, 0, dir.size, dir.offset)]);
    return true;
  } finally {
    await fh.close();
  }
}

/** The DOS time and date of `date`, as the 4 bytes of a zip header. */
function dosStamp(date: Date): Buffer {
  const { time, date: day } = dosDateTime(date);
  const stamp = Buffer.alloc(4);
  stamp.writeUInt16LE(time, 0);
  stamp.writeUInt16LE(day, 2);
  return stamp;
}

/** The central directory named by the end record in `tail` (the last bytes of a zip of `size` bytes). */
function centralDirectory(tail: Buffer, size: number): { entries: number; size: number; offset: number } | null {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const entries = tail.readUInt16LE(i + 10);
    const cdSize = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (entries === 0xffff || cdSize === 0xffffffff || offset === 0xffffffff || offset + cdSize > size) return null;
    return { entries, size: cdSize, offset };
  }
  return null;
}

/** Stamp the records of the central directory `cd`; the offsets of their local headers, or null. */
function stampRecords(cd: Buffer, entries: number, stamp: Buffer): number[] | null {
  const locals: number[] = [];
  let p = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN) return null;
    stamp.copy(cd, p + 12);
    locals.push(cd.readUInt32LE(p + 42));
    p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return locals;
}
