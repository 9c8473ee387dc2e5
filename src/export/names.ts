// Safe sheet names and file names built from (untrusted) unit names.
import { createHash } from 'node:crypto';
import { slugify } from '../util/text.js';

export const SHEET_NAME_MAX = 31;

/** Excel's rule: ≤ 31 characters, none of []:*?/\, not starting or ending with an apostrophe, not blank, not "History". */
export function sanitizeSheetName(name: string, fallback = 'Sheet'): string {
  let s = name
    .normalize('NFC')
    // control characters, lone surrogates and non-characters cannot be stored
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .replace(/[[\]:*?/\\]/g, ' ')
    // apostrophes: forbidden at the ends, and exceljs does not escape them inside the
    // quoted sheet references it writes for the print titles, so replace them all.
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
  s = truncate(s, SHEET_NAME_MAX);
  if (!s) s = fallback;
  if (s.toLowerCase() === 'history') s = `${s} (1)`;
  return s;
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair; prefer a word boundary when it costs little. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const nextIsSpace = /\s/.test(s[cut.length] ?? ' ');
  const space = cut.lastIndexOf(' ');
  if (!nextIsSpace && space >= Math.floor(max * 0.6)) cut = cut.slice(0, space);
  return cut.replace(/[\s,;.\-–]+$/u, '').trim();
}

/**
 * Assign unique, valid sheet names. Uniqueness is case-insensitive (as in Excel) and
 * also against `reserved` (e.g. the summary and `_meta` sheets). Repeats get " (2)", " (3)"…
 */
export function uniqueSheetNames(names: string[], reserved: string[] = []): string[] {
  const taken = new Set(reserved.map(key));
  return names.map((name) => {
    const base = sanitizeSheetName(name, 'Đơn vị');
    let candidate = base;
    for (let n = 2; taken.has(key(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = truncate(base, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(key(candidate));
    return candidate;
  });
}

function key(sheetName: string): string {
  return sheetName.normalize('NFC').toLocaleLowerCase('vi');
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Longest plain slug used as a file base name; longer ones are cut and get a hash. */
export const FILE_SLUG_MAX = 60;

export function shortHash(s: string, length = 8): string {
  return createHash('sha256').update(s.normalize('NFC'), 'utf8').digest('hex').slice(0, length);
}

/**
 * File base names (without extension) for units: ASCII slugs of the canonical names
 * (`phong-van-hoa-xa-hoi`), only [a-z0-9-], so they cannot name another folder.
 * A slug that is a reserved Windows device name (CON, NUL, COM1…), longer than
 * FILE_SLUG_MAX, equal to a `reserved` base name (`tong-hop`) or to the slug of an
 * earlier unit gets a short hash of the canonical name: `con-1a2b3c4d`.
 */
export function uniqueFileBaseNames(names: string[], reserved: string[] = []): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return names.map((name) => {
    const full = slugify(name, Number.MAX_SAFE_INTEGER);
    let base = full;
    let needsHash = WINDOWS_RESERVED.test(full) || taken.has(full);
    if (full.length > FILE_SLUG_MAX) {
      base = full.slice(0, FILE_SLUG_MAX).replace(/-+$/, '');
      needsHash = true;
    }
    let candidate = needsHash ? `${base}-${shortHash(name)}` : base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${shortHash(name)}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
