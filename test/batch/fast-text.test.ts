// src/parse/fast-text.ts must give exactly the results of src/util/text.ts (it only makes them faster).
import { describe, expect, it } from 'vitest';
import * as fast from '../../src/parse/fast-text.js';
import * as ref from '../../src/util/text.js';
import { rng } from '../../src/util/random.js';

/** Every code unit the fast paths handle, plus neighbours they must refuse. */
const CHARS: string[] = [];
for (let c = 0; c < 0x2100; c++) if (c < 0x0380 || (c >= 0x1dc0 && c < 0x1f10) || c >= 0x1ff0) CHARS.push(String.fromCharCode(c));
CHARS.push('\u3000', '\ufeff', '\u200b', 'Σ', 'ς', 'İ', '\ud835\udc00', '\ud800', '\udc00', 'ﬀ', 'Ω', 'K', 'Å', '가');

const SAMPLES = [
  '',
  ' ',
  'Phòng Văn hoá – Xã hội',
  '  Văn phòng HĐND   và UBND\tphường ',
  'THỜI GIAN HOÀN THÀNH: Quý I/2026',
  'Nơi nhận:',
  'e\u0301 decomposed',
  'Ủy ban\u00a0nhân dân\u200b',
  'ΣΑΣ σ',
  '𝐀𝐁c',
];

describe('fast text helpers = util/text', () => {
  it('on every single character', () => {
    for (const ch of CHARS) {
      for (const s of [ch, `a${ch}`, `${ch}b`, ` ${ch} `, `Đ${ch}${ch}ệ`]) {
        expect([s, fast.fold(s)]).toEqual([s, ref.fold(s)]);
        expect([s, fast.foldWords(s)]).toEqual([s, ref.foldWords(s)]);
        expect([s, fast.clean(s)]).toEqual([s, ref.clean(s)]);
        expect([s, fast.upperRatio(s)]).toEqual([s, ref.upperRatio(s)]);
      }
    }
  });

  it('on every pair of characters the fast paths accept', () => {
    // NFC and NFD act on neighbours: a pair must never compose, decompose or reorder differently.
    // The ranges of nfcStable() in fast-text.ts.
    const accepted = CHARS.filter((ch) => {
      const c = ch.charCodeAt(0);
      return ch.length === 1 && (c < 0x0300 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2002 && c < 0x2070));
    });
    const bad: string[] = [];
    for (const a of accepted) {
      for (const b of accepted) {
        const s = a + b;
        if (s.normalize('NFC') !== s) bad.push(s);
      }
    }
    expect(bad).toEqual([]);
    for (const a of CHARS) for (const b of ['a', 'ư', '\u0301', 'Đ', ' ', '-', '\u2013']) {
      expect(fast.fold(a + b)).toBe(ref.fold(a + b));
      expect(fast.fold(b + a)).toBe(ref.fold(b + a));
    }
  });

  it('on samples and random strings', () => {
    const r = rng(42);
    const pool = [...CHARS, ...'ạảãàáâậầấẩẫăặằắẳẵđĐêệềếểễôộồốổỗơợờớởỡưựừứửữ  \t\n'];
    const strings = [...SAMPLES];
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(r() * 30);
      let s = '';
      for (let k = 0; k < n; k++) s += pool[Math.floor(r() * pool.length)];
      strings.push(s);
    }
    for (const s of strings) {
      expect([s, fast.fold(s)]).toEqual([s, ref.fold(s)]);
      expect([s, fast.fold(s)]).toEqual([s, ref.fold(s)]); // cached
      expect([s, fast.clean(s)]).toEqual([s, ref.clean(s)]);
      expect([s, fast.upperRatio(s)]).toEqual([s, ref.upperRatio(s)]);
    }
  });
});

// ---------------------------------------------------------------------------------- units/text.ts

import { tokenize, displayNormalize, modernTone, TOKEN_RE } from '../../src/units/text.js';
import { DIRECTORY, DISPLAY_ABBREVIATIONS, STROKE_FIXES } from '../../src/units/directory.js';

/** tokenize() before it scanned by hand (TOKEN_RE.exec), without the word info. */
function referenceTokens(s: string): { text: string; start: number; end: number; word: boolean }[] {
  const out: { text: string; start: number; end: number; word: boolean }[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(s)) !== null) {
    const text = m[0];
    if (m.index - prevEnd >= 3 || (m.index > prevEnd && s.slice(prevEnd, m.index).includes('\t'))) {
      if (out.length > 0) out.push({ text: '\t', start: prevEnd, end: m.index, word: false });
    }
    prevEnd = m.index + text.length;
    out.push({ text, start: m.index, end: m.index + text.length, word: text.length > 1 || /[\p{L}\p{N}]/u.test(text) });
  }
  return out;
}

