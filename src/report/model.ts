// Registers (with collected progress) → the figures of the progress report. Pure: no I/O;
// the renderers (markdown.ts, html.ts, xlsx.ts) only lay these figures out.
//
// Rules, for an as-of date A (default today):
//   due date     the task's `deadline.due`; recurring deadlines use `nextDue(deadline, A)`
//                (the next occurrence on or after A, so they are never overdue);
//                continuous / relative / unspecified deadlines have none.
//   done late    status "Hoàn thành quá hạn" (done-late). A plain "Hoàn thành" counts as done
//                on time: the tracker has no completion date, and the unit chose between the two.
//   overdue      due < A and the task is not done (whatever else was reported, or nothing); a
//                unit is not overdue on a task its lead reported done.
//   not reported no progress entry (and not overdue).
// A unit's figures count every task it leads or supports (plus any task it reported on).
// A task's own status — for the overdue / due-soon lists, the timeline and the totals — is
// the least advanced status its lead units reported (all reporting units when no lead
// reported): one lead still "in progress" keeps the task in progress.
import type { Diagnostic, Progress, ProgressStatus, Register, Task } from '../register/types.js';
import { nextDue } from '../deadlines/index.js';
import { UnitIndex } from '../collect/units.js';

export type Category = 'done' | 'done-late' | 'in-progress' | 'on-hold' | 'not-started' | 'overdue' | 'not-reported';

/** Stacking order of the charts and column order of the tables. */
export const CATEGORIES: Category[] = ['done', 'done-late', 'in-progress', 'on-hold', 'not-started', 'overdue', 'not-reported'];

export const DUE_SOON_DAYS = 30;

export interface PlanInfo {
  /** Index in the arguments. */
  index: number;
  file: string;
  number: string | null;
  title: string | null;
  /** Short label when several plans are reported together (`12/KH-UBND`, else `KH 1`). */
  label: string;
  tasks: number;
  trackers: number;
  lastTrackerDate: string | null;
}

export interface Assignment {
  unit: string;
  role: 'lead' | 'support' | null;
  progress: Progress | null;
  category: Category;
}

export interface TaskView {
  plan: PlanInfo;
  task: Task;
  /** Effective due date (see the rules above), or null. */
  due: string | null;
  category: Category;
  /** Days past due (overdue), else null. */
  daysLate: number | null;
  /** Days until due (0 = due on the as-of date), null when past due or no due date. */
  daysLeft: number | null;
  assignments: Assignment[];
  /** Units that reported, with what they reported. */
  reports: Progress[];
}

export interface UnitRow {
  unit: string;
  counts: Record<Category, number>;
  total: number;
  lead: number;
  support: number;
  /** Done (on time or late) / total, 0–1. */
  doneShare: number;
}

export interface TimelineBucket {
  /** `2026-03` or `2026-Q1`. */
  key: string;
  counts: Record<Category, number>;
  total: number;
}

export interface ReportData {
  asOf: string;
  plans: PlanInfo[];
  units: UnitRow[];
  /** Every tracked task (assigned to a unit or reported on), in register order. */
  tasks: TaskView[];
  overdue: TaskView[];
  dueSoon: TaskView[];
  notReported: TaskView[];
  /** Tasks no unit is assigned to (not in any tracker). */
  unassigned: TaskView[];
  totals: Record<Category, number>;
  timeline: { granularity: 'month' | 'quarter'; buckets: TimelineBucket[]; noDate: number };
  /** `collect/conflicting-status` and `collect/duplicate-report` diagnostics, with their plan. */
  conflicts: { plan: PlanInfo; diagnostic: Diagnostic; taskId: string | null }[];
}

