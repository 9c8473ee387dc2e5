import type { Command } from 'commander';
import * as path from 'node:path';
import type { CommandModule } from './index.js';
import { InputError, UsageError } from '../../util/fs.js';
import type { ExtractTaskOptions, ExtractTaskResult } from '../../batch/extract-task.js';


interface ExtractFlags {
  stdout?: boolean;
  out: string;
  format: string;
  force?: boolean;
  config?: string;
  quiet?: boolean;
  jobs?: string;
}

/** `KH-cai-cach.md` → `KH-cai-cach.register.json` */
export function registerFileName(input: string, format: 'json' | 'yaml'): string {
  const base = path.basename(input).replace(/\.(md|markdown|txt|docx)$/i, '');
  return `${base}.register.${format}`;
}

/**
 * Where each input's register goes: OUT/NAME.register.json for a file named on the command line;
 * OUT/<sub-folders>/NAME.register.json for a file found in a directory or by a pattern (the folder
 * tree below the directory, or below the pattern's fixed part, is mirrored). Two inputs that would
 * write the same file: the later one is refused (`clash`), never written over the first.
 */
export function registerTargets(inputs: { file: string; rel: string | null }[], out: string, format: 'json' | 'yaml'): { target: string; clash?: string }[] {
  const owner = new Map<string, string>();
  return inputs.map(({ file, rel }) => {
    const sub = rel ? path.dirname(rel) : '.';
    const target = path.join(out, sub === '.' ? '' : sub, registerFileName(file, format));
    const key = path.resolve(target).toLowerCase(); // case-insensitive file systems too
    const first = owner.get(key);
    if (first !== undefined) return { target, clash: `its register ${target} would overwrite the one of ${first} (same name): extract them separately, or rename one` };
    owner.set(key, file);
    return { target };
  });
}

/** `--jobs N` → N; undefined → null (the default). */
export function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs expects a whole number >= 1 (got "${value}")`);
  return Number(value);
}

export const registerExtract: CommandModule = (program: Command, setExit) => {
  program
    .command('extract')
    .description('parse plans into validated task registers (out/NAME.register.json)')
    .argument('<inputs...>', 'plan files (.md, .txt, .docx, or no extension), folders (searched for plans) or glob patterns')
    .option('--stdout', 'print the register instead of writing a file (one plan)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--format <format>', 'json or yaml', 'json')
    .option('-f, --force', 'overwrite existing registers')
    .option('-c, --config <file>', 'config file (default: plan-extract.config.yaml found from the plan\'s folder)')
    .option('-j, --jobs <n>', 'plans parsed in parallel (worker threads; default: the number of CPUs)')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Folders are searched recursively for .md, .markdown, .txt and .docx files; quote glob patterns
("plans/**/*.md") so that plan-extract expands them. Registers of files found in a folder or by a
pattern keep their sub-folders under --out. A file that cannot be read is reported and skipped; the
others are still extracted. Registers are written in input order.
Exit codes: 0 registers written; 1 a plan has errors (e.g. structure/not-a-plan); 2 usage or I/O failure.
Examples:
  plan-extract extract KH-cai-cach-hanh-chinh.md
  plan-extract extract plans/ -o registers --force --jobs 4
  plan-extract extract "plans/**/*.txt" -q
  plan-extract extract KH.md --stdout --format yaml`,
    )
    .action(async (args: string[], flags: ExtractFlags) => {
      const started = process.hrtime.bigint(); // not performance.now(): loading perf_hooks costs ~1 ms at start-up
      if (flags.format !== 'json' && flags.format !== 'yaml') throw new UsageError(`--format must be json or yaml (got "${flags.format}")`);
      const format = flags.format as 'json' | 'yaml';
      const jobsFlag = parseJobs(flags.jobs);
      // (Not batch/index.js: it also exports the validate adapter, which loads every rule.)
      const [{ expandPlanInputs }, { runTasks, defaultJobs }, { createProgress, formatSummary }, { EXTRACT_TASK }] = await Promise.all([
        import('../../batch/inputs.js'),
        import('../../batch/pool.js'),
        import('../../batch/progress.js'),
        import('../../batch/tasks.js'),
      ]);
      const { inputs, problems } = await expandPlanInputs(args);
      if (flags.stdout && inputs.length + problems.length > 1) throw new UsageError('--stdout prints one register: give one plan file');
      let config = null;
      if (flags.config) {
        const { loadConfig } = await import('../../units/index.js');
        config = await loadConfig(flags.config).catch((e: Error) => {
          throw new InputError(flags.config!, e.message);
        });
      }
      for (const p of problems) {
        process.stderr.write(`plan-extract: ${p.input}: ${p.message}\n`);
        setExit(2);
      }
      const targets = flags.stdout ? inputs.map(() => ({ target: null })) : registerTargets(inputs, flags.out, format);
      const items = inputs.map((x, i) => ({ file: x.file, ...targets[i]! }));
      const { commitStagedAsync, discardStaged } = await import('../../util/fs.js');

      const progress = await createProgress({ total: items.length, disabled: flags.quiet || flags.stdout, label: 'extract' });
      const sum = { files: items.length + problems.length, plans: 0, tasks: 0, units: 0, errors: problems.length, seconds: 0 };
      // More workers than one per 8 files cost more to start than they save; an explicit --jobs is obeyed.
      const jobs = flags.stdout ? 1 : jobsFlag ?? Math.min(defaultJobs(), Math.ceil(items.length / 8));
      try {
        await runTasks<(typeof items)[number], ExtractTaskResult, ExtractTaskOptions>(
          items,
          {
            module: EXTRACT_TASK,
            name: 'extractTask',
            options: { format, force: Boolean(flags.force), config, writeAsync: jobs === 1 },
            load: async () => (await import('../../batch/extract-task.js')).extractTask,
          },
          {
            jobs,
            // A batch that stops on a bug leaves no staged registers behind.
            discard: (r) => {
              if (r.ok && r.value.staged) discardStaged(r.value.staged);
            },
            onResult: async (r) => {
              progress.tick();
              if (!r.ok) {
                sum.errors++;
                setExit(2);
                // An InputError names the file and its problem; anything else is a bug (e.g. a register that
                // fails its own schema): reported with the file, and the others go on.
                if (r.error.name === 'InputError') progress.log(`plan-extract: ${r.error.message}\n`);
                else progress.log(`plan-extract: ${r.input.file}: internal error: ${r.error.stack ?? r.error.message}\n`);
                return;
              }
              const v = r.value;
              if (v.errors.length > 0) {
                setExit(1);
                for (const d of v.errors) progress.log(`${r.input.file}:${d.line}:${d.column}: error: ${d.message} (${d.rule})\n`);
              }
              if (flags.stdout) {
                process.stdout.write(v.body!);
              } else {
                try {
                  await commitStagedAsync(v.staged!, r.input.target!, { force: flags.force });
                } catch (err) {
                  if (!(err instanceof InputError)) throw err;
                  progress.log(`plan-extract: ${err.message}\n`);
                  setExit(2);
                  sum.errors++;
                  return;
                }
                if (!flags.quiet && !progress.active) process.stderr.write(`${r.input.file} → ${r.input.target}: ${v.tasks} tasks, ${v.units} units\n`);
              }
              if (v.errors.length > 0) sum.errors++;
              sum.plans++;
              sum.tasks += v.tasks;
              sum.units += v.units;
            },
          },
        );
      } finally {
        progress.stop();
      }
      sum.seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!flags.quiet && !flags.stdout && sum.files > 1) process.stderr.write(`${formatSummary(sum)}\n`);
    });
};