/** displayNormalize() before its whole-word replacements skipped the boundary regexes. */
function referenceDisplay(s: string): string {
  const W = '[\\p{L}\\p{M}\\p{N}]';
  const wordRe = (src: string) => new RegExp(`(?<!${W})(?:${src})${/\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)$/.test(src) ? '' : `(?!${W})`}`, 'gu');
  let out = modernTone(ref.clean(s));
  if (/D|d/.test(out)) for (const [w, r] of STROKE_FIXES) out = out.replace(wordRe(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), r);
  if (/[A-ZĐ]{2}|Ủy ban nhân dân|ủy ban nhân dân|Hội đồng nhân dân|hội đồng nhân dân|P\./u.test(out)) for (const [p, r] of DISPLAY_ABBREVIATIONS) out = out.replace(wordRe(p), r);
  return out
    .replace(/\s+[-\u2010-\u2015\u2212]\s*|\s*[-\u2010-\u2015\u2212]\s+|\s*[\u2013\u2014\u2212]\s*/g, ' - ')
    .replace(/\s+([,;:.)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/ {2,}/g, ' ')
    .trim();
}

describe('unit text helpers = their former regex implementations', () => {
  const r = rng(7);
  const pool = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐHTVPQ0123456789 \t-–.,;:()&/\u0301', '😀', '𝐀', '\ud800', 'Phòng', 'VP', 'HĐND', 'TT', 'TP.', 'CA', 'PVHCC'];
  const strings: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const n = Math.floor(r() * 14);
    let s = '';
    for (let k = 0; k < n; k++) s += pool[Math.floor(r() * pool.length)];
    strings.push(s);
  }

  it('tokenize', () => {
    for (const s of [...strings, 'SỞ CÔNG THƯƠNG      CỘNG HÒA', 'a\tb', 'Văn phòng HĐND và UBND phường']) {
      const got = tokenize(s).map(({ text, start, end, word }) => ({ text, start, end, word }));
      expect([s, got]).toEqual([s, referenceTokens(s)]);
      const head = tokenize(s, 3).map(({ text, start, end, word }) => ({ text, start, end, word }));
      expect(head).toEqual(got.slice(0, head.length));
      expect(head.length).toBeGreaterThanOrEqual(Math.min(3, got.length));
    }
  });

  it('displayNormalize', () => {
    const names = DIRECTORY.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    const abbreviations = [...DISPLAY_ABBREVIATIONS.map(([p]) => p.replace(/\\s\*|\\\.\?|\\.|\(\?[=:][^)]*\)|[?()]/g, ' ').replace(/\s+/g, ' ').trim()), ...STROKE_FIXES.map(([w]) => w)];
    const around = ['', ' ', 'x', '1', '-', '(', ')', '.', 'ạ', '\u0301', '😀', '𝐀'];
    const samples = [...names, ...strings];
    for (const a of abbreviations) for (const before of around) for (const after of around) samples.push(`Phòng ${before}${a}${after} phường`, `${before}${a}${after}`);
    samples.push('CA phường Bách Quang', 'CAx phường', 'TP.Hà Nội', 'TP. Hà Nội', 'P.VH-XH', 'P. KT', 'VP HĐND - UBND', 'VPHĐND và UBND');
    for (const s of samples) expect([s, displayNormalize(s)]).toEqual([s, referenceDisplay(s)]);
  });
});

describe('foldHead', () => {
  it('is a prefix of fold() at least n long, or all of it', () => {
    const r = rng(99);
    const pool = [...'ạảãàáâậđĐ  \t\nABCxyz:*_#-–', 'Nơi nhận', 'QUYẾT ĐỊNH', 'trang', '\u0301', 'Σ', '😀'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const len = Math.floor(r() * 40);
      for (let k = 0; k < len; k++) s += pool[Math.floor(r() * pool.length)];
      for (const n of [0, 1, 6, 13, 40]) {
        const f = ref.fold(s);
        const h = fast.foldHead(s, n);
        if (h.complete) expect([s, n, h.head]).toEqual([s, n, f]);
        else {
          expect(f.startsWith(h.head)).toBe(true);
          expect(h.head.length).toBeGreaterThanOrEqual(n);
          expect(h.head.length).toBeLessThan(f.length + 1);
        }
      }
    }
  });
});

describe('long strings and the Latin-1 buffer path', () => {
  it('fold and foldHead = the reference on strings longer than the scratch buffer, and after it grew', () => {
    const r = rng(7);
    const pool = [...'ạảãàáâậầấẩẫăặằắđĐêệềếưựừứ  \t\nABCxyz:;,.()-–…€', 'Ủy ban nhân dân', '\u0301', 'Σ'];
    for (const len of [1023, 1024, 1025, 5000, 40, 70000, 3]) {
      for (let t = 0; t < 4; t++) {
        let s = '';
        while (s.length < len) s += pool[Math.floor(r() * pool.length)];
        expect(fast.fold(s)).toBe(ref.fold(s));
        const h = fast.foldHead(s + 'x', 600);
        expect(ref.fold(s + 'x').startsWith(h.head)).toBe(true);
        expect(h.head.length >= 600 || h.complete).toBe(true);
      }
    }
  });
});

