// Register → per-unit trackers (xlsx and/or csv). Plain functions; the CLI only wires flags.
//
// Files written into `outDir`:
//   tong-hop.xlsx / tong-hop.csv   always (the master workbook / the combined CSV)
//   <unit-slug>.xlsx / .csv         with `byUnit`, one per unit that has ≥ 1 row
// Nothing is overwritten without `force` (every target is checked before anything is
// written), and every file is first written under a temporary name next to its target
// and renamed only once all files of the export are complete: an interrupted or failed
// export leaves no truncated tracker (at worst a `.*.tmp` file, which is removed on
// failure when the process is still alive).
//
// exceljs is imported lazily inside ./xlsx.js#writeWorkbook, only when xlsx output is
// asked for; nothing here loads it at import time.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Register } from '../register/types.js';
import { InputError, UsageError, tempPathFor, writeError } from '../util/fs.js';
import { VERSION } from '../version.js';
import { parseDelimiter, writeCsv } from './csv.js';
import { labels, type Lang } from './labels.js';
import { uniqueFileBaseNames, uniqueSheetNames } from './names.js';
import { assignmentsByUnit, orderUnits, toRows, type TrackerRow } from './rows.js';
import { META_SHEET, quarterKey, writeWorkbook, type SummaryEntry, type XlsxWorkbookSpec } from './xlsx.js';

export { trackerRows, unitsToExport, type TrackerRow } from './rows.js';
export { makeSyntheticRegister } from './synthetic.js';

export interface ExportOptions {
  to: 'xlsx' | 'csv' | 'both';
  outDir: string;
  byUnit: boolean;
  role: 'lead' | 'support' | 'all';
  expandCollectives: boolean;
  /** ISO date: overdue counts, and the workbook dates (else the plan date, else 2000-01-01). */
  asOf: string | null;
  lang: 'vi' | 'en';
  force: boolean;
  delimiter: string;
}

