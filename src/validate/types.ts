// Types of `plan-extract validate`: rules, their context and reports, configured severities and
// the per-file results the formatters print. A rule reads one register (and the text it was built
// from) and returns positions + messages; the engine stamps the rule id and the configured severity.
import type { Diagnostic, Register } from '../register/types.js';
import type { UnitsConfig } from '../units/index.js';

/** Severity of a reported diagnostic. */
export type Level = 'error' | 'warning' | 'info';
/** Severity a rule runs at; `off` disables it. */
export type RuleSeverity = Level | 'off';

export interface RuleMeta {
  /** `category/name`, e.g. `numbering/gap`. */
  id: string;
  /** One sentence: what the rule reports (SARIF shortDescription, `--help`). */
  description: string;
  defaultSeverity: RuleSeverity;
  /** One README line: when it fires, with an example. */
  docs: string;
  /** Also run on texts that are not plans (structure/not-a-plan, text/suspicious-char). Default: plans only. */
  anyText?: boolean;
}

export interface RuleOptions {
  /** `--as-of`: the issue date (YYYY-MM-DD) assumed when the plan's own date is blank or incomplete. */
  asOf: string | null;
  /** `--draft`: the plan is not issued yet (no number expected). */
  draft: boolean;
  /** The units config that applies to this plan, or null. */
  config: UnitsConfig | null;
}

export interface RuleContext {
  register: Register;
  /** Decoded text the register was built from (NFC, LF line endings). */
  source: string;
  /** `source` split into lines; `lines[0]` is line 1. */
  lines: string[];
  /** The file's text as written (not normalised to NFC), LF line endings: same line numbers as `lines`. */
  rawSource: string;
  rawLines: string[];
  options: RuleOptions;
}

/** What a rule returns: a message at a place (1-based line and column; endLine inclusive, endColumn exclusive). */
export interface RuleReport {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}

/** Diagnostics of one input file (a register Diagnostic: rule, severity, message, position). */
export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it, `/` separators). */
  file: string;
  diagnostics: Diagnostic[];
}

/** Resolved severities: every known rule id → its severity for one file. */
export type Severities = ReadonlyMap<string, RuleSeverity>;

/** What formatters get besides the results. */
export interface FormatMeta {
  /** Metadata of every rule (and io/read-error), for the SARIF rule list. */
  rules: readonly RuleMeta[];
  /** plan-extract version. */
  version: string;
  /** Colours (stylish only). */
  color: boolean;
}

export type Formatter = (results: readonly FileResult[], meta: FormatMeta) => string;
