// The published register schema (schemas/plan-register.schema.json) against the TypeScript
// types (src/register/types.ts): the samples below are typed `Register`, so tsc checks them
// against the types and ajv checks them against the schema. The drift tests compare the
// schema with key/enum tables that tsc forces to match the types exactly.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import {
  SCHEMA_ID,
  SCHEMA_VERSION,
  SCHEMA_VERSION_PROGRESS,
  type AppendixColumnRole,
  type AppendixRef,
  type AppendixTable,
  type AssignedBy,
  type Citation,
  type Deadline,
  type DeadlineAnchor,
  type DeadlineKind,
  type Diagnostic,
  type Footnote,
  type FurnitureLine,
  type InstrumentKind,
  type LineText,
  type MarkerType,
  type OutlineKind,
  type OutlineNode,
  type PlanDate,
  type PlanDocument,
  type PlanNumber,
  type Progress,
  type ProgressStatus,
  type Recurrence,
  type RecurrenceFrequency,
  type Register,
  type SectionRole,
  type Severity,
  type Signer,
  type SourceRange,
  type Target,
  type Task,
  type Unit,
  type UnitKind,
} from '../../src/register/types.js';
import { registerSchema, schemaPath, validateRegister, type SchemaError } from '../../src/register/validate.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type SchemaNode = { [k: string]: Json };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_FILE = path.join(ROOT, 'schemas/plan-register.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;

// ajv-formats is CommonJS: the plugin is the module itself or its `.default`.
const addFormats = ((formatsModule as unknown as { default: unknown }).default ?? formatsModule) as (ajv: Ajv2020) => Ajv2020;

/** A strict ajv that fails on anything strict mode would merely log. */
function strictAjv(): Ajv2020 {
  const fail = (...args: unknown[]): never => {
    throw new Error(`ajv: ${args.map(String).join(' ')}`);
  };
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictSchema: true,
    strictNumbers: true,
    strictTypes: true,
    strictTuples: true,
    strictRequired: true,
    logger: { log: () => undefined, warn: fail, error: fail },
  });
  addFormats(ajv);
  return ajv;
}

/** Resolve a JSON pointer (`/$defs/Task/properties/id`) in the schema. */
function at(pointer: string): SchemaNode {
  let node: Json = schema;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') throw new Error(`bad pointer ${pointer}`);
    node = Array.isArray(node) ? node[Number(key)] : node[key];
    if (node === undefined) throw new Error(`no ${pointer} in the schema`);
  }
  return node as SchemaNode;
}

const clone = <T>(v: T): T => structuredClone(v);
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const range = (line: number, endLine = line): SourceRange => ({ line, column: 1, endLine });

// ---------------------------------------------------------------- samples

/** The smallest valid register: every array empty, every nullable null, no optional keys. */
const minimal: Register = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'plan-extract', version: '0.1.0' },
  source: { path: 'empty.txt', sha256: SHA, format: 'text', encoding: 'utf-8', lineEnding: 'none', bytes: 0, lines: 0 },
  document: {
    kind: 'unknown',
    issuer: null,
    number: null,
    date: null,
    title: null,
    period: null,
    year: null,
    legalBasis: [],
    preamble: [],
    signer: null,
    recipients: [],
    wrapper: null,
    furniture: [],
  },
  outline: [],
  tasks: [],
  units: [],
  targets: [],
  footnotes: [],
  appendices: [],
  diagnostics: [],
  unclassified: [],
  stats: {
    lines: 0,
    nonBlankLines: 0,
    placedLines: 0,
    placedShare: 1,
    classifiedShare: 1,
    tasks: 0,
    bodyTasks: 0,
    appendixTasks: 0,
    tasksWithLead: 0,
    tasksWithDeadline: 0,
    units: 0,
  },
};

