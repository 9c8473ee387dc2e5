// A tracker sheet as a grid of cells → its header and data rows. Pure: the xlsx and csv
// readers both produce a Grid, so sorting, filtering, blank rows, added columns and renamed
// sheets are handled once, here. Columns are found by their header label (Vietnamese or
// English, as in src/export/labels.ts), never by position; the header row is found by its
// labels, wherever the title block above it ends.
import { labels, type Labels } from '../export/labels.js';
import { EMPTY, cellString, labelKey, type Cell } from './values.js';

export interface GridRow {
  /** 1-based row number as a spreadsheet shows it. */
  n: number;
  /** Cells by 0-based column. */
  cells: Cell[];
}

export interface Grid {
  /** Worksheet name, or null for a CSV file. */
  sheet: string | null;
  rows: GridRow[];
}

export type Field = keyof Labels['columns'] | 'unit';

/** Header label key → field, for both languages. */
function headerMap(): Map<string, Field> {
  const m = new Map<string, Field>();
  for (const lang of ['vi', 'en'] as const) {
    const l = labels(lang);
    for (const [field, label] of Object.entries(l.columns) as [Field, string][]) m.set(labelKey(label), field);
    m.set(labelKey(l.unitColumn), 'unit');
  }
  return m;
}

export interface Header {
  /** Row number of the header. */
  row: number;
  /** Field → 0-based column (the first column with that label). */
  columns: Map<Field, number>;
}

/** How far down the header may be (title block of any height, notes users add above it). */
const HEADER_SCAN_ROWS = 60;

/**
 * The header row: the first row (within the first 60) that has both the task-id and the
 * status label. `missing` names what a near miss lacked (a row with a task-id column but no
 * status column), for the error message.
 */
export function findHeader(grid: Grid): { header: Header } | { header: null; missing: string | null } {
  const map = headerMap();
  let nearMiss: string | null = null;
  for (const row of grid.rows) {
    if (row.n > HEADER_SCAN_ROWS) break;
    const columns = new Map<Field, number>();
    row.cells.forEach((cell, i) => {
      const f = map.get(labelKey(cell.text));
      if (f && !columns.has(f)) columns.set(f, i);
    });
    if (columns.has('taskId') && columns.has('status')) return { header: { row: row.n, columns } };
    if (columns.has('taskId') && nearMiss === null) nearMiss = `row ${row.n} has a "${labels('vi').columns.taskId}" column but no "${labels('vi').columns.status}" column`;
  }
  return { header: null, missing: nearMiss };
}

/** One data row of a tracker, before it is checked against the register. */
export interface RawRow {
  row: number;
  taskId: string;
  unit: Cell | null;
  text: Cell | null;
  status: Cell;
  progress: Cell;
  result: Cell;
  note: Cell;
}

/** Data rows below the header that carry a task id; `orphans` are rows with progress but no task id. */
export function dataRows(grid: Grid, header: Header): { rows: RawRow[]; orphans: number[] } {
  const col = header.columns;
  const at = (r: GridRow, f: Field): Cell => {
    const i = col.get(f);
    return i === undefined ? EMPTY : (r.cells[i] ?? EMPTY);
  };
  const idLabels = new Set([labelKey(labels('vi').columns.taskId), labelKey(labels('en').columns.taskId)]);
  const rows: RawRow[] = [];
  const orphans: number[] = [];
  for (const r of grid.rows) {
    if (r.n <= header.row) continue;
    const raw: RawRow = {
      row: r.n,
      taskId: cellString(at(r, 'taskId').text),
      unit: col.has('unit') ? at(r, 'unit') : null,
      text: col.has('text') ? at(r, 'text') : null,
      status: at(r, 'status'),
      progress: at(r, 'progress'),
      result: at(r, 'result'),
      note: at(r, 'note'),
    };
    if (raw.taskId === '') {
      if (filled(raw)) orphans.push(r.n);
      continue;
    }
    if (idLabels.has(labelKey(raw.taskId))) continue; // a header row pasted again
    rows.push(raw);
  }
  return { rows, orphans };
}

/** True when the unit wrote anything in the columns it fills in. */
export function filled(r: Pick<RawRow, 'status' | 'progress' | 'result' | 'note'>): boolean {
  return [r.status, r.progress, r.result, r.note].some((c) => c.num !== null || cellString(c.text) !== '');
}

/** The unit named in the title block above the header ("Đơn vị: …" / "Unit: …"), or null. */
export function titleUnit(grid: Grid, header: Header): string | null {
  const prefixes = [labels('vi').title.unit, labels('en').title.unit].map((p) => labelKey(`${p}:`));
  for (const r of grid.rows) {
    if (r.n >= header.row) break;
    const first = r.cells.find((c) => c.text.trim() !== '');
    if (!first) continue;
    const t = cellString(first.text);
    const k = labelKey(t);
    for (const p of prefixes) {
      if (k.startsWith(p)) {
        const name = t.slice(t.indexOf(':') + 1).trim();
        if (name) return name;
      }
    }
  }
  return null;
}
