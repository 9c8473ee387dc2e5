// Accent folding that remembers where every folded character came from, so a
// pattern matched on the folded text ("truoc ngay 15/12") can hand back the
// phrase exactly as written ("trước ngày 15/12").

import { clean, fold } from '../util/text.js';

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
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of src) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(src.length);
  return { src, folded, map };
}

/** The source text behind folded range [start, end). */
export function sourceSlice(t: FoldedText, start: number, end: number): string {
  const s = t.map[start] ?? t.src.length;
  // End at the source position of the last folded char + its length.
  const e = end <= 0 ? s : end >= t.folded.length ? t.src.length : t.map[end]!;
  return t.src.slice(s, e);
}
