// JSON: an array of `{ file, diagnostics }`, one entry per input file (files without problems too).
import type { Formatter } from '../types.js';

export const json: Formatter = (results) => `${JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2)}\n`;

export default json;
