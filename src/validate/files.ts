// Inputs of `validate`: files, directories (searched recursively for plans) and glob patterns,
// expanded to a sorted, de-duplicated list of absolute paths.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions of plan files looked for inside directories. */
export const PLAN_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedInputs {
  /** Absolute paths, sorted, each once. A plain path that does not exist is kept (it is reported as unreadable). */
  files: string[];
  /** Directories and patterns that matched no plan file (exit code 2). */
  empty: { input: string; message: string }[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export async function expandInputs(inputs: readonly string[], cwd: string = process.cwd()): Promise<ExpandedInputs> {
  const found = new Set<string>();
  const empty: ExpandedInputs['empty'] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: import('node:fs').Stats | null = null;
    try {
      stat = await fsp.stat(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const hits = await glob(`**/*.{${PLAN_EXTENSIONS.join(',')}}`, { cwd: abs, absolute: true, onlyFiles: true, ignore: IGNORE, caseSensitiveMatch: false, followSymbolicLinks: false });
      if (hits.length === 0) empty.push({ input, message: `no plan files (${PLAN_EXTENSIONS.map((e) => `.${e}`).join(', ')}) in directory` });
      for (const h of hits) found.add(path.resolve(h));
      continue;
    }
    if (stat || !isDynamicPattern(toPosix(input))) {
      found.add(abs); // a file (any extension), or a missing path reported as unreadable
      continue;
    }
    const hits = await glob(toPosix(input), { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, expandDirectories: false });
    if (hits.length === 0) empty.push({ input, message: 'no files match the pattern' });
    for (const h of hits) found.add(path.resolve(h));
  }
  const files = [...found].sort((a, b) => (toPosix(a) < toPosix(b) ? -1 : toPosix(a) > toPosix(b) ? 1 : 0));
  return { files, empty };
}
