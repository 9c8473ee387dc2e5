// The report's figures: status rules with --as-of, recurring deadlines, per-unit counts,
// the task-level status, the timeline, several plans.
import { describe, expect, it } from 'vitest';
import { buildReport, type Category } from '../../src/report/index.js';
import { categorize, daysBetween, effectiveDue, effectiveStatus, timeline } from '../../src/report/model.js';
import type { Register } from '../../src/register/types.js';
import { task, registerWith } from '../export/helpers.js';
import { KT, TT, VHXH, VP, progress, registerWithProgress, scenario } from './helpers.js';

const AS_OF = '2026-06-15';
const counts = (c: Partial<Record<Category, number>>): Record<Category, number> => ({
  done: 0,
  'done-late': 0,
  'in-progress': 0,
  'on-hold': 0,
  'not-started': 0,
  overdue: 0,
  'not-reported': 0,
  ...c,
});

describe('status rules', () => {
  it('overdue = due before as-of and not done; done late only when reported so; else the reported status', () => {
    expect(categorize('done', '2026-03-31', AS_OF)).toBe('done');
    expect(categorize('done-late', '2026-12-31', AS_OF)).toBe('done-late');
    expect(categorize('in-progress', '2026-03-31', AS_OF)).toBe('overdue');
    expect(categorize(null, '2026-03-31', AS_OF)).toBe('overdue');
    expect(categorize('on-hold', '2026-06-15', AS_OF)).toBe('on-hold'); // due today is not late
    expect(categorize('not-started', null, AS_OF)).toBe('not-started');
    expect(categorize(null, '2026-12-31', AS_OF)).toBe('not-reported');
    expect(daysBetween('2026-03-31', AS_OF)).toBe(76);
  });

  it('a blank status is read from the percent', () => {
    expect(effectiveStatus(progress(VHXH, null, { percent: 100 }))).toBe('done');
    expect(effectiveStatus(progress(VHXH, null, { percent: 20 }))).toBe('in-progress');
    expect(effectiveStatus(progress(VHXH, null, { percent: 0 }))).toBe('not-started');
    expect(effectiveStatus(progress(VHXH, null, { notes: 'đang làm' }))).toBe('in-progress');
  });

  it('recurring deadlines use the next occurrence (never overdue); continuous ones have no due date', () => {
    const reg = scenario();
    const dm18 = reg.tasks.find((t) => t.id === 'DM.18')!; // "Quý, 6 tháng, năm"
    expect(effectiveDue(dm18, AS_OF)).toBe('2026-06-30');
    expect(effectiveDue(dm18, '2026-07-01')).toBe('2026-09-30');
    expect(effectiveDue(reg.tasks.find((t) => t.id === 'DM.4')!, AS_OF)).toBeNull(); // Thường xuyên
    expect(effectiveDue(reg.tasks.find((t) => t.id === 'DM.12')!, AS_OF)).toBe('2026-06-30');
  });
});