const planNumber: PlanNumber = { raw: 'Số: 45/KH-UBND', serial: '45', code: 'KH-UBND', line: 3 };
const planDate: PlanDate = {
  raw: 'Phường Hòa Phú, ngày 05 tháng 3 năm 2025',
  place: 'Phường Hòa Phú',
  year: 2025,
  month: 3,
  day: 5,
  iso: '2025-03-05',
  line: 4,
};
const citation: Citation = {
  raw: 'Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ',
  verb: 'Căn cứ',
  kind: 'Quyết định',
  number: '1847/QĐ-TTg',
  date: '2018-12-27',
  issuer: 'Thủ tướng Chính phủ',
  line: 9,
  endLine: 10,
};
const signer: Signer = { title: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', name: 'Nguyễn Văn A', line: 60, endLine: 63 };
const furniture: FurnitureLine = { text: 'Độc lập - Tự do - Hạnh phúc', line: 2, endLine: 2, kind: 'motto' };
const document: PlanDocument = {
  kind: 'decision',
  issuer: { text: 'ỦY BAN NHÂN DÂN TỈNH X / ỦY BAN NHÂN DÂN PHƯỜNG HÒA PHÚ', line: 1 },
  number: planNumber,
  date: planDate,
  title: { text: 'Triển khai chuyển đổi số giai đoạn 2025 - 2026', line: 7, endLine: 8 },
  period: { start: 2025, end: 2026 },
  year: 2025,
  legalBasis: [citation],
  preamble: [{ text: 'Ủy ban nhân dân phường ban hành Kế hoạch như sau:', line: 10 }],
  signer,
  recipients: [{ text: 'UBND tỉnh;', line: 58 }],
  wrapper: {
    number: { raw: 'Số: 12/QĐ-UBND', serial: '12', code: 'QĐ-UBND', line: 3 },
    date: { ...planDate, raw: 'Phường Hòa Phú, ngày 01 tháng 3 năm 2025', day: 1, iso: '2025-03-01' },
    title: { text: 'Quyết định ban hành Kế hoạch', line: 5 },
    articles: [{ text: 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …', line: 6 }],
  },
  furniture: [furniture],
};
const recurrence: Recurrence = { frequency: 'yearly', on: '12-15', interval: 1 };
const anchor: DeadlineAnchor = { event: 'Kế hoạch của tỉnh ban hành', offset: { value: 30, unit: 'day' } };
const deadline: Deadline = {
  raw: 'trước ngày 15/12 hàng năm, trong 30 ngày kể từ khi Kế hoạch của tỉnh ban hành',
  kind: 'recurring',
  start: '2025-01-01',
  due: '2025-12-15',
  recurrence: [recurrence],
  anchor,
  yearInferred: true,
  from: 'text',
};
const progress: Progress = {
  unit: 'Phòng Văn hóa - Xã hội',
  role: 'lead',
  status: 'in-progress',
  statusLabel: 'Đang thực hiện',
  percent: 60,
  results: 'Đã rà soát 3/5 tổ dân phố',
  notes: 'Chờ số liệu của Công an phường',
  tracker: 'phong-van-hoa-xa-hoi.xlsx',
  sheet: 'Phòng Văn hóa - Xã hội',
  row: 6,
  trackerDate: '2025-06-30',
  verified: true,
};
const appendixRef: AppendixRef = { tt: '7', product: 'Báo cáo', note: 'Hằng năm', extra: { 'Kinh phí': 'x' } };
const bodyTask: Task = {
  id: 'II.1.a',
  origin: 'body',
  sectionPath: ['II', 'II.1'],
  sectionTitles: ['NHIỆM VỤ', 'Chuyển đổi số'],
  marker: 'a)',
  text: 'Phòng Văn hóa - Xã hội chủ trì, phối hợp Công an phường rà soát dữ liệu dân cư.',
  lead: ['Phòng Văn hóa - Xã hội'],
  support: ['Công an phường'],
  mentions: [
    { raw: 'Phòng Văn hóa – Xã hội', name: 'Phòng Văn hóa - Xã hội', role: 'lead', line: 20 },
    { raw: 'Công an phường', name: 'Công an phường', role: 'support', line: 20 },
  ],
  assignedBy: 'sentence-pattern',
  deadline,
  footnotes: ['1'],
  appendix: null,
  source: { line: 20, column: 1, endLine: 21, endColumn: 42 },
  progress: [progress],
};
const appendixTask: Task = {
  id: 'DM.7',
  origin: 'appendix',
  sectionPath: ['DM'],
  sectionTitles: ['DANH MỤC NHIỆM VỤ'],
  marker: '7',
  text: 'Báo cáo kết quả thực hiện',
  lead: ['Văn phòng HĐND và UBND'],
  support: [],
  mentions: [{ raw: 'Văn phòng', name: 'Văn phòng HĐND và UBND', role: 'lead', line: 70 }],
  assignedBy: 'appendix-column',
  deadline: null,
  footnotes: [],
  appendix: appendixRef,
  source: range(70),
};
const unit: Unit = {
  id: 'phong-van-hoa-xa-hoi',
  name: 'Phòng Văn hóa - Xã hội',
  kind: 'unit',
  aliases: ['Phòng Văn hóa – Xã hội'],
  members: [],
  leadCount: 1,
  supportCount: 0,
};
const collective: Unit = {
  id: 'cac-phong-ban-nganh',
  name: 'Các phòng, ban, ngành',
  kind: 'collective',
  aliases: ['các phòng, ban, ngành'],
  members: ['Phòng Văn hóa - Xã hội'],
  leadCount: 0,
  supportCount: 0,
};
const target: Target = {
  value: 60,
  unit: '%',
  comparator: '>=',
  phrase: 'tối thiểu 60%',
  sentence: 'Tối thiểu 60% hồ sơ được xử lý trực tuyến.',
  taskId: 'II.1.a',
  line: 15,
};
const footnote: Footnote = { id: '1', text: 'Theo Quyết định số 06/QĐ-TTg.', citedBy: ['II.1.a'], source: range(57) };
const appendix: AppendixTable = {
  id: 'DM',
  title: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ',
  caption: '(Kèm theo Kế hoạch số 45/KH-UBND)',
  line: 65,
  source: { line: 65, column: 1, endLine: 85, endColumn: 120 },
  header: {
    line: 67,
    columns: [
      { name: 'TT', role: 'tt' },
      { name: 'Nội dung', role: 'content' },
      { name: 'Cơ quan chủ trì', role: 'lead' },
    ],
  },
  repeatedHeaderLines: [80],
  rows: 1,
};
const diagnostic: Diagnostic = {
  rule: 'deadline/unparsed',
  severity: 'warning',
  message: 'deadline phrase not understood',
  line: 20,
  column: 5,
  endLine: 20,
  endColumn: 30,
};
const leaf: OutlineNode = {
  id: 'II.1.a',
  marker: 'a)',
  markerType: 'letter',
  kind: 'item',
  level: 3,
  text: bodyTask.text,
  role: 'content',
  taskId: 'II.1.a',
  source: range(20, 21),
  children: [],
};
const outline: OutlineNode[] = [
  {
    id: 'II',
    marker: 'II.',
    markerType: 'roman',
    kind: 'section',
    level: 1,
    text: 'NHIỆM VỤ',
    role: 'content',
    taskId: null,
    source: range(18),
    children: [
      {
        id: 'II.1',
        marker: '1.',
        markerType: 'arabic',
        kind: 'subsection',
        level: 2,
        text: 'Chuyển đổi số',
        role: 'content',
        taskId: null,
        source: range(19),
        children: [leaf],
      },
    ],
  },
];

/** Every optional key present and every nullable non-null somewhere, so every schema property is exercised. */
const full: Register = {
  $schema: SCHEMA_ID,
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'plan-extract', version: '0.1.0' },
  source: { path: 'fixtures/kh-45.md', sha256: SHA, format: 'markdown', encoding: 'utf-8-bom', lineEnding: 'crlf', bytes: 12345, lines: 90 },
  document,
  outline,
  tasks: [bodyTask, appendixTask],
  units: [unit, collective],
  targets: [target],
  footnotes: [footnote],
  appendices: [appendix],
  diagnostics: [diagnostic],
  unclassified: [{ text: '(đã ký)', line: 61 }],
  stats: {
    lines: 90,
    nonBlankLines: 70,
    placedLines: 70,
    placedShare: 1,
    classifiedShare: 0.985,
    tasks: 2,
    bodyTasks: 1,
    appendixTasks: 1,
    tasksWithLead: 2,
    tasksWithDeadline: 1,
    units: 2,
  },
};

/** Validate a copy of `base` after `edit` (which may break the types: that is the point). */
async function check(edit: (r: Register & Record<string, unknown>) => void, base: Register = full) {
  const r = clone(base) as Register & Record<string, unknown>;
  edit(r);
  return validateRegister(r);
}
const loose = (v: object): Record<string, unknown> => v as Record<string, unknown>;
const paths = (errors: SchemaError[]): string[] => [...new Set(errors.map((e) => e.path))];

// ---------------------------------------------------------------- the schema itself

describe('register schema', () => {
  it('is a 2020-12 schema with the published id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it('compiles in ajv strict mode without warnings', () => {
    const ajv = strictAjv();
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('is accepted by the 2020-12 meta-schema', () => {
    const ajv = strictAjv();
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it('has a description on every property and every $defs entry', () => {
    const missing: string[] = [];
    const walk = (node: Json, ptr: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach((n, i) => walk(n, `${ptr}/${i}`));
        return;
      }
      for (const map of ['properties', '$defs'] as const) {
        const entries = node[map];
        if (entries && typeof entries === 'object' && !Array.isArray(entries)) {
          for (const [k, sub] of Object.entries(entries)) {
            const d = (sub as SchemaNode).description;
            if (typeof d !== 'string' || d.trim() === '') missing.push(`${ptr}/${map}/${k}`);
          }
        }
      }
      for (const [k, v] of Object.entries(node)) if (k !== 'enum' && k !== 'examples') walk(v, `${ptr}/${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('defines the shared types in $defs', () => {
    const defs = Object.keys(at('/$defs'));
    for (const name of [
      'SourceRange',
      'Diagnostic',
      'Deadline',
      'Recurrence',
      'DeadlineAnchor',
      'Unit',
      'OutlineNode',
      'Citation',
      'PlanNumber',
      'PlanDate',
      'Signer',
      'LineText',
      'FurnitureLine',
      'PlanDocument',
      'AppendixRef',
      'Task',
      'Footnote',
      'Target',
      'AppendixTable',
      'Progress',
    ]) {
      expect(defs, name).toContain(name);
    }
    expect(at('/$defs/OutlineNode/properties/children/items').$ref).toBe('#/$defs/OutlineNode');
  });

  it('closes every object except AppendixRef.extra', () => {
    const open: string[] = [];
    const walk = (node: Json, ptr: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${ptr}/${i}`));
      if (node.type === 'object' && node.additionalProperties !== false) open.push(ptr);
      for (const [k, v] of Object.entries(node)) walk(v, `${ptr}/${k}`);
    };
    walk(schema, '');
    expect(open).toEqual(['/$defs/AppendixRef/properties/extra']);
    expect(at('/$defs/AppendixRef/properties/extra/additionalProperties')).toEqual({ type: 'string' });
  });
});

// ---------------------------------------------------------------- validateRegister

describe('validateRegister', () => {
  it('locates the schema file and returns the parsed schema', async () => {
    expect(path.isAbsolute(schemaPath())).toBe(true);
    expect(schemaPath()).toBe(SCHEMA_FILE);
    expect(existsSync(schemaPath())).toBe(true);
    const s = await registerSchema();
    expect(s).toEqual(schema);
    // Callers get a copy: mutating it does not change what the next caller sees.
    (s as SchemaNode).title = 'changed';
    expect(((await registerSchema()) as SchemaNode).title).toBe(schema.title);
  });

  it('accepts the minimal register', async () => {
    expect(await validateRegister(minimal)).toEqual({ valid: true, errors: [] });
  });

  it('accepts the full register (every optional key, every nullable set)', async () => {
    expect(await validateRegister(full)).toEqual({ valid: true, errors: [] });
  });

  it('accepts the full register with every nullable object set to null', async () => {
    const r = await check((r) => {
      delete r.$schema;
      r.document = clone(minimal.document);
      r.tasks[0].deadline = null;
      r.tasks[1].appendix = null;
      r.targets[0].taskId = null;
      r.appendices[0] = { ...r.appendices[0], title: null, caption: null, header: null };
      r.outline[0].role = null;
    });
    expect(r.errors).toEqual([]);
  });

  it('checks $schema as a URI reference (absolute or relative, no white space)', async () => {
    expect((await check((r) => (r.$schema = '../schemas/plan-register.schema.json'))).valid).toBe(true);
    const bad = await check((r) => (r.$schema = 'plan register schema'));
    expect(bad.valid).toBe(false);
    expect(bad.errors).toEqual([{ path: '/$schema', message: 'must match format "uri-reference"' }]);
  });

  it('the validator precompiled by npm run build agrees (same formats)', async () => {
    const file = path.resolve('dist/register/register-validator.js');
    expect(existsSync(file), 'npm test builds dist/ first').toBe(true);
    const { validate } = (await import(pathToFileURL(file).href)) as { validate: ((d: unknown) => boolean) & { errors?: { keyword: string; instancePath: string }[] } };
    expect(validate(full)).toBe(true);
    expect(validate({ ...clone(full), $schema: 'plan register schema' })).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([['/$schema', 'format']]);
    const badDate = clone(full);
    badDate.tasks[0]!.deadline!.due = '2026-02-30';
    expect(validate(badDate)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain('format');
  });

  it('loads later 1.x registers', async () => {
    expect((await check((r) => (r.schemaVersion = '1.1.0'))).valid).toBe(true);
    expect((await check((r) => (r.schemaVersion = '1.12.3'))).valid).toBe(true);
    for (const v of ['2.0.0', '1.0', 'v1.0.0', '1.0.0-beta']) {
      const r = await check((r) => (r.schemaVersion = v));
      expect(r.valid, v).toBe(false);
      expect(paths(r.errors)).toEqual(['/schemaVersion']);
    }
  });

  it('accepts progress (1.1.0) and a 1.0.0 register without it; checks progress values', async () => {
    expect((await check((r) => (r.schemaVersion = SCHEMA_VERSION_PROGRESS))).valid).toBe(true);
    expect((await check((r) => delete r.tasks[0].progress)).valid).toBe(true);
    expect((await check((r) => (r.tasks[1].progress = []))).valid).toBe(true);
    const nulls = await check((r) =>
      Object.assign(r.tasks[0].progress![0], { role: null, status: null, statusLabel: null, percent: null, results: null, notes: null, sheet: null, trackerDate: null }),
    );
    expect(nulls.errors).toEqual([]);
    const cases: [string, (r: Register) => void][] = [
      ['/tasks/0/progress/0/percent', (r) => (r.tasks[0].progress![0].percent = 101)],
      ['/tasks/0/progress/0/percent', (r) => (r.tasks[0].progress![0].percent = -1)],
      ['/tasks/0/progress/0/status', (r) => (loose(r.tasks[0].progress![0]).status = 'finished')],
      ['/tasks/0/progress/0/role', (r) => (loose(r.tasks[0].progress![0]).role = 'owner')],
      ['/tasks/0/progress/0/trackerDate', (r) => (r.tasks[0].progress![0].trackerDate = '2025-02-30')],
      ['/tasks/0/progress/0/row', (r) => (r.tasks[0].progress![0].row = 0)],
      ['/tasks/0/progress/0/unit', (r) => (r.tasks[0].progress![0].unit = '')],
      ['/tasks/0/progress/0', (r) => (loose(r.tasks[0].progress![0]).owner = 'x')],
    ];
    for (const [where, edit] of cases) {
      const r = await check(edit);
      expect(paths(r.errors), where).toEqual([where]);
    }
  });

  it('rejects an impossible ISO date at its exact path', async () => {
    const r = await check((r) => (r.tasks[0].deadline!.due = '2026-02-31'));
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([{ path: '/tasks/0/deadline/due', message: 'must match format "date"' }]);
    // Leap years are handled by the format, not the pattern.
    expect((await check((r) => (r.tasks[0].deadline!.due = '2028-02-29'))).valid).toBe(true);
    expect((await check((r) => (r.tasks[0].deadline!.due = '2026-02-29'))).valid).toBe(false);
    for (const bad of ['2026-2-01', '01/02/2026', '2026-01-01T00:00:00Z', '']) {
      const b = await check((r) => (r.tasks[0].deadline!.start = bad));
      expect(paths(b.errors), bad).toEqual(['/tasks/0/deadline/start']);
    }
    const c = await check((r) => (r.document.legalBasis[0].date = '2018-13-01'));
    expect(paths(c.errors)).toEqual(['/document/legalBasis/0/date']);
    const d = await check((r) => (r.document.date!.iso = '2025-04-31'));
    expect(paths(d.errors)).toEqual(['/document/date/iso']);
  });

  it('rejects an unknown deadline kind', async () => {
    const r = await check((r) => (loose(r.tasks[0].deadline!).kind = 'soon'));
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([{ path: '/tasks/0/deadline/kind', message: expect.stringContaining('must be equal to one of the allowed values') }]);
    expect(r.errors[0].message).toContain('"half-year"');
  });

  it('rejects a missing source (register and task)', async () => {
    const top = await check((r) => delete loose(r).source);
    expect(top.valid).toBe(false);
    expect(top.errors).toEqual([{ path: '', message: "must have required property 'source'" }]);
    const task = await check((r) => delete loose(r.tasks[1]).source);
    expect(task.errors).toEqual([{ path: '/tasks/1', message: "must have required property 'source'" }]);
    const node = await check((r) => delete loose(r.outline[0].children[0].children[0]).source);
    expect(node.errors).toEqual([{ path: '/outline/0/children/0/children/0', message: "must have required property 'source'" }]);
  });

  it('rejects extra properties, naming them', async () => {
    const top = await check((r) => (r.extra = 1));
    expect(top.errors).toEqual([{ path: '', message: "must NOT have additional properties: 'extra'" }]);
    const task = await check((r) => (loose(r.tasks[0]).priority = 'high'));
    expect(task.errors).toEqual([{ path: '/tasks/0', message: "must NOT have additional properties: 'priority'" }]);
    const deep = await check((r) => (loose(r.tasks[0].deadline!.anchor!.offset!).sign = -1));
    expect(paths(deep.errors)).toEqual(['/tasks/0/deadline/anchor/offset']);
    const stats = await check((r) => (loose(r.stats).pages = 3));
    expect(paths(stats.errors)).toEqual(['/stats']);
  });

  it('allows any string-valued key in AppendixRef.extra, and nothing else there', async () => {
    expect((await check((r) => (r.tasks[1].appendix!.extra = { 'Nguồn vốn': 'NSNN', '': '' }))).valid).toBe(true);
    const bad = await check((r) => (loose(r.tasks[1].appendix!.extra).funds = 5));
    expect(paths(bad.errors)).toEqual(['/tasks/1/appendix/extra/funds']);
  });

  it('accepts an outline nested three (and four) levels and reports deep errors at their path', async () => {
    const three = await check((r) => {
      r.outline = clone(outline);
      r.outline[0].children[0].children[0].children = [
        { ...clone(leaf), id: 'II.1.a.1', marker: '-', markerType: 'bullet', kind: 'bullet', level: 4, taskId: null, source: range(22) },
      ];
    }, minimal);
    expect(three.errors).toEqual([]);
    const deep = await check((r) => (r.outline[0].children[0].children[0].source.line = 0));
    expect(deep.errors).toEqual([{ path: '/outline/0/children/0/children/0/source/line', message: 'must be >= 1' }]);
    const kind = await check((r) => (loose(r.outline[0].children[0].children[0]).markerType = 'dash'));
    expect(paths(kind.errors)).toEqual(['/outline/0/children/0/children/0/markerType']);
  });

  it('enforces numeric ranges', async () => {
    const cases: [string, (r: Register) => void][] = [
      ['/diagnostics/0/line', (r) => (r.diagnostics[0].line = 0)],
      ['/diagnostics/0/column', (r) => (r.diagnostics[0].column = 1.5)],
      ['/tasks/0/source/endColumn', (r) => (r.tasks[0].source.endColumn = 0)],
      ['/tasks/0/mentions/0/line', (r) => (r.tasks[0].mentions[0].line = -3)],
      ['/stats/placedShare', (r) => (r.stats.placedShare = 1.2)],
      ['/stats/classifiedShare', (r) => (r.stats.classifiedShare = -0.1)],
      ['/stats/tasks', (r) => (r.stats.tasks = -1)],
      ['/source/bytes', (r) => (r.source.bytes = 1.5)],
      ['/document/date/month', (r) => (r.document.date!.month = 13)],
      ['/document/date/day', (r) => (r.document.date!.day = 0)],
      ['/tasks/0/deadline/recurrence/0/interval', (r) => (r.tasks[0].deadline!.recurrence![0].interval = 0)],
      ['/appendices/0/repeatedHeaderLines/0', (r) => (r.appendices[0].repeatedHeaderLines[0] = 0)],
      ['/units/0/leadCount', (r) => (r.units[0].leadCount = Number.NaN)],
    ];
    for (const [where, edit] of cases) {
      const r = await check(edit);
      expect(paths(r.errors), where).toEqual([where]);
    }
    // Nullable numbers accept null.
    const nulls = await check((r) => Object.assign(r.document.date!, { year: null, month: null, day: null, iso: null }));
    expect(nulls.errors).toEqual([]);
  });

  it('checks documented string formats', async () => {
    const cases: [string, (r: Register) => void][] = [
      ['/source/sha256', (r) => (r.source.sha256 = SHA.toUpperCase())],
      ['/units/0/id', (r) => (r.units[0].id = 'Phòng VH-XH')],
      ['/tasks/0/deadline/recurrence/0/on', (r) => (r.tasks[0].deadline!.recurrence![0].on = '15-12')],
      ['/tasks/0/id', (r) => (r.tasks[0].id = '')],
    ];
    for (const [where, edit] of cases) {
      const r = await check(edit);
      expect(paths(r.errors), where).toEqual([where]);
    }
  });

  it('rejects non-objects at the root', async () => {
    for (const v of [null, [], 'register', 42]) {
      const r = await validateRegister(v);
      expect(r.valid).toBe(false);
      expect(paths(r.errors)).toEqual(['']);
    }
  });

  it('compiles once and serves concurrent callers', async () => {
    const results = await Promise.all([validateRegister(full), validateRegister(minimal), validateRegister({})]);
    expect(results.map((r) => r.valid)).toEqual([true, true, false]);
    expect(results[2].errors.length).toBe((schema.required as string[]).length);
  });
});

// ---------------------------------------------------------------- drift between types.ts and the schema

/** Keys that may be omitted (`k?:`). */
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
/** How a key is declared in TS, as a literal tsc computes: the table entries below cannot disagree with types.ts. */
type Decl<T, K extends keyof T> = `${K extends OptionalKeys<T> ? 'optional' : 'required'}${null extends T[K] ? '|null' : ''}`;
type KeyTable<T> = { [K in keyof T]-?: Decl<T, K> };
type Flags<U extends string> = { [V in U]: true };

interface ObjectSpec {
  pointer: string;
  keys: Record<string, string>;
}
/** `pointer` locates the object schema for T; `keys` must list every key of T with its declaration. */
const obj = <T>(pointer: string, keys: KeyTable<T>): ObjectSpec => ({ pointer, keys: keys as Record<string, string> });

type Offset = NonNullable<DeadlineAnchor['offset']>;
type Period = NonNullable<PlanDocument['period']>;
type Wrapper = NonNullable<PlanDocument['wrapper']>;
type Mention = Task['mentions'][number];
type Header = NonNullable<AppendixTable['header']>;
type Column = Header['columns'][number];

const OBJECTS: ObjectSpec[] = [
  obj<Register>('', {
    $schema: 'optional',
    schemaVersion: 'required',
    generator: 'required',
    source: 'required',
    document: 'required',
    outline: 'required',
    tasks: 'required',
    units: 'required',
    targets: 'required',
    footnotes: 'required',
    appendices: 'required',
    diagnostics: 'required',
    unclassified: 'required',
    stats: 'required',
  }),
  obj<Register['generator']>('/properties/generator', { name: 'required', version: 'required' }),
  obj<Register['source']>('/properties/source', {
    path: 'required',
    sha256: 'required',
    format: 'required',
    encoding: 'required',
    lineEnding: 'required',
    bytes: 'required',
    lines: 'required',
  }),
  obj<Register['stats']>('/properties/stats', {
    lines: 'required',
    nonBlankLines: 'required',
    placedLines: 'required',
    placedShare: 'required',
    classifiedShare: 'required',
    tasks: 'required',
    bodyTasks: 'required',
    appendixTasks: 'required',
    tasksWithLead: 'required',
    tasksWithDeadline: 'required',
    units: 'required',
  }),
  obj<SourceRange>('/$defs/SourceRange', { line: 'required', column: 'required', endLine: 'required', endColumn: 'optional' }),
  obj<Diagnostic>('/$defs/Diagnostic', {
    rule: 'required',
    severity: 'required',
    message: 'required',
    line: 'required',
    column: 'required',
    endLine: 'optional',
    endColumn: 'optional',
  }),
  obj<Recurrence>('/$defs/Recurrence', { frequency: 'required', on: 'required|null', interval: 'optional' }),
  obj<DeadlineAnchor>('/$defs/DeadlineAnchor', { event: 'required', offset: 'required|null' }),
  obj<Offset>('/$defs/DeadlineAnchor/properties/offset/anyOf/0', { value: 'required', unit: 'required' }),
  obj<Deadline>('/$defs/Deadline', {
    raw: 'required',
    kind: 'required',
    start: 'required|null',
    due: 'required|null',
    recurrence: 'required|null',
    anchor: 'required|null',
    yearInferred: 'required',
    from: 'optional',
  }),
  obj<Unit>('/$defs/Unit', {
    id: 'required',
    name: 'required',
    kind: 'required',
    aliases: 'required',
    members: 'required',
    leadCount: 'required',
    supportCount: 'required',
  }),
  obj<OutlineNode>('/$defs/OutlineNode', {
    id: 'required',
    marker: 'required',
    markerType: 'required',
    kind: 'required',
    level: 'required',
    text: 'required',
    role: 'required|null',
    taskId: 'required|null',
    source: 'required',
    children: 'required',
  }),
  obj<Citation>('/$defs/Citation', {
    raw: 'required',
    verb: 'required',
    kind: 'required',
    number: 'required|null',
    date: 'required|null',
    issuer: 'required|null',
    line: 'required',
    endLine: 'optional',
  }),
  obj<PlanNumber>('/$defs/PlanNumber', { raw: 'required', serial: 'required|null', code: 'required|null', line: 'required' }),
  obj<PlanDate>('/$defs/PlanDate', {
    raw: 'required',
    place: 'required|null',
    year: 'required|null',
    month: 'required|null',
    day: 'required|null',
    iso: 'required|null',
    line: 'required',
  }),
  obj<Signer>('/$defs/Signer', { title: 'required|null', name: 'required|null', line: 'required', endLine: 'optional' }),
  obj<LineText>('/$defs/LineText', { text: 'required', line: 'required', endLine: 'optional' }),
  obj<FurnitureLine>('/$defs/FurnitureLine', { text: 'required', line: 'required', endLine: 'optional', kind: 'required' }),
  obj<PlanDocument>('/$defs/PlanDocument', {
    kind: 'required',
    issuer: 'required|null',
    number: 'required|null',
    date: 'required|null',
    title: 'required|null',
    period: 'required|null',
    year: 'required|null',
    legalBasis: 'required',
    preamble: 'required',
    signer: 'required|null',
    recipients: 'required',
    wrapper: 'required|null',
    furniture: 'required',
  }),
  obj<Period>('/$defs/PlanDocument/properties/period/anyOf/0', { start: 'required', end: 'required' }),
  obj<Wrapper>('/$defs/PlanDocument/properties/wrapper/anyOf/0', {
    number: 'required|null',
    date: 'required|null',
    title: 'required|null',
    articles: 'required',
  }),
  obj<AppendixRef>('/$defs/AppendixRef', { tt: 'required|null', product: 'required|null', note: 'required|null', extra: 'required' }),
  obj<Task>('/$defs/Task', {
    id: 'required',
    origin: 'required',
    sectionPath: 'required',
    sectionTitles: 'required',
    marker: 'required',
    text: 'required',
    lead: 'required',
    support: 'required',
    mentions: 'required',
    assignedBy: 'required',
    deadline: 'required|null',
    footnotes: 'required',
    appendix: 'required|null',
    source: 'required',
    progress: 'optional',
  }),
  obj<Progress>('/$defs/Progress', {
    unit: 'required',
    role: 'required|null',
    status: 'required|null',
    statusLabel: 'required|null',
    percent: 'required|null',
    results: 'required|null',
    notes: 'required|null',
    tracker: 'required',
    sheet: 'required|null',
    row: 'required',
    trackerDate: 'required|null',
    verified: 'required',
  }),
  obj<Mention>('/$defs/Task/properties/mentions/items', { raw: 'required', name: 'required', role: 'required', line: 'required' }),
  obj<Footnote>('/$defs/Footnote', { id: 'required', text: 'required', citedBy: 'required', source: 'required' }),
  obj<Target>('/$defs/Target', {
    value: 'required',
    unit: 'required',
    comparator: 'required',
    phrase: 'required',
    sentence: 'required',
    taskId: 'required|null',
    line: 'required',
  }),
  obj<AppendixTable>('/$defs/AppendixTable', {
    id: 'required',
    title: 'required|null',
    caption: 'required|null',
    line: 'required',
    source: 'required',
    header: 'required|null',
    repeatedHeaderLines: 'required',
    rows: 'required',
  }),
  obj<Header>('/$defs/AppendixTable/properties/header/anyOf/0', { line: 'required', columns: 'required' }),
  obj<Column>('/$defs/AppendixTable/properties/header/anyOf/0/properties/columns/items', { name: 'required', role: 'required' }),
];

interface EnumSpec {
  pointer: string;
  values: (string | null)[];
}
/** `values` must list every member of the union U (tsc rejects missing and extra members). */
const union = <U extends string>(pointer: string, values: Flags<U>, nullable = false): EnumSpec => ({
  pointer,
  values: [...Object.keys(values), ...(nullable ? [null] : [])],
});

const ENUMS: EnumSpec[] = [
  union<Register['source']['format']>('/properties/source/properties/format', { markdown: true, text: true, docx: true }),
  union<Register['source']['encoding']>('/properties/source/properties/encoding', {
    'utf-8': true,
    'utf-8-bom': true,
    'utf-16le': true,
    'utf-16be': true,
  }),
  union<Register['source']['lineEnding']>('/properties/source/properties/lineEnding', { lf: true, crlf: true, cr: true, mixed: true, none: true }),
  union<Severity>('/$defs/Diagnostic/properties/severity', { error: true, warning: true, info: true }),
  union<DeadlineKind>('/$defs/Deadline/properties/kind', {
    date: true,
    month: true,
    quarter: true,
    'half-year': true,
    year: true,
    range: true,
    recurring: true,
    continuous: true,
    relative: true,
    unspecified: true,
  }),
  union<NonNullable<Deadline['from']>>('/$defs/Deadline/properties/from', { column: true, line: true, text: true }),
  union<RecurrenceFrequency>('/$defs/Recurrence/properties/frequency', {
    daily: true,
    weekly: true,
    monthly: true,
    quarterly: true,
    semiannual: true,
    yearly: true,
    periodic: true,
  }),
  union<Offset['unit']>('/$defs/DeadlineAnchor/properties/offset/anyOf/0/properties/unit', { day: true, week: true, month: true, year: true }),
  union<UnitKind>('/$defs/Unit/properties/kind', { unit: true, collective: true }),
  union<AssignedBy>('/$defs/Task/properties/assignedBy', {
    'appendix-column': true,
    'labelled-field': true,
    'unit-heading': true,
    addressee: true,
    'sentence-pattern': true,
    none: true,
  }),
  union<Task['origin']>('/$defs/Task/properties/origin', { body: true, appendix: true }),
  union<Mention['role']>('/$defs/Task/properties/mentions/items/properties/role', { lead: true, support: true }),
  union<MarkerType>('/$defs/OutlineNode/properties/markerType', {
    part: true,
    roman: true,
    article: true,
    arabic: true,
    decimal: true,
    letter: true,
    bullet: true,
    none: true,
  }),
  union<OutlineKind>('/$defs/OutlineNode/properties/kind', {
    part: true,
    section: true,
    subsection: true,
    item: true,
    bullet: true,
    paragraph: true,
  }),
  union<SectionRole>(
    '/$defs/OutlineNode/properties/role',
    { objectives: true, content: true, funding: true, organisation: true, appendix: true, other: true },
    true,
  ),
  union<InstrumentKind>('/$defs/Citation/properties/kind', {
    Luật: true,
    'Nghị quyết': true,
    'Nghị định': true,
    'Quyết định': true,
    'Chỉ thị': true,
    'Kết luận': true,
    'Kế hoạch': true,
    'Thông tư': true,
    'Công văn': true,
    'Quy định': true,
    'Chương trình': true,
    'Hướng dẫn': true,
    'Thông báo': true,
    'Đề án': true,
    other: true,
  }),
  union<FurnitureLine['kind']>('/$defs/FurnitureLine/properties/kind', {
    motto: true,
    rule: true,
    'page-number': true,
    'page-marker': true, 'running-header': true,
    stamp: true,
    caption: true,
    other: true,
  }),
  union<PlanDocument['kind']>('/$defs/PlanDocument/properties/kind', { plan: true, decision: true, unknown: true }),
  union<Target['comparator']>('/$defs/Target/properties/comparator', { '>=': true, '<=': true, '=': true, '>': true, '<': true }),
  union<ProgressStatus>(
    '/$defs/Progress/properties/status',
    { 'not-started': true, 'in-progress': true, done: true, 'done-late': true, 'on-hold': true },
    true,
  ),
  union<NonNullable<Progress['role']>>('/$defs/Progress/properties/role', { lead: true, support: true }, true),
  union<AppendixColumnRole>('/$defs/AppendixTable/properties/header/anyOf/0/properties/columns/items/properties/role', {
    tt: true,
    content: true,
    lead: true,
    support: true,
    deadline: true,
    product: true,
    note: true,
    authority: true,
    other: true,
  }),
];

/** Walk a sample value alongside the schema; report keys with no schema property and the property pointers used. */
function cover(value: unknown): { unknownKeys: string[]; used: Set<string> } {
  const unknownKeys: string[] = [];
  const used = new Set<string>();
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const visit = (v: unknown, ptr: string, where: string): void => {
    let node = at(ptr);
    if (typeof node.$ref === 'string') {
      ptr = node.$ref.slice(1);
      node = at(ptr);
    }
    if (Array.isArray(node.anyOf)) {
      const i = (node.anyOf as SchemaNode[]).findIndex((b) => {
        const t = typeof b.$ref === 'string' ? at(b.$ref.slice(1)).type : b.type;
        return t === typeOf(v) || (Array.isArray(t) && t.includes(typeOf(v)));
      });
      if (i < 0) throw new Error(`${where}: no anyOf branch for ${typeOf(v)}`);
      return visit(v, `${ptr}/anyOf/${i}`, where);
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${ptr}/items`, `${where}/${i}`));
    } else if (v !== null && typeof v === 'object') {
      const props = (node.properties ?? {}) as SchemaNode;
      for (const [k, sub] of Object.entries(v)) {
        if (k in props) {
          used.add(`${ptr}/properties/${k}`);
          visit(sub, `${ptr}/properties/${k}`, `${where}/${k}`);
        } else if (typeof node.additionalProperties === 'object') {
          visit(sub, `${ptr}/additionalProperties`, `${where}/${k}`);
        } else {
          unknownKeys.push(`${where}/${k}`);
        }
      }
    }
  };
  visit(value, '', '');
  return { unknownKeys, used };
}

/** Every `…/properties/<key>` pointer in the schema. */
function schemaProperties(): string[] {
  const out: string[] = [];
  const walk = (node: Json, ptr: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${ptr}/${i}`));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const p of Object.keys(v)) out.push(`${ptr}/properties/${p}`);
      if (k !== 'enum' && k !== 'examples') walk(v, `${ptr}/${k}`);
    }
  };
  walk(schema, '');
  return out;
}

describe('types.ts ↔ schema drift', () => {
  it('every key of the typed samples appears in the schema', () => {
    expect(cover(full).unknownKeys).toEqual([]);
    expect(cover(minimal).unknownKeys).toEqual([]);
  });

  it('every schema property is exercised by the full typed sample', () => {
    const { used } = cover(full);
    expect(schemaProperties().filter((p) => !used.has(p))).toEqual([]);
  });

  it('every TS object has the same keys, required set and nullability as its schema', () => {
    const ajv = strictAjv();
    ajv.addSchema(schema);
    const acceptsNull = (ptr: string): boolean => {
      const v = ajv.getSchema(`${SCHEMA_ID}#${ptr}`);
      if (!v) throw new Error(`cannot compile ${ptr}`);
      return v(null) as boolean;
    };
    for (const { pointer, keys } of OBJECTS) {
      const node = at(pointer);
      expect(node.type, pointer).toBe('object');
      expect(node.additionalProperties, pointer).toBe(false);
      expect(Object.keys(node.properties as SchemaNode).sort(), pointer).toEqual(Object.keys(keys).sort());
      const required = Object.keys(keys).filter((k) => keys[k].startsWith('required'));
      expect([...(node.required as string[])].sort(), `${pointer} required`).toEqual(required.sort());
      for (const [k, decl] of Object.entries(keys)) {
        expect(acceptsNull(`${pointer}/properties/${k}`), `${pointer}/${k} nullable`).toBe(decl.endsWith('|null'));
      }
    }
  });

  it('covers every object schema with a TS type', () => {
    const objects: string[] = [];
    const walk = (node: Json, ptr: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${ptr}/${i}`));
      if (node.type === 'object' && node.properties) objects.push(ptr);
      for (const [k, v] of Object.entries(node)) walk(v, `${ptr}/${k}`);
    };
    walk(schema, '');
    expect(objects.sort()).toEqual(OBJECTS.map((o) => o.pointer).sort());
  });

  it('every enum equals its TS union', () => {
    for (const { pointer, values } of ENUMS) {
      expect(at(pointer).enum, pointer).toEqual(values);
    }
    const enums: string[] = [];
    const walk = (node: Json, ptr: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${ptr}/${i}`));
      if (Array.isArray(node.enum)) enums.push(ptr);
      for (const [k, v] of Object.entries(node)) if (k !== 'enum') walk(v, `${ptr}/${k}`);
    };
    walk(schema, '');
    expect(enums.sort()).toEqual(ENUMS.map((e) => e.pointer).sort());
  });

  it('the schema version pattern accepts SCHEMA_VERSION and SCHEMA_VERSION_PROGRESS', () => {
    expect(new RegExp(at('/properties/schemaVersion').pattern as string, 'u').test(SCHEMA_VERSION)).toBe(true);
    expect(new RegExp(at('/properties/schemaVersion').pattern as string, 'u').test(SCHEMA_VERSION_PROGRESS)).toBe(true);
    expect(SCHEMA_VERSION_PROGRESS).toBe('1.1.0');
  });
});
