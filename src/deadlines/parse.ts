// parseDeadline: one deadline phrase (a table cell, a "Thời gian hoàn thành:" line)
// → a `Deadline`. The phrase shapes live in grammar.ts; this file turns matches
// into periods, fills in years and builds the result. It never throws.

import type { Deadline, DeadlineKind, Recurrence, RecurrenceFrequency } from '../register/types.js';
import { romanToInt } from '../util/text.js';
import {
  addDaysIso,
  endOfMonthIso,
  isValidDayMonth,
  isValidMonth,
  toIso,
  toMonthDay,
} from './calendar.js';
import {
  ATOMS,
  BARE_ITEM,
  CONTINUOUS_HEAD,
  COUNCIL_SESSION,
  EDGE_PUNCT_END,
  EDGE_PUNCT_START,
  FROM_NOW,
  FROM_WORD,
  IMPLICIT_START_EVENT,
  LEAD_NOISE,
  LIST_SPLIT,
  NON_DATES,
  OPEN_FROM,
  OPEN_ONWARD,
  PART_OF_PERIOD,
  PERIOD_PREFIX,
  RANGE_SPLIT,
  REC_TOKENS,
  ROUNDS,
  REL_BEFORE_EVENT,
  REL_DURATION,
  REL_EVENT,
  REL_OFFSET_EVENT,
  REL_SCHEDULE,
  REL_UNITS,
  TRAIL_NOISE,
  type AtomName,
} from './grammar.js';
import { foldMapped, sourceSlice, type FoldedText } from './normalize.js';

export interface DeadlineContext {
  /** The plan year, used for phrases without a year. */
  year: number | null;
  /** The plan period; its first year is used when `year` is null. */
  period?: { start: number; end: number } | null;
}

export interface DeadlineResult {
  deadline: Deadline;
  /** Human-readable problems (impossible date, missing year, unknown phrase). */
  problems: string[];
}

// ================================================================ periods

type PeriodUnit = 'date' | 'month' | 'quarter' | 'half-year' | 'year';

/** One calendar period before its year is known. Months m1..m2 of `year`; `day` for dates. */
interface PeriodRef {
  unit: PeriodUnit;
  year: number | null;
  m1: number;
  m2: number;
  day: number | null;
}

/** A period or a range from one period to another (from === to for a single period). */
interface Part {
  from: PeriodRef;
  to: PeriodRef;
  /** One named period from `from` to `to` ("Năm học 2027 - 2028"): "trước" it is before it starts. */
  whole?: true;
}

interface Failure {
  error: string;
}

type PartResult = Part | Failure | null;

function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'error' in x;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function yearOf(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** "iv" → 4, "2" → 2, else NaN. */
function quarterNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (romanToInt(s) ?? NaN);
}

function single(ref: PeriodRef): Part {
  return { from: ref, to: ref };
}

function dateRef(d: number, m: number, y: number | null): PeriodRef | Failure {
  if (!isValidMonth(m)) return { error: `impossible date "${pad2(d)}/${pad2(m)}${y === null ? '' : `/${y}`}" (there is no month ${m})` };
  if (!isValidDayMonth(d, m, y)) return { error: `impossible date "${pad2(d)}/${pad2(m)}${y === null ? '' : `/${y}`}"` };
  return { unit: 'date', year: y, m1: m, m2: m, day: d };
}

function monthRef(m: number, y: number | null): PeriodRef | Failure {
  if (!isValidMonth(m)) return { error: `impossible month ${m}` };
  return { unit: 'month', year: y, m1: m, m2: m, day: null };
}

function quarterRef(q: number, y: number | null): PeriodRef | Failure {
  if (!(q >= 1 && q <= 4)) return { error: `impossible quarter ${Number.isNaN(q) ? '?' : q}` };
  return { unit: 'quarter', year: y, m1: 3 * q - 2, m2: 3 * q, day: null };
}

function yearRef(y: number | null): PeriodRef {
  return { unit: 'year', year: y, m1: 1, m2: 12, day: null };
}

function pair(a: PeriodRef | Failure, b: PeriodRef | Failure): PartResult {
  if (isFailure(a)) return a;
  if (isFailure(b)) return b;
  return { from: a, to: b };
}

function one(a: PeriodRef | Failure): PartResult {
  return isFailure(a) ? a : single(a);
}

