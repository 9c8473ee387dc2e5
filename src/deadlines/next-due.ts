// nextDue: the next due date on or after `asOf` for any deadline.
//   recurring        → the earliest next occurrence over its recurrences
//   date … range     → its `due` (even when already past: overdue is the caller's call)
//   continuous, relative, unspecified → null

import type { Deadline, Recurrence } from '../register/types.js';
import { addDaysIso, daysInMonth, endOfMonthIso, isoWeekday, parseIso, toIso, type Ymd } from './calendar.js';

/** Months between occurrences for the calendar frequencies. */
const STEP_MONTHS: Partial<Record<Recurrence['frequency'], number>> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  yearly: 12,
};

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * Next occurrence of one recurrence on/after `asOf`, or null when it cannot be
 * known: `periodic` (cadence unknown) and any `interval` > 1 ("định kỳ 5 năm":
 * every 5 years, but counted from which year?).
 */
function nextOccurrence(r: Recurrence, asOf: Ymd, asOfIso: string): string | null {
  if ((r.interval ?? 1) > 1) return null;
  switch (r.frequency) {
    case 'daily':
      return asOfIso;
    case 'weekly':
      return addDaysIso(asOfIso, 7 - isoWeekday(asOfIso)); // end of the week (Sunday)
    case 'periodic':
      return null;
    default:
      break;
  }
  const step = STEP_MONTHS[r.frequency]!;
  const on = r.on ? MONTH_DAY.exec(r.on) : null;
  if (!on) {
    // No fixed day: the end of the current period (month, quarter, half, year).
    const lastMonth = Math.floor((asOf.m - 1) / step) * step + step;
    return endOfMonthIso(asOf.y, lastMonth);
  }
  const onMonth = Number(on[1]);
  const onDay = Number(on[2]);
  // Candidate months: onMonth ± k·step, this year and next; the day is clamped (29/02 → 28/02).
  for (let y = asOf.y; y <= asOf.y + 1; y++) {
    for (let m = 1; m <= 12; m++) {
      if ((((m - onMonth) % step) + step) % step !== 0) continue;
      const iso = toIso(y, m, Math.min(onDay, daysInMonth(y, m)));
      if (iso >= asOfIso) return iso;
    }
  }
  return null;
}

export function nextDue(deadline: Deadline, asOf: string): string | null {
  const day = parseIso(asOf);
  if (!day) return null;
  switch (deadline.kind) {
    case 'recurring': {
      let best: string | null = null;
      for (const r of deadline.recurrence ?? []) {
        const next = nextOccurrence(r, day, asOf);
        if (next !== null && (best === null || next < best)) best = next;
      }
      return best;
    }
    case 'date':
    case 'month':
    case 'quarter':
    case 'half-year':
    case 'year':
    case 'range':
      return deadline.due;
    default:
      return null;
  }
}
