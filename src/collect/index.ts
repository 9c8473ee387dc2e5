// Filled trackers → a register with `tasks[].progress` (schemaVersion 1.1.0). Plain
// functions; the CLI (src/cli/commands/collect.ts) only wires flags and writes the file.
//
// Every tracker is read completely and every problem is gathered before anything is
// decided: a tracker of another plan or register version, a status outside the drop-down
// list, a progress outside 0–100, an unknown task id, an unknown unit. With any problem the
// caller gets the list and no register (`register: null`), so it never writes a partial one.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { SCHEMA_VERSION_PROGRESS, type Diagnostic, type Progress, type ProgressStatus, type Register, type Task } from '../register/types.js';
import { TRACKER_FORMAT, TRACKER_FORMAT_VERSION } from '../export/index.js';
import { csvGrid, decodeCsv } from './csv.js';
import { dataRows, filled, findHeader, titleUnit, type Grid, type Header, type RawRow } from './table.js';
import { UnitIndex } from './units.js';
import { allowedStatuses, cellString, parsePercent, parseStatus, textOrNull } from './values.js';
import { readXlsxTracker, type TrackerMeta } from './xlsx.js';
import { compareVi } from '../util/collate.js';
import { foldWords } from '../util/text.js';

export { loadRegisterFile } from '../register/load.js';
export { UnitIndex } from './units.js';

/** Something that stops the collection, with the file (and sheet/row) to fix. */
export interface Problem {
  file: string;
  /** `sheet "X", row 12` / `row 12`, or null for the whole file. */
  where: string | null;
  message: string;
}

/** What was read from one tracker file. */
export interface TrackerSummary {
  file: string;
  format: 'xlsx' | 'csv';
  /** Whether `_meta` proved it was exported from this register. */
  verified: boolean;
  units: string[];
  /** Rows with a known task id. */
  rows: number;
  /** Rows the unit filled in (→ progress entries). */
  entries: number;
}

export interface CollectResult {
  /** The updated register, or null when there are problems. */
  register: Register | null;
  problems: Problem[];
  /** Remarks for the user (CSV cannot prove the register version, rows without a task id…). */
  notes: string[];
  trackers: TrackerSummary[];
}

export interface CollectInput {
  register: Register;
  /** sha256 of the register file's bytes (compared with `_meta` registerSha256). */
  registerSha256: string;
  /** The register's path, for messages. */
  registerFile: string;
}

/** A progress entry before merging, with what orders duplicates. */
interface Entry {
  task: Task;
  progress: Progress;
  fileIndex: number;
}

const DONE: ReadonlySet<ProgressStatus> = new Set(['done', 'done-late']);

