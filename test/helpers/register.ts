import { buildRegister, sha256 } from '../../src/register/build.js';
import type { Register, Task } from '../../src/register/types.js';
import { plan } from './parse.js';

/** The register of a plan given as text, read as a plain-text (or Markdown) file without a config. */
export function registerOf(text: string, format: 'text' | 'markdown' = 'text'): Register {
  const path = format === 'text' ? 'x.txt' : 'x.md';
  return buildRegister({ text, path, sha256: sha256(text), format, encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
}

/** The appendix tasks of a register as [text, lead, support, deadline]: `due` by default, or the raw phrase. */
export function appendixRows(r: Register, deadline: 'due' | 'raw' = 'due'): unknown[][] {
  return r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.text, t.lead, t.support, (deadline === 'due' ? t.deadline?.due : t.deadline?.raw) ?? null]);
}

/** The register of a test plan whose body is `body` (see plan() in ./parse.ts), read as Markdown. */
export function planRegister(body: string): Register {
  const text = plan(body);
  return buildRegister({ text, path: 't.md', sha256: sha256(text), format: 'markdown', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length });
}

/** The task with this id; fails with the ids there are. */
export function taskById(r: Register, id: string): Task {
  const t = r.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}: ${r.tasks.map((x) => x.id).join(', ')}`);
  return t;
}
