import type { Rule, RuleReport } from '../types.js';
import type { Unit } from '../../register/types.js';
import { fold } from '../../util/text.js';
import { findAll, plural } from '../util.js';

interface Word {
  lc: string;
  f: string;
  start: number;
  end: number;
}

function words(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) out.push({ lc: m[0].toLowerCase(), f: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Longest common subsequence of accent-folded words: the aligned word pairs. */
function align(a: Word[], b: Word[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i]!.f === b[j]!.f ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.f === b[j]!.f) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Two spellings are variants when words that are the same letters without diacritics are written
 * differently ("HDND"/"HĐND", "hoá"/"hóa", "Uỷ"/"Ủy"): not case, spacing, punctuation, added
 * qualifiers ("… phường") or abbreviations ("Trung tâm PVHCC"). Returns the aligned part of each.
 */
export function variantSpans(a: string, b: string): [string, string] | null {
  const wa = words(a.normalize('NFC'));
  const wb = words(b.normalize('NFC'));
  const pairs = align(wa, wb);
  if (!pairs.some(([i, j]) => wa[i]!.lc !== wb[j]!.lc)) return null;
  const [i0, j0] = pairs[0]!;
  const [i1, j1] = pairs[pairs.length - 1]!;
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  return [na.slice(wa[i0]!.start, wa[i1]!.end), nb.slice(wb[j0]!.start, wb[j1]!.end)];
}

/** How closely a spelling follows the unit's canonical name: words written as in it count up, accent variants of them count down. */
function canonicalScore(spelling: string, unit: Unit): number {
  const canon = words(unit.name);
  const lc = new Set(canon.map((w) => w.lc));
  const f = new Set(canon.map((w) => w.f));
  let score = 0;
  for (const w of words(spelling)) {
    if (lc.has(w.lc)) score++;
    else if (f.has(w.f)) score--;
  }
  return score;
}

/** One unit written two ways in one plan: name both spellings, at the first place of the one to change. */
const rule: Rule = {
  meta: {
    id: 'unit/variant',
    description: 'One unit is written with two spellings in the same plan.',
    defaultSeverity: 'warning',
    docs: 'one unit is spelled two ways in the same plan, differing in diacritics or tone-mark placement ("Văn phòng HDND và UBND" / "Văn phòng HĐND và UBND", "Văn hoá" / "Văn hóa"); reported once, at the first place of the spelling that differs from the unit\'s canonical name, with both counts. Case, spacing, qualifiers ("… phường") and abbreviations are not variants.',
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const unit of ctx.register.units) {
      if (unit.aliases.length < 2) continue;
      const mentionLines = new Map<string, number>();
      for (const t of ctx.register.tasks) for (const m of t.mentions) if (m.name === unit.name && !mentionLines.has(m.raw)) mentionLines.set(m.raw, m.line);
      // Spellings written in this plan (config aliases that the plan does not use are left out).
      const spellings = unit.aliases
        .map((s) => {
          const found = findAll(ctx.lines, s);
          return { s, count: found.length, first: found[0] ?? null, mention: mentionLines.get(s) ?? null };
        })
        .filter((x) => x.count > 0 || x.mention !== null);
      if (spellings.length < 2) continue;
      spellings.sort(
        (x, y) =>
          canonicalScore(y.s, unit) - canonicalScore(x.s, unit) ||
          y.count - x.count ||
          (x.first?.line ?? x.mention ?? Infinity) - (y.first?.line ?? y.mention ?? Infinity),
      );
      const ref = spellings[0]!;
      const reported = new Set<string>();
      for (const other of spellings.slice(1)) {
        const spans = variantSpans(other.s, ref.s);
        if (!spans) continue;
        const [mine, theirs] = spans;
        if (reported.has(mine.toLowerCase())) continue;
        reported.add(mine.toLowerCase());
        const here = findAll(ctx.lines, mine);
        const there = findAll(ctx.lines, theirs);
        const first = here[0] ?? other.first;
        const line = first?.line ?? other.mention!;
        const counts = here.length && there.length ? ` (${plural(here.length, 'time')} and ${plural(there.length, 'time')})` : '';
        out.push({
          message: `"${mine}" and "${theirs}" name the same unit${counts}: write it one way`,
          line,
          column: first?.column ?? 1,
          ...(first ? { endLine: first.line, endColumn: first.endColumn } : {}),
        });
      }
    }
    return out;
  },
};

export default rule;
