// The four sample plans end to end: schema-valid registers, golden snapshots, nothing lost,
// the counts the issue names, and the shared scorer's figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';
import { missingLines } from '../helpers/coverage.js';
import { score } from '../helpers/score.js';

const SAMPLES = ['000_f7326b36a3c50a06', '001_01aba15c383c1695', '002_726a7572a9116535', '003_707369c25b7aeffb'];

const registers = new Map<string, Register>();
async function reg(name: string): Promise<Register> {
  if (!registers.has(name)) registers.set(name, (await extractFile(`fixtures/${name}.txt`, { config: null })).register);
  return registers.get(name)!;
}

describe.each(SAMPLES)('sample %s', (name) => {
  it('matches its golden register snapshot', async () => {
    const r = await reg(name);
    await expect(`${JSON.stringify(r, null, 2)}\n`).toMatchFileSnapshot(`../golden/${name}.register.json`);
  });

  it('places every non-blank line of the source somewhere in the register', async () => {
    const r = await reg(name);
    expect(missingLines(r, readFileSync(`fixtures/${name}.txt`, 'utf8'))).toEqual([]);
    expect(r.stats.placedShare).toBe(1);
    expect(r.unclassified).toEqual([]);
  });

  it('scores at least recall 0.97 / precision 0.95 against the hand-annotated answer key', async () => {
    const s = score(name, await reg(name));
    expect(s.misses.filter((m) => m.startsWith('missing'))).toEqual([]);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe('sample counts', () => {
  it('001: 18 appendix rows (repeated header dropped), 22 organisation duties under 5 unit headings', async () => {
    const r = await reg('001_01aba15c383c1695');
    expect(r.tasks.filter((t) => t.origin === 'appendix')).toHaveLength(18);
    expect(r.appendices[0]!.repeatedHeaderLines).toEqual([201]);
    const org = r.tasks.filter((t) => t.sectionPath[0] === 'III');
    expect(org).toHaveLength(22);
    expect(new Set(org.map((t) => t.sectionPath[1]))).toEqual(new Set(['III.1', 'III.2', 'III.3', 'III.4', 'III.5']));
    expect(org.every((t) => t.assignedBy === 'unit-heading')).toBe(true);
  });

  it('002: 14 organisation tasks', async () => {
    const r = await reg('002_726a7572a9116535');
    expect(r.tasks.filter((t) => t.sectionPath[0] === 'IV')).toHaveLength(14);
  });

  it('003: 31 assigned tasks', async () => {
    const r = await reg('003_707369c25b7aeffb');
    expect(r.tasks.filter((t) => t.lead.length > 0)).toHaveLength(31);
  });

  it('000: 29 assigned tasks', async () => {
    const r = await reg('000_f7326b36a3c50a06');
    expect(r.tasks.filter((t) => t.lead.length > 0)).toHaveLength(29);
  });
});
