// A folder of 1,000 plans is validated in one process with bounded memory: registers are built,
// checked and dropped one file at a time. The heap is capped at 64 MB; keeping the 1,000 registers
// (about 100–160 KB each for these samples) would need well over that.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tmp } from '../helpers/cli.js';

describe('validate at scale', () => {
  it('checks 1,000 plans in one process under a 64 MB heap, with the same diagnostics for every copy', { timeout: 300_000 }, () => {
    const samples = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();
    expect(samples).toHaveLength(4);
    const dir = tmp('pe-validate-1000-');
    for (let i = 0; i < 1000; i++) copyFileSync(path.join('fixtures', samples[i % 4]!), path.join(dir, `KH-${String(i).padStart(4, '0')}.txt`));

    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, 'validate', dir, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const elapsed = Date.now() - t0;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; line: number }[] }[];
    expect(out).toHaveLength(1000);
    expect(out.map((f) => path.basename(f.file))).toEqual(out.map((f) => path.basename(f.file)).sort());
    const key = (f: (typeof out)[number]) => JSON.stringify(f.diagnostics);
    for (let i = 4; i < 1000; i++) expect(key(out[i]!)).toBe(key(out[i % 4]!));
    expect(out[0]!.diagnostics.some((d) => d.rule === 'numbering/duplicate' && d.line === 127)).toBe(true);
    // About 35 ms a plan on the reference machine; generous for a loaded CI runner.
    expect(elapsed).toBeLessThan(240_000);
  });
});
