// Low-level text helpers for unit names: tokens with offsets, tone-mark modernisation, display
// normalisation and compiled phrase tables. Everything here is compiled once at module load.

import { clean, fold } from '../parse/fast-text.js';
import { DISPLAY_ABBREVIATIONS, STROKE_FIXES } from './directory.js';

// ---------------------------------------------------------------------------------- tone marks
// Vietnamese has two conventions for the tone mark on "oa", "oe", "uy" at the end of a syllable:
// old "hoá, uỷ, thuỷ, khoẻ" and modern "hóa, ủy, thủy, khỏe". Both are in use; we display the modern one.
// Only open syllables move ("hoàn" is the same in both), and "qu" + y keeps its mark on y ("quý").

const TONE_OA_OE = /(?<![qQ])([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;
const TONE_UY = /(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;
const HAS_CANDIDATE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]|[\u0300-\u036f]/u;

/** "Phòng Văn hoá", "Uỷ ban", "thuỷ lợi" → "Phòng Văn hóa", "Ủy ban", "thủy lợi". Returns NFC. */
export function modernTone(s: string): string {
  if (!HAS_CANDIDATE.test(s)) return s.normalize('NFC');
  return s.normalize('NFD').replace(TONE_OA_OE, '$1$3$2').replace(TONE_UY, '$1$3$2').normalize('NFC');
}

// ---------------------------------------------------------------------------------- tokens

export interface Tok {
  /** As written. */
  text: string;
  /** Words: lower-case, NFC, modern tone, Đ-stroke restored ("hdnd" → "hđnd"). Punctuation: the character, dashes unified to "-". */
  lc: string;
  /** Words: accent-folded lower-case ASCII ("hđnd" → "hdnd"). Punctuation: ''. */
  f: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The whole text was typed without diacritics ("Dang uy phuong"): word lists are then compared accent-folded. */
  plain: boolean;
}

/** What tokenize() scans for (by hand, see below): runs of letters, marks, digits, or one other non-space. */
export const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const DASHES = /[\u2010-\u2015\u2212]/;

/** Lower-case forms of STROKE_FIXES single words ("hdnd" → "hđnd"), for token `lc`. */
const LC_STROKE = new Map<string, string>();
for (const [wrong, right] of STROKE_FIXES) {
  // (the first word of a two-word fix too, "dầu" of "dầu tư": token forms are compared, the text is not rewritten)
  const [w, r] = [wrong.split(' ')[0]!, right.split(' ')[0]!];
  if (/^[\p{L}]+$/u.test(w)) LC_STROKE.set(w.toLowerCase(), r.toLowerCase());
}

/** Per-word cache: the vocabulary of plans is small, and folding is the hot spot of tokenising. */
const WORD_CACHE = new Map<string, { lc: string; f: string; cap: boolean }>();
const WORD_CACHE_MAX = 50_000;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordInfo(text: string): { lc: string; f: string; cap: boolean } {
  let info = WORD_CACHE.get(text);
  if (!info) {
    let lc = modernTone(text.toLowerCase());
    lc = LC_STROKE.get(lc) ?? lc;
    info = { lc, f: fold(lc), cap: UPPER_START.test(text) };
    if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
    WORD_CACHE.set(text, info);
  }
  return info;
}

const NON_ASCII = /[^\x00-\x7f]/;

// The scanner of tokenize() does by hand what TOKEN_RE.exec would: a token is a maximal run of
// [\p{L}\p{M}\p{N}] code points, or one other non-space code point. Classes of BMP code units are
// looked up in a table filled on first sight from the same regexes (1 space, 2 word, 3 other).
const CLASS = new Uint8Array(0x10000);
const WORD_CP = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CP = /^\s$/u;

function classOfCodePoint(ch: string): number {
  return SPACE_CP.test(ch) ? 1 : WORD_CP.test(ch) ? 2 : 3;
}

/** Class of the code point at `i` and its length in code units, packed as class * 4 + length. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfCodePoint(s.slice(i, i + 2)) * 4 + 2;
  }
  let k = CLASS[c]!;
  if (k === 0) k = CLASS[c] = classOfCodePoint(String.fromCharCode(c));
  return k * 4 + 1;
}

/**
 * Tokens of `s`. With `limit`, stops once it has at least `limit` tokens: the result is then a prefix
 * of the whole string's tokens (same offsets, same `plain`), for callers that can often decide from
 * the first few words.
 */
export function tokenize(s: string, limit = Infinity): Tok[] {
  const out: Tok[] = [];
  const plain = !NON_ASCII.test(s);
  const n = s.length;
  let prevEnd = 0;
  let i = 0;
  while (out.length < limit && i < n) {
    // next match of /[\p{L}\p{M}\p{N}]+|\S/gu from i
    let k = classAt(s, i);
    while (k >> 2 === 1) {
      i += k & 3;
      if (i >= n) break;
      k = classAt(s, i);
    }
    if (i >= n) break;
    const index = i;
    i += k & 3;
    if (k >> 2 === 2) {
      while (i < n) {
        const k2 = classAt(s, i);
        if (k2 >> 2 !== 2) break;
        i += k2 & 3;
      }
    }
    const text = s.slice(index, i);
    // A tab or a run of 3+ spaces separates layout columns ("SỞ CÔNG THƯƠNG      CỘNG HÒA …"): a blocking token.
    if (index - prevEnd >= 3 || (index > prevEnd && s.slice(prevEnd, index).includes('\t'))) {
      if (out.length > 0) out.push({ text: '\t', lc: '\t', f: '', start: prevEnd, end: index, word: false, cap: false, plain });
    }
    prevEnd = i;
    const word = text.length > 1 || LETTER_OR_DIGIT.test(text);
    if (word) {
      const { lc, f, cap } = wordInfo(text);
      out.push({ text, lc, f, start: index, end: i, word, cap, plain });
    } else {
      const lc = DASHES.test(text) ? '-' : text;
      out.push({ text, lc, f: '', start: index, end: i, word, cap: false, plain });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------- phrase tables

/** A set of multi-word phrases (lower-case as written), matched on consecutive word tokens. */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  /** The same phrases accent-folded, for text typed without diacritics ("Dang uy phuong"). */
  private readonly byFirstFolded = new Map<string, string[][]>();
  /** Number of words of the longest phrase: `match` never looks further than that many tokens. */
  maxWords = 0;
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.split(' ').filter(Boolean);
      if (words.length === 0) continue;
      this.maxWords = Math.max(this.maxWords, words.length);
      add(this.byFirst, words);
      add(this.byFirstFolded, words.map((w) => fold(w)));
    }
    for (const map of [this.byFirst, this.byFirstFolded]) for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  }
  /**
   * Number of tokens of the longest phrase starting at `i` (0 when none). Accents matter ("sở" ≠ "số"),
   * except in text typed entirely without diacritics, which is compared accent-folded.
   */
  match(toks: readonly Tok[], i: number): number {
    const t = toks[i];
    if (!t || !t.word) return 0;
    const n = matchIn(this.byFirst, toks, i, 'lc');
    if (n > 0 || !t.plain) return n;
    return matchIn(this.byFirstFolded, toks, i, 'f');
  }
  /** Does a phrase end exactly at token `end` (exclusive)? Returns its length, or 0. */
  matchEndingAt(toks: readonly Tok[], end: number): number {
    for (let n = 4; n >= 1; n--) {
      const i = end - n;
      if (i < 0) continue;
      if (this.match(toks, i) === n) return n;
    }
    return 0;
  }
  has(phrase: string): boolean {
    const words = phrase.split(' ');
    return (this.byFirst.get(words[0]!) ?? []).some((w) => w.length === words.length && w.every((x, k) => x === words[k]));
  }
}

function add(map: Map<string, string[][]>, words: string[]): void {
  const list = map.get(words[0]!) ?? [];
  list.push(words);
  map.set(words[0]!, list);
}

function matchIn(map: Map<string, string[][]>, toks: readonly Tok[], i: number, key: 'lc' | 'f'): number {
  const list = map.get(toks[i]![key]);
  if (!list) return 0;
  outer: for (const words of list) {
    for (let k = 1; k < words.length; k++) {
      const u = toks[i + k];
      if (!u || !u.word || u[key] !== words[k]) continue outer;
    }
    return words.length;
  }
  return 0;
}

// ---------------------------------------------------------------------------------- display

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const ENDS_WITH_LOOKAHEAD = /\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)$/;
/** Whole-word regex; a pattern that ends in a look-ahead carries its own right boundary. */
const wordRegex = (src: string, flags = 'gu') => new RegExp(`(?<!${WORD_CHAR})(?:${src})${ENDS_WITH_LOOKAHEAD.test(src) ? '' : `(?!${WORD_CHAR})`}`, flags);

/** Is the code point ending just before `i` a word character ([\p{L}\p{M}\p{N}])? */
function wordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return classAt(s, start) >> 2 === 2;
}

