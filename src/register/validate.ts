// Validate a register against schemas/plan-register.schema.json (JSON Schema 2020-12).
// ajv is imported and the schema compiled lazily, once per process: both cost start-up
// time that most commands never need.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** One schema violation. `path` is the ajv instancePath (JSON pointer), e.g. `/tasks/3/deadline/due`; '' for the root. */
export interface SchemaError {
  path: string;
  message: string;
}

// Runs from src/register/ (vitest) and from dist/register/ (after tsc): the repo root is two levels up.
const SCHEMA_URL = new URL('../../schemas/plan-register.schema.json', import.meta.url);

/** Absolute path of schemas/plan-register.schema.json. */
export function schemaPath(): string {
  return fileURLToPath(SCHEMA_URL);
}

let schemaPromise: Promise<object> | undefined;
let validatorPromise: Promise<ValidateFunction> | undefined;

/** The parsed register schema (read once; callers get a fresh deep copy they may mutate). */
export async function registerSchema(): Promise<object> {
  return structuredClone(await loadSchema());
}

function loadSchema(): Promise<object> {
  if (!schemaPromise) {
    const p = Promise.resolve().then(() => JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
    // A failed read must not poison the cache: the next call retries.
    p.catch(() => {
      if (schemaPromise === p) schemaPromise = undefined;
    });
    schemaPromise = p;
  }
  return schemaPromise;
}

/** ajv and ajv-formats are CommonJS; depending on the loader the class/plugin is at `.default` or `.default.default`. */
function interop<T>(mod: unknown): T {
  let m = mod as { default?: unknown };
  while (m && typeof m !== 'function' && m.default !== undefined) m = m.default as { default?: unknown };
  return m as T;
}

/**
 * The validator precompiled by `npm run build` (scripts/build-cli.mjs, ajv standalone: the same code
 * ajv would generate here), when it was built from the current schema; else null. Saves ~0.3 s of
 * schema compilation per process.
 */
async function precompiled(): Promise<ValidateFunction | null> {
  let mod: { validate: ValidateFunction; schemaSha256: string };
  try {
    mod = (await import(/* @vite-ignore */ new URL('./register-validator.js', import.meta.url).href)) as typeof mod;
  } catch {
    return null; // not built (running from the sources)
  }
  const text = readFileSync(SCHEMA_URL, 'utf8'); // 20 KB, once per process (fs.promises costs ~1 ms to load)
  return createHash('sha256').update(text).digest('hex') === mod.schemaSha256 ? mod.validate : null;
}

async function compile(): Promise<ValidateFunction> {
  const pre = await precompiled().catch(() => null);
  if (pre) return pre;
  const [ajvModule, formatsModule, schema] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv-formats'),
    loadSchema(),
  ]);
  const Ajv2020 = interop<typeof import('ajv/dist/2020.js').Ajv2020>(ajvModule);
  const addFormats = interop<typeof import('ajv-formats').default>(formatsModule);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // `$schema` (an editor hint) is a uri-reference: ajv-formats' fast pattern, not its full RFC 3986
  // one, which V8 takes ~3 ms to compile in every process. Same in scripts/build-cli.mjs.
  ajv.addFormat('uri-reference', addFormats.get('uri-reference', 'fast'));
  return ajv.compile(schema);
}

function validator(): Promise<ValidateFunction> {
  if (!validatorPromise) {
    const p = compile();
    p.catch(() => {
      if (validatorPromise === p) validatorPromise = undefined;
    });
    validatorPromise = p;
  }
  return validatorPromise;
}

/** Validate a parsed register. Errors are in ajv order; `valid` is true iff there are none. */
export async function validateRegister(reg: unknown): Promise<{ valid: boolean; errors: SchemaError[] }> {
  const validate = await validator();
  if (validate(reg)) return { valid: true, errors: [] };
  return { valid: false, errors: relevant(validate.errors ?? []).map(toSchemaError) };
}

/**
 * Every `anyOf` in the schema is a nullable union (`T | null`). When the value is not null, ajv also
 * reports "must be null" and "must match a schema in anyOf" at the property itself; drop those so each
 * error points at the value that is actually wrong (`/document/date/month`, not `/document/date`).
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const nullBranch = /\/anyOf\/\d+\/type$/;
  const kept = errors.filter((e) => !(e.keyword === 'type' && e.params.type === 'null' && nullBranch.test(e.schemaPath)));
  const within = (p: string, base: string): boolean => p === base || p.startsWith(`${base}/`);
  return kept.filter(
    (e) => e.keyword !== 'anyOf' || !kept.some((o) => o !== e && o.keyword !== 'anyOf' && within(o.instancePath, e.instancePath)),
  );
}

function toSchemaError(e: ErrorObject): SchemaError {
  let message = e.message ?? `failed ${e.keyword}`;
  if (e.keyword === 'additionalProperties') message += `: '${String(e.params.additionalProperty)}'`;
  else if (e.keyword === 'enum') message += `: ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return { path: e.instancePath, message };
}
