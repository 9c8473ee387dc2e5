import type { CommandModule } from './index.js';
import type { Register, Unit } from '../../register/types.js';
import { compareVi } from '../../util/collate.js';
import { InputError } from '../../util/fs.js';

/** Merge the units of several registers by canonical name (counts summed, spellings united). */
export function mergeUnits(registers: Register[]): Unit[] {
  const byName = new Map<string, Unit>();
  for (const r of registers) {
    for (const u of r.units) {
      const m = byName.get(u.name);
      if (!m) {
        byName.set(u.name, { ...u, aliases: [...u.aliases], members: [...u.members] });
        continue;
      }
      m.leadCount += u.leadCount;
      m.supportCount += u.supportCount;
      for (const a of u.aliases) if (!m.aliases.includes(a)) m.aliases.push(a);
      for (const x of u.members) if (!m.members.includes(x)) m.members.push(x);
    }
  }
  return [...byName.values()].sort((a, b) => compareVi(a.name, b.name));
}

export const registerUnits: CommandModule = (program, setExit) => {
  program
    .command('units')
    .description('list the canonical units of plans: lead and support counts, and the spellings merged into each')
    .argument('<files...>', 'plan files or .register.json files (several are merged by unit name)')
    .option('--json', 'print JSON instead of a table')
    .option('-c, --config <file>', "config file (default: plan-extract.config.yaml found from the plan's folder)")
    .addHelpText('after', '\nExit codes: 0 ok; 2 a file could not be read.\nExample:\n  plan-extract units KH-cai-cach.md --json')
    .action(async (files: string[], flags: { json?: boolean; config?: string }) => {
      const { extractFile } = await import('../../register/extract.js');
      const { loadConfig, formatUnitsTable } = await import('../../units/index.js');
      const config = flags.config ? await loadConfig(flags.config).catch((e: Error) => { throw new InputError(flags.config!, e.message); }) : undefined;
      const registers: Register[] = [];
      for (const file of files) {
        try {
          if (file.endsWith('.register.json')) {
            registers.push((await (await import('../../register/load.js')).loadRegisterFile(file)).register);
          } else {
            registers.push((await extractFile(file, { config })).register);
          }
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          process.stderr.write(`plan-extract: ${err.message}\n`);
          setExit(2);
        }
      }
      const units = mergeUnits(registers);
      process.stdout.write(flags.json ? `${JSON.stringify(units, null, 2)}\n` : `${formatUnitsTable(units)}\n`);
    });
};
