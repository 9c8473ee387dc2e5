// file → validated register (the `extract` stage end to end, without writing anything).
import * as path from 'node:path';
import { readPlanFile, type SourceFile } from '../ingest/read.js';
import type { Register } from './types.js';
import { buildRegister, sha256 } from './build.js';
import { validateRegister } from './validate.js';
import { findConfig, loadConfig, type UnitsConfig } from '../units/index.js';

export interface ExtractOptions {
  /** Explicit config file; otherwise plan-extract.config.yaml is looked up from the plan's folder. */
  configPath?: string;
  /** Already-loaded config (batches load it once). `null` = no config. */
  config?: UnitsConfig | null;
  /** Skip the ajv check (benchmarks only; the CLI always validates). */
  skipValidation?: boolean;
}

export class RegisterBugError extends Error {
  override name = 'RegisterBugError';
}

export async function extractFile(file: string, opts: ExtractOptions = {}): Promise<{ register: Register; json: string }> {
  const src = await readPlanFile(file);
  let config = opts.config;
  if (config === undefined) {
    const cfgPath = opts.configPath ?? (await findConfig(path.dirname(path.resolve(file))));
    config = cfgPath ? await loadConfig(cfgPath) : null;
  }
  const register = buildFromSource(src, config);
  if (!opts.skipValidation) await assertValid(register);
  return { register, json: `${JSON.stringify(register, null, 2)}\n` };
}

/** The register of a file already read (text or converted .docx), with the reading's own diagnostics. */
export function buildFromSource(src: SourceFile, config: UnitsConfig | null): Register {
  return buildRegister({
    text: src.text,
    path: src.path,
    sha256: sha256(src.raw),
    format: src.format,
    encoding: src.encoding,
    lineEnding: src.lineEnding,
    bytes: src.bytes,
    config,
    extraDiagnostics: src.diagnostics,
  });
}

/** A register that fails its own schema is a bug in plan-extract: never write it silently. */
export async function assertValid(register: Register): Promise<void> {
  const v = await validateRegister(register);
  if (!v.valid) {
    const first = v.errors.slice(0, 5).map((e) => `${e.path || '/'}: ${e.message}`).join('; ');
    throw new RegisterBugError(`internal error: the register for ${register.source.path} does not match the schema (${first}). Please report this bug with the input file.`);
  }
}
