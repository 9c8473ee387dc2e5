import type { Command } from 'commander';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { CommandModule } from './index.js';
import { InputError, writeFileAtomic } from '../../util/fs.js';

interface CollectFlags {
  register: string;
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

export const registerCollect: CommandModule = (program: Command, setExit) => {
  program
    .command('collect')
    .description('merge filled trackers (xlsx/csv) back into the register: tasks[].progress')
    .argument('<trackers...>', 'filled trackers written by `plan-extract export` (.xlsx or .csv)')
    .requiredOption('-r, --register <file>', 'the .register.json the trackers were exported from')
    .option('-o, --out <file>', 'output register (default: <register>.progress.register.json next to the register)')
    .option('-f, --force', 'overwrite the output file')
    .option('-q, --quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Rows are matched to tasks by the "Mã nhiệm vụ" column, so trackers may be sorted, filtered,
have blank rows or extra columns, and renamed sheets. A tracker of another plan or of another
register version (checked against the hidden _meta sheet; CSV files cannot be checked), a
status outside the drop-down list, a progress outside 0–100 or an unknown task id is refused:
every such problem is listed, and nothing is written.
Exit codes: 0 register written; 2 problems in the trackers (nothing written), usage or I/O failure.
Examples:
  plan-extract collect returned/*.xlsx --register out/KH-12.register.json
  plan-extract collect tong-hop.xlsx van-phong.csv -r KH-12.register.json -o KH-12.q2.register.json --force`,
    )
    .action(async (trackers: string[], flags: CollectFlags) => {
      const lib = await import('../../collect/index.js');
      const out = flags.out ?? lib.defaultOutput(flags.register);
      if (path.resolve(out) === path.resolve(flags.register) && !flags.force) {
        throw new InputError(out, 'is the input register; use --force to update it in place');
      }
      const st = await fsp.stat(out).catch(() => null);
      if (st && !st.isFile()) throw new InputError(out, 'exists and is not a file');
      if (st && !flags.force) throw new InputError(out, 'already exists (use --force to overwrite)');
      const { register, sha256 } = await lib.loadRegisterFile(flags.register);
      const res = await lib.collectProgress({ register, registerSha256: sha256, registerFile: flags.register }, trackers);
      if (!flags.quiet || res.problems.length > 0) for (const n of res.notes) process.stderr.write(`note: ${n}\n`);
      if (res.register === null) {
        for (const p of res.problems) process.stderr.write(`plan-extract: ${p.file}: ${p.where ? `${p.where}: ` : ''}${p.message}\n`);
        const files = new Set(res.problems.map((p) => p.file)).size;
        process.stderr.write(`plan-extract: ${res.problems.length} problem${res.problems.length === 1 ? '' : 's'} in ${files} tracker${files === 1 ? '' : 's'}; nothing written\n`);
        setExit(2);
        return;
      }
      const reg = res.register;
      await writeFileAtomic(out, `${JSON.stringify(reg, null, 2)}\n`, { force: flags.force });
      const collectDiags = reg.diagnostics.filter((d) => d.rule.startsWith('collect/'));
      for (const d of collectDiags.filter((x) => x.severity !== 'info')) {
        process.stderr.write(`${reg.source.path}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})\n`);
      }
      if (!flags.quiet) {
        for (const t of res.trackers) {
          process.stderr.write(`${t.file}: ${t.units.join(', ') || 'no unit'}; ${t.entries} of ${t.rows} rows filled in${t.verified ? '' : ' (not verified: no _meta)'}\n`);
        }
        const reported = reg.tasks.filter((t) => (t.progress ?? []).length > 0).length;
        process.stderr.write(`→ ${out}: ${reported} of ${reg.tasks.length} tasks reported on, from ${res.trackers.length} tracker${res.trackers.length === 1 ? '' : 's'}\n`);
      }
    });
};