import { foldMapped } from '../../src/deadlines/normalize.js';

describe('foldMapped', () => {
  it('folds each character of the cleaned text one by one; the map points back into it', () => {
    const r = rng(11);
    const pool = [...'ạảãàáâậđĐêệưự  ABCxyz:/-–…€', 'ngày', '\u0301', 'Σ', 'ß', '😀'];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const len = Math.floor(r() * (i % 10 === 0 ? 3000 : 40));
      for (let k = 0; k < len; k++) s += pool[Math.floor(r() * pool.length)];
      const t = foldMapped(s);
      const src = ref.clean(s);
      expect(t.src).toBe(src);
      expect(t.folded).toBe([...src].map((ch) => (ch === ' ' ? ' ' : ref.fold(ch))).join(''));
      expect(t.map).toHaveLength(t.folded.length + 1);
      expect(t.map[t.folded.length]).toBe(src.length);
      for (let k = 0; k < t.folded.length; k++) expect(t.map[k]! <= (t.map[k + 1] ?? src.length)).toBe(true);
    }
  });
});

describe('cheap rejections: mostlyUpper and mayFoldStartWith', () => {
  it('mostlyUpper(s, r) = upperRatio(s) > r on every character, samples and random strings, at every threshold used', () => {
    const r = rng(11);
    const pool = [...CHARS, ...'ẠẢÃÀÁÂẬĐĐÊỆƯỰ  ABCXYZ', 'ỦY BAN NHÂN DÂN', 'Sở Tư pháp', '\ud835\udc00'];
    const strings = [...SAMPLES, ...CHARS, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ABCDe', 'ABCDEFGHIj', 'ABCDe1111111', 'aBCDE'];
    for (let i = 0; i < 4000; i++) {
      const n = Math.floor(r() * 60);
      let s = '';
      // mostly upper, mostly lower or mixed, so that both sides of every threshold are reached
      const bias = r();
      for (let k = 0; k < n; k++) {
        const ch = pool[Math.floor(r() * pool.length)]!;
        s += r() < bias ? ch.toUpperCase() : ch.toLowerCase();
      }
      strings.push(s);
    }
    let above = 0;
    for (const s of strings) {
      for (const t of [0.6, 0.7, 0.8]) {
        expect([s, t, fast.mostlyUpper(s, t)]).toEqual([s, t, ref.upperRatio(s) > t]);
        if (ref.upperRatio(s) > t) above++;
      }
      expect(fast.mostlyUpper(s)).toBe(ref.upperRatio(s) > 0.8);
    }
    expect(above).toBeGreaterThan(1000); // both answers are exercised
  });

  it('mayFoldStartWith is false only when fold(s), past white space and the skipped characters, starts with none of the letters', () => {
    const r = rng(12);
    const pool = [...CHARS, ...'  \t*_#(', 'Nơi nhận', 'QUYẾT ĐỊNH', 'Trang', 'Đ', '\u0301', 'Σ', '😀', '\u3000'];
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = Math.floor(r() * 8);
      for (let k = 0; k < n; k++) s += pool[Math.floor(r() * pool.length)];
      for (const [firsts, skip] of [['q', ''], ['t', ''], ['#t', ''], ['n', '*_'], ['(bk', ''], ['d', '']] as const) {
        const f = ref.fold(s).replace(new RegExp(`^[\\s${skip.replace(/./g, '\\$&')}]*`), '');
        const truth = f !== '' && firsts.includes(f[0]!);
        // never a false rejection; a rejection whenever the first character is plain
        if (truth) expect([s, firsts, fast.mayFoldStartWith(s, firsts, skip)]).toEqual([s, firsts, true]);
      }
    }
    expect(fast.mayFoldStartWith('  Quyết định', 'q')).toBe(true);
    expect(fast.mayFoldStartWith('Đoàn', 'd')).toBe(true);
    expect(fast.mayFoldStartWith('**_Nơi nhận:_**', 'n', '*_')).toBe(true);
    expect(fast.mayFoldStartWith('**Nơi nhận:**', 'n')).toBe(false);
    expect(fast.mayFoldStartWith('Tổ chức thực hiện', 'q')).toBe(false);
    expect(fast.mayFoldStartWith('', 't')).toBe(false);
    expect(fast.mayFoldStartWith('Σ', 't')).toBe(true); // not in the table: the caller runs its full test
  });
});
