// Grid tables, as pandoc writes a Word table whose cells hold several lines:
//
//   +----+----------------------------+---------------+
//   | TT | Nội dung                   | Cơ quan chủ   |
//   |    |                            | trì           |
//   +====+============================+===============+
//   | 1  | Rà soát, chuẩn hóa dữ liệu | Công an xã    |
//   |    | dân cư                     |               |
//   +----+----------------------------+---------------+
//
// The border lines give the columns exactly; the lines between two borders are one row, each cell
// the lines of its column. Each table becomes tab-separated logical lines (header, then one line per
// row) that `readTable` reads like any other table; a line break inside a cell is kept as CELL_BREAK.

import { stripAttributes } from './flatten.js';
import { tableRowLine, type LLine } from './repair.js';
import { CELL_BREAK } from './table.js';

/** A border line: "+---+---+", "+===+===+", "+:---+---:+". */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Inline Markdown a cell may carry: bold and italic markers, escaped characters, pandoc spans. */
function cellMarkup(s: string): string {
  return stripAttributes(s)
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|$)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/** Reads the grid table whose top border is raw line `i` (0-based); null when it is not one. */
function readGrid(raw: readonly string[], i: number): { first: number; last: number; lines: LLine[] } | null {
  const top = raw[i]!;
  const indent = top.search(/\S/);
  // Column boundaries: the '+' of the top border.
  const bounds: number[] = [];
  for (let k = indent; k < top.length; k++) if (top[k] === '+') bounds.push(k);
  if (bounds.length < 4) return null; // three columns at least
  const cellsOf = (line: string): string[] | null => {
    if (line.trim()[0] !== '|') return null;
    const out: string[] = [];
    for (let c = 0; c + 1 < bounds.length; c++) out.push(line.slice(bounds[c]! + 1, bounds[c + 1]!).replace(/\|\s*$/, '').trim());
    return out;
  };
  const rows: { lines: number[]; parts: string[][] }[] = [];
  let cur: { lines: number[]; parts: string[][] } | null = null;
  let headerRows = 0;
  let last = i;
  for (let r = i + 1; r < raw.length; r++) {
    const line = raw[r]!;
    if (BORDER.test(line)) {
      if (cur) rows.push(cur);
      cur = null;
      if (line.includes('=') && headerRows === 0) headerRows = rows.length;
      last = r;
      continue;
    }
    const cells = cellsOf(line);
    if (!cells) break;
    cur ??= { lines: [], parts: bounds.slice(1).map(() => []) };
    cur.lines.push(r + 1);
    cells.forEach((c, k) => {
      if (c !== '') cur!.parts[k]!.push(cellMarkup(c));
    });
  }
  if (rows.length < 2) return null;
  // Without a "+===+" line the first row is the header.
  if (headerRows === 0) headerRows = 1;
  const out: LLine[] = [];
  const head = rows.slice(0, headerRows);
  out.push(tableRowLine(bounds.slice(1).map((_, k) => head.flatMap((h) => h.parts[k]!).join(' ')), i + 1, [i + 1, ...head.flatMap((h) => h.lines)]));
  for (const row of rows.slice(headerRows)) {
    out.push(tableRowLine(row.parts.map((p) => p.join(CELL_BREAK)), row.lines[0]!, row.lines));
  }
  return { first: i + 1, last: last + 1, lines: out };
}

/**
 * Replaces the lines of every grid table by the table's logical lines (border lines are placed with
 * the row after them). `raw` is the source split into lines.
 */
export function readGridTables(all: LLine[], raw: readonly string[]): LLine[] {
  let out: LLine[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    if (!BORDER.test(raw[i]!) || (i > 0 && BORDER.test(raw[i - 1]!))) continue;
    const t = readGrid(raw, i);
    if (!t) continue;
    const base: LLine[] = out ?? all;
    // Border lines belong to the table: give them to its header line so that they are placed.
    const covered = new Set(t.lines.flatMap((l) => l.lines));
    const borders: number[] = [];
    for (let ln = t.first; ln <= t.last; ln++) if (!covered.has(ln)) borders.push(ln);
    t.lines[0]!.lines.push(...borders);
    t.lines[0]!.lines.sort((a, b) => a - b);
    out = [...base.filter((l) => l.line < t.first), ...t.lines, ...base.filter((l) => l.line > t.last)];
    i = t.last - 1;
  }
  return out ?? all;
}
