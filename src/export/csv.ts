// CSV trackers: UTF-8 with BOM, RFC 4180 (CRLF records; fields quoted when they hold
// the delimiter, a quote, CR or LF), ISO dates. Deterministic: same rows, same bytes.
import { promises as fsp } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { TrackerRow } from './rows.js';
import { labels, type Lang } from './labels.js';

/** Characters that make spreadsheet programs read a cell as a formula (or DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise formula injection: a cell starting with = + - @ TAB or CR gets a leading
 * apostrophe, which Excel and LibreOffice show as text and never evaluate. Plan bullets
 * ("- Văn phòng") are prefixed too: harmless, and safer than guessing.
 */
export function csvSafe(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Validate a --delimiter value: one character, not a quote, CR or LF. `\t` and `tab` mean TAB. */
export function parseDelimiter(d: string): string {
  const v = d === '\\t' || d.toLowerCase() === 'tab' ? '\t' : d;
  if ([...v].length !== 1 || v === '"' || v === '\r' || v === '\n') {
    throw new Error(`invalid delimiter ${JSON.stringify(d)}: use one character other than a quote or a line break`);
  }
  return v;
}

export function csvHeader(lang: Lang, combined: boolean): string[] {
  const c = labels(lang).columns;
  const cols = [c.stt, c.taskId, c.text, c.role, c.lead, c.support, c.deadlineRaw, c.due, c.status, c.progress, c.result, c.note, c.source];
  return combined ? [labels(lang).unitColumn, ...cols] : cols;
}

function record(row: TrackerRow, lang: Lang): string[] {
  const l = labels(lang);
  return [
    String(row.stt),
    csvSafe(row.taskId),
    csvSafe(row.text),
    row.role === 'lead' ? l.role.lead : l.role.support,
    csvSafe(row.lead.join('; ')),
    csvSafe(row.support.join('; ')),
    csvSafe(row.deadlineRaw),
    row.due ?? '',
    '',
    '',
    '',
    '',
    csvSafe(row.source),
  ];
}

interface CsvOptions {
  lang: Lang;
  delimiter: string;
  /** The combined file (`tong-hop.csv`): a first "Đơn vị" column, and STT counts across the whole file. */
  combined: boolean;
}

/** The CSV document in chunks of at most `chunkRows` records (the first chunk has the BOM and the header). */
export function* csvChunks(rows: Iterable<TrackerRow>, opts: CsvOptions, chunkRows = 2000): Generator<string> {
  const fmt = (records: string[][], bom: boolean): string =>
    stringify(records, { bom, delimiter: opts.delimiter, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  let records: string[][] = [csvHeader(opts.lang, opts.combined)];
  let first = true;
  let n = 0;
  for (const row of rows) {
    n++;
    const r = record(row, opts.lang);
    records.push(opts.combined ? [csvSafe(row.unit), String(n), ...r.slice(1)] : r);
    if (records.length >= chunkRows) {
      yield fmt(records, first);
      first = false;
      records = [];
    }
  }
  if (first || records.length > 0) yield fmt(records, first);
}

/** One CSV document as a string. */
export function csvText(rows: Iterable<TrackerRow>, opts: CsvOptions): string {
  return [...csvChunks(rows, opts)].join('');
}

/** Write a CSV document to `file` chunk by chunk (memory does not grow with the row count). */
export async function writeCsv(file: string, rows: Iterable<TrackerRow>, opts: CsvOptions): Promise<void> {
  const fh = await fsp.open(file, 'w');
  try {
    for (const chunk of csvChunks(rows, opts)) await fh.write(chunk, null, 'utf8');
  } finally {
    await fh.close();
  }
}
