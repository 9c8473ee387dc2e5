import type { Rule, RuleReport } from '../types.js';
import { atTask } from '../util.js';

/** A task of a plan "năm 2026" / "giai đoạn 2024 - 2025" should be due within that period. */
const rule: Rule = {
  meta: {
    id: 'deadline/outside-period',
    description: 'A task is due after the end of the plan\'s period.',
    defaultSeverity: 'warning',
    docs: 'a task is due after the period in the plan\'s title ("… năm 2026", "giai đoạn 2024 - 2025"): due 2027-03-31 in a plan for 2026. Skipped when the plan is dated after its own period (the period was then misread).',
  },
  check(ctx) {
    const doc = ctx.register.document;
    const period = doc.period;
    if (!period) return [];
    const dated = doc.date?.year ?? doc.wrapper?.date?.year ?? null;
    if (dated !== null && dated > period.end) return [];
    const end = `${period.end}-12-31`;
    const label = period.start === period.end ? `${period.end}` : `${period.start} - ${period.end}`;
    const out: RuleReport[] = [];
    for (const t of ctx.register.tasks) {
      const d = t.deadline;
      if (!d?.due || d.due <= end) continue;
      out.push(atTask(ctx, t, `task ${t.id} is due "${d.raw}" (${d.due}), after the plan's period (${label})`, d.raw));
    }
    return out;
  },
};

export default rule;
