// Fast, exactly equivalent versions of the hot text helpers of ../util/text.ts (fold, foldWords,
// clean, upperRatio), for the parser, the unit and deadline grammars and the register builder.
//
// Profiling a batch (`node --cpu-prof`) showed `fold` alone taking a fifth of the run: every
// line-level predicate of the grammar folds the whole line again, and each fold is five regex
// passes plus a Unicode normalisation, allocating a string per pass. Here:
//  - `fold` maps each UTF-16 code unit through a table filled lazily from the reference
//    implementation itself (so accents, đ, dashes and case are folded exactly as there), and
//    collapses white space in the same single pass. A string with a character outside the
//    table's ranges (combining marks, Greek, CJK, astral…) goes to the reference implementation.
//  - the last few hundred results are memoised (the same line is folded by many predicates).
//  - `clean` returns its input untouched when there is nothing to change, the common case.
//  - `upperRatio` classifies code units through a lazily filled table.
// test/batch/fast-text.test.ts checks them against the reference on every table character,
// on every pair of them and on random strings.
import * as ref from '../util/text.js';

// ------------------------------------------------------------------ fold

/** Code units handled by the table: Latin (incl. Vietnamese), general punctuation. */
const FOLD_LIMIT = 0x2070;
function tableRange(c: number): boolean {
  return c < 0x0300 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2000 && c < FOLD_LIMIT);
}

/** The reference pipeline minus white-space handling, on one character. */
function refFoldChar(ch: string): string {
  return ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

const WS = /^\s$/;
const MARK = /\p{M}/u;

// Folded form of each code unit below FOLD_LIMIT: undefined = not computed yet, null = not
// handled (use the reference), ' ' = white space (collapsed), otherwise the folded text.
const foldTable: (string | null | undefined)[] = new Array(FOLD_LIMIT);
// ASCII: fill eagerly (cheap, and the most frequent).
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  foldTable[c] = WS.test(ch) ? ' ' : ch.toLowerCase();
}

function foldEntry(c: number): string | null {
  let e = foldTable[c];
  if (e !== undefined) return e;
  e = null;
  if (tableRange(c)) {
    const ch = String.fromCharCode(c);
    const m = refFoldChar(ch);
    if (WS.test(ch)) {
      if (WS.test(m)) e = ' ';
    } else if (m !== '' && !MARK.test(ch) && !MARK.test(m) && !/\s/.test(m)) {
      // Only characters whose folded form is plain (no marks that could reorder with a
      // neighbour's, no white space inside, not empty) can be folded one by one.
      e = m;
    }
  }
  foldTable[c] = e;
  return e;
}

// The common case, without building the result one `+=` at a time (each made a new string: a
// fold allocated ~30 times its length): when every character folds to one code unit below 0x100,
// the codes go into a scratch buffer decoded once as Latin-1.
const UNKNOWN = -3;
const OTHER = -2; // null, several code units, or one above 0xFF: the string path
const SPACE = -1;
const foldCode = new Int16Array(FOLD_LIMIT).fill(UNKNOWN);
let scratch = Buffer.allocUnsafe(1024);
/** Set by foldBytes: it stopped at its limit before the end of the string. */
let cut = false;

/** The scratch buffer, grown to hold `len` bytes. */
function scratchFor(len: number): Buffer {
  if (scratch.length < len) scratch = Buffer.allocUnsafe(Math.max(len, scratch.length * 2));
  return scratch;
}

function codeOf(c: number): number {
  const e = foldEntry(c);
  const k = e === ' ' ? SPACE : e !== null && e.length === 1 && e.charCodeAt(0) <= 0xff ? e.charCodeAt(0) : OTHER;
  foldCode[c] = k;
  return k;
}

/**
 * `fold(s)` into `scratch` (white space collapsed, none at the ends), stopping once `limit`
 * characters are written (`cut` set); returns the length written, or -1 when a character needs
 * the string path.
 */
function foldBytes(s: string, limit: number): number {
  const len = s.length;
  const buf = scratchFor(len);
  let n = 0;
  let space = false;
  cut = false;
  for (let i = 0; i < len; i++) {
    if (n >= limit) {
      cut = true;
      return n;
    }
    const c = s.charCodeAt(i);
    let k = c < FOLD_LIMIT ? foldCode[c]! : OTHER;
    if (k === UNKNOWN) k = codeOf(c);
    if (k === SPACE) {
      space = true;
      continue;
    }
    if (k === OTHER) return -1;
    if (space) {
      if (n > 0) buf[n++] = 0x20;
      space = false;
    }
    buf[n++] = k;
  }
  return n;
}

