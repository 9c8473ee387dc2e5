import type { Command } from 'commander';
import type { CommandModule } from './index.js';
import { UsageError } from '../../util/fs.js';
import type { RegisterInput } from '../../report/index.js';

interface ReportFlags {
  asOf?: string;
  to?: string;
  out?: string;
  lang: string;
  force?: boolean;
  quiet?: boolean;
}

export const registerReport: CommandModule = (program: Command) => {
  program
    .command('report')
    .description('progress report from collected registers: by unit, overdue, due soon, not reported (md, html or xlsx)')
    .argument('<registers...>', 'registers with progress (written by `plan-extract collect`); several plans are reported together')
    .option('--as-of <date>', 'YYYY-MM-DD: the day overdue and due-soon are counted from (default: today)')
    .option('--to <format>', 'md, html or xlsx (default: from the -o extension, else md)')
    .option('-o, --out <file>', 'output file (default: md and html are printed; xlsx needs -o)')
    .option('--lang <lang>', 'vi or en', 'vi')
    .option('-f, --force', 'overwrite the output file')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Overdue: due before the as-of date and not reported done. Done late: reported "Hoàn thành quá hạn".
Recurring deadlines count from their next occurrence. The HTML report is one self-contained file
(inline CSS and SVG charts, nothing loaded from the network).
Exit codes: 0 report written; 2 usage or I/O failure.
Examples:
  plan-extract report out/KH-12.progress.register.json -o bao-cao.html
  plan-extract report out/*.progress.register.json --as-of 2026-06-30 --to md > bao-cao.md
  plan-extract report KH-12.progress.register.json --to xlsx -o bao-cao.xlsx --lang en`,
    )
    .action(async (registers: string[], flags: ReportFlags) => {
      const lib = await import('../../report/index.js');
      const { isIsoDate } = await import('../../export/index.js');
      if (flags.asOf !== undefined && !isIsoDate(flags.asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD (got ${JSON.stringify(flags.asOf)})`);
      if (flags.lang !== 'vi' && flags.lang !== 'en') throw new UsageError(`--lang must be vi or en (got ${JSON.stringify(flags.lang)})`);
      if (flags.to !== undefined && !['md', 'html', 'xlsx'].includes(flags.to)) throw new UsageError(`--to must be md, html or xlsx (got ${JSON.stringify(flags.to)})`);
      const fromFile = flags.out ? lib.formatFromFile(flags.out) : null;
      if (flags.to && fromFile && flags.to !== fromFile) throw new UsageError(`--to ${flags.to} does not match the output file ${flags.out}`);
      const format = (flags.to ?? fromFile ?? 'md') as 'md' | 'html' | 'xlsx';
      if (format === 'xlsx' && !flags.out) throw new UsageError('--to xlsx writes a workbook: give the file with -o FILE');
      const asOf = flags.asOf ?? lib.today();
      const lang = flags.lang as 'vi' | 'en';

      const { loadRegisterFile } = await import('../../register/load.js');
      const inputs: RegisterInput[] = [];
      for (const file of registers) {
        const { register } = await loadRegisterFile(file);
        if (!register.tasks.some((t) => t.progress !== undefined) && !flags.quiet) {
          process.stderr.write(`note: ${file} has no collected progress (run plan-extract collect first): every task counts as not reported\n`);
        }
        const same = inputs.find((x) => x.register.source.sha256 === register.source.sha256);
        if (same && !flags.quiet) process.stderr.write(`note: ${file} and ${same.file} are registers of the same plan: its tasks are counted twice\n`);
        inputs.push({ file, register });
      }
      const data = lib.buildReport(inputs, asOf);
      if (!flags.out) {
        process.stdout.write(format === 'html' ? lib.renderHtml(data, lang) : lib.renderMarkdown(data, lang));
      } else {
        await lib.writeReport(flags.out, data, format, lang, Boolean(flags.force));
      }
      if (!flags.quiet) {
        const t = data.totals;
        process.stderr.write(
          `${flags.out ? `${flags.out}: ` : ''}as of ${asOf}: ${data.tasks.length} tracked tasks, ${t.done + t['done-late']} done, ${t.overdue} overdue, ${data.dueSoon.length} due in ${lib.DUE_SOON_DAYS} days, ${data.notReported.length} not reported; ${data.units.length} units\n`,
        );
      }
    });
};
