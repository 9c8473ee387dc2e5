import { describe, expect, it } from 'vitest';
import { nextDue, parseDeadline } from '../../src/deadlines/index.js';
import type { Deadline, Recurrence } from '../../src/register/types.js';

function recurring(...recurrence: Recurrence[]): Deadline {
  return { raw: 'x', kind: 'recurring', start: null, due: null, recurrence, anchor: null, yearInferred: false };
}

const CTX = { year: 2026 };

describe('nextDue: recurring', () => {
  it('yearly on 12-15', () => {
    const d = recurring({ frequency: 'yearly', on: '12-15' });
    expect(nextDue(d, '2026-12-20')).toBe('2027-12-15');
    expect(nextDue(d, '2026-12-15')).toBe('2026-12-15');
    expect(nextDue(d, '2026-01-01')).toBe('2026-12-15');
  });

  it('yearly from a parsed phrase', () => {
    const { deadline } = parseDeadline('trước ngày 15/12 hàng năm', CTX);
    expect(nextDue(deadline, '2026-12-20')).toBe('2027-12-15');
  });

  it('the first week of each quarter, the end of each month (parsed)', () => {
    const week = parseDeadline('Tuần đầu mỗi quý', CTX).deadline;
    expect(nextDue(week, '2026-02-10')).toBe('2026-04-07');
    expect(nextDue(week, '2026-10-07')).toBe('2026-10-07');
    expect(nextDue(parseDeadline('Cuối mỗi tháng', CTX).deadline, '2026-02-10')).toBe('2026-02-28');
  });

  it('semiannual on 06-01 + yearly on 12-01', () => {
    const { deadline } = parseDeadline('Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12)', CTX);
    expect(nextDue(deadline, '2026-03-10')).toBe('2026-06-01');
    expect(nextDue(deadline, '2026-06-02')).toBe('2026-12-01');
    expect(nextDue(deadline, '2026-12-02')).toBe('2027-06-01');
  });

  it('semiannual on a day repeats six months later', () => {
    const d = recurring({ frequency: 'semiannual', on: '06-15' });
    expect(nextDue(d, '2026-06-16')).toBe('2026-12-15');
    expect(nextDue(d, '2026-01-10')).toBe('2026-06-15');
  });

  it('a day of the month from a parsed phrase ("trước ngày 20 hằng tháng") repeats every month', () => {
    const { deadline } = parseDeadline('Trước ngày 20 hằng tháng', CTX);
    expect(nextDue(deadline, '2026-03-10')).toBe('2026-03-20');
    expect(nextDue(deadline, '2026-03-21')).toBe('2026-04-20');
    expect(nextDue(deadline, '2026-12-21')).toBe('2027-01-20');
  });

  it('a day in the first month of each quarter ("ngày 15 của tháng đầu quý sau")', () => {
    const { deadline } = parseDeadline('Hằng quý, trước ngày 15 của tháng đầu quý sau', CTX);
    expect(nextDue(deadline, '2026-02-01')).toBe('2026-04-15');
    expect(nextDue(deadline, '2026-04-15')).toBe('2026-04-15');
    expect(nextDue(deadline, '2026-11-01')).toBe('2027-01-15');
  });

  it('monthly without a day → end of the current month', () => {
    const d = recurring({ frequency: 'monthly', on: null });
    expect(nextDue(d, '2026-02-10')).toBe('2026-02-28');
    expect(nextDue(d, '2028-02-10')).toBe('2028-02-29');
    expect(nextDue(d, '2026-12-31')).toBe('2026-12-31');
  });

  it('monthly on a day clamps short months', () => {
    const d = recurring({ frequency: 'monthly', on: '01-31' });
    expect(nextDue(d, '2026-02-01')).toBe('2026-02-28');
    expect(nextDue(d, '2026-03-01')).toBe('2026-03-31');
  });

  it('quarterly → end of the current quarter', () => {
    const d = recurring({ frequency: 'quarterly', on: null });
    expect(nextDue(d, '2026-01-01')).toBe('2026-03-31');
    expect(nextDue(d, '2026-05-05')).toBe('2026-06-30');
    expect(nextDue(d, '2026-09-30')).toBe('2026-09-30');
    expect(nextDue(d, '2026-11-30')).toBe('2026-12-31');
  });

  it('semiannual and yearly without a day → end of the half / year', () => {
    expect(nextDue(recurring({ frequency: 'semiannual', on: null }), '2026-05-05')).toBe('2026-06-30');
    expect(nextDue(recurring({ frequency: 'semiannual', on: null }), '2026-07-01')).toBe('2026-12-31');
    expect(nextDue(recurring({ frequency: 'yearly', on: null }), '2026-05-05')).toBe('2026-12-31');
  });

  it('several recurrences → the earliest ("Quý, 6 tháng, năm")', () => {
    const { deadline } = parseDeadline('Quý, 6 tháng, năm', CTX);
    expect(nextDue(deadline, '2026-07-15')).toBe('2026-09-30');
  });

  it('weekly → end of the week (Sunday); daily → today', () => {
    expect(nextDue(recurring({ frequency: 'weekly', on: null }), '2026-01-07')).toBe('2026-01-11'); // Wednesday → Sunday
    expect(nextDue(recurring({ frequency: 'weekly', on: null }), '2026-01-11')).toBe('2026-01-11');
    expect(nextDue(recurring({ frequency: 'daily', on: null }), '2026-01-07')).toBe('2026-01-07');
  });

  it('unknown phase or cadence → null (periodic, interval > 1)', () => {
    expect(nextDue(recurring({ frequency: 'periodic', on: '12-10' }), '2026-01-01')).toBeNull();
    expect(nextDue(recurring({ frequency: 'yearly', on: null, interval: 5 }), '2026-01-01')).toBeNull();
  });

  it('yearly on 02-29 falls on 02-28 in common years', () => {
    expect(nextDue(recurring({ frequency: 'yearly', on: '02-29' }), '2026-01-01')).toBe('2026-02-28');
    expect(nextDue(recurring({ frequency: 'yearly', on: '02-29' }), '2028-01-01')).toBe('2028-02-29');
  });
});

describe('nextDue: other kinds', () => {
  it.each([
    ['trước ngày 15/12/2026', '2026-12-15'],
    ['Tháng 6/2026', '2026-06-30'],
    ['Quý I/2026', '2026-03-31'],
    ['6 tháng đầu năm 2026', '2026-06-30'],
    ['Năm 2026', '2026-12-31'],
    ['Quý II-IV/2026', '2026-12-31'],
  ])('%s → its due date', (phrase, due) => {
    const { deadline } = parseDeadline(phrase, CTX);
    expect(nextDue(deadline, '2026-01-15')).toBe(due);
    // already past: still the due date (overdue is for the caller to judge)
    expect(nextDue(deadline, '2027-06-01')).toBe(due);
  });

  it.each(['Thường xuyên', 'Trong 10 ngày kể từ khi Kế hoạch của tỉnh ban hành', 'Theo yêu cầu', 'xyz'])('%s → null', (phrase) => {
    expect(nextDue(parseDeadline(phrase, CTX).deadline, '2026-01-15')).toBeNull();
  });

  it('a date kind without a year stays null', () => {
    expect(nextDue(parseDeadline('Quý I', { year: null }).deadline, '2026-01-15')).toBeNull();
  });

  it('an invalid asOf gives null rather than throwing', () => {
    expect(nextDue(recurring({ frequency: 'yearly', on: '12-15' }), 'not a date')).toBeNull();
    expect(nextDue(recurring({ frequency: 'yearly', on: '12-15' }), '2026-02-30')).toBeNull();
  });
});