/** Builds the period for an atomic pattern match (see ATOMS in grammar.ts). */
function buildAtom(name: AtomName, g: RegExpExecArray): PartResult {
  switch (name) {
    case 'date-numeric':
      return one(dateRef(Number(g[1]), Number(g[3]), Number(g[4])));
    case 'date-words':
      return one(dateRef(Number(g[1]), Number(g[2]), yearOf(g[3])));
    case 'date-short':
      return one(dateRef(Number(g[1] ?? g[2]), Number(g[3]), null));
    case 'month-range-bare': {
      // "15-12/2026" is not a month range; read it as a date written with mixed separators.
      const a = Number(g[1]);
      const b = Number(g[2]);
      const y = Number(g[3]);
      if (!isValidMonth(a) && isValidDayMonth(a, b, y)) return one(dateRef(a, b, y));
      return monthRange(a, b, y);
    }
    case 'month-range':
      return monthRange(Number(g[1]), Number(g[2]), yearOf(g[3]));
    case 'month':
    case 'month-bare':
      return one(monthRef(Number(g[1]), yearOf(g[2])));
    case 'quarter-range': {
      const y = yearOf(g[3]);
      const q1 = quarterNumber(g[1]!);
      const q2 = quarterNumber(g[2]!);
      if (q1 > q2) return { error: `quarter range ${g[1]!.toUpperCase()}-${g[2]!.toUpperCase()} runs backwards` };
      return pair(quarterRef(q1, y), quarterRef(q2, y));
    }
    case 'quarter':
      return one(quarterRef(quarterNumber(g[1]!), yearOf(g[2])));
    case 'half': {
      const first = g[1] === 'dau'; // đầu = first half, cuối = second half
      return single({ unit: 'half-year', year: yearOf(g[2]), m1: first ? 1 : 7, m2: first ? 6 : 12, day: null });
    }
    case 'year-range': {
      const y1 = Number(g[1]);
      const y2 = Number(g[2]);
      if (y1 > y2) return { error: `year range ${y1}-${y2} runs backwards` };
      return { from: yearRef(y1), to: yearRef(y2) };
    }
    case 'year':
      return single(yearRef(Number(g[1])));
    case 'school-year': {
      const y1 = Number(g[1]);
      if (Number(g[2]) !== y1 + 1) return { error: `school year ${y1}-${g[2]} is not two years running` };
      const p = pair(dateRef(1, 9, y1), dateRef(31, 5, y1 + 1));
      return p && !isFailure(p) ? { ...p, whole: true } : p;
    }
    case 'semester': {
      const y1 = Number(g[2]);
      if (Number(g[3]) !== y1 + 1) return { error: `school year ${y1}-${g[3]} is not two years running` };
      const first = g[1] === 'i' || g[1] === '1';
      const p = first ? pair(dateRef(1, 9, y1), dateRef(15, 1, y1 + 1)) : pair(dateRef(16, 1, y1 + 1), dateRef(31, 5, y1 + 1));
      return p && !isFailure(p) ? { ...p, whole: true } : p;
    }
    case 'year-this':
      return single(yearRef(null));
  }
}

function monthRange(a: number, b: number, y: number | null): PartResult {
  const from = monthRef(a, y);
  const to = monthRef(b, y);
  if (isFailure(from) || isFailure(to)) return pair(from, to);
  // "tháng 11-2/2027": November 2026 to February 2027.
  if (a > b) {
    if (y === null) return { error: `month range ${a}-${b} runs backwards` };
    from.year = y - 1;
  }
  return { from, to };
}

function parseAtom(s: string): PartResult {
  for (const { name, re } of ATOMS) {
    const g = re.exec(s);
    if (g) return buildAtom(name, g);
  }
  const part = PART_OF_PERIOD.exec(s);
  return part ? partOfPeriod(part) : null;
}

/** "tuần đầu tháng 8/2026", "đầu tháng 8", "giữa tháng 8", "đầu năm 2027": a range of days (see PART_OF_PERIOD). */
function partOfPeriod(g: RegExpExecArray): PartResult {
  const what = g[1]!;
  if (g[3] === undefined) {
    // "đầu năm 2027": the first quarter; "giữa năm 2027": June and July (a week of a year is too vague to date)
    const y = yearOf(g[5]);
    if (what === 'dau') return pair(dateRef(1, 1, y), dateRef(31, 3, y));
    if (what === 'giua') return pair(dateRef(1, 6, y), dateRef(31, 7, y));
    return null;
  }
  const m = Number(g[3]);
  const y = yearOf(g[4]);
  if (!isValidMonth(m)) return { error: `impossible month ${m}` };
  // Without a year the month's length is taken from a non-leap year; the year is filled in later.
  const last = y === null ? [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]! : Number(endOfMonthIso(y, m).slice(8));
  let from: number;
  let to: number;
  if (what === 'dau') [from, to] = [1, 10];
  else if (what === 'giua') [from, to] = [11, 20];
  else if (what.includes('cuoi')) [from, to] = [last - 6, last];
  else {
    const n = g[2] === undefined ? 1 : Number(g[2]);
    if (n < 1 || n > 5) return null;
    [from, to] = [(n - 1) * 7 + 1, Math.min(n * 7, last)];
    if (from > last) return null;
  }
  return pair(dateRef(from, m, y), dateRef(to, m, y));
}

/** An atom, or two atoms joined as a range ("Quý IV/2025 - Quý I/2026", "từ tháng 3 đến tháng 6/2026"). */
function parseRangeOrAtom(s: string): PartResult {
  const atom = parseAtom(s);
  if (atom) return atom;
  const m = RANGE_SPLIT.exec(s);
  if (!m || m.index === 0) return null;
  const left = parseAtom(s.slice(0, m.index).replace(FROM_WORD, ''));
  // "từ tháng 7/2026 đến hết năm 2026": the right side may have its own "hết / cuối / trước".
  const right = parseAtom(stripPeriodPrefix(s.slice(m.index + m[0].length)).rest);
  if (isFailure(left)) return left;
  if (isFailure(right)) return right;
  if (!left || !right) return null;
  return { from: left.from, to: right.to };
}

