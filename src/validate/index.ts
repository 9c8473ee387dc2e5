// `plan-extract validate`: check plans against the "6 rõ" rules (rõ người, rõ việc, rõ thời gian,
// rõ trách nhiệm, rõ thẩm quyền, rõ kết quả) and the form of the document, eslint-style.
//
// Files are processed one at a time: each register is built, checked and dropped, and only its
// diagnostics are kept, so a folder of thousands of plans runs in one process with bounded memory.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../register/types.js';
import { InputError, UsageError } from '../util/fs.js';
import { ConfigError, findConfig, loadConfig, type UnitsConfig } from '../units/index.js';
import { displayPath, readErrorDiagnostic, validateFile } from './engine.js';
import { expandInputs } from './files.js';
import { resolveSeverities } from './severity.js';
import type { FileResult, RuleSeverity } from './types.js';

export * from './types.js';
export { rules, ruleById } from './rules/index.js';
export { allRuleMetas, IO_READ_ERROR, runRules, validateFile, validateText, rawTextOf, displayPath, defaultSeverities } from './engine.js';
export { parseRuleFlags, resolveSeverities, severityOf } from './severity.js';
export { expandInputs } from './files.js';
export { formatters, FORMAT_NAMES } from './formatters/index.js';

export interface ValidateRunOptions {
  /** Files, directories and glob patterns. */
  inputs: readonly string[];
  cwd?: string;
  /** `--config FILE`: one config for every plan; otherwise plan-extract.config.yaml is looked up from each plan's folder. */
  configPath?: string | null;
  /** `--rule ID=SEV` overrides (win over the config's `rules:`). */
  overrides?: ReadonlyMap<string, RuleSeverity>;
  asOf?: string | null;
  draft?: boolean;
  /** Keep errors only (warnings and infos are still counted). */
  quiet?: boolean;
}

export interface ValidateRunResult {
  results: FileResult[];
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read (io/read-error), plus directories/patterns that matched nothing. */
  ioFailures: number;
  /** Messages for directories/patterns that matched no file. */
  notFound: string[];
}

export interface LoadedConfig {
  config: UnitsConfig | null;
  severities: Map<string, RuleSeverity>;
}

async function loadOne(file: string, overrides: ReadonlyMap<string, RuleSeverity>, cwd: string): Promise<LoadedConfig> {
  const shown = displayPath(file, cwd);
  let config: UnitsConfig;
  try {
    config = await loadConfig(file);
  } catch (err) {
    if (err instanceof ConfigError) {
      const message = err.message.split(file).join(shown);
      throw new UsageError(message.startsWith(shown) ? message : `${shown}: ${message}`);
    }
    throw err;
  }
  const text = await fsp.readFile(file, 'utf8').catch(() => null);
  return { config, severities: resolveSeverities(config.rules, overrides, shown, text) };
}

/**
 * The config (and rule severities) of each plan: the one given with --config, else the
 * plan-extract.config.yaml found from each plan's folder. A bad config throws UsageError before any
 * plan is checked. Shared by the in-process run and the worker-pool run (src/batch/validate.ts).
 */
export async function configsFor(
  files: string[],
  configPath: string | null,
  overrides: ReadonlyMap<string, RuleSeverity>,
  cwd: string,
): Promise<{ configOf: Map<string, LoadedConfig>; none: LoadedConfig }> {
  const byPath = new Map<string, LoadedConfig>();
  const none: LoadedConfig = { config: null, severities: resolveSeverities(null, overrides) };
  const configOf = new Map<string, LoadedConfig>();
  if (configPath) {
    const explicit = await loadOne(path.resolve(cwd, configPath), overrides, cwd);
    for (const f of files) configOf.set(f, explicit);
  } else {
    const dirConfig = new Map<string, string | null>();
    for (const f of files) {
      const dir = path.dirname(f);
      if (!dirConfig.has(dir)) dirConfig.set(dir, await findConfig(dir));
      const cfgPath = dirConfig.get(dir)!;
      if (!cfgPath) {
        configOf.set(f, none);
        continue;
      }
      if (!byPath.has(cfgPath)) byPath.set(cfgPath, await loadOne(cfgPath, overrides, cwd));
      configOf.set(f, byPath.get(cfgPath)!);
    }
  }

  return { configOf, none };
}

/** Validate every input; throws UsageError for a bad config (before any file is checked). */
export async function validatePlans(opts: ValidateRunOptions): Promise<ValidateRunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const overrides = opts.overrides ?? new Map<string, RuleSeverity>();
  const { files, empty } = await expandInputs(opts.inputs, cwd);

  // Configs first, so that a bad one stops the run before any output.
  const { configOf, none } = await configsFor(files, opts.configPath ?? null, overrides, cwd);

  const run: ValidateRunResult = { results: [], errors: 0, warnings: 0, infos: 0, ioFailures: empty.length, notFound: empty.map((e) => `${e.input}: ${e.message}`) };
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const loaded = configOf.get(file) ?? none;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await validateFile(file, loaded.config, loaded.severities, { asOf: opts.asOf ?? null, draft: opts.draft ?? false });
    } catch (err) {
      if (!(err instanceof InputError)) {
        if (err instanceof Error) err.message = `${shown}: ${err.message}`;
        throw err;
      }
      run.ioFailures++;
      const message = err.message.startsWith(`${file}: `) ? err.message.slice(file.length + 2) : err.message;
      diagnostics = [readErrorDiagnostic(message)];
    }
    for (const d of diagnostics) {
      if (d.severity === 'error') run.errors++;
      else if (d.severity === 'warning') run.warnings++;
      else run.infos++;
    }
    run.results.push({ file: shown, diagnostics: opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics });
  }
  return run;
}

/** Exit code: 2 when a file could not be read, 1 for errors or too many warnings, else 0. */
export function exitCodeOf(run: Pick<ValidateRunResult, 'errors' | 'warnings' | 'ioFailures'>, maxWarnings: number | null): 0 | 1 | 2 {
  if (run.ioFailures > 0) return 2;
  if (run.errors > 0) return 1;
  if (maxWarnings !== null && run.warnings > maxWarnings) return 1;
  return 0;
}
