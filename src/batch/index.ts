// Batch processing for the commands that take plans: input expansion (files, folders, glob
// patterns), a worker_threads pool that returns results in input order, the progress bar and the
// summary line. See docs/batch.md.
export { expandPlanInputs, PLAN_EXTENSIONS, type PlanInput, type ExpandedPlanInputs } from './inputs.js';
export { runTasks, defaultJobs, toTaskError, type TaskSpec, type TaskError, type TaskResult, type RunOptions } from './pool.js';
export { createProgress, formatSummary, PROGRESS_MIN_FILES, type Progress, type ProgressStream, type BatchSummary } from './progress.js';
export type { ExtractTaskInput, ExtractTaskOptions, ExtractTaskResult } from './extract-task.js';
export { validatePlansInBatch, type ValidateBatchOptions } from './validate.js';
export { EXTRACT_TASK, VALIDATE_TASK } from './tasks.js';
