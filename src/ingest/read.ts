import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../register/types.js';
import { InputError } from '../util/fs.js';
import { decodeBytes, DecodeError, type DecodedText } from './decode.js';

export type InputFormat = 'markdown' | 'text' | 'docx';

export interface SourceFile extends DecodedText {
  path: string;
  format: InputFormat;
  raw: Uint8Array;
  /** Notes from reading the input (e.g. a .docx conversion); none for text. */
  diagnostics?: Diagnostic[];
}

/** Largest plan we accept; real plans are well under 1 MB. */
export const MAX_BYTES = 50 * 1024 * 1024;

export function formatOf(file: string): InputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.docx') return 'docx';
  return 'text';
}

/** Read a plan file; every failure is an InputError naming the file (exit code 2). */
export async function readPlanFile(file: string): Promise<SourceFile> {
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory (give plan files, or use a command that accepts folders)');
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
  if (stat.size > MAX_BYTES) throw new InputError(file, `too large (${stat.size} bytes; limit ${MAX_BYTES})`);
  const format = formatOf(file);
  if (format === 'docx') throw new InputError(file, 'Word .docx input is not supported yet; save the plan as .txt or .md');
  let raw: Uint8Array;
  try {
    raw = await fsp.readFile(file);
  } catch (err) {
    throw new InputError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  try {
    const decoded = decodeBytes(raw);
    return { ...decoded, path: file, format, raw };
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(file, err.message);
    throw err;
  }
}
