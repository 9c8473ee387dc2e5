// plan-extract.config.yaml: canonical units, aliases, members of collectives, and validate rule
// severities. Read with `yaml` (so errors can name a line), validated against
// schemas/plan-extract.config.schema.json with ajv (imported lazily: it is slow to load).

import { promises as fsp, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Document } from 'yaml';
import type { UnitKind } from '../register/types.js';

export interface UnitsConfig {
  units: { name: string; aliases?: string[]; members?: string[]; kind?: UnitKind }[];
  rules?: Record<string, unknown>;
}

/** A config file that cannot be used. The message names the file and line: `plan-extract.config.yaml:7: units[2].name must be a string`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    public readonly file: string,
    public readonly line: number | null,
    public readonly problems: string[],
  ) {
    super(problems.join('\n'));
  }
}

export const CONFIG_FILE_NAMES = ['plan-extract.config.yaml', 'plan-extract.config.yml'];

const SCHEMA_URL = new URL('../../schemas/plan-extract.config.schema.json', import.meta.url);

type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

let validatorPromise: Promise<Validate> | null = null;

async function validator(): Promise<Validate> {
  validatorPromise ??= (async () => {
    const [{ Ajv2020 }, schemaText] = await Promise.all([import('ajv/dist/2020.js'), fsp.readFile(SCHEMA_URL, 'utf8')]);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    return ajv.compile(JSON.parse(schemaText)) as unknown as Validate;
  })();
  return validatorPromise;
}

let yamlLib: typeof import('yaml') | undefined;

type PathSeg = string | number;

function pathToSegments(instancePath: string): PathSeg[] {
  if (!instancePath) return [];
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `units[2].name`, `rules["task/no-lead"]`. */
function pathLabel(segs: PathSeg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || 'the config';
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  null: 'empty',
};

function describe(e: AjvError, label: string): string {
  switch (e.keyword) {
    case 'type': {
      const t = String(e.params.type).split(',');
      return `${label} must be ${t.map((x) => ARTICLE[x] ?? x).join(' or ')}`;
    }
    case 'required':
      return `${label} must have a "${String(e.params.missingProperty)}"`;
    case 'additionalProperties':
      return `${label} has an unknown property "${String(e.params.additionalProperty)}"`;
    case 'enum':
      return `${label} must be one of: ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'minLength':
      return `${label} must not be empty`;
    case 'propertyNames':
      return `${label} has an invalid rule id "${String(e.params.propertyName)}" (lower-case words joined by "-", grouped with "/")`;
    default:
      return `${label} ${e.message ?? 'is invalid'}`;
  }
}

/** Offset of the YAML node at `segs` (or of its closest existing parent). `keyOf` points at a map key instead. */
function offsetOf(doc: Document, segs: PathSeg[], keyOf?: string): number | null {
  const { isMap, isPair, isScalar } = yamlLib!;
  for (let n = segs.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segs.slice(0, n), true);
    if (!node || typeof node !== 'object' || !('range' in node)) continue;
    if (n === segs.length && keyOf !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === keyOf);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return null;
}

/**
 * Read and validate a config file. Throws `ConfigError` with messages such as
 * `plan-extract.config.yaml:7: units[2].name must be a string` (one line per problem).
 */
export async function loadConfig(file: string): Promise<UnitsConfig> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, null, [`${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`]);
  }
  // yaml is imported here, when a config is read, not when the CLI starts (most runs have no config).
  yamlLib ??= await import('yaml');
  const { LineCounter, parseDocument } = yamlLib;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
      return `${file}:${line}: ${e.message.split('\n')[0]}`;
    });
    throw new ConfigError(file, doc.errors[0]!.linePos?.[0]?.line ?? null, problems);
  }
  const data: unknown = doc.toJS() ?? {};
  const validate = await validator();
  const lineAt = (offset: number | null) => (offset === null ? 1 : Math.max(1, lineCounter.linePos(offset).line));
  if (!validate(data)) {
    const seen = new Set<string>();
    const problems: { line: number; text: string }[] = [];
    for (const e of validate.errors ?? []) {
      const segs = pathToSegments(e.instancePath);
      let keyOf: string | undefined;
      if (e.keyword === 'additionalProperties') keyOf = String(e.params.additionalProperty);
      if (e.keyword === 'propertyNames') keyOf = String(e.params.propertyName);
      if (e.schemaPath.includes('/propertyNames/')) continue; // reported by the propertyNames error itself
      const line = lineAt(offsetOf(doc, segs, keyOf));
      const msg = `${file}:${line}: ${describe(e, pathLabel(segs))}`;
      if (!seen.has(msg)) {
        seen.add(msg);
        problems.push({ line, text: msg });
      }
    }
    problems.sort((a, b) => a.line - b.line);
    throw new ConfigError(file, problems[0]?.line ?? null, problems.map((p) => p.text));
  }
  const cfg = data as Partial<UnitsConfig>;
  const config: UnitsConfig = { units: cfg.units ?? [], ...(cfg.rules ? { rules: cfg.rules } : {}) };
  checkAliases(file, doc, config, lineAt);
  return config;
}

/** One spelling may not name two different units. */
function checkAliases(file: string, doc: Document, config: UnitsConfig, lineAt: (offset: number | null) => number): void {
  const owner = new Map<string, { unit: number; label: string }>();
  const problems: { line: number; text: string }[] = [];
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  config.units.forEach((u, i) => {
    const spellings: [string, PathSeg[]][] = [[u.name, ['units', i, 'name']], ...(u.aliases ?? []).map((a, k): [string, PathSeg[]] => [a, ['units', i, 'aliases', k]])];
    for (const [spelling, segs] of spellings) {
      const k = norm(spelling);
      const prev = owner.get(k);
      if (prev && prev.unit !== i) {
        const line = lineAt(offsetOf(doc, segs));
        problems.push({ line, text: `${file}:${line}: ${pathLabel(segs)} "${spelling}" already names ${prev.label}` });
      } else if (!prev) owner.set(k, { unit: i, label: `units[${i}] ("${u.name}")` });
    }
  });
  if (problems.length) throw new ConfigError(file, problems[0]!.line, problems.map((p) => p.text));
}

/** Walk up from `startDir` (the input file's folder) looking for plan-extract.config.yaml (or .yml). */
export async function findConfig(startDir: string): Promise<string | null> {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
