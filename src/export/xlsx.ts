// Excel trackers, written with exceljs's streaming writer — one code path for every
// size. Rows are committed as they are written, strings are written inline (no shared-
// string table held until the end), and a small backpressure loop keeps the XML waiting
// for the deflater around 1 MB, so memory does not grow with the workbook (a 100,000-
// task register exports with a 260 MB heap cap, most of it the register itself).
// exceljs writes everything but the bulk rows: the task rows after the first one of each
// sheet and the `_meta` row table are rendered by RowWriter, straight into the sheet's
// XML stream, byte for byte as exceljs would (exceljs's Row/Cell objects, style look-ups
// and xforms took ~20 µs per row, most of the export time; a test compares both paths).
// exceljs is imported lazily: it costs ~270 ms to load and only writeWorkbook needs it.
//
// Sheet layout (unit sheets, and the single sheet of a per-unit workbook):
//   rows 1–4  title block: plan title, plan number/date, unit, date generated
//   row 5     header (frozen, autofilter, repeated on every printed page)
//   row 6…    one row per task; column B holds the task id so that filled trackers can
//             be matched back after users sort or filter them.
// Status (I) has a drop-down list, progress (J) a 0–100 decimal validation, one range
// entry each. Conditional formats on A6:M<last> compare the due date (H) with TODAY(),
// so a tracker stays live after it is sent out: red = due date passed and not done,
// amber = due within 30 days and not done, green = done ("Hoàn thành" or "Hoàn thành
// quá hạn").
// The hidden `_meta` sheet (veryHidden) holds key/value rows (plan id, register sha256,
// schema version, export date…), a blank row, then a header row
// `sheet | row | taskId | unit | role` and one row per data row of every unit sheet.
// Text from the plan is only ever written as string values, never as formulas, so a
// task starting with "=" is shown, not evaluated (CSV needs a prefix; xlsx does not).
import type { Worksheet, DataValidation, Style } from 'exceljs';
import type { TrackerRow } from './rows.js';
import { labels, statusValues, formatDate, type Lang, type Labels } from './labels.js';
import { setZipTimestamps } from './zip.js';

export const TITLE_ROWS = 4;
export const HEADER_ROW = TITLE_ROWS + 1;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const META_SHEET = '_meta';
/** Excel's limit for the text of one cell. */
const CELL_MAX = 32767;

/** Column letters of the tracker, in order. */
export const COLUMNS = {
  stt: 'A',
  taskId: 'B',
  text: 'C',
  role: 'D',
  lead: 'E',
  support: 'F',
  deadlineRaw: 'G',
  due: 'H',
  status: 'I',
  progress: 'J',
  result: 'K',
  note: 'L',
  source: 'M',
} as const;
const LAST_COL = 'M';
const WIDTHS = [6, 10, 52, 10, 22, 26, 16, 12, 18, 9, 26, 18, 16];
/** Points per text line (Calibri 11) and Excel's maximum row height. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * Row height for wrapped cells. Neither Excel nor LibreOffice re-measures rows of a
 * generated file on opening, so estimate: one line per 1.1 × `width` characters (column
 * widths are in characters) per paragraph, on the most crowded cell of the row.
 */