/** Base name (without extension) of the master workbook and of the combined CSV. */
export const MASTER_BASE = 'tong-hop';
/** Format marker and version written to `_meta` (bump when the tracker layout changes). */
export const TRACKER_FORMAT = 'plan-extract-tracker';
export const TRACKER_FORMAT_VERSION = '1';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Check option values that the type system cannot (the CLI passes user strings). */
export function checkOptions(opts: ExportOptions): ExportOptions {
  if (!['xlsx', 'csv', 'both'].includes(opts.to)) throw new UsageError(`--to must be xlsx, csv or both (got ${JSON.stringify(opts.to)})`);
  if (!['lead', 'support', 'all'].includes(opts.role)) throw new UsageError(`--role must be lead, support or all (got ${JSON.stringify(opts.role)})`);
  if (!['vi', 'en'].includes(opts.lang)) throw new UsageError(`--lang must be vi or en (got ${JSON.stringify(opts.lang)})`);
  if (opts.asOf !== null && !isIsoDate(opts.asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD (got ${JSON.stringify(opts.asOf)})`);
  let delimiter: string;
  try {
    delimiter = parseDelimiter(opts.delimiter);
  } catch (err) {
    throw new UsageError(`--delimiter: ${(err as Error).message}`);
  }
  return { ...opts, delimiter };
}

/** The date stamped on the trackers: --as-of, else the plan's date, else 2000-01-01 (never "now": output is reproducible). */
export function exportDate(reg: Register, asOf: string | null): string {
  if (asOf) return asOf;
  const iso = reg.document.date?.iso;
  return iso && isIsoDate(iso) ? iso : '2000-01-01';
}

/** The plan's identity for `_meta`: its number when it has a serial, else `sha256:<source sha>`. */
export function planId(reg: Register): string {
  const n = reg.document.number;
  return n && n.serial ? n.raw.trim() : `sha256:${reg.source.sha256}`;
}

interface Layout {
  units: string[];
  sheetNames: Map<string, string>;
  fileBases: Map<string, string>;
  byUnit: ReturnType<typeof assignmentsByUnit>;
  files: { path: string; kind: 'master' | 'unit'; format: 'xlsx' | 'csv'; unit: string | null }[];
}

function layout(reg: Register, opts: ExportOptions): Layout {
  const byUnit = assignmentsByUnit(reg, opts);
  const units = orderUnits(reg, byUnit);
  const l = labels(opts.lang);
  const sheets = uniqueSheetNames(units, [l.summarySheet, META_SHEET]);
  const bases = uniqueFileBaseNames(units, [MASTER_BASE]);
  const sheetNames = new Map(units.map((u, i) => [u, sheets[i]!]));
  const fileBases = new Map(units.map((u, i) => [u, bases[i]!]));
  const formats: ('xlsx' | 'csv')[] = opts.to === 'both' ? ['xlsx', 'csv'] : [opts.to];
  const files: Layout['files'] = [];
  for (const format of formats) files.push({ path: path.join(opts.outDir, `${MASTER_BASE}.${format}`), kind: 'master', format, unit: null });
  if (opts.byUnit) {
    for (const unit of units) {
      for (const format of formats) {
        files.push({ path: path.join(opts.outDir, `${fileBases.get(unit)!}.${format}`), kind: 'unit', format, unit });
      }
    }
  }
  const root = path.resolve(opts.outDir);
  for (const f of files) {
    // Names are [a-z0-9-] slugs; this is a second line of defence.
    if (path.dirname(path.resolve(f.path)) !== root) throw new Error(`internal: ${f.path} is outside ${opts.outDir}`);
  }
  return { units, sheetNames, fileBases, byUnit, files };
}

/** Every path `exportRegister` would write for these options, in writing order. */
export function exportTargets(reg: Register, opts: ExportOptions): string[] {
  return layout(reg, checkOptions(opts)).files.map((f) => f.path);
}

/**
 * Refuse (one InputError naming the first file) when any target exists and `force` is
 * off, or — even with `force` — when a target is a folder (it could not be replaced).
 */
export async function checkTargets(targets: string[], force: boolean): Promise<void> {
  const existing: string[] = [];
  for (const t of targets) {
    const st = await fsp.stat(t).catch(() => null);
    if (!st) continue;
    if (!st.isFile()) throw new InputError(t, 'exists and is not a file');
    existing.push(t);
  }
  if (force) return;
  if (existing.length > 0) {
    const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
    throw new InputError(existing[0]!, `already exists${more}; use --force to overwrite`);
  }
}

/** Every quarter from the earliest to the latest of `keys` (`2026-Q1`…), so the summary has no gaps. */
export function quarterSpan(keys: string[]): string[] {
  if (keys.length === 0) return [];
  const n = (k: string): number => Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1;
  const sorted = keys.map(n).sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  // A stray far-future date must not make hundreds of columns: beyond 40 quarters, list only those used.
  const all = last - first < 40 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [...new Set(sorted)];
  return all.map((q) => `${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
}

function summaryEntries(lay: Layout, opts: ExportOptions): { quarters: string[]; entries: SummaryEntry[] } {
  const quarters = new Set<string>();
  // Due date → its quarter key, or null when it is not a date (tasks share a few dates).
  const quarterOf = new Map<string, string | null>();
  const entries = lay.units.map((unit): SummaryEntry => {
    const list = lay.byUnit.get(unit)!;
    const byQuarter = new Map<string, number>();
    let led = 0;
    let noDue = 0;
    let overdue = 0;
    for (const { task, role } of list) {
      if (role === 'lead') led++;
      const due = task.deadline?.due ?? '';
      let q = quarterOf.get(due);
      if (q === undefined) quarterOf.set(due, (q = due && isIsoDate(due) ? quarterKey(due) : null));
      if (q) {
        quarters.add(q);
        byQuarter.set(q, (byQuarter.get(q) ?? 0) + 1);
        if (opts.asOf && due < opts.asOf) overdue++;
      } else {
        noDue++;
      }
    }
    return {
      unit,
      sheet: lay.sheetNames.get(unit)!,
      led,
      supported: list.length - led,
      total: list.length,
      byQuarter,
      noDue,
      overdue: opts.asOf ? overdue : null,
      rows: list.length,
    };
  });
  return { quarters: quarterSpan([...quarters]), entries };
}

function metaPairs(reg: Register, sha: string, opts: ExportOptions, date: string, kind: 'master' | 'unit', unit: string | null): [string, string][] {
  const pairs: [string, string][] = [
    ['format', TRACKER_FORMAT],
    ['formatVersion', TRACKER_FORMAT_VERSION],
    ['kind', kind],
    ['planId', planId(reg)],
    ['planNumber', reg.document.number?.raw ?? ''],
    ['planTitle', reg.document.title?.text ?? ''],
    ['planDate', reg.document.date?.iso ?? reg.document.date?.raw ?? ''],
    ['sourcePath', reg.source.path],
    ['sourceSha256', reg.source.sha256],
    ['registerSha256', sha],
    ['schemaVersion', reg.schemaVersion],
    ['generator', `${reg.generator.name} ${reg.generator.version}`],
    ['exportedBy', `plan-extract ${VERSION}`],
    ['exportDate', date],
    ['asOf', opts.asOf ?? ''],
    ['lang', opts.lang],
    ['role', opts.role],
    ['expandCollectives', String(opts.expandCollectives)],
  ];
  if (unit !== null) pairs.push(['unit', unit]);
  return pairs;
}

/** "Số: 12/KH-UBND" → "12/KH-UBND" (the label is added back in the chosen language). */
function planNumberText(reg: Register): string {
  return (reg.document.number?.raw ?? '').replace(/^\s*s[ốo]\s*[:.]?\s*/iu, '').trim();
}

/** Workbooks written at the same time (memory: each holds at most ~1 MB of pending zip input). */
const WORKBOOKS_IN_FLIGHT = 4;

/**
 * Write the trackers of one register into `opts.outDir`. `registerSha256` is the
 * sha256 of the register JSON as serialised (recorded in `_meta`). Returns the files
 * written, in order (master first).
 */
export async function exportRegister(reg: Register, registerSha256: string, options: ExportOptions): Promise<{ files: string[] }> {
  const opts = checkOptions(options);
  const lay = layout(reg, opts);
  const targets = lay.files.map((f) => f.path);
  await checkTargets(targets, opts.force);
  await fsp.mkdir(opts.outDir, { recursive: true }).catch((err: unknown) => {
    throw writeError(opts.outDir, err);
  });

  const lang: Lang = opts.lang;
  const date = exportDate(reg, opts.asOf);
  const rowsOf = (unit: string): TrackerRow[] => toRows(unit, lay.byUnit.get(unit)!, lang);
  const allRows = function* (): Generator<TrackerRow> {
    for (const unit of lay.units) yield* rowsOf(unit);
  };
  const temps: string[] = [];
  try {
    const summary = lay.files.some((f) => f.format === 'xlsx') ? summaryEntries(lay, opts) : null;
    const jobs: (() => Promise<void>)[] = [];
    for (const f of lay.files) {
      const tmp = tempPathFor(f.path);
      temps.push(tmp);
      if (f.format === 'csv') {
        const rows = f.unit === null ? allRows() : rowsOf(f.unit);
        await writeCsv(tmp, rows, { lang, delimiter: opts.delimiter, combined: f.unit === null });
        continue;
      }
      const units = f.unit === null ? lay.units : [f.unit];
      const spec: XlsxWorkbookSpec = {
        file: tmp,
        lang,
        date,
        asOf: opts.asOf,
        plan: { number: planNumberText(reg), title: reg.document.title?.text ?? '', date: reg.document.date?.raw ?? '' },
        summary:
          f.unit === null
            ? { sheet: labels(lang).summarySheet, quarters: summary!.quarters, entries: summary!.entries }
            : null,
        sheets: units.map((unit) => ({ name: lay.sheetNames.get(unit)!, unit, rows: () => rowsOf(unit) })),
        meta: metaPairs(reg, registerSha256, opts, date, f.kind, f.unit),
      };
      jobs.push(() => writeWorkbook(spec));
    }
    await runLimited(jobs, WORKBOOKS_IN_FLIGHT);
    // All files are complete: check again (another process may have created one
    // meanwhile), then move them into place.
    await checkTargets(targets, opts.force);
    for (const [i, f] of lay.files.entries()) {
      await fsp.rename(temps[i]!, f.path);
      temps[i] = '';
    }
  } catch (err) {
    await Promise.all(temps.filter(Boolean).map((t) => fsp.rm(t, { force: true })));
    throw writeError(opts.outDir, err);
  }
  return { files: targets };
}

/**
 * Run `jobs` with at most `limit` in flight. A workbook spends much of its time waiting for the zip's
 * deflate (libuv's thread pool) and file writes: written a few at a time, one's wait is another's turn.
 */
async function runLimited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
}
