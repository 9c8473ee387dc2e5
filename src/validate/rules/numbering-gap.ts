import type { Rule } from '../types.js';
import { numberingReports } from '../numbering.js';

const rule: Rule = {
  meta: {
    id: 'numbering/gap',
    description: 'A numbered list skips a number or letter.',
    defaultSeverity: 'warning',
    docs: 'a list of sections or items skips a number or a letter: "1. 2. 4.", "c) đ)" with no "d)" (letters follow the Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y), or a list that starts at "2." or "b)".',
  },
  check: (ctx) => numberingReports(ctx.register, 'gap'),
};

export default rule;
