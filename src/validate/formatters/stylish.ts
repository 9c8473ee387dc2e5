// eslint's "stylish": one block per file with problems, `line:col  severity  message  rule-id`
// aligned in columns, then a summary line. Colours with chalk only when `meta.color`.
import { Chalk } from 'chalk';
import type { Formatter } from '../types.js';

/** Terminal width of a string: East Asian wide characters take two cells, combining marks none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || c === 0x200b || c === 0xfeff) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylish: Formatter = (results, meta) => {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      return { line: String(d.line), col: String(d.column), sev: d.severity, msg: d.message.replace(/\s*\n\s*/g, ' '), rule: d.rule };
    });
    const wLine = Math.max(...rows.map((x) => x.line.length));
    const wCol = Math.max(...rows.map((x) => x.col.length));
    const wSev = Math.max(...rows.map((x) => x.sev.length));
    const wMsg = Math.max(...rows.map((x) => displayWidth(x.msg)));
    out.push('', c.underline(r.file));
    for (const x of rows) {
      const pos = `${padStart(x.line, wLine)}:${padEnd(x.col, wCol)}`;
      const sevText = padEnd(x.sev, wSev);
      const sev = x.sev === 'error' ? c.red(sevText) : x.sev === 'warning' ? c.yellow(sevText) : c.blue(sevText);
      out.push(`  ${c.dim(pos)}  ${sev}  ${padEnd(x.msg, wMsg)}  ${c.dim(x.rule)}`);
    }
  }
  const total = errors + warnings + infos;
  const files = plural(results.length, 'file');
  if (total === 0) {
    out.push(c.green(`✔ no problems in ${files}`));
    return `${out.join('\n')}\n`;
  }
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(`${infos} info`);
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${files}`;
  out.push('', errors ? c.red.bold(summary) : warnings ? c.yellow.bold(summary) : c.bold(summary));
  return `${out.join('\n')}\n`;
};

export default stylish;
