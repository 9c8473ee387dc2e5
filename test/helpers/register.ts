import { buildRegister, sha256 } from '../../src/register/build.js';
import type { Register } from '../../src/register/types.js';

/** The register of a plan given as text, read as a plain-text (or Markdown) file without a config. */
export function registerOf(text: string, format: 'text' | 'markdown' = 'text'): Register {
  const path = format === 'text' ? 'x.txt' : 'x.md';
  return buildRegister({ text, path, sha256: sha256(text), format, encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
}

/** The appendix tasks of a register as [text, lead, support, deadline]: `due` by default, or the raw phrase. */
export function appendixRows(r: Register, deadline: 'due' | 'raw' = 'due'): unknown[][] {
  return r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.text, t.lead, t.support, (deadline === 'due' ? t.deadline?.due : t.deadline?.raw) ?? null]);
}
