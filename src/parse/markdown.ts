// Plan text → source lines, with remark only where the text needs a Markdown parser.
//
// Most of a plan is plain paragraphs, headings and one-level list items ("1. …", "- …") with
// little inline markup; for those, what remark-parse would produce is known in advance, and
// building it by hand is far cheaper than micromark's character-level state machine. The text is
// cut at blank lines into blocks; a block is taken by the fast path only when every line of it is
// provably simple: plain text, `**strong**` / `*emphasis*` spans that micromark's flanking rules
// pair up within the line, `<sup>` / `<i>` / `<b>` … inline tags, ATX headings, list items
// indented by 0–3 spaces, thematic breaks; no line start that could open or interrupt another
// block, no hard line break. Every other run of blocks goes through remark-parse, as one slice,
// at its own line offset. A document with a construct whose effect crosses blank lines (fenced
// code, HTML comments and <pre>/<script>/<style>/<textarea> blocks, link reference definitions,
// CR or NUL characters) is parsed whole by remark.
//
// The contract is equality: `sourceLines(text)` equals `flatten(remark.parse(text), text)` line
// for line (test/parse/markdown.test.ts checks it on every fixture, edge cases and generated
// documents). Block ids may differ only where remark would have merged list items across a
// blank line into one list; ids are only ever compared for equality between lines.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createFlattener, flatten, type FastInline, type SrcLine } from './flatten.js';

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
/** A list item marker, indented by 0–3 spaces, followed by 1–4 spaces and content. */
const ITEM = /^( {0,3})([-+]|(\d{1,9})[.)])( {1,4})(?=[^ \t])/;

const WS = /\s/;

/** One piece of a line's content: text, or the text of a `**strong**` / `*emphasis*` span. */
interface Seg {
  value: string;
  column: number;
  bold: boolean;
  italic: boolean;
  /** An inline tag (an html node, no text): `<sup>` / `</sup>` switch superscript on / off; others are dropped. */
  tag?: 'sup' | '/sup' | 'other';
}

const PUNCT = /\p{P}|\p{S}/u;
/** Inline tags the fast path takes (lower-case, no attributes). */
const INLINE_TAG = /^<(\/?)(sup|i|b|u|em|strong)>/;

/** micromark's classifyCharacter for a code unit (-1: the edge of the line): 1 white space, 2 punctuation, 0 other. */
function charGroup(c: number): number {
  if (c < 0) return 1;
  const ch = String.fromCharCode(c);
  if (WS.test(ch)) return 1;
  return PUNCT.test(ch) ? 2 : 0;
}

/**
 * The inline pieces of a line's content `s` (edge white space already removed) starting at
 * `column`, or null when remark must parse it: plain text with `**strong**` / `*emphasis*`
 * spans that pair up within the line. Every run of `*` must be one or two long, alternate
 * opener (left-flanking) and closer (right-flanking, same length, text between), so that
 * micromark's delimiter algorithm pairs exactly these (run lengths 1+1 or 2+2 never meet the
 * rule of 3; a closer is paired before it could open). `_` and every other markup character
 * send the line to remark. `blockStart`: the content is at the start of a block or of a
 * paragraph line, where `#`, `>`, `-`, `+`, `=`, `_`, `~`, `` ` ``, `<` or an ordered marker
 * could open or interrupt a block (a `*` there must open a span, so it is no bullet or rule).
 */
function segments(s: string, column: number, blockStart: boolean): Seg[] | null {
  const n = s.length;
  if (n === 0) return null;
  const c0 = s.charCodeAt(0);
  if (blockStart && c0 !== 0x2a) {
    // A line that is only a tag would be an HTML block; "<sup>1</sup> …" is paragraph text.
    if (c0 === 0x3c) {
      const t = INLINE_TAG.exec(s);
      if (!t || t[0].length === n) return null;
    }
    if (c0 < 128 && START[c0] && c0 !== 0x3c) return null;
    if (c0 >= 0x30 && c0 <= 0x39 && ORDERED_START.test(s)) return null;
  }
  let out: Seg[] | null = null;
  let textStart = 0;
  let opener = -1;
  let openLen = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || !INLINE[c]) continue;
    if (c === 0x3c) {
      // A few attribute-less inline tags, outside any span: <sup> (footnote references, read by
      // flatten) and the formatting tags flatten drops.
      const t = opener < 0 ? INLINE_TAG.exec(s.slice(i, i + 9)) : null;
      if (!t) return null;
      out ??= [];
      if (i > textStart) out.push({ value: s.slice(textStart, i), column: column + textStart, bold: false, italic: false });
      out.push({ value: '', column: column + i, bold: false, italic: false, tag: t[2] !== 'sup' ? 'other' : t[1] ? '/sup' : 'sup' });
      i += t[0].length - 1;
      textStart = i + 1;
      continue;
    }
    if (c !== 0x2a) return null;
    let len = 1;
    while (i + len < n && s.charCodeAt(i + len) === 0x2a) len++;
    if (len > 2) return null;
    const before = charGroup(i > 0 ? s.charCodeAt(i - 1) : -1);
    const after = charGroup(i + len < n ? s.charCodeAt(i + len) : -1);
    out ??= [];
    if (opener < 0) {
      if (!(after === 0 || (after === 2 && before !== 0))) return null;
      if (i > textStart) out.push({ value: s.slice(textStart, i), column: column + textStart, bold: false, italic: false });
      opener = i;
      openLen = len;
    } else {
      if (!(before === 0 || (before === 2 && after !== 0)) || len !== openLen) return null;
      const from = opener + openLen;
      out.push({ value: s.slice(from, i), column: column + from, bold: len === 2, italic: len === 1 });
      textStart = i + len;
      opener = -1;
    }
    i += len - 1;
  }
  if (opener >= 0) return null;
  if (out === null) return [{ value: s, column, bold: false, italic: false }];
  if (textStart < n) out.push({ value: s.slice(textStart), column: column + textStart, bold: false, italic: false });
  return out;
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