const UNIT_WORD: Partial<Record<PeriodUnit, string>> = { quarter: 'quy ', month: 'thang ' };

/** A period expression: an atom, a range, or a list of them ("Năm 2024, năm 2025"). */
function parsePeriodExpr(s: string): Part[] | Failure | null {
  const first = parseRangeOrAtom(s);
  if (isFailure(first)) return first;
  if (first) return [first];
  const items = s.split(LIST_SPLIT).filter((x) => x !== '');
  if (items.length < 2) return null;
  const parts: Part[] = [];
  for (const item of items) {
    // "Trước ngày 15/6/2026 và trước ngày 10/12/2026": each item may repeat "trước" / "đến hết"
    let text = stripPeriodPrefix(item).rest;
    // "Quý I, II, III/2026": a bare numeral takes the unit of the item before it.
    const prevUnit = parts.length > 0 ? parts[parts.length - 1]!.to.unit : null;
    if (prevUnit && UNIT_WORD[prevUnit] && BARE_ITEM.test(text)) text = UNIT_WORD[prevUnit] + text;
    const p = parseRangeOrAtom(text);
    if (p === null || isFailure(p)) return p;
    parts.push(p);
  }
  return parts;
}

// ================================================================ resolution

interface Resolved {
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
  yearInferred: boolean;
  problems: string[];
}

function contextYear(ctx: DeadlineContext): number | null {
  return ctx.year ?? ctx.period?.start ?? null;
}

function startOf(r: PeriodRef): string {
  return toIso(r.year!, r.m1, r.day ?? 1);
}

function endOf(r: PeriodRef): string {
  return r.day !== null ? toIso(r.year!, r.m1, r.day) : endOfMonthIso(r.year!, r.m2);
}

/** Fills missing years (from a later item, an earlier one, then the plan) and computes the dates. */
function resolveParts(parts: Part[], before: boolean, ctx: DeadlineContext): Resolved {
  const refs: PeriodRef[] = [];
  for (const p of parts) {
    refs.push(p.from);
    if (p.to !== p.from) refs.push(p.to);
  }
  const explicit = refs.map((r) => r.year);
  let yearInferred = false;
  const plan = contextYear(ctx);
  const borrowedFromNext = new Set<PeriodRef>();
  refs.forEach((r, i) => {
    if (r.year !== null) return;
    const next = explicit.slice(i + 1).find((y) => y !== null);
    if (next != null) {
      r.year = next;
      borrowedFromNext.add(r);
      return;
    }
    const prev = explicit.slice(0, i).reverse().find((y) => y !== null);
    if (prev != null) {
      r.year = prev;
      return;
    }
    if (plan !== null) {
      r.year = plan;
      yearInferred = true;
    }
  });

  let kind: DeadlineKind;
  const only = parts.length === 1 && parts[0]!.from === parts[0]!.to ? parts[0]!.from : null;
  if (only) kind = only.unit;
  else kind = 'range';

  if (refs.some((r) => r.year === null)) {
    const k: DeadlineKind = before && kind !== 'range' ? 'date' : kind;
    return { kind: k, start: null, due: null, yearInferred: false, problems: ['the phrase has no year and the plan year is unknown: dates left empty'] };
  }
  for (const r of refs) {
    if (r.day !== null && !isValidDayMonth(r.day, r.m1, r.year)) {
      return unspecifiedResolved(`impossible date "${pad2(r.day)}/${pad2(r.m1)}/${r.year}"`);
    }
  }
  // "tháng 11 - tháng 2/2027": the first month took 2027 from the second; it belongs to 2026.
  for (const p of parts) {
    if (p.from !== p.to && borrowedFromNext.has(p.from) && startOf(p.from) > endOf(p.to)) p.from.year = p.from.year! - 1;
  }

  let start = parts.map((p) => startOf(p.from)).reduce((a, b) => (a < b ? a : b));
  let due = parts.map((p) => endOf(p.to)).reduce((a, b) => (a > b ? a : b));
  if (start > due) return unspecifiedResolved('the range ends before it starts');
  // A list of the same period ("Năm 2026; năm 2026") is that period, not a range.
  if (kind === 'range' && refs.every((r) => r.unit === refs[0]!.unit && startOf(r) === start && endOf(r) === due)) {
    kind = refs[0]!.unit;
  }
  if (kind === 'date') return { kind, start: null, due, yearInferred, problems: [] };
  // "Trước ngày 15/6/2026 và trước ngày 10/12/2026" (the six-month and the yearly report): a list of
  // days is a series of milestones, not a span; the task is due at the first (the phrase keeps the rest).
  if (parts.length > 1 && parts.every((p) => p.from === p.to && p.from.day !== null)) {
    return { kind: 'date', start: null, due: start, yearInferred, problems: [] };
  }
  if (before && (kind !== 'range' || (parts.length === 1 && parts[0]!.whole))) {
    // "trước tháng 6/2026" (before June 2026), "trước năm học 2027 - 2028" (before the school year): due the
    // day before the period starts.
    return { kind: 'date', start: null, due: addDaysIso(start, -1), yearInferred, problems: [] };
  }
  return { kind, start, due, yearInferred, problems: [] };
}

