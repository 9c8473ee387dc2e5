import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import type { Workbook } from 'exceljs';
import type { Register, Task } from '../../src/register/types.js';
import type { ExportOptions } from '../../src/export/index.js';

export const FIXTURE_001 = fileURLToPath(new URL('./fixtures/001.register.json', import.meta.url));

/** A fresh copy of the plan-001 register (tests may mutate it). */
export function register001(): Register {
  return JSON.parse(readFileSync(FIXTURE_001, 'utf8')) as Register;
}

export const VHXH = 'Phòng Văn hóa - Xã hội';
export const VHXH_LEADS = ['III.1-1', 'III.1-2', 'III.1-3', 'III.1-4', 'III.1-5', 'III.1-6', 'DM.2', 'DM.3', 'DM.11', 'DM.12', 'DM.13', 'DM.16', 'DM.18'];

export function tmp(prefix = 'pe-export-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function options(outDir: string, over: Partial<ExportOptions> = {}): ExportOptions {
  return {
    to: 'xlsx',
    outDir,
    byUnit: false,
    role: 'all',
    expandCollectives: false,
    asOf: '2026-05-15',
    lang: 'vi',
    force: false,
    delimiter: ',',
    ...over,
  };
}

export async function readWorkbook(file: string): Promise<Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Entries of a zip file (enough of the format for what exceljs/archiver write). */
export function unzip(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, '');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + csize);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The XML of the worksheet called `sheetName` inside an xlsx. */
export function sheetXml(file: string, sheetName: string): string {
  const zip = unzip(file);
  const wbXml = zip.get('xl/workbook.xml')!.toString('utf8');
  const rels = zip.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const esc = sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const m = new RegExp(`<sheet [^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`).exec(wbXml);
  if (!m) throw new Error(`no sheet ${sheetName}`);
  const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  return zip.get(`xl/${target![1]}`)!.toString('utf8');
}

/** A task in the shape the parser produces, for hand-made registers. */
export function task(id: string, text: string, lead: string[], support: string[] = [], due: string | null = null, line = 10): Task {
  return {
    id,
    origin: 'appendix',
    sectionPath: ['DM'],
    sectionTitles: ['DANH MỤC'],
    marker: id,
    text,
    lead,
    support,
    mentions: [],
    assignedBy: 'appendix-column',
    deadline: due ? { raw: `Trước ngày ${due}`, kind: 'date', start: null, due, recurrence: null, anchor: null, yearInferred: false } : null,
    footnotes: [],
    appendix: null,
    source: { line, column: 1, endLine: line },
  };
}

/** The plan-001 register with its tasks replaced by `tasks` (units rebuilt from them). */
export function registerWith(tasks: Task[]): Register {
  const reg = register001();
  reg.tasks = tasks;
  const names = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.support]))];
  reg.units = names.map((name, i) => ({
    id: `u${i}`,
    name,
    kind: 'unit',
    aliases: [],
    members: [],
    leadCount: tasks.filter((t) => t.lead.includes(name)).length,
    supportCount: tasks.filter((t) => t.support.includes(name)).length,
  }));
  return reg;
}
