import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { CommandModule } from './index.js';
import type { Register } from '../../register/types.js';
import type { ExportOptions } from '../../export/index.js';
import { InputError } from '../../util/fs.js';

interface ExportFlags {
  to: string;
  out: string;
  byUnit?: boolean;
  role: string;
  expandCollectives?: boolean;
  asOf?: string;
  lang: string;
  force?: boolean;
  delimiter: string;
  config?: string;
  quiet?: boolean;
}

/** `KH-cai-cach.md` / `KH-cai-cach.register.json` → `KH-cai-cach` (the sub-folder name when several plans are exported). */
export function inputBaseName(input: string): string {
  const base = path
    .basename(input)
    .replace(/\.register\.json$/i, '')
    .replace(/\.(md|markdown|txt|docx)$/i, '');
  return base === '' || base === '.' || base === '..' ? 'plan' : base;
}

/** Output folder of each input: DIR itself for one input, DIR/<base name> for several (repeats get -2, -3…). */
export function outputDirs(inputs: string[], outDir: string): string[] {
  if (inputs.length === 1) return [outDir];
  const taken = new Set<string>();
  return inputs.map((input) => {
    const base = inputBaseName(input);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return path.join(outDir, name);
  });
}

export function isRegisterFile(file: string): boolean {
  return /\.register\.json$/i.test(file);
}


export const registerExport: CommandModule = (program: Command, setExit) => {
  program
    .command('export')
    .description('write per-unit trackers (xlsx and/or csv) from plans or registers')
    .argument('<inputs...>', 'plan files (parsed on the fly), *.register.json files, folders (searched for both) or glob patterns')
    .requiredOption('--to <format>', 'xlsx, csv or both')
    .option('-o, --out <dir>', 'output folder (several inputs: one sub-folder per input, named after its base name)', 'out')
    .option('--by-unit', 'also write one file per unit (<unit-slug>.xlsx/.csv) next to the master tong-hop.*')
    .option('--role <role>', 'lead, support or all', 'all')
    .option('--expand-collectives', "put a collective's tasks in each member's tracker (members from the config)")
    .option('--as-of <date>', "YYYY-MM-DD: the trackers' date and the summary's overdue count (default: dated from the plan, overdue counted live against TODAY())")
    .option('--lang <lang>', 'vi or en labels', 'vi')
    .option('-f, --force', 'overwrite existing files')
    .option('--delimiter <char>', 'CSV delimiter (one character; "\\t" or "tab" for TAB)', ',')
    .option('-c, --config <file>', "config file for plan inputs (default: plan-extract.config.yaml found from the plan's folder)")
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Files: DIR/tong-hop.xlsx (summary sheet, one sheet per unit, hidden _meta) and/or
DIR/tong-hop.csv; with --by-unit also DIR/<unit-slug>.xlsx|.csv. With several inputs
each gets DIR/<input base name>/. Nothing is overwritten without --force, and nothing
is written when any target exists.
Exit codes: 0 trackers written; 1 a plan has errors (written anyway); 2 usage or I/O failure.
Examples:
  plan-extract export KH-cai-cach.md --to xlsx
  plan-extract export out/*.register.json --to both --by-unit -o trackers --as-of 2026-06-30
  plan-extract export KH.md --to csv --delimiter ';' --lang en`,
    )
    .action(async (args: string[], flags: ExportFlags) => {
      const lib = await import('../../export/index.js');
      const base: ExportOptions = lib.checkOptions({
        to: flags.to as ExportOptions['to'],
        outDir: flags.out,
        byUnit: Boolean(flags.byUnit),
        role: flags.role as ExportOptions['role'],
        expandCollectives: Boolean(flags.expandCollectives),
        asOf: flags.asOf ?? null,
        lang: flags.lang as ExportOptions['lang'],
        force: Boolean(flags.force),
        delimiter: flags.delimiter,
      });

      // Folders (searched for plans and registers) and glob patterns become the files they contain.
      const { expandPlanInputs, PLAN_EXTENSIONS } = await import('../../batch/inputs.js');
      const expanded = await expandPlanInputs(args, process.cwd(), [...PLAN_EXTENSIONS, 'register.json']);
      if (expanded.problems.length > 0) throw new InputError(expanded.problems[0]!.input, expanded.problems[0]!.message);
      const inputs = expanded.inputs.map((x) => x.file);

      // Every input must exist before anything is parsed or written.
      for (const file of inputs) {
        const st = await fsp.stat(file).catch(() => null);
        if (!st) throw new InputError(file, 'no such file');
        if (!st.isFile()) throw new InputError(file, 'not a file');
      }

      const dirs = outputDirs(inputs, flags.out);
      const loaded: { file: string; register: Register; sha256: string; opts: ExportOptions }[] = [];
      for (const [i, file] of inputs.entries()) {
        let register: Register;
        let sha256: string;
        if (isRegisterFile(file)) {
          ({ register, sha256 } = await (await import('../../register/load.js')).loadRegisterFile(file));
        } else {
          const { extractFile } = await import('../../register/extract.js');
          const res = await extractFile(file, flags.config ? { configPath: flags.config } : {});
          register = res.register;
          sha256 = createHash('sha256').update(res.json, 'utf8').digest('hex');
        }
        const errors = register.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          setExit(1);
          for (const d of errors) process.stderr.write(`${file}:${d.line}:${d.column}: error: ${d.message} (${d.rule})\n`);
        }
        loaded.push({ file, register, sha256, opts: { ...base, outDir: dirs[i]! } });
      }

      // Check every target of every input before writing any.
      const targets = loaded.flatMap((x) => lib.exportTargets(x.register, x.opts));
      await lib.checkTargets(targets, base.force);

      let files = 0;
      for (const x of loaded) {
        const { files: written } = await lib.exportRegister(x.register, x.sha256, x.opts);
        files += written.length;
        if (!flags.quiet) {
          const units = lib.unitsToExport(x.register, x.opts).length;
          process.stderr.write(`${x.file} → ${x.opts.outDir}${path.sep}: ${written.map((f) => path.basename(f)).slice(0, 4).join(', ')}${written.length > 4 ? `, … (${written.length} files)` : ''}; ${units} units, ${x.register.tasks.length} tasks\n`);
        }
      }
      if (!flags.quiet && loaded.length > 1) process.stderr.write(`${loaded.length} plans exported, ${files} files\n`);
    });
};
