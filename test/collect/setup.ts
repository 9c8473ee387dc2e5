// Trackers exported from the plan-001 register, made once per test file with the library
// (the CLI path is covered by e2e.test.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Register } from '../../src/register/types.js';
import { exportRegister, type ExportOptions } from '../../src/export/index.js';
import { main } from '../../src/cli/main.js';
import { tmp } from './fill.js';

export const FIXTURE_001 = fileURLToPath(new URL('../export/fixtures/001.register.json', import.meta.url));
export const VHXH = 'Phòng Văn hóa - Xã hội';
export const VP = 'Văn phòng HĐND và UBND';
export const TT = 'Trung tâm Phục vụ hành chính công';

export interface Sample {
  dir: string;
  /** The register file the trackers were exported from. */
  regFile: string;
  register: Register;
  sha256: string;
  /** Folder of the exported trackers (tong-hop.* and one file per unit). */
  trackers: string;
}

export async function exportSample(opts: { lang?: 'vi' | 'en'; regFile?: string; prefix?: string } = {}): Promise<Sample> {
  const dir = tmp(opts.prefix ?? 'pe-collect-');
  const regFile = path.join(dir, 'KH-001.register.json');
  copyFileSync(opts.regFile ?? FIXTURE_001, regFile);
  const raw = readFileSync(regFile);
  const register = JSON.parse(raw.toString('utf8')) as Register;
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const trackers = path.join(dir, 'trackers');
  const options: ExportOptions = {
    to: 'both',
    outDir: trackers,
    byUnit: true,
    role: 'all',
    expandCollectives: false,
    asOf: '2026-01-05',
    lang: opts.lang ?? 'vi',
    force: false,
    delimiter: ',',
  };
  await exportRegister(register, sha256, options);
  return { dir, regFile, register, sha256, trackers };
}

/** Write a register JSON the way extract does. */
export function writeRegister(file: string, reg: Register): void {
  writeFileSync(file, `${JSON.stringify(reg, null, 2)}\n`);
}

/** Capture stderr/stdout of in-process CLI runs. */
export function captureOutput(): { stderr: () => string; stdout: () => string } {
  let err: string[] = [];
  let out: string[] = [];
  beforeEach(() => {
    err = [];
    out = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      err.push(String(s));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      out.push(String(s));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return { stderr: () => err.join(''), stdout: () => out.join('') };
}

export const run = (...args: string[]): Promise<number> => main(['node', 'plan-extract', ...args]);

/** Every file under `dir` (relative paths, sorted), temporary files included. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), path.join(rel, e.name));
      else out.push(path.join(rel, e.name));
    }
  };
  walk(dir, '');
  return out.sort();
}
