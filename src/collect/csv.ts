// CSV trackers → Grid. A small RFC 4180 reader (csv-parse is only a dev dependency):
// quoted fields with "" escapes and line breaks, CRLF/LF/CR records. The delimiter is
// whichever of , ; TAB makes the header recognisable (Excel in a Vietnamese locale saves
// with ";"). Text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and
// — when the bytes are not UTF-8 — Windows-1258 (Excel's "CSV" on Vietnamese Windows).
import { findHeader, type Grid, type GridRow } from './table.js';

/** Bytes → text, and the encoding used. */
export function decodeCsv(buf: Uint8Array): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(buf), encoding: 'windows-1258' };
  }
}

/** Split CSV text into records of fields. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const n = text.length;
  const endField = (): void => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (field !== '' || record.length > 0 || fieldStarted) endRecord();
  return records;
}

function toGrid(records: string[][]): Grid {
  const rows: GridRow[] = records.map((r, i) => ({ n: i + 1, cells: r.map((text) => ({ text, num: null })) }));
  return { sheet: null, rows };
}

/** Parse with the first delimiter (, ; TAB) under which the header is found; else with ",". */
export function csvGrid(text: string): { grid: Grid; delimiter: string } {
  const body = text.replace(/^\ufeff/, '');
  for (const d of [',', ';', '\t']) {
    // Only the first lines are needed to recognise the header.
    const head = toGrid(parseCsv(body.slice(0, 64 * 1024), d).slice(0, 60));
    if (findHeader(head).header) return { grid: toGrid(parseCsv(body, d)), delimiter: d };
  }
  return { grid: toGrid(parseCsv(body, ',')), delimiter: ',' };
}
