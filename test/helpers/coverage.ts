// Recompute, from a register alone, which source lines it accounts for ("nothing lost").
import type { OutlineNode, Register } from '../../src/register/types.js';

export function coveredLines(reg: Register): Set<number> {
  const s = new Set<number>();
  const add = (a: number, b = a) => {
    for (let i = a; i <= b; i++) s.add(i);
  };
  const d = reg.document;
  for (const x of [d.issuer, d.title, d.number, d.date, d.signer]) if (x) add(x.line, 'endLine' in x && x.endLine ? x.endLine : x.line);
  for (const x of [...d.legalBasis, ...d.preamble, ...d.recipients, ...d.furniture]) add(x.line, x.endLine ?? x.line);
  if (d.wrapper) {
    for (const x of [d.wrapper.number, d.wrapper.date, d.wrapper.title]) if (x) add(x.line);
    for (const x of d.wrapper.articles) add(x.line, x.endLine ?? x.line);
  }
  const walk = (n: OutlineNode) => {
    add(n.source.line, n.source.endLine);
    n.children.forEach(walk);
  };
  reg.outline.forEach(walk);
  for (const t of reg.tasks) add(t.source.line, t.source.endLine);
  for (const f of reg.footnotes) add(f.source.line, f.source.endLine);
  for (const a of reg.appendices) add(a.source.line, a.source.endLine);
  for (const u of reg.unclassified) add(u.line, u.endLine ?? u.line);
  return s;
}

export function missingLines(reg: Register, text: string): number[] {
  const covered = coveredLines(reg);
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((l, i) => {
    // (quote marks alone are the blank lines of a quoted e-mail)
    if (l.trim() !== '' && !/^[\s>]*$/.test(l) && !covered.has(i + 1)) out.push(i + 1);
  });
  return out;
}
