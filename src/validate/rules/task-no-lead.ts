import type { Rule, RuleReport } from '../types.js';
import { excerpt, outlineIndex } from '../util.js';

/** Rõ người: every appendix row and every organisation item names the unit that leads it. */
const rule: Rule = {
  meta: {
    id: 'task/no-lead',
    description: 'An appendix task or an organisation-section item has no lead unit.',
    defaultSeverity: 'error',
    docs: 'an appendix row with an empty lead column ("Đơn vị chủ trì"), or an item of the organisation section ("TỔ CHỨC THỰC HIỆN") that names no unit, neither in its heading nor in its sentence: rõ người, rõ trách nhiệm.',
  },
  check(ctx) {
    const reg = ctx.register;
    const nodes = outlineIndex(reg);
    const out: RuleReport[] = [];
    for (const t of reg.tasks) {
      if (t.lead.length > 0) continue;
      if (t.origin === 'appendix') {
        const tableId = t.id.split('.')[0]!;
        const table = reg.appendices.find((a) => a.id === tableId);
        const col = table?.header?.columns.find((c) => c.role === 'lead');
        const row = t.appendix?.tt ? `row ${t.appendix.tt}` : `task ${t.id}`;
        const why = col ? `the "${col.name}" cell is empty` : 'the table has no lead-unit column';
        out.push({ message: `${row} of appendix table ${tableId} has no lead unit: ${why}`, line: t.source.line, column: t.source.column });
      } else if (nodes.get(t.id)?.role === 'organisation') {
        out.push({
          message: `task ${t.id} of the organisation section has no lead unit ("${excerpt(t.text, 50)}"): name the unit in its heading or sentence ("… chủ trì")`,
          line: t.source.line,
          column: t.source.column,
        });
      }
    }
    return out;
  },
};

export default rule;
