// The document parser: source lines → zones (wrapper decision, header, body, closing, appendix)
// → metadata, outline tree, appendix tables and footnotes. Structure recognition uses the
// grammar in grammar.ts; nothing here drops a line: whatever is not understood goes to
// `unclassified` with its line number.
import type {
  Citation,
  Diagnostic,
  Footnote,
  FurnitureLine,
  LineText,
  MarkerType,
  OutlineKind,
  PlanDate,
  PlanDocument,
  PlanNumber,
  SectionRole,
  Signer,
  SourceRange,
} from '../register/types.js';
import { clean, fold, mostlyUpper } from './fast-text.js';
import { LATIN_LETTER, toRoman } from '../util/text.js';
import { sourceLines } from './markdown.js';
import * as g from './grammar.js';
import { fieldUnits, matchUnitAtStart } from '../units/split.js';
import { parseDeadline } from '../deadlines/parse.js';
import { parseCitations } from './citations.js';
import { isFurniture, join, Joiner, marginOBullet, markMarginOBullets, markRepeatedHeaders, shouldJoin, splitGlued, tableRowLine, wrapWidth, type LLine } from './repair.js';
import { boxAsGrid, readGridTables } from './grid-table.js';
import { readPandocTables } from './pandoc-table.js';
import { readSpaceTables } from './space-table.js';
import { readStackedTables } from './stacked-table.js';
import { CELL_BREAK, headerColumns, htmlTableRows, readTable, splitRow, splitUnitCell, stackedHeader, type ParsedTable } from './table.js';

/** Internal outline node: the register's OutlineNode plus what the task builder needs. */
export interface PNode {
  id: string;
  marker: g.Marker | null;
  markerType: MarkerType;
  kind: OutlineKind;
  level: number;
  /** Text without the marker. */
  text: string;
  role: SectionRole | null;
  source: SourceRange;
  children: PNode[];
  parent: PNode | null;
  refs: string[];
  /** `Thời gian hoàn thành: …` line that follows the item. */
  deadline: { text: string; line: number; column: number } | null;
  fields: { product?: string; lead?: string; support?: string };
  /** Closing sentence ("Trên đây là …"): kept, never a task. */
  closing: boolean;
  bold: boolean;
  depth: number;
  rank: number;
  joinedAt: number[];
  /** Column of the marker, tabs counted as 4 (when it differs from `source.column`). */
  indent?: number;
}

export interface DocTable {
  id: string;
  title: string | null;
  caption: string | null;
  table: ParsedTable;
  source: SourceRange;
  role: SectionRole | null;
}

export interface ParsedDoc {
  document: PlanDocument;
  roots: PNode[];
  tables: DocTable[];
  footnotes: Footnote[];
  unclassified: LineText[];
  diagnostics: Diagnostic[];
  lineCount: number;
  nonBlankLines: number;
  /** Lines placed in a structure (not counting unclassified). */
  placed: Set<number>;
}

const range = (l: LLine): SourceRange => ({ line: l.line, column: l.column, endLine: l.endLine });

export function parseDocument(text: string): ParsedDoc {
  // (tables drawn with box characters are read as the grid tables they draw, line for line)
  const grid = boxAsGrid(text);
  const src = sourceLines(grid);
  const all: LLine[] = [];
  for (const s of src) {
    if (s.block === 'html' && s.html && /<table\b/i.test(s.html)) {
      all.push(...htmlTableLines(s.html, s.line));
      continue;
    }
    if (s.block === 'html' && s.html === undefined && all.length && all[all.length - 1]!.block === 'html' && all[all.length - 1]!.text.includes('\t')) {
      continue; // consumed by the HTML table conversion above
    }
    all.push(...splitGlued(s));
  }
  const rawLines = text.split('\n');
  const lineCount = rawLines.length;
  const nonBlank = rawLines.filter((l) => l.trim() !== '').length;
  const gridLines = grid === text ? rawLines : grid.split('\n');
  const p = new Parser(pdfFootnotes(readStackedTables(readSpaceTables(readPandocTables(readGridTables(all, gridLines), gridLines), gridLines), gridLines), gridLines), gridLines);
  p.run();
  // Rules of a box-drawn frame are kept as drawn ("└────┘", not the "+----+" they were read as).
  if (grid !== text) for (const f of p.doc.furniture) if (gridLines[f.line - 1] !== rawLines[f.line - 1]) f.text = rawLines[f.line - 1]!.trim();
  // Safety net: a non-blank source line nobody placed is kept as unclassified (quote marks alone,
  // the blank lines of a quoted e-mail, are blank).
  const unclassifiedLines = new Set(p.unclassified.map((u) => u.line));
  for (let i = 0; i < rawLines.length; i++) {
    const ln = i + 1;
    if (rawLines[i]!.trim() !== '' && !p.placed.has(ln) && !unclassifiedLines.has(ln) && !/^[\s>]*$/.test(rawLines[i]!)) {
      p.unclassified.push({ text: clean(rawLines[i]!), line: ln });
    }
  }
  p.unclassified.sort((a, b) => a.line - b.line);
  return {
    document: p.doc,
    roots: p.roots,
    tables: p.tables,
    footnotes: p.footnotes,
    unclassified: p.unclassified,
    diagnostics: p.diagnostics,
    lineCount,
    nonBlankLines: nonBlank,
    placed: p.placed,
  };
}

/**
 * Where a header cell's lines joined with spaces start a new line: before "Số: 418/…", between the motto's
 * lines ("… VIỆT NAM Độc lập - Tự do - Hạnh phúc") and after them.
 */
const CELL_LINE_START = /(?<=\S)\s+(?=Số\s*:\s*\d)|(?<=VIỆT NAM)\s+(?=Độc lập)|(?<=Hạnh phúc)\s+(?=\S)/u;

/**
 * Header layout tables (issuer | motto, number | place and date), written as pipe rows or tab-separated
 * cells, are read cell by cell: each non-empty cell becomes its own logical line (same line number).
 * Task tables (a recognised header) are left alone.
 */
function layoutCells(lines: LLine[]): LLine[] {
  const out: LLine[] = [];
  for (const l of lines) {
    const cells = splitRow(l.text);
    if (!cells || cells.length === 0 || headerColumns(cells)) {
      out.push(l);
      continue;
    }
    const parts = cells.filter((c) => c.trim() !== '');
    if (parts.length === 0) {
      out.push({ ...l, text: l.text.replace(/[|\t]/g, ' ').trim() || '|' });
      continue;
    }
    // Each cell is a line of its own, and so is each line inside a cell ("TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH"),
    // also when the cell's lines were joined with spaces (Google Docs: "… SỞ VĂN HÓA … Số: 418/KH-SVHTTDL",
    // "… Hạnh phúc Khánh Hòa, ngày 14 tháng 4 năm 2027"): the number and what follows the motto start lines.
    for (const c of parts) {
      const column = Math.max(1, l.text.indexOf(c) + 1);
      for (const piece of c.split(CELL_BREAK)) {
        for (const p of piece.includes('Số') || piece.includes('phúc') ? piece.split(CELL_LINE_START) : [piece]) if (p.trim() !== '') out.push({ ...l, text: p.trim(), column });
      }
    }
  }
  return out;
}

/**
 * Two columns printed side by side (issuer | motto, number | place and date, "Nơi nhận" | signer)
 * and flattened to text keep a run of spaces between them in the source line: each column becomes
 * its own logical line (same line number). Only a single source line whose cells give back its
 * text is split.
 */
function spaceColumns(l: LLine, raw: string | undefined): LLine[] {
  if (!raw || l.lines.length !== 1 || !/\S {3,}\S/.test(raw)) return [l];
  const parts: { text: string; index: number }[] = [];
  for (const p of raw.matchAll(/\S+(?: {1,2}\S+)*/g)) {
    const prev = parts[parts.length - 1];
    // A blank left for the number or the day ("Số:      /KH-UBND", "ngày      tháng 3") is not a gap between columns.
    if (prev && (/(số|ngày|tháng|năm)\s*:?$/iu.test(prev.text) || /^([/\-]|tháng\b|năm\b)/u.test(p[0]))) prev.text += ` ${p[0]}`;
    else parts.push({ text: p[0], index: p.index });
  }
  if (parts.length < 2 || clean(parts.map((p) => p.text).join(' ')) !== clean(l.text)) return [l];
  return parts.map((p) => ({ ...l, text: clean(p.text), column: p.index + 1 }));
}

/**
 * Line breaks inside table cells (CELL_BREAK, from `<br>` or one `<p>` after another) matter only in
 * the unit cells of task tables; in any other run of table rows in the body (a statistics table)
 * they become spaces, as in the rest of the text. (Header and closing rows are split into lines by
 * `layoutCells`.)
 */
function keepCellBreaksInTaskTables(lines: LLine[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let task = false;
    while (j < lines.length && splitRow(lines[j]!.text) !== null) {
      if (!task && headerColumns(splitRow(lines[j]!.text)!)) task = true;
      j++;
      // a page number or a blank line between two rows does not end the run
      while (j + 1 < lines.length && (lines[j]!.text === '' || isFurniture(lines[j]!)) && splitRow(lines[j + 1]!.text) !== null) j++;
    }
    if (j === i) j++; // not a table row
    else if (task) {
      i = j;
      continue;
    }
    for (let k = i; k < j; k++) {
      const l = lines[k]!;
      if (l.text.includes(CELL_BREAK)) l.text = l.text.replaceAll(CELL_BREAK, ' ');
    }
    i = j;
  }
}

