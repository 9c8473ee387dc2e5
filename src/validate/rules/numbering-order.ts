import type { Rule } from '../types.js';
import { numberingReports } from '../numbering.js';

const rule: Rule = {
  meta: {
    id: 'numbering/order',
    description: 'Numbering goes back, uses a letter outside the Vietnamese order, or a sub-number under the wrong parent.',
    defaultSeverity: 'warning',
    docs: 'a list goes back ("c)" then "b)"), uses a letter that is not in the Vietnamese order (f, j, w, z: after "e)" comes "g)"), or a sub-item is numbered for another parent ("2.3." under "1.").',
  },
  check: (ctx) => numberingReports(ctx.register, 'order'),
};

export default rule;
