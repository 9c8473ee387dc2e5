import type { Rule } from '../types.js';

/** The text has no "KẾ HOẠCH" title with content/organisation sections and no task table. */
const rule: Rule = {
  meta: {
    id: 'structure/not-a-plan',
    description: 'The file does not look like a plan (KẾ HOẠCH).',
    defaultSeverity: 'error',
    anyText: true,
    docs: 'the text has no "KẾ HOẠCH" title with content or organisation sections and no task table (a news article, minutes, a wrong file); the other rules are skipped for it.',
  },
  check(ctx) {
    if (ctx.register.document.kind !== 'unknown') return [];
    return [
      {
        message: 'this text does not look like a plan: no "KẾ HOẠCH" title with content or organisation sections, and no task table',
        line: 1,
        column: 1,
      },
    ];
  },
};

export default rule;
