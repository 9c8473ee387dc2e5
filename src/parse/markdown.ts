// Plan text → source lines, with remark only where the text needs a Markdown parser.
//
// Most of a plan is plain paragraphs and one-level list items ("1. …", "- …") with no inline
// markup at all; for those, what remark-parse would produce is known in advance (a paragraph
// whose text is the lines with their edge white space removed), and building it by hand is
// ~20 × cheaper than micromark's character-level state machine. The text is cut at blank lines
// into blocks; a block is taken by the fast path only when every line of it is provably plain
// (no character that can start inline markup, no line start that can open or interrupt a block,
// no hard line break), and every other run of blocks goes through remark-parse, as one slice, at
// its own line offset. A document with a construct whose effect crosses blank lines (fenced
// code, HTML comments and <pre>/<script>/<style>/<textarea> blocks, link reference definitions,
// CR or NUL characters) is parsed whole by remark.
//
// The contract is equality: `sourceLines(text)` equals `flatten(remark.parse(text), text)` line
// for line (test/parse/markdown.test.ts checks it on every fixture, the corpus and generated
// documents). Block ids may differ only where remark would have merged list items across a
// blank line into one list; ids are only ever compared for equality between lines.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createFlattener, flatten, type SrcLine } from './flatten.js';

const processor = unified().use(remarkParse);

/** Parse Markdown with remark-parse (CommonMark, no extensions): the reference parser. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Constructs whose effect can cross a blank line, or characters micromark rewrites: parse the whole text with remark. */
const WHOLE = /[\r\0]|\]:|```|~~~|<[!?]|<(?:pre|script|style|textarea)\b/i;

/** Per-character classes for the plain-line test (ASCII only; everything else is plain). */
const INLINE = new Uint8Array(128);
for (const c of '\\`*_[]<>&') INLINE[c.charCodeAt(0)] = 1;
for (let c = 0; c < 32; c++) if (c !== 9) INLINE[c] = 1;
INLINE[127] = 1;
/** Characters that may open or interrupt a block at the start of a line. */
const START = new Uint8Array(128);
for (const c of '#>+*=_~`<-') START[c.charCodeAt(0)] = 1;

const SPACE = 0x20;
const TAB = 0x09;

/** An ordered-list marker at the start of a (stripped) line: digits, `.` or `)`, then white space or the end. */
const ORDERED_START = /^\d{1,9}[.)](?:[ \t]|$)/;
/** A list item marker at column 1 followed by 1–4 spaces and content. */
const ITEM = /^([-+]|(\d{1,9})[.)])( {1,4})(?=[^ \t])/;

/** True when `s` (a line without its leading white space) holds no inline markup and cannot start a block. */
function plainContent(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  if (c0 < 128 && START[c0]) return false;
  if (c0 >= 0x30 && c0 <= 0x39 && ORDERED_START.test(s)) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && INLINE[c]) return false;
  }
  return true;
}

/** Index of the first character that is not a space or tab. */
function indentOf(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
  return i;
}

/** `s` without trailing spaces and tabs. */
function trimEndWs(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === SPACE || s.charCodeAt(e - 1) === TAB)) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Is the last non-blank line before line index `i` indented by 4 columns or more (a tab counts as 4)? */
function codeIndent(lines: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k]!)) k--;
  if (k < 0) return false;
  const l = lines[k]!;
  return l.charCodeAt(0) === TAB || l.startsWith('    ') || (l.charCodeAt(0) === SPACE && l.slice(0, indentOf(l)).includes('\t'));
}

function isBlank(s: string): boolean {
  return indentOf(s) === s.length;
}

interface FastPara {
  line: number;
  column: number;
  lines: string[];
  marker: string;
  newList: boolean;
}

/**
 * The paragraphs of the block `lines[from..to)` (no blank line inside) when the fast path can
 * take it, null when remark must. A block is a plain paragraph, or list items (one level, each
 * marker at column 1) with lazy or indented continuation lines.
 */