describe('buildReport (sample 001, the e2e scenario)', () => {
  const data = buildReport([{ file: 'KH-001.progress.register.json', register: scenario() }], AS_OF);
  const unit = (name: string) => data.units.find((u) => u.unit === name)!;

  it('counts every task a unit leads or supports', () => {
    expect(unit(VHXH)).toEqual({ unit: VHXH, counts: counts({ done: 2, 'done-late': 1, 'in-progress': 2, 'not-started': 1, overdue: 1, 'not-reported': 6 }), total: 13, lead: 13, support: 0, doneShare: 3 / 13 });
    // VP's "not started" on DM.2, done by its lead, is not overdue; a supporter of an overdue task is.
    expect(unit(VP).counts).toEqual(counts({ done: 1, 'in-progress': 1, 'not-started': 1, 'not-reported': 7 }));
    expect(unit('Các phòng chuyên môn').counts).toEqual(counts({ overdue: 1, 'not-reported': 10 }));
    expect(unit('Các tổ dân phố').counts).toEqual(counts({ 'not-reported': 7 }));
    expect(unit(TT).counts).toEqual(counts({ done: 2, 'in-progress': 1, 'not-reported': 8 }));
    expect(unit(KT).counts).toEqual(counts({ 'not-reported': 6 }));
    expect(data.units.map((u) => u.unit)).toEqual([
      'Các đoàn thể',
      'Các phòng chuyên môn',
      'Các phòng, đơn vị thuộc phường',
      'Các tổ dân phố',
      'Công an phường',
      'Mặt trận Tổ quốc',
      KT,
      VHXH,
      TT,
      VP,
    ]);
  });

  it("a task's own status is the least advanced of its leads' reports: DM.2 is done although a supporter says not started", () => {
    const dm2 = data.tasks.find((t) => t.task.id === 'DM.2')!;
    expect(dm2.category).toBe('done');
    expect(dm2.reports).toHaveLength(2);
    expect(data.tasks.find((t) => t.task.id === 'DM.3')!.category).toBe('done-late');
  });

  it('overdue with days late, due within 30 days, nobody reported, unassigned', () => {
    expect(data.overdue.map((t) => [t.task.id, t.due, t.daysLate])).toEqual([['DM.11', '2026-03-31', 76]]);
    expect(data.dueSoon.map((t) => [t.task.id, t.due, t.daysLeft])).toEqual([['DM.12', '2026-06-30', 15]]);
    expect(data.notReported).toHaveLength(29);
    expect(data.unassigned).toHaveLength(24);
    expect(data.tasks).toHaveLength(40);
    expect(data.totals).toEqual(counts({ done: 4, 'done-late': 1, 'in-progress': 4, 'not-started': 1, overdue: 1, 'not-reported': 29 }));
  });

  it('the timeline is by quarter (every due date is a quarter end), empty quarters included', () => {
    expect(data.timeline.granularity).toBe('quarter');
    expect(data.timeline.buckets.map((b) => [b.key, b.total])).toEqual([
      ['2026-Q1', 3],
      ['2026-Q2', 2],
      ['2026-Q3', 0],
      ['2026-Q4', 6],
    ]);
    expect(data.timeline.buckets[0]!.counts).toEqual(counts({ done: 1, 'done-late': 1, overdue: 1 }));
    expect(data.timeline.noDate).toBe(29);
  });

  it('a register without progress (1.0.0): everything not reported, past-due tasks overdue', () => {
    const reg = scenario();
    for (const t of reg.tasks) delete t.progress;
    reg.schemaVersion = '1.0.0';
    const d = buildReport([{ file: 'x', register: reg }], AS_OF);
    expect(d.notReported).toHaveLength(40);
    expect(d.overdue.map((t) => t.task.id)).toEqual(['DM.2', 'DM.3', 'DM.11']);
  });
});

describe('buildReport: other shapes', () => {
  it('month timeline for dates inside a year; several plans are labelled and their units merged', () => {
    const a = registerWith([task('A.1', 'Một', ['Phòng A'], [], '2026-02-10'), task('A.2', 'Hai', ['Phòng B'], [], '2026-04-20')]);
    const b = registerWith([task('B.1', 'Ba', ['Phòng A'], [], '2026-04-05')]);
    b.document.number = { raw: 'Số: 12/KH-UBND', serial: '12', code: 'KH-UBND', line: 3 };
    b.tasks[0]!.progress = [progress('Phòng A', 'done')];
    const d = buildReport(
      [
        { file: 'a', register: a },
        { file: 'b', register: b },
      ],
      '2026-03-01',
    );
    expect(d.plans.map((p) => p.label)).toEqual(['KH 1', '12/KH-UBND']);
    expect(d.timeline.granularity).toBe('month');
    expect(d.timeline.buckets.map((x) => [x.key, x.total])).toEqual([
      ['2026-02', 1],
      ['2026-03', 0],
      ['2026-04', 2],
    ]);
    expect(d.units.find((u) => u.unit === 'Phòng A')!.counts).toEqual(counts({ done: 1, overdue: 1 }));
    expect(d.overdue.map((t) => [t.plan.label, t.task.id, t.daysLate])).toEqual([['KH 1', 'A.1', 19]]);
  });

  it('members who reported for a collective stand for it; a collective member named in the task itself does not', () => {
    const reg: Register = registerWithProgress({
      'DM.4': [progress(VHXH, 'in-progress', { role: 'support' })], // VHXH only through "Các phòng chuyên môn"
      'DM.3': [progress(VHXH, 'done')], // VHXH leads DM.3 itself
    });
    const d = buildReport([{ file: 'x', register: reg }], AS_OF);
    const dm4 = d.tasks.find((t) => t.task.id === 'DM.4')!;
    expect(dm4.assignments.map((a) => [a.unit, a.role, a.category])).toEqual([
      [TT, 'lead', 'not-reported'],
      [VHXH, 'support', 'in-progress'],
    ]);
    const dm3 = d.tasks.find((t) => t.task.id === 'DM.3')!;
    expect(dm3.assignments.map((a) => a.unit)).toContain('Các phòng chuyên môn');
  });

  it('a long span is shown by quarter', () => {
    const reg = registerWith([task('A.1', 'x', ['P'], [], '2026-01-10'), task('A.2', 'y', ['P'], [], '2027-05-02')]);
    const t = timeline(buildReport([{ file: 'x', register: reg }], '2026-01-01').tasks);
    expect(t.granularity).toBe('quarter');
    expect(t.buckets.map((b) => b.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
  });
});