/** A paragraph or heading of the fast path: remark's text nodes for it. */
interface FastBlock {
  heading: number;
  marker: string;
  newList: boolean;
  nodes: FastInline[];
  /** The last node is a text node (a line ending is appended to it, as remark does). */
  tailText: boolean;
  /** List items: the column (0-based) where the item's content starts. */
  contentOffset: number;
  /** Inside `<sup>` (remark's walk keeps this state for the whole paragraph). */
  sup: boolean;
  /** 1-based line where the block starts. */
  line: number;
  /** A thematic break (no text). */
  rule?: boolean;
}

/** Add a line's pieces to a block: text joins a preceding text node, like remark's data events. */
function addSegs(b: FastBlock, segs: Seg[], line: number): void {
  for (const g of segs) {
    if (g.tag !== undefined) {
      // An html node: it ends the current text node.
      if (g.tag !== 'other') b.sup = g.tag === 'sup';
      b.tailText = false;
      continue;
    }
    if (!g.bold && !g.italic && b.tailText) {
      b.nodes[b.nodes.length - 1]!.value += g.value;
    } else {
      b.nodes.push({ value: g.value, line, column: g.column, bold: g.bold, italic: g.italic, sup: b.sup });
    }
    b.tailText = !g.bold && !g.italic;
  }
}

/** A line ending inside a paragraph: text, joined to the last text node or starting a new one. */
function addLineEnding(b: FastBlock, line: number, raw: string): void {
  if (b.tailText) b.nodes[b.nodes.length - 1]!.value += '\n';
  else b.nodes.push({ value: '\n', line, column: raw.length + 1, bold: false, italic: false, sup: b.sup });
  b.tailText = true;
}

