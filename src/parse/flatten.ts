// mdast → source lines. remark gives us positions and strips inline markup; plans are
// line-oriented, so the rest of the parser works on one record per source line that keeps
// the plain text, its column, its style runs (bold/italic) and the block it came from.
//
// Guarantee for the next stage: every non-blank line of the source text appears in the
// result exactly once (markup-only lines such as `---` or a setext underline come out with
// block 'syntax'), in line order.
import type { Root, RootContent, PhrasingContent, ListItem } from 'mdast';
import { letterCount } from './fast-text.js';

export type BlockType = 'paragraph' | 'heading' | 'list' | 'code' | 'html' | 'break' | 'syntax';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface SrcLine {
  /** 1-based line number in the source. */
  line: number;
  /** 1-based column where the text starts. */
  column: number;
  /** Plain text: markup removed, list marker kept, white space collapsed. */
  text: string;
  /** The untouched source line. */
  raw: string;
  block: BlockType;
  /** Markdown heading depth (0 when not a heading). */
  depth: number;
  /** True when all the letters of the line are bold (a Markdown-bold heading). */
  bold: boolean;
  italic: boolean;
  runs: Run[];
  /** Footnote references cited on this line (`<sup>1</sup>`, `[^1]`, `¹`). */
  refs: string[];
  /** The line starts with a footnote mark: it is a footnote's text. */
  noteMark: string | null;
  /** Raw HTML block text (tables in HTML). */
  html?: string;
  /** Index of the Markdown leaf block the line belongs to (adjacent lines of one paragraph share it). */
  blockId: number;
}

interface Acc {
  line: number;
  column: number;
  runs: Run[];
  refs: string[];
  noteMark: string | null;
  block: BlockType;
  depth: number;
  marker: string;
  html?: string;
  blockId: number;
}

const SUPERSCRIPT: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁰': '0' };

/** mdast → source lines: the reference path (every line through remark). */
export function flatten(tree: Root, text: string): SrcLine[] {
  const f = createFlattener(text);
  f.walk(tree, 0);
  return f.finish();
}

/**
 * The line records, built in two steps so that a caller can mix sources: `walk` adds the lines of
 * an mdast tree parsed from a slice of the text that starts at line `lineOffset + 1`; `block`
 * adds a paragraph or heading that needed no Markdown parser; `finish` emits
 * one record per non-blank source line, in order.
 */
/** A text node of a paragraph or heading (remark's `text`, or the `text` inside `strong`/`emphasis`). */
export interface FastInline {
  value: string;
  line: number;
  column: number;
  bold: boolean;
  italic: boolean;
  /** Inside `<sup>…</sup>` (a footnote reference or mark). */
  sup: boolean;
}

export interface Flattener {
  readonly rawLines: string[];
  walk(tree: Root, lineOffset: number): void;
  /**
   * A paragraph or heading built without a Markdown parser, given as the text nodes remark would
   * give (`FastInline`, in order). `marker`: the list marker when it is a list item's paragraph;
   * `newList`: the item starts a new list (a list node precedes it in the tree).
   */
  block(line: number, heading: number, marker: string, newList: boolean, nodes: FastInline[]): void;
  /** A thematic break (`---`) at `line`, `column`. */
  rule(line: number, column: number): void;
  finish(): SrcLine[];
}