/** Is the code point starting at `i` a word character? */
function wordAt(s: string, i: number): boolean {
  return i < s.length && classAt(s, i) >> 2 === 2;
}

/**
 * `s.replace(wordRegex(src), replacement)`, computed without compiling wordRegex when possible: its
 * Unicode word-boundary classes make it slow to compile (~2 ms each, ~0.2 s for the tables at
 * start-up). The pattern alone (cheap to compile) finds each match; when the characters around it
 * are not word characters, the whole-word regex would make the same match (it scans the same
 * positions, and the first alternative of the pattern that passes the boundaries is the one the
 * pattern alone found). Otherwise a shorter alternative might pass: then the real regex decides.
 */
class WordReplacement {
  private re: RegExp | undefined;
  private readonly pattern: RegExp;
  private readonly rightBoundary: boolean;
  constructor(
    private readonly src: string,
    private readonly replacement: string,
    /** The pattern is this literal text: a cheap includes() check comes first. */
    private readonly literal: string | null,
  ) {
    this.pattern = new RegExp(src, 'gu');
    this.rightBoundary = !ENDS_WITH_LOOKAHEAD.test(src);
  }
  apply(s: string): string {
    if (this.literal !== null && !s.includes(this.literal)) return s;
    if (this.replacement.includes('$')) return this.slow(s);
    const re = this.pattern;
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start || wordBefore(s, start) || (this.rightBoundary && wordAt(s, end))) return this.slow(s);
      out += s.slice(last, start) + this.replacement;
      last = end;
    }
    return last === 0 ? s : out + s.slice(last);
  }
  private slow(s: string): string {
    this.re ??= wordRegex(this.src);
    return s.replace(this.re, this.replacement);
  }
}