/**
 * Footnotes as pdftotext prints them at the foot of a page: the note's number alone at the left
 * margin, its text on the next line, indented ("1" / "    Nghị quyết số 02/NQ-CP được ban hành …").
 * The text becomes a footnote (its number as the note mark); the number line is furniture already.
 */
function pdfFootnotes(lines: LLine[], raw: readonly string[]): LLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!/^\d{1,2}$/.test(raw[a.line - 1] ?? '') || b.line !== a.line + 1 || b.noteMark || b.text.includes('\t')) continue;
    if (!/^\s{2,}\S/.test(raw[b.line - 1] ?? '') || g.parseMarker(b.text)) continue;
    b.noteMark = raw[a.line - 1]!;
  }
  return lines;
}

/** An HTML table becomes tab-separated logical lines, one per row. */
function htmlTableLines(html: string, firstLine: number): LLine[] {
  const rows = htmlTableRows(html, firstLine);
  const lastLine = firstLine + (html.match(/\n/g) ?? []).length;
  return rows.map((r, i) => {
    const end = i + 1 < rows.length ? Math.max(r.line, rows[i + 1]!.line - 1) : lastLine;
    const lines: number[] = [];
    for (let k = i === 0 ? firstLine : r.line; k <= end; k++) lines.push(k);
    const row = tableRowLine(r.cells, r.line, lines, { block: 'html', endLine: end });
    if (r.spans.length) row.spans = r.spans;
    return row;
  });
}

const emptyDocument = (): PlanDocument => ({
  kind: 'unknown',
  issuer: null,
  number: null,
  date: null,
  title: null,
  period: null,
  year: null,
  legalBasis: [],
  preamble: [],
  signer: null,
  recipients: [],
  wrapper: null,
  furniture: [],
});

class Parser {
  doc: PlanDocument = emptyDocument();
  roots: PNode[] = [];
  tables: DocTable[] = [];
  footnotes: Footnote[] = [];
  unclassified: LineText[] = [];
  diagnostics: Diagnostic[] = [];
  placed = new Set<number>();
  private stack: PNode[] = [];
  private lastNode: PNode | null = null;
  private appendixCount = 0;
  /**
   * The plan's sections are headings without numbers (a Word plan whose automatic numbers a
   * converter dropped: "# MỤC ĐÍCH, YÊU CẦU", or "TỔ CHỨC THỰC HIỆN" alone on its line): set when the
   * body starts with such a heading and no section is numbered; `depth` is the Markdown heading depth
   * of the sections (0: not Markdown headings).
   */
  private unnumbered: { depth: number } | null = null;

  constructor(
    private lines: LLine[],
    private raw: string[] = [],
  ) {}

  /** Header and closing lines read cell by cell: layout tables, then columns set apart by runs of spaces. */
  private cells(lines: LLine[]): LLine[] {
    return layoutCells(lines).flatMap((l) => spaceColumns(l, this.raw[l.line - 1]));
  }

  place(l: LLine | { lines: number[] }): void {
    for (const n of l.lines) this.placed.add(n);
  }

  run(): void {
    const L = this.lines;
    const titleIdx = L.findIndex((l) => g.isPlanTitle(l.text) && !g.parseMarker(l.text));
    const decisionIdx = L.findIndex((l) => g.isDecisionTitle(l.text));
    let headerStart = 0;
    if (decisionIdx >= 0 && titleIdx > decisionIdx) {
      // The plan's own header (issuer, motto, number, date) may repeat just above its title.
      headerStart = planHeaderStart(L, decisionIdx, titleIdx);
      this.parseWrapper(this.cells(L.slice(0, headerStart)));
    }
    // The body starts at the first outline marker after the title (or the first section).
    let bodyStart = -1;
    for (let i = Math.max(headerStart, titleIdx + 1); i < L.length; i++) {
      const l = L[i]!;
      if (l.noteMark || g.isCaption(l.text)) continue;
      const m = g.parseMarker(l.text);
      if (m && (m.type === 'roman' || m.type === 'part' || m.type === 'arabic' || m.type === 'decimal')) {
        bodyStart = i;
        break;
      }
      if (g.isRecipientsHead(l.text) || g.isAppendixHead(l.text)) break;
      // A section heading without its number (not the title's own line right after "KẾ HOẠCH").
      if (!m && titleIdx >= 0 && i > titleIdx + 1 && unnumberedSectionTitle(L, i) && !numbersSections(L, i)) {
        this.unnumbered = { depth: L[i]!.depth };
        bodyStart = i;
        break;
      }
    }
    if (bodyStart < 0) {
      // No outline: header up to the first recipients/appendix, the rest as body paragraphs.
      const stop = L.findIndex((l, i) => i > titleIdx && (g.isRecipientsHead(l.text) || g.isSignerTitle(l.text)));
      bodyStart = stop >= 0 ? stop : L.length;
    }
    this.parseHeader(this.cells(L.slice(headerStart, bodyStart)), titleIdx >= 0);
    // The closing zone: recipients and signature after the body.
    let closeStart = L.length;
    for (let i = bodyStart; i < L.length; i++) {
      const t = L[i]!.text;
      if (g.isRecipientsHead(t) || (g.isSignerTitle(t) && !t.includes('\t'))) {
        closeStart = i;
        break;
      }
      // "Nơi nhận" and the signature laid out as a table ("| Nơi nhận:<br>- … | TM. ỦY BAN NHÂN DÂN<br>… |").
      const first = splitRow(t)?.find((c) => c !== '');
      if (first !== undefined && first !== t && g.isRecipientsHead(first.split(CELL_BREAK)[0]!)) {
        closeStart = i;
        // (Google Docs writes a table with an empty header row, "|  |  |" over "| :---- | :---- |": both are
        // part of the closing table, not text of the last item)
        while (closeStart > bodyStart && splitRow(L[closeStart - 1]!.text)?.every((c) => c.trim() === '')) closeStart--;
        break;
      }
    }
    let appStart = L.length;
    for (let i = closeStart; i < L.length; i++) {
      const l = L[i]!;
      const cells = splitRow(l.text);
      if (g.isAppendixHead(l.text) || (cells && (headerColumns(cells) || stackedHeader(L, i)))) {
        appStart = i;
        break;
      }
    }
    this.parseBody(L.slice(bodyStart, closeStart), false);
    this.parseClosing(this.cells(L.slice(closeStart, appStart)));
    this.parseBody(L.slice(appStart), true);
    this.finishDocument();
  }

  // ------------------------------------------------------------ header

  private parseWrapper(lines: LLine[]): void {
    const w: NonNullable<PlanDocument['wrapper']> = { number: null, date: null, title: null, articles: [] };
    const issuer: LLine[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const t = l.text;
      if (this.furniture(l)) continue;
      // The decision's closing ("Nơi nhận:" and its list, the signature) follows its articles: it
      // is the signature of the whole document (the attached plan is usually not signed again).
      if (w.articles.length && (g.isRecipientsHead(t) || g.isSignerTitle(t) || g.isPersonName(t))) {
        this.parseClosing(lines.slice(i));
        break;
      }
      const num = parseNumberLine(t, l.line);
      if (num && !w.number) {
        w.number = num;
        const d = parseDateLine(t, l.line);
        if (d) w.date = d;
        this.place(l);
        continue;
      }
      const d = parseDateLine(t, l.line);
      if (d && !w.date) {
        w.date = d;
        this.place(l);
        continue;
      }
      if (g.isDecisionTitle(t)) {
        if (!w.title && !/:\s*$/.test(t)) i = this.wrapperTitle(lines, i, w);
        this.doc.furniture.push({ text: t, line: l.line, kind: 'other' });
        this.place(l);
        continue;
      }
      if (g.basisVerb(t)) {
        this.doc.legalBasis.push(...parseCitations(t, l.line, l.endLine));
        this.place(l);
        continue;
      }
      const m = g.parseMarker(t);
      if (m?.type === 'article' || (w.articles.length && !m && !g.isRecipientsHead(t))) {
        // An article, or a paragraph that continues the last one.
        w.articles.push({ text: t, line: l.line, endLine: l.endLine });
        this.place(l);
        continue;
      }
      // The issuer: upper-case lines before the decision's title ("ỦY BAN NHÂN DÂN" / "TỈNH …").
      if (!w.title && mostlyUpper(t) && t.length < 120 && !g.isMotto(t) && (!this.doc.issuer || issuer.length)) {
        issuer.push(l);
        this.doc.issuer = { text: issuer.map((x) => clean(x.text)).join(' / '), line: issuer[0]!.line, ...(issuer.length > 1 ? { endLine: l.endLine } : {}) };
        this.place(l);
        continue;
      }
      // "QUYẾT ĐỊNH:", the authority line ("BỘ TRƯỞNG BỘ XÂY DỰNG") …
      this.doc.furniture.push({ text: t, line: l.line, kind: 'other' });
      this.place(l);
    }
    this.doc.wrapper = w;
    this.doc.kind = 'decision';
  }

  /**
   * The decision's subject (trích yếu) follows "QUYẾT ĐỊNH": "Ban hành Kế hoạch …", "Về việc …",
   * in any case and style, possibly wrapped on several lines of one block. It is not the
   * authority line ("ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …"), nor a basis line. Returns the
   * index of the last line read.
   */
  private wrapperTitle(lines: LLine[], i: number, w: NonNullable<PlanDocument['wrapper']>): number {
    const isSubject = (x: LLine) =>
      // (An authority line reads like a signer title: "ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …".)
      !isFurniture(x) && !g.basisVerb(x.text) && !g.isDecisionTitle(x.text) && !g.isSignerTitle(x.text) && !g.parseMarker(x.text);
    const first = lines[i + 1];
    if (!first || !isSubject(first)) return i;
    const parts = [first];
    let k = i + 2;
    for (; k < lines.length; k++) {
      const x = lines[k]!;
      if (x.blockId !== first.blockId || !isSubject(x) || x.bold !== first.bold) break;
      parts.push(x);
    }
    const last = parts[parts.length - 1]!;
    w.title = { text: clean(parts.map((x) => x.text).join(' ')), line: first.line, ...(last.endLine !== first.line ? { endLine: last.endLine } : {}) };
    for (const x of parts) this.place(x);
    return k - 1;
  }

