// Appendix task tables (DANH MỤC / PHỤ LỤC): tab-separated text, Markdown pipe rows and HTML
// <table>. The header is found by column synonyms; a header repeated after a page break is
// dropped; a row without TT continues the previous row; a group row (`I. Cải cách thể chế`)
// becomes the section path of the rows under it.
import type { AppendixColumnRole } from '../register/types.js';
import { fold, mostlyUpper } from './fast-text.js';
import type { LLine } from './repair.js';
import { itemLabels, parseMarker, textThenLabels, type ItemLabels } from './grammar.js';

export interface Column {
  name: string;
  role: AppendixColumnRole;
}

export interface TableRow {
  tt: string | null;
  cells: string[];
  line: number;
  endLine: number;
  column: number;
  lines: number[];
  /** Group rows above this row (outermost first). */
  groups: { label: string; text: string; line: number }[];
  /**
   * A row read without its columns (a converted PDF whose cells are scattered over plain lines
   * and pipe fragments): the line that carries its number, and all its text. Interpreted later.
   */
  loose?: { startText: string; text: string };
  /** The line of the row whose lead cell this row's empty lead cell continues (a merged cell, see fillMergedLeads). */
  leadFromLine?: number;
  /** The duties its content cell lists one per line ("1. …<br>2. …"), each a task of its own (see cellDuties). */
  duties?: { marker: string; text: string }[];
}

export interface ParsedTable {
  line: number;
  header: { line: number; columns: Column[]; lines: number[] };
  repeatedHeaderLines: number[];
  rows: TableRow[];
  groupLines: number[];
  /** Lines consumed by the table (header, rows, group rows, repeated headers). */
  lines: number[];
}

/** A deadline column named by the period its rows fall in: "Tháng", "Quý" (folded). */
const PERIOD_COLUMN = /^(thang|quy)( thuc hien| hoan thanh| trien khai)?$/;
/** One column naming both roles: "Cơ quan chủ trì/phối hợp", "Đơn vị chủ trì, phối hợp" (folded). */
const LEAD_SUPPORT_COLUMN = /\bchu tri\b.*\bphoi hop\b/;
/**
 * The lead column named by the kinds of unit that lead, as "Đơn vị chủ trì" is: "Khoa/Phòng chủ trì",
 * "Khoa, phòng chủ trì", "Phòng/Khoa thực hiện", "Sở, ngành chủ trì", "Tổ/Bộ phận thực hiện" (folded, "/" and
 * "," gone): one to three unit-kind words, then the role. "Số thực hiện" (a figure achieved) is none.
 */
const UNIT_KINDS_LEAD_COLUMN =
  /^(?:cac )?(?!so thuc hien)(?:(?:don vi|co quan|bo phan|to chuc|khoa|phong|ban|so|nganh|bo|vu|cuc|chi cuc|to|doi|tram|hat|trung tam|dia phuong) ){1,3}(?:chu tri|tham muu|thuc hien|chiu trach nhiem|dau moi)(?: |$)/;

// Column synonyms, most specific first. Compared on accent-folded cell text.
const COLUMN_RULES: { role: AppendixColumnRole; re: RegExp }[] = [
  { role: 'tt', re: /^(s\s?tt|tt|so tt|so thu tu|thu tu)$/ },
  { role: 'authority', re: /quan ly nha nuoc|co quan chiu trach nhiem quan ly|cap (quyet dinh|phe duyet)|co quan (trinh|ban hanh)/ },
  // one column naming both roles ("Cơ quan chủ trì/phối hợp", "Đơn vị chủ trì, phối hợp"): read as the
  // lead column, its cells split into the roles (see isLeadSupportColumn, splitUnitCell)
  { role: 'lead', re: LEAD_SUPPORT_COLUMN },
  { role: 'support', re: /(don vi|co quan|bo phan)?\s*phoi hop/ },
  { role: 'lead', re: /(don vi|co quan|bo phan|to chuc) (chu tri|tham muu|thuc hien|chiu trach nhiem|dau moi)|^chu tri|^(don vi|co quan|bo phan)$|trach nhiem (thuc hien|chinh)|^phan cong/ },
  { role: 'lead', re: UNIT_KINDS_LEAD_COLUMN },
  { role: 'deadline', re: new RegExp(`thoi gian|thoi han|tien do|moc thoi|thoi diem|${PERIOD_COLUMN.source}`) },
  { role: 'product', re: /san pham|ket qua|hinh thuc van ban/ },
  { role: 'note', re: /ghi chu/ },
  { role: 'content', re: /noi dung|nhiem vu|cong viec|ten (de an|du an|chuong trinh|hoat dong)|hoat dong|danh muc|giai phap|ten van ban/ },
];

/** Names of the sub-columns under "Thời gian": "Bắt đầu | Hoàn thành", "Từ ngày | Đến ngày" (folded). */
const TIME_SUBCOLUMN = /^(bat dau|hoan thanh|ket thuc|tu ngay|den ngay|khoi cong)$/;

const foldName = (cell: string): string => fold(cell).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** "Thời gian - Bắt đầu", "Từ ngày": when work starts, not its deadline (that is "Thời gian - Hoàn thành"). */
export function isStartColumn(name: string): boolean {
  return /\b(bat dau|khoi cong|tu ngay)$/.test(foldName(name));
}

export function columnRole(cell: string): AppendixColumnRole | null {
  const f = foldName(cell);
  if (!f) return null;
  if (isStartColumn(cell)) return null;
  for (const r of COLUMN_RULES) if (r.re.test(f)) return r.role;
  return null;
}

/**
 * A cell of a GFM delimiter row (the line under a pipe table's header): one hyphen or more,
 * with a colon on either side for the alignment (`---`, `:-`, `-:`, `:-:`, `:---:`).
 */
const DELIMITER_CELL = /^:?-+:?$/;

/** A GFM delimiter row: every cell a delimiter cell (or empty). */
export function isDelimiterRow(cells: string[]): boolean {
  return cells.every((c) => c === '' || DELIMITER_CELL.test(c));
}

/** Split a table line into cells, or null when the line is not a row. */
export function splitRow(text: string): string[] | null {
  if (text.includes('\t')) return text.split('\t').map((c) => c.trim());
  const t = text.trim();
  if (t.includes(' | ') || /^\|.*\|$/.test(t)) {
    let cells = t.split(/\s*(?<!\\)\|\s*/);
    // GFM rows are framed by pipes ("| a | b |"); a row that only starts with one has an empty first cell.
    // (converters write " | a | b" for a row whose first cell is empty or merged).
    if (t.startsWith('|') && t.endsWith('|')) cells = cells.slice(1, -1);
    if (isDelimiterRow(cells)) return []; // GFM delimiter (separator) row
    return cells.map((c) => c.replace(/\\\|/g, '|').trim());
  }
  return null;
}

// ---------------------------------------------------------------- tick columns
//
// A schedule laid out by period: "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | 2026 | 2027 | 2028"
// (or "Năm 2026 | Năm 2027 …", "Quý I | … | Quý IV", "Quý I/2027 …", "Tháng 9 | … | Tháng 1", "T9 | … | T1",
// also under a spanning "Thời gian thực hiện" or "Năm 2027" in a header over two rows), each row ticked "x"
// in the periods it is done. Those columns together are the deadline column: they get the role
// `deadline`, and a row's deadline is the phrase of its ticked periods (ticksPhrase).

/** Header words of a table of targets or figures ("Chỉ tiêu | Đơn vị tính | Năm 2025"), not of tasks (folded). */
export const FIGURES_HEADER = /\b(chi tieu|don vi tinh|dvt|so lieu|ty le|gia tri)\b/;