export function rowHeight(cells: [string, number][]): number {
  let lines = 1;
  for (const [text, width] of cells) lines = Math.max(lines, textLines(text, width));
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

/** Lines `text` takes in a column `width` characters wide (see rowHeight). */
function textLines(text: string, width: number): number {
  const per = Math.max(1, width * 1.1);
  const lf = text.indexOf('\n');
  if (lf < 0) return text.length <= per ? 1 : Math.max(1, Math.ceil(codePoints(text) / per));
  let n = 0;
  for (const para of text.split('\n')) n += Math.max(1, Math.ceil(codePoints(para) / per));
  return n;
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** `[...s].length` without building the array: surrogate pairs count once. */
function codePoints(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export interface SummaryEntry {
  unit: string;
  sheet: string;
  led: number;
  supported: number;
  total: number;
  /** Rows by due quarter key (`2026-Q1`). */
  byQuarter: Map<string, number>;
  noDue: number;
  /** Rows due before `asOf` (null when there is no as-of date: the cell is then a live formula). */
  overdue: number | null;
  rows: number;
}

export interface XlsxSheetSpec {
  name: string;
  unit: string;
  rows: () => TrackerRow[];
}

export interface XlsxWorkbookSpec {
  /** Where to write (a temporary path: the caller renames it). */
  file: string;
  lang: Lang;
  /** ISO date used for the workbook's created/modified dates and the "generated" line. */
  date: string;
  asOf: string | null;
  plan: { number: string; title: string; date: string };
  summary: { sheet: string; quarters: string[]; entries: SummaryEntry[] } | null;
  sheets: XlsxSheetSpec[];
  meta: [string, string][];
}

type StreamSheet = Worksheet & {
  commit(): void;
  dataValidations: { add(address: string, validation: DataValidation): void };
};

const NEEDS_CLEANING = /[\r\ud800-\udfff\ufffe\uffff]/;

/**
 * Text for a cell: line breaks as LF (what Excel uses in a cell; XML would turn a bare CR
 * into LF anyway), characters XML 1.0 cannot carry (lone surrogates, U+FFFE/FFFF) as
 * U+FFFD, and Excel's 32,767-character limit. Control characters are dropped by exceljs.
 */
export function cellText(s: string): string {
  if (s.length <= CELL_MAX && !NEEDS_CLEANING.test(s)) return s;
  const clean = s.replace(/\r\n?/g, '\n').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
  return clean.length > CELL_MAX ? `${clean.slice(0, CELL_MAX - 1)}…` : clean;
}

export function quarterKey(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

export function quarterLabel(key: string, lang: Lang): string {
  const [y, q] = key.split('-Q');
  return lang === 'vi' ? `Quý ${['I', 'II', 'III', 'IV'][Number(q) - 1]}/${y}` : `Q${q} ${y}`;
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
  border: BORDER,
};
const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 14 }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } };
const SUBTITLE_STYLE: Partial<Style> = { font: { italic: true }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } };

const PAGE_SETUP = {
  paperSize: 9, // A4
  orientation: 'landscape' as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
};

function frozenViews(): { state: 'frozen'; xSplit: number; ySplit: number; topLeftCell: string; activeCell: string }[] {
  return [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }];
}

/** Let archiver drain what has been written so far. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Pending bytes allowed between a sheet's writer and the zip before we wait. */
const HIGH_WATER = 1024 * 1024;

/**
 * Backpressure: exceljs's sheet writers push XML into archiver without waiting, and
 * archiver deflates one entry (sheet) at a time, so a big sheet — or many sheets
 * written while an earlier one is still being compressed — would pile up in memory.
 * `wait()` yields, then waits while the pipes from all sheets of the workbook to the
 * zip hold more than HIGH_WATER bytes. (Reaches into exceljs internals — `stream.pipes`
 * — and degrades to a plain yield if they change.)
 */
class Backpressure {
  private pipes: { writableLength?: number; _writableState?: { length?: number } }[] = [];

  add(ws: Worksheet): void {
    const pipes = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
    if (Array.isArray(pipes) && pipes[0] && typeof pipes[0] === 'object') this.pipes.push(pipes[0] as Backpressure['pipes'][number]);
  }

  private pending(): number {
    let sum = 0;
    // archiver's PassThrough comes from readable-stream 2/3, which has no writableLength.
    for (const p of this.pipes) sum += p.writableLength ?? p._writableState?.length ?? 0;
    return sum;
  }

