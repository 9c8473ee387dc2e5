import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Register } from '../../src/register/types.js';

export interface Score {
  recall: number;
  precision: number;
  leadAcc: number;
  supportAcc: number;
  deadlineAcc: number;
  misses: string[];
}

/** Score a register with the project's copy of the shared scorer (fixtures/eval/score.mjs). */
export function score(name: string, reg: Register): Score {
  const dir = mkdtempSync(path.join(tmpdir(), 'pe-score-'));
  const file = path.join(dir, `${name}.register.json`);
  writeFileSync(file, JSON.stringify(reg));
  const out = execFileSync(process.execPath, [path.resolve('fixtures/eval/score.mjs'), path.resolve(`fixtures/eval/${name}.json`), file], { encoding: 'utf8' });
  return JSON.parse(out) as Score;
}
