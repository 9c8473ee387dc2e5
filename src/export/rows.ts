// Register → tracker rows. Pure: no I/O, no exceljs.
import type { Register, Task } from '../register/types.js';
import { labels, type Lang } from './labels.js';

export type RoleFilter = 'lead' | 'support' | 'all';

export interface RowsOptions {
  role: RoleFilter;
  expandCollectives: boolean;
  /** Language of the "Nguồn" column ("dòng" / "line"); default 'vi'. */
  lang?: Lang;
}

/** One row of a unit's tracker. */
export interface TrackerRow {
  /** 1-based row number within the unit's tracker. */
  stt: number;
  taskId: string;
  text: string;
  /** The tracker unit's role for this task. */
  role: 'lead' | 'support';
  /** Canonical names as in the register (collectives are not expanded here). */
  lead: string[];
  support: string[];
  /** The plan's deadline phrase, '' when none. */
  deadlineRaw: string;
  /** ISO due date or null. */
  due: string | null;
  /** Outline path (task id) and source line(s): `III.1.b, dòng 112`. */
  source: string;
  /** The tracker's unit (canonical name). */
  unit: string;
}

interface Assignment {
  task: Task;
  role: 'lead' | 'support';
}

/**
 * Every unit that gets a tracker, with its tasks in register order. A unit named both as
 * lead and as support of one task is its lead. With `expandCollectives`, a collective
 * whose `members` are listed passes its role on to each member (recursively) and gets
 * no entry of its own.
 */
export function assignmentsByUnit(reg: Register, opts: Pick<RowsOptions, 'role' | 'expandCollectives'>): Map<string, Assignment[]> {
  const members = new Map<string, string[]>();
  if (opts.expandCollectives) {
    for (const u of reg.units) {
      if (u.kind === 'collective' && u.members.length > 0) members.set(u.name, u.members);
    }
  }
  const out = new Map<string, Assignment[]>();
  for (const task of reg.tasks) {
    const roles = new Map<string, 'lead' | 'support'>();
    const add = (name: string, role: 'lead' | 'support', seen: Set<string>): void => {
      const m = members.get(name);
      if (m && !seen.has(name)) {
        seen.add(name);
        for (const member of m) add(member, role, seen);
        return;
      }
      if (m) return; // a cycle in the configured members: ignore the repeat
      if (roles.get(name) !== 'lead') roles.set(name, role);
    };
    for (const name of task.lead) add(name, 'lead', new Set());
    for (const name of task.support) add(name, 'support', new Set());
    for (const [name, role] of roles) {
      if (opts.role !== 'all' && opts.role !== role) continue;
      let list = out.get(name);
      if (!list) out.set(name, (list = []));
      list.push({ task, role });
    }
  }
  return out;
}

/** Canonical names of the units that get a tracker (≥ 1 row): register `units` order first, then any others in order of first appearance. */
export function orderUnits(reg: Register, byUnit: Map<string, Assignment[]>): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const u of reg.units) {
    if (byUnit.has(u.name) && !seen.has(u.name)) {
      seen.add(u.name);
      names.push(u.name);
    }
  }
  for (const name of byUnit.keys()) {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

export function sourceLabel(task: Task, lang: Lang = 'vi'): string {
  const { line, endLine } = task.source;
  const lines = endLine > line ? `${line}–${endLine}` : `${line}`;
  return `${task.id}, ${labels(lang).line} ${lines}`;
}

export function toRows(unit: string, list: Assignment[], lang: Lang = 'vi'): TrackerRow[] {
  return list.map(({ task, role }, i) => ({
    stt: i + 1,
    taskId: task.id,
    text: task.text,
    role,
    lead: task.lead,
    support: task.support,
    deadlineRaw: task.deadline?.raw ?? '',
    due: task.deadline?.due ?? null,
    source: sourceLabel(task, lang),
    unit,
  }));
}

/** The rows of one unit's tracker (empty when the unit has no task under these options). */
export function trackerRows(reg: Register, unitName: string, opts: RowsOptions): TrackerRow[] {
  return toRows(unitName, assignmentsByUnit(reg, opts).get(unitName) ?? [], opts.lang);
}

/** Canonical unit names that get a tracker, in a stable order. */
export function unitsToExport(reg: Register, opts: Pick<RowsOptions, 'role' | 'expandCollectives'>): string[] {
  return orderUnits(reg, assignmentsByUnit(reg, opts));
}
