// `validate` over the batch pool: the same inputs, configs, results and counts as
// validatePlans() in src/validate/index.ts, with the plans checked by `jobs` worker threads
// (results still in the sorted input order) and an optional progress bar.
//
// To adopt it in src/cli/commands/validate.ts: add `.option('-j, --jobs <n>', …)` and call
//   validatePlansInBatch({ inputs, configPath, overrides, asOf, draft, quiet, jobs })
// instead of validatePlans(...): it takes the same options plus `jobs` (and `progress`) and
// returns the same ValidateRunResult.
import { configsFor, displayPath, expandInputs, type RuleSeverity, type ValidateRunOptions, type ValidateRunResult } from '../validate/index.js';
import { defaultJobs, runTasks } from './pool.js';
import { createProgress } from './progress.js';
import { VALIDATE_TASK } from './tasks.js';
import type { ValidateTaskInput, ValidateTaskOptions, ValidateTaskResult } from './validate-task.js';

export interface ValidateBatchOptions extends ValidateRunOptions {
  /** Worker threads (default: the number of CPUs, at most one per 8 files; 1 = in this thread). */
  jobs?: number | null;
  /** Draw a progress bar on stderr when it is a terminal and there are more than 20 files (default true). */
  progress?: boolean;
}


/** Validate every input over the pool; throws UsageError for a bad config (before any file is checked). */
export async function validatePlansInBatch(opts: ValidateBatchOptions): Promise<ValidateRunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const overrides = opts.overrides ?? new Map<string, RuleSeverity>();
  const { files, empty } = await expandInputs(opts.inputs, cwd);

  // Configs first, so that a bad one stops the run before any output (as validatePlans does).
  const { configOf, none } = await configsFor(files, opts.configPath ?? null, overrides, cwd);

  const run: ValidateRunResult = { results: [], errors: 0, warnings: 0, infos: 0, ioFailures: empty.length, notFound: empty.map((e) => `${e.input}: ${e.message}`) };
  const items: ValidateTaskInput[] = files.map((file) => {
    const c = configOf.get(file) ?? none;
    return { file, config: c.config, severities: c.severities };
  });
  const jobs = opts.jobs ?? Math.min(defaultJobs(), Math.ceil(items.length / 8));
  const progress = await createProgress({ total: items.length, disabled: opts.progress === false, label: 'validate' });
  try {
    await runTasks<ValidateTaskInput, ValidateTaskResult, ValidateTaskOptions>(
      items,
      {
        module: VALIDATE_TASK,
        name: 'validateTask',
        options: { asOf: opts.asOf ?? null, draft: opts.draft ?? false },
        load: async () => (await import('./validate-task.js')).validateTask,
      },
      {
        jobs,
        onResult: (r) => {
          progress.tick();
          const shown = displayPath(r.input.file, cwd);
          if (!r.ok) {
            // Not an unreadable file (those come back as io/read-error): a bug, reported as validatePlans does.
            const e = new Error(`${shown}: ${r.error.message}`);
            e.name = r.error.name;
            if (r.error.stack) e.stack = r.error.stack;
            throw e;
          }
          const { diagnostics, ioFailure } = r.value;
          if (ioFailure) run.ioFailures++;
          for (const d of diagnostics) {
            if (d.severity === 'error') run.errors++;
            else if (d.severity === 'warning') run.warnings++;
            else run.infos++;
          }
          run.results.push({ file: shown, diagnostics: opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
        },
      },
    );
  } finally {
    progress.stop();
  }
  return run;
}
