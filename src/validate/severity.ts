// Rule severities: defaults from each rule's meta, then the config's `rules:` map, then `--rule ID=sev`.
// An unknown rule id or severity is a usage error (exit code 2) with a clear message.
import { UsageError } from '../util/fs.js';
import { rules, ruleById } from './rules/index.js';
import type { RuleSeverity } from './types.js';

const SEVERITY_WORDS: Record<string, RuleSeverity> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

export const SEVERITY_CHOICES = 'off, warn (or warning), error';

/** "warn" → "warning"; null when the word is not a severity. */
export function severityOf(value: unknown): RuleSeverity | null {
  if (typeof value !== 'string') return null;
  return SEVERITY_WORDS[value.trim().toLowerCase()] ?? null;
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export function unknownRuleMessage(id: string): string {
  const ids = rules.map((r) => r.meta.id);
  const close = ids.map((x) => ({ x, d: distance(id, x) })).filter((c) => c.d <= Math.max(2, Math.floor(id.length / 4))).sort((a, b) => a.d - b.d)[0];
  const hint = close ? `did you mean "${close.x}"? ` : '';
  return `unknown rule "${id}" (${hint}known rules: ${ids.join(', ')})`;
}

/** `--rule ID=SEV` flags (repeatable, or comma-separated) → overrides. */
export function parseRuleFlags(flags: readonly string[]): Map<string, RuleSeverity> {
  const out = new Map<string, RuleSeverity>();
  for (const flag of flags) {
    for (const item of flag.split(',').map((s) => s.trim()).filter(Boolean)) {
      const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(item);
      if (!m) throw new UsageError(`--rule expects ID=SEVERITY, e.g. --rule task/no-lead=warn (got "${item}")`);
      const [, id, sev] = m;
      if (!ruleById.has(id!)) throw new UsageError(`--rule: ${unknownRuleMessage(id!)}`);
      const s = severityOf(sev);
      if (!s) throw new UsageError(`--rule ${id}: unknown severity "${sev}" (use ${SEVERITY_CHOICES})`);
      out.set(id!, s);
    }
  }
  return out;
}

/**
 * The severity of every rule for one config. `configRules` is the config's `rules:` map (validated here:
 * unknown ids and severities throw a UsageError naming `configFile` and, when `configText` is given, the line).
 */
export function resolveSeverities(
  configRules: Record<string, unknown> | undefined | null,
  overrides: ReadonlyMap<string, RuleSeverity> = new Map(),
  configFile: string | null = null,
  configText: string | null = null,
): Map<string, RuleSeverity> {
  const out = new Map<string, RuleSeverity>(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));
  const where = (id: string) => {
    if (!configFile) return 'config';
    const idx = configText ? configText.split(/\r?\n/).findIndex((l) => l.includes(id)) : -1;
    return idx >= 0 ? `${configFile}:${idx + 1}` : configFile;
  };
  for (const [id, value] of Object.entries(configRules ?? {})) {
    if (!ruleById.has(id)) throw new UsageError(`${where(id)}: rules: ${unknownRuleMessage(id)}`);
    const s = severityOf(value);
    if (!s) throw new UsageError(`${where(id)}: rules: "${id}" has an unknown severity ${JSON.stringify(value)} (use ${SEVERITY_CHOICES})`);
    out.set(id, s);
  }
  for (const [id, s] of overrides) out.set(id, s);
  return out;
}
