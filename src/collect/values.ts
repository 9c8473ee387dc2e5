// Cell values of a filled tracker → progress values. Pure: no I/O.
import type { ProgressStatus } from '../register/types.js';
import { labels, statusValues, type Labels } from '../export/labels.js';

/** One cell as the readers hand it over: its text, and its number when the cell holds one. */
export interface Cell {
  text: string;
  /** The numeric value of a number cell (a percent-formatted cell already ×100), else null. */
  num: number | null;
}

export const EMPTY: Cell = { text: '', num: null };

/** Key for comparing labels: NFC, white space collapsed, lower case (Vietnamese rules). */
export function labelKey(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim().toLocaleLowerCase('vi');
}

/**
 * Cell text as the user meant it: NFC, trimmed, CRLF → LF, and the apostrophe the CSV export
 * puts in front of cells starting with = + - @ (formula-injection guard) removed.
 */
export function cellString(s: string): string {
  const t = s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/^[\s\ufeff]+|\s+$/g, '');
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}

const STATUS_KEYS: [keyof Labels['status'], ProgressStatus][] = [
  ['notStarted', 'not-started'],
  ['inProgress', 'in-progress'],
  ['done', 'done'],
  ['doneLate', 'done-late'],
  ['onHold', 'on-hold'],
];

let statusMap: Map<string, ProgressStatus> | undefined;

/** Drop-down value (vi or en, any case, NFC or NFD) → status; undefined when it is not one of them. */
export function parseStatus(text: string): ProgressStatus | undefined {
  if (!statusMap) {
    statusMap = new Map();
    for (const lang of ['vi', 'en'] as const) {
      const l = labels(lang);
      for (const [k, v] of STATUS_KEYS) statusMap.set(labelKey(l.status[k]), v);
    }
  }
  return statusMap.get(labelKey(text));
}

/** The drop-down values of the Vietnamese tracker (for messages). */
export function allowedStatuses(): string {
  return statusValues(labels('vi'))
    .map((v) => `"${v}"`)
    .join(', ');
}

export type PercentResult = { ok: true; value: number | null } | { ok: false; message: string };

/** `60`, `60%`, `60,5`, `0.6` in a percent-formatted cell → a number in 0–100; blank → null. */
export function parsePercent(cell: Cell): PercentResult {
  let value: number;
  if (cell.num !== null) {
    value = cell.num;
  } else {
    const t = cellString(cell.text);
    if (t === '') return { ok: true, value: null };
    const m = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/.exec(t.replace(/\s+/g, ' '));
    if (!m) return { ok: false, message: `progress "${t}" is not a number (write 0–100)` };
    value = Number(m[1]!.replace(',', '.'));
  }
  if (!Number.isFinite(value)) return { ok: false, message: `progress "${cell.text}" is not a number (write 0–100)` };
  value = Math.round(value * 1e6) / 1e6;
  if (value < 0 || value > 100) return { ok: false, message: `progress ${value} is outside 0–100` };
  return { ok: true, value };
}

/** Cell text, or null when blank. */
export function textOrNull(cell: Cell): string | null {
  const t = cellString(cell.text);
  return t === '' ? null : t;
}
