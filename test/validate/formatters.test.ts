// Output formats: stylish (with and without colour), json, github workflow commands, and SARIF 2.1.0
// validated against the official schema (schemas/sarif-2.1.0.schema.json, from @microsoft/jest-sarif).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { allRuleMetas, formatters, validatePlans, type FileResult, type FormatMeta } from '../../src/validate/index.js';
import { displayWidth } from '../../src/validate/formatters/stylish.js';

const RESULTS: FileResult[] = [
  {
    file: 'plans/KH 01.md',
    diagnostics: [
      { rule: 'header/number-missing', severity: 'warning', message: 'the plan number is blank ("Số: /KH-UBND")', line: 3, column: 1, endLine: 3, endColumn: 13 },
      { rule: 'text/suspicious-char', severity: 'error', message: 'character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m"', line: 39, column: 158, endLine: 39, endColumn: 159 },
      { rule: 'numbering/duplicate', severity: 'error', message: 'number "3." is used twice in III: first at line 111', line: 127, column: 7 },
    ],
  },
  { file: 'plans/clean.md', diagnostics: [] },
  {
    file: 'plans/odd,name:1.md',
    diagnostics: [{ rule: 'deadline/unparsed', severity: 'info', message: '100% unreadable,\nsecond line: "x"', line: 5, column: 2 }],
  },
  { file: 'plans/missing.md', diagnostics: [{ rule: 'io/read-error', severity: 'error', message: 'no such file', line: 1, column: 1 }] },
];

const meta = (color = false): FormatMeta => ({ rules: allRuleMetas(), version: '0.1.0', color });

describe('stylish', () => {
  it('groups by file, aligns line:col, severity, message and rule id, and ends with a summary', () => {
    expect(formatters.stylish!(RESULTS, meta())).toMatchInlineSnapshot(`
      "
      plans/KH 01.md
          3:1    warning  the plan number is blank ("Số: /KH-UBND")                       header/number-missing
         39:158  error    character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m"  text/suspicious-char
        127:7    error    number "3." is used twice in III: first at line 111             numbering/duplicate

      plans/odd,name:1.md
        5:2  info  100% unreadable, second line: "x"  deadline/unparsed

      plans/missing.md
        1:1  error  no such file  io/read-error

      ✖ 5 problems (3 errors, 1 warning, 1 info) in 4 files
      "
    `);
  });

  it('colours only when asked; the text is the same without the escapes', () => {
    const plain = formatters.stylish!(RESULTS, meta(false));
    const coloured = formatters.stylish!(RESULTS, meta(true));
    expect(plain).not.toMatch(/\x1b\[/);
    expect(coloured).toMatch(/\x1b\[31merror/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('says so when there is nothing to report', () => {
    expect(formatters.stylish!([{ file: 'a.md', diagnostics: [] }], meta())).toBe('✔ no problems in 1 file\n');
  });

  it('measures wide characters as two columns', () => {
    expect(displayWidth('nh溲m')).toBe(5);
    expect(displayWidth('Việt')).toBe(4);
    expect(displayWidth('Vie\u0323\u0302t')).toBe(4);
  });
});

describe('json', () => {
  it('is an array of { file, diagnostics } with every file', () => {
    const out = JSON.parse(formatters.json!(RESULTS, meta()));
    expect(out).toEqual(RESULTS);
    expect(Object.keys(out[0])).toEqual(['file', 'diagnostics']);
  });
});

describe('github', () => {
  it('writes one workflow command per diagnostic, escaping properties and data', () => {
    expect(formatters.github!(RESULTS, meta()).split('\n')).toEqual([
      '::warning file=plans/KH 01.md,line=3,col=1,endLine=3,endColumn=13,title=header/number-missing::the plan number is blank ("Số: /KH-UBND")',
      '::error file=plans/KH 01.md,line=39,col=158,endLine=39,endColumn=159,title=text/suspicious-char::character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m"',
      '::error file=plans/KH 01.md,line=127,col=7,title=numbering/duplicate::number "3." is used twice in III: first at line 111',
      '::notice file=plans/odd%2Cname%3A1.md,line=5,col=2,title=deadline/unparsed::100%25 unreadable,%0Asecond line: "x"',
      '::error file=plans/missing.md,line=1,col=1,title=io/read-error::no such file',
      '',
    ]);
  });

  it('writes nothing when there is nothing to report', () => {
    expect(formatters.github!([{ file: 'a.md', diagnostics: [] }], meta())).toBe('');
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync('schemas/sarif-2.1.0.schema.json', 'utf8'));
  // The schema is JSON Schema draft-04 (`id`, `$schema`): Ajv 8 reads it as draft-07 once those are dropped.
  // Its `language` pattern has a stray "]" that is only valid without the RegExp `u` flag.
  const { id: _id, $schema: _s, ...body } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(body);
  const check = (log: unknown) => {
    const ok = validate(log);
    expect(ok ? [] : validate.errors).toEqual([]);
  };

  it('is valid SARIF 2.1.0 with rule metadata', () => {
    const log = JSON.parse(formatters.sarif!(RESULTS, meta()));
    check(log);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'plan-extract', version: '0.1.0' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(allRuleMetas().map((m) => m.id));
    expect(driver.rules.find((r: { id: string }) => r.id === 'numbering/duplicate')).toEqual({
      id: 'numbering/duplicate',
      shortDescription: { text: 'The same number or letter is used twice in one list.' },
      fullDescription: { text: expect.stringContaining('"3." twice in section III') },
      defaultConfiguration: { level: 'error' },
      properties: { category: 'numbering' },
    });
    expect(driver.rules.find((r: { id: string }) => r.id === 'unit/variant').defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('has one result per diagnostic with level, message and physical location', () => {
    const log = JSON.parse(formatters.sarif!(RESULTS, meta()));
    const results = log.runs[0].results;
    expect(results).toHaveLength(5);
    expect(results[1]).toEqual({
      ruleId: 'text/suspicious-char',
      ruleIndex: allRuleMetas().findIndex((m) => m.id === 'text/suspicious-char'),
      level: 'error',
      message: { text: 'character "溲" (U+6EB2, Han (Chinese)) inside the word "nh溲m"' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'plans/KH%2001.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 39, startColumn: 158, endLine: 39, endColumn: 159 } } }],
    });
    expect(results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'error', 'note', 'error']);
  });

  it('validates for the sample plans and the rule fixtures too', async () => {
    const run = await validatePlans({ inputs: ['fixtures', 'test/validate/fixtures'] });
    const log = JSON.parse(formatters.sarif!(run.results, meta()));
    check(log);
    expect(log.runs[0].results.length).toBe(run.errors + run.warnings + run.infos);
  });
});