export function createFlattener(text: string, rawLines: string[] = text.split('\n')): Flattener {
  const acc = new Map<number, Acc>();
  let blockId = 0;
  let off = 0;

  const get = (line: number, column: number, block: BlockType, depth: number): Acc => {
    let a = acc.get(line);
    if (!a) {
      a = { line, column, runs: [], refs: [], noteMark: null, block, depth, marker: '', blockId };
      acc.set(line, a);
    }
    return a;
  };

  const addText = (value: string, line: number, column: number, style: Style, block: BlockType, depth: number) => {
    const parts = value.split('\n');
    parts.forEach((part, i) => {
      const ln = line + i;
      const raw = rawLines[ln - 1] ?? '';
      const col = i === 0 ? column : Math.max(1, raw.indexOf(part.trimStart().slice(0, 8)) + 1);
      const a = get(ln, col, block, depth);
      if (style.sup) {
        const ref = part.trim();
        if (/^[0-9*]{1,3}$/.test(ref)) {
          if (a.runs.every((r) => r.text.trim() === '')) a.noteMark = ref;
          else a.refs.push(ref);
          return;
        }
      }
      if (part !== '') a.runs.push({ text: part, bold: style.bold, italic: style.italic });
    });
  };

  interface Style {
    bold: boolean;
    italic: boolean;
    sup: boolean;
  }

  const walkInline = (nodes: PhrasingContent[], style: Style, block: BlockType, depth: number) => {
    for (const n of nodes) {
      const pos = n.position;
      if (!pos) continue;
      switch (n.type) {
        case 'text':
          addText(n.value, pos.start.line + off, pos.start.column, style, block, depth);
          break;
        case 'inlineCode':
          addText(n.value, pos.start.line + off, pos.start.column, style, block, depth);
          break;
        case 'strong':
          walkInline(n.children, { ...style, bold: true }, block, depth);
          break;
        case 'emphasis':
          walkInline(n.children, { ...style, italic: true }, block, depth);
          break;
        case 'delete':
        case 'link':
        case 'linkReference':
          walkInline((n as { children: PhrasingContent[] }).children, style, block, depth);
          break;
        case 'image':
        case 'imageReference':
          if (n.alt) addText(n.alt, pos.start.line + off, pos.start.column, style, block, depth);
          break;
        case 'break':
          break;
        case 'html': {
          const tag = n.value.trim().toLowerCase();
          if (/^<sup\b/.test(tag)) style.sup = true;
          else if (/^<\/sup>/.test(tag)) style.sup = false;
          else if (/^<br\s*\/?>$/.test(tag)) addText(' ', pos.start.line + off, pos.start.column, style, block, depth);
          else if (!/^<\/?[a-z][^>]*>$/.test(tag)) addText(n.value, pos.start.line + off, pos.start.column, style, block, depth);
          // Other inline tags (<i>, <b>, <span …>) are dropped; their text children are text nodes.
          break;
        }
        default:
          break;
      }
    }
  };

  const walkBlock = (nodes: RootContent[], marker: string) => {
    for (const n of nodes) {
      const pos = n.position;
      if (!pos) continue;
      blockId++;
      switch (n.type) {
        case 'paragraph':
        case 'heading': {
          const depth = n.type === 'heading' ? n.depth : 0;
          const block: BlockType = n.type === 'heading' ? 'heading' : marker ? 'list' : 'paragraph';
          walkInline(n.children, { bold: false, italic: false, sup: false }, block, depth);
          const first = acc.get(pos.start.line + off);
          if (marker && first && !first.marker) first.marker = marker;
          marker = '';
          break;
        }
        case 'list':
          for (const item of n.children) walkListItem(item);
          break;
        case 'blockquote':
          walkBlock(n.children, marker);
          marker = '';
          break;
        case 'code': {
          // Indented text (pdftotext layouts) becomes an indented code block: keep it as text.
          const lines = n.value.split('\n');
          const offset = pos.start.line + off + (/^(```|~~~)/.test((rawLines[pos.start.line + off - 1] ?? '').trim()) ? 1 : 0);
          lines.forEach((l, i) => {
            if (l.trim() === '') return;
            const raw = rawLines[offset + i - 1] ?? l;
            const a = get(offset + i, raw.indexOf(l.trim()) + 1 || 1, 'code', 0);
            a.runs.push({ text: l, bold: false, italic: false });
          });
          break;
        }
        case 'html': {
          const a = get(pos.start.line + off, pos.start.column, 'html', 0);
          a.html = n.value;
          const lines = n.value.split('\n');
          lines.forEach((l, i) => {
            const stripped = l.replace(/<sup>\s*([0-9*]{1,3})\s*<\/sup>/gi, '\u0000$1\u0000').replace(/<[^>]+>/g, ' ');
            const b = get(pos.start.line + off + i, 1, 'html', 0);
            if (i > 0) b.html = undefined;
            const m = /^\s*\u0000([0-9*]{1,3})\u0000/.exec(stripped);
            if (m) b.noteMark = m[1]!;
            for (const r of stripped.matchAll(/\u0000([0-9*]{1,3})\u0000/g)) if (!m || r.index !== m.index) b.refs.push(r[1]!);
            b.runs.push({ text: decodeEntities(stripped.replace(/\u0000[0-9*]{1,3}\u0000/g, ' ')), bold: false, italic: false });
          });
          break;
        }
        case 'thematicBreak':
          get(pos.start.line + off, pos.start.column, 'break', 0);
          break;
        default:
          break;
      }
    }
  };

  const walkListItem = (item: ListItem) => {
    const pos = item.position!;
    const raw = rawLines[pos.start.line + off - 1] ?? '';
    const m = /^\s*(?:>\s*)*([-*+]|\d{1,9}[.)])(?=\s|$)/.exec(raw.slice(pos.start.column - 1));
    const marker = m ? m[1]! : '-';
    if (item.children.length === 0) {
      const a = get(pos.start.line + off, pos.start.column, 'list', 0);
      a.marker = marker;
      return;
    }
    walkBlock(item.children as RootContent[], marker);
  };

  const walk = (tree: Root, lineOffset: number) => {
    off = lineOffset;
    walkBlock(tree.children, '');
    off = 0;
  };

  const block = (line: number, heading: number, marker: string, newList: boolean, nodes: FastInline[]) => {
    // Same steps as walkBlock → (walkListItem → walkBlock) → walkInline for such a block.
    if (newList) blockId++;
    blockId++;
    const type: BlockType = heading ? 'heading' : marker ? 'list' : 'paragraph';
    for (const n of nodes) addText(n.value, n.line, n.column, { bold: n.bold, italic: n.italic, sup: n.sup }, type, heading);
    if (marker) {
      const first = acc.get(line);
      if (first && !first.marker) first.marker = marker;
    }
  };

  const rule = (line: number, column: number) => {
    blockId++;
    get(line, column, 'break', 0);
  };

  const finish = (): SrcLine[] => {
  const out: SrcLine[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const ln = i + 1;
    const raw = rawLines[i]!;
    const a = acc.get(ln);
    if (!a) {
      // (not a line of quote marks alone: the blank line of a quoted e-mail, "> >")
      if (raw.trim() !== '' && !/^[\s>]*$/.test(raw)) {
        out.push(makeLine({ line: ln, column: raw.search(/\S/) + 1, runs: [{ text: raw, bold: false, italic: false }], refs: [], noteMark: null, block: 'syntax', depth: 0, marker: '', blockId: ++blockId }, raw));
      }
      continue;
    }
    if ((raw.includes('\t') || /\s\|\s|^\s*\|/.test(raw)) && (a.block === 'paragraph' || a.block === 'list') && !a.marker) {
      // Tab-separated table rows: take the cells from the source line itself (remark drops the leading
      // tab of an empty first cell on continuation lines); only inline markup is removed.
      a.runs = [{ text: stripInline(raw), bold: false, italic: false }];
    }
    const line = makeLine(a, raw);
    if (line.text === '' && a.block !== 'break' && raw.trim() === '') continue;
    out.push(line);
  }
  return out;
  };

  return { rawLines, walk, block, rule, finish };
}

function stripInline(raw: string): string {
  return decodeEntities(
    stripAttributes(raw)
      .replace(/<br\s*\/?>/gi, '\u2028') // a line break inside a cell (CELL_BREAK of parse/table)
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/(^|[\s\t])[*_]{1,3}(?=\S)/g, '$1')
      .replace(/(?<=[^\s\\])[*_]{1,3}(?=$|[\s\t])/g, '')
      // Markdown backslash escapes ("KH\-SVHTTDL", "1\.", "\(b/c\)": Google Docs escapes every punctuation mark),
      // as remark reads them in a paragraph; "\|" stays (a pipe inside a cell, see splitRow)
      .replace(/\\([!-/:-@[-`{-~])/g, (m, c: string) => (c === '|' ? m : c)),
  );
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

function makeLine(a: Acc, raw: string): SrcLine {
  // Stray emphasis markers that remark left as text ("***(Kèm theo …)*").
  // (Each regex step below is skipped when a cheap test shows it cannot change the text.)
  const runs: Run[] = [];
  for (const r of a.runs.some((x) => x.text.includes('{')) ? withoutAttributes(a.runs) : a.runs) {
    const t = hasEdgeMarker(r.text) ? r.text.replace(/^[*_]+(?=\S)/, '').replace(/(?<=[^\s(])[*_]+$/, '') : r.text;
    if (t !== '') runs.push(t === r.text ? r : { text: t, bold: r.bold, italic: r.italic });
  }
  let text = '';
  for (const r of runs) text += r.text;
  const refs = [...a.refs];
  let noteMark = a.noteMark;
  // Unicode superscript digits and Markdown footnote syntax.
  if (SUPERSCRIPT_ANY.test(text)) {
    text = text.replace(/([^\s\d])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)/g, (_, prev: string, sup: string) => {
      refs.push([...sup].map((c) => SUPERSCRIPT[c]).join(''));
      return prev;
    });
  }
  const lead = /^\s*(?:\[\^(\w+)\]:|([¹²³⁴⁵⁶⁷⁸⁹⁰]+))\s*/.exec(text);
  if (lead) {
    noteMark = lead[1] ?? [...lead[2]!].map((c) => SUPERSCRIPT[c]).join('');
    text = text.slice(lead[0].length);
  }
  if (text.includes('[^')) {
    text = text.replace(/\[\^(\w+)\]/g, (_, id: string) => {
      refs.push(id);
      return '';
    });
  }
  // Collapse spaces but keep tabs: tab-separated tables are rows of cells.
  if (!isCollapsed(text)) text = text.replace(/[ \u00a0\u200b\ufeff\r\f\v]+/g, ' ').replace(/ ?\t ?/g, '\t').replace(/^ +| +$/g, '');
  if (a.marker) text = text ? `${a.marker} ${text}` : a.marker;
  let letters = 0;
  let boldLetters = 0;
  let italicLetters = 0;
  for (const r of runs) {
    const n = letterCount(r.text);
    letters += n;
    if (r.bold) boldLetters += n;
    if (r.italic) italicLetters += n;
  }
  return {
    line: a.line,
    // (a form feed starting the line, as pdftotext writes a new page, is margin, not text)
    column: a.marker || noteMark || raw.charCodeAt(a.column - 1) === 12 ? Math.max(1, raw.search(/\S/) + 1) : a.column,
    text,
    raw,
    block: a.block,
    depth: a.depth,
    bold: letters > 0 && boldLetters === letters,
    italic: letters > 0 && italicLetters === letters,
    runs,
    refs,
    noteMark,
    html: a.html,
    blockId: a.blockId,
  };
}

const SUPERSCRIPT_ANY = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

// Pandoc's attribute syntax, which remark leaves as text: a span `[Nơi nhận:]{.underline}` (Word's
// underline, small caps, highlight, a custom style), a heading's `{#id}`, an image's `{width="…"}`.
/** One attribute: `.class`, `#id`, `key=value`, `key="value"`. */
const ATTR_ITEM = String.raw`(?:[.#][A-Za-z][\w:.-]*|[A-Za-z][\w-]+=(?:"[^"]*"|[^\s"}]+))`;
/** An attribute block: `{.underline}`, `{.smallcaps}`, `{#sec-1 .unnumbered}`, `{custom-style="Tiêu đề"}`. */
const ATTRS = new RegExp(String.raw`\{ *${ATTR_ITEM}(?: +${ATTR_ITEM})* *\}`, 'g');

/**
 * The text without pandoc's attribute syntax: a bracketed span `[text]{.class}` is its text, an
 * attribute block anywhere else is dropped. (`[` with no attribute block after its `]` is text.)
 */
export function stripAttributes(s: string): string {
  if (!s.includes('{')) return s;
  const cut = attributeRanges(s);
  if (cut.length === 0) return s;
  let out = '';
  let from = 0;
  for (const [a, b] of cut) {
    out += s.slice(from, a);
    from = b;
  }
  return out + s.slice(from);
}

/** The character ranges [start, end) of `s` that pandoc's attribute syntax takes, in order. */
function attributeRanges(s: string): [number, number][] {
  const cut: [number, number][] = [];
  for (const m of s.matchAll(ATTRS)) {
    let start = m.index;
    if (s[start - 1] === ']') {
      // the span's opening bracket
      let depth = 0;
      for (let k = start - 2; k >= 0; k--) {
        const c = s[k];
        if (c === ']') depth++;
        else if (c === '[' && depth-- === 0) {
          cut.push([k, k + 1]);
          start--;
          break;
        }
      }
    }
    cut.push([start, m.index + m[0].length]);
  }
  return cut.sort((x, y) => x[0] - y[0]);
}

/** Runs without pandoc's attribute syntax (see stripAttributes), which may span several runs (`[**Nơi nhận:**]{.underline}`). */
function withoutAttributes(runs: Run[]): Run[] {
  let text = '';
  for (const r of runs) text += r.text;
  const cut = attributeRanges(text);
  if (cut.length === 0) return runs;
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    let t = '';
    const end = at + r.text.length;
    let from = at;
    for (const [a, b] of cut) {
      if (b <= from || a >= end) continue;
      if (a > from) t += text.slice(from, a);
      from = Math.max(from, b);
    }
    if (from < end) t += text.slice(from, end);
    if (t !== '') out.push({ text: t, bold: r.bold, italic: r.italic });
    at = end;
  }
  return out;
}

/** Does the text start or end with `*` / `_` (the only case the stray-marker regexes can change)? */
function hasEdgeMarker(t: string): boolean {
  if (t.length === 0) return false;
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(t.length - 1);
  return a === 0x2a || a === 0x5f || b === 0x2a || b === 0x5f;
}

/**
 * True when the space-collapsing replacements of makeLine would leave `t` unchanged: no run of two
 * spaces, no NBSP / ZWSP / BOM / CR / FF / VT, no tab, no space at either end.
 */
function isCollapsed(t: string): boolean {
  const n = t.length;
  if (n === 0) return true;
  if (t.charCodeAt(0) === 0x20 || t.charCodeAt(n - 1) === 0x20) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d || c === 0xa0 || c === 0x200b || c === 0xfeff) return false;
  }
  return true;
}
