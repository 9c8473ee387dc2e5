// Vietnamese deadline phrases → `Deadline` (see src/register/types.ts).
//
//   parseDeadline("Quý I/2026", { year: 2026 })          → quarter 2026-01-01 … 2026-03-31
//   findDeadlineInText("… trước ngày 15/12/2026 …", ctx)  → date 2026-12-15
//   nextDue(deadline, "2026-12-20")                       → next due date or null
//
// Files: grammar.ts (the phrase patterns), parse.ts (building the Deadline),
// find.ts (search inside a sentence), next-due.ts, calendar.ts, normalize.ts.

export { parseDeadline, type DeadlineContext, type DeadlineResult } from './parse.js';
export { findDeadlineInText } from './find.js';
export { nextDue } from './next-due.js';
export { IMPLICIT_START_EVENT } from './grammar.js';
