// Every validate rule, in alphabetical order of id. A rule is one module exporting
// `{ meta: { id, description, defaultSeverity, docs }, check(ctx) }` (see ../types.ts).
import type { Rule } from '../types.js';
import basisCitation from './basis-citation.js';
import deadlineBeforeIssue from './deadline-before-issue.js';
import deadlineOutsidePeriod from './deadline-outside-period.js';
import deadlineUnparsed from './deadline-unparsed.js';
import headerNumberMissing from './header-number-missing.js';
import numberingDuplicate from './numbering-duplicate.js';
import numberingGap from './numbering-gap.js';
import numberingOrder from './numbering-order.js';
import structureMissingSection from './structure-missing-section.js';
import structureNotAPlan from './structure-not-a-plan.js';
import tableColumns from './table-columns.js';
import tableRowNumber from './table-row-number.js';
import taskNoDeadline from './task-no-deadline.js';
import taskNoLead from './task-no-lead.js';
import textSuspiciousChar from './text-suspicious-char.js';
import unitUnknown from './unit-unknown.js';
import unitVariant from './unit-variant.js';

export const rules: readonly Rule[] = [
  basisCitation,
  deadlineBeforeIssue,
  deadlineOutsidePeriod,
  deadlineUnparsed,
  headerNumberMissing,
  numberingDuplicate,
  numberingGap,
  numberingOrder,
  structureMissingSection,
  structureNotAPlan,
  tableColumns,
  tableRowNumber,
  taskNoDeadline,
  taskNoLead,
  textSuspiciousChar,
  unitUnknown,
  unitVariant,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
