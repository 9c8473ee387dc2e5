// Small, pure calendar helpers on plain (year, month, day) numbers and ISO
// `YYYY-MM-DD` strings. No Date objects with time zones: everything is UTC or
// plain arithmetic, so results never depend on the machine's clock or zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

export function isValidMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

/** True when day `d` exists in month `m` of year `y` (any leap year when `y` is null). */
export function isValidDayMonth(d: number, m: number, y: number | null): boolean {
  if (!isValidMonth(m) || !Number.isInteger(d) || d < 1) return false;
  return d <= daysInMonth(y ?? 2000, m);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `MM-DD` as used by `Recurrence.on`. */
export function toMonthDay(m: number, d: number): string {
  return `${pad(m)}-${pad(d)}`;
}

/** Last day of month `m` of year `y` as ISO. */
export function endOfMonthIso(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m));
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO date; null when malformed or impossible. */
export function parseIso(iso: string): Ymd | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDayMonth(d, mo, y) ? { y, m: mo, d } : null;
}

/** Adds `days` (may be negative) to an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Day of week of an ISO date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const p = parseIso(iso)!;
  const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Adds `months` to (y, m), returning a normalised (y, m). */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}
