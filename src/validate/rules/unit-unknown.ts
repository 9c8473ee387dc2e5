import type { Rule, RuleReport } from '../types.js';
import { findFirst } from '../util.js';

const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** With a config that lists the organisation's units, every unit a plan names must be one of them. */
const rule: Rule = {
  meta: {
    id: 'unit/unknown',
    description: 'The plan names a unit that the config does not list.',
    defaultSeverity: 'warning',
    docs: 'only when `plan-extract.config.yaml` lists `units:`: the plan assigns a task to a unit that is neither a configured name nor an alias (a typo, an old name, a unit that was merged). Collectives ("Các cơ quan, đơn vị") are not checked.',
  },
  check(ctx) {
    const config = ctx.options.config;
    if (!config || config.units.length === 0) return [];
    const known = new Set<string>();
    for (const u of config.units) {
      known.add(key(u.name));
      for (const a of u.aliases ?? []) known.add(key(a));
    }
    const out: RuleReport[] = [];
    for (const unit of ctx.register.units) {
      if (unit.kind === 'collective' || known.has(key(unit.name))) continue;
      // Where it is first written: the earliest spelling found in the text, else the first task naming it.
      let best: { line: number; column: number; endColumn?: number } | null = null;
      for (const spelling of unit.aliases) {
        const f = findFirst(ctx.lines, spelling);
        if (f && (!best || f.line < best.line || (f.line === best.line && f.column < best.column))) best = f;
      }
      if (!best) {
        const t = ctx.register.tasks.find((x) => x.mentions.some((m) => m.name === unit.name));
        const m = t?.mentions.find((x) => x.name === unit.name);
        if (!t || !m) continue;
        best = { line: m.line, column: t.source.line === m.line ? t.source.column : 1 };
      }
      out.push({
        message: `unit "${unit.name}" is not in the config's units: add it (or the spelling as an alias) to plan-extract.config.yaml, or correct the name`,
        line: best.line,
        column: best.column,
        ...(best.endColumn ? { endLine: best.line, endColumn: best.endColumn } : {}),
      });
    }
    return out;
  },
};

export default rule;