/** Local calendar date of a Date (the office's day, not UTC's). */
export function localIsoDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** At most `max` characters, cut at a word, with "…". */
function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  let cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;.:]+$/, '')}…`;
}

function short(sha: string): string {
  return `${sha.slice(0, 12)}…`;
}

/** Word overlap of two texts (0–1), to tell a CSV row of another plan from a lightly edited one. */
function similarity(a: string, b: string): number {
  const wa = new Set(foldWords(a).split(' ').filter(Boolean));
  const wb = new Set(foldWords(b).split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

interface FileContext {
  file: string;
  base: string;
  fileIndex: number;
  verified: boolean;
  trackerDate: string | null;
  problems: Problem[];
  notes: string[];
  entries: Entry[];
  summary: TrackerSummary;
}

class Collector {
  readonly units: UnitIndex;
  readonly tasks = new Map<string, Task>();

  constructor(readonly input: CollectInput) {
    this.units = new UnitIndex(input.register);
    for (const t of input.register.tasks) this.tasks.set(t.id, t);
  }

  /** Check `_meta` against the register; returns the problems (empty when it matches). */
  checkMeta(meta: TrackerMeta, file: string): Problem[] {
    const reg = this.input.register;
    const v = meta.values;
    const out: Problem[] = [];
    const format = v.get('format') ?? '';
    if (format !== TRACKER_FORMAT) {
      out.push({ file, where: null, message: `not a plan-extract tracker (its _meta sheet says format "${format}")` });
      return out;
    }
    const version = v.get('formatVersion') ?? '';
    if (version !== TRACKER_FORMAT_VERSION) {
      out.push({ file, where: null, message: `tracker format version "${version}" is not supported (this plan-extract reads version ${TRACKER_FORMAT_VERSION}); export the trackers again` });
      return out;
    }
    const sourceSha = v.get('sourceSha256') ?? '';
    if (sourceSha !== reg.source.sha256) {
      const theirs = [v.get('planNumber'), v.get('planTitle') ? `"${v.get('planTitle')}"` : ''].filter(Boolean).join(' ') || v.get('planId') || 'an unknown plan';
      const ours = [reg.document.number?.raw, reg.document.title ? `"${reg.document.title.text}"` : ''].filter(Boolean).join(' ') || reg.source.path;
      out.push({
        file,
        where: null,
        message: `is a tracker of another plan: ${theirs} (plan sha256 ${short(sourceSha)}), but ${this.input.registerFile} is ${ours} (plan sha256 ${short(reg.source.sha256)}); collect it with its own plan's register`,
      });
      return out;
    }
    const regSha = v.get('registerSha256') ?? '';
    if (regSha !== this.input.registerSha256) {
      out.push({
        file,
        where: null,
        message: `was exported from another version of this plan's register (register sha256 ${short(regSha)} in the tracker's _meta, ${short(this.input.registerSha256)} for ${this.input.registerFile}); collect it with the register the trackers were exported from${v.get('exportDate') ? ` (exported ${v.get('exportDate')})` : ''}`,
      });
    }
    return out;
  }

  /** The unit a grid (sheet / CSV file) reports for, when it has no unit column. */
  gridUnit(ctx: FileContext, grid: Grid, header: Header, meta: TrackerMeta | null, rows: RawRow[], singleSheet: boolean): { unit: string | null; problem: string | null } {
    const tried: string[] = [];
    const known = (name: string | undefined | null, how: string): string | null => {
      if (!name) return null;
      const u = this.units.resolve(name);
      if (!u) tried.push(`${how} "${name}"`);
      return u;
    };
    if (meta && singleSheet && meta.values.get('kind') === 'unit') {
      const u = known(meta.values.get('unit'), "the _meta unit");
      if (u) return { unit: u, problem: null };
    }
    const fromTitle = known(titleUnit(grid, header), 'the title block names');
    if (fromTitle) return { unit: fromTitle, problem: null };
    if (grid.sheet !== null) {
      const fromMeta = known(meta?.sheetUnits.get(grid.sheet), 'the _meta sheet table names');
      if (fromMeta) return { unit: fromMeta, problem: null };
      const fromName = known(this.units.names.find((n) => n === grid.sheet) ?? null, 'the sheet name');
      if (fromName) return { unit: fromName, problem: null };
    } else {
      const fromFile = this.units.fromFileName(ctx.base);
      if (fromFile) return { unit: fromFile, problem: null };
    }
    // Last resort: the one unit assigned to every task of the sheet.
    let common: string[] | null = null;
    for (const r of rows) {
      const t = this.tasks.get(r.taskId);
      if (!t) continue;
      const here = this.units.roles(t);
      common = (common ?? [...here.keys()]).filter((u) => here.has(u));
    }
    if (common && common.length === 1) return { unit: common[0]!, problem: null };
    const unknown = tried.length > 0 ? `; ${tried.join(', ')}, which is not a unit of the register` : '';
    const hint = grid.sheet === null ? 'name the file after the unit (as export does: phong-van-hoa-xa-hoi.csv) or add a "Đơn vị" column' : 'keep the "Đơn vị: …" line above the header';
    return { unit: null, problem: `cannot tell which unit this ${grid.sheet === null ? 'file' : 'sheet'} reports for${unknown}; ${hint}` };
  }

  readGrid(ctx: FileContext, grid: Grid, meta: TrackerMeta | null, singleSheet: boolean): boolean {
    const found = findHeader(grid);
    const sheetWhere = grid.sheet === null ? null : `sheet "${grid.sheet}"`;
    if (!found.header) return false;
    const header = found.header;
    const { rows, orphans } = dataRows(grid, header);
    const where = (row: number): string => (grid.sheet === null ? `row ${row}` : `sheet "${grid.sheet}", row ${row}`);
    if (orphans.length > 0) {
      ctx.notes.push(`${ctx.file}: ${sheetWhere ? `${sheetWhere}: ` : ''}${orphans.length === 1 ? 'row' : 'rows'} ${orphans.slice(0, 5).join(', ')}${orphans.length > 5 ? ', …' : ''} ${orphans.length === 1 ? 'has' : 'have'} progress but no task id: ignored`);
    }
    let gridUnit: string | null = null;
    if (!header.columns.has('unit')) {
      const g = this.gridUnit(ctx, grid, header, meta, rows, singleSheet);
      if (!g.unit) {
        ctx.problems.push({ file: ctx.file, where: sheetWhere, message: g.problem! });
        return true;
      }
      gridUnit = g.unit;
    }
    for (const r of rows) {
      const task = this.tasks.get(r.taskId);
      if (!task) {
        ctx.problems.push({ file: ctx.file, where: where(r.row), message: `unknown task id "${r.taskId}" (not in ${this.input.registerFile})` });
        continue;
      }
      let unit = gridUnit;
      if (r.unit) {
        const written = cellString(r.unit.text);
        unit = written ? this.units.resolve(written) : null;
        if (!unit) {
          ctx.problems.push({ file: ctx.file, where: where(r.row), message: written ? `unknown unit "${written}" (not a unit of ${this.input.registerFile})` : 'the "Đơn vị" cell is empty' });
          continue;
        }
      }
      ctx.summary.rows++;
      if (!ctx.summary.units.includes(unit!)) ctx.summary.units.push(unit!);
      if (!ctx.verified && r.text) {
        const written = cellString(r.text.text);
        if (written && similarity(written, task.text) < 0.5) {
          ctx.problems.push({
            file: ctx.file,
            where: where(r.row),
            message: `the task text does not match task ${task.id} of ${this.input.registerFile} ("${clip(written, 60)}"): a tracker of another plan?`,
          });
          continue;
        }
      }
      if (!filled(r)) continue;
      const statusLabel = textOrNull(r.status);
      let status: ProgressStatus | null = null;
      let bad = false;
      if (statusLabel !== null) {
        const s = parseStatus(statusLabel);
        if (s === undefined) {
          ctx.problems.push({ file: ctx.file, where: where(r.row), message: `status "${statusLabel}" of task ${task.id} is not in the drop-down list (${allowedStatuses()})` });
          bad = true;
        } else {
          status = s;
        }
      }
      const pct = parsePercent(r.progress);
      if (!pct.ok) {
        ctx.problems.push({ file: ctx.file, where: where(r.row), message: `${pct.message} (task ${task.id})` });
        bad = true;
      }
      if (bad) continue;
      ctx.summary.entries++;
      ctx.entries.push({
        task,
        fileIndex: ctx.fileIndex,
        progress: {
          unit: unit!,
          role: this.units.roles(task).get(unit!) ?? null,
          status,
          statusLabel,
          percent: pct.ok ? pct.value : null,
          results: textOrNull(r.result),
          notes: textOrNull(r.note),
          tracker: ctx.base,
          sheet: grid.sheet,
          row: r.row,
          trackerDate: ctx.trackerDate,
          verified: ctx.verified,
        },
      });
    }
    return true;
  }

  async readFile(file: string, fileIndex: number): Promise<FileContext> {
    const base = path.basename(file);
    const ext = path.extname(file).toLowerCase();
    const summary: TrackerSummary = { file, format: ext === '.csv' ? 'csv' : 'xlsx', verified: false, units: [], rows: 0, entries: 0 };
    const ctx: FileContext = { file, base, fileIndex, verified: false, trackerDate: null, problems: [], notes: [], entries: [], summary };
    let bytes: Buffer;
    let mtime: Date;
    try {
      const st = await fsp.stat(file);
      if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
      mtime = st.mtime;
      bytes = await fsp.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      ctx.problems.push({ file, where: null, message: code === 'ENOENT' ? 'no such file' : code === 'ENOTFILE' ? 'not a file' : (err as Error).message });
      return ctx;
    }
    if (bytes.length === 0) {
      ctx.problems.push({ file, where: null, message: 'empty file' });
      return ctx;
    }
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const isCfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    if (isCfb) {
      ctx.problems.push({ file, where: null, message: 'an old binary Excel file (.xls); open it and save it as .xlsx (Excel Workbook)' });
      return ctx;
    }
    if (ext === '.csv' && !isZip) {
      summary.format = 'csv';
      ctx.trackerDate = localIsoDate(mtime);
      const { text } = decodeCsv(bytes);
      const { grid } = csvGrid(text);
      const found = findHeader(grid);
      if (!found.header) {
        ctx.problems.push({ file, where: null, message: `no tracker header found (a row with "Mã nhiệm vụ" and "Trạng thái"${found.missing ? `; ${found.missing}` : ''})` });
        return ctx;
      }
      this.readGrid(ctx, grid, null, true);
      return ctx;
    }
    if (ext !== '.xlsx' && ext !== '.csv') {
      ctx.problems.push({ file, where: null, message: 'not a tracker: expected an .xlsx or .csv file written by plan-extract export' });
      return ctx;
    }
    if (!isZip) {
      ctx.problems.push({ file, where: null, message: 'not an .xlsx workbook (not a zip file)' });
      return ctx;
    }
    summary.format = 'xlsx';
    let book: Awaited<ReturnType<typeof readXlsxTracker>>;
    try {
      book = await readXlsxTracker(file);
    } catch (err) {
      ctx.problems.push({ file, where: null, message: `cannot read the workbook: ${(err as Error).message}` });
      return ctx;
    }
    if (book.meta) {
      const metaProblems = this.checkMeta(book.meta, file);
      if (metaProblems.length > 0) {
        ctx.problems.push(...metaProblems);
        return ctx; // its rows would only add noise (unknown ids of the other plan)
      }
      ctx.verified = true;
    } else {
      ctx.notes.push(`${file}: no _meta sheet (not a workbook written by export, or copied into a new one): matched on task ids only, the register version cannot be checked`);
    }
    summary.verified = ctx.verified;
    const exportDate = book.meta?.values.get('exportDate') ?? '';
    const modified = book.modified ? localIsoDate(book.modified) : null;
    ctx.trackerDate = modified && (!book.meta || modified > exportDate) ? modified : localIsoDate(mtime);
    const trackerGrids = book.grids.filter((g) => findHeader(g).header);
    if (trackerGrids.length === 0) {
      const missing = book.grids.map((g) => findHeader(g)).find((f) => !f.header && f.missing);
      const why = missing && !missing.header && missing.missing ? `; ${missing.missing}` : '';
      ctx.problems.push({ file, where: null, message: `no tracker sheet found (no header row with "Mã nhiệm vụ" and "Trạng thái"${why})` });
      return ctx;
    }
    for (const g of trackerGrids) this.readGrid(ctx, g, book.meta, trackerGrids.length === 1);
    return ctx;
  }
}

