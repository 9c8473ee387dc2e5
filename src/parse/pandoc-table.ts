// Pandoc's simple and multiline tables (`pandoc -t markdown` of a Word table):
//
//   -----------------------------------------------------------------
//   **TT**  **Nhiệm vụ**             **Cơ quan chủ **Cơ quan phối
//                                    trì**         hợp**
//   ------- ------------------------ ------------- ---------------
//   **I**   **Hoàn thiện cơ chế,
//           chính sách**
//
//   1       Rà soát, đề xuất sửa đổi Sở Công       Ban Quản lý Khu
//           Quy chế phối hợp quản lý Thương        kinh tế cửa
//           hoạt động xuất nhập khẩu               khẩu Đồng Đăng
//                                                  - Lạng Sơn
//   -----------------------------------------------------------------
//
// The dashed line under the header gives the columns exactly: one run of dashes per column, a
// space or more between them. A cell that fills its column is one space from the next one
// ("Rà soát, đề xuất sửa đổi Sở Công"), so the lines are cut where the columns start, not at runs
// of spaces. A multiline table starts and ends with a line of dashes across the table; its rows
// are apart by blank lines, each cell wrapped over the lines of its row (a bold row, a group row
// "I  Hoàn thiện …" wrapped over two lines, a unit wrapped before " - Lạng Sơn" are read like any
// other). A simple table has no line above its header and one line per row; it ends at a blank
// line. Inline markup in the cells (bold, italics, escapes, pandoc spans) is dropped. Each table
// becomes tab-separated logical lines (header, then one line per row) that `readTable` reads like
// any other table; a line break inside a cell is kept as CELL_BREAK. Tables whose header does not
// name task columns (the layout table around the issuer and the motto) are left as they are.

import { cellMarkup } from './grid-table.js';
import { spliceTables, tableRowLine, type LLine } from './repair.js';
import { headerColumns, joinCellLines } from './table.js';

/** The line under the header: runs of dashes apart by spaces, two columns at least. */
const COLUMN_RULE = /^ *-{2,}(?: +-{2,})+ *$/;
/** The line of dashes across a multiline table, above its header and under its last row. */
const FULL_RULE = /^ *-{3,} *$/;
/** A row number in the TT column (rows not apart by a blank line: each number starts a row). */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[A-DĐ])\.?$/;

const blank = (s: string) => s.trim() === '';

interface PandocTable {
  /** 1-based source lines replaced by the table's logical lines. */
  first: number;
  last: number;
  lines: LLine[];
}

/** Reads the table whose dashed column rule is raw line `s` (0-based); null when it is none (or no task table). */
function readPandocTable(raw: readonly string[], s: number): PandocTable | null {
  const rule = raw[s]!;
  const cols: { s: number; e: number }[] = [];
  for (const m of rule.matchAll(/-+/g)) cols.push({ s: m.index, e: m.index + m[0].length });
  // The header: the lines right above the rule, under the line of dashes of a multiline table.
  let h = s;
  while (h > 0 && s - h < 6 && !blank(raw[h - 1]!) && !FULL_RULE.test(raw[h - 1]!)) h--;
  if (h === s) return null; // no header (a headerless table, or the header layout table's bottom line)
  const multiline = h > 0 && FULL_RULE.test(raw[h - 1]!);
  if (!multiline && h > 0 && !blank(raw[h - 1]!)) return null;
  const cellsOf = (line: string): string[] => {
    const out: string[] = [];
    for (let k = 0; k < cols.length; k++) {
      let from = k === 0 ? 0 : cutAt(line, cols[k]!.s, cols[k - 1]!.e);
      const to = k + 1 < cols.length ? cutAt(line, cols[k + 1]!.s, cols[k]!.e) : line.length;
      if (from > to) from = to;
      out.push(cellMarkup(line.slice(from, to)).trim());
    }
    return out;
  };
  // Rows: the blocks of lines apart by blank lines up to the closing line of dashes (multiline), or
  // every line up to a blank line (simple).
  const blocks: number[][] = [];
  let last = s;
  let closed = false;
  for (let r = s + 1; r < raw.length; r++) {
    const line = raw[r]!;
    if (FULL_RULE.test(line) || COLUMN_RULE.test(line)) {
      last = r;
      closed = true;
      break;
    }
    if (blank(line)) {
      if (!multiline) break;
      continue;
    }
    // A line starting left of the table's first column is text after it.
    if (line.search(/\S/) < cols[0]!.s) {
      if (multiline) return null;
      break;
    }
    const prev = blocks[blocks.length - 1];
    if (multiline && prev && prev[prev.length - 1] === r) prev.push(r + 1);
    else blocks.push([r + 1]);
    last = r;
  }
  if (multiline && !closed) return null;
  if (blocks.length === 0) return null;
  const headLines: number[] = [];
  for (let r = h; r < s; r++) headLines.push(r + 1);
  const headParts = cols.map(() => [] as string[]);
  for (const ln of headLines) cellsOf(raw[ln - 1]!).forEach((c, k) => c && headParts[k]!.push(c));
  const head = headParts.map((p) => p.join(' '));
  const columns = headerColumns(head);
  if (!columns) return null;
  const tt = columns[0]!.role === 'tt';
  const out: LLine[] = [];
  const furniture = [...(multiline ? [h] : []), s + 1, ...(closed ? [last + 1] : [])];
  out.push(tableRowLine(head, headLines[0]!, [...headLines, ...furniture].sort((a, b) => a - b), { column: cols[0]!.s + 1 }));
  for (const block of blocks) {
    const cells = block.map((ln) => cellsOf(raw[ln - 1]!));
    // (a block of several rows, not apart by blank lines: each row number starts one)
    const starts = tt && ROW_NUMBER.test(cells[0]![0]!) ? cells.flatMap((c, j) => (ROW_NUMBER.test(c[0]!) ? [j] : [])) : [0];
    starts.forEach((from, m) => {
      const to = starts[m + 1] ?? block.length;
      const parts = cols.map((_, k) => cells.slice(from, to).flatMap((c) => (c[k] ? [c[k]!] : [])));
      out.push(tableRowLine(parts.map(joinCellLines), block[from]!, block.slice(from, to), { column: 1 }));
    });
  }
  return { first: multiline ? h : h + 1, last: last + 1, lines: out };
}

/**
 * Where a line is cut at the start of a column (`at`): there, unless a word runs across it; then
 * where that word starts when it starts past the end of the column before (`prevEnd`, the gap
 * between the two), else where it ends.
 */
function cutAt(line: string, at: number, prevEnd: number): number {
  if (at >= line.length || line[at - 1] === ' ' || line[at] === ' ' || at === 0) return Math.min(at, line.length);
  let a = at;
  while (a > 0 && line[a - 1] !== ' ') a--;
  if (a >= prevEnd) return a;
  let b = at;
  while (b < line.length && line[b] !== ' ') b++;
  return b;
}

/**
 * Replaces the lines of every pandoc simple or multiline task table by the table's logical lines.
 * `raw` is the source split into lines.
 */
export function readPandocTables(all: LLine[], raw: readonly string[]): LLine[] {
  return spliceTables(all, raw, columnRule, readPandocTable);
}

/** A dashed column rule at raw line `i` (cheap test first: the line starts with a dash after its indent). */
function columnRule(raw: readonly string[], i: number): boolean {
  const line = raw[i]!;
  let k = 0;
  while (line.charCodeAt(k) === 0x20) k++;
  return line.charCodeAt(k) === 0x2d && line.length >= 5 && COLUMN_RULE.test(line);
}