function unspecifiedResolved(problem: string): Resolved {
  return { kind: 'unspecified', start: null, due: null, yearInferred: false, problems: [problem] };
}

/** Strips "trước / chậm nhất / trong / vào / đến hết / cuối …" and parses the period. */
function parsePeriodPhrase(s: string): { parts: Part[]; before: boolean } | Failure | null {
  const { rest, before } = stripPeriodPrefix(s.replace(FROM_NOW, ''));
  const parts = parsePeriodExpr(rest);
  if (parts === null || isFailure(parts)) return parts;
  return { parts, before };
}

function stripPeriodPrefix(s: string): { rest: string; before: boolean } {
  let before = false;
  let rest = s;
  for (let m = PERIOD_PREFIX.exec(rest); m && m[0].length > 0; m = PERIOD_PREFIX.exec(rest)) {
    if (m[1]) before = true;
    rest = rest.slice(m[0].length);
  }
  return { rest, before };
}

// ================================================================ recurring

export interface RecurringScan {
  recurrences: Recurrence[];
  /** Folded index just after the last meaningful token. */
  end: number;
  /** Every character up to the limit was a token. */
  consumedAll: boolean;
  /** The scan looks like a real schedule (see `qualifiesWhole` / `qualifiesPrefix`). */
  qualifiesWhole: boolean;
  qualifiesPrefix: boolean;
  problems: string[];
}