  private furniture(l: LLine): boolean {
    const t = l.text;
    let kind: FurnitureLine['kind'] | null = null;
    if (l.block === 'break' || g.isRule(t)) kind = 'rule';
    else if (g.isPageMarker(t)) kind = 'page-marker';
    else if (g.isPageNumber(t)) kind = 'page-number';
    else if (g.isMotto(t) && !/^(uy ban|ubnd|bo |so )/.test(fold(t))) kind = 'motto';
    if (!kind) return false;
    this.doc.furniture.push({ text: t, line: l.line, kind });
    this.place(l);
    return true;
  }

  /** furniture(), and in the body and the closing a page's running header (not in the header, whose number it would take). */
  private bodyFurniture(l: LLine): boolean {
    if (this.furniture(l)) return true;
    if (!l.pageHeader && !g.isRunningHeader(l.text, l.column)) return false;
    this.doc.furniture.push({ text: l.text, line: l.line, kind: 'running-header' });
    this.place(l);
    return true;
  }

  private parseHeader(lines: LLine[], hasTitle: boolean): void {
    const doc = this.doc;
    let inTitle = false;
    let titleDone = false;
    let seenTitle = false;
    const titleLines: LLine[] = [];
    let titleKeyword: LLine | null = null;
    const issuer: LLine[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      let t = l.text;
      if (l.noteMark) {
        this.addFootnote(l);
        continue;
      }
      // A two-column header flattened on one line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
      // (The includes() check skips the regex, quadratic on long lines, when it cannot match.)
      const motto = t.includes('CỘNG H') ? MOTTO_IN_LINE.exec(t) : null;
      if (motto && motto[1]!.trim() && !seenTitle) {
        issuer.push({ ...l, text: motto[1]!.replace(/[-|\s]+$/, '').trim() });
        doc.furniture.push({ text: motto[2]!, line: l.line, kind: 'motto' });
        // The whole header on one line (pasted from a web page): "… VIỆT NAM Độc lập - Tự do - Hạnh phúc
        // Số: 45/KH-UBND Đà Nẵng, ngày 10 tháng 4 năm 2027".
        const rest = t.slice(motto.index + motto[0].length);
        const at = rest.search(/(?:^|\s)số\s*:?\s*\d/iu);
        const fromNumber = at >= 0 ? rest.slice(at).trim() : '';
        const num = fromNumber ? parseNumberLine(fromNumber, l.line) : null;
        if (num && !doc.number) doc.number = num;
        const d = /ngày/iu.test(rest) ? parseDateLine(num ? fromNumber.slice(num.raw.length) : rest, l.line) : null;
        if (d && !doc.date) doc.date = d;
        this.place(l);
        continue;
      }
      // The motto's second line glued after the issuer's: "THÀNH PHỐ HUẾ Độc lập - Tự do - Hạnh phúc".
      const slogan = !seenTitle ? SLOGAN_AT_END.exec(t) : null;
      if (slogan && slogan[1]!.trim() && mostlyUpper(slogan[1]!)) {
        issuer.push({ ...l, text: slogan[1]!.replace(/[-|\s]+$/, '').trim() });
        doc.furniture.push({ text: slogan[2]!, line: l.line, kind: 'motto' });
        this.place(l);
        continue;
      }
      if (this.furniture(l)) continue;
      // "DỰ THẢO", "Dự thảo lần 2" above a draft's header: a stamp, not the issuer.
      if (!seenTitle && /^\s*\(?\s*dự\s+thảo(?:\s+(?:lần\s+\d+|\d+))?\s*\)?\s*$/iu.test(t)) {
        doc.furniture.push({ text: t, line: l.line, kind: 'stamp' });
        this.place(l);
        continue;
      }
      const num = parseNumberLine(t, l.line);
      // "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT": a number that ends an issuer line
      // naming an instrument is part of the issuer's name, not the plan's number.
      if (num && !seenTitle && issuer.length && NAMES_INSTRUMENT.test(issuer[issuer.length - 1]!.text) && !/^\s*số\s*:/iu.test(t)) {
        issuer.push(l);
        this.place(l);
        continue;
      }
      if (num && !doc.number && !seenTitle) {
        doc.number = num;
        const d = parseDateLine(t, l.line);
        if (d) doc.date = d;
        this.place(l);
        continue;
      }
      const d = parseDateLine(t, l.line);
      if (d && !doc.date && !inTitle && t.length < 80) {
        doc.date = d;
        this.place(l);
        continue;
      }
      if (g.isPlanTitle(t) && !seenTitle) {
        seenTitle = true;
        inTitle = true;
        titleKeyword = l;
        this.place(l);
        // ("KẾ HOẠCH LIÊN TỊCH": a plan issued jointly by two bodies)
        const rest = t.replace(/^\s*(?:KẾ\s+HOẠCH(?:\s+LIÊN\s+TỊCH)?|CHỈ\s+THỊ|CHƯƠNG\s+TRÌNH(?:\s+(?:HÀNH\s+ĐỘNG|CÔNG\s+TÁC))?|PHƯƠNG\s+ÁN|ĐỀ\s+ÁN|THÔNG\s+BÁO)(?![\p{L}])\s*/iu, '').trim();
        if (rest) titleLines.push({ ...l, text: rest });
        continue;
      }
      if (g.isCaption(t)) {
        doc.furniture.push({ text: t, line: l.line, kind: 'caption' });
        this.place(l);
        // "(Kèm theo Quyết định số 1422/QĐ-TTg" / "Ngày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)":
        // a caption wrapped over lines, up to its closing parenthesis.
        let caption = t;
        while (/^\s*\(/.test(caption) && !caption.includes(')') && i + 1 < lines.length && lines[i + 1]!.line <= lines[i]!.endLine + 1 && caption.length < 400) {
          const n = lines[++i]!;
          doc.furniture.push({ text: n.text, line: n.line, kind: 'caption' });
          this.place(n);
          caption += ` ${n.text}`;
        }
        const ref = /kèm theo (quyết định|kế hoạch)\s+(?:số\s*:?\s*)?([^\s,]+)/iu.exec(caption);
        if (ref && !doc.number && /\d/.test(ref[2]!)) {
          doc.number = { raw: ref[2]!, serial: ref[2]!.split('/')[0]!.trim() || null, code: ref[2]!.split('/').slice(1).join('/') || null, line: l.line };
        }
        // The date of the instrument the plan is attached to is the plan's date, when it has none of its own.
        if (ref && !doc.date && !doc.wrapper?.date) doc.date = captionDate(caption.slice(ref.index), l.line);
        if (inTitle) titleDone = true;
        continue;
      }
      if (!seenTitle && hasTitle && mostlyUpper(t) && t.length < 120 && !g.basisVerb(t) && !mostlyDigits(t)) {
        issuer.push(l);
        this.place(l);
        continue;
      }
      if (inTitle && !titleDone) {
        const adjacent = titleLines.length > 0 && l.blockId === titleLines[titleLines.length - 1]!.blockId;
        const stylesMatch = titleLines.length > 0 && (l.bold || l.depth > 0 || mostlyUpper(t)) && (titleLines[0]!.bold || titleLines[0]!.depth > 0 || mostlyUpper(titleLines[0]!.text));
        // A line of the same block continues the title, unless the legal basis starts there: a
        // capitalised "Căn cứ …" / "Thực hiện …" with no blank line after the title, where the
        // title's last line does not call for more ("… của", "… và", "…,").
        const basisStarts = adjacent && g.basisVerb(t) !== null && /^\p{Lu}/u.test(t) && !/(,|(?:^|\s)(và|của|về|để|với|theo|tại|đến|cho|trong))\s*$/iu.test(titleLines[titleLines.length - 1]!.text);
        if (titleLines.length === 0 || (adjacent && !basisStarts) || (stylesMatch && !g.basisVerb(t))) {
          titleLines.push(l);
          this.place(l);
          continue;
        }
        titleDone = true;
      }
      const verb = g.basisVerb(t);
      if (verb) {
        // A basis paragraph hard-wrapped over lines (PDF text): "… ngày 17 tháng 11" / "năm 2020 của Quốc hội, …".
        let text = t;
        let last = l;
        while (i + 1 < lines.length && continuesBasis(text, lines[i + 1]!, last)) {
          last = lines[++i]!;
          this.place(last);
          text = `${text} ${last.text}`;
        }
        doc.legalBasis.push(...parseCitations(text, l.line, last.endLine));
        this.place(l);
        continue;
      }
      if (g.isStampResidue(t)) {
        doc.furniture.push({ text: t, line: l.line, kind: 'stamp' });
        this.place(l);
        continue;
      }
      doc.preamble.push({ text: t, line: l.line, endLine: l.endLine });
      this.place(l);
    }
    if (titleLines.length) {
      // The title's range starts at the "KẾ HOẠCH" line itself.
      doc.title = {
        text: clean(titleLines.map((x) => x.text).join(' ')),
        line: titleKeyword?.line ?? titleLines[0]!.line,
        endLine: titleLines[titleLines.length - 1]!.endLine,
      };
    }
    if (issuer.length && doc.wrapper && doc.issuer) {
      // The plan repeats the issuer of the decision that wraps it: kept as furniture.
      for (const x of issuer) doc.furniture.push({ text: clean(x.text), line: x.line, kind: 'other' });
    } else if (issuer.length) {
      doc.issuer = { text: issuer.map((x) => clean(x.text)).join(' / '), line: issuer[0]!.line, endLine: issuer[issuer.length - 1]!.endLine };
      for (const x of issuer) this.place(x);
    }
  }

  // ------------------------------------------------------------ body

  private parseBody(zone: LLine[], appendix: boolean): void {
    keepCellBreaksInTaskTables(zone);
    markRepeatedHeaders(zone, this.raw);
    markMarginOBullets(zone);
    const lines = this.joinLines(zone);
    this.stack = [];
    this.lastNode = null;
    let appendixRoot: PNode | null = null;
    let pendingTitle: { title: LLine[]; caption: LLine | null } | null = null;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const t = l.text;
      // An empty list item ("- " alone, as mammoth writes above a nested list; "\t\t- " is no rule): layout, no item.
      if (EMPTY_ITEM.test(t)) {
        this.doc.furniture.push({ text: t.trim(), line: l.line, kind: 'other' });
        this.place(l);
        continue;
      }
      if (this.bodyFurniture(l)) continue;
      if (l.noteMark) {
        this.addFootnote(l);
        continue;
      }
      if (this.unnumbered && !appendix && !appendixRoot && this.unnumberedHeading(lines, i)) continue;
      const cells = splitRow(t);
      const stacked = cells && !headerColumns(cells) ? stackedHeader(lines, i) : null;
      if (cells && (headerColumns(cells) || stacked)) {
        const boundary = (x: LLine) => g.isAppendixHead(x.text) || g.isRecipientsHead(x.text) || g.isSignerTitle(x.text) || /^ghi chú\s*:/iu.test(x.text.trim());
        const { table, end } = readTable(lines, i, (x) => isFurniture(x) || !!x.noteMark || x.text === '', stacked, boundary);
        // Lines skipped inside the table region (page numbers, footnotes) still need a home.
        for (let k = i + 1; k < end; k++) {
          const x = lines[k]!;
          if (!table.lines.includes(x.line)) {
            if (!this.bodyFurniture(x) && x.noteMark) this.addFootnote(x);
          }
        }
        this.addTable(table, pendingTitle, appendix || !!appendixRoot);
        pendingTitle = null;
        i = end - 1;
        continue;
      }
      if (g.isAppendixHead(t) || (mostlyUpper(t) && !g.parseMarker(t) && t.length < 150 && this.nextIsTableHeader(lines, i))) {
        pendingTitle = { title: [l], caption: null };
        this.place(l);
        // Title lines that follow (bold/upper, before the caption or table).
        while (i + 1 < lines.length) {
          const n = lines[i + 1]!;
          if (g.isCaption(n.text)) {
            pendingTitle.caption = n;
            this.place(n);
            i++;
            continue;
          }
          const nc = splitRow(n.text);
          if (nc || g.parseMarker(n.text) || isFurniture(n)) break;
          if (pendingTitle.caption || pendingTitle.title.length > 3) break;
          if (!(n.bold || n.depth > 0 || mostlyUpper(n.text, 0.6) || n.italic)) break;
          pendingTitle.title.push(n);
          this.place(n);
          i++;
        }
        if (appendix || g.isAppendixHead(t)) {
          // An appendix with no task table (a report outline) still gets an outline root.
          if (!this.nextIsTableHeader(lines, i)) {
            appendixRoot = this.pushRoot(pendingTitle, lines[i]!);
            pendingTitle = null;
          }
        }
        continue;
      }
      if (g.isCaption(t)) {
        this.doc.furniture.push({ text: t, line: l.line, kind: 'caption' });
        this.place(l);
        continue;
      }
      const labels = this.lastNode ? (g.itemLabels(t) ?? this.assignmentLine(t)) : null;
      if (labels && this.takeLabels(labels, l)) continue;
      if (!labels && this.lastNode && t.includes(':') && this.letteredFields(l)) continue;
      if (g.isRecipientsHead(t) || (g.isSignerTitle(t) && appendix)) {
        // A signature inside an appendix zone (appendix signed separately).
        this.doc.furniture.push({ text: t, line: l.line, kind: 'other' });
        this.place(l);
        continue;
      }
      if (/^ghi chu\s*:?\s*$/.test(fold(t))) {
        // "Ghi chú:" after a table: notes, never tasks.
        this.stack = [];
        this.addNode(l, null, false, appendix || !!appendixRoot, 'other');
        continue;
      }
      if (!appendix && !appendixRoot && g.isClosing(t) && !g.parseMarker(t)) {
        this.addNode(l, null, true);
        continue;
      }
      // A line that keeps its indentation (a tab-separated row that is no table: "\t\t…" from a
      // Word list) has its marker after it; tabs indent a line by 4 columns ("\t–\t…" under "–\t…:").
      const m = this.lowerRoman(g.parseMarker(t.charCodeAt(0) === 9 || t.charCodeAt(0) === 32 ? t.trimStart() : t)) ?? this.oBullet(lines, i);
      // "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …": a numbered closing remark.
      if (m && m.type !== 'bullet' && !appendix && !appendixRoot && g.isClosingItem(m.rest)) {
        this.addNode(l, m, true);
        continue;
      }
      if (!m && !appendix && !appendixRoot && this.stageHeading(lines, i)) continue;
      const content = m && m.type === 'bullet' ? this.contentField(m.rest) : null;
      if (content !== null) {
        // "3. Đăng ký, rà soát nguồn" / "- Nội dung: Rà soát, phúc tra …" / "- Cơ quan chủ trì: …": the
        // item's description, as an unmarked paragraph under its title (the title and it are one task).
        this.addNode({ ...l, text: content }, null, false, appendix || !!appendixRoot);
        continue;
      }
      const raw = this.raw[l.line - 1] ?? '';
      const tabbed = raw.charCodeAt(0) === 9 ? /^[ \t]*/.exec(raw)![0] : '';
      this.addNode(l, m, false, appendix || !!appendixRoot, null, tabbed ? tabbed.replace(/\t/g, '    ').length + 1 : l.column);
    }
  }

