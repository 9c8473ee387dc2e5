// The diagnostics of the four sample plans (fixtures/*.txt), as snapshots, with the findings the
// issue names asserted explicitly.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/register/types.js';
import { defaultSeverities, validateFile } from '../../src/validate/index.js';

const SAMPLES = {
  '000': 'fixtures/000_f7326b36a3c50a06.txt',
  '001': 'fixtures/001_01aba15c383c1695.txt',
  '002': 'fixtures/002_726a7572a9116535.txt',
  '003': 'fixtures/003_707369c25b7aeffb.txt',
} as const;

const run = (id: keyof typeof SAMPLES, options = { asOf: null as string | null, draft: false }) => validateFile(path.resolve(SAMPLES[id]), null, defaultSeverities(), options);

/** One line per diagnostic: `line:col severity rule message`. */
const lines = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);

describe('sample plans', () => {
  it('000: numbering/duplicate at the second "3." of section III', async () => {
    const ds = await run('000');
    expect(ds.filter((d) => d.rule === 'numbering/duplicate')).toEqual([
      {
        rule: 'numbering/duplicate',
        severity: 'error',
        message: 'number "3." is used twice in III: first at line 111 ("3. Phòng Văn hóa – Xã hội")',
        line: 127,
        column: 7,
        endLine: 127,
        endColumn: 9,
      },
    ]);
  });

  it('002: numbering/gap between c) and đ) in IV.1, text/suspicious-char at "nh溲m"', async () => {
    const ds = await run('002');
    expect(ds.filter((d) => d.rule === 'numbering/gap')).toEqual([
      { rule: 'numbering/gap', severity: 'warning', message: '"d)" is missing between "c)" and "đ)" in IV.1', line: 97, column: 1, endLine: 97, endColumn: 3 },
    ]);
    expect(ds.filter((d) => d.rule === 'text/suspicious-char')).toEqual([
      {
        rule: 'text/suspicious-char',
        severity: 'error',
        message: 'character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m": a letter from another script, probably a conversion or typing error',
        line: 39,
        column: 158,
        endLine: 39,
        endColumn: 159,
      },
    ]);
  });

  it('001: unit/variant for HDND/HĐND and Văn hoá/Văn hóa, naming both spellings', async () => {
    const ds = (await run('001')).filter((d) => d.rule === 'unit/variant');
    expect(ds.map((d) => d.message)).toEqual([
      '"Phòng Văn hoá - Xã hội" and "Phòng Văn hóa - Xã hội" name the same unit (6 times and 4 times): write it one way',
      '"Văn phòng HDND và UBND" and "Văn phòng HĐND và UBND" name the same unit (6 times and 2 times): write it one way',
    ]);
    // Each at the first place of the spelling that differs from the canonical name.
    expect(ds.map((d) => [d.line, d.column])).toEqual([
      [168, 185],
      [192, 84],
    ]);
  });

  it('--draft drops header/number-missing and nothing else', async () => {
    for (const id of Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]) {
      const all = await run(id);
      const draft = await run(id, { asOf: null, draft: true });
      expect(draft).toEqual(all.filter((d) => d.rule !== 'header/number-missing'));
    }
  });

  it('000', async () => {
    expect(lines(await run('000'))).toMatchInlineSnapshot(`
      [
        "3:1 warning header/number-missing the plan number is blank ("Số: /KH-UBND"): fill it in when the plan is issued, or validate drafts with --draft",
        "127:7 error numbering/duplicate number "3." is used twice in III: first at line 111 ("3. Phòng Văn hóa – Xã hội")",
      ]
    `);
  });

  it('001', async () => {
    expect(lines(await run('001'))).toMatchInlineSnapshot(`
      [
        "3:1 warning header/number-missing the plan number is blank ("Số: /KH-UBND"): fill it in when the plan is issued, or validate drafts with --draft",
        "168:185 warning unit/variant "Phòng Văn hoá - Xã hội" and "Phòng Văn hóa - Xã hội" name the same unit (6 times and 4 times): write it one way",
        "192:84 warning unit/variant "Văn phòng HDND và UBND" and "Văn phòng HĐND và UBND" name the same unit (6 times and 2 times): write it one way",
      ]
    `);
  });

  it('002', async () => {
    expect(lines(await run('002'))).toMatchInlineSnapshot(`
      [
        "3:1 warning header/number-missing the plan has no number line ("Số: …/KH-…"): add it to the header, or validate drafts with --draft",
        "39:158 error text/suspicious-char character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m": a letter from another script, probably a conversion or typing error",
        "97:1 warning numbering/gap "d)" is missing between "c)" and "đ)" in IV.1",
      ]
    `);
  });

  it('003', async () => {
    expect(lines(await run('003'))).toMatchInlineSnapshot(`
      [
        "3:1 warning header/number-missing the plan number is blank ("Số: /KH-UBND"): fill it in when the plan is issued, or validate drafts with --draft",
      ]
    `);
  });
});
