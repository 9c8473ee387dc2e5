// Repairs of the artefacts real plans carry, on logical lines:
//  - blocks glued on one line (`DANH MỤC**Nhiệm vụ …***(Kèm theo …)*`) are split at style changes;
//  - a paragraph split by a page break (or hard-wrapped by a PDF converter) is joined again.
// Guarantee: no text is dropped; a joined line keeps the numbers of all its source lines.
import type { SrcLine } from './flatten.js';
import { mostlyUpper, upperRatio } from './fast-text.js';
import * as g from './grammar.js';

export interface LLine {
  line: number;
  column: number;
  endLine: number;
  text: string;
  block: SrcLine['block'];
  depth: number;
  bold: boolean;
  italic: boolean;
  refs: string[];
  noteMark: string | null;
  /** Source lines merged into this logical line. */
  lines: number[];
  blockId: number;
  html?: string;
  /** An HTML table row's cells merged over several columns (`colspan`): the first column and how many. */
  spans?: { start: number; count: number }[];
  /** Set when a page-break or hard-wrap join was made. */
  joinedAt: number[];
  /** A page's running header found by its repetition at the top of the pages (`markRepeatedHeaders`). */
  pageHeader?: boolean;
  /** One of two "o" bullets or more at the left margin close together (`markMarginOBullets`). */
  marginO?: boolean;
}

/**
 * `all` with the lines of each table that `read` finds (tried at the source lines `starts` accepts,
 * given the lines as they stand so far) replaced by the table's logical lines: how the readers of
 * tables printed as text (grids, spaces, one cell per line, pandoc's dashed columns) put what they
 * read in place of the lines they read. The search goes on after each table.
 */
export function spliceTables(
  all: LLine[],
  raw: readonly string[],
  starts: (raw: readonly string[], i: number) => boolean,
  read: (raw: readonly string[], i: number, base: LLine[]) => { first: number; last: number; lines: LLine[] } | null,
): LLine[] {
  let out: LLine[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    if (!starts(raw, i)) continue;
    const base: LLine[] = out ?? all;
    const t = read(raw, i, base);
    if (!t) continue;
    out = [...base.filter((l) => l.line < t.first), ...t.lines, ...base.filter((l) => l.line > t.last)];
    i = t.last - 1;
  }
  return out ?? all;
}

/**
 * A table row rebuilt from the source (HTML, grid and space-laid-out tables): its cells joined by
 * tabs, as `splitRow` reads them, over the source lines it came from.
 */
export function tableRowLine(cells: string[], line: number, lines: number[], opts: { column?: number; block?: SrcLine['block']; endLine?: number } = {}): LLine {
  return {
    line,
    column: opts.column ?? 1,
    endLine: opts.endLine ?? Math.max(...lines),
    text: cells.join('\t'),
    block: opts.block ?? 'paragraph',
    depth: 0,
    bold: false,
    italic: false,
    refs: [],
    noteMark: null,
    lines,
    blockId: -1,
    joinedAt: [],
  };
}

export function toLLine(s: SrcLine): LLine {
  return {
    line: s.line,
    column: s.column,
    endLine: s.line,
    text: s.text,
    block: s.block,
    depth: s.depth,
    bold: s.bold,
    italic: s.italic,
    refs: [...s.refs],
    noteMark: s.noteMark,
    lines: [s.line],
    blockId: s.blockId,
    html: s.html,
    joinedAt: [],
  };
}

/** Split a line whose style runs glue several blocks together. */
export function splitGlued(s: SrcLine): LLine[] {
  if (s.runs.length < 2 || s.block === 'html' || s.block === 'code') return [toLLine(s)];
  const pieces: { text: string; bold: boolean; italic: boolean }[] = [];
  let cur = { text: '', bold: s.runs[0]!.bold, italic: s.runs[0]!.italic };
  for (let i = 0; i < s.runs.length; i++) {
    const r = s.runs[i]!;
    const styleChange = r.bold !== cur.bold || r.italic !== cur.italic;
    const prev = cur.text;
    const glued =
      styleChange &&
      prev.trim() !== '' &&
      /[\p{L}\d)]$/u.test(prev) &&
      /^[(\p{Lu}]/u.test(r.text) &&
      (mostlyUpper(prev) || r.text.startsWith('(')) &&
      !/\s$/.test(prev);
    if (glued) {
      pieces.push(cur);
      cur = { text: r.text, bold: r.bold, italic: r.italic };
    } else {
      cur.text += r.text;
      if (cur.text.trim() === r.text.trim()) {
        cur.bold = r.bold;
        cur.italic = r.italic;
      }
    }
  }
  pieces.push(cur);
  if (pieces.length === 1) return [toLLine(s)];
  let col = s.column;
  return pieces.map((p, i) => {
    const base = toLLine(s);
    const text = p.text.replace(/\s+/g, ' ').trim();
    const l: LLine = { ...base, text, column: col, bold: p.bold, italic: p.italic, refs: i === 0 ? base.refs : [], noteMark: i === 0 ? base.noteMark : null };
    col += p.text.length;
    return l;
  });
}

