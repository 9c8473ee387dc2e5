// The per-file task of `plan-extract extract`, run in a batch worker (or in the main thread with
// --jobs 1): read and parse one plan, validate and serialise its register, and stage it (write it
// to a temporary file beside its target). The main thread commits the staged files (renames them
// into place) in input order: registers appear in input order, a refused or failed input leaves
// nothing behind, and the writing (and the copy of ~100 KB per plan between threads) is not done
// by the one main thread for all the workers.
import * as path from 'node:path';
import type { Diagnostic } from '../register/types.js';
import { InputError, exists, stageFile, stageFileAsync } from '../util/fs.js';
import { extractFile } from '../register/extract.js';
import { ConfigError, findConfig, loadConfig, type UnitsConfig } from '../units/index.js';

export interface ExtractTaskOptions {
  format: 'json' | 'yaml';
  force: boolean;
  /** `--config`, already loaded by the main thread (plain data); null: look one up from each plan's folder. */
  config: UnitsConfig | null;
  /**
   * Write the staged register off the thread (one job: the second core writes while this thread parses
   * the next plan). Workers write synchronously: with two jobs both cores parse, and the pool's writes
   * only compete with them.
   */
  writeAsync?: boolean;
}

export interface ExtractTaskInput {
  /** The plan, as shown in messages and recorded in `source.path`. */
  file: string;
  /** Where the main thread will write the register (checked here: refused when it exists without --force); null for --stdout. */
  target: string | null;
  /** Set when another input of the batch already writes to `target`: the input is refused with this message. */
  clash?: string;
}

export interface ExtractTaskResult {
  /** The register, serialised (JSON or YAML), when the input has no target (--stdout). */
  body?: string;
  /** The temporary file that holds the register, to be renamed to the input's target (see `commitStaged`). */
  staged?: string;
  tasks: number;
  units: number;
  kind: string;
  /** Error diagnostics (the plan is written anyway, and the exit code is 1). */
  errors: Pick<Diagnostic, 'line' | 'column' | 'message' | 'rule'>[];
}

// Config lookup per folder and config loading per file are cached for the life of the worker.
const configOfDir = new Map<string, Promise<string | null>>();
const loadedConfig = new Map<string, Promise<UnitsConfig>>();

async function configFor(file: string): Promise<UnitsConfig | null> {
  const dir = path.dirname(path.resolve(file));
  let found = configOfDir.get(dir);
  if (!found) configOfDir.set(dir, (found = findConfig(dir)));
  const cfgPath = await found;
  if (!cfgPath) return null;
  let cfg = loadedConfig.get(cfgPath);
  if (!cfg) loadedConfig.set(cfgPath, (cfg = loadConfig(cfgPath)));
  try {
    return await cfg;
  } catch (err) {
    // A bad config near the plan fails this plan (exit code 2), not the batch.
    if (err instanceof ConfigError) throw new InputError(file, `cannot use its config: ${err.message.split('\n').join('; ')}`);
    throw err;
  }
}

export async function extractTask(input: ExtractTaskInput, options: ExtractTaskOptions): Promise<ExtractTaskResult> {
  if (input.clash) throw new InputError(input.file, input.clash);
  if (input.target && !options.force && (await exists(input.target))) {
    throw new InputError(input.target, 'already exists (use --force to overwrite)');
  }
  const config = options.config ?? (await configFor(input.file));
  const { register, json } = await extractFile(input.file, { config });
  const body = options.format === 'json' ? json : (await import('yaml')).stringify(register, { lineWidth: 0 });
  return {
    ...(input.target ? { staged: options.writeAsync ? await stageFileAsync(input.target, body) : stageFile(input.target, body) } : { body }),
    tasks: register.tasks.length,
    units: register.units.length,
    kind: register.document.kind,
    errors: register.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ line: d.line, column: d.column, message: d.message, rule: d.rule })),
  };
}
