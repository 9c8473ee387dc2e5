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
// and the same table drawn with box characters, as text exporters and e-mail clients print a Word
// table (┌ ─ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘, double ═ ║ ╔ ╦ ╗ ╠ ╬ ╣ ╚ ╩ ╝ ╞ ╪ ╡ ╟ ╫ ╢, heavy ━ ┃ ┏ ┳ ┓ ┣ ╋ ┫ ┗ ┻ ┛):
// `boxAsGrid` redraws those lines with + - = | in place, character for character, so that lines and
// columns stay those of the source.
//
// The border lines give the columns exactly; the lines between two borders are one row, each cell
// the lines of its column. A row whose cells are merged across columns (a group row "I  CÔNG TÁC
// CHỈ ĐẠO" spanning the table, "┴" above it and "┬" below) has fewer "|" than the table: its text
// goes to the first column of each merged span. Where rows are not separated by a border, a new
// row number in the TT column starts a row. Each table becomes tab-separated logical lines
// (header, then one line per row) that `readTable` reads like any other table; a line break inside
// a cell is kept as CELL_BREAK.

import { stripAttributes } from './flatten.js';
import { spliceTables, tableRowLine, type LLine } from './repair.js';
import { columnRole, headerColumns, joinCellLines } from './table.js';

/** A border line: "+---+---+", "+===+===+", "+:---+---:+". */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Box-drawing characters (U+2500–U+257F). */
const BOX_ANY = /[\u2500-\u257f]/;
/** A line of a table drawn with box characters: it starts and ends with one (a tree "├── Sở Y tế" does not). */
const BOX_LINE = /^[ \t]*[\u2500-\u257f].*[\u2500-\u257f][ \t]*$/gm;
/** Vertical lines (light, heavy, double, dashed, half). */
const BOX_VERTICAL = new Set('│┃║╎╏┆┇┊┋╵╷╹╻╽╿');
/** Horizontal lines (light, heavy, dashed, half); the double ═ is "=". */
const BOX_HORIZONTAL = new Set('─━┄┅┈┉╌╍╴╶╸╺╼╾');

function boxChar(ch: string): string {
  if (BOX_VERTICAL.has(ch)) return '|';
  if (BOX_HORIZONTAL.has(ch)) return '-';
  return ch === '═' ? '=' : '+'; // corners, tees and crosses
}

/**
 * The text with the lines of box-drawn tables redrawn as a grid table ("┌──┬──┐" → "+--+--+",
 * "│ 1 │ …" → "| 1 | …"), each character in its place; the same text when it has no box character.
 */
export function boxAsGrid(text: string): string {
  return BOX_ANY.test(text) ? redrawBoxLines(text) : text;
}

/** The lines of a text, those of box-drawn tables redrawn as a grid table (see boxAsGrid); the same array when none is. */
export function boxAsGridLines(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => BOX_ANY.test(l))) return lines;
  return lines.map((l) => (BOX_ANY.test(l) ? redrawBoxLines(l) : l));
}

/** Every line of `text` drawn with box characters (BOX_LINE), each character redrawn in its place. */
function redrawBoxLines(text: string): string {
  return text.replace(BOX_LINE, (line) => line.replace(/[\u2500-\u257f]/g, boxChar));
}

/** A grid table's border line: "+----+----+", "+====+====+". */
export function isGridBorder(line: string): boolean {
  return line.includes('+') && BORDER.test(line);
}

/** A row number in the TT column: "1", "1.2", "II", "B." (a new row where no border separates rows). */
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[A-DĐ])\.?$/;

