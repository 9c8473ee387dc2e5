// Read and validate a `.register.json` file (export, collect, report, units). The sha256 is of the
// file's bytes: that is what `export` wrote into each tracker's `_meta`.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { Register } from './types.js';
import { InputError } from '../util/fs.js';

export async function loadRegisterFile(file: string): Promise<{ register: Register; sha256: string }> {
  let raw: Buffer;
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) throw new InputError(file, 'not a file');
    raw = await fsp.readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.toString('utf8').replace(/^\ufeff/, ''));
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${(err as Error).message}`);
  }
  const { validateRegister } = await import('./validate.js');
  const v = await validateRegister(data);
  if (!v.valid) {
    const first = v.errors[0]!;
    const more = v.errors.length > 1 ? ` (and ${v.errors.length - 1} more)` : '';
    throw new InputError(file, `not a valid register: ${first.path || '/'}: ${first.message}${more}`);
  }
  return { register: data as Register, sha256: createHash('sha256').update(raw).digest('hex') };
}