/** The year a column name states, alone: "2026", "Năm 2026"; a sub-column "Thời gian thực hiện - 2026". */
export function yearOfName(name: string): number | null {
  const m = /^(?:nam )?((?:19|20)\d\d)$/.exec(foldName(name.split(' - ').pop()!));
  return m ? Number(m[1]) : null;
}

/** A period a tick column stands for: a year, a quarter (n 1–4) or a month (n 1–12); its year when the name gives one. */
export interface TickPeriod {
  unit: 'year' | 'quarter' | 'month';
  n: number;
  year: number | null;
}

const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** "quy i", "quy iv 2027" ("Quý IV/2027"), "quy 2 nam 2027", "q3" (folded, "/" gone). */
const QUARTER_NAME = /^(?:quy|q) ?(iv|i{1,3}|[1-4])(?: (?:nam )?((?:19|20)\d\d))?$/;
/** "thang 9", "thang 12 2027" ("Tháng 12/2027"), "t9" (folded, "/" gone). */
const MONTH_NAME = /^(?:thang|t) ?(\d{1,2})(?: (?:nam )?((?:19|20)\d\d))?$/;
const YEAR_IN_NAME = /(?:^| )((?:19|20)\d\d)(?= |$)/g;

/**
 * The period a column name states, alone: "2026", "Năm 2026", "Quý I", "Quý I/2027", "Tháng 9",
 * "Tháng 9/2027", "T9". A sub-column under a spanning cell ("Năm 2027 - Quý I", "Thời gian thực hiện -
 * Tháng 9") takes its year from the cell above when that names one year. Null for anything else.
 */
