// plan-extract.config.yaml: loading, validation messages with line numbers, lookup.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, UnitRegistry, findConfig, loadConfig, normalizeUnit } from '../../src/units/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'plan-extract-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function errorOf(file: string): Promise<ConfigError> {
  try {
    await loadConfig(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const GOOD = `# units of phường Bách Quang
units:
  - name: Văn phòng HĐND và UBND
    aliases: [VP HĐND-UBND, Văn phòng]
  - name: Các phòng chuyên môn
    kind: collective
    members:
      - Văn phòng HĐND và UBND
      - Phòng Văn hóa - Xã hội
      - Phòng Kinh tế, Hạ tầng và Đô thị
rules:
  task/no-lead: warn
  deadline/unparsed: "off"
`;

describe('loadConfig', () => {
  it('reads a good file', async () => {
    const cfg = await loadConfig(write('good/plan-extract.config.yaml', GOOD));
    expect(cfg.units).toHaveLength(2);
    expect(cfg.units[0]).toEqual({ name: 'Văn phòng HĐND và UBND', aliases: ['VP HĐND-UBND', 'Văn phòng'] });
    expect(cfg.units[1]!.members).toHaveLength(3);
    expect(cfg.rules).toEqual({ 'task/no-lead': 'warn', 'deadline/unparsed': 'off' });
    const reg = new UnitRegistry(cfg);
    expect(reg.add(normalizeUnit('Văn phòng HDND và UBND phường')!)).toBe('Văn phòng HĐND và UBND');
    expect(reg.membersOf('Các phòng chuyên môn')).toHaveLength(3);
  });

  it('accepts an empty file and a file with only rules', async () => {
    expect(await loadConfig(write('empty.yaml', ''))).toEqual({ units: [] });
    expect(await loadConfig(write('rules.yaml', 'rules:\n  task/no-lead: error\n'))).toEqual({ units: [], rules: { 'task/no-lead': 'error' } });
  });

  it('names the file and the line of a bad entry', async () => {
    const file = write(
      'bad/plan-extract.config.yaml',
      `units:
  - name: Sở Nội vụ
  - name: Sở Y tế
    aliases:
      - Sở YT
  - aliases: [x]
    name: 12
`,
    );
    const e = await errorOf(file);
    expect(e.message).toBe(`${file}:7: units[2].name must be a string`);
    expect(e.line).toBe(7);
    expect(e.file).toBe(file);
  });

  it('reports every problem, in line order', async () => {
    const file = write(
      'many.yaml',
      `units:
  - name: Sở Nội vụ
    alias: [SNV]
  - aliases: [Sở YT]
  - name: Phòng Văn hóa - Xã hội
    kind: team
rules:
  task/no-lead: fatal
  Bad Rule: warn
`,
    );
    const e = await errorOf(file);
    const lines = e.message.split('\n');
    expect(lines).toEqual([
      `${file}:3: units[0] has an unknown property "alias"`,
      `${file}:4: units[1] must have a "name"`,
      `${file}:6: units[2].kind must be one of: unit, collective`,
      `${file}:8: rules["task/no-lead"] must be one of: off, info, warn, warning, error`,
      `${file}:9: rules has an invalid rule id "Bad Rule" (lower-case words joined by "-", grouped with "/")`,
    ]);
  });

  it('reports wrong types of whole sections', async () => {
    const e = await errorOf(write('types.yaml', 'units: Sở Nội vụ\n'));
    expect(e.message).toMatch(/types\.yaml:1: units must be a list$/);
    const e2 = await errorOf(write('list.yaml', '- name: Sở Nội vụ\n'));
    expect(e2.message).toMatch(/list\.yaml:1: the config must be a mapping$/);
  });

  it('reports YAML syntax errors with their line', async () => {
    const e = await errorOf(write('syntax.yaml', 'units:\n  - name: Sở Nội vụ\n  - name: [unclosed\n'));
    expect(e.message).toMatch(/syntax\.yaml:\d+: /);
    const dup = await errorOf(write('dup.yaml', 'units: []\nunits: []\n'));
    expect(dup.message).toMatch(/dup\.yaml:2: /);
  });

  it('rejects one spelling naming two units', async () => {
    const file = write('alias.yaml', 'units:\n  - name: Sở Nội vụ\n    aliases: [SNV]\n  - name: Sở Nông nghiệp\n    aliases:\n      - snv\n');
    const e = await errorOf(file);
    expect(e.message).toBe(`${file}:6: units[1].aliases[0] "snv" already names units[0] ("Sở Nội vụ")`);
  });

  it('reports a missing file', async () => {
    const e = await errorOf(path.join(dir, 'nope.yaml'));
    expect(e.message).toMatch(/nope\.yaml: no such file/);
  });
});

describe('findConfig', () => {
  it('walks up from the input folder', async () => {
    const root = write('tree/plan-extract.config.yaml', GOOD);
    mkdirSync(path.join(dir, 'tree/a/b'), { recursive: true });
    expect(await findConfig(path.join(dir, 'tree/a/b'))).toBe(root);
    const nearer = write('tree/a/plan-extract.config.yml', 'units: []\n');
    expect(await findConfig(path.join(dir, 'tree/a/b'))).toBe(nearer);
    expect(await findConfig(path.join(dir, 'tree'))).toBe(root);
  });

  it('returns null when there is none', async () => {
    mkdirSync(path.join(dir, 'none/x'), { recursive: true });
    // the temp dir's parents (/tmp, /) have no config
    expect(await findConfig(path.join(dir, 'none/x'))).toBeNull();
  });
});

describe('schemas/plan-extract.config.schema.json', () => {
  const schema = JSON.parse(readFileSync('schemas/plan-extract.config.schema.json', 'utf8'));
  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });
  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
        if (!(v as { description?: string }).description) missing.push(`${where}.${k}`);
        walk(v, `${where}.${k}`);
      }
      for (const k of ['items', 'additionalProperties', 'propertyNames']) if (n[k] && typeof n[k] === 'object') walk(n[k], `${where}.${k}`);
      for (const [k, v] of Object.entries((n.$defs as Record<string, unknown>) ?? {})) walk(v, `$defs.${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});