/** Lines that are never continuations nor continued: layout and structural lines. */
export function isFurniture(l: LLine): boolean {
  return l.block === 'break' || l.pageHeader === true || g.isRule(l.text) || g.isPageNumber(l.text) || g.isPageMarker(l.text) || g.isRunningHeader(l.text, l.column);
}

/**
 * A page's running header that names no number ("UBND PHƯỜNG THANH SƠN - Kế hoạch tuyển chọn …",
 * "Sở Y tế tỉnh X – Kế hoạch triển khai …"): the same line at the top of two pages or more — right after
 * a page number or a form feed — is marked `pageHeader` (furniture: never joined to the paragraph the
 * page break cuts). One pass over the zone; a numbered or labelled line is never one.
 */
export function markRepeatedHeaders(zone: readonly LLine[], raw: readonly string[]): void {
  const tops = new Map<string, LLine[]>();
  let afterBreak = false;
  for (const l of zone) {
    if (l.text === '') continue;
    const top = afterBreak || (raw[l.line - 1] ?? '').charCodeAt(0) === 12;
    afterBreak = g.isPageNumber(l.text) || g.isPageMarker(l.text);
    if (!top || afterBreak || l.text.length > 160 || l.text.length < 8) continue;
    const list = tops.get(l.text);
    if (list) list.push(l);
    else tops.set(l.text, [l]);
  }
  for (const [text, list] of tops) {
    if (list.length < 2 || /[.;:,]$/.test(text) || g.parseMarker(text) || g.itemLabels(text)) continue;
    for (const l of list) l.pageHeader = true;
  }
}

/**
 * Word's bullet "o" at the left margin, as a PDF converter leaves it ("2. Công an phường" / "o Quản lý chặt
 * chẽ …" / "o Tuyển chọn …"): a lone "o" and a capital, one of a run of two or more, after a heading, a
 * finished sentence or another "o" bullet — never the word "o" in a running sentence, nor one such line
 * alone (the indented bullet is a structural start of its own).
 */
export function marginOBullet(prev: LLine, l: LLine): boolean {
  if (!l.marginO) return false;
  const p = prev.text.trimStart();
  return /[:.;]$/.test(p) || g.O_BULLET.test(p) || (looksLikeHeading(prev) && p.length < 60 && !/,$/.test(p));
}

/** Marks `marginO` on the lines "o" + capital at the margin that have another such line at most 6 lines away. */
export function markMarginOBullets(zone: readonly LLine[]): void {
  let last = -100;
  let lastLine: LLine | null = null;
  for (let k = 0; k < zone.length; k++) {
    const l = zone[k]!;
    if (l.text.charCodeAt(0) !== 111 /* o */ || l.column > 2 || !g.O_BULLET.test(l.text)) continue;
    if (k - last <= 6) {
      l.marginO = true;
      lastLine!.marginO = true;
    }
    last = k;
    lastLine = l;
  }
}

function isStructuralStart(l: LLine): boolean {
  if (l.noteMark) return true;
  if (g.parseMarker(l.text)) return true;
  if (l.column > 2 && l.text.charCodeAt(0) === 111 && g.O_BULLET.test(l.text)) return true; // an indented "o" bullet
  if (g.itemLabels(l.text)) return true;
  if (g.isRecipientsHead(l.text) || g.isSignerTitle(l.text) || g.isAppendixHead(l.text) || g.isCaption(l.text)) return true;
  if (g.isClosing(l.text) || g.isMotto(l.text)) return true;
  if (isRowLike(l.text)) return true;
  return false;
}

/** Table rows (tab-separated or pipe rows) are never joined to prose. */
function isRowLike(text: string): boolean {
  return text.includes('\t') || /^\s*\|/.test(text) || text.includes(' | ');
}

