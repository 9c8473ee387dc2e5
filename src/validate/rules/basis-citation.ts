import type { Rule, RuleReport } from '../types.js';
import { excerpt, findFirst } from '../util.js';

/** Instruments cited by number and date; laws are cited by name and year, "other" is not an instrument. */
const NUMBERED = new Set(['Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Kế hoạch', 'Thông tư', 'Công văn', 'Quy định', 'Chương trình', 'Hướng dẫn', 'Thông báo', 'Đề án']);

/** Rõ thẩm quyền: the legal basis names each instrument by number and date. */
const rule: Rule = {
  meta: {
    id: 'basis/citation',
    description: 'A legal-basis citation has no readable number or date.',
    defaultSeverity: 'warning',
    docs: 'a citation of the legal basis ("Căn cứ …", "Thực hiện …") whose number ("số 1847/QĐ-TTg") or date ("ngày 27/12/2018", "ngày 27 tháng 12 năm 2018") is missing or cannot be read (31/02/2025); laws (Luật), cited by name and year, are not checked.',
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const c of ctx.register.document.legalBasis) {
      if (!NUMBERED.has(c.kind)) continue;
      const missing: string[] = [];
      if (!c.number) missing.push('number ("số 123/QĐ-UBND")');
      if (!c.date) missing.push('date ("ngày 27/12/2025")');
      if (!missing.length) continue;
      const head = c.raw.split(/\s+/).slice(0, 4).join(' ');
      const f = findFirst(ctx.lines, head, { from: c.line, to: c.endLine ?? c.line });
      out.push({
        message: `citation "${excerpt(c.raw, 70)}" has no readable ${missing.join(' and no readable ')}`,
        line: f?.line ?? c.line,
        column: f?.column ?? 1,
      });
    }
    return out;
  },
};

export default rule;
