import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/deadlines/index.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Ways a date is written in plans. */
const FORMATS: ReadonlyArray<(d: number, m: number, y: number) => string> = [
  (d, m, y) => `${pad(d)}/${pad(m)}/${y}`, // dd/mm/yyyy
  (d, m, y) => `${d}/${m}/${y}`, // d/m/yyyy
  (d, m, y) => `ngày ${d} tháng ${m} năm ${y}`,
  (d, m, y) => `${pad(d)}-${pad(m)}-${y}`,
  (d, m, y) => `${pad(d)}.${pad(m)}.${y}`,
];

/** Deadline words: trước = before, chậm nhất = at the latest, hoàn thành trước = complete before. */
const PREFIXES = ['', 'trước ', 'chậm nhất ', 'hoàn thành trước ', 'trước ngày ', 'Chậm nhất ngày ', 'Hoàn thành trước ngày '];

function write(format: number, prefix: number, d: number, m: number, y: number): string {
  const date = FORMATS[format]!(d, m, y);
  let p = PREFIXES[prefix]!;
  // "trước ngày" + "ngày 5 tháng 3 …" would say "ngày" twice.
  if (date.startsWith('ngày') && p.endsWith('ngày ')) p = p.slice(0, -'ngày '.length);
  return p + date;
}

const validDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

const impossibleDate = fc.oneof(
  // a day past the end of its month (31/04, 30/02, 29/02 in a common year)
  fc
    .record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 5 }) })
    .map(({ y, m, extra }) => ({ y, m, d: daysIn(y, m) + extra }))
    .filter(({ d }) => d <= 99),
  // day zero
  fc.record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constant(0) }),
  // month 13–99 or zero
  fc.record({
    y: fc.integer({ min: 2000, max: 2099 }),
    m: fc.oneof(fc.integer({ min: 13, max: 99 }), fc.constant(0)),
    d: fc.integer({ min: 1, max: 28 }),
  }),
);

const format = fc.integer({ min: 0, max: FORMATS.length - 1 });
const prefix = fc.integer({ min: 0, max: PREFIXES.length - 1 });

describe('parseDeadline: dates round-trip (property)', () => {
  it('any valid date in any written form parses back to itself', () => {
    fc.assert(
      fc.property(validDate, format, prefix, fc.boolean(), ({ y, m, d }, f, p, upper) => {
        let phrase = write(f, p, d, m, y);
        if (upper) phrase = phrase.toUpperCase();
        const { deadline, problems } = parseDeadline(phrase, { year: 1999 });
        expect(deadline.kind).toBe('date');
        expect(deadline.due).toBe(`${y}-${pad(m)}-${pad(d)}`);
        expect(deadline.start).toBeNull();
        expect(deadline.yearInferred).toBe(false);
        expect(problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('impossible day/month combinations give unspecified and a problem', () => {
    fc.assert(
      fc.property(impossibleDate, format, prefix, ({ y, m, d }, f, p) => {
        const phrase = write(f, p, d, m, y);
        const { deadline, problems } = parseDeadline(phrase, { year: 2026 });
        expect(deadline.kind).toBe('unspecified');
        expect(deadline.due).toBeNull();
        expect(problems.length).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and always returns a well-formed deadline on arbitrary text', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: null }), (s, year) => {
        const { deadline, problems } = parseDeadline(s, { year });
        expect(Array.isArray(problems)).toBe(true);
        if (deadline.due !== null) expect(deadline.due).toMatch(iso);
        if (deadline.start !== null) expect(deadline.start).toMatch(iso);
        if (deadline.start !== null && deadline.due !== null) expect(deadline.start <= deadline.due).toBe(true);
        if (deadline.kind === 'unspecified') expect(deadline.due).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
