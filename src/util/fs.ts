import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input/output failure the user must fix (missing file, binary file…): exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(public readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write a file atomically: write to a temporary sibling, then rename over the target.
 * Refuses to replace an existing file unless `force`.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && (await exists(file))) {
    throw new InputError(file, 'already exists (use --force to overwrite)');
  }
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(tmp, data);
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}

/** Temporary path next to `file`, for writers that stream (exceljs). Rename it with `commitTemp`. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
