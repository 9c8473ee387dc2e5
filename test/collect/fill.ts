// Fill trackers the way users do: pick a status, type a percent and a note, sort the rows,
// add a column of their own, insert blank rows, rename the sheet — then save.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Workbook, Worksheet } from 'exceljs';

export interface RowEdit {
  status?: string;
  /** A number, or text as typed in a CSV (`"60%"`). */
  percent?: number | string;
  /** Store the percent as Excel does for a cell formatted as % (0.6 with numFmt 0%). */
  percentAsFraction?: boolean;
  result?: string;
  note?: string;
}

export interface XlsxFill {
  /** Task id → what to write. */
  rows: Record<string, RowEdit>;
  /** Sort the data rows by task id, descending. */
  sort?: boolean;
  /** Insert a column of the user's own ("Người theo dõi") before the status column. */
  addColumn?: boolean;
  /** Insert blank rows inside the data. */
  blankRows?: boolean;
  renameSheet?: string;
  /** The workbook's last-saved date, as Excel would set it. */
  modified?: Date;
  /** Extra rows appended below the data (e.g. an unknown task id). */
  append?: { taskId: string; edit: RowEdit }[];
}

export function tmp(prefix = 'pe-collect-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

async function open(file: string): Promise<Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const LABELS = {
  taskId: ['Mã nhiệm vụ', 'Task ID'],
  status: ['Trạng thái', 'Status'],
  progress: ['Tiến độ (%)', 'Progress (%)'],
  result: ['Kết quả / sản phẩm', 'Result / output'],
  note: ['Ghi chú', 'Notes'],
};

function headerOf(ws: Worksheet): { row: number; col: Record<keyof typeof LABELS, number> } {
  for (let r = 1; r <= 30; r++) {
    const values = (ws.getRow(r).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const find = (names: string[]): number => values.findIndex((v) => names.includes(v));
    if (find(LABELS.taskId) > 0) {
      return {
        row: r,
        col: { taskId: find(LABELS.taskId), status: find(LABELS.status), progress: find(LABELS.progress), result: find(LABELS.result), note: find(LABELS.note) },
      };
    }
  }
  throw new Error(`no header in ${ws.name}`);
}

function apply(ws: Worksheet, rowNo: number, col: Record<keyof typeof LABELS, number>, e: RowEdit): void {
  const row = ws.getRow(rowNo);
  if (e.status !== undefined) row.getCell(col.status).value = e.status;
  if (e.percent !== undefined) {
    const cell = row.getCell(col.progress);
    if (e.percentAsFraction && typeof e.percent === 'number') {
      cell.value = e.percent / 100;
      // A fresh style object: exceljs shares style objects between cells of the same style.
      cell.style = { ...cell.style, numFmt: '0%' };
    } else {
      cell.value = e.percent;
    }
  }
  if (e.result !== undefined) row.getCell(col.result).value = e.result;
  if (e.note !== undefined) row.getCell(col.note).value = e.note;
}

/** Fill the first tracker sheet (or `sheetName`) of an xlsx tracker and save it as `dest`. */
export async function fillXlsx(src: string, dest: string, fill: XlsxFill, sheetName?: string): Promise<void> {
  const wb = await open(src);
  const ws = sheetName ? wb.getWorksheet(sheetName)! : wb.worksheets.find((w) => w.state === 'visible' && w.name !== 'Tổng hợp' && w.name !== 'Summary')!;
  let h = headerOf(ws);
  const last = ws.rowCount;
  if (fill.sort) {
    // Read every data row's values, sort by task id descending, write them back.
    const rows: unknown[][] = [];
    for (let r = h.row + 1; r <= last; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
    rows.sort((a, b) => String(b[h.col.taskId - 1]).localeCompare(String(a[h.col.taskId - 1])));
    rows.forEach((values, i) => {
      const row = ws.getRow(h.row + 1 + i);
      values.forEach((v, j) => {
        row.getCell(j + 1).value = (v ?? null) as never;
      });
    });
  }
  if (fill.addColumn) {
    // exceljs loses merged title cells when columns are spliced: unmerge them, splice, merge again.
    const titles: string[] = [];
    for (let r = 1; r < h.row; r++) {
      titles.push(String(ws.getRow(r).getCell(1).value ?? ''));
      ws.unMergeCells(`A${r}:M${r}`);
    }
    ws.spliceColumns(h.col.status, 0, []);
    titles.forEach((t, i) => {
      ws.getRow(i + 1).getCell(1).value = t;
      ws.mergeCells(`A${i + 1}:N${i + 1}`);
    });
    ws.getRow(h.row).getCell(h.col.status).value = 'Người theo dõi';
    for (let r = h.row + 1; r <= last; r++) ws.getRow(r).getCell(h.col.status).value = 'Chị Lan';
    h = headerOf(ws);
  }
  const rowOf = new Map<string, number>();
  for (let r = h.row + 1; r <= ws.rowCount; r++) {
    const id = ws.getRow(r).getCell(h.col.taskId).value;
    if (typeof id === 'string') rowOf.set(id, r);
  }
  for (const [id, e] of Object.entries(fill.rows)) {
    const r = rowOf.get(id);
    if (!r) throw new Error(`task ${id} is not in ${src}`);
    apply(ws, r, h.col, e);
  }
  let end = ws.rowCount;
  for (const { taskId, edit } of fill.append ?? []) {
    end++;
    ws.getRow(end).getCell(h.col.taskId).value = taskId;
    apply(ws, end, h.col, edit);
  }
  if (fill.blankRows) {
    ws.spliceRows(h.row + 2, 0, []);
    ws.spliceRows(h.row + 5, 0, [], []);
  }
  if (fill.renameSheet) ws.name = fill.renameSheet;
  if (fill.modified) wb.modified = fill.modified;
  await wb.xlsx.writeFile(dest);
}

export interface CsvFill {
  rows: Record<string, RowEdit>;
  sort?: boolean;
  addColumn?: boolean;
  /** Delimiter to save with (Excel in a Vietnamese locale uses ";"). */
  delimiter?: string;
  append?: { taskId: string; edit: RowEdit }[];
}

/** Fill a CSV tracker (as Excel/LibreOffice would save it: UTF-8 with BOM) and save it as `dest`. */
export function fillCsv(src: string, dest: string, fill: CsvFill): void {
  const records = parse(readFileSync(src, 'utf8').replace(/^\ufeff/, ''), { relax_column_count: true }) as string[][];
  let header = records[0]!;
  let body = records.slice(1);
  const col = (names: string[]): number => header.findIndex((h) => names.includes(h));
  if (fill.sort) body.sort((a, b) => b[col(LABELS.taskId)]!.localeCompare(a[col(LABELS.taskId)]!));
  if (fill.addColumn) {
    const at = col(LABELS.status);
    header = [...header.slice(0, at), 'Ý kiến của đơn vị', ...header.slice(at)];
    body = body.map((r) => [...r.slice(0, at), '', ...r.slice(at)]);
  }
  const c = { taskId: col(LABELS.taskId), status: col(LABELS.status), progress: col(LABELS.progress), result: col(LABELS.result), note: col(LABELS.note) };
  const set = (r: string[], e: RowEdit): void => {
    if (e.status !== undefined) r[c.status] = e.status;
    if (e.percent !== undefined) r[c.progress] = String(e.percent);
    if (e.result !== undefined) r[c.result] = e.result;
    if (e.note !== undefined) r[c.note] = e.note;
  };
  for (const [id, e] of Object.entries(fill.rows)) {
    const r = body.find((x) => x[c.taskId] === id);
    if (!r) throw new Error(`task ${id} is not in ${src}`);
    set(r, e);
  }
  for (const { taskId, edit } of fill.append ?? []) {
    const r = header.map(() => '');
    r[c.taskId] = taskId;
    set(r, edit);
    body.push(r);
  }
  writeFileSync(dest, stringify([header, ...body], { bom: true, delimiter: fill.delimiter ?? ',', record_delimiter: 'windows' }));
}