export function zeroCounts(): Record<Category, number> {
  return { done: 0, 'done-late': 0, 'in-progress': 0, 'on-hold': 0, 'not-started': 0, overdue: 0, 'not-reported': 0 };
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The status a progress entry stands for; a blank status is read from the percent (100 → done, 0 or blank → not started). */
export function effectiveStatus(p: Progress): ProgressStatus {
  if (p.status) return p.status;
  if (p.percent === 100) return 'done';
  if (p.percent !== null && p.percent > 0) return 'in-progress';
  if (p.percent === null && (p.results || p.notes)) return 'in-progress';
  return 'not-started';
}

const ADVANCE: Record<ProgressStatus, number> = { 'not-started': 0, 'on-hold': 1, 'in-progress': 2, 'done-late': 3, done: 4 };

export function categorize(status: ProgressStatus | null, due: string | null, asOf: string): Category {
  if (status === 'done') return 'done';
  if (status === 'done-late') return 'done-late';
  if (due !== null && due < asOf) return 'overdue';
  return status ?? 'not-reported';
}

export function effectiveDue(task: Task, asOf: string): string | null {
  if (!task.deadline) return null;
  const d = nextDue(task.deadline, asOf);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Latest entry per unit (a hand-edited register may hold several). */
function latestByUnit(list: Progress[]): Map<string, Progress> {
  const m = new Map<string, Progress>();
  for (const p of list) {
    const prev = m.get(p.unit);
    if (!prev || (p.trackerDate ?? '') >= (prev.trackerDate ?? '')) m.set(p.unit, p);
  }
  return m;
}

function planLabel(reg: Register, index: number): string {
  const n = reg.document.number;
  if (n?.serial) return n.raw.replace(/^\s*s[ốo]\s*[:.]?\s*/iu, '').trim();
  return `KH ${index + 1}`;
}

export interface RegisterInput {
  file: string;
  register: Register;
}

export function buildReport(inputs: RegisterInput[], asOf: string): ReportData {
  const plans: PlanInfo[] = [];
  const tasks: TaskView[] = [];
  const unassigned: TaskView[] = [];
  const unitRows = new Map<string, UnitRow>();
  const conflicts: ReportData['conflicts'] = [];
  const unitRow = (unit: string): UnitRow => {
    let r = unitRows.get(unit);
    if (!r) unitRows.set(unit, (r = { unit, counts: zeroCounts(), total: 0, lead: 0, support: 0, doneShare: 0 }));
    return r;
  };

  for (const [index, { file, register: reg }] of inputs.entries()) {
    const trackers = new Set<string>();
    let last: string | null = null;
    for (const t of reg.tasks) {
      for (const p of t.progress ?? []) {
        trackers.add(p.tracker);
        if (p.trackerDate && (last === null || p.trackerDate > last)) last = p.trackerDate;
      }
    }
    const plan: PlanInfo = {
      index,
      file,
      number: reg.document.number?.raw ?? null,
      title: reg.document.title?.text ?? null,
      label: planLabel(reg, index),
      tasks: reg.tasks.length,
      trackers: trackers.size,
      lastTrackerDate: last,
    };
    plans.push(plan);
    // Units in register order first, so the table follows the plan's own list.
    for (const u of reg.units) if (u.kind === 'unit' || u.leadCount + u.supportCount > 0) unitRow(u.name);
    const units = new UnitIndex(reg);
    const collectiveMembers = new Map(reg.units.filter((u) => u.kind === 'collective' && u.members.length > 0).map((u) => [u.name, u.members]));

    for (const task of reg.tasks) {
      const due = effectiveDue(task, asOf);
      const reports = latestByUnit(task.progress ?? []);
      const roles = units.roles(task);
      const direct = new Map<string, 'lead' | 'support'>();
      for (const n of task.lead) direct.set(n, 'lead');
      for (const n of task.support) if (!direct.has(n)) direct.set(n, 'support');
      // The task's own status: the least advanced among the leads' reports (else anyone's).
      const all = [...reports.values()];
      const leads = all.filter((p) => (roles.get(p.unit) ?? p.role) === 'lead');
      const basis = leads.length > 0 ? leads : all;
      let status: ProgressStatus | null = null;
      for (const p of basis) {
        const s = effectiveStatus(p);
        if (status === null || ADVANCE[s] < ADVANCE[status]) status = s;
      }
      const category = categorize(status, due, asOf);
      const taskDone = category === 'done' || category === 'done-late';

      const assignments: Assignment[] = [];
      const assign = (unit: string, role: 'lead' | 'support' | null): void => {
        const p = reports.get(unit) ?? null;
        // A unit is not overdue on a task that is done (a supporter who did not report, say).
        const own = categorize(p ? effectiveStatus(p) : null, taskDone ? null : due, asOf);
        assignments.push({ unit, role, progress: p, category: own });
      };
      for (const [unit, role] of direct) {
        // A collective whose members reported for it (export --expand-collectives: a member not
        // itself named in the task) is represented by them.
        const members = collectiveMembers.get(unit);
        if (!reports.has(unit) && members?.some((m) => reports.has(m) && !direct.has(m))) continue;
        assign(unit, role);
      }
      for (const unit of reports.keys()) if (!direct.has(unit)) assign(unit, roles.get(unit) ?? null);

      const view: TaskView = {
        plan,
        task,
        due,
        category,
        daysLate: category === 'overdue' && due ? daysBetween(due, asOf) : null,
        daysLeft: due && due >= asOf ? daysBetween(asOf, due) : null,
        assignments,
        reports: all,
      };
      if (assignments.length === 0) {
        unassigned.push(view);
        continue;
      }
      tasks.push(view);
      for (const a of assignments) {
        const r = unitRow(a.unit);
        r.counts[a.category]++;
        r.total++;
        if (a.role === 'lead') r.lead++;
        else if (a.role === 'support') r.support++;
      }
    }
    for (const d of reg.diagnostics) {
      if (d.rule === 'collect/conflicting-status' || d.rule === 'collect/duplicate-report') {
        const m = /task (\S+?)[:,;)]?(?:\s|$)/.exec(d.message);
        conflicts.push({ plan, diagnostic: d, taskId: m ? m[1]! : null });
      }
    }
  }

  const units = [...unitRows.values()].filter((r) => r.total > 0);
  for (const r of units) r.doneShare = r.total ? (r.counts.done + r.counts['done-late']) / r.total : 0;
  const totals = zeroCounts();
  for (const t of tasks) totals[t.category]++;
  const horizon = addDays(asOf, DUE_SOON_DAYS);
  const isDone = (c: Category): boolean => c === 'done' || c === 'done-late';
  const overdue = tasks.filter((t) => t.category === 'overdue').sort((a, b) => b.daysLate! - a.daysLate! || a.plan.index - b.plan.index);
  const dueSoon = tasks
    .filter((t) => !isDone(t.category) && t.due !== null && t.due >= asOf && t.due <= horizon)
    .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : a.plan.index - b.plan.index));
  const notReported = tasks.filter((t) => t.reports.length === 0);
  return { asOf, plans, units, tasks, overdue, dueSoon, notReported, unassigned, totals, timeline: timeline(tasks), conflicts };
}

