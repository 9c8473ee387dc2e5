import type { Rule, RuleReport } from '../types.js';
import { excerpt, outlineIndex } from '../util.js';
import { splitRow } from '../../parse/table.js';

/**
 * The text of column `k` of a table row written on lines `from`–`to` as pipe or tab rows (the
 * parts of a row cut by a page break joined), or null when the row cannot be read back that way
 * (an HTML row, a row whose cells do not line up with the header's `width` columns).
 */
function cellText(lines: readonly string[], from: number, to: number, k: number, width: number): string | null {
  const parts: string[] = [];
  for (let ln = from; ln <= to; ln++) {
    const cells = splitRow(lines[ln - 1] ?? '');
    if (cells === null) return null;
    if (cells.length === 0) continue; // a delimiter row
    if (cells.length < width) return null;
    parts.push(cells[k]!);
  }
  return parts.join(' ').replace(/<br\s*\/?>/gi, ' ').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

/** Rõ người: every appendix row and every organisation item names the unit that leads it. */
const rule: Rule = {
  meta: {
    id: 'task/no-lead',
    description: 'An appendix task or an organisation-section item has no lead unit.',
    defaultSeverity: 'error',
    docs: 'an appendix row whose lead cell ("Đơn vị chủ trì") is empty or names no unit that is recognised, or an item of the organisation section ("TỔ CHỨC THỰC HIỆN") that names no unit, neither in its heading nor in its sentence: rõ người, rõ trách nhiệm.',
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
        const columns = table?.header?.columns ?? [];
        const k = columns.findIndex((c) => c.role === 'lead');
        const row = t.appendix?.tt ? `row ${t.appendix.tt}` : `task ${t.id}`;
        // The cell as written: empty, or text in which no unit name is recognised ("Chủ đầu tư", a unit
        // the directory does not know); unknown when the row cannot be read back (HTML).
        const cell = k >= 0 ? cellText(ctx.lines, t.source.line, t.source.endLine, k, columns.length) : null;
        const name = columns[k]?.name;
        const why =
          k < 0 ? 'the table has no lead-unit column'
          : cell === '' ? `the "${name}" cell is empty`
          : cell !== null ? `the "${name}" cell ("${excerpt(cell, 50)}") names no unit that is recognised`
          : `no unit is recognised in the "${name}" cell`;
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
