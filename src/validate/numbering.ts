// Numbering checks shared by numbering/gap, numbering/duplicate and numbering/order: every list of
// outline siblings is split into sequences by marker kind (roman, arabic, decimal with the same prefix,
// letters in the Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y, parts, articles), and
// each sequence must run 1, 2, 3 … without gaps, repeats or going back. Bullets have no numbers.
import type { OutlineNode, Register } from '../register/types.js';
import type { RuleReport } from './types.js';
import { markerLabel, markerSequence, walkOutline } from './util.js';

export interface NumberingIssue extends RuleReport {
  kind: 'gap' | 'duplicate' | 'order';
}

const cache = new WeakMap<Register, NumberingIssue[]>();

const q = (s: string) => `"${s}"`;

function where(parent: OutlineNode | null): string {
  return parent ? ` in ${parent.id}` : ' at the top level';
}

function at(n: OutlineNode): Pick<RuleReport, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const len = n.marker.trim().length;
  return { line: n.source.line, column: n.source.column, ...(len ? { endLine: n.source.line, endColumn: n.source.column + len } : {}) };
}

/** The last number of each list among `nodes` (by sequence key). */
function lastNumbers(nodes: readonly OutlineNode[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of nodes) {
    const s = markerSequence(n);
    if (s && s.ordinal !== null) out.set(s.key, Math.max(out.get(s.key) ?? 0, s.ordinal));
  }
  return out;
}

/**
 * `carry`: the last numbers of the lists under the parent's previous sibling. A numbered list may go
 * on numbering from one numbered group heading to the next ("**1. Thể chế**" 1, 2, 3; "**2. Tuyên
 * truyền**" 4, 5); letters and lists under sections I, II … start again.
 */
function checkSiblings(siblings: readonly OutlineNode[], parent: OutlineNode | null, out: NumberingIssue[], carry: Map<string, number> | null = null): void {
  const groups = new Map<string, { node: OutlineNode; ordinal: number | null; value: string }[]>();
  const pv = parent && (parent.markerType === 'arabic' || parent.markerType === 'decimal') ? parent.marker.trim().replace(/[.)\s]+$/, '') : null;
  let lroman: boolean | undefined;
  for (const n of siblings) {
    const s = markerSequence(n);
    if (!s) continue;
    // "i.", "v.", "x." in a list that runs i, ii, iii (no "h." before the "i."): roman numerals
    if (s.key === 'letter' && (s.value === 'i' || s.value === 'v' || s.value === 'x')) {
      lroman ??= siblings.some((x) => markerSequence(x)?.key === 'lroman') && !siblings.some((x) => x.markerType === 'letter' && /^h[.)]?$/.test(x.marker.trim()));
      if (lroman) Object.assign(s, { key: 'lroman', ordinal: s.value === 'i' ? 1 : s.value === 'v' ? 5 : 10 });
    }
    // "1.1. 1.2. 2.3." under "1.": the third is item 3 of the same list, with a wrong prefix (reported below).
    if (n.markerType === 'decimal' && pv && /^\d+(\.\d+)*$/.test(pv) && s.value.split('.').length === pv.split('.').length + 1) {
      s.key = `decimal:${pv.split('.').length + 1}:${pv}`;
    }
    const list = groups.get(s.key) ?? [];
    list.push({ node: n, ordinal: s.ordinal, value: s.value });
    groups.set(s.key, list);
  }
  for (const [key, items] of groups) {
    const all = new Set(items.map((i) => i.ordinal).filter((o): o is number => o !== null));
    const seen = new Map<number, OutlineNode>();
    const before = key === 'arabic' && parent?.markerType === 'arabic' ? carry?.get(key) : undefined;
    let max = before !== undefined && items[0]?.ordinal === before + 1 ? before : 0;
    let maxNode: OutlineNode | null = null;
    for (const { node, ordinal } of items) {
      const label = node.marker.trim();
      if (ordinal === null) {
        if (key === 'letter') {
          const next = maxNode ? `: after ${q(maxNode.marker.trim())} comes ${q(markerLabel(key, max + 1, label))}` : '';
          out.push({ kind: 'order', ...at(node), message: `${q(label)} is not in the Vietnamese letter order a b c d đ e g h i k l m …${next}` });
        }
        continue;
      }
      const first = seen.get(ordinal);
      if (first) {
        out.push({
          kind: 'duplicate',
          ...at(node),
          message: `number ${q(label)} is used twice${where(parent)}: first at line ${first.source.line} (${q(`${first.marker.trim()} ${short(first.text)}`)})`,
        });
        continue;
      }
      seen.set(ordinal, node);
      if (ordinal < max && maxNode) {
        out.push({ kind: 'order', ...at(node), message: `${q(label)} comes after ${q(maxNode.marker.trim())} (line ${maxNode.source.line})${where(parent)}: the numbering goes back` });
        continue;
      }
      if (ordinal > max + 1) {
        const missing: number[] = [];
        for (let k = max + 1; k < ordinal; k++) if (!all.has(k)) missing.push(k);
        if (missing.length) {
          const names = missing.length <= 3 ? missing.map((k) => q(markerLabel(key, k, label))).join(', ') : `${q(markerLabel(key, missing[0]!, label))} to ${q(markerLabel(key, missing[missing.length - 1]!, label))}`;
          const verb = missing.length === 1 ? 'is' : 'are';
          const message = maxNode
            ? `${names} ${verb} missing between ${q(maxNode.marker.trim())} and ${q(label)}${where(parent)}`
            : `the numbering starts at ${q(label)}${where(parent)}: ${names} ${verb} missing`;
          out.push({ kind: 'gap', ...at(node), message });
        }
      }
      max = ordinal;
      maxNode = node;
    }
  }
  // A decimal item numbers itself under its parent: "2.3." belongs under "2.", not under "1.".
  if (parent && pv) {
    for (const n of siblings) {
      if (n.markerType !== 'decimal') continue;
      const v = n.marker.trim().replace(/[.)\s]+$/, '').replace(/\s/g, '');
      const prefix = v.split('.').slice(0, -1).join('.');
      if (/^\d+(\.\d+)*$/.test(pv) && prefix !== pv && !prefix.startsWith(`${pv}.`)) {
        out.push({ kind: 'order', ...at(n), message: `${q(n.marker.trim())} is under ${q(parent.marker.trim())} (line ${parent.source.line}): expected ${q(`${pv}.${v.split('.').pop()}.`)}` });
      }
    }
  }
}

function short(s: string): string {
  const t = s.replace(/[*_#]/g, '').replace(/\s+/g, ' ').trim();
  return t.length <= 40 ? t : `${t.slice(0, 39).trimEnd()}…`;
}

/** All numbering issues of a register (computed once per register). */
export function numberingIssues(register: Register): NumberingIssue[] {
  let issues = cache.get(register);
  if (!issues) {
    const out: NumberingIssue[] = [];
    checkSiblings(register.outline, null, out);
    walkOutline(register.outline, (n, siblings) => {
      if (!n.children.length) return;
      const prev = siblings[siblings.indexOf(n) - 1];
      checkSiblings(n.children, n, out, prev ? lastNumbers(prev.children) : null);
    });
    issues = out;
    cache.set(register, issues);
  }
  return issues;
}

export function numberingReports(register: Register, kind: NumberingIssue['kind']): RuleReport[] {
  return numberingIssues(register)
    .filter((i) => i.kind === kind)
    .map(({ kind: _kind, ...r }) => r);
}
