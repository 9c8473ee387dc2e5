// Accent folding that remembers where every folded character came from, so a
// pattern matched on the folded text ("truoc ngay 15/12") can hand back the
// phrase exactly as written ("trước ngày 15/12").

import { clean, fold, foldCodeUnit, foldUnitsLatin1 } from '../parse/fast-text.js';

export interface FoldedText {
  /** The cleaned source (NFC, white space collapsed, trimmed). */
  src: string;
  /** `fold(src)` computed character by character: lower-case ASCII-ish. */
  folded: string;
  /** `map[i]` = index in `src` of folded character `i`; `map[folded.length]` = `src.length`. */
  map: number[];
}

// fold() is applied per character; cache the (few hundred) distinct characters.
const CHAR_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  let f = CHAR_CACHE.get(ch);
  if (f === undefined) {
    // fold() trims, so white space (already collapsed to ' ' by clean) is kept by hand.
    f = ch === ' ' ? ' ' : fold(ch);
    CHAR_CACHE.set(ch, f);
  }
  return f;
}

export function foldMapped(text: string): FoldedText {
  const src = clean(text);
  const n = src.length;
  // Every code unit folds to exactly one character (map[i] = i): through a buffer when they are
  // all below 0x100, else one by one.
  let folded = foldUnitsLatin1(src) ?? '';
  let simple = folded.length === n;
  if (!simple) {
    folded = '';
    simple = true;
    for (let i = 0; i < n; i++) {
      const c = src.charCodeAt(i);
      const f = c === 0x20 ? ' ' : foldCodeUnit(c);
      if (f === null || f.length !== 1) {
        simple = false;
        break;
      }
      folded += f;
    }
  }
  if (simple) {
    // The common case (Vietnamese text): the index map is the identity, built only if asked for.
    let map: number[] | undefined;
    return {
      src,
      folded,
      get map(): number[] {
        if (!map) {
          map = new Array<number>(n + 1);
          for (let i = 0; i <= n; i++) map[i] = i;
        }
        return map;
      },
    };
  }
  folded = '';
  const map: number[] = [];
  for (let i = 0; i < n; ) {
    // The same as folding each code point with foldChar, through fast-text's table when it can.
    const c = src.charCodeAt(i);
    let f = c === 0x20 ? ' ' : foldCodeUnit(c);
    let len = 1;
    if (f === null) {
      const ch = String.fromCodePoint(src.codePointAt(i)!);
      f = foldChar(ch);
      len = ch.length;
    }
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += len;
  }
  map.push(n);
  return { src, folded, map };
}

/** The source text behind folded range [start, end). */
export function sourceSlice(t: FoldedText, start: number, end: number): string {
  const s = t.map[start] ?? t.src.length;
  // End at the source position of the last folded char + its length.
  const e = end <= 0 ? s : end >= t.folded.length ? t.src.length : t.map[end]!;
  return t.src.slice(s, e);
}