/** Same report (status, percent, results, notes)? */
function sameReport(a: Progress, b: Progress): boolean {
  return a.status === b.status && a.statusLabel === b.statusLabel && a.percent === b.percent && a.results === b.results && a.notes === b.notes;
}

function place(p: Progress): string {
  return `${p.tracker}${p.sheet !== null ? ` "${p.sheet}"` : ''} row ${p.row}`;
}

const ROLE_RANK = { lead: 0, support: 1 } as const;

/**
 * Read every tracker and merge what the units reported into a copy of the register.
 * Progress already in the register is kept unless the same unit reports on the same task
 * again. `collect/*` diagnostics are recomputed.
 */
export async function collectProgress(input: CollectInput, trackerFiles: string[]): Promise<CollectResult> {
  const c = new Collector(input);
  const contexts: FileContext[] = [];
  for (const [i, file] of trackerFiles.entries()) contexts.push(await c.readFile(file, i));
  const problems = contexts.flatMap((x) => x.problems);
  const notes = contexts.flatMap((x) => x.notes);
  const trackers = contexts.map((x) => x.summary);
  if (contexts.some((x) => x.summary.format === 'csv' && x.problems.length === 0)) {
    notes.push('CSV trackers carry no _meta: they are matched on task ids and task texts, and cannot prove which register version they were exported from');
  }
  if (problems.length > 0) return { register: null, problems, notes, trackers };

  const reg = structuredClone(input.register);
  const diagnostics: Diagnostic[] = [];
  const diag = (task: Task, rule: string, severity: Diagnostic['severity'], message: string): void => {
    diagnostics.push({ rule, severity, message, line: task.source.line, column: task.source.column });
  };

  // Latest report of each (task, unit): later tracker date, then later argument, then lower row.
  const entries = contexts.flatMap((x) => x.entries);
  const order = (e: Entry): [string, number, number] => [e.progress.trackerDate ?? '', e.fileIndex, -e.progress.row];
  entries.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2];
  });
  const latest = new Map<string, Map<string, Entry>>();
  const byTask = (id: string): Map<string, Entry> => {
    let m = latest.get(id);
    if (!m) latest.set(id, (m = new Map()));
    return m;
  };
  for (const e of entries) {
    const m = byTask(e.task.id);
    const prev = m.get(e.progress.unit);
    if (prev && !sameReport(prev.progress, e.progress)) {
      diag(
        e.task,
        'collect/duplicate-report',
        'warning',
        `${e.progress.unit} reported twice on task ${e.task.id}: ${place(prev.progress)} ("${prev.progress.statusLabel ?? ''}", ${prev.progress.percent ?? '–'}%) and ${place(e.progress)} ("${e.progress.statusLabel ?? ''}", ${e.progress.percent ?? '–'}%); kept the later one, ${place(e.progress)}`,
      );
    }
    m.set(e.progress.unit, e);
  }

  for (const task of reg.tasks) {
    const fresh = latest.get(task.id);
    const kept = (task.progress ?? []).filter((p) => !fresh?.has(p.unit));
    const list = [...kept, ...[...(fresh?.values() ?? [])].map((e) => e.progress)];
    list.sort((a, b) => (a.role ? ROLE_RANK[a.role] : 2) - (b.role ? ROLE_RANK[b.role] : 2) || compareVi(a.unit, b.unit));
    task.progress = list;

    for (const p of list) {
      if (p.role === null) diag(task, 'collect/not-assigned', 'info', `${p.unit} reported on task ${task.id} (${place(p)}), which the register does not assign to it`);
      if (p.status === null) diag(task, 'collect/no-status', 'info', `${p.unit} filled in task ${task.id} but left the status blank (${place(p)})`);
    }
    const done = list.filter((p) => p.status !== null && DONE.has(p.status));
    const notDone = list.filter((p) => p.status !== null && !DONE.has(p.status));
    if (done.length > 0 && notDone.length > 0) {
      const say = (p: Progress): string => `${p.unit}${p.role ? ` (${p.role})` : ''} says "${p.statusLabel}" (${place(p)})`;
      diag(task, 'collect/conflicting-status', 'warning', `conflicting status for task ${task.id}: ${[...done, ...notDone].map(say).join('; ')}`);
    }
  }

  diagnostics.sort((a, b) => a.line - b.line);
  reg.diagnostics = [...reg.diagnostics.filter((d) => !d.rule.startsWith('collect/')), ...diagnostics];
  reg.schemaVersion = SCHEMA_VERSION_PROGRESS;

  const { validateRegister } = await import('../register/validate.js');
  const v = await validateRegister(reg);
  if (!v.valid) {
    const first = v.errors[0]!;
    throw new Error(`internal: the collected register does not validate: ${first.path || '/'}: ${first.message}`);
  }
  return { register: reg, problems: [], notes, trackers };
}

/** `R.register.json` → `R.progress.register.json` next to it (a `.progress.register.json` stays as it is). */
export function defaultOutput(registerFile: string): string {
  const dir = path.dirname(registerFile);
  const base = path.basename(registerFile);
  if (/\.progress\.register\.json$/i.test(base)) return registerFile;
  const stem = base.replace(/\.register\.json$/i, '').replace(/\.json$/i, '');
  return path.join(dir, `${stem}.progress.register.json`);
}
