// Registers with collected progress → a progress report (Markdown, self-contained HTML, or
// Excel). `buildReport` computes the figures (model.ts); the renderers lay them out.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../export/labels.js';
import { InputError, exists, tempPathFor, writeError, writeFileAtomic } from '../util/fs.js';
import type { ReportData } from './model.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';

export { buildReport, CATEGORIES, DUE_SOON_DAYS, type Category, type ReportData, type RegisterInput } from './model.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';

export type ReportFormat = 'md' | 'html' | 'xlsx';

/** The format a file name asks for (`.md`, `.markdown`, `.html`, `.htm`, `.xlsx`), or null. */
export function formatFromFile(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.xlsx') return 'xlsx';
  return null;
}

/** Today in the local time zone (the office's day). */
export function today(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Write the report to `file` (atomically; never over an existing file without `force`). */
export async function writeReport(file: string, data: ReportData, format: ReportFormat, lang: Lang, force: boolean): Promise<void> {
  const st = await fsp.stat(file).catch(() => null);
  if (st && !st.isFile()) throw new InputError(file, 'exists and is not a file');
  if (format === 'md') return writeFileAtomic(file, renderMarkdown(data, lang), { force });
  if (format === 'html') return writeFileAtomic(file, renderHtml(data, lang), { force });
  if (!force && (await exists(file))) throw new InputError(file, 'already exists (use --force to overwrite)');
  await fsp.mkdir(path.dirname(file), { recursive: true }).catch((err: unknown) => {
    throw writeError(file, err);
  });
  const tmp = tempPathFor(file);
  try {
    const { writeReportXlsx } = await import('./xlsx.js');
    await writeReportXlsx(tmp, data, lang);
    const { setZipTimestamps } = await import('../export/zip.js');
    await setZipTimestamps(tmp, new Date(`${data.asOf}T00:00:00Z`));
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw writeError(file, err);
  }
}
