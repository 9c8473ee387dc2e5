import type { Rule, RuleReport } from '../types.js';
import { atTask, issueDate } from '../util.js';

/** A task cannot be due before the plan that assigns it is issued. */
const rule: Rule = {
  meta: {
    id: 'deadline/before-issue',
    description: 'A task is due before the date of the plan.',
    defaultSeverity: 'error',
    docs: 'a task is due before the plan\'s date (`Hà Nội, ngày 15 tháng 3 năm 2026`); a date with a blank day (drafts: "ngày   tháng 12 năm 2025") counts as the first day of the month, or as `--as-of DATE` when given.',
  },
  check(ctx) {
    const issued = issueDate(ctx);
    if (!issued) return [];
    const how =
      issued.how === 'date'
        ? `the plan's date (${issued.iso})`
        : issued.how === 'as-of'
          ? `the issue date given with --as-of (${issued.iso})`
          : issued.how === 'month-start'
            ? `the plan's date (${issued.iso}, the first day of the month: the day is blank)`
            : `the plan's date (${issued.iso}, the start of the year: day and month are blank)`;
    const out: RuleReport[] = [];
    for (const t of ctx.register.tasks) {
      const d = t.deadline;
      if (!d?.due || d.due >= issued.iso) continue;
      const inferred = d.yearInferred ? ', year taken from the plan' : '';
      out.push(atTask(ctx, t, `task ${t.id} is due "${d.raw}" (${d.due}${inferred}), before ${how}`, d.raw));
    }
    return out;
  },
};

export default rule;