function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

function isQuarterEnd(iso: string): boolean {
  return ['03-31', '06-30', '09-30', '12-31'].includes(iso.slice(5));
}

/**
 * Tasks by due month, or by quarter when the deadlines span more than 12 months or are all
 * quarter ends (plans that say "Quý II/2026"). Every period between the first and the last
 * is listed, empty ones included, so the axis is a true calendar.
 */
export function timeline(tasks: TaskView[]): ReportData['timeline'] {
  const dated = tasks.filter((t) => t.due !== null);
  const noDate = tasks.length - dated.length;
  if (dated.length === 0) return { granularity: 'month', buckets: [], noDate };
  const dues = dated.map((t) => t.due!).sort();
  const first = dues[0]!;
  const lastDue = dues[dues.length - 1]!;
  const months = (Number(lastDue.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(lastDue.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  const granularity: 'month' | 'quarter' = months > 12 || dues.every(isQuarterEnd) ? 'quarter' : 'month';
  const keyOf = (iso: string): string => (granularity === 'month' ? iso.slice(0, 7) : quarterOf(iso));
  const keys: string[] = [];
  if (granularity === 'month') {
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7));
    for (let i = 0; i < months; i++) {
      keys.push(`${y}-${String(m).padStart(2, '0')}`);
      if (++m > 12) [y, m] = [y + 1, 1];
    }
  } else {
    const n = (k: string): number => Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1;
    const a = n(quarterOf(first));
    const b = n(quarterOf(lastDue));
    // A stray far-off date must not make hundreds of columns: beyond 40 quarters, list only those used.
    const span = b - a < 40 ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [...new Set(dues.map((d) => n(quarterOf(d))))];
    for (const q of span) keys.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  }
  const buckets = new Map<string, TimelineBucket>(keys.map((key) => [key, { key, counts: zeroCounts(), total: 0 }]));
  for (const t of dated) {
    const b = buckets.get(keyOf(t.due!));
    if (!b) continue;
    b.counts[t.category]++;
    b.total++;
  }
  return { granularity, buckets: [...buckets.values()], noDate };
}