const UNIT_FREQ: Record<string, RecurrenceFrequency> = {
  ngay: 'daily',
  tuan: 'weekly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};

/** "6 tháng" → semiannual, "3 tháng" → quarterly, "5 năm" → yearly every 5, "2 tháng" → monthly every 2. */
function recurrenceOf(n: number, unit: string): Recurrence {
  const k = Math.max(1, n);
  let frequency = UNIT_FREQ[unit]!;
  let interval = k;
  if (unit === 'thang' && (k === 3 || k === 6 || k === 12)) {
    frequency = k === 3 ? 'quarterly' : k === 6 ? 'semiannual' : 'yearly';
    interval = 1;
  } else if (unit === 'quy' && (k === 2 || k === 4)) {
    frequency = k === 2 ? 'semiannual' : 'yearly';
    interval = 1;
  }
  return interval > 1 ? { frequency, on: null, interval } : { frequency, on: null };
}

/**
 * Reads a schedule token by token from folded text `s` at [from, to):
 * frequencies ("hằng năm", "định kỳ 6 tháng", "Quý, 6 tháng, năm") and fixed days
 * ("trước ngày 15/12"). A day attaches to the frequency just before it, or, when
 * none came yet, to the next one ("trước ngày 15/12 hàng năm").
 */
export function scanRecurring(s: string, from: number, to: number, allowBare: boolean): RecurringScan {
  const text = s.slice(0, to);
  const recs: Recurrence[] = [];
  const problems: string[] = [];
  let current: Recurrence | null = null;
  let pending: string | null = null;
  /** The ends of periods of a year seen before a frequency ("Quý I (và quý III) hằng năm"): `on` of a yearly one. */
  const pendingPeriods: string[] = [];
  /** A day of the month seen before its monthly frequency ("trước ngày 20 hằng tháng"). */
  let dayOfMonth: string | null = null;
  let explicit = false;
  let marker = false;
  let weak = 0;
  let hasOn = false;
  let pos = from;
  let end = from;

  const setOn = (on: string): void => {
    hasOn = true;
    if (current && current.on === null) current.on = on;
    else if (current && current.on !== on) {
      const clone: Recurrence = { ...current, on };
      recs.push(clone);
      current = clone;
    }
  };
  const add = (r: Recurrence): void => {
    const same = recs.find((e) => e.frequency === r.frequency && (e.interval ?? 1) === (r.interval ?? 1));
    if (same) current = same;
    else {
      recs.push(r);
      current = r;
    }
    if (pending !== null) {
      setOn(pending);
      pending = null;
    }
    if (pendingPeriods.length && r.frequency === 'yearly') for (const on of pendingPeriods.splice(0)) setOn(on);
    if (dayOfMonth !== null && r.frequency === 'monthly') {
      setOn(dayOfMonth);
      dayOfMonth = null;
    }
  };

  scan: while (pos < to) {
    for (const { token, re } of REC_TOKENS) {
      if ((token === 'bare' || token === 'report' || token === 'part-alone' || token === 'weekday') && !allowBare) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      switch (token) {
        case 'skip':
          break;
        case 'day-of-month':
        case 'day-alone': {
          // A monthly schedule keeps its day as `on` in January ("ngày 20 hằng tháng" → 01-20).
          const d = Number(m[1]);
          const cur = current as Recurrence | null; // (assigned in closures: TypeScript narrows it to null)
          if (!(d >= 1 && d <= 31)) problems.push(`impossible day of the month ${d}`);
          else if (cur && cur.frequency === 'monthly') setOn(toMonthDay(1, d));
          else if (token === 'day-of-month' || !cur) dayOfMonth = toMonthDay(1, d);
          else break scan; // "hằng năm, trước ngày 20": a day with no month for a yearly schedule is no schedule day
          break;
        }
        case 'day-of-quarter': {
          // "ngày 15 của tháng đầu quý (sau)": quarterly, `on` in the first quarter (01-15, 03-25, 02-10).
          explicit = true;
          const d = Number(m[1]);
          const which = m[2]!;
          const month = which === 'dau' ? 1 : which === 'cuoi' ? 3 : Number(which.replace(/\D/g, ''));
          if (!isValidDayMonth(d, month, null)) problems.push(`impossible day of the month ${d}`);
          else {
            add({ frequency: 'quarterly', on: null });
            setOn(toMonthDay(month, d));
          }
          break;
        }
        case 'part-of-cycle': {
          // "tuần đầu mỗi quý": quarterly, due at the end of that part of the period's first month (01-07)
          explicit = true;
          const unit = m[4] ?? m[5]!;
          const which = m[3];
          const on = which === undefined ? partOfCycleEnd(m[1]!, m[2], unit) : partOfMonthEnd(m[1]!, m[2], which === 'dau' ? 1 : which === 'cuoi' ? 3 : Number(which.replace(/\D/g, '')));
          if (on === null) break scan;
          add(recurrenceOf(1, unit));
          setOn(on);
          break;
        }
        case 'part-alone': {
          // "cuối tháng", "tuần đầu quý": monthly or quarterly, due at the end of that part (01-31, 01-07); after a
          // frequency of the same period it only gives the day ("Hằng tháng, cuối tháng"), after another nothing
          const unit = m[3]!;
          const on = partOfCycleEnd(m[1]!, m[2], unit);
          if (on === null) break scan;
          explicit = true;
          const cur = current as Recurrence | null;
          const freq = recurrenceOf(1, unit);
          if (!cur) add(freq);
          if (!cur || cur.frequency === freq.frequency) setOn(on);
          break;
        }
        case 'weekday':
          break;
        case 'every-n':
          explicit = true;
          if (m[0].startsWith('dinh ky')) marker = true;
          add(recurrenceOf(Number(m[1]), m[2]!));
          break;
        case 'every':
          explicit = true;
          add(recurrenceOf(1, m[1]!));
          break;
        case 'phase':
          explicit = true;
          add({ frequency: 'periodic', on: null });
          break;
        case 'periodic':
          marker = true;
          break;
        case 'date-on': {
          const d = Number(m[1] ?? m[3]);
          const mo = Number(m[2] ?? m[4]);
          if (!isValidDayMonth(d, mo, null)) problems.push(`impossible date "${pad2(d)}/${pad2(mo)}"`);
          else if (current) setOn(toMonthDay(mo, d));
          else pending = toMonthDay(mo, d);
          break;
        }
        case 'period-of-year': {
          // "Quý I hằng năm" → yearly on 03-31, "hằng năm vào tháng 12" → 12-31 (the period's last day); for any
          // other frequency ("hằng quý (tháng 3, 6 …)") the period says nothing more.
          const q = m[1] ? (m[1] === 'iv' ? 4 : /^\d$/.test(m[1]) ? Number(m[1]) : m[1].length) : 0;
          const mo = q ? q * 3 : Number(m[2]);
          if (!(mo >= 1 && mo <= 12)) break scan;
          const on = toMonthDay(mo, MONTH_DAYS[mo - 1]!);
          const cur = current as Recurrence | null;
          if (!cur) pendingPeriods.push(on);
          else if (cur.frequency === 'yearly') setOn(on);
          break;
        }
        case 'report':
          // "Hằng năm, báo cáo trước 15/12": the report due on the schedule's day (not before a frequency:
          // "Thường xuyên, báo cáo trước 15/12 hằng năm" is ongoing work)
          if (!(current as Recurrence | null)) break scan;
          break;
        case 'num-unit':
          weak++;
          add(recurrenceOf(Number(m[1]), m[2]!));
          break;
        case 'half':
          weak++;
          add({ frequency: 'semiannual', on: null });
          break;
        case 'bare':
          weak++;
          add(recurrenceOf(1, m[1]!));
          break;
      }
      pos = re.lastIndex;
      if (token !== 'skip' && token !== 'report') end = pos;
      continue scan;
    }
    break;
  }
  // "Định kỳ" alone, "Định kỳ (trước ngày 15/12)": periodically, cadence unknown.
  if (recs.length === 0 && marker) add({ frequency: 'periodic', on: null });
  if (pending !== null && current) setOn(pending);
  const some = recs.length > 0;
  return {
    recurrences: recs,
    end,
    consumedAll: pos >= to,
    qualifiesWhole: pos >= to && some && (explicit || marker || weak >= 2 || hasOn),
    qualifiesPrefix: some && (hasOn || (marker && (explicit || weak > 0))),
    problems,
  };
}

/** Days in each month of a year that is not a leap year (a schedule's `on` has no year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day of a part of month `month` (as PART_OF_PERIOD reads it), as a schedule's `on`: the first week
 * ends on the 7th, week N on day 7·N, the last week and "cuối" (the end) on the month's last day, "đầu" (early)
 * on the 10th, "giữa" (mid) on the 20th. Null for a week that does not exist.
 */
function partOfMonthEnd(what: string, week: string | undefined, month: number): string | null {
  const last = MONTH_DAYS[month - 1]!;
  let day: number;
  if (what.includes('cuoi')) day = last;
  else if (what === 'dau') day = 10;
  else if (what === 'giua') day = 20;
  else {
    const n = week === undefined ? 1 : Number(week);
    if (!(n >= 1 && n <= 5) || (n - 1) * 7 + 1 > last) return null;
    day = Math.min(7 * n, last);
  }
  return toMonthDay(month, day);
}

/**
 * The end of a part of each month, quarter or year (`unit` folded: thang, quy, nam), as a schedule's `on`: a
 * week is one of the period's first month ("tuần đầu mỗi quý" → 01-07), the end ("cuối") its last day (03-31
 * for a quarter); the start ("đầu") of a quarter is its first month (01-31) and of a year its first quarter
 * (03-31), as "đầu năm 2027" is, and its middle ("giữa mỗi năm") July (07-31), as "giữa năm 2027" is. The middle of a
 * quarter is too vague: null.
 */
function partOfCycleEnd(what: string, week: string | undefined, unit: string): string | null {
  if (unit === 'thang' || what.startsWith('tuan')) return partOfMonthEnd(what, week, what.includes('cuoi') && unit !== 'thang' ? (unit === 'quy' ? 3 : 12) : 1);
  if (what.includes('cuoi')) return unit === 'quy' ? '03-31' : '12-31';
  if (what === 'dau') return unit === 'quy' ? '01-31' : '03-31';
  // the middle of a year: June and July, as "giữa năm 2027" is
  return unit === 'nam' ? '07-31' : null;
}
// ================================================================ building

function baseDeadline(raw: string, kind: DeadlineKind): Deadline {
  return { raw, kind, start: null, due: null, recurrence: null, anchor: null, yearInferred: false };
}

function fromResolved(raw: string, r: Resolved): DeadlineResult {
  return {
    deadline: { ...baseDeadline(raw, r.kind), start: r.start, due: r.due, yearInferred: r.yearInferred },
    problems: r.problems,
  };
}

/** A frequency ("hằng tuần", "định kỳ hằng quý", "mỗi tháng"), then the window it runs in ("từ …", "trong …", "(…)", ", …"). */
const WINDOWED_SCHEDULE = /^((?:dinh ky\s*)?(?:hang|moi)\s*(?:ngay|tuan|thang|quy|nam))\s*(?:[,;:(]\s*|-\s+)?(?:tu|trong)\s*(?=\S)/;

export function recurringDeadline(raw: string, recurrences: Recurrence[]): Deadline {
  return { ...baseDeadline(raw, 'recurring'), recurrence: recurrences };
}

function unparsed(raw: string, problem: string): DeadlineResult {
  return { deadline: baseDeadline(raw, 'unspecified'), problems: [problem] };
}

/** The phrase as it should be reported: cleaned, without trailing punctuation. */
function rawOf(t: FoldedText): string {
  return t.src.replace(/[\s.;,:]+$/, '');
}

/** Folded [start, end) of the phrase once labels, markup and asides are stripped. */
function coreBounds(t: FoldedText): { start: number; end: number } {
  const f = t.folded;
  let start = 0;
  let end = f.length;
  for (let changed = true; changed; ) {
    changed = false;
    const s = f.slice(start, end);
    const lead = EDGE_PUNCT_START.exec(s) ?? LEAD_NOISE.map((r) => r.exec(s)).find((m) => m && m[0].length > 0) ?? null;
    if (lead && lead[0].length > 0) {
      start += lead[0].length;
      changed = true;
      continue;
    }
    const trail = EDGE_PUNCT_END.exec(s) ?? TRAIL_NOISE.exec(s);
    if (trail && trail[0].length > 0) {
      end -= trail[0].length;
      changed = true;
      continue;
    }
    // "(Hoàn thành trong tháng 6/2026)": drop brackets that wrap the whole phrase.
    if (s.length >= 2 && s[0] === '(' && s[s.length - 1] === ')' && !/[()]/.test(s.slice(1, -1))) {
      start++;
      end--;
      changed = true;
    }
  }
  return { start, end: Math.max(start, end) };
}

/** Trims a piece of source text used as an event name. */
function cleanEvent(s: string): string {
  return s.replace(/^[\s,;:]+|[\s.,;:)]+$/g, '');
}

/** Months M to N without a year: "tháng 9 - 10", "từ tháng 3 đến 5" (folded). */
const MONTH_SPAN = /^(?:tu\s*)?thang\s*\d{1,2}\s*(?:[-–—]|den|toi)\s*(?:thang\s*)?\d{1,2}$/;

/** The parser proper on already-folded text; `raw` is what the result reports. */
export function parseFolded(t: FoldedText, raw: string, ctx: DeadlineContext): DeadlineResult {
  const { start, end } = coreBounds(t);
  const s = t.folded.slice(start, end);
  if (s === '') return unparsed(raw, raw === '' ? 'empty deadline phrase' : 'no deadline in the phrase');

  // 0. Rounds with their times: "Đợt 1: tháng 4/2027; đợt 2: tháng 4/2028" is due at the first round, as in a
  // sentence; the phrase keeps the rest.
  const round = s.startsWith('dot') ? ROUNDS.exec(s) : null;
  if (round && round.indices) {
    const [rs, re] = round.indices[1]!;
    const first = parseFolded(foldMapped(sourceSlice(t, start + rs, start + re)), raw, ctx);
    if (first.deadline.kind !== 'unspecified') return first;
  }

  // 0b. A council session: "Kỳ họp thường lệ giữa năm 2027" (the mid-year session, held in July), "Trình tại kỳ
  // họp cuối năm 2027", "Kỳ họp HĐND tỉnh tháng 7/2027" are due at the session's time; "Kỳ họp thứ 12 HĐND tỉnh"
  // alone is relative to the session.
  const session = s.startsWith('ky hop') || s.startsWith('trinh') || s.startsWith('tai ky') || s.startsWith('vao ky') ? COUNCIL_SESSION.exec(s) : null;
  if (session && session[0].includes('ky hop')) {
    const restStart = start + session[0].length;
    const rest = t.folded.slice(restStart, end);
    if (rest.trim() === '') {
      const at = start + session[0].indexOf('ky hop');
      return { deadline: { ...baseDeadline(raw, 'relative'), anchor: { event: cleanEvent(sourceSlice(t, at, end)), offset: null } }, problems: [] };
    }
    const mid = /^giua\s*nam\s*(\d{4})$/.exec(rest.trim());
    const sub = mid ? foldMapped(`tháng 7/${mid[1]}`) : foldMapped(sourceSlice(t, restStart, end));
    const r = parseFolded(sub, raw, ctx);
    if (r.deadline.kind !== 'unspecified' && r.deadline.kind !== 'relative') return r;
  }

  // 1. Another body's schedule: "Theo kế hoạch của Sở Y tế" (relative to it); recognised non-dates: "Theo
  // kế hoạch", "Theo yêu cầu".
  const sched = s.startsWith('theo') ? REL_SCHEDULE.exec(s) : null;
  if (sched && sched.indices) {
    const [es, ee] = sched.indices[1]!;
    return { deadline: { ...baseDeadline(raw, 'relative'), anchor: { event: cleanEvent(sourceSlice(t, start + es, start + ee)), offset: null } }, problems: [] };
  }
  if (NON_DATES.some((r) => r.test(s))) return { deadline: baseDeadline(raw, 'unspecified'), problems: [] };

  // 2. Ongoing: "Thường xuyên", "Thường xuyên/đột xuất", "Thường xuyên trong năm 2026".
  const head = CONTINUOUS_HEAD.exec(s);
  if (head && head[0].length > 0) {
    const restStart = start + head[0].length;
    const rest = t.folded.slice(restStart, end).replace(/^[\s,;:/()-]+|[\s()]+$/g, '');
    if (rest !== '') {
      const rec = scanRecurring(t.folded, restStart, end, true);
      if (rec.qualifiesWhole) {
        if (rec.problems.length > 0) return unparsed(raw, rec.problems.join('; '));
        return { deadline: recurringDeadline(raw, rec.recurrences), problems: [] };
      }
      const period = parsePeriodPhrase(rest);
      if (period && !isFailure(period)) {
        const r = resolveParts(period.parts, false, ctx);
        if (r.kind !== 'unspecified') {
          return {
            deadline: { ...baseDeadline(raw, 'continuous'), start: r.start, due: r.due, yearInferred: r.yearInferred },
            problems: r.problems,
          };
        }
      }
    }
    return { deadline: baseDeadline(raw, 'continuous'), problems: [] };
  }

  // 3. Schedules: "Hằng tháng", "Quý, 6 tháng, năm", "trước ngày 15/12 hàng năm", "định kỳ 5 năm".
  // (not "Tháng 9 - 10", months 9 to 10 of the plan's year: a number after "tháng" is a month, not a day)
  const rec = MONTH_SPAN.test(s) ? null : scanRecurring(t.folded, start, end, true);
  if (rec?.qualifiesWhole) {
    if (rec.problems.length > 0) return unparsed(raw, rec.problems.join('; '));
    return { deadline: recurringDeadline(raw, rec.recurrences), problems: [] };
  }

  // 3b. A schedule within a window: "Hằng tuần, từ tháng 01 - tháng 5/2027", "Hằng tháng (từ tháng 3/2027)",
  // "Định kỳ hằng quý trong năm 2027": recurring, from the window's start.
  const every = WINDOWED_SCHEDULE.exec(s);
  if (every) {
    const head = scanRecurring(t.folded, start, start + every[1]!.length, true);
    const window = parsePeriodPhrase(s.slice(every[0].length).replace(/[\s)]+$/, ''));
    if (head.qualifiesWhole && head.problems.length === 0 && head.recurrences.length > 0 && window && !isFailure(window)) {
      const r = resolveParts(window.parts, false, ctx);
      if (r.kind !== 'unspecified') return { deadline: { ...recurringDeadline(raw, head.recurrences), start: r.start ?? r.due, yearInferred: r.yearInferred }, problems: r.problems };
    }
  }

  // 4. Relative: "Trong 10 ngày kể từ khi Kế hoạch của tỉnh ban hành", "Sau khi …", "02 ngày".
  const rel = REL_OFFSET_EVENT.exec(s);
  if (rel && rel.indices) {
    const [es, ee] = rel.indices[4]!;
    const hours = rel[2] === 'gio' ? Number(rel[1]) : null;
    const value = (hours === null ? Number(rel[1]) : hours / 24) * (rel[3]!.startsWith('truoc') ? -1 : 1);
    const unit = hours === null ? REL_UNITS[rel[2] as keyof typeof REL_UNITS] : 'day';
    const event = cleanEvent(sourceSlice(t, start + es, start + ee));
    const offset = Number.isInteger(value) && value !== 0 ? { value, unit } : null;
    return { deadline: { ...baseDeadline(raw, 'relative'), anchor: { event, offset } }, problems: [] };
  }
  const relEvent = REL_EVENT.exec(s);
  if (relEvent && relEvent.indices) {
    const [es, ee] = relEvent.indices[1]!;
    let event = cleanEvent(sourceSlice(t, start + es, start + ee));
    event = event.replace(/^(?:khi|ngày)\s+/i, '');
    return { deadline: { ...baseDeadline(raw, 'relative'), anchor: { event, offset: null } }, problems: [] };
  }
  const dur = REL_DURATION.exec(s);
  if (dur) {
    const unit = REL_UNITS[dur[2] as keyof typeof REL_UNITS];
    return {
      deadline: { ...baseDeadline(raw, 'relative'), anchor: { event: IMPLICIT_START_EVENT, offset: { value: Number(dur[1]), unit } } },
      problems: [],
    };
  }

  // 5. Calendar periods: dates, months, quarters, halves, years, ranges and lists of them.
  const period = parsePeriodPhrase(s);
  if (isFailure(period)) return unparsed(raw, period.error);
  if (period) return fromResolved(raw, resolveParts(period.parts, period.before, ctx));

  // 6. Open-ended: "Từ năm 2026" (from 2026 on), "Năm 2026 và các năm tiếp theo".
  const open = OPEN_FROM.exec(s) ?? OPEN_ONWARD.exec(s);
  if (open) {
    const p = parsePeriodPhrase(open[1]!);
    if (p && !isFailure(p)) {
      const r = resolveParts(p.parts, false, ctx);
      if (r.kind !== 'unspecified') {
        return {
          deadline: { ...baseDeadline(raw, 'continuous'), start: r.start ?? r.due, yearInferred: r.yearInferred },
          problems: r.problems,
        };
      }
    }
  }

  // 7. A schedule followed by what is due then: "Trước ngày 15 hằng tháng báo cáo tiến độ" (a cell
  // that says what to send) is the schedule, not an event named "ngày 15 hằng tháng báo cáo …".
  if (rec && rec.qualifiesPrefix && rec.problems.length === 0 && rec.recurrences.length > 0) {
    return { deadline: recurringDeadline(raw, rec.recurrences), problems: [] };
  }

  // 8. "Trước Tết Nguyên đán": relative to a named event.
  const ev = REL_BEFORE_EVENT.exec(s);
  if (ev && ev.indices) {
    const [es, ee] = ev.indices[2]!;
    return { deadline: { ...baseDeadline(raw, 'relative'), anchor: { event: cleanEvent(sourceSlice(t, start + es, start + ee)), offset: null } }, problems: [] };
  }

  return unparsed(raw, 'unrecognised deadline phrase');
}