/** A thematic break: three or more `-`, `*` or `_` (the same), spaces or tabs between, indented by 0–3 spaces. */
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** An ATX heading at column 1: `#`…`######`, white space, content without `#`. */
const ATX = /^(#{1,6})[ \t]+(?=[^ \t])/;

/**
 * The paragraphs and headings of the block `lines[from..to)` (no blank line inside) when the
 * fast path can take it, null when remark must: plain paragraphs, ATX headings and one level of
 * list items (markers at column 1) with lazy or indented continuation lines, whose content is
 * plain text or a leading `**strong**` / `*emphasis*` span.
 */
function fastBlock(lines: string[], from: number, to: number): FastBlock[] | null {
  const out: FastBlock[] = [];
  let para: FastBlock | null = null;
  let listType = '';
  for (let k = from; k < to; k++) {
    const l = lines[k]!;
    const last = k === to - 1;
    // Hard line break (two trailing spaces) or a trailing tab: leave it to remark.
    if (!last && (l.endsWith('  ') || l.endsWith('\t'))) return null;
    const c0 = l.charCodeAt(0);
    // A thematic break where no paragraph is open (after one, "---" would underline a heading).
    if (para === null && (c0 === 0x2d || c0 === 0x2a || c0 === 0x5f || c0 === SPACE) && RULE.test(l)) {
      out.push({ heading: 0, marker: '', newList: false, nodes: [], tailText: false, contentOffset: 0, sup: false, line: k + 1, rule: true });
      listType = '';
      continue;
    }
    let m: RegExpExecArray | null = null;
    if (c0 === SPACE || c0 === TAB) {
      const ind = indentOf(l);
      if (l.slice(0, ind).includes('\t')) return null;
      // A list item indented by 1–3 spaces: a new item at the level of the previous one (less
      // indented than its content), never a nested one.
      m = ind <= 3 ? ITEM.exec(l) : null;
      if (m !== null && para !== null && para.marker !== '' && ind >= para.contentOffset) m = null;
      if (m === null) {
        // Indented text: only as a continuation line, spaces only.
        if (para === null) return null;
        const segs = segments(trimEndWs(l.slice(ind)), ind + 1, true);
        if (segs === null) return null;
        addLineEnding(para, k, lines[k - 1]!);
        addSegs(para, segs, k + 1);
        continue;
      }
    }
    if (c0 === 0x23) {
      const h = ATX.exec(l);
      if (!h) return null;
      const content = trimEndWs(l.slice(h[0].length));
      if (content.includes('#')) return null;
      const segs = segments(content, h[0].length + 1, false);
      if (segs === null) return null;
      const b: FastBlock = { heading: h[1]!.length, marker: '', newList: false, nodes: [], tailText: false, contentOffset: 0, sup: false, line: k + 1 };
      addSegs(b, segs, k + 1);
      out.push(b);
      para = null;
      listType = '';
      continue;
    }
    if (m === null && (c0 === 0x2d || c0 === 0x2b || (c0 >= 0x30 && c0 <= 0x39))) m = ITEM.exec(l);
    if (m) {
      const segs = segments(trimEndWs(l.slice(m[0].length)), m[0].length + 1, true);
      if (segs === null) return null;
      const type = m[3] === undefined ? m[2]! : m[2]!.slice(-1);
      let newList = true;
      if (para !== null) {
        if (type === listType) newList = false;
        // A list that interrupts a paragraph must be a bullet list or start at 1; otherwise the
        // line would be lazy paragraph text (remark decides).
        else if (m[3] !== undefined && m[3] !== '1') return null;
      }
      para = { heading: 0, marker: m[2]!, newList, nodes: [], tailText: false, contentOffset: m[0].length, sup: false, line: k + 1 };
      addSegs(para, segs, k + 1);
      out.push(para);
      listType = type;
      continue;
    }
    const segs = segments(trimEndWs(l), 1, true);
    if (segs === null) return null;
    if (para === null) {
      para = { heading: 0, marker: '', newList: false, nodes: [], tailText: false, contentOffset: 0, sup: false, line: k + 1 };
      out.push(para);
      listType = '';
    } else {
      addLineEnding(para, k, lines[k - 1]!);
    }
    addSegs(para, segs, k + 1);
  }
  return out;
}

/** How many lines each path took (blank lines between blocks are counted by neither). */
export interface SourceStats {
  fastLines: number;
  remarkLines: number;
  /** Calls to remark. */
  slices: number;
}

/**
 * Source lines of a plan text: the same records as `flatten(parseMarkdown(text), text)`, with
 * remark run only over the parts that have Markdown syntax.
 */
export function sourceLines(text: string, stats?: SourceStats): SrcLine[] {
  if (WHOLE.test(text)) {
    if (stats) {
      stats.remarkLines += text.split('\n').length;
      stats.slices++;
    }
    return flatten(parseMarkdown(text), text);
  }
  const lines = text.split('\n');
  const f = createFlattener(text, lines);
  const n = lines.length;
  // Start of the pending run of blocks that remark must parse (-1: none).
  let pending = -1;
  // The last block taken by the fast path had list items.
  let afterList = false;
  const flush = (end: number) => {
    if (pending < 0) return;
    f.walk(processor.parse(lines.slice(pending, end).join('\n')), pending);
    if (stats) {
      stats.remarkLines += end - pending;
      stats.slices++;
    }
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
    // An indented first line could continue a list item of the block before: only after a
    // paragraph or heading of the fast path (or at the start).
    if (paras !== null && indentOf(lines[i]!) > 0 && (pending >= 0 || afterList)) paras = null;
    if (paras !== null && paras.some((p) => p.marker !== '')) {
      // An indented block after a list item belongs to that item: leave both to remark.
      let k = j;
      while (k < n && isBlank(lines[k]!)) k++;
      if (k < n && indentOf(lines[k]!) > 0) paras = null;
    }
    if (paras === null) {
      if (pending < 0) pending = i;
    } else {
      afterList = paras.some((p) => p.marker !== '');
      flush(i);
      for (const b of paras) {
        if (b.rule) f.rule(b.line, indentOf(lines[b.line - 1]!) + 1);
        else f.block(b.line, b.heading, b.marker, b.newList, b.nodes);
      }
      if (stats) stats.fastLines += j - i;
    }
    i = j;
  }
  flush(n);
  return f.finish();
}