/**
 * `fold` of each code unit of `s`, one for one, when each folds to one code unit below 0x100 and
 * `s` has no white space but single spaces (kept): for deadlines/normalize.ts, whose index map is
 * then the identity. Null otherwise.
 */
export function foldUnitsLatin1(s: string): string | null {
  const len = s.length;
  const buf = scratchFor(len);
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      buf[i] = 0x20;
      continue;
    }
    let k = c < FOLD_LIMIT ? foldCode[c]! : OTHER;
    if (k === UNKNOWN) k = codeOf(c);
    if (k < 0) return null;
    buf[i] = k;
  }
  return buf.toString('latin1', 0, len);
}

function foldUncached(s: string): string {
  const n = foldBytes(s, Infinity);
  if (n >= 0) return scratch.toString('latin1', 0, n);
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const e = c < FOLD_LIMIT ? foldEntry(c) : null;
    if (e === null) return ref.fold(s);
    if (e === ' ') {
      space = true;
      continue;
    }
    if (space) {
      if (out.length > 0) out += ' ';
      space = false;
    }
    out += e;
  }
  return out;
}

const FOLD_CACHE_MAX = 2048;
let foldCache = new Map<string, string>();
let foldCacheOld = new Map<string, string>();

/** Same result as util/text `fold` ("Phòng Văn hoá – Xã hội" → "phong van hoa - xa hoi"). */
export function fold(s: string): string {
  let r = foldCache.get(s);
  if (r !== undefined) return r;
  r = foldCacheOld.get(s);
  if (r === undefined) r = foldUncached(s);
  // Two generations: recent strings stay cached, memory stays bounded.
  if (foldCache.size >= FOLD_CACHE_MAX) {
    foldCacheOld = foldCache;
    foldCache = new Map();
  }
  foldCache.set(s, r);
  return r;
}

/** Same result as util/text `foldWords`. */
export function foldWords(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

// ------------------------------------------------------------------ clean

/** Characters that `clean` turns into (collapsed) spaces. */
function isCleanSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters NFC leaves alone whatever their neighbours, as long as no combining mark follows. */
function nfcStable(c: number): boolean {
  return c < 0x0300 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2002 && c < 0x2070);
}

// Per code unit below 0x2070 (nfcStable's last range ends there): 0 kept as it is, 1 a plain space
// (a change when doubled or at an end), 2 anything else (the reference decides).
const CLEAN_LIMIT = 0x2070;
const cleanClass = new Uint8Array(CLEAN_LIMIT);
for (let c = 0; c < CLEAN_LIMIT; c++) cleanClass[c] = c === 0x20 ? 1 : isCleanSpace(c) || !nfcStable(c) ? 2 : 0;

/** Same result as util/text `clean` (NFC + collapse white space + trim); returns `s` itself when already clean. */
export function clean(s: string): string {
  const n = s.length;
  let prevSpace = true; // a space at the start is a change
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = c < CLEAN_LIMIT ? cleanClass[c]! : 2;
    if (k === 0) {
      prevSpace = false;
      continue;
    }
    if (k === 2 || prevSpace) return ref.clean(s);
    prevSpace = true;
  }
  if (prevSpace && n > 0) return ref.clean(s); // trailing space
  return s;
}

// ------------------------------------------------------------------ upperRatio

// Per code unit: 0 unknown, 1 not a letter, 2 lower-case letter, 3 upper-case letter.
const caseTable = new Uint8Array(0x10000);

function caseOf(ch: string): number {
  if (ch.toLowerCase() === ch.toUpperCase()) return 1;
  return ch === ch.toUpperCase() ? 3 : 2;
}

/** Case of the code point at `i` (1 not a letter, 2 lower-case, 3 upper-case) × 4 + its length in code units. */
function caseAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return caseOf(s.slice(i, i + 2)) * 4 + 2;
  }
  return (caseTable[c] || (caseTable[c] = caseOf(String.fromCharCode(c)))) * 4 + 1;
}

