import type { Rule, RuleReport } from '../types.js';
import { walkOutline } from '../util.js';
import { sectionRole } from '../../parse/grammar.js';
import { fold } from '../../parse/fast-text.js';

const CONTENT_BY_ASSIGNMENT = /^phan cong (nhiem vu|thuc hien nhiem vu)\b/;
/** Tasks that make an organisation section a task list of its own (see check). */
const MIN_TASK_LIST = 5;
const ASSIGNMENT_IN_HEADING = /\b(va|,)\s*phan cong (thuc hien|nhiem vu|trach nhiem)\b/;

/** A plan needs what to do (content) and who does it (organisation section or task appendix). */
const rule: Rule = {
  meta: {
    id: 'structure/missing-section',
    description: 'The plan has no content section, or neither an organisation section nor a task appendix.',
    defaultSeverity: 'error',
    docs: 'the plan has no content section ("NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP" …), or it has neither an organisation section ("TỔ CHỨC THỰC HIỆN") nor an appendix table of tasks: rõ việc, rõ trách nhiệm.',
  },
  check(ctx) {
    const reg = ctx.register;
    let content = false;
    let organisation = false;
    let appendixRoot = false;
    walkOutline(reg.outline, (n, _s, parent) => {
      if (n.role === 'content') content = true;
      // What is to be done may also be stated by a sub-heading ("3.2. Nội dung kiểm tra" under
      // "3. Đối tượng, nội dung kiểm tra"), or by a section that assigns the tasks themselves
      // ("III. PHÂN CÔNG NHIỆM VỤ", with a separate "IV. TỔ CHỨC THỰC HIỆN").
      if (n.children.length > 0 && (parent !== null ? sectionRole(n.text) === 'content' : CONTENT_BY_ASSIGNMENT.test(fold(n.text)))) content = true;
      if (n.role === 'organisation') organisation = true;
      // "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN": one section states the tasks and who does them.
      if (parent === null && n.role === 'content' && ASSIGNMENT_IN_HEADING.test(fold(n.text))) organisation = true;
      if (n.role === 'appendix') appendixRoot = true;
    });
    const appendix = reg.appendices.length > 0 || appendixRoot;
    const title = reg.document.title;
    // A directive ("CHỈ THỊ", number "…/CT-UBND") has no sections: its numbered items are the duties of each unit.
    const directive = /^[\s#*_]*chi thi(?![a-z])/.test(fold(ctx.lines[title ? title.line - 1 : 0] ?? '')) || /^CT(?:-|$)/.test(reg.document.number?.code ?? '');
    if (directive && reg.tasks.length > 0) return [];
    const at = title ? { line: title.line, column: 1 } : { line: 1, column: 1 };
    const out: RuleReport[] = [];
    // A task list given unit by unit under "TỔ CHỨC THỰC HIỆN" (no separate content section) states what
    // is to be done when it is one: several tasks, most with their lead unit and their deadline. A few
    // follow-up duties ("Theo dõi, đôn đốc việc thực hiện Kế hoạch") do not.
    const assigned = reg.tasks.filter((t) => t.lead.length > 0).length;
    const dated = reg.tasks.filter((t) => t.lead.length > 0 && t.deadline !== null && t.deadline.kind !== 'unspecified').length;
    if (!content && organisation && reg.tasks.length >= MIN_TASK_LIST && dated >= reg.tasks.length / 2) content = true;
    if (!content) {
      out.push({ ...at, message: 'the plan has no content section (such as "II. NỘI DUNG THỰC HIỆN" or "NHIỆM VỤ VÀ GIẢI PHÁP"): what is to be done is not stated' });
    }
    // Duties given unit by unit in a section named otherwise ("III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"):
    // who does what is stated when most tasks have their lead unit.
    if (!organisation && assigned > 0 && assigned >= reg.tasks.length / 2) organisation = true;
    if (!organisation && !appendix) {
      out.push({ ...at, message: 'the plan has no organisation section ("TỔ CHỨC THỰC HIỆN") and no appendix table of tasks: who does what is not stated' });
    }
    return out;
  },
};

export default rule;
