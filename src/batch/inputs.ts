// Plan inputs of the batch commands: files, directories (searched recursively) and glob patterns,
// expanded in the order given. Each input keeps the spelling the user typed for messages; a
// directory or pattern contributes its matches sorted by path, and `rel` (the path below the
// directory, or below the pattern's fixed leading folders) so outputs can mirror the folder tree.
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Extensions of plan files looked for inside directories (and by patterns like `plans/**`). */
export const PLAN_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'] as const;
/** Never searched inside a directory. */
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface PlanInput {
  /** The path as shown in messages and written to the register's `source.path`: as typed for a file, joined to the directory or found by the pattern otherwise. */
  file: string;
  /** Path below the directory or the pattern's base (posix separators), when the file came from one; null for a file given by name. */
  rel: string | null;
}

export interface ExpandedPlanInputs {
  /** In input order; each file once (a repeat — the same file by another path or through a link — is dropped). */
  inputs: PlanInput[];
  /** Directories without plan files and patterns that matched nothing: `DIR: …` messages (exit code 2). */
  problems: { input: string; message: string }[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Characters that make an argument a glob pattern (when no file of that name exists). */
const GLOB_CHARS = /[*?[\]{}]/;

/** The leading folders of a pattern before its first glob character: "plans/2026/**\/*.md" → "plans/2026". */
function patternBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(p)) break;
    fixed.push(p);
  }
  return fixed.join('/') || '.';
}

/**
 * Expand files, directories and glob patterns (tinyglobby). A path that exists is used as is (a
 * file of any extension, or a directory searched for .md, .markdown, .txt and .docx, skipping
 * node_modules, .git and hidden files, following symbolic links); a missing path without glob characters is kept, so the
 * reader reports it ("no such file"); a pattern matches files only.
 */
function statOrNull(file: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null; // unreadable: the reader reports it
  }
}

export async function expandPlanInputs(
  args: readonly string[],
  cwd: string = process.cwd(),
  /** File name endings looked for in directories (default: the plan extensions). */
  extensions: readonly string[] = PLAN_EXTENSIONS,
): Promise<ExpandedPlanInputs> {
  const inputs: PlanInput[] = [];
  const problems: ExpandedPlanInputs['problems'] = [];
  const seen = new Set<string>();
  const add = (file: string, rel: string | null) => {
    const abs = path.resolve(cwd, file);
    let key = abs;
    try {
      key = realpathSync(abs); // a file reached through a link (or a linked folder) counts once
    } catch {
      // missing: the reader reports it
    }
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ file, rel });
  };
  let glob: typeof import('tinyglobby').glob | undefined;
  const globber = async () => (glob ??= (await import('tinyglobby')).glob);

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    // Synchronous: a stat per argument, and fs.promises costs ~1 ms to load for a one-file run.
    const stat = statOrNull(abs);
    if (stat?.isDirectory()) {
      const hits = await (await globber())(extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`, {
        cwd: abs,
        onlyFiles: true,
        ignore: IGNORE,
        caseSensitiveMatch: false,
        // Links to plan files and to folders are followed (a loop is not: fdir stops at a folder it
        // has seen); the same file reached twice is kept once (add).
        followSymbolicLinks: true,
        expandDirectories: false,
      });
      if (hits.length === 0) {
        problems.push({ input: arg, message: `is a directory with no plan files (${extensions.map((e) => `.${e}`).join(', ')})` });
        continue;
      }
      for (const rel of hits.map(toPosix).sort(byPath)) add(path.join(arg, rel), rel);
      continue;
    }
    if (stat || !GLOB_CHARS.test(arg)) {
      add(arg, null);
      continue;
    }
    const pattern = toPosix(arg);
    const baseAbs = path.resolve(cwd, patternBase(pattern));
    const hits = await (await globber())(pattern, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, expandDirectories: false });
    if (hits.length === 0) {
      problems.push({ input: arg, message: 'no files match this pattern' });
      continue;
    }
    for (const hit of hits.map((h) => path.resolve(h)).sort((a, b) => byPath(toPosix(a), toPosix(b)))) {
      const rel = toPosix(path.relative(baseAbs, hit));
      const fromCwd = path.relative(cwd, hit);
      const shown = path.isAbsolute(arg) || fromCwd.startsWith('..') ? hit : fromCwd;
      add(shown, rel.startsWith('..') ? null : rel);
    }
  }
  return { inputs, problems };
}
