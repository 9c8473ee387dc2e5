// bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 with BOM; CRLF, CR or LF.
// Refuses, with one clear message, what is not a text plan: empty, binary, undecodable bytes,
// and the container formats people most often pass by mistake (PDF, old .doc, zip).
import type { Register } from '../register/types.js';

export type Encoding = Register['source']['encoding'];
export type LineEnding = Register['source']['lineEnding'];

export interface DecodedText {
  /** NFC text with LF line endings and no BOM; a legacy "Ð"/"ð" (U+00D0/U+00F0) read as "Đ"/"đ". */
  text: string;
  encoding: Encoding;
  lineEnding: LineEnding;
  bytes: number;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file; convert it to text or .docx first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old binary Word/Office file (.doc); save it as .docx or text' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip container (.docx/.xlsx/.zip), not a text file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a text file' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a text file' },
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

export function decodeBytes(buf: Uint8Array): DecodedText {
  if (buf.length === 0) throw new DecodeError('empty file');
  let encoding: Encoding;
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = decodeUtf8(buf.subarray(3));
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeStrict('utf-16le', buf.subarray(2));
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeStrict('utf-16be', buf.subarray(2));
  } else {
    for (const m of MAGIC) if (startsWith(buf, m.bytes)) throw new DecodeError(`this is ${m.what}`);
    encoding = 'utf-8';
    text = decodeUtf8(buf);
  }
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65536))) {
    throw new DecodeError('binary file (control characters found); expected a UTF-8 or UTF-16 text plan');
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEnding: LineEnding = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'crlf' : cr ? 'cr' : 'lf';
  text = foldEth(text.replace(/\r\n?/g, '\n').normalize('NFC'));
  if (text.trim() === '') throw new DecodeError('empty file (only white space)');
  return { text, encoding, lineEnding, bytes: buf.length };
}

const ETH = /[\u00d0\u00f0]/g;

/**
 * Vietnamese has no Eth: a "Ð" (U+00D0, Latin capital Eth) or "ð" (U+00F0) is what legacy VNI/TCVN3
 * converters and some fonts leave for "Đ"/"đ" (U+0110/U+0111): "Ðơn vị chủ trì", "HÐND". Read as "Đ"/"đ",
 * one character for one, so lines and columns stay those of the file (validate's text/suspicious-char
 * reports the letter where it is written).
 */
export function foldEth(text: string): string {
  if (text.indexOf('\u00d0') < 0 && text.indexOf('\u00f0') < 0) return text;
  return text.replace(ETH, (c) => (c === '\u00d0' ? '\u0110' : '\u0111'));
}

function decodeUtf8(buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8 or UTF-16 with BOM`);
  }
}

function decodeStrict(enc: 'utf-16le' | 'utf-16be', buf: Uint8Array): string {
  try {
    return new TextDecoder(enc, { fatal: true }).decode(buf);
  } catch {
    throw new DecodeError(`not valid ${enc.toUpperCase()} text`);
  }
}

function firstInvalidUtf8(buf: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // Binary search for the shortest invalid prefix (good enough for an error message).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
