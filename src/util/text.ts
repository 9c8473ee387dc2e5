// Text helpers shared by every stage. Vietnamese needs care: NFC, two tone-mark
// placements (hoá/hóa), đ/Đ which does not decompose, and several dash characters.

const COMBINING = /[\u0300-\u036f]/g;

/** NFC + collapse white space + trim. */
export function clean(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Accent-folded, lower-case ASCII-ish key: "Phòng Văn hoá – Xã hội" → "phong van hoa - xa hoi". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fold and keep only [a-z0-9 ] (punctuation becomes a space). */
export function foldWords(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** ASCII slug for ids and file names: "Phòng Văn hóa - Xã hội" → "phong-van-hoa-xa-hoi". */
export function slugify(s: string, maxLength = 80): string {
  const slug = foldWords(s).replace(/ /g, '-');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'unnamed';
}

/** Unify dash variants used between words ("Văn hóa – Xã hội" → "Văn hóa - Xã hội"). */
export function unifyDashes(s: string): string {
  return s.replace(/\s*[\u2010-\u2015\u2212]\s*/g, (m) => (/\s/.test(m) ? ' - ' : '-'));
}

/** Upper-case ratio of letters, used to recognise all-caps headings. */
export function upperRatio(s: string): number {
  let letters = 0;
  let upper = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

/**
 * The letters of Latin script (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional: every
 * Vietnamese letter, precomposed), as the body of a regex character class. For patterns run once per
 * plan (header lines): V8 compiles `[\p{L}]` into a search over ~650 ranges, ~0.6 ms per class at
 * start-up (more with the `i` flag), these five ranges in microseconds. Plans are Vietnamese; a letter
 * of another script in a document number or place name is not expected.
 */
export const LATIN_LETTER = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF';

/** Vietnamese alphabet order of letter item markers (no f, j, w, z). */
export const VIET_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 4 → "IV": an ordinal written as an upper-case roman numeral. */
export function toRoman(n: number): string {
  let out = '';
  let x = n;
  for (const [v, s] of ROMAN) while (x >= v) {
    out += s;
    x -= v;
  }
  return out;
}

export function romanToInt(s: string): number | null {
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const up = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(up)) return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = map[up[i]!]!;
    const next = i + 1 < up.length ? map[up[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}
