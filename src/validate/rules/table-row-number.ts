import type { Rule, RuleReport, } from '../types.js';
import type { Task } from '../../register/types.js';
import { romanToInt, VIET_LETTERS } from '../../util/text.js';

function ordinalOf(tt: string): { key: string; n: number } | null {
  const t = tt.trim().replace(/[.)]$/, '');
  if (/^\d+$/.test(t)) return { key: 'n', n: Number(t) };
  const d = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(t);
  if (d) return { key: `n:${d[1]}`, n: Number(d[2]) };
  if (/^[IVX]+$/.test(t)) return { key: 'roman', n: romanToInt(t)! };
  const li = VIET_LETTERS.indexOf(t);
  if (li >= 0) return { key: 'letter', n: li + 1 };
  return null;
}

/** The TT column of an appendix table counts 1, 2, 3 … (per group row when the table has groups). */
const rule: Rule = {
  meta: {
    id: 'table/row-number',
    description: 'Row numbers (TT) of a task table skip or repeat.',
    defaultSeverity: 'warning',
    docs: 'the TT column of an appendix table skips a number ("7" then "9") or repeats one ("12" twice); numbering may restart under each group row ("I. Cải cách thể chế").',
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const groups = new Map<string, Task[]>();
    for (const t of ctx.register.tasks) {
      if (t.origin !== 'appendix' || !t.appendix?.tt) continue;
      const k = t.sectionPath.join('/');
      groups.set(k, [...(groups.get(k) ?? []), t]);
    }
    // Last numbered row of each table (per ordinal kind), carried from one group to the next:
    // Vietnamese tables either restart at 1 under each group row ("I. Lĩnh vực …") or number
    // their items continuously across the groups (1, 2 | II. … | 3, 4).
    const tableLast = new Map<string, Map<string, Task>>();
    for (const rows of groups.values()) {
      const table = rows[0]!.sectionPath[0] ?? rows[0]!.id.split('.')[0]!;
      const carried = tableLast.get(table) ?? new Map<string, Task>();
      tableLast.set(table, carried);
      const group = rows[0]!.sectionTitles.length > 1 ? ` (group "${rows[0]!.sectionTitles[rows[0]!.sectionTitles.length - 1]}")` : '';
      const seen = new Map<string, Map<number, Task>>();
      const last = new Map<string, Task>();
      for (const t of rows) {
        const tt = t.appendix!.tt!;
        const o = ordinalOf(tt);
        if (!o) continue;
        const s = seen.get(o.key) ?? new Map<number, Task>();
        seen.set(o.key, s);
        const first = s.get(o.n);
        if (first) {
          out.push({ message: `row number ${tt} repeats in appendix table ${table}${group}: row ${first.appendix!.tt} is at line ${first.source.line}`, line: t.source.line, column: t.source.column });
          continue;
        }
        s.set(o.n, t);
        // The group's first row continues the previous group's numbering unless it restarts at 1.
        if (s.size === 1 && o.n !== 1 && carried.has(o.key)) last.set(o.key, carried.get(o.key)!);
        const prev = last.get(o.key);
        const prevN = prev ? ordinalOf(prev.appendix!.tt!)!.n : 0;
        if (o.n > prevN + 1) {
          const gap = o.n - prevN - 1;
          const what = gap === 1 ? `row ${prevN + 1} is missing` : `rows ${prevN + 1} to ${o.n - 1} are missing`;
          out.push({ message: prev ? `${what} in appendix table ${table}${group}: row ${tt} follows row ${prev.appendix!.tt}` : `row numbers in appendix table ${table}${group} start at ${tt}: ${what}`, line: t.source.line, column: t.source.column });
        } else if (o.n < prevN) {
          out.push({ message: `row ${tt} follows row ${prev!.appendix!.tt} in appendix table ${table}${group}: the row numbers go back`, line: t.source.line, column: t.source.column });
        }
        if (o.n > prevN) last.set(o.key, t);
      }
      for (const [k, t] of last) carried.set(k, t);
    }
    return out;
  },
};

export default rule;
