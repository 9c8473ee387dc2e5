import type { Rule } from '../types.js';

/** An issued plan has a number ("Số: 25/KH-UBND"); drafts leave it blank: use --draft for them. */
const rule: Rule = {
  meta: {
    id: 'header/number-missing',
    description: 'The plan number ("Số:") is blank or missing.',
    defaultSeverity: 'warning',
    docs: 'the header has a blank number ("Số:    /KH-UBND") or no "Số:" line at all; normal for a draft before it is signed and numbered, so `--draft` turns this rule off.',
  },
  check(ctx) {
    if (ctx.options.draft) return [];
    const doc = ctx.register.document;
    const num = doc.number ?? doc.wrapper?.number ?? null;
    if (num?.serial) return [];
    if (num) {
      const text = ctx.lines[num.line - 1] ?? '';
      const m = /(?<!\p{L})s[ốo]\s*:?\s*[0-9A-Za-z.]*\s*(?:\/\s*[\p{L}\d][\p{L}\d./-]*)?/iu.exec(text);
      const column = m ? m.index + 1 : 1;
      const end = m ? { endLine: num.line, endColumn: column + m[0].trimEnd().length } : {};
      return [{ message: `the plan number is blank ("${num.raw}"): fill it in when the plan is issued, or validate drafts with --draft`, line: num.line, column, ...end }];
    }
    const line = doc.issuer?.line ?? doc.title?.line ?? 1;
    return [{ message: 'the plan has no number line ("Số: …/KH-…"): add it to the header, or validate drafts with --draft', line, column: 1 }];
  },
};

export default rule;
