// The validate engine: build the register of one plan, run the enabled rules on it, stamp each
// report with its rule id and configured severity, and keep only the diagnostics (never the register).
import * as path from 'node:path';
import type { Diagnostic, Register } from '../register/types.js';
import { buildRegister, sha256 } from '../register/build.js';
import { formatOf, readPlanFile, type SourceFile } from '../ingest/read.js';
import { buildFromSource } from '../register/extract.js';
import type { UnitsConfig } from '../units/index.js';
import { rules } from './rules/index.js';
import type { Level, RuleContext, RuleMeta, RuleOptions, RuleSeverity, Severities } from './types.js';

/** Not a rule (it cannot be turned off): a file that cannot be read. Makes the exit code 2. */
export const IO_READ_ERROR: RuleMeta = {
  id: 'io/read-error',
  description: 'The file cannot be read as a text plan.',
  defaultSeverity: 'error',
  anyText: true,
  docs: 'the file is missing, unreadable, empty, binary (PDF, image, old .doc), not valid UTF-8/UTF-16, or in a format the reader does not support; always an error, and the exit code is 2. The other files are still checked.',
};

/** Metadata of every diagnostic id validate can emit (the rules, then io/read-error). */
export function allRuleMetas(): RuleMeta[] {
  return [...rules.map((r) => r.meta), IO_READ_ERROR];
}

export const DEFAULT_OPTIONS: RuleOptions = { asOf: null, draft: false, config: null };

/** Default severities (every rule at its meta's defaultSeverity). */
export function defaultSeverities(): Map<string, RuleSeverity> {
  return new Map(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));
}

/**
 * The text of a file as written: decoded like the parser does, but not normalised to NFC. For a Word
 * file the bytes are a zip: its converted text is what the line numbers refer to.
 */
export function rawTextOf(src: Pick<SourceFile, 'raw' | 'encoding' | 'format' | 'text'>): string {
  if (src.format === 'docx') return src.text;
  const bytes = src.raw;
  let text: string;
  switch (src.encoding) {
    case 'utf-8-bom':
      text = new TextDecoder('utf-8').decode(bytes.subarray(3));
      break;
    case 'utf-16le':
      text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
      break;
    case 'utf-16be':
      text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
      break;
    default:
      text = new TextDecoder('utf-8').decode(bytes);
  }
  return text.replace(/\r\n?/g, '\n');
}

export interface RunInput {
  register: Register;
  /** NFC text the register was built from. */
  source: string;
  /** Text as written (defaults to `source`). */
  rawSource?: string;
}

/** Run the enabled rules on one register; diagnostics sorted by position, then rule id. */
export function runRules(input: RunInput, severities: Severities = defaultSeverities(), options: RuleOptions = DEFAULT_OPTIONS): Diagnostic[] {
  const rawSource = input.rawSource ?? input.source;
  const ctx: RuleContext = {
    register: input.register,
    source: input.source,
    lines: input.source.split('\n'),
    rawSource,
    rawLines: rawSource.split('\n'),
    options,
  };
  const isPlan = input.register.document.kind !== 'unknown';
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = severities.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    if (!isPlan && !rule.meta.anyText) continue;
    let reports;
    try {
      reports = rule.check(ctx);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      e.message = `rule ${rule.meta.id} failed on ${input.register.source.path}: ${e.message}`;
      throw e;
    }
    for (const r of reports) {
      const d: Diagnostic = {
        rule: rule.meta.id,
        severity: severity as Level,
        message: r.message,
        line: Math.max(1, Math.trunc(r.line)),
        column: Math.max(1, Math.trunc(r.column)),
      };
      if (r.endLine !== undefined) d.endLine = Math.max(d.line, r.endLine);
      if (r.endColumn !== undefined) d.endColumn = r.endColumn;
      out.push(d);
    }
  }
  return sortDiagnostics(out);
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

export interface ValidateTextInput {
  text: string;
  /** Shown in messages; its extension picks Markdown or text parsing. Default `plan.md`. */
  path?: string;
  /** Text as written, when it differs from `text` (NFD input). Default: `text`. */
  rawText?: string;
  severities?: Severities;
  options?: Partial<RuleOptions>;
}

/** Validate a plan given as text (tests, editors): the register is built from `text` normalised to NFC. */
export function validateText(input: ValidateTextInput): Diagnostic[] {
  const file = input.path ?? 'plan.md';
  const rawText = (input.rawText ?? input.text).replace(/\r\n?/g, '\n');
  const text = input.text.replace(/\r\n?/g, '\n').normalize('NFC');
  const options: RuleOptions = { ...DEFAULT_OPTIONS, ...input.options };
  const register = buildRegister({
    text,
    path: file,
    sha256: sha256(text),
    format: formatOf(file),
    encoding: 'utf-8',
    lineEnding: 'lf',
    bytes: Buffer.byteLength(text),
    config: options.config,
  });
  return runRules({ register, source: text, rawSource: rawText }, input.severities, options);
}

/**
 * Validate one file. Throws the ingest's InputError when the file cannot be read (the caller turns it
 * into an `io/read-error` diagnostic). The register is dropped once the rules have run.
 */
export async function validateFile(file: string, config: UnitsConfig | null, severities: Severities, options: Omit<RuleOptions, 'config'>): Promise<Diagnostic[]> {
  const src = await readPlanFile(file);
  const register = buildFromSource(src, config);
  return runRules({ register, source: src.text, rawSource: rawTextOf(src) }, severities, { ...options, config });
}

/** The diagnostic for a file that cannot be read. */
export function readErrorDiagnostic(message: string): Diagnostic {
  return { rule: IO_READ_ERROR.id, severity: 'error', message, line: 1, column: 1 };
}

/** Path as shown: relative to `cwd` when inside it, with `/` separators; absolute otherwise. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}
