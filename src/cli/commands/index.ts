import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerExport } from './export.js';
import { registerCollect } from './collect.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerUnits } from './units.js';
import { registerValidate } from './validate.js';

/** A command module adds itself to the program; `setExit` raises the process exit code. */
export type CommandModule = (program: Command, setExit: (code: number) => void) => void;

// Add new commands here (one line each).
export const commands: CommandModule[] = [registerExtract, registerSchema, registerUnits, registerExport, registerValidate, registerCollect, registerReport];
