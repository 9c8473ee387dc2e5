import type { Rule } from '../types.js';
import { numberingReports } from '../numbering.js';

const rule: Rule = {
  meta: {
    id: 'numbering/duplicate',
    description: 'The same number or letter is used twice in one list.',
    defaultSeverity: 'error',
    docs: 'two siblings carry the same number or letter ("3." twice in section III): the second one is reported, and references such as "điểm 3 mục III" become ambiguous.',
  },
  check: (ctx) => numberingReports(ctx.register, 'duplicate'),
};

export default rule;