/**
 * A phrase that names an event and gives its date in brackets, or the other way round: "Trước mùa
 * mưa bão (trước ngày 31/8/2027)", "Trước ngày 31/8/2027 (trước mùa mưa bão)". The phrase outside
 * the brackets and each bracket are read on their own; the first with a due date wins (else the
 * first read at all), and the deadline keeps the whole phrase as written.
 */
function bracketed(src: string, raw: string, ctx: DeadlineContext): DeadlineResult | null {
  const parts = [src.replace(/\([^()]*\)/g, ' '), ...[...src.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!)].map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '' && p !== src);
  let found: DeadlineResult | null = null;
  for (const p of parts) {
    const t = foldMapped(p);
    const r = parseFolded(t, rawOf(t), ctx);
    if (r.deadline.kind === 'unspecified') continue;
    const withRaw = { ...r, deadline: { ...r.deadline, raw } };
    if (r.deadline.due !== null) return withRaw;
    found ??= withRaw;
  }
  return found;
}

/** Parses one deadline phrase. Never throws. */
export function parseDeadline(raw: string, ctx: DeadlineContext): DeadlineResult {
  try {
    const t = foldMapped(typeof raw === 'string' ? raw : String(raw ?? ''));
    const r = parseFolded(t, rawOf(t), ctx);
    return r.deadline.kind === 'unspecified' && r.problems.length > 0 && t.src.includes('(') ? (bracketed(t.src, rawOf(t), ctx) ?? r) : r;
  } catch (e) {
    // Defensive: a bug here must not take down a whole plan.
    const text = typeof raw === 'string' ? raw.trim() : '';
    return unparsed(text, `deadline parser failed on "${text}": ${(e as Error).message}`);
  }
}
