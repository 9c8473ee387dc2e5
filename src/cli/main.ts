// plan-extract command line. Thin: parse flags, call the stages, print, set the exit code.
// Heavy modules (exceljs, ajv) are imported lazily inside the command actions.
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { InputError, UsageError } from '../util/fs.js';
import { VERSION } from '../version.js';

/** Exit codes: 0 success, 1 problems found in the input (errors, not a plan), 2 usage or I/O failure. */
export const EXIT = { OK: 0, PROBLEMS: 1, FAILURE: 2 } as const;

let stdoutGuarded = false;

/**
 * A reader that stops early (`plan-extract extract --stdout … | head`) closes the pipe: stop quietly,
 * as Unix tools do, instead of crashing on the EPIPE error of the next write.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK);
  });
}

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  const program = new Command();
  let exitCode: number = EXIT.OK;
  program
    .name('plan-extract')
    .description('Turn Vietnamese administrative plans (KẾ HOẠCH) into task registers and per-unit trackers.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  for (const c of commands) {
    c(program, (code) => {
      exitCode = Math.max(exitCode, code);
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.FAILURE;
    }
    if (err instanceof InputError || err instanceof UsageError) {
      process.stderr.write(`plan-extract: ${err.message}\n`);
      return EXIT.FAILURE;
    }
    throw err;
  }
  return exitCode;
}
