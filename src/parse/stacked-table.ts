// Task tables printed one cell per line, as `pdftotext` without `-layout` (and some copy-pastes
// from a PDF viewer) writes them:
//
//   STT
//   Nhiệm vụ
//   Cơ quan chủ trì
//   Cơ quan phối hợp
//   Thời gian
//   hoàn thành
//   1
//   Xây dựng cơ sở dữ liệu hợp tác xã trên
//   địa bàn tỉnh
//   Sở Tài chính
//   Sở Khoa học và Công
//   nghệ; Liên minh Hợp tác xã tỉnh
//   Quý III/2027
//   2
//   …
//
// The header is a run of short lines that name columns, the first of them "STT"/"TT" (a name wrapped
// over two lines goes on in lower case: "Thời gian" / "hoàn thành"). A row starts at a line that is
// only the next row number, and its cells are the lines up to the next one, in column order, each
// cell wrapped over one line or more. Where one cell ends and the next starts is not printed, so
// each row is cut where the cuts cost least, by what the structure of such tables says:
//  - a cell starts with a capital letter or a digit; a line in lower case, or after a line that ends
//    in a comma or a word that cannot end a phrase ("từ", "và", "của"), goes on with the same cell;
//  - a unit cell starts with a unit's name, a deadline cell reads as a deadline, the content cell is
//    never empty, the lead cell seldom is;
//  - a line inside a unit cell that starts another unit's name follows a separator (";", ",").
// Each table becomes tab-separated logical lines (a header line, then one line per row) that
// `readTable` reads like any other table. A bare number that is not the next row number is a page
// number; a header printed again after a page break is kept as a repeated header.

import { parseDeadline } from '../deadlines/parse.js';
import { matchUnitAtStart } from '../units/split.js';
import * as g from './grammar.js';
import { spliceTables, tableRowLine, type LLine } from './repair.js';
import { CELL_BREAK, followsNumber, headerColumns, type Column } from './table.js';