const STROKE_RES = STROKE_FIXES.map(([w, r]) => new WordReplacement(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), r, w));
const ABBREV_RES = DISPLAY_ABBREVIATIONS.map(([p, r]) => new WordReplacement(p, r, /^[\p{L}\p{N} ]+$/u.test(p) ? p : null));
const QUICK_ABBREV = /[A-ZĐ]{2}|Ủy ban nhân dân|ủy ban nhân dân|Hội đồng nhân dân|hội đồng nhân dân|[Pp]\./u;
const QUICK_STROKE = /D|d/;

const SPACED_DASH = /\s+[-\u2010-\u2015\u2212]\s*|\s*[-\u2010-\u2015\u2212]\s+|\s*[\u2013\u2014\u2212]\s*/g;
const SPACE_BEFORE_PUNCT = /\s+([,;:.)])/g;
const SPACE_AFTER_PAREN = /\(\s+/g;
const MULTI_SPACE = / {2,}/g;

/** displayNormalize is pure and unit phrases repeat (within a plan and across plans): remember recent ones. */
const DISPLAY_CACHE = new Map<string, string>();
const DISPLAY_CACHE_MAX = 5_000;

/**
 * Display normalisation of a unit phrase: NFC, white space, modern tone marks, restored Đ
 * ("HDND" → "HĐND"), abbreviations expanded ("Trung tâm PVHCC" → "Trung tâm Phục vụ hành chính công",
 * "Ủy ban nhân dân" → "UBND" as in the golden files), dashes between words → " - ".
 */
export function displayNormalize(s: string): string {
  let out = DISPLAY_CACHE.get(s);
  if (out !== undefined) return out;
  out = displayNormalizeUncached(s);
  if (DISPLAY_CACHE.size >= DISPLAY_CACHE_MAX) DISPLAY_CACHE.clear();
  DISPLAY_CACHE.set(s, out);
  return out;
}

function displayNormalizeUncached(s: string): string {
  let out = modernTone(clean(s));
  if (QUICK_STROKE.test(out)) for (const r of STROKE_RES) out = r.apply(out);
  if (QUICK_ABBREV.test(out)) for (const r of ABBREV_RES) out = r.apply(out);
  return out
    .replace(SPACED_DASH, ' - ')
    .replace(SPACE_BEFORE_PUNCT, '$1')
    .replace(SPACE_AFTER_PAREN, '(')
    .replace(MULTI_SPACE, ' ')
    .trim();
}

/** Upper-case the first letter ("các tổ dân phố" → "Các tổ dân phố"). */
export function capitalizeFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
