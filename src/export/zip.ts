// Make a zip (xlsx) byte-reproducible: archiver stamps every entry with the current
// time and exceljs offers no way to pass a date, so after the workbook is written we
// overwrite the DOS time/date fields of every local header and central-directory
// record in place (they are not covered by any checksum). Positional reads and
// writes only: memory does not grow with the file.
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

/**
 * Set the modification time of every entry of the zip at `file` to `date`.
 * Returns false (and leaves the file as it is) when the layout is not the plain one
 * archiver writes (zip64, comment-less EOCD not found, inconsistent offsets).
 */
export async function setZipTimestamps(file: string, date: Date): Promise<boolean> {
  const fh = await fsp.open(file, 'r+');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return false;
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return false;
    if (cdOffset + cdSize > size) return false;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const { time, date: day } = dosDateTime(date);
    const locals: number[] = [];
    let p = 0;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN) return false;
      cd.writeUInt16LE(time, p + 12);
      cd.writeUInt16LE(day, p + 14);
      locals.push(cd.readUInt32LE(p + 42));
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    // Positional reads and writes, issued together (a workbook has ~15-60 entries).
    const heads = await Promise.all(locals.map(async (off) => (await fh.read(Buffer.alloc(4), 0, 4, off)).buffer));
    if (heads.some((head) => head.readUInt32LE(0) !== LOC)) return false;
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(day, 2);
    await Promise.all([...locals.map((off) => fh.write(stamp, 0, 4, off + 10)), fh.write(cd, 0, cdSize, cdOffset)]);
    return true;
  } finally {
    await fh.close();
  }
}