export function periodOfName(name: string): TickPeriod | null {
  if (!/\d|qu[yý] [ivx]/iu.test(name)) return null;
  const pieces = name.split(' - ');
  const last = foldName(pieces.pop()!);
  let m = /^(?:nam )?((?:19|20)\d\d)$/.exec(last);
  if (m) return { unit: 'year', n: Number(m[1]), year: Number(m[1]) };
  let p: TickPeriod | null = null;
  if ((m = QUARTER_NAME.exec(last))) p = { unit: 'quarter', n: QUARTER_NUMBER[m[1]!]!, year: m[2] ? Number(m[2]) : null };
  else if ((m = MONTH_NAME.exec(last)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) p = { unit: 'month', n: Number(m[1]), year: m[2] ? Number(m[2]) : null };
  if (!p || p.year !== null || pieces.length === 0) return p;
  const years = new Set([...foldName(pieces.join(' ')).matchAll(YEAR_IN_NAME)].map((y) => Number(y[1])));
  if (years.size === 1) p.year = [...years][0]!;
  return p;
}

/** The period of a tick column as one number that grows with time, within a year when the year is unknown. */
const periodKey = (p: TickPeriod): number => (p.unit === 'year' ? p.n * 12 : (p.year ?? 0) * 12 + (p.unit === 'quarter' ? p.n * 3 : p.n));

/**
 * Whether a header with these cells and roles can hold tick columns: it is a task table naming who
 * leads (content and lead columns), not a table of figures whose columns are years too.
 */
function takesYearColumns(cells: string[], roles: (AppendixColumnRole | null)[]): boolean {
  return roles.includes('content') && roles.includes('lead') && !cells.some((c) => FIGURES_HEADER.test(foldName(c)));
}

/** Whether period cells in the header row under this one are tick columns (see takesYearColumns). */
export function headerTakesYears(cells: string[]): boolean {
  return takesYearColumns(cells, cells.map(columnRole));
}

/**
 * Whether periods read left to right follow the calendar: all of one kind, all with a year or none;
 * each later than the one before (a spanning cell repeated over its columns, "Năm 2027 | Năm 2027",
 * stays on it); without a year a month or quarter smaller than the one before starts the next year
 * ("Tháng 12 | Tháng 1").
 */
function inCalendarOrder(ps: TickPeriod[], repeated: boolean[]): boolean {
  const p0 = ps[0]!;
  if (!ps.every((p) => p.unit === p0.unit && (p.year === null) === (p0.year === null))) return false;
  return ps.every((p, j) => {
    if (j === 0) return true;
    const a = periodKey(ps[j - 1]!);
    const b = periodKey(p);
    if (repeated[j]) return a === b;
    return b > a || (p.year === null && p.unit !== 'year' && b < a);
  });
}

/**
 * The cells of a header row that are tick columns: two or more period cells side by side in
 * calendar order ("2026 | 2027 | 2028", "Tháng 9 | … | Tháng 12 | Tháng 1"), in a header that takes
 * them. Else none.
 */
function tickCells(cells: string[], roles: (AppendixColumnRole | null)[]): number[] {
  if (!roles.includes('content') || !roles.includes('lead')) return [];
  const at: number[] = [];
  const ps: TickPeriod[] = [];
  cells.forEach((c, k) => {
    const p = roles[k] === null ? periodOfName(c) : null;
    if (p) {
      at.push(k);
      ps.push(p);
    }
  });
  if (at.length < 2 || !takesYearColumns(cells, roles)) return [];
  const side = at.every((k, j) => j === 0 || k === at[j - 1]! + 1);
  const repeated = at.map((k, j) => j > 0 && fold(cells[k]!) === fold(cells[at[j - 1]!]!));
  return side && inCalendarOrder(ps, repeated) ? at : [];
}

/** A tick column: its index and the period its name states. */
export interface TickColumn {
  index: number;
  period: TickPeriod;
}

/** The tick columns of a table (deadline columns named by a period), left to right. */
export function tickColumns(columns: readonly Column[]): TickColumn[] {
  return columns.flatMap((c, index) => {
    const period = c.role === 'deadline' ? periodOfName(c.name) : null;
    return period === null ? [] : [{ index, period }];
  });
}

/** A tick column's period in the calendar: its year known. */
export interface DatedPeriod {
  unit: TickPeriod['unit'];
  n: number;
  year: number | null;
}

/**
 * The tick columns' periods with their years: a name that gives its year keeps it; months and
 * quarters without one follow on from the first, in `year` — in a school year (`schoolYear`, its first
 * calendar year) the first column falls in the school year's first year from August on, else in the
 * second — each one smaller than the one before starting the next year ("Tháng 12 | Tháng 1").
 */
export function datedTicks(ticks: readonly TickColumn[], year: number | null, schoolYear: number | null = null): DatedPeriod[] {
  let y: number | null = null;
  let prev: TickPeriod | null = null;
  return ticks.map(({ period: p }) => {
    if (p.unit === 'year' || p.year !== null) {
      prev = p;
      y = null;
      return { ...p };
    }
    const end = p.unit === 'quarter' ? p.n * 3 : p.n;
    if (prev === null || prev.unit !== p.unit || prev.year !== null || y === null) {
      y = schoolYear !== null ? (end >= 8 ? schoolYear : schoolYear + 1) : year;
    } else if (p.n < prev.n && y !== null) y++;
    prev = p;
    return { ...p, year: y };
  });
}

/** A tick cell that marks the period: "x", "X", "✓", any other text but a dash or a zero ("-", "0", "không"). */
export function marksYear(cell: string): boolean {
  const t = cell.replace(/\*/g, '').trim();
  return t !== '' && !/^[-–—_.0]+$/.test(t) && fold(t) !== 'khong';
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/**
 * The deadline phrase of the periods a row ticks, as a tracker shows it and as the deadline parser
 * reads it: one period ("Năm 2026", "Quý II/2027", "Tháng 9/2027"), periods in a row ("Năm 2026 –
 * 2028", "Quý II – III/2027", "Tháng 12/2027 – tháng 1/2028": a range due at the end of the last),
 * periods apart joined by commas ("Tháng 9/2027, tháng 1/2028": the span from the first to the last),
 * "" for none. Periods without a year are written without one.
 */
export function ticksPhrase(periods: readonly DatedPeriod[]): string {
  const index = (p: DatedPeriod) => (p.unit === 'year' ? p.n * 12 : (p.year ?? 0) * 12 + (p.unit === 'quarter' ? p.n * 3 : p.n));
  const step = (p: DatedPeriod) => (p.unit === 'year' ? 12 : p.unit === 'quarter' ? 3 : 1);
  const seen = new Set<string>();
  const sorted = periods.filter((p) => {
    const k = `${p.unit}:${p.n}:${p.year}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  sorted.sort((a, b) => index(a) - index(b));
  const runs: DatedPeriod[][] = [];
  for (const p of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.unit === p.unit && (p.year === null) === (last.year === null) && index(p) === index(last) + step(p)) run.push(p);
    else runs.push([p]);
  }
  const word = (p: DatedPeriod, first: boolean) => {
    const w = p.unit === 'year' ? 'năm' : p.unit === 'quarter' ? 'quý' : 'tháng';
    return first ? w[0]!.toUpperCase() + w.slice(1) : w;
  };
  const num = (p: DatedPeriod) => (p.unit === 'quarter' ? ROMAN[p.n]! : String(p.n));
  const yr = (p: DatedPeriod) => (p.unit !== 'year' && p.year !== null ? `/${p.year}` : '');
  return runs
    .map((r, i) => {
      const a = r[0]!;
      const b = r[r.length - 1]!;
      if (r.length === 1) return `${word(a, i === 0)} ${num(a)}${yr(a)}`;
      if (a.unit === 'year' || a.year === b.year) return `${word(a, i === 0)} ${num(a)} – ${num(b)}${yr(b)}`;
      return `${word(a, i === 0)} ${num(a)}${yr(a)} – ${word(b, false)} ${num(b)}${yr(b)}`;
    })
    .join(', ');
}

/**
 * A header of two columns, one naming the unit and one its duties, in either order ("Đơn vị |
 * Nhiệm vụ", "Nội dung nhiệm vụ | Cơ quan chủ trì"): a unit-duty table, each row a unit and the work
 * given to it. Both names are short (a layout table of two columns holds the issuer and the motto,
 * the recipients and the signer).
 */
function unitDutyHeader(cells: string[], roles: (AppendixColumnRole | null)[]): boolean {
  return cells.length === 2 && roles.includes('content') && roles.includes('lead') && cells.every((c) => c.length < 60);
}

export function headerColumns(cells: string[]): Column[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map(columnRole);
  if (cells.length < 3 && !unitDutyHeader(cells, roles)) return null;
  for (const k of tickCells(cells, roles)) roles[k] = 'deadline';
  const has = (r: AppendixColumnRole) => roles.includes(r);
  const known = roles.filter((r) => r !== null).length;
  if (!has('content') || known < 2 || !(has('lead') || has('deadline') || has('tt'))) return null;
  if (known / cells.filter((c) => c !== '').length < 0.5) return null;
  return cells.map((c, i) => ({ name: c.replaceAll(CELL_BREAK, ' '), role: roles[i] ?? 'other' }));
}

const same = (a: string[], b: string[]) => a.length > 0 && a.filter(Boolean).map(fold).join('|') === b.filter(Boolean).map(fold).join('|');

/**
 * A header continuation row ("| | | Đơn vị chủ trì | Đơn vị phối hợp"): first cell empty, cells are
 * column names. In an HTML header whose other cells span both rows (`<th rowspan="2">TT</th>` …
 * `<th colspan="2">Đơn vị thực hiện</th>`, then `<tr><th>Chủ trì</th><th>Phối hợp</th></tr>`), the
 * expanded second row repeats those cells: a cell equal to the header cell above it is such a
 * repeat, and at least one cell must be a new name (a header repeated whole is no continuation).
 */
function headerContinuation(cells: string[], head: string[], years: boolean): boolean {
  const repeat = (c: string, k: number) => c !== '' && fold(c) === fold(head[k] ?? '');
  const fresh = cells.filter((c, k) => c !== '' && !repeat(c, k));
  const name = (c: string) => columnRole(c) !== null || TIME_SUBCOLUMN.test(fold(c).trim()) || (years && periodOfName(c) !== null);
  return (cells[0] === '' || repeat(cells[0]!, 0)) && fresh.length > 0 && fresh.every((c) => name(c) && c.length < 60);
}

/**
 * Under which header cell each cell of a header continuation row falls, when the row has more cells
 * than the header row: Word's plain text writes a cell spanning several columns once ("Năm 2027 | Năm
 * 2028" over "Quý I | … | Quý IV | Quý I | … | Quý IV") and a cell spanning both rows as an empty cell
 * in the second row. Each empty cell is under a header cell of its own; each run of names is under
 * one header cell, or, when one run is left for several header cells, split among them where its
 * periods start again ("Quý III | Quý IV | Quý I | … | Quý IV": a year ends after Quý IV) or evenly
 * when it repeats its names as often (cells dropped at the row's end: fewer header cells). The index
 * of the header cell above each cell, or null when that cannot be told.
 */
function spreadSpans(head: string[], sub: string[]): number[] | null {
  const runs: { from: number; to: number }[] = [];
  sub.forEach((c, k) => {
    if (c === '') return;
    const last = runs[runs.length - 1];
    if (last && last.to === k) last.to = k + 1;
    else runs.push({ from: k, to: k + 1 });
  });
  const spare = head.length - sub.filter((c) => c === '').length;
  if (runs.length === 0 || spare < runs.length) return null;
  /** Per run, where each of its header cells starts (offsets into the run). */
  const splits: number[][] = runs.map(() => [0]);
  if (runs.length === 1 && spare > 1) {
    const names = sub.slice(runs[0]!.from, runs[0]!.to);
    const r = names.length;
    const ps = names.map(periodOfName);
    // periods without a year: a new year where one is not later than the one before
    const wraps = ps.every((p) => p && p.unit !== 'year' && p.year === null && p.unit === ps[0]!.unit) ? ps.flatMap((p, j) => (j > 0 && p!.n <= ps[j - 1]!.n ? [j] : [])) : null;
    const folded = names.map(fold);
    const period = folded.findIndex((_, p) => p > 0 && r % p === 0 && folded.every((c, j) => c === folded[j % p]));
    if (wraps && wraps.length + 1 === spare) splits[0] = [0, ...wraps];
    else if (r % spare === 0 && folded.every((c, j) => c === folded[j % (r / spare)])) splits[0] = Array.from({ length: spare }, (_, j) => (j * r) / spare);
    else if (period > 0 && r / period < spare) splits[0] = Array.from({ length: r / period }, (_, j) => j * period);
    else return null;
  } else if (runs.length !== spare) return null;
  const at: number[] = [];
  let h = 0;
  let run = 0;
  for (let k = 0; k < sub.length; k++) {
    if (sub[k] === '') {
      at.push(h++);
      continue;
    }
    const { from } = runs[run]!;
    const split = splits[run]!;
    const j = split.filter((o) => o <= k - from).length - 1;
    at.push(h + j);
    if (k + 1 === runs[run]!.to) {
      h += split.length;
      run++;
    }
  }
  return at;
}

/**
 * The parent name of the column-name cell `k` of a header continuation row: the header cell above
 * it, or, under an empty header cell, the parent spanning it from the left (`colspan`: "Đơn vị thực
 * hiện" over "Chủ trì | Phối hợp", whose second slot is empty) — when each slot from that parent to
 * `k` has a child name of its own. Empty when there is none.
 */
function spanParent(parents: string[], cells: string[], k: number): string {
  if (parents[k]) return parents[k]!;
  for (let j = k - 1; j >= 0; j--) {
    if (!cells[j] || fold(cells[j]!) === fold(parents[j] ?? '')) return ''; // no child, or a cell spanning both rows
    if (parents[j]) return parents[j]!;
  }
  return '';
}

/** The label of a total row, alone in its cell: "Tổng cộng", "Tổng", "Cộng", "Tổng số", "Tổng kinh phí" (folded). */
const TOTAL_LABEL = /^(tong cong|tong so|tong|cong|tong kinh phi|tong cong kinh phi|tong gia tri)\s*(\([a-z ]{0,20}\))?\s*:?$/;

/**
 * A row of totals: its first filled cell is a total label and every other filled cell a figure
 * ("21.100", "1,5 tỷ", "-"), at least one of them a number.
 */
function isTotalRow(nonEmpty: string[]): boolean {
  if (nonEmpty.length < 2) return false;
  const bare = (c: string) => c.replace(/[*_]/g, '').trim();
  if (!TOTAL_LABEL.test(fold(bare(nonEmpty[0]!)).replace(/\s+/g, ' '))) return false;
  const rest = nonEmpty.slice(1).map(bare);
  return rest.some((c) => /\d/.test(c)) && rest.every((c) => /^([-–—]|[\d.,\s]+(\s*(tr(iệu)?|tỷ|đồng|đ)\.?)*|)$/iu.test(c));
}

/**
 * A row that only numbers the columns under the header ("| (1) | (2) | (3) |", "1 | 2 | 3", "A | B |
 * 1 | 2", "(5)=(3)+(4)"), as Vietnamese forms print it: part of the header, no task. Every cell is a
 * label, at least three of them, and bare numbers or letters follow each other (a data row never does).
 */
export function isColumnNumberRow(cells: string[]): boolean {
  let n = 0;
  let prev: string | null = null;
  for (const raw of cells) {
    const c = raw.replace(/[*_]/g, '').trim();
    if (c === '') continue;
    if (c.length > 24) return false;
    n++;
    if (/^\(\d{1,2}\)(\s*[-=+x*/]\s*\(\d{1,2}\))*$/.test(c) || /^\([A-Z]\)$/.test(c)) continue;
    if (!/^(\d{1,2}|[A-Z])$/.test(c)) return false;
    // bare labels: each one after the one before ("A B 1 2 3": a run of letters, then numbers from 1)
    if (prev !== null && !(/\d/.test(c) ? (/\d/.test(prev) ? +c === +prev + 1 : c === '1') : !/\d/.test(prev) && c.charCodeAt(0) === prev.charCodeAt(0) + 1)) return false;
    prev = c;
  }
  return n >= 3;
}

function isGroupLabel(cell: string): boolean {
  return /^([IVX]+|[A-DĐ]|\d{1,2})\.?$/.test(cell.trim());
}

/**
 * Read a table that starts at `lines[start]` (its header row). Stops at the first line that is
 * neither a row, a group heading, nor a blank/furniture line between rows.
 */
/**
 * A header written over several rows, as PDF and Word converters emit it ("| | Cơ quan | |" /
 * "| STT | Nội dung | |" / "| | chủ trì | |"): the rows are merged column by column until the
 * merged row is a header. Returns the merged cells and the index after the last header row.
 */
export function stackedHeader(lines: LLine[], start: number): { cells: string[]; end: number } | null {
  let merged: string[] = [];
  let end = start;
  let rows = 0;
  let found: { cells: string[]; end: number } | null = null;
  for (let i = start; i < lines.length && rows < 6; i++) {
    const cells = splitRow(lines[i]!.text);
    if (cells === null) break;
    end = i + 1;
    if (cells.length === 0) continue; // separator row
    if (rows > 0 && /^\d+(\.\d+)*\.?$/.test((cells[0] ?? '').trim())) break; // a data row
    if (cells.some((c) => c.length > 40)) break;
    rows++;
    merged = Array.from({ length: Math.max(merged.length, cells.length) }, (_, k) => `${merged[k] ?? ''} ${cells[k] ?? ''}`.replace(/\s+/g, ' ').trim());
    if (rows > 1 && headerColumns(merged)) found = { cells: [...merged], end };
  }
  return found;
}

export function readTable(
  lines: LLine[],
  start: number,
  isSkippable: (l: LLine) => boolean,
  stacked: { cells: string[]; end: number } | null = null,
  isBoundary: (l: LLine) => boolean = () => false,
): { table: ParsedTable; end: number } {
  const headLine = lines[start]!;
  const headCells = stacked ? stacked.cells : splitRow(headLine.text)!;
  const columns = headerColumns(headCells)!;
  const headLines = stacked ? lines.slice(start, stacked.end).flatMap((l) => l.lines) : [...headLine.lines];
  const table: ParsedTable = {
    line: headLine.line,
    header: { line: headLine.line, columns, lines: headLines },
    repeatedHeaderLines: [],
    rows: [],
    groupLines: [],
    lines: [...headLines],
  };
  let i = stacked ? stacked.end : start + 1;
  // Multi-row header.
  while (i < lines.length) {
    const cells = splitRow(lines[i]!.text);
    if (cells && cells.length === 0) {
      table.lines.push(...lines[i]!.lines);
      i++;
      continue;
    }
    // ("Thời gian thực hiện" over "2026 | 2027 | 2028", "Năm 2027" over "Quý I | … | Quý IV": tick columns, see tickColumns)
    const years = takesYearColumns(headCells, columns.map((c) => c.role));
    if (!cells || !headerContinuation(cells, headCells, years)) break;
    const parents = columns.map((c) => c.name);
    // A continuation row longer than the header row: the header's spanning cells are written once.
    if (cells.length > columns.length && headLine.block !== 'html') {
      const at = spreadSpans(parents, cells);
      // (when that cannot be told, the empty cells at either end are still under the header's cells there)
      const lead = cells.findIndex((c) => c !== '');
      const trail = cells.length - 1 - cells.findLastIndex((c) => c !== '');
      const under = (k: number) => (at ? at[k]! : k < lead ? k : k >= cells.length - trail ? columns.length - (cells.length - k) : -1);
      const spread: Column[] = cells.map((c, k) => {
        const parent = at ? columns[at[k]!] : undefined;
        if (!c) return columns[under(k)] ?? { name: '', role: 'other' };
        const name = parent?.name ? `${parent.name} - ${c}` : c;
        // (a period whose column cannot be told gives no tick: better no deadline than a wrong one)
        const role = TIME_SUBCOLUMN.test(fold(c).trim()) ? (columnRole(name) ?? 'other') : years && periodOfName(c) !== null ? (at ? 'deadline' : 'other') : (columnRole(c) ?? 'other');
        return { name, role };
      });
      const after = at ? Math.max(-1, ...at) + 1 : cells.length;
      columns.splice(0, columns.length, ...spread, ...columns.slice(after));
      table.header.lines.push(...lines[i]!.lines);
      table.lines.push(...lines[i]!.lines);
      i++;
      continue;
    }
    cells.forEach((c, k) => {
      if (!c || fold(c) === fold(headCells[k] ?? '')) return; // a cell spanning both rows, repeated
      const name = `${spanParent(parents, cells, k)} - ${c}`.replace(/^ - /, '');
      // a sub-column takes its role from its full name ("Thời gian - Hoàn thành": the deadline)
      const role = TIME_SUBCOLUMN.test(fold(c).trim()) ? (columnRole(name) ?? 'other') : years && periodOfName(name) !== null ? 'deadline' : (columnRole(c) ?? 'other');
      if (k < columns.length) columns[k] = { name, role };
      else columns.push({ name: c, role });
    });
    // A merged parent ("Thực hiện") that now has specific children keeps the first child's role.
    table.header.lines.push(...lines[i]!.lines);
    table.lines.push(...lines[i]!.lines);
    i++;
  }
  const ttIdx = columns.findIndex((c) => c.role === 'tt');
  const ci = columns.findIndex((c) => c.role === 'content');
  const periodIdx = columns.findIndex((c) => c.role === 'deadline' && PERIOD_COLUMN.test(foldName(c.name)));
  const groups: TableRow['groups'] = [];
  const numberedGroups = new Set<TableRow['groups'][number]>();
  const pipeTable = headLine.text.trimStart().startsWith('|');
  let prev: TableRow | null = null;
  let end = i;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isSkippable(l)) continue;
    const split = splitRow(l.text);
    const raw = split && l.spans ? spreadMergedCells(split, l.spans, columns) : split;
    const cells = raw?.map((c, k) => cellText(c, columns[k]?.role)) ?? null;
    if (cells === null) {
      // The next appendix's head ("PHỤ LỤC II") ends the table, even when its table follows.
      if (isBoundary(l)) break;
      // A one-cell group heading between rows ("I. Cải cách thể chế" spanning the table).
      const m = parseMarker(l.text);
      const nextIsRow = lines.slice(i + 1, i + 4).some((n) => !isSkippable(n) && splitRow(n.text) !== null);
      // (not between two pipe tables: a Markdown table writes its group rows as rows; a plain line there
      // is the plan's text, "2. Sở Văn hóa, Thể thao và Du lịch" over a table of its own)
      if (nextIsRow && !pipeTable && l.text.length < 200 && ((m && m.type !== 'bullet') || mostlyUpper(l.text) || l.bold)) {
        pushGroup(groups, m ? m.raw.replace(/[.)]$/, '') : '', m ? m.rest : l.text, l.line, m?.type);
        table.groupLines.push(...l.lines);
        table.lines.push(...l.lines);
        end = i + 1;
        continue;
      }
      // A table whose cells the converter scattered over plain lines: read its numbered rows loosely.
      if ((table.rows.length === 0 || stacked) && scatteredAhead(lines, i, isSkippable)) {
        end = readLooseRows(lines, i, table, groups, isSkippable, isBoundary);
      }
      break;
    }
    if (cells.length === 0) {
      table.lines.push(...l.lines);
      end = i + 1;
      continue;
    }
    if (same(cells, headCells) || (headerColumns(cells) && cells.filter((c) => columnRole(c)).length >= 3 && cells.length === headCells.length)) {
      table.repeatedHeaderLines.push(l.line);
      table.lines.push(...l.lines);
      end = i + 1;
      continue;
    }
    if (isColumnNumberRow(cells)) {
      (table.rows.length ? table.repeatedHeaderLines : table.header.lines).push(l.line);
      table.lines.push(...l.lines);
      end = i + 1;
      continue;
    }
    table.lines.push(...l.lines);
    end = i + 1;
    const nonEmpty = cells.filter((c) => c !== '');
    const first = (cells[0] ?? '').trim();
    // A total row ("| | **Tổng cộng** | | | **21.100** | |") sums a figures column: no task, and no
    // continuation of the row above.
    if (isTotalRow(nonEmpty)) continue;
    // A row with one cell spanning the table that carries an outline marker ("I. Cải cách thể chế").
    if (nonEmpty.length === 1 && cells.length > 1) {
      const m = parseMarker(nonEmpty[0]!);
      if (m && m.type !== 'bullet' && m.type !== 'letter') {
        pushGroup(groups, m.raw.replace(/[.)]$/, ''), m.rest, l.line, m.type);
        table.groupLines.push(...l.lines);
        continue;
      }
    }
    // Group row: a label and one text cell, fewer cells than the table (or, in a table without a
    // TT column, a bare number or numeral where the first column holds times).
    if (nonEmpty.length <= 2 && isGroupLabel(first) && (cells.length < columns.length - 1 || (ttIdx < 0 && cells.slice(2).every((c) => c === '')))) {
      const m = parseMarker(`${first}. x`);
      pushGroup(groups, first.replace(/\.$/, ''), cells.slice(1).filter(Boolean).join(' '), l.line, m?.type);
      table.groupLines.push(l.line);
      continue;
    }
    if (ttIdx >= 0 && nonEmpty.length === 1 && cells[ttIdx] === '' && cells.length === 1) {
      // A bare line of text inside a tab table: continuation of the previous row's content.
      if (prev) appendToContent(prev, columns, cells[0]!, l);
      continue;
    }
    const ttCell = ttIdx >= 0 ? (cells[ttIdx] ?? '').trim() : '';
    if (ttIdx >= 0 && ttCell === '' && prev && !ownUnnumberedRow(cells, prev, columns)) {
      // A row without TT continues the previous row (a cell split by a page break).
      cells.forEach((c, k) => {
        if (!c) return;
        prev!.cells[k] = prev!.cells[k] ? `${prev!.cells[k]} ${c}` : c;
      });
      // (the rest of the last duty of a list cut by the page break)
      if (prev.duties && ci >= 0 && cells[ci]) prev.duties[prev.duties.length - 1]!.text += ` ${cells[ci]}`;
      prev.endLine = l.endLine;
      prev.lines.push(...l.lines);
      continue;
    }
    if (ttIdx >= 0 && /^([IVX]+|[A-DĐ])\.?$/.test(ttCell) && nonEmpty.length <= 3) {
      pushGroup(groups, ttCell.replace(/\.$/, ''), cells.filter((c, k) => k !== ttIdx && c).join(' '), l.line, /^[A-DĐ]/.test(ttCell) ? 'part' : 'roman');
      table.groupLines.push(l.line);
      continue;
    }
    // A numbered group row ("| **1** | **Hoàn thiện thể chế** | | | |" above rows 1.1, 1.2 …): only
    // its number and content cells are filled, and the next row is numbered under it. Its rows
    // get it as their section; it ends at the first row numbered outside it.
    const ttLabel = ttCell.replace(/\*/g, '').replace(/\.$/, '');
    if (ttIdx >= 0 && ci >= 0 && /^\d{1,2}(\.\d{1,2}){0,3}$/.test(ttLabel) && cells.every((c, k) => c === '' || k === ttIdx || k === ci) && cells[ci]) {
      const next = nextRowNumber(lines, i + 1, ttIdx, isSkippable);
      if (next !== null && next.startsWith(`${ttLabel}.`)) {
        pushGroup(groups, ttLabel, cells[ci]!.replace(/^\*+|\*+$/g, '').trim(), l.line, 'decimal');
        numberedGroups.add(groups[groups.length - 1]!);
        table.groupLines.push(l.line);
        continue;
      }
    }
    while (ttLabel && groups.length && numberedGroups.has(groups[groups.length - 1]!) && !ttLabel.startsWith(`${groups[groups.length - 1]!.label}.`)) groups.pop();
    // Without a TT column, an empty first cell is a cell merged with the row above (time spans).
    if (ttIdx < 0 && prev && cells[0] === '' && columns[0]?.role === 'deadline') cells[0] = prev.cells[0] ?? '';
    // A month or quarter column ("Tháng | Nội dung công việc | …", a work programme by month): an empty
    // cell is merged with the row above, in the same month.
    if (periodIdx >= 0 && prev && (cells[periodIdx] ?? '') === '' && cells.some((c, k) => k !== periodIdx && k !== ttIdx && c !== '')) cells[periodIdx] = prev.cells[periodIdx] ?? '';
    const row: TableRow = {
      tt: ttIdx >= 0 ? ttCell.replace(/\.$/, '') || null : null,
      cells: columns.map((_, k) => cells[k] ?? ''),
      line: l.line,
      endLine: l.endLine,
      column: l.column,
      lines: [...l.lines],
      groups: groups.map((x) => ({ ...x })),
    };
    if (cells.length > columns.length) row.cells[columns.length - 1] = cells.slice(columns.length - 1).filter(Boolean).join(' ');
    const duties = ci >= 0 && ci < raw!.length ? cellDuties(raw![ci]!) : null;
    if (duties) row.duties = duties;
    table.rows.push(row);
    prev = row;
  }
  if (headLine.block !== 'html') fillMergedLeads(table);
  return { table, end };
}

/**
 * An HTML row whose cell spans the content column and others (`<td colspan="3">` over lead, content
 * and support): its text is kept in the first column it covers, so the content cell would be empty and
 * the row lost. The text goes to the content column; labelled fields after it ("…<br>Chủ
 * trì: Phòng X; Phối hợp: Phòng Y", "…; Thời gian: …") go to their columns when those are empty. A
 * field that has no column to go to keeps the whole text in the content (nothing is dropped).
 */
function spreadMergedCells(raw: string[], spans: readonly { start: number; count: number }[], columns: Column[]): string[] {
  const out = [...raw];
  for (const s of spans) {
    const text = out[s.start] ?? '';
    const ci = columns.findIndex((c, k) => c.role === 'content' && k >= s.start && k < s.start + s.count);
    if (ci < 0 || !text.trim() || (ci !== s.start && (out[ci] ?? '') !== '')) continue;
    out[s.start] = '';
    out[ci] = text;
    const fields = textThenLabels(text.replaceAll(CELL_BREAK, '\n'));
    if (!fields) continue;
    let placed = true;
    for (const [role, value] of Object.entries(fields.labels) as [keyof ItemLabels, string][]) {
      const k = columns.findIndex((c) => c.role === role);
      if (k >= 0 && (out[k] ?? '') === '') out[k] = value;
      else if (value) placed = false;
    }
    if (placed) out[ci] = fields.text.replaceAll('\n', CELL_BREAK);
  }
  return out;
}

/** The number that follows `tt` in a table (1 → 2, 1.2 → 1.3), or null. */
function nextNumber(tt: string | null): string | null {
  const m = /^((?:\d+\.)*)(\d+)$/.exec(tt ?? '');
  return m ? `${m[1]}${Number(m[2]) + 1}` : null;
}

/**
 * Lead cells merged over several rows in a pipe or tab table. Converters (Word → Markdown, PDF →
 * text) keep the text of a vertically merged cell in its first row only and leave the cell empty
 * below ("| 1 | Văn phòng Sở | … |" / "| 2 |  | … |"); in HTML the rowspan is expanded, so this is
 * not done there. In other tables an empty lead cell means no lead (the issuing body itself, or a
 * unit named elsewhere), so the empty cells are filled from the row above only when the whole table
 * reads that way:
 *  - the table has a TT column and a lead column, and no authority column (there an empty lead
 *    means that the authority acts: table/lead-from-authority);
 *  - at least two rows have a lead of their own (the column changes from row to row);
 *  - every row with an empty lead comes right after a row with a lead (its own or continued), under
 *    the same group, numbered next (2 after 1, 1.3 after 1.2): the first row of a table or group
 *    never continues anything;
 *  - every row with an empty lead has, besides its number and content, a cell of its own filled
 *    (support, deadline, product …) and a cell filled right of the lead column: the lead is not a
 *    cell left blank at the end of a row, and the row is no half row;
 *  - the lead it would take is not among its cooperating units (a unit does not cooperate with
 *    itself: "| 3 | Kiểm tra … | | Phòng Văn hóa - Xã hội |" under a row led by that Phòng has
 *    no lead).
 * When one row with an empty lead fails, no row is filled.
 */
function fillMergedLeads(table: ParsedTable): void {
  const cols = table.header.columns;
  const li = cols.findIndex((c) => c.role === 'lead');
  const ti = cols.findIndex((c) => c.role === 'tt');
  const ci = cols.findIndex((c) => c.role === 'content');
  const si = cols.findIndex((c) => c.role === 'support');
  const norm = (c: string) => fold(c).replace(/\s+/g, ' ').trim();
  if (li < 0 || ti < 0 || ci < 0 || cols.some((c) => c.role === 'authority')) return;
  const rows = table.rows;
  if (rows.some((r) => r.loose)) return;
  const blank = (r: TableRow) => (r.cells[li] ?? '').trim() === '';
  if (rows.filter((r) => !blank(r)).length < 2) return;
  const groupKey = (r: TableRow) => r.groups.map((g) => g.line).join(',');
  const fill: { row: TableRow; from: TableRow }[] = [];
  let source: TableRow | null = null; // the row whose lead cell the current run continues
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (!blank(row)) {
      source = row;
      continue;
    }
    const above = rows[k - 1];
    const ownCells = row.cells.some((c, j) => j !== ti && j !== ci && j !== li && c.trim() !== '');
    const rightOfLead = row.cells.some((c, j) => j > li && c.trim() !== '');
    const ownSupport = si >= 0 && norm(row.cells[si] ?? '').includes(norm(source?.cells[li] ?? ''));
    if (!above || !source || groupKey(above) !== groupKey(row) || nextNumber(above.tt) !== row.tt || !ownCells || !rightOfLead || ownSupport) return;
    fill.push({ row, from: source });
  }
  for (const { row, from } of fill) {
    row.cells[li] = from.cells[li]!;
    row.leadFromLine = from.line;
  }
}

/** The TT of the next table row from line `i` (blank lines, furniture and separator rows skipped), or null. */
function nextRowNumber(lines: LLine[], i: number, ttIdx: number, isSkippable: (l: LLine) => boolean): string | null {
  for (let k = i; k < lines.length && k < i + 6; k++) {
    if (isSkippable(lines[k]!)) continue;
    const cells = splitRow(lines[k]!.text);
    if (cells === null) return null;
    if (cells.length === 0) continue;
    return (cells[ttIdx] ?? '').replace(/\*/g, '').trim().replace(/\.$/, '');
  }
  return null;
}

// ---------------------------------------------------------------- scattered (loose) tables

/**
 * The lines ahead mix plain text lines and pipe/tab row fragments, with numbered lines among
 * them: a PDF table converted line by line, its cells broken apart.
 */
function scatteredAhead(lines: LLine[], i: number, isSkippable: (l: LLine) => boolean): boolean {
  let rows = 0;
  let plain = 0;
  let numbered = 0;
  for (let k = i, seen = 0; k < lines.length && seen < 20; k++) {
    const l = lines[k]!;
    if (isSkippable(l)) continue;
    seen++;
    const cells = splitRow(l.text);
    if (cells === null) plain++;
    else if (cells.length > 0) rows++;
    if (rowNumberAt(l.text)) numbered++;
  }
  return rows >= 3 && plain >= 3 && numbered >= 1;
}

/** The row number a line starts with: "1.2 Cơ chế …", "| 1.3 | | Sở Tài chính |", "II Phát triển …". */
function rowNumberAt(text: string): { label: string; rest: string } | null {
  const cells = splitRow(text);
  if (cells && cells.length > 1) {
    const c = (cells[0] ?? '').replace(/\.$/, '');
    if (/^(\d{1,2}(\.\d{1,2}){0,2}|[IVX]{1,4})$/.test(c)) return { label: c, rest: cells.slice(1).filter(Boolean).join('  ') };
    return null;
  }
  if (cells) return null;
  const m = /^\s*(\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,4})\.?\s+(\S.*)$/u.exec(text);
  if (!m || (/^[IVX]/.test(m[1]!) && !/^\p{Lu}/u.test(m[2]!))) return null;
  return { label: m[1]!, rest: m[2]! };
}

const romanValue = (s: string) => ({ I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 })[s] ?? 0;

/**
 * Whether `cand` can follow `prev` in a table's numbering: the next number at some level
 * (allowing a couple of rows lost to the layout), a first child (1 → 1.1), a new Roman group,
 * or a restart at 1 under a new Roman group.
 */
export function followsNumber(prev: string | null, cand: string, afterRoman: boolean): boolean {
  if (/^[IVX]+$/.test(cand)) return romanValue(cand) > 0 && (prev === null || !/^[IVX]+$/.test(prev) ? true : romanValue(cand) > romanValue(prev)) && romanValue(cand) <= 10;
  const c = cand.split('.').map(Number);
  if (prev === null || /^[IVX]+$/.test(prev) || afterRoman) {
    if (c.every((x) => x === 1)) return true;
    if (prev === null || /^[IVX]+$/.test(prev)) return c[0]! <= 3 && c.slice(1).every((x) => x <= 3);
  }
  const p = prev.split('.').map(Number);
  if (c.length === p.length + 1 && p.every((x, k) => x === c[k]) && c[p.length] === 1) return true;
  for (let k = 0; k < p.length; k++) {
    if (!p.slice(0, k).every((x, j) => x === c[j])) break;
    if (c.length >= k + 1 && c[k]! > p[k]! && c[k]! <= p[k]! + 3 && c.slice(k + 1).every((x) => x === 1)) return true;
  }
  return false;
}

/**
 * Read the rest of a scattered table: every line up to the next boundary (appendix head,
 * recipients, signature, a new table header) belongs to the table; a line starting with the next
 * row number starts a row, a number followed by its first child (1 → 1.1) or a Roman numeral is
 * a group. Rows keep all their text; their cells are not aligned. Returns the index after the table.
 */
function readLooseRows(lines: LLine[], start: number, table: ParsedTable, groups: TableRow['groups'], isSkippable: (l: LLine) => boolean, isBoundary: (l: LLine) => boolean): number {
  const starts: { at: number; label: string; rest: string }[] = [];
  let end = start;
  let prev: string | null = null;
  let afterRoman = false;
  for (let k = start; k < lines.length; k++) {
    const l = lines[k]!;
    if (isBoundary(l)) break;
    const cells = splitRow(l.text);
    if (k > start && cells && cells.length > 0 && headerColumns(cells)) break;
    end = k + 1;
    if (isSkippable(l)) continue;
    const n = rowNumberAt(l.text);
    if (n && followsNumber(prev, n.label, afterRoman)) {
      starts.push({ at: k, ...n });
      afterRoman = /^[IVX]+$/.test(n.label);
      prev = n.label;
    }
  }
  // Trailing blank or furniture lines are not the table's.
  while (end > start && isSkippable(lines[end - 1]!)) end--;
  for (let k = start; k < end; k++) if (!isSkippable(lines[k]!)) table.lines.push(...lines[k]!.lines);
  starts.forEach((s, j) => {
    const next = starts[j + 1];
    const stop = next ? next.at : end;
    const isGroup = /^[IVX]+$/.test(s.label) || (!!next && next.label.startsWith(`${s.label}.`));
    const l = lines[s.at]!;
    if (isGroup) {
      pushGroup(groups, s.label, s.rest.split(/\s{2,}/)[0]!.trim(), l.line, /^[IVX]+$/.test(s.label) ? 'roman' : 'decimal');
      table.groupLines.push(l.line);
      return;
    }
    const own = lines.slice(s.at, stop).filter((x) => !isSkippable(x));
    const text = own.map((x) => x.text.replace(/\|/g, ' ')).join(' ').replace(/\s+/g, ' ').trim();
    const last = own[own.length - 1] ?? l;
    table.rows.push({
      tt: s.label,
      cells: table.header.columns.map(() => ''),
      line: l.line,
      endLine: last.endLine,
      column: l.column,
      lines: own.flatMap((x) => x.lines),
      groups: groups.map((x) => ({ ...x })),
      loose: { startText: `${s.label} ${s.rest}`, text },
    });
  });
  return end;
}

const STARTS_UPPER = /^[\p{Lu}\d"“(]/u;

/**
 * A row without TT that is a task of its own rather than the rest of the row above: it has
 * its own content and its own unit/deadline cells, each starting like a fresh cell (capital
 * letter, not the tail of a word or phrase cut by a page break), where the row above already
 * has those cells filled. A continuation only extends cells ("Sở Tài" / "chính").
 */
function ownUnnumberedRow(cells: string[], prev: TableRow, columns: Column[]): boolean {
  const at = (role: AppendixColumnRole) => columns.findIndex((c) => c.role === role);
  const content = (cells[at('content')] ?? '').replace(/^\*+/, '').trim();
  if (!content || !STARTS_UPPER.test(content)) return false;
  const keys = [at('lead'), at('deadline')].filter((k) => k >= 0);
  const own = keys.filter((k) => (cells[k] ?? '').trim() !== '');
  if (own.length === 0) return false;
  return own.every((k) => STARTS_UPPER.test(cells[k]!.trim()) && (prev.cells[k] ?? '').trim() !== '');
}

/**
 * A column whose name gives both roles ("Cơ quan chủ trì/phối hợp", "Cơ quan chủ trì, phối hợp",
 * "Đơn vị chủ trì/Đơn vị phối hợp"): its cells name the lead before a slash and the support after
 * it ("Sở Y tế/Sở Tài chính, UBND các xã").
 */
export function isLeadSupportColumn(name: string): boolean {
  return LEAD_SUPPORT_COLUMN.test(foldName(name));
}

/**
 * The slash that separates the lead from the support in a cell of a column naming both roles:
 * the first "/" with text on both sides, the lead before it and a unit (a capital letter) after it.
 * A slash between two abbreviations ("HĐND/UBND", "QP/AN") belongs to a name.
 */
function roleSlash(text: string): number {
  for (const m of text.matchAll(/\//g)) {
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + 1).trimStart();
    if (!before || !/^\p{Lu}/u.test(after)) continue;
    const left = /(\S+)$/.exec(before)![1]!;
    const right = /^(\S+)/.exec(after)![1]!;
    const abbr = (w: string) => /^[\p{Lu}\d-]{2,}$/u.test(w.replace(/[()]/g, ''));
    if (abbr(left) && abbr(right) && m.index > 0 && text[m.index - 1] !== ' ' && text[m.index + 1] !== ' ') continue;
    return m.index;
  }
  return -1;
}

/**
 * A single "Đơn vị thực hiện" cell that names both roles: labelled ("Chủ trì: A; Phối hợp: B"),
 * marked ("A (chủ trì); B, C (phối hợp)", "A chủ trì; B phối hợp") or written as a sentence
 * ("A chủ trì, phối hợp với B"). Returns the lead and support texts, or null for a plain cell.
 */
export function splitUnitCell(cell: string, slash = false): { lead: string; support: string } | null {
  // a line break inside the cell (<br>, a new paragraph) ends a clause: "Chủ trì: Sở Y tế<br>Phối hợp: …"
  const text = cell.replace(/\s*[\n\u2028]\s*/g, '; ').replace(/\s+/g, ' ').trim();
  const roleWords = /chủ trì|phối hợp/iu.test(text);
  if (!roleWords && !slash) return null;
  const labels = roleWords ? itemLabels(text) : null;
  if (labels && (labels.lead !== undefined || labels.support !== undefined)) return { lead: labels.lead ?? '', support: labels.support ?? '' };
  // "Sở Y tế/Sở Tài chính, UBND các xã" in a column naming both roles; "Sở Y tế (chủ trì)/Bảo hiểm xã hội tỉnh"
  const at = slash ? roleSlash(text) : -1;
  if (at >= 0) {
    const strip = (s: string) => s.replace(/\s*[(\[]\s*(chủ trì|phối hợp)\s*[)\]]/giu, '').replace(/^[;,.\s]+|[;,.\s]+$/g, '');
    return { lead: strip(text.slice(0, at)), support: strip(text.slice(at + 1)) };
  }
  if (!roleWords) return null;
  const sentence = /^(.+?)\s+chủ trì\s*,?\s*(?:và\s+)?phối hợp\s+(?:với\s+)?(.+)$/iu.exec(text);
  if (sentence) return { lead: sentence[1]!, support: sentence[2]! };
  // Role markers closing each part: "(chủ trì)" / "chủ trì" before ";", ",", "." or the end.
  const marker = /\s*[(\[]?\s*(chủ trì|phối hợp)\s*[)\]]?\s*(?:[;,./]\s*|$)/giu;
  const out = { lead: [] as string[], support: [] as string[] };
  let from = 0;
  for (const m of text.matchAll(marker)) {
    let part = text.slice(from, m.index).replace(/^[;,.\s]+|[;,.\s]+$/g, '');
    from = m.index + m[0].length;
    // A bracketed "(phối hợp)" marks the unit just before it: in "Văn phòng UBND tỉnh; Sở Nội vụ (phối
    // hợp)" the first unit, unmarked, leads.
    const cut = /[(\[]/.test(m[0]) && fold(m[1]!) === 'phoi hop' && !out.lead.length ? part.lastIndexOf(';') : -1;
    if (cut > 0) {
      out.lead.push(part.slice(0, cut).trim());
      part = part.slice(cut + 1).trim();
    }
    if (part) (fold(m[1]!) === 'chu tri' ? out.lead : out.support).push(part);
  }
  const rest = text.slice(from).replace(/^[;,.\s]+|[;,.\s]+$/g, '');
  if (rest) (out.lead.length ? out.support : out.lead).push(rest);
  if (!out.lead.length && !out.support.length) return null;
  return { lead: out.lead.join('; '), support: out.support.join('; ') };
}

function appendToContent(row: TableRow, columns: Column[], text: string, l: LLine): void {
  const k = columns.findIndex((c) => c.role === 'content');
  if (k >= 0) row.cells[k] = `${row.cells[k]} ${text}`.trim();
  row.endLine = l.endLine;
  row.lines.push(...l.lines);
}

function pushGroup(groups: TableRow['groups'], label: string, text: string, line: number, type: string | undefined): void {
  const level = type === 'part' ? 0 : type === 'roman' ? 1 : 2;
  const levelOf = (g: { label: string }) => (/^[A-DĐ]$/.test(g.label) ? 0 : /^[IVX]+$/.test(g.label) ? 1 : 2);
  // A numbered group under another ("1.2" under "1") keeps its parent.
  const within = (g: { label: string }) => /^\d/.test(label) && label.startsWith(`${g.label}.`);
  while (groups.length && levelOf(groups[groups.length - 1]!) >= level && !within(groups[groups.length - 1]!)) groups.pop();
  groups.push({ label, text, line });
}

/** A line break inside a table cell (U+2028 LINE SEPARATOR, which `clean` turns into a space). */
export const CELL_BREAK = '\u2028';

/** A line of a cell that starts with a dash: "- Lạng Sơn". */
const DASH_START = /^[-–]\s/;

/**
 * The lines of a cell of a drawn table (grid, box, pandoc multiline), each a line break
 * (CELL_BREAK). A line that starts with a dash goes on the line before it, as the cell was wrapped
 * before the dash of a name ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng" / "- Lạng Sơn"), unless
 * the cell is a list of such lines (its first line starts with one: "- Sở Y tế" / "- Sở Tài chính").
 */
export function joinCellLines(lines: readonly string[]): string {
  if (lines.length < 2) return lines[0] ?? '';
  const list = DASH_START.test(lines[0]!);
  let out = lines[0]!;
  for (let k = 1; k < lines.length; k++) out += `${!list && DASH_START.test(lines[k]!) ? ' ' : CELL_BREAK}${lines[k]}`;
  return out;
}

const UNIT_ROLES: ReadonlySet<string> = new Set(['lead', 'support', 'authority']);

/** A cell as a row keeps it: line breaks stay in unit cells (they separate units), elsewhere they are spaces. */
function cellText(c: string, role: string | undefined): string {
  if (!c.includes(CELL_BREAK)) return c;
  return role !== undefined && UNIT_ROLES.has(role) ? c.replaceAll(CELL_BREAK, '\n') : c.replaceAll(CELL_BREAK, ' ');
}

/** The list marker a line of a cell starts with: "1.", "2)", "a)", "-", "+", "•". */
const DUTY_MARKER = /^\s*(\d{1,2}[.)]|[a-zđ]\)|[-–+•*])\s+/u;

/**
 * The duties of a content cell written as a list, one per line ("1. …<br>2. …", "- …<br>- …"): two
 * lines or more, every line starting with a list marker (a line without one continues the duty
 * above it, when the cell was wrapped). Each duty without its marker; null when the cell is one
 * piece of text.
 */
export function cellDuties(cell: string): { marker: string; text: string }[] | null {
  const lines = cell.split(CELL_BREAK).map((x) => x.trim()).filter(Boolean);
  if (lines.length < 2 || !DUTY_MARKER.test(lines[0]!)) return null;
  const out: { marker: string; text: string }[] = [];
  for (const line of lines) {
    const m = DUTY_MARKER.exec(line);
    if (m) out.push({ marker: m[1]!, text: line.slice(m[0].length).trim() });
    else out[out.length - 1]!.text += ` ${line}`;
  }
  return out.length >= 2 ? out : null;
}

/**
 * HTML <table> → rows of cells with their line numbers (rowspan/colspan expanded: the text in the
 * first column a cell covers), and the cells of each row that span several columns.
 */
export function htmlTableRows(html: string, firstLine: number): { cells: string[]; line: number; spans: { start: number; count: number }[] }[] {
  const rows: { cells: string[]; line: number; spans: { start: number; count: number }[] }[] = [];
  const pending: Map<number, { text: string; left: number }> = new Map();
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const line = firstLine + (html.slice(0, tr.index).match(/\n/g) ?? []).length;
    const cells: string[] = [];
    const spans: { start: number; count: number }[] = [];
    let col = 0;
    const fill = () => {
      while (pending.has(col)) {
        const p = pending.get(col)!;
        cells[col] = p.text;
        if (--p.left <= 0) pending.delete(col);
        col++;
      }
    };
    for (const td of tr[1]!.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1>/gi)) {
      fill();
      const attrs = td[2]!;
      // A line break inside a cell (<br>, one <p> after another) is kept as CELL_BREAK: in a unit cell it
      // separates units ("Sở Nội vụ<br>Sở Tài chính"); anywhere else it becomes a space (see cellText).
      const text = td[3]!
        .replace(/<br\s*\/?>|<\/(?:p|div|li)>\s*(?=<(?:p|div|li)\b)/gi, CELL_BREAK)
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/[^\S\u2028]+/g, ' ')
        .replace(/ ?\u2028[\s\u2028]*/g, CELL_BREAK)
        .replace(/^\u2028+|\u2028+$/g, '')
        .trim();
      const colspan = Number(/colspan\s*=\s*"?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const rowspan = Number(/rowspan\s*=\s*"?(\d+)/i.exec(attrs)?.[1] ?? 1);
      if (colspan > 1) spans.push({ start: col, count: colspan });
      for (let k = 0; k < colspan; k++) {
        cells[col] = k === 0 ? text : '';
        if (rowspan > 1) pending.set(col, { text: k === 0 ? text : '', left: rowspan - 1 });
        col++;
      }
    }
    fill();
    rows.push({ cells: Array.from(cells, (c) => c ?? ''), line, spans });
  }
  return rows;
}