  /**
   * The text of a "Nội dung: …" field ("- Nội dung thực hiện: …") that describes the numbered item right
   * above it — its first line, before its "Cơ quan chủ trì:" and "Thời gian:" fields (a layout of commune
   * and ward plans, each task a title and its fields) — or null. The item is a title (no full stop) with
   * nothing under it yet.
   */
  private contentField(rest: string): string | null {
    if (rest.charCodeAt(0) !== 78 /* N */ && rest.charCodeAt(0) !== 110) return null;
    const m = /^nội dung(?:\s+(?:thực hiện|công việc|nhiệm vụ|hoạt động|chính|cụ thể))?\s*:\s*/iu.exec(rest);
    if (!m || m[0].length === rest.length) return null;
    const last = this.lastNode;
    if (!last || last.markerType === 'none' || last.markerType === 'bullet' || last.markerType === 'roman' || last.markerType === 'part') return null;
    if (last.children.length > 0 || last.closing || /[:;.!?]$/.test(last.text.trim()) || last !== this.stack[this.stack.length - 1]) return null;
    return rest.slice(m[0].length).trim();
  }

  /**
   * An unnumbered stage heading ("**Giai đoạn 1 (2026 – 2027)**", or a plain "Giai đoạn 2: từ năm 2028 đến
   * năm 2030" over a numbered item) opens a group of the items under it, as a numbered heading would
   * (its numbers may start again at 1 in each stage; the register gives the group's period to its items
   * that name no time of their own). The next stage closes it. Other lines: false.
   */
  private stageHeading(lines: LLine[], i: number): boolean {
    const l = lines[i]!;
    if (this.stack.length === 0 || !g.isStageTitle(l.text)) return false;
    if (!(l.bold || l.depth > 0 || mostlyUpper(l.text))) {
      let k = i + 1;
      while (k < lines.length && (lines[k]!.text === '' || isFurniture(lines[k]!))) k++;
      const next = k < lines.length ? g.parseMarker(lines[k]!.text) : null;
      if (!next || next.type === 'roman' || next.type === 'part' || next.type === 'article') return false;
    }
    const stage = [...this.stack].reverse().find((n) => n.marker && n.marker.raw === '' && n.marker.value.startsWith('GD'));
    let rank: number;
    if (stage) {
      rank = stage.rank;
    } else {
      // one level below the heading the stages start in (a section, or "1. Nhóm nhiệm vụ …" with no item yet)
      const outer = [...this.stack].reverse().find((n) => n.marker && n.markerType !== 'bullet' && !/[.;]$/.test(n.text) && !n.children.some((c) => c.marker));
      if (!outer) return false;
      rank = Math.max(2, outer.rank + 0.5);
    }
    while (this.stack.length && this.stack[this.stack.length - 1]!.rank >= rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const k = (parent ? parent.children : this.roots).filter((n) => n.marker?.raw === '' && n.marker.value.startsWith('GD')).length + 1;
    const m: g.Marker = { type: 'arabic', raw: '', value: `GD${k}`, ordinal: k, rest: l.text };
    this.addNode(l, m, false, false, null, l.column, rank);
    return true;
  }

  /**
   * Word's level-3 bullet "o" (a Courier New letter), as plain text keeps it: a lone "o", a tab or spaces,
   * then a capital, on a line indented by a tab or spaces as Word's lists are ("\t\to Trạm Y tế xã giám
   * sát …"), or at the margin after a heading, a finished sentence or another "o" (see marginOBullet). Never
   * the word "o" in prose (lower case after it, or inside a sentence). Other lines: null.
   */
  private oBullet(lines: LLine[], i: number): g.Marker | null {
    const t = lines[i]!.text.trimStart();
    if (t.charCodeAt(0) !== 111 /* o */) return null;
    const m = g.O_BULLET.exec(t);
    if (!m || !(/^(?=\t| {2})[ \t]+o[ \t]/.test(this.raw[lines[i]!.line - 1] ?? '') || (i > 0 && marginOBullet(lines[i - 1]!, lines[i]!)))) return null;
    return { type: 'bullet', raw: 'o', value: 'o', ordinal: null, rest: t.slice(m[0].length) };
  }

  /**
   * A letter "i.", "v.", "x." that numbers a lower-case roman list: "i." unless it follows "h." in a
   * letter list (a, b, …, h, i), "v." and "x." in an open roman list ("iv.", "ix." before them). Other
   * markers: as they are.
   */
  private lowerRoman(m: g.Marker | null): g.Marker | null {
    if (!m || m.type !== 'letter' || m.lowerRoman || (m.value !== 'i' && m.value !== 'v' && m.value !== 'x')) return m;
    const open = (test: (x: g.Marker) => boolean) => this.stack.some((n) => n.marker && n.markerType === 'letter' && test(n.marker));
    const roman = m.value === 'i' ? !open((x) => x.value === 'h' && !x.lowerRoman) : open((x) => !!x.lowerRoman);
    return roman ? { ...m, ordinal: m.value === 'i' ? 1 : m.value === 'v' ? 5 : 10, lowerRoman: true } : m;
  }

  /**
   * In a plan whose sections lost their numbers (see `unnumbered`), a section heading opens the next
   * section (ids I, II, III … by order, as the numbers would have given; the marker stays '' as
   * written), and a Markdown heading one level below the sections' a subsection of it (1, 2, 3 …).
   * Other lines: false.
   */
  private unnumberedHeading(lines: LLine[], i: number): boolean {
    const l = lines[i]!;
    const depth = this.unnumbered!.depth;
    const sub = depth > 0 && l.depth === depth + 1 && this.stack.length > 0;
    if (!sub && !unnumberedSectionTitle(lines, i, depth)) return false;
    if (g.parseMarker(l.text)) return false;
    const section = this.stack[0];
    const k = sub ? section!.children.filter(syntheticMarker).length + 1 : this.roots.filter(syntheticMarker).length + 1;
    const m: g.Marker = { type: sub ? 'arabic' : 'roman', raw: '', value: sub ? String(k) : toRoman(k), ordinal: k, rest: l.text };
    if (sub) this.stack = [section!];
    else this.stack = [];
    this.addNode(l, m, false, false, null, l.column, sub ? 2 : 1);
    return true;
  }

  private nextIsTableHeader(lines: LLine[], i: number): boolean {
    for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
      const n = lines[k]!;
      if (isFurniture(n)) continue;
      const c = splitRow(n.text);
      if (c && (headerColumns(c) || stackedHeader(lines, k))) return true;
      if (c && c.length === 0) continue;
      if (!g.isCaption(n.text) && !(n.bold || mostlyUpper(n.text, 0.6) || n.italic)) return false;
    }
    return false;
  }

