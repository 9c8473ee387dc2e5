// The parser never throws: sample plans mutated at random (lines dropped, duplicated, shuffled,
// markers altered, truncated, random bytes inserted) always give a schema-valid register.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { validateRegister } from '../../src/register/validate.js';
import { decodeBytes } from '../../src/ingest/decode.js';

const SAMPLES = ['000_f7326b36a3c50a06', '001_01aba15c383c1695', '002_726a7572a9116535', '003_707369c25b7aeffb'].map((n) => readFileSync(`fixtures/${n}.txt`, 'utf8'));

type Mutation =
  | { kind: 'drop'; at: number; n: number }
  | { kind: 'dup'; at: number; n: number }
  | { kind: 'shuffle'; at: number; n: number; seed: number }
  | { kind: 'marker'; at: number; marker: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'bytes'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), n: fc.integer({ min: 2, max: 30 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('marker' as const), at: fc.nat(), marker: fc.constantFrom('I.', 'IV.', '1.', '2.1.', 'a)', 'đ)', '-', '+', '•', '##', '**', '|', '\t', 'Thời gian hoàn thành:', 'TT\tNội dung\tĐơn vị chủ trì\tThời hạn', 'Nơi nhận:', 'CHỦ TỊCH', '<sup>1</sup>', '---', 'KẾ HOẠCH') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
);

function apply(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    const at = lines.length ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'drop':
        lines.splice(at, m.n);
        break;
      case 'dup':
        lines.splice(at, 0, ...lines.slice(at, at + m.n));
        break;
      case 'shuffle': {
        const part = lines.slice(at, at + m.n);
        let s = m.seed;
        for (let i = part.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const j = s % (i + 1);
          [part[i], part[j]] = [part[j]!, part[i]!];
        }
        lines.splice(at, part.length, ...part);
        break;
      }
      case 'marker':
        lines[at] = `${m.marker} ${(lines[at] ?? '').replace(/^\S+\s*/, '')}`;
        break;
      case 'truncate':
        lines = lines.slice(0, at);
        break;
      case 'bytes':
        lines[at] = (lines[at] ?? '').slice(0, 10) + m.text + (lines[at] ?? '').slice(10);
        break;
    }
  }
  return lines.join('\n');
}

describe('robustness', () => {
  it('mutated sample plans always give a schema-valid register', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (i, ms) => {
        const mutated = apply(SAMPLES[i]!, ms);
        const bytes = Buffer.from(mutated, 'utf8');
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch {
          return; // refused at the door (empty, binary): the CLI reports it, nothing to parse
        }
        const reg = buildRegister({ text, path: 'mutant.txt', sha256: sha256(bytes), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: bytes.length });
        const v = await validateRegister(reg);
        expect(v.errors).toEqual([]);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