/** Set by countLetters: how many of the letters it counted are upper-case. */
let upperCount = 0;

/** The letters of `s` (the upper-case ones in `upperCount`), or -1 as soon as more than `maxLower` are lower-case. */
function countLetters(s: string, maxLower: number): number {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; ) {
    const x = caseAt(s, i);
    i += x & 3;
    if (x >> 2 > 1) {
      letters++;
      if (x >> 2 === 3) upper++;
      else if (letters - upper > maxLower) return -1;
    }
  }
  upperCount = upper;
  return letters;
}

/** Same result as util/text `upperRatio` (upper-case share of the letters). */
export function upperRatio(s: string): number {
  const letters = countLetters(s, Infinity);
  return letters === 0 ? 0 : upperCount / letters;
}

/**
 * `upperRatio(s) > r`, without reading all of a long lower-case line: once more than (1 − r) ×
 * s.length of its letters are lower-case, the share of upper-case ones (there are at most s.length
 * letters) cannot exceed r whatever follows.
 */
export function mostlyUpper(s: string, r = 0.8): boolean {
  const letters = countLetters(s, (1 - r) * s.length);
  return letters > 0 && upperCount / letters > r;
}

// ------------------------------------------------------------------ letters, per-character fold

// Per code unit: 0 unknown, 1 not a letter, 2 a letter (\p{L}).
const letterTable = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** Number of UTF-16 code units of the letters of `s`: the same as `s.replace(/[^\p{L}]/gu, '').length`. */
export function letterCount(s: string): number {
  let n = 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) n++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(s.slice(i, i + 2))) n += 2;
        i++;
        continue;
      }
    }
    let k = letterTable[c]!;
    if (k === 0) k = letterTable[c] = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (k === 2) n++;
  }
  return n;
}

/**
 * `fold` of the single code unit `c` when it is a whole character the table handles (never white
 * space), else null. For callers that fold character by character (deadlines/normalize.ts).
 */
export function foldCodeUnit(c: number): string | null {
  if (c >= FOLD_LIMIT) return null;
  const e = foldEntry(c);
  return e === ' ' ? null : e;
}

// ------------------------------------------------------------------ first folded character

/**
 * Whether `fold(s)` may start with one of `firsts` (ASCII characters), white space and the ASCII
 * characters of `skip` passed over: false only when one table lookup shows it does not. A cheap
 * rejection before the anchored tests of the grammar, which run on every line.
 */
export function mayFoldStartWith(s: string, firsts: string, skip = ''): boolean {
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    let k = c < FOLD_LIMIT ? foldCode[c]! : OTHER;
    if (k === UNKNOWN) k = codeOf(c);
    if (k === SPACE || (c < 0x80 && skip.length > 0 && skip.includes(s[i]!))) continue;
    if (k === OTHER) return true; // several code units, or the reference's own fold
    return firsts.includes(String.fromCharCode(k));
  }
  return false;
}

// ------------------------------------------------------------------ fold prefix

export interface FoldHead {
  /** A prefix of `fold(s)`, at least `n` characters long unless it is all of it. */
  head: string;
  /** `head` is the whole of `fold(s)`. */
  complete: boolean;
}

/**
 * The first `n` (or more) characters of `fold(s)`, without folding the rest of a long line: for
 * tests anchored at the start of the folded text, whose match cannot run longer than `n`
 * characters (the folded text has single spaces, so `\s*` matches one character at most).
 */
export function foldHead(s: string, n: number): FoldHead {
  const cached = foldCache.get(s) ?? foldCacheOld.get(s);
  if (cached !== undefined) return { head: cached, complete: true };
  const m = foldBytes(s, n);
  if (m >= 0) return { head: scratch.toString('latin1', 0, m), complete: !cut };
  let out = '';
  let space = false;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    if (out.length >= n) return { head: out, complete: false };
    const c = s.charCodeAt(i);
    const e = c < FOLD_LIMIT ? foldEntry(c) : null;
    if (e === null) return { head: fold(s), complete: true };
    if (e === ' ') {
      space = true;
      continue;
    }
    if (space) {
      if (out.length > 0) out += ' ';
      space = false;
    }
    out += e;
  }
  return { head: out, complete: true };
}
