// The rules never throw, and every diagnostic points inside the text: sample plans and rule fixtures
// mutated at random (lines dropped, duplicated, moved, markers and odd characters inserted).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/validate/index.js';
import { FIXTURES } from './helpers.js';

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fixtureFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
}

const TEXTS = [...readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => path.join('fixtures', f)), ...fixtureFiles(FIXTURES)].map((f) => readFileSync(f, 'utf8'));

const INSERTS = ['I.', 'III.', '3.', '1.2.', '2.1.', 'a)', 'c)', 'đ)', 'f)', '-', '|', 'TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành', '7\tViệc\t\t', 'Thời gian hoàn thành: Quý V/2026', 'Số:   /KH-UBND', 'Căn cứ Quyết định số /QĐ-UBND;', 'nh溲m', 'c\u0430\u0301n', 'Vie\u0323\u0302t', '\u200b', '\ufffd', 'Ã¡', '<table><tr><td>a</td><td>b</td><td>c</td></tr></table>'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat(), n: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS), prefix: fc.boolean() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, ms: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of ms) {
    const at = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'drop') lines.splice(at, m.n);
    else if (m.kind === 'dup') lines.splice(at, 0, ...lines.slice(at, at + m.n));
    else if (m.kind === 'move') {
      const cut = lines.splice(at, m.n);
      lines.splice(lines.length ? m.to % lines.length : 0, 0, ...cut);
    } else if (m.prefix && lines.length) lines[at] = `${m.text} ${lines[at]}`;
    else lines.splice(at, 0, m.text);
  }
  return lines.join('\n');
}

describe('validate on damaged plans', () => {
  it('never throws, and every diagnostic is inside the text', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (i, ms, nfd) => {
        const text = apply(TEXTS[i]!, ms);
        if (!text.trim()) return;
        const raw = nfd ? text.normalize('NFD') : text;
        const lines = text.split('\n');
        for (const d of validateText({ text, rawText: raw, path: i < 4 ? 'plan.txt' : 'plan.md', options: { asOf: '2026-03-01' } })) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          expect(d.column).toBeGreaterThanOrEqual(1);
          if (d.endLine !== undefined) expect(d.endLine).toBeGreaterThanOrEqual(d.line);
          expect(d.message.length).toBeGreaterThan(0);
          expect(['error', 'warning', 'info']).toContain(d.severity);
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
