import type { Command } from 'commander';
import type { CommandModule } from './index.js';
import { UsageError } from '../../util/fs.js';
import { rules } from '../../validate/rules/index.js';

interface ValidateFlags {
  jobs?: string;
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  config?: string;
  asOf?: string;
  draft?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Colours for a stream: never with NO_COLOR, always with FORCE_COLOR (unless 0/false), else when it is a terminal. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  return stream.isTTY === true;
}

function parseAsOf(value: string): string {
  if (value === 'today') return new Date().toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.toISOString().slice(0, 10) === value) return value;
  }
  throw new UsageError(`--as-of expects a date as YYYY-MM-DD or "today" (got "${value}")`);
}

export const registerValidate: CommandModule = (program: Command, setExit) => {
  program
    .command('validate')
    .description('check plans against the "6 rõ" rules and report problems with their lines (eslint-style)')
    .argument('<inputs...>', 'plan files, folders (searched for .md, .txt, .docx) or glob patterns')
    .option('--format <format>', 'stylish, json, github or sarif', 'stylish')
    .option('--max-warnings <n>', 'exit with code 1 when there are more than N warnings')
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule\'s severity: off, warn or error (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (default: plan-extract.config.yaml found from each plan\'s folder)')
    .option('--as-of <date>', 'issue date (YYYY-MM-DD) assumed for plans whose date is blank or has no day')
    .option('--draft', 'the plans are drafts: a blank number ("Số:   /KH-UBND") is not reported')
    .option('-j, --jobs <n>', 'plans checked in parallel (worker threads; default: the number of CPUs)')
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings; 2 usage error, bad config,
or a file that cannot be read (reported as io/read-error; the other files are still checked).
Rules (severities can be set in plan-extract.config.yaml under "rules:", or with --rule):
${ruleList()}
Examples:
  plan-extract validate plans/
  plan-extract validate "plans/**/*.md" --format github --max-warnings 0
  plan-extract validate KH-du-thao.md --draft --rule unit/variant=off
  plan-extract validate plans/ --format sarif > plan-extract.sarif`,
    )
    .action(async (inputs: string[], flags: ValidateFlags) => {
      const { formatters, FORMAT_NAMES, exitCodeOf, parseRuleFlags, allRuleMetas } = await import('../../validate/index.js');
      const formatter = formatters[flags.format];
      if (!formatter) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${flags.format}")`);
      let maxWarnings: number | null = null;
      if (flags.maxWarnings !== undefined) {
        const n = flags.maxWarnings.trim();
        if (!/^(\d+|-1)$/.test(n)) throw new UsageError(`--max-warnings expects a whole number >= 0, or -1 for no limit (got "${flags.maxWarnings}")`);
        maxWarnings = n === '-1' ? null : Number(n);
      }
      const overrides = parseRuleFlags(flags.rule);
      const asOf = flags.asOf !== undefined ? parseAsOf(flags.asOf) : null;
      const { validatePlansInBatch } = await import('../../batch/validate.js');
      const { parseJobs } = await import('./extract.js');
      const run = await validatePlansInBatch({ inputs, configPath: flags.config ?? null, overrides, asOf, draft: flags.draft ?? false, quiet: flags.quiet ?? false, jobs: parseJobs(flags.jobs) });
      const { VERSION } = await import('../../version.js');
      process.stdout.write(formatter(run.results, { rules: allRuleMetas(), version: VERSION, color: flags.format === 'stylish' && useColor(process.stdout) }));
      for (const msg of run.notFound) process.stderr.write(`plan-extract: ${msg}\n`);
      if (maxWarnings !== null && run.warnings > maxWarnings) {
        process.stderr.write(`plan-extract: too many warnings (${run.warnings}; maximum: ${maxWarnings})\n`);
      }
      setExit(exitCodeOf(run, maxWarnings));
    });
};

/** One line per rule for --help: id, default severity, description. */
function ruleList(): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `  ${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`).join('\n');
}
