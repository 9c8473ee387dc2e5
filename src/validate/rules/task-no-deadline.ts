import type { Rule, RuleReport } from '../types.js';
import { tickColumns } from '../../parse/table.js';

/** Rõ thời gian: every appendix row says when it is due. */
const rule: Rule = {
  meta: {
    id: 'task/no-deadline',
    description: 'An appendix task has no deadline.',
    defaultSeverity: 'error',
    docs: 'an appendix row whose deadline cell ("Thời gian hoàn thành") is empty, a row that marks none of the tick columns ("2026 | 2027 | 2028", "Quý I | … | Quý IV", "Tháng 9 | … | Tháng 1" marked "x"), or a task of a table without a deadline column whose text names no time ("…; thời hạn: Quý III/2026" in an "Đơn vị | Nhiệm vụ" table): rõ thời gian ("Thường xuyên", "Quý I/2026", "Trước 15/12/2026" and an "x" under "2026" all count).',
  },
  check(ctx) {
    const reg = ctx.register;
    const out: RuleReport[] = [];
    for (const t of reg.tasks) {
      if (t.origin !== 'appendix' || t.deadline !== null) continue;
      const tableId = t.id.split('.')[0]!;
      const table = reg.appendices.find((a) => a.id === tableId);
      const columns = table?.header?.columns ?? [];
      const years = tickColumns(columns);
      const col = columns.find((c, i) => c.role === 'deadline' && !years.some((y) => y.index === i));
      const row = t.appendix?.tt ? `row ${t.appendix.tt}` : `task ${t.id}`;
      const kind = new Set(years.map((y) => y.period.unit));
      const marks = `no ${kind.size === 1 ? [...kind][0] : 'period'} is marked in the columns ${years.map((y) => `"${columns[y.index]!.name}"`).join(', ')}`;
      const why = col ? `the "${col.name}" cell is empty${years.length ? ` and ${marks}` : ''}` : years.length ? marks : 'the table has no deadline column and its text names no time';
      out.push({ message: `${row} of appendix table ${tableId} has no deadline: ${why}`, line: t.source.line, column: t.source.column });
    }
    return out;
  },
};

export default rule;
