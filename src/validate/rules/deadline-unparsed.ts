import type { Rule, RuleReport } from '../types.js';
import { findFirst } from '../util.js';

/** The parser found a deadline phrase it could not turn into dates (register diagnostics `deadline/unparsed`). */
const rule: Rule = {
  meta: {
    id: 'deadline/unparsed',
    description: 'A deadline phrase could not be read as a date, period or recurrence.',
    defaultSeverity: 'warning',
    docs: 'a deadline ("Thời gian hoàn thành: …" line or table cell) that cannot be read as a date, month, quarter, year, range or recurrence ("31/02/2026", "quý V"): rõ thời gian.',
  },
  check(ctx) {
    const seen = new Set<string>();
    const out: RuleReport[] = [];
    for (const d of ctx.register.diagnostics) {
      if (d.rule !== 'deadline/unparsed') continue;
      const key = `${d.line}:${d.column}:${d.message}`;
      if (seen.has(key)) continue; // an inherited deadline is parsed once per task below it
      seen.add(key);
      // The parser gives the line (and the column of a "Thời gian hoàn thành:" line): point at the phrase itself.
      const raw = /^deadline "(.*)": /su.exec(d.message)?.[1];
      const f = raw ? findFirst(ctx.lines, raw, { from: d.line, to: d.endLine ?? d.line }) : null;
      if (f) out.push({ message: d.message, line: f.line, column: f.column, endLine: f.line, endColumn: f.endColumn });
      else out.push({ message: d.message, line: d.line, column: d.column, ...(d.endLine ? { endLine: d.endLine } : {}), ...(d.endColumn ? { endColumn: d.endColumn } : {}) });
    }
    return out;
  },
};

export default rule;