  async wait(): Promise<void> {
    await tick();
    for (let waited = 0; this.pending() > HIGH_WATER && waited < 60_000; waited++) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
}

interface DataStyles {
  /** Column defaults (also used by rows users add below the data). */
  column: Partial<Style>[];
  /** Styles of the data cells: the column defaults plus a border. */
  cell: Partial<Style>[];
}

const stylesCache = new Map<string, DataStyles>();

function dataStyles(l: Labels): DataStyles {
  const cached = stylesCache.get(l.dateFormat);
  if (cached) return cached;
  const column = WIDTHS.map((_, i): Partial<Style> => {
    if (i === 7) return { alignment: { vertical: 'top', horizontal: 'center' }, numFmt: l.dateFormat };
    if (i === 0 || i === 9) return { alignment: { vertical: 'top', horizontal: 'center' } };
    return { alignment: { wrapText: true, vertical: 'top' } };
  });
  const out = { column, cell: column.map((c) => ({ ...c, border: BORDER })) };
  stylesCache.set(l.dateFormat, out);
  return out;
}

function titleBlock(ws: Worksheet, spec: XlsxWorkbookSpec, l: Labels, unitLine: string, lastCol: string, totalWidth: number): void {
  const title = spec.plan.title ? `${l.title.plan.toUpperCase()} ${spec.plan.title}` : `${l.title.plan.toUpperCase()} ${l.title.untitled}`;
  const numberLine = [spec.plan.number ? `${l.title.number}: ${spec.plan.number}` : '', spec.plan.date].filter(Boolean).join(' — ');
  const lines: [string, Partial<Style>, number | undefined][] = [
    [title, TITLE_STYLE, Math.min(MAX_ROW_HEIGHT, 20 * Math.max(1, Math.ceil(title.length / Math.max(40, totalWidth / 1.3))))],
    [numberLine, SUBTITLE_STYLE, undefined],
    [unitLine, { font: { bold: true, size: 12 }, alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' } }, 20],
    [`${l.title.generated}: ${formatDate(spec.date, spec.lang)}`, SUBTITLE_STYLE, undefined],
  ];
  lines.forEach(([text, style, height], i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = cellText(text);
    cell.style = style;
    if (height) row.height = height;
    ws.mergeCells(`A${i + 1}:${lastCol}${i + 1}`);
  });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** exceljs's ValueType.Number / .String (lib/doc/enums.js). */
const VALUE_NUMBER = 2;
const VALUE_STRING = 3;

const excelDays = new Map<string, number>();

/** The serial number exceljs writes for `utcDate(iso)` (utils.dateToExcel). */
function excelDay(iso: string): number {
  let d = excelDays.get(iso);
  if (d === undefined) excelDays.set(iso, (d = 25569 + utcDate(iso).getTime() / (24 * 3600 * 1000)));
  return d;
}

const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const XML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** exceljs's utils.xmlEncode: the five entities; control characters XML cannot carry dropped. */
function xmlText(s: string): string {
  return XML_SPECIAL.test(s) ? s.replace(XML_SPECIAL_ALL, (c) => XML_ENTITY[c] ?? '') : s;
}

/** What cellText() then xmlText() make of `s`, with one scan when neither changes anything. */
const CELL_OR_XML_SPECIAL = /[\r\ud800-\udfff\ufffe\uffff<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
function cellXml(s: string): string {
  return s.length <= CELL_MAX && !CELL_OR_XML_SPECIAL.test(s) ? s : xmlText(cellText(s));
}

/** The parts of exceljs's streaming sheet writer (4.4.0) that RowWriter relies on. */
interface SheetWriterInternals {
  /** A StreamBuf: in batch mode, write() copies the chunk into its own buffers at once. */
  stream: { write(chunk: Buffer): unknown; batch?: boolean };
  startedData: boolean;
  _rows: unknown[] | null;
  _rowZero: number;
  _workbook: { styles: { addStyleModel(model: object, cellType?: number): number } };
}

/** Tests turn RowWriter off to compare its output with exceljs's own. */
export const rowWriter = { enabled: true };

/** Size of RowWriter's buffer (reused: the sheet stream copies what it is given). */
const CHUNK = 64 * 1024;

/**
 * Renders committed rows straight to a sheet's XML stream, as exceljs's row and cell
 * xforms would (same attributes, order and escaping), without building Row and Cell
 * objects per row: the bulk of the export time went there. Only plain values: numbers,
 * inline strings (`t="str"`, as with useSharedStrings off), empty styled cells. Each row
 * is UTF-8-encoded straight into a reused buffer (no big strings or Buffers to collect).
 * Use after exceljs has committed the rows above and started <sheetData>; `close()`
 * hands the sheet back to exceljs (which then writes nothing more into sheetData).
 */
class RowWriter {
  /** The row being rendered. */
  private cur = '';
  private readonly out = Buffer.allocUnsafe(CHUNK);
  private used = 0;

  private constructor(private readonly ws: SheetWriterInternals) {}

  /** A writer for rows from `next` on, or null when exceljs's internals are not as expected. */
  static open(ws: Worksheet, next: number): RowWriter | null {
    const w = ws as unknown as SheetWriterInternals;
    const ok =
      rowWriter.enabled &&
      w.startedData === true &&
      Array.isArray(w._rows) &&
      w._rows.length === 0 &&
      w._rowZero === next &&
      typeof w.stream?.write === 'function' &&
      w.stream.batch === true &&
      typeof w._workbook?.styles?.addStyleModel === 'function';
    return ok ? new RowWriter(w) : null;
  }

  /** The style id exceljs gives a cell (or, without `cellType`, a row) with this style. */
  styleId(style: object, cellType?: number): number {
    return this.ws._workbook.styles.addStyleModel(style, cellType);
  }

  row(n: number, height: number | undefined, styleId: number, min: number, max: number): void {
    this.cur = `<row r="${n}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="${min}:${max}"${styleId ? ` s="${styleId}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
  }

  num(col: string, n: number, styleId: number, value: number): void {
    this.cur += `<c r="${col}${n}"${styleId ? ` s="${styleId}"` : ''}><v>${value}</v></c>`;
  }

  /** A string cell; `value` goes through cellText(). */
  str(col: string, n: number, styleId: number, value: string): void {
    this.cur += `<c r="${col}${n}"${styleId ? ` s="${styleId}"` : ''} t="str"><v>${cellXml(value)}</v></c>`;
  }

  /** A string cell written as it is (labels, sheet names: what exceljs got without cellText()). */
  label(col: string, n: number, styleId: number, value: string): void {
    this.cur += `<c r="${col}${n}"${styleId ? ` s="${styleId}"` : ''} t="str"><v>${xmlText(value)}</v></c>`;
  }

  /** A cell without a value: written only when it has a style. */
  empty(col: string, n: number, styleId: number): void {
    if (styleId) this.cur += `<c r="${col}${n}" s="${styleId}"/>`;
  }

  end(): void {
    const row = `${this.cur}</row>`;
    this.cur = '';
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + row.length * 3 > CHUNK) this.flush();
    if (row.length * 3 > CHUNK) this.ws.stream.write(Buffer.from(row, 'utf8'));
    else this.used += this.out.write(row, this.used, 'utf8');
  }

  flush(): void {
    if (this.used > 0) this.ws.stream.write(this.out.subarray(0, this.used));
    this.used = 0;
  }

  /** Flush, and tell exceljs that rows up to `next - 1` are written. */
  close(next: number): void {
    this.flush();
    this.ws._rowZero = next;
  }
}

/** What the sheet writers need from the workbook. */
interface Ctx {
  addWorksheet(name: string, opts: object): Worksheet;
  bp: Backpressure;
}

async function writeUnitSheet(
  wb: Ctx,
  spec: XlsxWorkbookSpec,
  sheet: XlsxSheetSpec,
  meta: MetaRows[],
): Promise<void> {
  const l = labels(spec.lang);
  const ws = wb.addWorksheet(sheet.name, {
    views: frozenViews(),
    pageSetup: PAGE_SETUP,
    headerFooter: { oddFooter: '&P / &N' },
  }) as StreamSheet;
  const styles = dataStyles(l);
  ws.columns = WIDTHS.map((width, i) => ({ width, style: styles.column[i]! }));
  titleBlock(ws, spec, l, `${l.title.unit}: ${sheet.unit}`, LAST_COL, WIDTHS.reduce((a, b) => a + b, 0));
  const c = l.columns;
  const header = ws.getRow(HEADER_ROW);
  header.values = [c.stt, c.taskId, c.text, c.role, c.lead, c.support, c.deadlineRaw, c.due, c.status, c.progress, c.result, c.note, c.source];
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  header.height = 32;
  for (let r = 1; r < HEADER_ROW; r++) ws.getRow(r).commit();
  header.commit();
  const rows = sheet.rows();
  const metaRows: MetaRows = { sheet: sheet.name, unit: sheet.unit, taskIds: [], roles: [] };
  meta.push(metaRows);
  let n = FIRST_DATA_ROW;
  // The first row goes through exceljs (which registers the cell styles, in its order);
  // the others are rendered by RowWriter, byte for byte as exceljs would.
  let fast: RowWriter | null = null;
  let ids: number[] = [];
  let rowStyle = 0;
  for (const row of rows) {
    const lead = row.lead.join('; ');
    const support = row.support.join('; ');
    // rowHeight() of these five cells, without the arrays.
    const lines = Math.max(
      textLines(row.text, WIDTHS[2]!),
      textLines(lead, WIDTHS[4]!),
      textLines(support, WIDTHS[5]!),
      textLines(row.deadlineRaw, WIDTHS[6]!),
      textLines(row.source, WIDTHS[12]!),
    );
    const height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
    const due = row.due && ISO_DAY.test(row.due) ? row.due : null;
    const role = row.role === 'lead' ? l.role.lead : l.role.support;
    if (fast) {
      const s = ids;
      fast.row(n, height, rowStyle, 1, 13);
      fast.num('A', n, s[0]!, row.stt);
      fast.str('B', n, s[1]!, row.taskId);
      fast.str('C', n, s[2]!, row.text);
      fast.label('D', n, s[3]!, role);
      fast.str('E', n, s[4]!, lead);
      fast.str('F', n, s[5]!, support);
      fast.str('G', n, s[6]!, row.deadlineRaw);
      if (due) fast.num('H', n, s[7]!, excelDay(due));
      else fast.empty('H', n, s[7]!);
      fast.empty('I', n, s[8]!);
      fast.empty('J', n, s[9]!);
      fast.empty('K', n, s[10]!);
      fast.empty('L', n, s[11]!);
      fast.str('M', n, s[12]!, row.source);
      fast.end();
    } else {
      const xr = ws.getRow(n);
      xr.values = [
        row.stt,
        cellText(row.taskId),
        cellText(row.text),
        role,
        cellText(lead),
        cellText(support),
        cellText(row.deadlineRaw),
        due ? utcDate(due) : null,
      ];
      xr.getCell(13).value = cellText(row.source);
      xr.height = height;
      // One shared style object per column (exceljs caches style ids by object identity);
      // the cells users fill in get a border too, so the grid is visible.
      for (let col = 1; col <= 13; col++) xr.getCell(col).style = styles.cell[col - 1]!;
      xr.commit();
      fast = RowWriter.open(ws, n + 1);
      if (fast) {
        // Cache hits: the ids exceljs gives every later cell of these columns.
        ids = styles.cell.map((st) => fast!.styleId(st));
        rowStyle = fast.styleId({});
      }
    }
    metaRows.taskIds.push(row.taskId);
    metaRows.roles.push(row.role);
    n++;
    if ((n & 255) === 0) {
      fast?.flush();
      await wb.bp.wait();
    }
  }
  fast?.close(n);
  const last = Math.max(n - 1, FIRST_DATA_ROW);
  ws.autoFilter = `A${HEADER_ROW}:${LAST_COL}${last}`;
  if (rows.length > 0) {
    const s = l.status;
    const st = COLUMNS.status;
    ws.dataValidations.add(`${st}${FIRST_DATA_ROW}:${st}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statusValues(l).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: l.columns.status,
      error: statusValues(l).join(', '),
    });
    const pr = COLUMNS.progress;
    ws.dataValidations.add(`${pr}${FIRST_DATA_ROW}:${pr}${last}`, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: l.columns.progress,
      error: '0–100',
    });
    const due = `$${COLUMNS.due}${FIRST_DATA_ROW}`;
    const status = `$${st}${FIRST_DATA_ROW}`;
    const done = `OR(${status}="${s.done}",${status}="${s.doneLate}")`;
    ws.addConditionalFormatting({
      ref: `A${FIRST_DATA_ROW}:${LAST_COL}${last}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`AND(ISNUMBER(${due}),${due}<TODAY(),NOT(${done}))`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } },
        },
        {
          type: 'expression',
          priority: 2,
          formulae: [`AND(ISNUMBER(${due}),${due}>=TODAY(),${due}-TODAY()<=30,NOT(${done}))`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } }, font: { color: { argb: 'FF9C5700' } } },
        },
        {
          type: 'expression',
          priority: 3,
          formulae: [done],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
        },
      ],
    });
  }
  ws.commit();
  await wb.bp.wait();
}