function fastBlock(lines: string[], from: number, to: number): FastPara[] | null {
  const out: FastPara[] = [];
  let para: FastPara | null = null;
  let listType = '';
  for (let k = from; k < to; k++) {
    const l = lines[k]!;
    const last = k === to - 1;
    // Hard line break (two trailing spaces) or a trailing tab: leave it to remark.
    if (!last && (l.endsWith('  ') || l.endsWith('\t'))) return null;
    const c0 = l.charCodeAt(0);
    if (c0 === SPACE || c0 === TAB) {
      // Indented: only as a continuation line, spaces only.
      if (para === null || c0 === TAB) return null;
      const ind = indentOf(l);
      if (l.charCodeAt(ind - 1) === TAB || l.slice(0, ind).includes('\t')) return null;
      const rest = trimEndWs(l.slice(ind));
      if (!plainContent(rest)) return null;
      para.lines.push(rest);
      continue;
    }
    const m = c0 === 0x2d || c0 === 0x2b || (c0 >= 0x30 && c0 <= 0x39) ? ITEM.exec(l) : null;
    if (m) {
      const content = trimEndWs(l.slice(m[0].length));
      if (!plainContent(content)) return null;
      const type = m[2] === undefined ? m[1]! : m[1]!.slice(-1);
      let newList = true;
      if (para !== null) {
        if (type === listType) newList = false;
        // A list that interrupts a paragraph must be a bullet list or start at 1; otherwise the
        // line would be lazy paragraph text (remark decides).
        else if (m[2] !== undefined && m[2] !== '1') return null;
      }
      para = { line: k + 1, column: m[0].length + 1, lines: [content], marker: m[1]!, newList };
      out.push(para);
      listType = type;
      continue;
    }
    const rest = trimEndWs(l);
    if (!plainContent(rest)) return null;
    if (para === null) {
      para = { line: k + 1, column: 1, lines: [rest], marker: '', newList: false };
      out.push(para);
    } else {
      para.lines.push(rest);
    }
  }
  return out;
}

/** How many lines each path took (blank lines between blocks are counted by neither). */
export interface SourceStats {
  fastLines: number;
  remarkLines: number;
}

/**
 * Source lines of a plan text: the same records as `flatten(parseMarkdown(text), text)`, with
 * remark run only over the parts that have Markdown syntax.
 */
export function sourceLines(text: string, stats?: SourceStats): SrcLine[] {
  if (WHOLE.test(text)) {
    if (stats) stats.remarkLines += text.split('\n').length;
    return flatten(parseMarkdown(text), text);
  }
  const lines = text.split('\n');
  const f = createFlattener(text, lines);
  const n = lines.length;
  // Start of the pending run of blocks that remark must parse (-1: none).
  let pending = -1;
  const flush = (end: number) => {
    if (pending < 0) return;
    f.walk(processor.parse(lines.slice(pending, end).join('\n')), pending);
    if (stats) stats.remarkLines += end - pending;
    pending = -1;
  };
  let i = 0;
  while (i < n) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isBlank(lines[j]!)) j++;
    let paras = fastBlock(lines, i, j);
    // After a line indented as code, micromark keeps the code block open across blank lines and
    // parses the next block as if it interrupted one: leave such a block to remark.
    if (paras !== null && i > 0 && codeIndent(lines, i)) paras = null;
    if (paras !== null && paras.some((p) => p.marker !== '')) {
      // An indented block after a list item belongs to that item: leave both to remark.
      let k = j;
      while (k < n && isBlank(lines[k]!)) k++;
      if (k < n && indentOf(lines[k]!) > 0) paras = null;
    }
    if (paras === null) {
      if (pending < 0) pending = i;
    } else {
      flush(i);
      for (const p of paras) f.paragraph(p.line, p.column, p.lines, p.marker, p.newList);
      if (stats) stats.fastLines += j - i;
    }
    i = j;
  }
  flush(n);
  return f.finish();
}