  private pushRoot(title: { title: LLine[]; caption: LLine | null }, at: LLine): PNode {
    this.appendixCount++;
    const first = title.title[0]!;
    const node: PNode = {
      id: this.appendixCount === 1 ? 'PL' : `PL${this.appendixCount}`,
      marker: null,
      markerType: 'none',
      kind: 'section',
      level: 1,
      text: clean(title.title.map((x) => x.text).join(' ')),
      role: 'appendix',
      source: { line: first.line, column: first.column, endLine: Math.max(at.endLine, title.caption?.endLine ?? 0) },
      children: [],
      parent: null,
      refs: [],
      deadline: null,
      fields: {},
      closing: false,
      bold: first.bold,
      depth: first.depth,
      rank: -1,
      joinedAt: [],
    };
    this.roots.push(node);
    this.stack = [node];
    this.lastNode = node;
    return node;
  }

  /**
   * Attach a line of labelled fields to the item before it. A "Chủ trì:" / "Phối hợp:" whose value
   * names no unit ("- Chủ trì: tổ chức tập huấn …", a duty list under a unit heading) is not a
   * field: false, and the line is read as an item.
   */
  private takeLabels(read: g.ItemLabels, l: LLine): boolean {
    const labels = splitRoles(read);
    // The lead must name a unit; a support value only when it is the line's only unit field (a
    // support the directory does not know does not make "Chủ trì: Sở X; phối hợp: …" an item).
    if (labels.lead !== undefined && fieldUnits(labels.lead).length === 0) return false;
    if (labels.lead === undefined && labels.support !== undefined && fieldUnits(labels.support).length === 0) return false;
    const last = this.lastNode!;
    if (labels.deadline !== undefined) {
      const target = this.deadlineTarget();
      target.deadline = { text: labels.deadline, line: l.line, column: l.column };
      target.source.endLine = Math.max(target.source.endLine, l.endLine);
    }
    for (const k of ['lead', 'support', 'product'] as const) {
      const v = labels[k];
      if (v === undefined) continue;
      last.fields[k] = last.fields[k] ? `${last.fields[k]}; ${v}` : v;
    }
    last.source.endLine = Math.max(last.source.endLine, l.endLine);
    this.place(l);
    return true;
  }

  /**
   * Fields written as the lettered items of the item over them, as central plans describe a task
   * ("1. Tổ chức hội nghị quán triệt Luật" / "a) Cơ quan chủ trì: Bộ Y tế." / "b) Cơ quan phối hợp: …" /
   * "c) Thời gian thực hiện: Quý III/2027."; also after "a) Nội dung:" and its bullets): the item's
   * fields, no items of their own. A lettered time or product line is a field only after a unit field
   * of the same item. False (nothing changed) when the line is no such field.
   */
  private letteredFields(l: LLine): boolean {
    const m = g.parseMarker(l.text);
    if (m?.type !== 'letter' || m.lowerRoman || m.value.length > 1) return false;
    const read = g.itemLabels(m.rest);
    if (!read) return false;
    const rank = this.rankOf(m, l.bold || l.depth > 0, l.column);
    let k = this.stack.length - 1;
    while (k >= 0 && this.stack[k]!.rank >= rank) k--;
    const owner = this.stack[k];
    if (!owner || owner.rank < 1 || owner.markerType === 'bullet' || owner.markerType === 'none' || owner.markerType === 'part') return false;
    const hasUnits = read.lead !== undefined || read.support !== undefined;
    if (!hasUnits && owner.fields.lead === undefined && owner.fields.support === undefined) return false;
    const [stack, last] = [this.stack, this.lastNode];
    this.stack = stack.slice(0, k + 1);
    this.lastNode = owner;
    if (this.takeLabels(read, l)) return true;
    this.stack = stack;
    this.lastNode = last;
    return false;
  }

  /**
   * A paragraph of its own right after a numbered item that only says who does it and by when:
   * "Giao Văn phòng UBND tỉnh chủ trì, hoàn thành trong tháng 6/2027.", or with the unit first as commune
   * plans write it after an item that is a full sentence, "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy
   * ban MTTQ Việt Nam xã và các đoàn thể thực hiện. Thời gian: thường xuyên." — read as the item's fields. Nothing else may follow the
   * units but "(tổ chức) thực hiện" and a deadline: "Giao X chủ trì tổ chức …" is work of its own.
   */
  private assignmentLine(t: string): g.ItemLabels | null {
    const last = this.lastNode!;
    if (last.markerType === 'none' || last.markerType === 'bullet' || last.fields.lead !== undefined || last.children.length > 0) return null;
    if (t.length > 300 || !/chủ trì|thực hiện|tham mưu/iu.test(t)) return null;
    // (an item of its own is no field line: "c) Giao Sở Y tế thực hiện, phối hợp với Sở Tài chính.")
    if (g.parseMarker(t)) return null;
    const m = /^(?:giao\s+)?/iu.exec(t)!;
    // (the unit first only after a full sentence: under a title, "a) Kiểm tra an toàn …" / "Công an tỉnh
    // chủ trì, …", the line is the title's paragraph, see the register's withDetails)
    if (m[0] === '' && !/[.;]$/.test(last.text.trim())) return null;
    const lead = matchUnitAtStart(t.slice(m[0].length));
    if (!lead) return null;
    let rest = lead.rest;
    const role = /^\s*(?:chủ trì|thực hiện|tham mưu)(?:\s+thực hiện)?(?![\p{L}])/iu.exec(rest);
    if (!role) return null;
    rest = rest.slice(role[0].length);
    const out: g.ItemLabels = { lead: t.slice(m[0].length, t.length - lead.rest.length).trim() };
    const hop = /^\s*,?\s*(?:và\s+)?phối hợp\s+(?:với\s+)?/iu.exec(rest);
    if (hop) {
      const support = matchUnitAtStart(rest.slice(hop[0].length));
      if (!support) return null;
      out.support = rest.slice(hop[0].length, rest.length - support.rest.length).trim();
      rest = support.rest;
      // "… phối hợp với Y (tổ chức/triển khai) thực hiện"
      if (!role[0].includes('thực hiện')) rest = rest.replace(/^\s*(?:tổ chức\s+|triển khai\s+)?thực hiện(?![\p{L}])/iu, '');
    }
    rest = rest
      .replace(/^\s*[,;.]\s*/, '')
      .replace(/^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu, '')
      .replace(/[\s.;]+$/, '');
    if (rest !== '') {
      if (parseDeadline(rest, { year: null }).deadline.kind === 'unspecified') return null;
      out.deadline = rest;
    }
    return out;
  }