async function writeSummarySheet(wb: Ctx, spec: XlsxWorkbookSpec): Promise<void> {
  const summary = spec.summary!;
  const l = labels(spec.lang);
  const s = l.summary;
  const headers = [s.stt, s.unit, s.sheet, s.led, s.supported, s.total, ...summary.quarters.map((q) => quarterLabel(q, spec.lang)), s.noDue, s.overdue(spec.asOf)];
  const lastCol = colLetter(headers.length);
  const ws = wb.addWorksheet(summary.sheet, {
    views: frozenViews(),
    pageSetup: PAGE_SETUP,
    headerFooter: { oddFooter: '&P / &N' },
  }) as StreamSheet;
  const widths = headers.map((_, i) => (i === 0 ? 6 : i === 1 ? 40 : i === 2 ? 28 : 12));
  ws.columns = widths.map((width, i) => ({
    width,
    style: { alignment: { wrapText: true, vertical: 'top', horizontal: i === 1 || i === 2 ? 'left' : 'center' } },
  }));
  titleBlock(ws, spec, l, l.summaryTitle, lastCol, widths.reduce((a, b) => a + b, 0));
  const header = ws.getRow(HEADER_ROW);
  header.values = headers;
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  header.height = 45;
  for (let r = 1; r <= HEADER_ROW; r++) ws.getRow(r).commit();
  let n = FIRST_DATA_ROW;
  const st = COLUMNS.status;
  const due = COLUMNS.due;
  for (const [i, e] of summary.entries.entries()) {
    const range = (col: string): string => `'${e.sheet}'!$${col}$${FIRST_DATA_ROW}:$${col}$${FIRST_DATA_ROW + e.rows - 1}`;
    const overdue =
      e.overdue !== null
        ? e.overdue
        : {
            formula: `COUNTIFS(${range(due)},"<"&TODAY(),${range(st)},"<>${l.status.done}",${range(st)},"<>${l.status.doneLate}")`,
          };
    const row = ws.getRow(n);
    row.values = [
      i + 1,
      cellText(e.unit),
      cellText(e.sheet),
      e.led,
      e.supported,
      e.total,
      ...summary.quarters.map((q) => e.byQuarter.get(q) ?? 0),
      e.noDue,
      overdue,
    ];
    row.eachCell((cell) => {
      cell.border = BORDER;
    });
    row.height = rowHeight([
      [e.unit, widths[1]!],
      [e.sheet, widths[2]!],
    ]);
    row.commit();
    n++;
  }
  const last = Math.max(n - 1, FIRST_DATA_ROW);
  ws.autoFilter = `A${HEADER_ROW}:${lastCol}${last}`;
  ws.commit();
  await wb.bp.wait();
}