/** Inline Markdown a cell may carry: bold and italic markers, escaped characters, pandoc spans. */
export function cellMarkup(s: string): string {
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
  if (bounds.length < 3) return null; // two columns at least
  const n = bounds.length - 1;
  const cellsOf = (line: string): string[] | null => {
    if (line.trim()[0] !== '|') return null;
    // The line's own "|" (a combining accent, as in decomposed Vietnamese, takes no column).
    const pipes: { k: number; col: number }[] = [];
    let col = 0;
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c >= 0x300 && c <= 0x36f) continue;
      if (c === 0x7c && line[k - 1] !== '\\') pipes.push({ k, col });
      col++;
    }
    const out: string[] = Array.from({ length: n }, () => '');
    const put = (c: number, from: number, to: number) => {
      if (c < n) out[c] = line.slice(from, to).trim();
    };
    if (pipes.length === n + 1) {
      // One "|" per boundary (where the text is wider or narrower than the border, too).
      pipes.forEach((p, j) => j < n && put(j, p.k + 1, pipes[j + 1]!.k));
    } else if (pipes.length > 1 && pipes[0]!.col === bounds[0] && pipes.length <= n) {
      // Cells merged across columns: each "|" is on the boundary nearest to it (the last one closes
      // the row), each cell goes to the first column of its span.
      let prev = 0;
      const cols = pipes.map((p, j) => {
        if (j === 0) return 0;
        if (j === pipes.length - 1 && Math.abs(p.col - bounds[n]!) <= 2) return (prev = n);
        let c = prev + 1;
        while (c < n && Math.abs(bounds[c + 1]! - p.col) < Math.abs(bounds[c]! - p.col)) c++;
        return (prev = c);
      });
      pipes.forEach((p, j) => put(cols[j]!, p.k + 1, pipes[j + 1]?.k ?? line.length));
    } else {
      for (let c = 0; c < n; c++) out[c] = line.slice(bounds[c]! + 1, bounds[c + 1]!).replace(/\|\s*$/, '').trim();
    }
    return out;
  };
  /** A row: its source lines and, for each, its cells (inline markup dropped). */
  interface Row {
    lines: number[];
    cells: string[][];
  }
  const rows: Row[] = [];
  let cur: Row | null = null;
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
    cur ??= { lines: [], cells: [] };
    cur.lines.push(r + 1);
    cur.cells.push(cells.map((c) => (c === '' ? '' : cellMarkup(c))));
  }
  if (rows.length < 2) return null;
  // Without a "+===+" line the first row is the header (a "═" bottom border marks no header).
  if (headerRows === 0 || headerRows === rows.length) headerRows = 1;
  /** Each column's lines in some rows. */
  const columnLines = (rs: Row[]) => bounds.slice(1).map((_, k) => rs.flatMap((row) => row.cells.flatMap((c) => (c[k] ? [c[k]!] : []))));
  const head = rows.slice(0, headerRows);
  const headCells = columnLines(head).map((c) => c.join(' '));
  // Two columns: only a task table ("Đơn vị | Nhiệm vụ"), not a frame around two blocks of text.
  if (n < 3 && !headerColumns(headCells)) return null;
  // Rows not separated by a border: each row number in the TT column starts a row.
  const body: Row[] = [];
  const tt = columnRole(headCells[0]!) === 'tt';
  for (const row of rows.slice(headerRows)) {
    const numbered = tt ? row.cells.flatMap((c, j) => (ROW_NUMBER.test(c[0]!) ? [j] : [])) : [];
    if (numbered.length < 2 || numbered[0] !== 0) {
      body.push(row);
      continue;
    }
    numbered.forEach((from, m) => {
      const to = numbered[m + 1] ?? row.lines.length;
      body.push({ lines: row.lines.slice(from, to), cells: row.cells.slice(from, to) });
    });
  }
  const out: LLine[] = [];
  out.push(tableRowLine(headCells, i + 1, [i + 1, ...head.flatMap((h) => h.lines)]));
  for (const row of body) {
    out.push(tableRowLine(columnLines([row]).map(joinCellLines), row.lines[0]!, row.lines));
  }
  return { first: i + 1, last: last + 1, lines: out };
}

/**
 * A frame of one column around text (a note drawn in a box): its lines as the text they frame, each
 * from the line the source gives (`at`), the "|" on either side dropped; null when raw line `i`
 * (0-based) is no such frame's top border.
 */
function readFrame(raw: readonly string[], i: number, at: (ln: number) => LLine | undefined): { first: number; last: number; lines: LLine[]; frame: true } | null {
  const top = raw[i]!;
  const left = top.indexOf('+');
  const right = top.indexOf('+', left + 1);
  if (right < 0 || top.indexOf('+', right + 1) >= 0) return null;
  const first = at(i + 1);
  if (!first) return null;
  // (the borders stay the lines they are: rules)
  const lines: LLine[] = [first];
  for (let r = i + 1; r < raw.length; r++) {
    const line = raw[r]!;
    const l = at(r + 1);
    if (BORDER.test(line)) return lines.length > 1 && l ? { first: i + 1, last: r + 1, lines: [...lines, l], frame: true } : null;
    const m = /^(\s*)\|(.*?)\|?\s*$/.exec(line);
    if (!m || !l) return null;
    const text = cellMarkup(m[2]!).replace(/\s+/g, ' ').trim();
    if (text) lines.push({ ...l, text, column: line.indexOf(text[0]!, m[1]!.length + 1) + 1, lines: [...l.lines] });
  }
  return null;
}

/**
 * Replaces the lines of every grid table by the table's logical lines (border lines are placed with
 * the row after them), and the lines of a one-column frame by the text they frame. `raw` is the
 * source split into lines (box-drawn tables redrawn, see boxAsGrid).
 */
export function readGridTables(all: LLine[], raw: readonly string[]): LLine[] {
  const top = (r: readonly string[], i: number) => BORDER.test(r[i]!) && !(i > 0 && BORDER.test(r[i - 1]!));
  return spliceTables(all, raw, top, (r, i, base) => {
    const t = readGrid(r, i) ?? readFrame(r, i, (ln) => base.find((l) => l.line === ln));
    if (t && !('frame' in t)) {
      // Border lines belong to the table: give them to its header line so that they are placed.
      const covered = new Set(t.lines.flatMap((l) => l.lines));
      const borders: number[] = [];
      for (let ln = t.first; ln <= t.last; ln++) if (!covered.has(ln)) borders.push(ln);
      t.lines[0]!.lines.push(...borders);
      t.lines[0]!.lines.sort((a, b) => a - b);
    }
    return t;
  });
}