/** The first column's name on a line of its own: "STT", "TT", "Số TT". */
const TT_LINE = /^\s*(?:S\s?TT|TT|Số\s+TT|Số\s+thứ\s+tự|Thứ\s+tự)\s*$/iu;
/** A line that is only a row number or a group label: "1", "2.", "1.2", "II", "B". */
const ROW_LABEL = /^(?:\d{1,3}(?:\.\d{1,3}){0,2}|[IVX]{1,5}|[A-DĐ])\.?$/;
/** A line that ends a phrase unfinished: a separator or a word that needs what follows. */
const GOES_ON =
  /(?:[,;:(\-–]|(?:^|\s)(?:và|của|cho|với|trên|tại|về|các|những|để|theo|trong|từ|đến|hoặc|hay|là|được|bằng|qua|vào|thuộc|giữa|nhằm|gắn|cùng|do|tới|lên|ngày|tháng|năm|quý|trước|sau|số|khi))$/iu;
/** Words that start a deadline phrase, not a unit's name: a unit cell does not go on with them. */
const DEADLINE_START = /^(?:Trước|Trong|Chậm nhất|Quý|Tháng|Năm|Hằng|Hàng|Thường xuyên|Định kỳ|Giai đoạn|Đến|\d{1,2}\/)(?![\p{L}])/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^[\p{Lu}\d"“(]/u;
/** The most lines one row's cells may take (the cuts cost the cube of it). */
const MAX_ROW_LINES = 40;
/** Lines that end a table: another part of the document starts. */
const TABLE_END = /^(?:PHỤ LỤC|Phụ lục|DANH MỤC|Nơi nhận|Ghi chú\s*:|TM\.|KT\.|(?:[IVX]{1,5}|\d{1,2})\.\s+\p{Lu}{2,})/u;

interface Stacked {
  first: number;
  last: number;
  lines: LLine[];
}

/** The column names of a header printed one name per line, from raw line `i` (0-based, the "STT" line). */
function readHeader(raw: readonly string[], i: number): { columns: Column[]; names: string[]; lines: number[]; next: number } | null {
  const names: string[] = [raw[i]!.trim()];
  const lines = [i + 1];
  let k = i + 1;
  for (; k < raw.length && k - i <= 14; k++) {
    const t = raw[k]!.trim();
    if (t === '') continue;
    if (ROW_LABEL.test(t)) break;
    if (t.length > 40 || /[.;]$/.test(t)) return null;
    const prev = names[names.length - 1]!;
    // A name wrapped over two lines: "Thời gian" / "hoàn thành", "Cơ quan" / "Chủ trì".
    const wrapped = LOWER_START.test(t) || (/^(?:Cơ quan|Đơn vị|Thời gian|Thời hạn|Bộ phận)$/iu.test(prev) && /^(?:chủ trì|phối hợp|hoàn thành|thực hiện|tham mưu)/iu.test(t));
    if (wrapped && names.length > 1) names[names.length - 1] = `${prev} ${t}`;
    else names.push(t);
    lines.push(k + 1);
  }
  if (names.length < 4 || k >= raw.length) return null;
  const columns = headerColumns(names);
  if (!columns || columns[0]!.role !== 'tt') return null;
  // Every name must be a column name: a run of short lines of text is no header.
  if (columns.filter((c) => c.role === 'other').length > 1) return null;
  if (!columns.some((c) => c.role === 'lead' || c.role === 'support')) return null;
  return { columns, names, lines, next: k };
}

/** Whether a line starts a unit's name ("Sở Tài chính", "UBND các xã"). */
function startsUnit(line: string): boolean {
  return UPPER_START.test(line) && matchUnitAtStart(line) !== null;
}

function isDeadline(text: string): boolean {
  return text.length <= 80 && parseDeadline(text, { year: null }).deadline.kind !== 'unspecified';
}

/** Joins the wrapped lines of a cell; in a unit cell a line starting another unit is kept apart. */
function joinCell(lines: string[], unitCell: boolean): string {
  let out = '';
  lines.forEach((l, k) => {
    if (k === 0) out = l;
    else if (/\p{L}-$/u.test(out)) out += l; // "09/2024/TT-" / "BKHĐT"
    else if (unitCell && !GOES_ON.test(out) && startsUnit(l)) out += `${CELL_BREAK}${l}`;
    else out += ` ${l}`;
  });
  return out;
}

/**
 * Cuts the lines of one row into its cells (one per column after TT) where the cuts cost least.
 * `tail`: the row is the table's last, and lines after its cells may not be the table's; returns how
 * many lines the cells took.
 */
export function cutRow(lines: string[], columns: Column[], tail = false): { cells: string[]; used: number } {
  const n = lines.length;
  const m = columns.length;
  const roleOf = (c: number) => columns[c]!.role;
  // What each line says about itself, and (memoised) what a run of lines reads as.
  const lower = lines.map((l) => LOWER_START.test(l));
  const upper = lines.map((l) => UPPER_START.test(l));
  const goesOn = lines.map((l) => GOES_ON.test(l));
  const unitLine = lines.map(startsUnit);
  const deadlineLine = lines.map(isDeadline);
  const memo = new Map<string, boolean>();
  const runIs = (kind: 'unit' | 'deadline', s: number, e: number): boolean => {
    const key = `${kind}${s}:${e}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = kind === 'unit' ? matchUnitAtStart(joinCell(lines.slice(s, e), false)) !== null : isDeadline(lines.slice(s, e).join(' '));
      memo.set(key, v);
    }
    return v;
  };
  // Cost of lines [s, e) as the cell of column c.
  const cellCost = (c: number, s: number, e: number): number => {
    const role = roleOf(c);
    if (s === e) return role === 'content' ? 10 : role === 'lead' ? 3 : role === 'deadline' ? 1.5 : role === 'support' ? 0.3 : 0.2;
    let cost = 0;
    const unit = role === 'lead' || role === 'support';
    for (let k = s + 1; k < e; k++) {
      if (lower[k] || goesOn[k - 1]) continue;
      if (role === 'content') {
        if (unitLine[k] || deadlineLine[k]) cost += 1.5;
      } else if (unit) {
        if (unitLine[k] || DEADLINE_START.test(lines[k]!)) cost += 2;
        else if (upper[k]) cost += 0.5;
      } else if (role === 'deadline' && upper[k]) cost += 1;
    }
    if (unit && !runIs('unit', s, e)) cost += 4;
    if (role === 'deadline' && !runIs('deadline', s, e)) cost += 4;
    return cost;
  };
  // Cost of starting a cell at line s (after line s - 1 of the same row).
  const cutCost = (c: number, s: number): number => {
    if (s === 0) return 0;
    let cost = 0;
    if (lower[s] && roleOf(c) !== 'deadline') cost += 4;
    if (goesOn[s - 1]) cost += 4;
    return cost;
  };
  // best[c][s]: least cost of columns c.. over lines s..; the last row may leave out the lines after its cells (2 for any number of them).
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const choice: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  for (let s = 0; s <= n; s++) best[m]![s] = tail ? (s === n ? 0 : 2) : s === n ? 0 : Infinity;
  for (let c = m - 1; c >= 0; c--) {
    for (let s = 0; s <= n; s++) {
      for (let e = s; e <= n; e++) {
        const rest = best[c + 1]![e]!;
        if (rest === Infinity) continue;
        const cost = cellCost(c, s, e) + (e > s ? cutCost(c, s) : 0) + rest;
        if (cost < best[c]![s]!) {
          best[c]![s] = cost;
          choice[c]![s] = e;
        }
      }
    }
  }
  const cells: string[] = [];
  let s = 0;
  for (let c = 0; c < m; c++) {
    const e = choice[c]![s]!;
    const role = roleOf(c);
    cells.push(joinCell(lines.slice(s, e), role === 'lead' || role === 'support'));
    s = e;
  }
  return { cells, used: s };
}

/** Reads the table whose header starts at raw line `i` (0-based); null when it is not one. */
function readStacked(raw: readonly string[], i: number): Stacked | null {
  const h = readHeader(raw, i);
  if (!h) return null;
  const first = raw[h.next]!.trim().replace(/\.$/, '');
  if (!followsNumber(null, first, false)) return null;
  const headFold = h.names.join('|');
  const rows: { label: string; at: number; lines: { text: string; ln: number }[] }[] = [];
  const pageNumbers: number[] = [];
  const repeated: number[][] = [];
  let prev: string | null = null;
  let afterGroup = false;
  let end = h.next;
  for (let k = h.next; k < raw.length; k++) {
    const t = raw[k]!.trim();
    if (t === '') continue;
    if (TABLE_END.test(t) || g.isRecipientsHead(t)) break;
    // The header printed again after a page break.
    if (TT_LINE.test(t)) {
      const again = readHeader(raw, k);
      if (again && again.names.join('|') === headFold) {
        repeated.push(again.lines);
        k = again.next - 1;
        end = k + 1;
        continue;
      }
    }
    const label = t.replace(/\.$/, '');
    if (ROW_LABEL.test(t) && followsNumber(prev, label, afterGroup)) {
      rows.push({ label, at: k + 1, lines: [] });
      afterGroup = /^(?:[IVX]+|[A-DĐ])$/.test(label);
      prev = label;
    } else if (/^\d{1,3}$/.test(t) || g.isPageNumber(t) || g.isPageMarker(t)) {
      pageNumbers.push(k + 1);
    } else if (rows.length) {
      rows[rows.length - 1]!.lines.push({ text: t, ln: k + 1 });
    } else return null;
    end = k + 1;
  }
  const cellRows = rows.filter((r) => !/^(?:[IVX]+|[A-DĐ])$/.test(r.label));
  if (cellRows.length === 0) return null;
  // A row far longer than a table's cells can hold is a misreading (rows numbered otherwise): not this
  // layout. The last row only takes its first lines; the rest of the text is not the table's.
  if (rows.slice(0, -1).some((r) => r.lines.length > MAX_ROW_LINES)) return null;
  const tail = rows[rows.length - 1]!;
  if (tail.lines.length > MAX_ROW_LINES) tail.lines.length = MAX_ROW_LINES;
  const out: LLine[] = [tableRowLine(h.names, h.lines[0]!, h.lines, { column: 1 })];
  const columns = h.columns.slice(1);
  let last = end;
  rows.forEach((r, j) => {
    const lns = [r.at, ...r.lines.map((l) => l.ln)];
    if (/^(?:[IVX]+|[A-DĐ])$/.test(r.label)) {
      // A group row ("I" / "HOÀN THIỆN THỂ CHẾ"): its label and its text.
      out.push(tableRowLine([r.label, r.lines.map((l) => l.text).join(' ')], r.at, lns, { column: 1 }));
      return;
    }
    const isLast = j === rows.length - 1;
    const { cells, used } = cutRow(
      r.lines.map((l) => l.text),
      columns,
      isLast,
    );
    const kept = lns.slice(0, used + 1);
    if (isLast) last = kept[kept.length - 1]!;
    out.push(tableRowLine([r.label, ...cells], r.at, kept, { column: 1 }));
  });
  for (const r of repeated) out.push(tableRowLine(h.names, r[0]!, r, { column: 1 }));
  for (const p of pageNumbers) if (p <= last) out.push(tableRowLine([raw[p - 1]!.trim()], p, [p], { column: 1 }));
  out.sort((a, b) => a.line - b.line);
  return { first: i + 1, last, lines: out };
}

/**
 * Replaces the lines of every table printed one cell per line by the table's logical lines.
 * `raw` is the source split into lines.
 */
export function readStackedTables(all: LLine[], raw: readonly string[]): LLine[] {
  return spliceTables(all, raw, (r, i) => TT_LINE.test(r[i]!), readStacked);
}