  /** The item a `Thời gian hoàn thành:` line belongs to: the last item, or its intro when it is a bullet of one. */
  private deadlineTarget(): PNode {
    const n = this.lastNode!;
    if (n.markerType === 'bullet' && n.parent && /:$/.test(n.parent.text) && n.parent.children.length > 1) return n.parent;
    return n;
  }

  private joinLines(zone: LLine[]): LLine[] {
    const out: LLine[] = [];
    let lastContent: Joiner | null = null;
    const width = wrapWidth(zone);
    let lastLength = 0; // of the last physical line joined into lastContent
    for (const src of zone) {
      const l = { ...src, lines: [...src.lines], refs: [...src.refs], joinedAt: [...src.joinedAt] };
      if (isFurniture(l)) {
        out.push(l);
        continue;
      }
      const prev = out[out.length - 1];
      if (prev && prev.noteMark && l.blockId === prev.blockId && !l.noteMark) {
        join(prev, l);
        continue;
      }
      if (l.noteMark) {
        out.push(l);
        continue;
      }
      if (lastContent) {
        const a = lastContent.line;
        const adjacent = l.blockId === a.blockId || l.line === a.endLine + 1;
        if (shouldJoin(lastContent.probe(), l, adjacent, width ? { width, lastLength } : null)) {
          lastLength = l.text.length;
          lastContent.add(l);
          continue;
        }
        lastContent.text();
      }
      out.push(l);
      lastContent = new Joiner(l);
      lastLength = l.text.length;
    }
    lastContent?.text();
    return out;
  }

  /** A plain numbered list was nested under a bold numbered heading (see rankOf). */
  private nestsUnderBold = false;

  private rankOf(m: g.Marker | null, bold = false, column = 1): number {
    if (!m) return 100;
    switch (m.type) {
      case 'part':
        return 0;
      case 'roman':
      case 'article':
        return 1;
      case 'arabic': {
        if (isWordItem(m)) {
          // "Nhiệm vụ 1:", "Giải pháp 2.": the level of such items already open, else one below an open
          // numbered item ("1. Nhóm nhiệm vụ …" over "Nhiệm vụ 1: …"), else the level of "1."
          const open = [...this.stack].reverse().find((n) => n.marker && isWordItem(n.marker));
          if (open) return open.rank;
          const item = [...this.stack].reverse().find((n) => n.markerType === 'arabic' || n.markerType === 'decimal');
          return item ? item.rank + 0.5 : 2;
        }
        // A plain numbered list under a bold numbered heading, its numbers starting again at 1
        // ("**1. Hoàn thiện thể chế**" then "1. Xây dựng Quy chế …", "2. Số hóa …"): a level below.
        if (bold) return 2;
        const styled = this.styledArabicRank(m);
        if (styled !== null) return styled;
        const nested = [...this.stack].reverse().find((n) => n.markerType === 'arabic' && n.rank === 2.5 && !isWordItem(n.marker!));
        if (nested) return 2.5;
        // (once a plan has nested so, its later lists under bold headings may go on numbering: 4, 5 …)
        const heading = [...this.stack].reverse().find((n) => n.markerType === 'arabic' && n.rank === 2);
        if ((heading?.bold || (heading?.depth ?? 0) > 0) && (m.value === '1' || this.nestsUnderBold)) {
          this.nestsUnderBold = true;
          return 2.5;
        }
        return 2;
      }
      case 'decimal':
        return 2 + m.value.split('.').length - 1;
      case 'letter': {
        if (m.lowerRoman) {
          // "i.", "ii.", "iii.": the level of the list already open, or one below the item it starts in
          const open = [...this.stack].reverse().find((n) => n.marker?.lowerRoman);
          if (open) return open.rank;
          const outer = [...this.stack].reverse().find((n) => n.markerType !== 'bullet' && n.markerType !== 'none' && n.markerType !== 'part' && n.rank >= 1);
          return outer ? outer.rank + 0.3 : 10;
        }
        // "a.1.", "a1)": sub-items of "a)"
        return m.value.length > 1 ? 11 : 10;
      }
      case 'bullet': {
        const top = this.stack[this.stack.length - 1];
        // Bullets indented under a bullet that introduces them ("- Xây dựng Nghị định (X chủ trì):" /
        // "    - Xây dựng dự thảo …"), written with the same marker: a level below.
        if (top && top.markerType === 'bullet' && column > (top.indent ?? top.source.column) + 1 && /:$/.test(top.text)) return top.rank + 1;
        const bullets = [...this.stack].reverse().filter((n) => n.markerType === 'bullet' && n.marker?.raw === m.raw);
        const same = bullets.find((n) => Math.abs((n.indent ?? n.source.column) - column) <= 1) ?? bullets[0];
        if (same) return same.rank;
        // Another bullet sign under a bullet nests ("- Tổ chức các hoạt động:" / "+ Hội thi …"), unless the
        // bullet above is a whole sentence at the same indent (Word's mixed signs "Ø …." then "• …").
        if (top && top.markerType === 'bullet') {
          const col = (n: PNode) => n.indent ?? n.source.column;
          // (back at the indent of a bullet above: that bullet's level)
          const outer = column < col(top) - 1 ? [...this.stack].reverse().find((n) => n.markerType === 'bullet' && Math.abs(col(n) - column) <= 1) : undefined;
          if (outer) return outer.rank;
          return /[.;]$/.test(top.text) && column <= col(top) + 1 ? top.rank : top.rank + 1;
        }
        return 20;
      }
      default:
        return 100;
    }
  }

