import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('plan-extract units', () => {
  it('prints a table of canonical units with counts and merged spellings', () => {
    const r = cli(['units', 'fixtures/001_01aba15c383c1695.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Văn phòng HĐND và UBND\s+unit\s+8\s+2\s+Văn phòng HDND và UBND \| Văn phòng HĐND và UBND phường/);
    expect(r.stdout).toMatch(/10 units \(4 collective\)/);
  });

  it('--json merges several plans by unit name', () => {
    const r = cli(['units', 'fixtures/000_f7326b36a3c50a06.txt', 'fixtures/003_707369c25b7aeffb.txt', '--json']);
    expect(r.code).toBe(0);
    const units = JSON.parse(r.stdout) as { name: string; leadCount: number }[];
    const vh = units.find((u) => u.name === 'Phòng Văn hóa - Xã hội')!;
    expect(vh.leadCount).toBe(7 + 8);
  });

  it('reports a missing file with exit code 2', () => {
    const r = cli(['units', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
  });
});