/** The `_meta` rows of one unit sheet (its data rows are FIRST_DATA_ROW…, in order). */
interface MetaRows {
  sheet: string;
  unit: string;
  taskIds: string[];
  roles: ('lead' | 'support')[];
}

async function writeMetaSheet(wb: Ctx, spec: XlsxWorkbookSpec, meta: MetaRows[]): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' }) as StreamSheet;
  ws.columns = [{ width: 24 }, { width: 70 }, { width: 14 }, { width: 40 }, { width: 10 }];
  let n = 1;
  for (const [k, v] of spec.meta) {
    ws.getRow(n++).values = [k, cellText(v)];
  }
  n++; // blank separator row
  const header = ws.getRow(n++);
  header.values = ['sheet', 'row', 'taskId', 'unit', 'role'];
  header.commit();
  const fast = RowWriter.open(ws, n);
  // Unstyled cells: exceljs looks up a fresh empty style per cell, by cell type.
  const str = fast?.styleId({}, VALUE_STRING) ?? 0;
  const num = fast?.styleId({}, VALUE_NUMBER) ?? 0;
  const rowStyle = fast?.styleId({}) ?? 0;
  for (const { sheet, unit, taskIds, roles } of meta) {
    for (const [i, taskId] of taskIds.entries()) {
      const row = FIRST_DATA_ROW + i;
      if (fast) {
        fast.row(n, undefined, rowStyle, 1, 5);
        fast.label('A', n, str, sheet);
        fast.num('B', n, num, row);
        fast.str('C', n, str, taskId);
        fast.str('D', n, str, unit);
        fast.label('E', n, str, roles[i]!);
        fast.end();
      } else {
        const r = ws.getRow(n);
        r.values = [sheet, row, cellText(taskId), cellText(unit), roles[i]!];
        r.commit();
      }
      n++;
      if ((n & 1023) === 0) {
        fast?.flush();
        await wb.bp.wait();
      }
    }
  }
  fast?.close(n);
  ws.commit();
}

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Write one workbook to `spec.file` (streaming), then make its zip timestamps reproducible. */
export async function writeWorkbook(spec: XlsxWorkbookSpec): Promise<void> {
  // The writer alone, not the package entry (readers, CSV, document model): half the code to load.
  const WorkbookWriter = (await import('exceljs/lib/stream/xlsx/workbook-writer.js')).default;
  const wb = new WorkbookWriter({ filename: spec.file, useStyles: true, useSharedStrings: false });
  const date = utcDate(spec.date);
  wb.creator = 'plan-extract';
  wb.lastModifiedBy = 'plan-extract';
  wb.created = date;
  wb.modified = date;
  const bp = new Backpressure();
  const raw = wb as unknown as { addWorksheet(name: string, opts: object): Worksheet };
  const adder: Ctx = {
    bp,
    addWorksheet(name, opts) {
      const ws = raw.addWorksheet(name, opts);
      bp.add(ws);
      return ws;
    },
  };
  const meta: MetaRows[] = [];
  try {
    if (spec.summary) await writeSummarySheet(adder, spec);
    for (const sheet of spec.sheets) await writeUnitSheet(adder, spec, sheet, meta);
    await writeMetaSheet(adder, spec, meta);
  } catch (err) {
    // Stop the zip and close the file so the caller can delete it.
    const internals = wb as unknown as { zip?: { abort?: () => void }; stream?: NodeJS.WritableStream & { destroy?: () => void; once: (e: string, f: () => void) => void; closed?: boolean } };
    internals.zip?.abort?.();
    const out = internals.stream;
    if (out?.destroy && !out.closed) {
      await new Promise<void>((resolve) => {
        out.once('close', resolve);
        out.destroy!();
      });
    }
    throw err;
  }
  await wb.commit();
  await setZipTimestamps(spec.file, date);
}