  /**
   * A numbered list written in another style inside a numbered item, as Word nests its lists: "(1)",
   * "(2)" items in "1. Nhóm nhiệm vụ …" groups (or under "a)"), a "1)", "2)" list under "1." — a
   * level below the item it starts in, and its later items at the same level. Null: not such a list.
   */
  private styledArabicRank(m: g.Marker): number | null {
    const style = arabicStyle(m.raw);
    let outer: PNode | null = null;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const n = this.stack[k]!;
      if (n.markerType === 'arabic' && n.marker && !isWordItem(n.marker) && arabicStyle(n.marker.raw) === style) return n.rank > 2 && n.rank !== 2.5 ? n.rank : null;
      if (!outer && n.markerType !== 'bullet' && n.markerType !== 'none' && n.markerType !== 'part') outer = n;
    }
    if (!outer || outer.rank < 1) return null;
    // "(1)" nests under any marked item; "1)" only under a "1." item it starts (a plan may number its subsections "1)").
    if (style === '()') return outer.rank + 0.25;
    if (m.value === '1' && (outer.markerType === 'arabic' || outer.markerType === 'decimal') && arabicStyle(outer.marker!.raw) !== style) return outer.rank + 0.25;
    return null;
  }

  private addNode(l: LLine, m: g.Marker | null, closing: boolean, appendix = false, forceRole: SectionRole | null = null, column = l.column, fixedRank?: number): void {
    // (a Markdown heading is styled apart from the text as bold is)
    let rank = fixedRank ?? this.rankOf(m, l.bold || l.depth > 0, column);
    if (closing) {
      // Closing sentences belong to the top-level section they end.
      this.stack = this.stack.slice(0, 1);
    } else if (!m) {
      // An unmarked paragraph: a leaf under the nearest heading.
      while (this.stack.length) {
        const top = this.stack[this.stack.length - 1]!;
        if (top.rank < 0) break; // an appendix root holds everything up to the next one
        const leafSentence = top.markerType !== 'none' && top.markerType !== 'roman' && top.markerType !== 'part' && /[.;]$/.test(top.text) && top.text.length > 80 && top.children.length === 0;
        if (top.markerType === 'bullet' || top.markerType === 'none' || leafSentence) this.stack.pop();
        else break;
      }
    } else {
      while (this.stack.length && this.stack[this.stack.length - 1]!.rank >= rank) this.stack.pop();
    }
    const parent = this.stack[this.stack.length - 1] ?? null;
    const text = m ? m.rest.trim() : l.text;
    // A part whose title is on the next line ("**Phần thứ hai**" / "**NỘI DUNG**", "PHẦN I" / "MỤC ĐÍCH,
    // YÊU CẦU"): the title line is the part's text, and gives the part its role.
    if (!m && !closing && parent?.markerType === 'part' && parent.text === '' && parent.children.length === 0 && text.length < 150 && !/[.;:]$/.test(text) && (l.bold || l.depth > 0 || mostlyUpper(text))) {
      parent.text = text;
      if (!appendix && !forceRole && parent.role === 'other') parent.role = g.sectionRole(text) ?? 'other';
      parent.source.endLine = Math.max(parent.source.endLine, l.endLine);
      this.lastNode = parent;
      this.place(l);
      return;
    }
    const kind: OutlineKind = !m
      ? 'paragraph'
      : m.type === 'part'
        ? 'part'
        : m.type === 'roman' || m.type === 'article' || (!parent && m.type === 'arabic')
          ? 'section'
          : m.type === 'arabic'
            ? 'subsection'
            : m.type === 'bullet'
              ? 'bullet'
              : 'item';
    const siblings = parent ? parent.children : this.roots;
    const id = this.makeId(parent, m, siblings);
    let role: SectionRole | null = parent ? parent.role : appendix ? 'appendix' : (g.sectionRole(text) ?? 'other');
    if (parent && m && m.type !== 'bullet' && text.length < 80 && !/[.;]$/.test(text)) {
      const own = g.sectionRole(text);
      // Sections inside a part ("PHẦN THỨ HAI" › "II. NHIỆM VỤ, GIẢI PHÁP") have roles of their own.
      const inPart = parent.markerType === 'part' && (m.type === 'roman' || m.type === 'arabic');
      if (own && (inPart || own !== 'content') && own !== 'appendix' && role !== 'appendix') role = own;
    }
    if (closing) rank = 100;
    if (forceRole) {
      role = forceRole;
      rank = 1;
    }
    const node: PNode = {
      id,
      marker: m,
      markerType: m ? m.type : 'none',
      kind,
      level: this.stack.length + 1,
      text,
      role,
      source: range(l),
      children: [],
      parent,
      refs: [...l.refs],
      deadline: null,
      fields: {},
      closing,
      bold: l.bold,
      depth: l.depth,
      rank,
      joinedAt: l.joinedAt,
    };
    if (column !== l.column) node.indent = column;
    siblings.push(node);
    if (!closing) this.stack.push(node);
    this.lastNode = node;
    this.place(l);
  }

  private makeId(parent: PNode | null, m: g.Marker | null, siblings: PNode[]): string {
    const base = parent ? parent.id : '';
    let local: string;
    let sep = '.';
    if (!m) {
      local = `p${siblings.filter((s) => s.markerType === 'none').length + 1}`;
      sep = base ? '.' : '';
    } else if (m.type === 'bullet') {
      local = `${siblings.filter((s) => s.markerType === 'bullet').length + 1}`;
      sep = base ? '-' : '-';
    } else if (m.type === 'decimal') {
      const pv = parent?.marker && (parent.markerType === 'arabic' || parent.markerType === 'decimal') ? parent.marker.value : null;
      local = pv && m.value.startsWith(`${pv}.`) ? m.value.slice(pv.length + 1) : m.value;
    } else if (m.type === 'article') {
      local = `D${m.value}`;
    } else {
      local = m.value;
    }
    let id = base ? `${base}${sep}${local}` : sep === '-' ? `-${local}` : local;
    const taken = (x: string) => siblings.some((s) => s.id === x);
    if (taken(id)) {
      let k = 2;
      while (taken(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    return id;
  }

  private addTable(table: ParsedTable, title: { title: LLine[]; caption: LLine | null } | null, appendix: boolean): void {
    const n = this.tables.length + 1;
    const id = n === 1 ? 'DM' : `DM${n}`;
    const first = title?.title[0];
    const lastRowLine = Math.max(table.header.line, ...table.rows.map((r) => r.endLine), ...table.repeatedHeaderLines, ...table.groupLines);
    this.tables.push({
      id,
      title: title ? clean(title.title.map((x) => x.text).join(' ')) : null,
      caption: title?.caption ? clean(title.caption.text) : null,
      table,
      source: { line: first?.line ?? table.line, column: first?.column ?? 1, endLine: lastRowLine },
      role: appendix ? 'appendix' : (this.stack[0]?.role ?? null),
    });
    for (const ln of table.lines) this.placed.add(ln);
    for (const r of table.rows) for (const ln of r.lines) this.placed.add(ln);
  }

  private addFootnote(l: LLine): void {
    this.footnotes.push({ id: l.noteMark!, text: clean(l.text), citedBy: [], source: range(l) });
    this.place(l);
  }

  // ------------------------------------------------------------ closing

  private parseClosing(input: LLine[]): void {
    const doc = this.doc;
    let inRecipients = false;
    const titles: LLine[] = [];
    let name: LLine | null = null;
    // Two columns flattened with single spaces: a signer title glued at the end of a line of the
    // "Nơi nhận" column is read as its own line.
    const lines = input.flatMap((l) => {
      const cut = g.isSignerTitle(l.text) ? null : g.signerTitleTail(l.text);
      return cut ? [{ ...l, text: cut.head }, { ...l, text: cut.tail, column: l.column + l.text.lastIndexOf(cut.tail) }] : [l];
    });
    for (const l of lines) {
      const t = l.text;
      if (this.bodyFurniture(l)) continue;
      if (l.noteMark) {
        this.addFootnote(l);
        continue;
      }
      if (g.isRecipientsHead(t)) {
        inRecipients = true;
        const rest = t.replace(/^[^:]*:\s*/, '');
        doc.furniture.push({ text: t.replace(/:.*$/, ':'), line: l.line, kind: 'other' });
        if (rest && rest !== t) doc.recipients.push({ text: rest, line: l.line });
        this.place(l);
        continue;
      }
      // "- Lưu: VT, VP. | BỘ TRƯỞNG" (two columns flattened)
      const parts = t.split(/\s+\|\s+/);
      if (parts.length === 2 && g.isSignerTitle(parts[1]!)) {
        doc.recipients.push({ text: parts[0]!.replace(/^[-–•+]\s*/, ''), line: l.line });
        titles.push({ ...l, text: parts[1]! });
        this.place(l);
        continue;
      }
      if (g.isSignerTitle(t)) {
        // Upper-case lines under the name give the signer's own office ("PHÓ GIÁM ĐỐC SỞ …"):
        // the signing title is the one above the name.
        if (name && titles.length) doc.furniture.push({ text: t, line: l.line, kind: 'other' });
        else titles.push(l);
        this.place(l);
        continue;
      }
      if (inRecipients && (/^\s*[-–•+]/.test(t) || /;$/.test(t) || /^lưu\b/i.test(t))) {
        const prev = doc.recipients[doc.recipients.length - 1];
        if (prev && !/^\s*[-–•+]/.test(t) && /^\p{Ll}/u.test(t) && !/[;.:]$/.test(prev.text)) {
          // A recipient wrapped on two lines ("- Văn phòng Sở (… phương" / "tiện phục vụ …);").
          prev.text = `${prev.text} ${t}`;
          prev.endLine = l.endLine;
        } else doc.recipients.push({ text: t.replace(/^[-–•+]\s*/, '').trim(), line: l.line });
        this.place(l);
        continue;
      }
      if (g.isPersonName(t)) {
        name = l;
        this.place(l);
        continue;
      }
      if (g.isStampResidue(t) || (t.split(/\s+/).length === 1 && t.length < 20)) {
        doc.furniture.push({ text: t, line: l.line, kind: 'stamp' });
        this.place(l);
        continue;
      }
      if (inRecipients && !name) {
        doc.recipients.push({ text: t, line: l.line });
        this.place(l);
        continue;
      }
      if (name && titles.length && mostlyUpper(t) && t.length < 120) {
        doc.furniture.push({ text: t, line: l.line, kind: 'other' });
        this.place(l);
        continue;
      }
      this.unclassified.push({ text: t, line: l.line });
    }
    if (titles.length || name) {
      const firstLine = Math.min(...titles.map((x) => x.line), name?.line ?? Infinity);
      const signer: Signer = {
        title: titles.length ? titles.map((x) => clean(x.text)).join(' / ') : null,
        name: name ? clean(name.text) : null,
        line: firstLine,
        endLine: Math.max(...titles.map((x) => x.endLine), name?.endLine ?? 0),
      };
      doc.signer = signer;
    }
  }

  // ------------------------------------------------------------ finish

  private finishDocument(): void {
    const doc = this.doc;
    const sectionRoles = (r: PNode) => r.role === 'content' || r.role === 'organisation';
    const hasSections = this.roots.some((r) => sectionRoles(r) || (r.markerType === 'part' && r.children.some(sectionRoles)));
    const hasTitle = doc.title !== null;
    // A directive ("CHỈ THỊ") or a short plan may have no sections I–V: its duties are numbered 1, 2, 3 …
    const numbered = this.roots.filter((r) => r.markerType === 'arabic' || r.markerType === 'roman').length;
    // … and fewer items will do when the number says what the document is ("Số: 09/CT-UBND", "…/KH-SYT")
    const coded = /^(?:KH|CT|TB)(?:[-/]|$)/.test(doc.number?.code ?? '');
    const enough = numbered >= 3 || (coded && numbered >= 1);
    if (doc.kind !== 'decision') doc.kind = hasTitle && (hasSections || this.tables.length > 0 || enough) ? 'plan' : hasSections && this.roots.length >= 2 ? 'plan' : 'unknown';
    else if (!hasSections && this.tables.length === 0) doc.kind = 'unknown';
    // Plan period: "giai đoạn 2024 - 2025", "thời kỳ 2021-2030", else the year of the title or date.
    // Dates of cited documents ("Kết luận số 226-KL/TW ngày 11 tháng 12 năm 2025") are not the plan's period.
    const title = (doc.title?.text ?? '').replace(/ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm|\/\s*\d{1,2}\s*\/)\s*\d{4}/giu, '');
    const per = /(giai đoạn|thời kỳ|từ năm|năm)\s+(\d{4})\s*(?:-|–|—|đến(?: năm)?)\s*(\d{4})/iu.exec(title);
    if (per) doc.period = { start: Number(per[2]), end: Number(per[3]) };
    else {
      const y = /năm\s+(\d{4})\b/iu.exec(title);
      // "… những tháng cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ 2026": the period runs to the last year named.
      const later = [...title.slice(y ? y.index : 0).matchAll(/(?<![\d/])(20\d{2})(?![\d/])/g)].map((m) => Number(m[1]));
      if (y) doc.period = { start: Number(y[1]), end: Math.max(Number(y[1]), ...later.filter((n) => n - Number(y[1]) <= 5)) };
    }
    // A plan issued with a decision ("Ban hành kèm theo Quyết định …") carries the decision's date.
    if (!doc.date && doc.wrapper?.date) doc.date = { ...doc.wrapper.date };
    doc.year = doc.date?.year ?? doc.wrapper?.date?.year ?? doc.period?.start ?? null;
    // A plan for next year is issued late in the year before ("… năm 2026", signed 12/2025): its
    // year-less dates fall in the plan's year. A period further ahead ("lập quy hoạch thời kỳ
    // 2021-2030", signed 2019) is what the plan prepares for: its own work is dated from its issue.
    if (doc.period && doc.date?.year && doc.period.start === doc.date.year + 1) doc.year = doc.period.start;
  }
}

// ---------------------------------------------------------------- unnumbered sections

/** A list item with nothing after its marker ("-", "\t- ", "1."; not "1)", a page number). */
const EMPTY_ITEM = /^\s*(?:[-+*•]|\d{1,9}\.)\s*$/;

/** A node whose marker was made up for an unnumbered heading. */
const syntheticMarker = (n: PNode) => n.marker !== null && n.marker.raw === '';

/**
 * Line `i` is a section heading whose number is not written: a section's title (g.isSectionTitle)
 * set apart as a heading — a Markdown heading, or a line in capitals with no other line in capitals
 * right above or below it (a title or an issuer over several lines is no section) — that is no
 * table row, no plan title and no appendix head. `depth`: the depth of the plan's section headings,
 * when they are Markdown headings; any heading of that depth is then a section (0: no such rule).
 */
function unnumberedSectionTitle(lines: LLine[], i: number, depth = 0): boolean {
  const l = lines[i]!;
  const t = l.text;
  if (t.length > 100 || t.includes('\t') || t.includes('|') || g.isPlanTitle(t) || g.isAppendixHead(t) || g.isRecipientsHead(t)) return false;
  if (depth > 0 && l.depth === depth) return !g.isSignerTitle(t);
  if (!g.isSectionTitle(t)) return false;
  if (l.depth > 0) return true;
  if (!mostlyUpper(t)) return false;
  const near = (x: LLine | undefined) => x !== undefined && (x.endLine === l.line - 1 || x.line === l.endLine + 1) && mostlyUpper(x.text);
  return !near(lines[i - 1]) && !near(lines[i + 1]);
}

/** Some line from `from` on is a numbered section ("II. NỘI DUNG", "PHẦN I"): the plan numbers its sections. */
function numbersSections(lines: LLine[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const m = g.parseMarker(lines[k]!.text);
    if (m && (m.type === 'roman' || m.type === 'part')) return true;
  }
  return false;
}

// ---------------------------------------------------------------- header lines

/**
 * Where the plan's own header starts when a decision wraps the plan: the plan may repeat its
 * issuer, motto, number and date just above "KẾ HOẠCH" (after the decision's signature). Walks
 * back from the title over such lines; a person's name or a signer's title ("BỘ TRƯỞNG",
 * "KT. CHỦ TỊCH") ends the decision.
 */
function planHeaderStart(L: LLine[], decisionIdx: number, titleIdx: number): number {
  let start = titleIdx;
  for (let i = titleIdx - 1; i > decisionIdx; i--) {
    const t = L[i]!.text;
    const issuerLike = mostlyUpper(t) && t.length < 120 && !g.parseMarker(t) && !g.isDecisionTitle(t) && !g.isPersonalSignerTitle(t);
    if (!(isFurniture(L[i]!) || g.isMotto(t) || parseNumberLine(t, 0) || parseDateLine(t, 0) || issuerLike)) break;
    start = i;
  }
  return start;
}

const SLOGAN_AT_END = /^(.*?)\s*\|?\s*(Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh [Pp]húc)\s*$/u;
/** An issuer line that ends naming an instrument: "THEO QUYẾT ĐỊNH", "… KẾ HOẠCH". */
const NAMES_INSTRUMENT = /(QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|CHỈ THỊ)\s*$/u;
const MOTTO_IN_LINE = /(.*?)\s*\|?\s*(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM)/u;

const LAT = LATIN_LETTER;
// "Số: 12/KH-UBND"; Party documents join the serial with a hyphen and write no colon: "Số 118-KH/TU".
const NUMBER = new RegExp(`^(?:số|so)\\s*:?\\s*([0-9A-Za-z.]*)\\s*(?:\\/|-(?=[${LAT}]+\\/))\\s*([${LAT}\\d][${LAT}\\d.-]*(?:\\/[${LAT}\\d.-]+)*)`, 'iu');

/** More digits than letters: a telephone or fax line ("ĐT: 024 3823 4567"), never an issuer's name. */
function mostlyDigits(t: string): boolean {
  let letters = 0;
  let digits = 0;
  for (const ch of t) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch.toLowerCase() !== ch.toUpperCase()) letters++;
  }
  return digits > letters;
}

