import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../register/types.js';
import { InputError } from '../util/fs.js';
import { decodeBytes, DecodeError, type DecodedText } from './decode.js';

export type InputFormat = 'markdown' | 'text' | 'docx';

export interface SourceFile extends DecodedText {
  path: string;
  format: InputFormat;
  /** The file's bytes (for a .docx, the Word file; `text` is the Markdown converted from it). */
  raw: Uint8Array;
  /** Notes from the conversion of a .docx (tracked changes, comments, images left out); none for text. */
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

/**
 * Read a plan file; every failure is an InputError naming the file (exit code 2).
 * (Synchronous reads: a plan is small, and in a batch an asynchronous read only left the thread
 * idle while libuv's pool did the same work.)
 */
export async function readPlanFile(file: string): Promise<SourceFile> {
  let stat;
  try {
    stat = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory (give plan files, or use a command that accepts folders)');
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
  if (stat.size > MAX_BYTES) throw new InputError(file, `too large (${stat.size} bytes; limit ${MAX_BYTES})`);
  const format = formatOf(file);
  let raw: Uint8Array;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new InputError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  if (format === 'docx') return readDocx(file, raw);
  try {
    const decoded = decodeBytes(raw);
    return { ...decoded, path: file, format, raw };
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(file, err.message);
    throw err;
  }
}

/**
 * A .docx plan: converted to Markdown (mammoth → rehype → remark) for the same parser as text plans.
 * The converter and its dependencies are loaded here, on first use, not when the CLI starts.
 */
async function readDocx(file: string, raw: Uint8Array): Promise<SourceFile> {
  const { docxToText, DocxError } = await import('./docx.js');
  try {
    const { text, diagnostics } = await docxToText(raw);
    return { text, encoding: 'utf-8', lineEnding: 'lf', bytes: raw.length, path: file, format: 'docx', raw, diagnostics };
  } catch (err) {
    if (err instanceof DocxError) throw new InputError(file, err.message);
    // A Word file the converter does not expect: one line for the user rather than a stack trace.
    const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
    throw new InputError(file, `cannot convert this Word document (${msg}); open it in Word, save it again as .docx, and report the file if it still fails`);
  }
}