const TERMINAL = /[.;:!?…]["”’)]*$|\.\/\.$/;

/** Heading-like: short, marked or styled as a heading, no sentence punctuation at its end. */
function looksLikeHeading(l: LLine): boolean {
  if (l.depth > 0 || l.bold) return true;
  if (mostlyUpper(l.text) && l.text.length < 200) return true;
  // (an item headed by a word, "Nhiệm vụ 1.2. …", "Mục 2. …": the title's length is after its word and number)
  const m = g.parseMarker(l.text);
  if (!m || m.type === 'bullet') return false;
  return (m.type !== 'article' && /^\p{L}+\s/u.test(m.raw) ? m.rest.length : l.text.length) < 120;
}

/**
 * The width text was hard-wrapped at (PDF converters, e-mails), or null. Hard-wrapped text has most of
 * its longer lines within a few characters of one width (the last line of each paragraph is shorter);
 * one paragraph per line gives lengths spread over hundreds of characters.
 */
export function wrapWidth(zone: readonly LLine[]): number | null {
  const lens: number[] = [];
  for (const l of zone) if (l.text.length >= 25 && !isFurniture(l) && !isRowLike(l.text) && l.block !== 'html') lens.push(l.text.length);
  if (lens.length < 12) return null;
  lens.sort((x, y) => x - y);
  const width = lens[Math.floor(lens.length * 0.9)]!;
  if (width > 160) return null;
  let near = 0;
  for (const n of lens) if (n >= width * 0.85 && n <= width + 4) near++;
  return near >= lens.length * 0.5 ? width : null;
}

/** "TTHC." alone on the last line of a wrapped paragraph: upper-case, but no heading. */
function isShortTail(l: LLine): boolean {
  return l.text.length < 25 && TERMINAL.test(l.text) && !l.bold && l.depth === 0 && !g.parseMarker(l.text);
}

function firstWordLength(text: string): number {
  const sp = text.indexOf(' ');
  return sp < 0 ? text.length : sp;
}

/** The wrap width of the zone and the length of the last physical line of `a`, for shouldJoin. */
export interface WrapInfo {
  width: number;
  lastLength: number;
}

/**
 * Join page-break and hard-wrap splits. `a` (ending without final punctuation) continues in `b` when
 * b starts lower-case, or — for a long running sentence — when b starts with a capital but has no marker.
 */
export function shouldJoin(a: LLine, b: LLine, adjacent: boolean, wrap: WrapInfo | null = null): boolean {
  // A line cut inside brackets goes on, even when the next line starts like a bullet that closes the
  // bracket: "… (Giao: Phòng Văn hóa" / "- Xã hội; thời gian: trước ngày 20 hằng tháng)." is one unit
  // name, "Phòng Văn hóa - Xã hội".
  if (adjacent && /^[-–]\s/.test(b.text) && !/[.;:]$/.test(a.text) && bracketDepth(a.text) > 0 && closesBracket(b.text) && !isFurniture(a)) return true;
  if (isFurniture(b) || isFurniture(a) || marginOBullet(a, b)) return false;
  if (isStructuralStart(b)) return wrappedLabel(a, b, adjacent);
  if (b.line === a.endLine && b.column > a.column) return false; // pieces split from one glued line
  if (a.noteMark) return adjacent; // a footnote's text continues on the next line of its paragraph
  if (isRowLike(a.text) || b.block === 'html' || a.block === 'html') return false;
  // Hard-wrapped text (PDF converters): the next physical line continues the sentence when it
  // starts lower-case, whatever punctuation ended the previous line ("…hạ tầng;" / "bảo đảm …").
  // (a short numbered item is no heading when it ends as a clause of a list does: "3.2. Bà Lê Thị Hoa, Phó
  // Trưởng đoàn: Kiểm tra hồ sơ;" / "tổng hợp báo cáo …")
  if (adjacent && /^\p{Ll}/u.test(b.text) && (!looksLikeHeading(a) || /[;,]$/.test(a.text))) return true;
  // A wrapped heading: "7. UBND các xã: Hải Tiến, Giao Minh," / "Giao Bình, Rạng Đông" — the first part
  // ends with a comma, or with a lower-case word and the rest is a short tail.
  if (adjacent && upperRatio(a.text) < 0.8 && (/,$/.test(a.text) || (/\s\p{L}+$/u.test(a.text) && b.text.length < 40 && !/[.;:]$/.test(b.text)))) return true;
  // Hard-wrapped text: the line before is full, or was broken only because the first word of this one
  // did not fit on it (a paragraph's last line leaves room; PDF lines are justified by rendered width,
  // not by characters, hence both tests): the paragraph goes on, even after a full stop ("…
  // theo quy định." / "Phối hợp đầu tư, …") or when the line before starts like a heading ("c) Chỉ
  // đạo … Quyết định số" / "1847/QĐ-TTg, …").
  if (wrap && adjacent && (wrap.lastLength >= wrap.width * 0.88 || wrap.lastLength + 1 + firstWordLength(b.text) > wrap.width) && /^[\p{Lu}\d"“(]/u.test(b.text) && upperRatio(a.text) < 0.8 && (!looksLikeHeading(b) || isShortTail(b)) && !g.basisVerb(b.text)) return true;
  if (TERMINAL.test(a.text)) return false;
  if (b.depth > 0 && a.depth === 0) return false;
  const startsLower = /^[\p{Ll}]/u.test(b.text) || /^[,;)]/.test(b.text);
  if (startsLower) return !(looksLikeHeading(a) && !adjacent && a.text.length < 60);
  if (!/^[\p{Lu}"“(\d]/u.test(b.text)) return false;
  if (looksLikeHeading(a) || looksLikeHeading(b)) return false;
  const m = g.parseMarker(a.text);
  if (adjacent) return a.text.length >= 50;
  return a.text.length >= 160 || (m?.type === 'bullet' && a.text.length >= 80);
}

/**
 * A label in lower case at the start of the next physical line, after a clause that did not end the
 * sentence: the sentence goes on ("… xâm hại trẻ em trong trường học;" / "thời gian: Định kỳ 6 tháng.
 * Phòng Văn hóa - Xã hội chủ trì, …"), where a field line of its own starts with a capital or a bullet.
 */
function wrappedLabel(a: LLine, b: LLine, adjacent: boolean): boolean {
  return adjacent && b.line !== a.endLine && /^\p{Ll}/u.test(b.text) && !isRowLike(b.text) && !/[.:!?…]["”’)]*$/.test(a.text) && !a.noteMark && !b.noteMark && !isRowLike(a.text) && g.itemLabels(b.text) !== null && g.parseMarker(b.text) === null;
}

/** Brackets opened and not closed in a text. */
function bracketDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth;
}

/** Does the text close a bracket opened before it ("- Xã hội; thời gian: …).")? */
function closesBracket(text: string): boolean {
  const close = text.indexOf(')');
  const open = text.indexOf('(');
  return close >= 0 && (open < 0 || close < open);
}

export function join(a: LLine, b: LLine): void {
  a.text = joinedText(a.text, b.text);
  absorb(a, b);
}

/** What `a` takes from a line `b` joined to it, besides its text: lines, references, where it was joined. */
function absorb(a: LLine, b: LLine): void {
  a.endLine = Math.max(a.endLine, b.endLine);
  a.lines.push(...b.lines);
  a.refs.push(...b.refs);
  a.joinedAt.push(b.line);
}

/** `a` and `b` as one line of text: white space collapsed, a word hyphenated at the line's end rejoined. */
function joinedText(a: string, b: string): string {
  const sep = /[-‐]$/.test(a) && /^\p{Ll}/u.test(b) && !/\s[-‐]$/.test(a) ? '' : ' ';
  return (a + sep + b).replace(/\s+/g, ' ');
}

/** How much of a long joined line's start and end `Joiner` shows to shouldJoin. */
const PROBE = 300;

/**
 * Joins physical lines into one logical line in linear time. A paragraph hard-wrapped over thousands
 * of lines would cost the square of its length if every step rebuilt and re-read the whole text:
 * the text is built once at the end, and `probe()` shows shouldJoin the line as it stands (its start
 * and end when long: every test shouldJoin makes reads one of them, or the length past 200).
 */
export class Joiner {
  private parts: string[] = [];
  private head = '';
  private tail = '';
  private length = 0;

  constructor(readonly line: LLine) {
    this.reset();
  }

  private reset(): void {
    this.parts = [this.line.text];
    this.head = this.line.text.slice(0, PROBE);
    this.tail = this.line.text.slice(-PROBE);
    this.length = this.line.text.length;
  }

  /** The line as shouldJoin needs to see it. */
  probe(): LLine {
    if (this.parts.length === 1) return this.line;
    if (this.length <= 2 * PROBE) return { ...this.line, text: this.text() };
    return { ...this.line, text: `${this.head} ${this.tail}` };
  }

  add(b: LLine): void {
    const joined = joinedText(this.tail, b.text);
    // (the tail keeps its collapsed form; the whole is collapsed again once, in text())
    const piece = joined.slice(this.tail.replace(/\s+/g, ' ').length);
    this.parts.push(piece);
    this.length += piece.length;
    this.tail = joined.slice(-PROBE);
    if (this.head.length < PROBE) this.head = `${this.head}${piece}`.slice(0, PROBE);
    absorb(this.line, b);
  }

  /** The whole text; also written back to the line. */
  text(): string {
    if (this.parts.length > 1) {
      this.line.text = this.parts.join('').replace(/\s+/g, ' ');
      this.reset();
    }
    return this.line.text;
  }
}