/** The way an arabic item number is written: "1." → ".", "1)" → ")", "(1)" → "()", "1/" → "/", "1-" → "-". */
/** An item headed by the word it numbers ("Nhiệm vụ 1:", "Giải pháp thứ hai."). */
function isWordItem(m: g.Marker): boolean {
  return m.type === 'arabic' && m.raw.charCodeAt(0) > 0x40;
}

function arabicStyle(raw: string): string {
  return raw.startsWith('(') ? '()' : raw.slice(-1);
}

export function parseNumberLine(text: string, line: number): PlanNumber | null {
  const t = text.replace(/\s+\|\s+.*$/, '').trim();
  const m = NUMBER.exec(t);
  if (!m) {
    if (/^(số|so)\s*:\s*$/iu.test(t)) return { raw: t, serial: null, code: null, line };
    return null;
  }
  const rawEnd = m.index + m[0].length;
  return { raw: t.slice(0, rawEnd).trim(), serial: m[1] ? m[1] : null, code: m[2] ?? null, line };
}

const DATE = new RegExp(`(?:^|\\|\\s*|\\s)([${LAT}][${LAT}.' ]{0,40}?)?\\s*,?\\s*ngày\\s*(\\d{1,2})?\\s*(?:\\/|tháng)\\s*(\\d{1,2})?\\s*(?:\\/|năm)\\s*(\\d{4})`, 'iu');
/** The document code before a place name on the date line ("…/KH-UBND  Hà Nội, ngày …"). */
const CODE_BEFORE_PLACE = new RegExp(`^.*(KH-[${LAT}]+|\\/[${LAT}-]+)\\s+`, 'u');

/** Does `next` go on with a basis paragraph whose text so far is `text` (its last line `last`)? */
function continuesBasis(text: string, next: LLine, last: LLine): boolean {
  if (next.noteMark || next.line > last.endLine + 1 || next.blockId !== last.blockId) return false;
  const n = next.text;
  if (g.basisVerb(n) || g.parseMarker(n) || g.isCaption(n) || g.isPlanTitle(n) || mostlyUpper(n)) return false;
  return /^\p{Ll}/u.test(n) || !/[;.:]\s*$/.test(text);
}

/** The date in "… số 1422/QĐ-TTg ngày 19 tháng 11 năm 2024 …" / "… ngày 19/11/2024 …" (no place), or null. */
function captionDate(text: string, line: number): PlanDate | null {
  const m = /ngày\s*(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*|[/.-]\s*(\d{1,2})\s*[/.-]\s*)(\d{4})/iu.exec(text);
  return m ? planDate(m[0], null, Number(m[1]), Number(m[2] ?? m[3]), Number(m[4]), line) : null;
}

/** A PlanDate from its parts: the day kept when it exists in that month, `iso` when all three are known and valid. */
function planDate(raw: string, place: string | null, day: number | null, month: number | null, year: number, line: number): PlanDate {
  const validDay = day !== null && month !== null && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const validMonth = month !== null && month >= 1 && month <= 12;
  const iso = validDay && validMonth ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  return { raw, place, year, month: validMonth ? month : null, day: validDay ? day : null, iso, line };
}

export function parseDateLine(text: string, line: number): PlanDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  // Exclude citations ("Quyết định số … ngày 27/12/2018"): the place-date line starts with a place name.
  const before = text.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  const cell = (before + (m[1] ?? '')).split('|').pop()!;
  if (/(quyết định|kế hoạch|nghị quyết|nghị định|thông tư|công văn|chỉ thị|kết luận|văn bản|hướng dẫn)/iu.test(cell)) return null;
  if (/số\s+\d/iu.test(cell) && !/^\s*số\s*:/iu.test(cell)) return null;
  const place = m[1] ? m[1].replace(CODE_BEFORE_PLACE, '').replace(/^.*\|\s*/, '').trim() : null;
  return planDate(text.slice(text.indexOf(m[1] ?? 'ngày')).trim(), place || null, m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null, Number(m[4]), line);
}

export type { Citation };

/**
 * A lead field that names both roles, as a table cell does ("Đơn vị thực hiện: Sở Văn hóa và Thể thao
 * chủ trì; Sở Giáo dục và Đào tạo phối hợp", "X (chủ trì), Y (phối hợp)", "X chủ trì, phối hợp với Y"):
 * split like the cell, its support added to the line's own "phối hợp:" field.
 */
function splitRoles(labels: g.ItemLabels): g.ItemLabels {
  const lead = labels.lead;
  if (lead === undefined || !/chủ trì|phối hợp/iu.test(lead)) return labels;
  const split = splitUnitCell(lead);
  if (!split || !split.lead || !split.support) return labels;
  return { ...labels, lead: split.lead, support: [split.support, labels.support].filter(Boolean).join('; ') };
}
