import type { Command } from 'commander';
import * as path from 'node:path';
import type { CommandModule } from './index.js';
import { InputError, UsageError, writeFileAtomic, exists } from '../../util/fs.js';

interface ExtractFlags {
  stdout?: boolean;
  out: string;
  format: string;
  force?: boolean;
  config?: string;
  quiet?: boolean;
}

/** `KH-cai-cach.md` → `KH-cai-cach.register.json` */
export function registerFileName(input: string, format: 'json' | 'yaml'): string {
  const base = path.basename(input).replace(/\.(md|markdown|txt|docx)$/i, '');
  return `${base}.register.${format}`;
}

export const registerExtract: CommandModule = (program: Command, setExit) => {
  program
    .command('extract')
    .description('parse plans into validated task registers (out/NAME.register.json)')
    .argument('<files...>', 'plan files (.md, .txt, or no extension)')
    .option('--stdout', 'print the register instead of writing a file (one plan)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--format <format>', 'json or yaml', 'json')
    .option('-f, --force', 'overwrite existing registers')
    .option('-c, --config <file>', 'config file (default: plan-extract.config.yaml found from the plan\'s folder)')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 registers written; 1 a plan has errors (e.g. structure/not-a-plan); 2 usage or I/O failure.
Examples:
  plan-extract extract KH-cai-cach-hanh-chinh.md
  plan-extract extract plans/*.md -o registers --force
  plan-extract extract KH.md --stdout --format yaml`,
    )
    .action(async (files: string[], flags: ExtractFlags) => {
      if (flags.format !== 'json' && flags.format !== 'yaml') throw new UsageError(`--format must be json or yaml (got "${flags.format}")`);
      if (flags.stdout && files.length > 1) throw new UsageError('--stdout prints one register: give one plan file');
      const format = flags.format as 'json' | 'yaml';
      const { extractFile } = await import('../../register/extract.js');
      const { loadConfig } = await import('../../units/index.js');
      const config = flags.config ? await loadConfig(flags.config).catch((e: Error) => { throw new InputError(flags.config!, e.message); }) : undefined;
      let written = 0;
      let tasks = 0;
      for (const file of files) {
        try {
          if (!flags.stdout && !flags.force) {
            const target = path.join(flags.out, registerFileName(file, format));
            if (await exists(target)) throw new InputError(target, 'already exists (use --force to overwrite)');
          }
          const { register, json } = await extractFile(file, { config });
          const body = format === 'json' ? json : (await import('yaml')).stringify(register, { lineWidth: 0 });
          if (register.diagnostics.some((d) => d.severity === 'error')) {
            setExit(1);
            for (const d of register.diagnostics.filter((x) => x.severity === 'error')) {
              process.stderr.write(`${file}:${d.line}:${d.column}: error: ${d.message} (${d.rule})\n`);
            }
          }
          if (flags.stdout) {
            process.stdout.write(body);
          } else {
            const target = path.join(flags.out, registerFileName(file, format));
            await writeFileAtomic(target, body, { force: flags.force });
            if (!flags.quiet) process.stderr.write(`${file} → ${target}: ${register.tasks.length} tasks, ${register.units.length} units\n`);
          }
          written++;
          tasks += register.tasks.length;
        } catch (err) {
          if (err instanceof InputError) {
            process.stderr.write(`plan-extract: ${err.message}\n`);
            setExit(2);
            continue;
          }
          throw err;
        }
      }
      if (!flags.quiet && !flags.stdout && files.length > 1) {
        process.stderr.write(`${written}/${files.length} plans extracted, ${tasks} tasks\n`);
      }
    });
};
