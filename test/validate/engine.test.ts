// Severities (defaults, config, --rule), the run over many inputs, exit codes, and the docs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/util/fs.js';
import { allRuleMetas, exitCodeOf, parseRuleFlags, resolveSeverities, rules, severityOf, validatePlans } from '../../src/validate/index.js';
import { fixturePath } from './helpers.js';

describe('severities', () => {
  it('start from each rule\'s default; the config\'s rules: map, then --rule, override them', () => {
    const s = resolveSeverities({ 'numbering/gap': 'error', 'unit/variant': 'off' }, new Map([['numbering/gap', 'warning' as const]]));
    expect(s.get('numbering/gap')).toBe('warning');
    expect(s.get('unit/variant')).toBe('off');
    expect(s.get('numbering/duplicate')).toBe('error');
    expect(s.size).toBe(rules.length);
  });

  it('accept off, warn, warning, error (and info), in any case', () => {
    expect(['off', 'warn', 'warning', 'error', 'info', 'WARN'].map(severityOf)).toEqual(['off', 'warning', 'warning', 'error', 'info', 'warning']);
    expect(severityOf('fatal')).toBeNull();
    expect(severityOf(2)).toBeNull();
  });

  it('refuse an unknown rule id or severity with a clear message', () => {
    expect(() => resolveSeverities({ 'task/no-leads': 'off' }, new Map(), 'plan-extract.config.yaml', 'rules:\n  task/no-leads: off\n')).toThrow(
      new UsageError('plan-extract.config.yaml:2: rules: unknown rule "task/no-leads" (did you mean "task/no-lead"? known rules: ' + rules.map((r) => r.meta.id).join(', ') + ')'),
    );
    expect(() => resolveSeverities({ 'task/no-lead': 'loud' }, new Map(), 'c.yaml')).toThrow(/c\.yaml: rules: "task\/no-lead" has an unknown severity "loud" \(use off, warn \(or warning\), error\)/);
    expect(() => parseRuleFlags(['io/read-error=off'])).toThrow(/unknown rule "io\/read-error"/);
    expect(parseRuleFlags(['numbering/gap=off, unit/variant:error'])).toEqual(
      new Map([
        ['numbering/gap', 'off'],
        ['unit/variant', 'error'],
      ]),
    );
  });
});

describe('validatePlans', () => {
  it('keeps only { file, diagnostics } per file, counts before --quiet filters, and never keeps registers', async () => {
    const inputs = [fixturePath('numbering/duplicate', 'invalid'), fixturePath('numbering/gap', 'invalid')];
    const run = await validatePlans({ inputs, quiet: true });
    expect(run.results.map((r) => Object.keys(r))).toEqual([
      ['file', 'diagnostics'],
      ['file', 'diagnostics'],
    ]);
    expect(run.results.map((r) => r.diagnostics.map((d) => d.rule))).toEqual([['numbering/duplicate'], []]);
    expect([run.errors, run.warnings, run.ioFailures]).toEqual([1, 1, 0]);
    expect(exitCodeOf(run, null)).toBe(1);
  });

  it('exit codes: 2 beats 1 beats 0; --max-warnings counts warnings', () => {
    expect(exitCodeOf({ errors: 0, warnings: 0, ioFailures: 0 }, null)).toBe(0);
    expect(exitCodeOf({ errors: 0, warnings: 3, ioFailures: 0 }, null)).toBe(0);
    expect(exitCodeOf({ errors: 0, warnings: 3, ioFailures: 0 }, 3)).toBe(0);
    expect(exitCodeOf({ errors: 0, warnings: 4, ioFailures: 0 }, 3)).toBe(1);
    expect(exitCodeOf({ errors: 1, warnings: 0, ioFailures: 0 }, null)).toBe(1);
    expect(exitCodeOf({ errors: 1, warnings: 0, ioFailures: 1 }, null)).toBe(2);
  });
});

describe('README (validate section)', () => {
  const doc = readFileSync('README.md', 'utf8');

  it('documents every rule with its default severity and README line', () => {
    for (const m of allRuleMetas()) {
      expect(doc, m.id).toContain(`| \`${m.id}\` | ${m.defaultSeverity} | ${m.docs.replace(/\|/g, '\\|')} |`);
    }
  });

  it('has a GitHub Actions example with --format github and explains the exit codes', () => {
    expect(doc).toMatch(/```yaml[\s\S]*runs-on: ubuntu-latest[\s\S]*plan-extract validate [^\n]*--format github[\s\S]*```/);
    expect(doc).toMatch(/\| 0 \| no errors/);
    expect(doc).toMatch(/\| 1 \| at least one error/);
    expect(doc).toMatch(/\| 2 \| usage error/);
  });
});
