import type { Rule, RuleReport } from '../types.js';

/** Rõ thời gian: every appendix row says when it is due. */
const rule: Rule = {
  meta: {
    id: 'task/no-deadline',
    description: 'An appendix task has no deadline.',
    defaultSeverity: 'error',
    docs: 'an appendix row whose deadline cell ("Thời gian hoàn thành") is empty, or a row of a table without a deadline column: rõ thời gian ("Thường xuyên", "Quý I/2026" and "Trước 15/12/2026" all count).',
  },
  check(ctx) {
    const reg = ctx.register;
    const out: RuleReport[] = [];
    for (const t of reg.tasks) {
      if (t.origin !== 'appendix' || t.deadline !== null) continue;
      const tableId = t.id.split('.')[0]!;
      const table = reg.appendices.find((a) => a.id === tableId);
      const col = table?.header?.columns.find((c) => c.role === 'deadline');
      const row = t.appendix?.tt ? `row ${t.appendix.tt}` : `task ${t.id}`;
      const why = col ? `the "${col.name}" cell is empty` : 'the table has no deadline column';
      out.push({ message: `${row} of appendix table ${tableId} has no deadline: ${why}`, line: t.source.line, column: t.source.column });
    }
    return out;
  },
};

export default rule;
