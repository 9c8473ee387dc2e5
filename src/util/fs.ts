import { existsSync, mkdirSync, promises as fsp, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 *
 * The file system calls are synchronous: registers and trackers are small, and each asynchronous
 * call is a round trip through libuv's thread pool, a turn of the event loop that a batch spends
 * waiting (a fifth of `extract --jobs 1`'s time was idle).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { force?: boolean } = {}): Promise<void> {
  refuseExisting(file, opts);
  commitStaged(stageFile(file, data), file, opts);
}

function refuseExisting(file: string, opts: { force?: boolean }): void {
  if (!opts.force && existsSync(file)) {
    throw new InputError(file, 'already exists (use --force to overwrite)');
  }
}

/**
 * The first half of an atomic write: `data` written to a temporary sibling of `file` (folders
 * made as needed), whose path is returned. `commitStaged` renames it into place; until then
 * `file` is untouched. A batch worker stages its output and the main thread commits the files in
 * input order, so the work of writing is spread over the workers.
 */
export function stageFile(file: string, data: string | Uint8Array): string {
  const tmp = stagingPath(file);
  try {
    writeFileSync(tmp, data);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw writeError(file, err);
  }
  return tmp;
}

/**
 * `stageFile` with the write done off this thread (libuv's pool): a batch parses its next plan while
 * the disk takes this one's register. On a slow disk the writes of a batch (2,000 registers are
 * ~200 MB) block in the kernel: done synchronously, they were ~12 % of `extract --jobs 1`'s time.
 */
export async function stageFileAsync(file: string, data: string | Uint8Array): Promise<string> {
  const tmp = stagingPath(file);
  const buf = typeof data === 'string' ? encodeUtf8(data) : null;
  try {
    await fsp.writeFile(tmp, buf ? buf.bytes : data);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw writeError(file, err);
  } finally {
    if (buf && spareBuffers.length < MAX_SPARE_BUFFERS) spareBuffers.push(buf.store);
  }
  return tmp;
}

// A string given to `fs.promises.writeFile` is encoded into a new buffer, allocated for it and
// collected after it: for registers of ~100 KB of Vietnamese text, more time than the encoding
// itself. Writes in flight each hold one buffer; once written, the buffer serves the next one.
const spareBuffers: Buffer[] = [];
const MAX_SPARE_BUFFERS = 4;

/** `data` in UTF-8, in a reused buffer (`bytes` is a view of `store`, which goes back to the spares once written). */
function encodeUtf8(data: string): { bytes: Buffer; store: Buffer } {
  const need = data.length * 3; // at most 3 bytes of UTF-8 per UTF-16 code unit
  let store = spareBuffers.pop();
  if (!store || store.length < need) store = Buffer.allocUnsafeSlow(Math.max(need, 1 << 16));
  return { bytes: store.subarray(0, store.write(data, 'utf8')), store };
}

/** The temporary sibling of `file` to stage it in (its folders made as needed). */
function stagingPath(file: string): string {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw writeError(file, err);
  }
  return tempPathFor(file);
}

/**
 * A failed write of `file` (or of a folder for it) as an InputError naming it (exit code 2), when
 * the system refused it (no permission, no space, a file where a folder should be…); any other
 * error is returned as it is.
 */
export function writeError(file: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || err instanceof InputError) return err;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on the device' : code === 'ENOTDIR' ? 'a part of its path is a file, not a folder' : `cannot write (${code})`;
  return new InputError(file, why);
}

/** The second half: rename `staged` over `file` (refused if `file` exists, unless `force`); on failure the staged file is removed. */
export function commitStaged(staged: string, file: string, opts: { force?: boolean } = {}): void {
  try {
    refuseExisting(file, opts);
    renameSync(staged, file);
  } catch (err) {
    rmSync(staged, { force: true });
    throw writeError(file, err);
  }
}

/** `commitStaged` with the rename done off this thread: renaming over a file whose data is still being written out may wait on the disk. */
export async function commitStagedAsync(staged: string, file: string, opts: { force?: boolean } = {}): Promise<void> {
  try {
    refuseExisting(file, opts);
    await fsp.rename(staged, file);
  } catch (err) {
    rmSync(staged, { force: true });
    throw writeError(file, err);
  }
}

/** Remove a staged file that will not be committed (a batch that stopped). Never throws. */
export function discardStaged(staged: string): void {
  try {
    rmSync(staged, { force: true });
  } catch {
    // nothing to do: a stray temporary file is the worst outcome
  }
}

/** Temporary path next to `file`, for writers that stream (exceljs). Rename it into place once complete (see `commitStaged`). */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
