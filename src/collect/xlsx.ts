// xlsx trackers → Grids + the hidden `_meta` sheet. exceljs is imported lazily (it costs
// ~270 ms to load); nothing else in collect/ needs it.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { META_SHEET } from '../export/xlsx.js';
import type { Cell } from './values.js';
import type { Grid, GridRow } from './table.js';

export interface TrackerMeta {
  /** Key/value rows (format, planId, registerSha256, exportDate, unit…). */
  values: Map<string, string>;
  /** The row table: sheet name → unit (from `sheet | row | taskId | unit | role`). */
  sheetUnits: Map<string, string>;
}

export interface XlsxTracker {
  grids: Grid[];
  meta: TrackerMeta | null;
  /** The workbook's last-saved date (docProps/core.xml), or null. */
  modified: Date | null;
}

/** Text of any exceljs cell value (rich text, formulas' results, hyperlinks, dates, errors). */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o) return valueText(o.result as CellValue);
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o) return '';
  }
  return String(v);
}

function valueNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in (v as object)) return valueNumber((v as { result?: CellValue }).result);
  return null;
}

function toCell(v: CellValue | undefined, numFmt: string | undefined): Cell {
  let num = valueNumber(v);
  let text = valueText(v);
  // A cell formatted as a percentage holds the fraction (60 % is stored as 0.6).
  if (num !== null && numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) {
    num = Math.round(num * 100 * 1e6) / 1e6;
    text = String(num);
  }
  return { text, num };
}

function sheetGrid(ws: Worksheet): Grid {
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCell(cell.value, cell.numFmt);
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = { text: '', num: null };
    rows.push({ n, cells });
  });
  return { sheet: ws.name, rows };
}

function isMetaSheet(ws: Worksheet): boolean {
  if (ws.name.toLowerCase() === META_SHEET) return true;
  return ws.state === 'veryHidden' && valueText(ws.getCell('A1').value) === 'format';
}

function readMeta(ws: Worksheet): TrackerMeta {
  const values = new Map<string, string>();
  const sheetUnits = new Map<string, string>();
  let table = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const a = valueText(row.getCell(1).value).trim();
    if (!table) {
      if (a === 'sheet' && valueText(row.getCell(2).value).trim() === 'row') {
        table = true;
        return;
      }
      if (a && !values.has(a)) values.set(a, valueText(row.getCell(2).value).trim());
      return;
    }
    const unit = valueText(row.getCell(4).value).trim();
    if (a && unit && !sheetUnits.has(a)) sheetUnits.set(a, unit);
  });
  return { values, sheetUnits };
}

/** Read a workbook (throws what exceljs throws on a broken file). */
export async function readXlsxTracker(file: string): Promise<XlsxTracker> {
  const ExcelJS = (await import('exceljs')).default;
  const wb: Workbook = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let meta: TrackerMeta | null = null;
  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    if (isMetaSheet(ws)) {
      meta ??= readMeta(ws);
      continue;
    }
    grids.push(sheetGrid(ws));
  }
  const modified = wb.modified instanceof Date && !Number.isNaN(wb.modified.getTime()) ? wb.modified : null;
  return { grids, meta, modified };
}
