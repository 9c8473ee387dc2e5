// The per-file task of `plan-extract validate` for the batch pool: build one plan's register, run
// the rules, return the diagnostics only (the register is dropped in the worker).
import type { Diagnostic } from '../register/types.js';
import type { UnitsConfig } from '../units/index.js';
import { InputError } from '../util/fs.js';
import { readErrorDiagnostic, validateFile } from '../validate/engine.js';
import type { RuleSeverity } from '../validate/types.js';

export interface ValidateTaskInput {
  /** Absolute path. */
  file: string;
  /** The config that applies to this plan (loaded by the main thread), or null. */
  config: UnitsConfig | null;
  /** Resolved severities for this plan (rule id → severity). */
  severities: Map<string, RuleSeverity>;
}

export interface ValidateTaskOptions {
  asOf: string | null;
  draft: boolean;
}

export interface ValidateTaskResult {
  diagnostics: Diagnostic[];
  /** The file could not be read (its only diagnostic is io/read-error; exit code 2). */
  ioFailure: boolean;
}

export async function validateTask(input: ValidateTaskInput, options: ValidateTaskOptions): Promise<ValidateTaskResult> {
  try {
    return { diagnostics: await validateFile(input.file, input.config, input.severities, options), ioFailure: false };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const message = err.message.startsWith(`${input.file}: `) ? err.message.slice(input.file.length + 2) : err.message;
    return { diagnostics: [readErrorDiagnostic(message)], ioFailure: true };
  }
}
