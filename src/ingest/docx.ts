// .docx → Markdown text for the one plan parser.
//
// A Word plan goes through the same pipeline as a text plan: mammoth (docx → HTML) → rehype-parse
// (→ hast) → rehype-remark (→ mdast) → remark-stringify (→ Markdown) → buildRegister, which parses
// that Markdown with remark-parse like any .md plan. Every line number in the register refers to this
// generated Markdown (see `docxToText`). Nothing here recognises plan structure; the converter only
// puts back what Word keeps outside the text, so that the Markdown reads like the text version:
//
//  - automatic numbering: Word stores "I.", "1.", "a)", "-" as list numbering, not as text, and mammoth
//    keeps only "ordered or not". Before mammoth runs, word/document.xml is rewritten: each numbered
//    paragraph gets its marker as literal text, computed from word/numbering.xml (numFmt, lvlText,
//    start, overrides, restarts) and styles.xml (numbering inherited from a paragraph style), and its
//    numbering is switched off, so mammoth writes a plain paragraph "a) …" instead of a list;
//  - page and column breaks inside a paragraph become a space (mammoth drops them, gluing two words);
//  - layout tables (the two-column header: issuer | motto, number | place and date; the signature
//    block) are flattened to one paragraph per cell line, in reading order;
//  - task tables (a header the table grammar recognises) stay HTML tables, one <tr> per line, with
//    their rowspan/colspan (the parser expands a lead cell merged over several rows to each row); a
//    header spread over two rows (merged "Đơn vị thực hiện" over "Chủ trì | Phối hợp") becomes one row;
//  - footnotes and endnotes become `<sup>N</sup>` references and, after a `---` rule at the end,
//    `<sup>N</sup> text` lines — the footnote syntax the parser already reads;
//  - tracked changes: the text is read with all changes accepted (mammoth keeps insertions, drops
//    deletions and deleted paragraph marks), and a `docx/tracked-changes` warning says so; comments
//    and images are left out with `docx/comment-ignored` / `docx/image-ignored` notes.
//
// Failures are DocxError with one line a clerk can act on (corrupt zip, password-protected file, old
// binary .doc, not a Word document); the reader turns them into an InputError (exit code 2).
//
// This module is loaded with a dynamic import only for .docx input, so that mammoth and the rehype stack
// do not slow down the start-up of text extraction.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { unified } from 'unified';
import type { Diagnostic } from '../register/types.js';
import { columnRole, headerColumns, headerTakesYears, periodOfName } from '../parse/table.js';
import { isMotto, isPlanTitle, isRecipientsHead, isSignerTitle } from '../parse/grammar.js';
import { mostlyUpper } from '../parse/fast-text.js';
import { toRoman } from '../util/text.js';
import { foldEth } from './decode.js';

export class DocxError extends Error {
  override name = 'DocxError';
}

export interface DocxText {
  /** Markdown (NFC, LF): the source of the register; its line numbers are the register's. */
  text: string;
  /** Conversion notes: tracked changes, comments and images left out, converter warnings. */
  diagnostics: Diagnostic[];
}

/** Convert the bytes of a .docx file to the Markdown text the plan parser reads. */
export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  sniff(buf);
  const zip = readZip(buf);
  const mainPart = findMainPart(buf, zip);
  const notes = new Notes();
  const docXml = xmlOf(buf, zip, mainPart)!;
  const parts = relatedParts(buf, zip, mainPart);
  const numbering = new NumberingModel(parseOptional(buf, zip, parts.numbering), parseOptional(buf, zip, parts.styles));
  const comments = readComments(parseOptional(buf, zip, parts.comments));
  const rewritten = rewriteDocument(docXml, parseXml(docXml, mainPart), numbering, comments, notes);
  const patched = writeZip(buf, zip, new Map([[mainPart, Buffer.from(rewritten, 'utf8')]]));

  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: patched },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
        styleMap: ["p[style-name='Title'] => p:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='List Paragraph'] => p:fresh"],
      },
    );
    html = result.value;
    messages = result.messages;
  } catch (err) {
    throw new DocxError(`cannot read the Word document (${firstLine(err)}); open it in Word and save it again as .docx`);
  }
  for (const m of messages) {
    if (/^Unrecognised (paragraph|run|table|numbering) style/i.test(m.message)) continue; // the text is kept
    if (/unrecognised element was ignored: (w:object|v:|o:|office-word:|w14:|w15:|mc:)/i.test(m.message)) continue;
    notes.once('docx/conversion', 'info', `Word converter: ${m.message}`);
  }

  const markdown = await htmlToMarkdown(html);
  const nfc = markdown.normalize('NFC');
  const text = notes.resolve(foldEth(nfc));
  // (validate reads a Word file's converted text, so the legacy letter is reported here)
  if (/[\u00d0\u00f0]/.test(nfc)) notes.once('docx/conversion', 'info', 'the document writes "Ð"/"ð" (Latin Eth, U+00D0/U+00F0, left by legacy font converters) for "Đ"/"đ": read as "Đ"/"đ"; replace it in the document so searches match');
  if (text.trim() === '') throw new DocxError('the Word document has no text');
  return { text, diagnostics: notes.diagnostics };
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 160);
}

// ============================================================================ sniffing

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Refuse, with a clear message, what is not a .docx zip before trying to unzip it. */
function sniff(buf: Buffer): void {
  if (buf.length === 0) throw new DocxError('empty file');
  if (startsWith(buf, OLE_MAGIC)) {
    // Word saves a password-protected .docx inside an OLE compound file with these two streams.
    if (buf.includes(Buffer.from('EncryptionInfo', 'utf16le')) || buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new DocxError('password-protected (encrypted) Word document; remove the password in Word (File > Info > Protect Document > Encrypt with Password) and save it again');
    }
    throw new DocxError('this is an old binary Word file (.doc), not a .docx; open it in Word and save it as "Word Document (.docx)"');
  }
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46])) throw new DocxError('this is a PDF file, not a Word document; convert it to .docx or text first');
  if (!startsWith(buf, [0x50, 0x4b])) {
    const head = buf.subarray(0, 4096);
    let text = false;
    try {
      const s = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // a cut last character is fine
      text = !/[\u0000-\u0008\u000e-\u001a]/.test(s);
    } catch {
      text = false;
    }
    if (text) throw new DocxError('not a Word .docx file (it is plain text); rename it to .txt or .md');
    throw new DocxError('not a Word .docx file (not a zip archive): the file is damaged or is another format with a .docx name');
  }
}

// ============================================================================ zip

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  csize: number;
  usize: number;
  /** Offset of the compressed data. */
  data: number;
}

/** One line for a file Word wrote but that was damaged since (cut short while copying, bad disk …). */
const damaged = (what: string) => `damaged .docx file (${what}); ask for the file again, or open it in Word and save it again`;
const DAMAGED = damaged('the zip archive is incomplete or corrupt');
/** A part bigger than this once unpacked is a zip bomb, not a plan. */
const MAX_UNPACKED = 256 * 1024 * 1024;

function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError(DAMAGED);
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) {
    const z64 = Number(buf.readBigUInt64LE(eocd - 12));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) throw new DocxError(DAMAGED);
    count = Number(buf.readBigUInt64LE(z64 + 32));
    cdSize = Number(buf.readBigUInt64LE(z64 + 40));
    cdOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  if (cdOffset + cdSize > buf.length) throw new DocxError(DAMAGED);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new DocxError(DAMAGED);
    const flags = buf.readUInt16LE(p + 8);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    let csize = buf.readUInt32LE(p + 20);
    let usize = buf.readUInt32LE(p + 24);
    let local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nlen);
    // Zip64 sizes and offset, in the order of the fields that overflowed.
    let x = p + 46 + nlen;
    const xend = x + elen;
    while (x + 4 <= xend) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 1) {
        let q = x + 4;
        if (usize === 0xffffffff) (usize = Number(buf.readBigUInt64LE(q))), (q += 8);
        if (csize === 0xffffffff) (csize = Number(buf.readBigUInt64LE(q))), (q += 8);
        if (local === 0xffffffff) local = Number(buf.readBigUInt64LE(q));
      }
      x += 4 + size;
    }
    if (flags & 1) {
      throw new DocxError('password-protected (encrypted) zip archive, not a normal Word document; remove the password and save it again as .docx');
    }
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new DocxError(DAMAGED);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (data + csize > buf.length) throw new DocxError(DAMAGED);
    if (usize > MAX_UNPACKED) throw new DocxError(`${name} is too large once unpacked (${usize} bytes); a plan is far smaller`);
    entries.push({ name, flags, method: buf.readUInt16LE(p + 10), time: buf.readUInt16LE(p + 12), date: buf.readUInt16LE(p + 14), crc: buf.readUInt32LE(p + 16), csize, usize, data });
    p += 46 + nlen + elen + clen;
  }
  return entries;
}

function entryBytes(buf: Buffer, e: ZipEntry): Buffer {
  const raw = buf.subarray(e.data, e.data + e.csize);
  let out: Buffer;
  if (e.method === 0) out = raw;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(raw);
    } catch {
      throw new DocxError(damaged(`cannot decompress ${e.name}`));
    }
  } else throw new DocxError(`unsupported .docx: ${e.name} uses zip compression method ${e.method}; open it in Word and save it again`);
  if (out.length !== e.usize || crc32(out) !== e.crc) throw new DocxError(damaged(`checksum error in ${e.name}`));
  return out;
}

/** The same archive with some parts replaced (others are copied compressed, as they are). */
function writeZip(buf: Buffer, entries: ZipEntry[], replace: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, e.flags & 0x800 ? 'utf8' : 'latin1');
    const repl = replace.get(e.name);
    const data = repl ? deflateRawSync(repl) : buf.subarray(e.data, e.data + e.csize);
    const method = repl ? 8 : e.method;
    const crc = repl ? crc32(repl) : e.crc;
    const usize = repl ? repl.length : e.usize;
    const flags = e.flags & 0x0800;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(e.time, 10);
    lh.writeUInt16LE(e.date, 12);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(usize, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(e.time, 12);
    ch.writeUInt16LE(e.date, 14);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(usize, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, data);
    central.push(ch, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Relationships of a part: type (last path segment) → target part name. */
function relationships(buf: Buffer, zip: ZipEntry[], relsName: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  const rels = zip.find((e) => e.name === relsName);
  if (!rels) return out;
  for (const m of entryBytes(buf, rels).toString('utf8').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const type = /Type="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (!type || !target || /TargetMode="External"/.test(m[0])) continue;
    const key = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(key)) out.set(key, target.startsWith('/') ? target.slice(1) : normalisePath(base + target));
  }
  return out;
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The main document part: the officeDocument relationship of _rels/.rels (normally word/document.xml). */
function findMainPart(buf: Buffer, zip: ZipEntry[]): string {
  const has = (n: string) => zip.some((e) => e.name === n);
  const main = relationships(buf, zip, '_rels/.rels', '').get('officeDocument') ?? 'word/document.xml';
  if (!has(main)) {
    if (has('xl/workbook.xml')) throw new DocxError('this is an Excel workbook, not a Word document');
    if (has('ppt/presentation.xml')) throw new DocxError('this is a PowerPoint presentation, not a Word document');
    throw new DocxError('not a Word document (the zip archive has no word/document.xml)');
  }
  return main;
}

/** Numbering, styles and comments parts of the main document (as its relationships name them). */
function relatedParts(buf: Buffer, zip: ZipEntry[], main: string): { numbering: string; styles: string; comments: string } {
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const rels = relationships(buf, zip, `${dir}_rels/${main.slice(dir.length)}.rels`, dir);
  return {
    numbering: rels.get('numbering') ?? `${dir}numbering.xml`,
    styles: rels.get('styles') ?? `${dir}styles.xml`,
    comments: rels.get('comments') ?? `${dir}comments.xml`,
  };
}

function xmlOf(buf: Buffer, zip: ZipEntry[], name: string): string | null {
  const e = zip.find((x) => x.name === name);
  return e ? entryBytes(buf, e).toString('utf8') : null;
}

function parseOptional(buf: Buffer, zip: ZipEntry[], name: string): XDoc | null {
  const xml = xmlOf(buf, zip, name);
  return xml === null ? null : { xml, root: parseXml(xml, name) };
}

// ============================================================================ a small XML tree

/** An element with the offsets of its tags in the source string (for in-place edits). */
interface XEl {
  /** Qualified name, with the WordprocessingML prefix normalised to `w:`. */
  name: string;
  attrs: Record<string, string>;
  start: number;
  /** End of the start tag. */
  openEnd: number;
  /** Start of the end tag (= openEnd for an empty element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: XEl[];
  parent: XEl | null;
}

interface XDoc {
  xml: string;
  root: XEl;
}

const W_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const n = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function parseXml(xml: string, part: string): XEl {
  const root: XEl = { name: '#root', attrs: {}, start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false, children: [], parent: null };
  const stack: XEl[] = [root];
  let prefixes: Map<string, string> | null = null;
  const norm = (qname: string): string => {
    if (!prefixes) return qname;
    const i = qname.indexOf(':');
    const prefix = i < 0 ? '' : qname.slice(0, i);
    const local = i < 0 ? qname : qname.slice(i + 1);
    if (prefix === 'xmlns' || (prefix === '' && local === 'xmlns')) return qname;
    return prefixes.has(prefix) ? `w:${local}` : prefix === 'w' ? `x-w:${local}` : qname;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    if (m[2] === undefined) continue; // comment, declaration, CDATA
    const closing = m[1] === '/';
    if (closing) {
      const top = stack.pop();
      if (!top || top === root || top.name !== norm(m[2])) throw new DocxError(damaged(`${part} is not well-formed XML`));
      top.closeStart = m.index;
      top.end = m.index + m[0].length;
      continue;
    }
    const rawAttrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(ATTR)) rawAttrs[a[1]!] = decodeXml(a[2] ?? a[3] ?? '');
    if (!prefixes) {
      // The root element declares the namespaces: find the prefixes bound to WordprocessingML.
      prefixes = new Map();
      for (const [k, v] of Object.entries(rawAttrs)) {
        if (!W_NS.has(v)) continue;
        if (k === 'xmlns') prefixes.set('', v);
        else if (k.startsWith('xmlns:')) prefixes.set(k.slice(6), v);
      }
      // Namespaces declared further down (not by Word): take the usual prefix.
      if (prefixes.size === 0) prefixes.set('w', 'assumed');
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k.includes(':') ? norm(k) : k] = v;
    const parent = stack[stack.length - 1]!;
    const el: XEl = {
      name: norm(m[2]),
      attrs,
      start: m.index,
      openEnd: m.index + m[0].length,
      closeStart: m.index + m[0].length,
      end: m.index + m[0].length,
      selfClosing: m[4] === '/',
      children: [],
      parent,
    };
    parent.children.push(el);
    if (!el.selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new DocxError(damaged(`${part} is not well-formed XML`));
  return root;
}

const child = (el: XEl | null | undefined, name: string): XEl | undefined => el?.children.find((c) => c.name === name);
const val = (el: XEl | null | undefined): string | undefined => el?.attrs['w:val'];
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

function* descendants(el: XEl): Generator<XEl> {
  for (const c of el.children) {
    yield c;
    yield* descendants(c);
  }
}

/** Text of the w:t elements under `el` that are in the accepted text (not deleted, not an alternative). */
function acceptedText(el: XEl, xml: string): string {
  let out = '';
  const walk = (e: XEl) => {
    for (const c of e.children) {
      if (c.name === 'w:del' || c.name === 'w:moveFrom' || local(c.name) === 'Choice') continue;
      if (c.name === 'w:t' && !c.selfClosing) out += decodeXml(xml.slice(c.openEnd, c.closeStart));
      else if (c.name === 'w:tab') out += '\t';
      else walk(c);
    }
  };
  walk(el);
  return out;
}

function isOnOff(el: XEl | undefined): boolean | null {
  if (!el) return null;
  const v = val(el);
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

// ============================================================================ numbering

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** lvlRestart: restart after this (1-based) level is used; 0 never; null = after any higher level. */
  restart: number | null;
  isLgl: boolean;
  pStyle: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

interface AbstractNum {
  id: string;
  levels: Map<number, Level>;
  numStyleLink: string | null;
}

interface Num {
  id: string;
  abstractId: string;
  startOverride: Map<number, number>;
  levelOverride: Map<number, Level>;
}

interface StyleInfo {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface Resolved {
  key: string;
  ilvl: number;
  levelAt: (k: number) => Level | undefined;
  startAt: (k: number) => number;
}

/**
 * Word list numbering, as Word displays it: counters per list instance (a w:num with start overrides
 * is a list of its own; nums without overrides on one abstract definition share their counters), a
 * level restarting after a higher level (or as lvlRestart says), and lvlText templates such as "%1.",
 * "%2.%3.", "%3)" formatted with each level's numFmt.
 */
export class NumberingModel {
  private abstracts = new Map<string, AbstractNum>();
  private nums = new Map<string, Num>();
  private styles = new Map<string, StyleInfo>();
  private defaultStyle: string | null = null;
  private counters = new Map<string, (number | undefined)[]>();

  constructor(numbering: XDoc | null, styles: XDoc | null) {
    const numRoot = child(numbering?.root, 'w:numbering');
    for (const a of numRoot?.children ?? []) {
      if (a.name !== 'w:abstractNum') continue;
      const levels = new Map<number, Level>();
      for (const l of a.children) if (l.name === 'w:lvl') levels.set(Number(l.attrs['w:ilvl'] ?? 0), readLevel(l));
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', { id: a.attrs['w:abstractNumId'] ?? '', levels, numStyleLink: val(child(a, 'w:numStyleLink')) ?? null });
    }
    for (const n of numRoot?.children ?? []) {
      if (n.name !== 'w:num') continue;
      const num: Num = { id: n.attrs['w:numId'] ?? '', abstractId: val(child(n, 'w:abstractNumId')) ?? '', startOverride: new Map(), levelOverride: new Map() };
      for (const o of n.children) {
        if (o.name !== 'w:lvlOverride') continue;
        const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
        const so = val(child(o, 'w:startOverride'));
        if (so !== undefined) num.startOverride.set(ilvl, Number(so));
        const lvl = child(o, 'w:lvl');
        if (lvl) num.levelOverride.set(ilvl, readLevel(lvl));
      }
      this.nums.set(num.id, num);
    }
    for (const s of child(styles?.root, 'w:styles')?.children ?? []) {
      if (s.name !== 'w:style') continue;
      const id = s.attrs['w:styleId'] ?? '';
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const ilvl = val(child(numPr, 'w:ilvl'));
      this.styles.set(id, { basedOn: val(child(s, 'w:basedOn')) ?? null, numId: val(child(numPr, 'w:numId')) ?? null, ilvl: ilvl === undefined ? null : Number(ilvl) });
      if (s.attrs['w:type'] === 'paragraph' && /^(1|true|on)$/i.test(s.attrs['w:default'] ?? '')) this.defaultStyle = id;
    }
  }

  /** The list and level of a paragraph, from its own numPr or its style's; null when not numbered. */
  resolve(pStyle: string | null, numPr: XEl | undefined): Resolved | null {
    let numId = val(child(numPr, 'w:numId')) ?? null;
    const own = val(child(numPr, 'w:ilvl'));
    let ilvl: number | null = own === undefined ? null : Number(own);
    const style = pStyle ?? this.defaultStyle;
    const seen = new Set<string>();
    for (let s = style; s && !seen.has(s); s = this.styles.get(s)?.basedOn ?? null) {
      seen.add(s);
      const st = this.styles.get(s);
      if (!st) break;
      if (numId === null && st.numId !== null) {
        numId = st.numId;
        if (ilvl === null) ilvl = st.ilvl;
        break;
      }
      if (numId !== null) break;
    }
    if (numId === null && style) {
      // A list level linked to the style (w:lvl/w:pStyle) without a numPr in the style itself.
      for (const n of this.nums.values()) {
        const hit = [...(this.abstractOf(n)?.levels ?? [])].find(([, l]) => l.pStyle === style);
        if (hit) {
          numId = n.id;
          ilvl ??= hit[0];
          break;
        }
      }
    }
    if (numId === null || numId === '0') return null;
    const num = this.nums.get(numId);
    if (!num) return null;
    const abs = this.abstractOf(num);
    if (!abs) return null;
    if (ilvl === null) {
      ilvl = 0;
      for (const [k, l] of abs.levels) if (l.pStyle && l.pStyle === style) ilvl = k;
    }
    const levelAt = (k: number) => num.levelOverride.get(k) ?? abs.levels.get(k);
    if (!levelAt(ilvl)) return null;
    const own_ = num.startOverride.size > 0 || num.levelOverride.size > 0;
    return {
      key: own_ ? `n:${num.id}` : `a:${abs.id}`,
      ilvl,
      levelAt,
      startAt: (k) => num.startOverride.get(k) ?? levelAt(k)?.start ?? 0,
    };
  }

  private abstractOf(num: Num): AbstractNum | undefined {
    let abs = this.abstracts.get(num.abstractId);
    const seen = new Set<string>();
    // A list style: the abstract definition only links to a numbering style, which names the real list.
    while (abs?.numStyleLink && !seen.has(abs.numStyleLink)) {
      seen.add(abs.numStyleLink);
      const linked = this.styles.get(abs.numStyleLink)?.numId;
      const target = linked ? this.nums.get(linked) : undefined;
      abs = target ? this.abstracts.get(target.abstractId) : undefined;
    }
    return abs;
  }

  /** Count the paragraph and return its marker as Word displays it ("II.", "1.2.", "a)", "-"), or null. */
  next(r: Resolved): string | null {
    let c = this.counters.get(r.key);
    if (!c) this.counters.set(r.key, (c = []));
    const L = r.ilvl;
    c[L] = c[L] === undefined ? r.startAt(L) : c[L]! + 1;
    for (let M = L + 1; M < 9; M++) {
      const restart = r.levelAt(M)?.restart ?? null;
      if (restart === 0) continue;
      if (restart === null || L < restart) c[M] = undefined;
    }
    const level = r.levelAt(L)!;
    if (level.numFmt === 'bullet') return bulletChar(level.lvlText);
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const v = c![k] ?? Math.max(0, r.startAt(k) - 1);
      const fmt = level.isLgl ? 'decimal' : (r.levelAt(k)?.numFmt ?? 'decimal');
      return formatNumber(v, fmt);
    });
    return text.trim() || null;
  }
}

function readLevel(l: XEl): Level {
  const rPr = child(l, 'w:rPr');
  const restart = val(child(l, 'w:lvlRestart'));
  return {
    start: Number(val(child(l, 'w:start')) ?? 0),
    numFmt: val(child(l, 'w:numFmt')) ?? 'decimal',
    lvlText: val(child(l, 'w:lvlText')) ?? '',
    restart: restart === undefined ? null : Number(restart),
    isLgl: isOnOff(child(l, 'w:isLgl')) ?? false,
    pStyle: val(child(l, 'w:pStyle')) ?? null,
    bold: isOnOff(child(rPr, 'w:b')),
    italic: isOnOff(child(rPr, 'w:i')),
  };
}

/** Word's letter numbering: a … z, then aa … zz (the letter repeated), not the Vietnamese alphabet. */
function toLetters(n: number): string {
  if (n <= 0) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return n > 0 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n > 0 ? toRoman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      // decimal and the formats a plan never uses (ordinal words, CJK counting …) as plain numbers.
      return String(n);
  }
}

/** Bullet symbols as the text parser knows them (Symbol/Wingdings private-use code points mapped). */
const BULLETS: Record<string, string> = {
  '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '►', '\uf0fc': '✓', '\uf076': '•', '\uf02d': '-', '\uf02b': '+', '\uf0a8': '○', '\uf06e': '▪', '\uf071': '▪',
  o: '○', '■': '▪', '◦': '○', '➢': '►', '➤': '►', '▫': '▪', '□': '▪', '': '•',
};

function bulletChar(lvlText: string): string | null {
  const t = lvlText.trim();
  if (t === '') return null; // an invisible bullet
  if (/^[-–—+•*·○●▪►✓]$/u.test(t)) return t;
  return BULLETS[t] ?? '•';
}

// ============================================================================ comments

interface CommentInfo {
  author: string;
  text: string;
}

function readComments(doc: XDoc | null): Map<string, CommentInfo> {
  const out = new Map<string, CommentInfo>();
  for (const c of child(doc?.root, 'w:comments')?.children ?? []) {
    if (c.name !== 'w:comment') continue;
    out.set(c.attrs['w:id'] ?? '', { author: c.attrs['w:author'] ?? '', text: acceptedText(c, doc!.xml).replace(/\s+/g, ' ').trim() });
  }
  return out;
}

// ============================================================================ diagnostics with positions

/**
 * Conversion notes. A note that belongs to a place gets a sentinel (private-use characters around its
 * index) written into the document; once the Markdown exists, the sentinel gives the note its line and
 * column and is removed.
 */
class Notes {
  readonly diagnostics: Diagnostic[] = [];
  private onceKeys = new Set<string>();

  add(rule: string, severity: Diagnostic['severity'], message: string): string {
    this.diagnostics.push({ rule, severity, message, line: 1, column: 1 });
    return `\ue000${this.diagnostics.length - 1}\ue001`;
  }

  once(rule: string, severity: Diagnostic['severity'], message: string): void {
    const key = `${rule}\u0000${message}`;
    if (this.onceKeys.has(key)) return;
    this.onceKeys.add(key);
    this.add(rule, severity, message);
  }

  /** Place the notes at their sentinels and remove the sentinels from the text. */
  resolve(text: string): string {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!line.includes('\ue000')) return;
      let removed = 0;
      lines[i] = line.replace(/\ue000(\d+)\ue001/g, (m, k: string, at: number) => {
        const d = this.diagnostics[Number(k)];
        if (d) {
          d.line = i + 1;
          d.column = Math.max(1, at - removed + 1);
        }
        removed += m.length;
        return '';
      });
      if (lines[i]!.trim() === '') lines[i] = '';
    });
    let out = lines.join('\n').replace(/[\ue000\ue001]/g, '');
    if (!out.endsWith('\n')) out += '\n';
    return out;
  }
}

// ============================================================================ word/document.xml rewrite

interface Edit {
  at: number;
  del: number;
  ins: string;
}

const NEUTRAL_NUMPR = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
const CHANGE_INS = new Set(['w:ins', 'w:moveTo', 'w:cellIns']);
const CHANGE_DEL = new Set(['w:del', 'w:moveFrom', 'w:cellDel']);
const CHANGE_FMT = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange', 'w:cellMerge']);
/** Elements that may sit between table rows or cells and make mammoth give up merging cells. */
const TABLE_NOISE = new Set(['w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd', 'w:proofErr', 'w:moveFromRangeStart', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveToRangeEnd']);

function rewriteDocument(xml: string, root: XEl, numbering: NumberingModel, comments: Map<string, CommentInfo>, notes: Notes): string {
  const edits: Edit[] = [];
  const paraNotes = new Map<XEl, string[]>();
  const noteAt = (el: XEl, sentinel: string) => {
    let p: XEl | null = el;
    while (p && p.name !== 'w:p') p = p.parent;
    if (!p || p.selfClosing) return;
    const list = paraNotes.get(p) ?? [];
    list.push(sentinel);
    paraNotes.set(p, list);
  };
  let chainStart: number | null = null;
  const changes = { ins: 0, del: 0, fmt: 0, first: null as XEl | null };

  const contentStart = (p: XEl): number => {
    const pPr = child(p, 'w:pPr');
    return pPr ? pPr.end : p.openEnd;
  };

  const visitParagraph = (p: XEl, inTable: boolean, rowDeleted: boolean) => {
    if (p.selfClosing || rowDeleted) return; // a deleted table row is not in the accepted text
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const pStyle = val(child(pPr, 'w:pStyle')) ?? null;
    const markDeleted = !!child(child(pPr, 'w:rPr'), 'w:del') || !!child(child(pPr, 'w:rPr'), 'w:moveFrom');
    const res = numbering.resolve(pStyle, numPr);
    if (res) {
      // Switch the numbering off for mammoth (numId 0 = "no numbering", also over a style's list).
      if (numPr) edits.push({ at: numPr.start, del: numPr.end - numPr.start, ins: NEUTRAL_NUMPR });
      else if (pPr) edits.push({ at: pPr.selfClosing ? pPr.start : pPr.openEnd, del: pPr.selfClosing ? pPr.end - pPr.start : 0, ins: pPr.selfClosing ? `<w:pPr>${NEUTRAL_NUMPR}</w:pPr>` : NEUTRAL_NUMPR });
      else edits.push({ at: p.openEnd, del: 0, ins: `<w:pPr>${NEUTRAL_NUMPR}</w:pPr>` });
    }
    if (markDeleted) {
      // A deleted paragraph mark: mammoth joins this paragraph's text to the next one.
      if (chainStart === null) chainStart = contentStart(p);
      return;
    }
    const at = chainStart ?? contentStart(p);
    chainStart = null;
    if (!res) return;
    const marker = numbering.next(res);
    const text = acceptedText(p, xml);
    if (!marker || (text.trim() === '' && !inTable)) return;
    const level = res.levelAt(res.ilvl)!;
    const firstRun = findFirstTextRun(p);
    const bold = level.bold ?? isOnOff(child(child(firstRun, 'w:rPr'), 'w:b')) ?? false;
    const italic = level.italic ?? isOnOff(child(child(firstRun, 'w:rPr'), 'w:i')) ?? false;
    const rPr = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : '';
    edits.push({ at, del: 0, ins: `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(marker)} </w:t></w:r>` });
  };

  const walk = (el: XEl, inTable: boolean, rowDeleted: boolean, inDeleted: boolean) => {
    for (const c of el.children) {
      const ln = local(c.name);
      if (ln === 'Choice') continue; // mc:AlternateContent: mammoth reads the Fallback
      if (CHANGE_INS.has(c.name) || CHANGE_DEL.has(c.name) || CHANGE_FMT.has(c.name)) {
        if (CHANGE_INS.has(c.name)) changes.ins++;
        else if (CHANGE_DEL.has(c.name)) changes.del++;
        else changes.fmt++;
        changes.first ??= c;
      }
      const deleted = inDeleted || c.name === 'w:del' || c.name === 'w:moveFrom';
      switch (c.name) {
        case 'w:tbl':
        case 'w:tr':
          for (const x of c.children) {
            if (TABLE_NOISE.has(x.name)) edits.push({ at: x.start, del: x.end - x.start, ins: '' });
            else if (x.name === 'w:sdt' || x.name === 'w:customXml') {
              // Content controls around rows or cells: keep their content, drop the wrapper.
              const content = x.name === 'w:sdt' ? child(x, 'w:sdtContent') : x;
              if (content && !content.selfClosing && content !== x) {
                edits.push({ at: x.start, del: content.openEnd - x.start, ins: '' });
                edits.push({ at: content.closeStart, del: x.end - content.closeStart, ins: '' });
              }
            }
          }
          walk(c, inTable || c.name === 'w:tr', rowDeleted || (c.name === 'w:tr' && !!child(child(c, 'w:trPr'), 'w:del')), deleted);
          continue;
        case 'w:p':
          visitParagraph(c, inTable, rowDeleted);
          break;
        case 'w:br': {
          const type = c.attrs['w:type'];
          if (type === 'page' || type === 'column') edits.push({ at: c.start, del: c.end - c.start, ins: '<w:t xml:space="preserve"> </w:t>' });
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object': {
          if (deleted) break;
          const kinds = [...descendants(c)].map((d) => local(d.name));
          const what = kinds.includes('blip') || kinds.includes('imagedata') ? 'image' : kinds.includes('chart') ? 'chart' : c.name === 'w:object' ? 'embedded object' : null;
          if (what) {
            const docPr = [...descendants(c)].find((d) => local(d.name) === 'docPr');
            const alt = (docPr?.attrs['descr'] || docPr?.attrs['title'] || '').trim();
            noteAt(c, notes.add('docx/image-ignored', 'info', `${what} ignored${alt ? ` ("${alt.slice(0, 60)}")` : ''}: text inside images is not read`));
          }
          break;
        }
        case 'w:commentReference': {
          if (deleted) break;
          const info = comments.get(c.attrs['w:id'] ?? '');
          const excerpt = info?.text ? `: "${info.text.length > 80 ? `${info.text.slice(0, 80)}…` : info.text}"` : '';
          noteAt(c, notes.add('docx/comment-ignored', 'info', `Word comment${info?.author ? ` by ${info.author}` : ''} ignored (comments are not part of the plan)${excerpt}`));
          break;
        }
        default:
          break;
      }
      walk(c, inTable, rowDeleted, deleted);
    }
  };
  walk(root, false, false, false);

  const total = changes.ins + changes.del + changes.fmt;
  if (total > 0) {
    const parts = [
      changes.ins ? `${changes.ins} insertion${changes.ins > 1 ? 's' : ''}` : '',
      changes.del ? `${changes.del} deletion${changes.del > 1 ? 's' : ''}` : '',
      changes.fmt ? `${changes.fmt} formatting change${changes.fmt > 1 ? 's' : ''}` : '',
    ].filter(Boolean);
    const sentinel = notes.add(
      'docx/tracked-changes',
      'warning',
      `the document has tracked changes (${parts.join(', ')}); the register reads the text with all changes accepted — accept or reject them in Word to be sure`,
    );
    if (changes.first) noteAt(changes.first, sentinel);
  }
  for (const [p, sentinels] of paraNotes) {
    edits.push({ at: p.closeStart, del: 0, ins: `<w:r><w:t xml:space="preserve">${sentinels.join('')}</w:t></w:r>` });
  }
  return applyEdits(xml, edits);
}

function findFirstTextRun(p: XEl): XEl | undefined {
  for (const d of descendants(p)) {
    if (d.name === 'w:p') return undefined; // a nested paragraph (text box)
    if (d.name === 'w:r' && d.children.some((c) => c.name === 'w:t')) {
      let a: XEl | null = d.parent;
      let skip = false;
      while (a && a !== p) {
        if (a.name === 'w:del' || a.name === 'w:moveFrom') skip = true;
        a = a.parent;
      }
      if (!skip) return d;
    }
  }
  return undefined;
}

function applyEdits(xml: string, edits: Edit[]): string {
  // Stable by position: at one offset, edits apply in the order they were made (marker before notes).
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.at < pos) {
      // Overlapping deletion (an element removed twice): keep what was already written.
      if (e.del === 0) out += e.ins;
      continue;
    }
    out += xml.slice(pos, e.at) + e.ins;
    pos = e.at + e.del;
  }
  return out + xml.slice(pos);
}

// ============================================================================ HTML → Markdown

interface HText {
  type: 'text';
  value: string;
}
interface HElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HNode[];
}
interface HOther {
  type: 'comment' | 'doctype' | 'raw';
  value?: string;
}
type HNode = HText | HElement | HOther;
interface HRoot {
  type: 'root';
  children: HNode[];
}

const isEl = (n: HNode | undefined, tag?: string): n is HElement => !!n && n.type === 'element' && (tag === undefined || n.tagName === tag);
const el = (tagName: string, children: HNode[] = [], properties: Record<string, unknown> = {}): HElement => ({ type: 'element', tagName, properties, children });
const txt = (value: string): HText => ({ type: 'text', value });

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote', 'hr', 'pre']);

function textOf(n: HNode): string {
  if (n.type === 'text') return n.value;
  if (isEl(n)) {
    if (n.tagName === 'br') return '\n';
    if (n.properties['dataPeNote'] !== undefined) return '';
    return n.children.map(textOf).join('');
  }
  return '';
}

async function htmlToMarkdown(html: string): Promise<string> {
  // Imported here, not at the top: the classic-script bundle (dist/bundle/cli.cjs) keeps these
  // packages in a script of their own, read only when a .docx is converted.
  const [{ default: rehypeParse }, { default: rehypeRemark }, { default: remarkStringify }] = await Promise.all([
    import('rehype-parse'),
    import('rehype-remark'),
    import('remark-stringify'),
  ]);
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html) as unknown as HRoot;
  transformHast(hast);
  const handlers = {
    table: (_state: unknown, node: HElement) => ({ type: 'html', value: String(node.properties['dataPeHtml'] ?? serialiseTable(gridOf(node), 0, null)) }),
    sup: (state: { all: (n: HElement) => unknown[] }, node: HElement) => {
      const n = node.properties['dataPeNote'];
      return n !== undefined ? { type: 'html', value: `<sup>${String(n)}</sup>` } : state.all(node);
    },
  };
  // The trees are typed locally (HRoot …) to keep @types/hast out of the build; hand them over untyped.
  const toMdast = unified().use(rehypeRemark, { handlers } as any);
  const mdast = await toMdast.run(hast as any);
  return unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one' }).stringify(mdast as any);
}

function transformHast(root: HRoot): void {
  removeImages(root);
  const notes = footnotes(root);
  root.children = flattenTables(root.children);
  splitTabbedLines(root);
  if (notes.length) root.children.push(el('hr'), ...notes);
}

function removeImages(n: HRoot | HElement): void {
  n.children = n.children.filter((c) => !isEl(c, 'img'));
  for (const c of n.children) if (isEl(c)) removeImages(c);
}

/**
 * Footnote and endnote references (`<sup><a href="#footnote-3">[3]</a></sup>`) become note marks
 * numbered in reading order; the note lists mammoth writes at the end become `<sup>N</sup> text`
 * paragraphs, returned to be placed after a rule at the end of the document.
 */
function footnotes(root: HRoot): HElement[] {
  const numberOf = new Map<string, number>();
  const bodies = new Map<string, HNode[]>();
  const walk = (parent: HRoot | HElement) => {
    parent.children = parent.children.flatMap((c): HNode[] => {
      if (!isEl(c)) return [c];
      if ((c.tagName === 'ol' || c.tagName === 'ul') && c.children.some((li) => isEl(li, 'li')) && c.children.every((li) => !isEl(li) || /^(footnote|endnote)-/.test(String(li.properties['id'] ?? '')))) {
        for (const li of c.children) if (isEl(li)) bodies.set(String(li.properties['id']), li.children);
        return [];
      }
      if (c.tagName === 'sup') {
        const a = c.children.find((x) => isEl(x, 'a')) as HElement | undefined;
        const href = String(a?.properties['href'] ?? '');
        const m = /^#((?:footnote|endnote)-.+)$/.exec(href);
        if (a && m && !/-ref-/.test(m[1]!)) {
          if (!numberOf.has(m[1]!)) numberOf.set(m[1]!, numberOf.size + 1);
          return [noteMark(numberOf.get(m[1]!)!)];
        }
      }
      walk(c);
      return [c];
    });
  };
  walk(root);
  for (const id of bodies.keys()) if (!numberOf.has(id)) numberOf.set(id, numberOf.size + 1);
  const out: HElement[] = [];
  for (const [id, n] of [...numberOf].sort((a, b) => a[1] - b[1])) {
    const body = bodies.get(id);
    if (!body) continue;
    const inline: HNode[] = [];
    for (const b of body) {
      const parts = isEl(b) && BLOCK.has(b.tagName) ? b.children : [b];
      if (inline.length) inline.push(txt(' '));
      inline.push(...stripBackLinks(parts));
    }
    out.push(el('p', [noteMark(n), txt(' '), ...inline]));
  }
  return out;
}

/** A note mark; its text child only keeps the whitespace around it (the handler writes `<sup>N</sup>`). */
const noteMark = (n: number): HElement => el('sup', [txt(String(n))], { dataPeNote: n });

function stripBackLinks(nodes: HNode[]): HNode[] {
  return nodes
    .filter((c) => !(isEl(c, 'a') && /^#(footnote|endnote)-ref-/.test(String(c.properties['href'] ?? ''))))
    .map((c) => (isEl(c) ? { ...c, children: stripBackLinks(c.children) } : c));
}

// ---------------------------------------------------------------------------- tables

interface Cell {
  node: HElement;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  header: boolean;
}

interface Grid {
  rows: Cell[][];
  /** grid[r][c]: the cell covering that slot (origin or spanned). */
  grid: (Cell | undefined)[][];
  width: number;
}

function tableRows(table: HElement): HElement[] {
  const rows: HElement[] = [];
  for (const c of table.children) {
    if (!isEl(c)) continue;
    if (c.tagName === 'tr') rows.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') for (const r of c.children) if (isEl(r, 'tr')) rows.push(r);
  }
  return rows;
}

function gridOf(table: HElement): Grid {
  const trs = tableRows(table);
  const grid: (Cell | undefined)[][] = trs.map(() => []);
  const rows: Cell[][] = [];
  trs.forEach((tr, r) => {
    const cells: Cell[] = [];
    let col = 0;
    for (const td of tr.children) {
      if (!isEl(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (grid[r]![col]) col++;
      const colSpan = Math.max(1, Number(td.properties['colSpan'] ?? 1) || 1);
      const rowSpan = Math.max(1, Math.min(trs.length - r, Number(td.properties['rowSpan'] ?? 1) || 1));
      const cell: Cell = { node: td, row: r, col, rowSpan, colSpan, header: td.tagName === 'th' };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![col + dc] = cell;
      cells.push(cell);
      col += colSpan;
    }
    rows.push(cells);
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return { rows, grid, width };
}

const cellText = (c: Cell | undefined): string => (c ? clean(textOf(c.node)) : '');
const clean = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Row texts as the parser will see them: a rowspan repeats its text, a colspan leaves the other slots empty. */
function rowTexts(g: Grid, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < g.width; c++) {
    const cell = g.grid[r]![c];
    out.push(cell && cell.col === c ? cellText(cell) : '');
  }
  return out;
}

/** Replace each table: task tables by one HTML block, layout tables by their cells' paragraphs. */
function flattenTables(nodes: HNode[]): HNode[] {
  return nodes.flatMap((n): HNode[] => {
    if (!isEl(n)) return [n];
    if (n.tagName !== 'table') {
      if (n.tagName === 'div' || n.tagName === 'blockquote') n.children = flattenTables(n.children);
      return [n];
    }
    const g = gridOf(n);
    let head = -1;
    for (let r = 0; r < Math.min(4, g.rows.length); r++) {
      if (headerColumns(rowTexts(g, r))) {
        head = r;
        break;
      }
    }
    if (head >= 0) return taskTable(g, head);
    const wide = g.rows.some((cells) => cells.filter((c) => cellText(c) !== '').length >= 3);
    if (!wide) return layoutCells(g);
    return [el('table', [], { dataPeHtml: serialiseTable(g, 0, null) })];
  });
}

/** A layout table (header, signature block): its cells' content in reading order, row by row. */
function layoutCells(g: Grid): HNode[] {
  const out: HNode[] = [];
  for (const cells of g.rows) {
    for (const c of cells) {
      let inline: HNode[] = [];
      const flush = () => {
        if (inline.some((x) => textOf(x).trim() !== '' || isEl(x))) out.push(el('p', inline));
        inline = [];
      };
      for (const x of c.node.children) {
        if (isEl(x) && BLOCK.has(x.tagName)) {
          flush();
          out.push(...flattenTables([x]));
        } else inline.push(x);
      }
      flush();
    }
  }
  return out;
}

/**
 * A row after the header row whose own cells are all column names: part of a two-row header. Years
 * are names under a header that takes tick columns ("Thời gian thực hiện" over "2026 | 2027 | 2028", "Năm 2027" over "Quý I | … | Quý IV").
 */
function isHeaderContinuation(g: Grid, r: number, years: boolean): boolean {
  const own = g.rows[r]!.filter((c) => cellText(c) !== '');
  return own.length > 0 && own.every((c) => { const t = cellText(c); return t.length < 60 && (columnRole(t) !== null || (years && periodOfName(t) !== null)); });
}

function taskTable(g: Grid, head: number): HNode[] {
  const out: HNode[] = [];
  // Title rows above the header ("DANH MỤC …" merged across the table) become paragraphs before it.
  for (let r = 0; r < head; r++) for (const c of g.rows[r]!) if (cellText(c)) out.push(el('p', [txt(cellText(c))]));
  let last = head;
  const years = headerTakesYears(rowTexts(g, head));
  while (last + 1 < g.rows.length && last - head < 2 && isHeaderContinuation(g, last + 1, years)) last++;
  const names: string[] = [];
  for (let c = 0; c < g.width; c++) {
    const parts: string[] = [];
    for (let r = head; r <= last; r++) {
      const t = cellText(g.grid[r]![c]);
      if (t && !parts.includes(t)) parts.push(t);
    }
    names.push(parts.join(' - '));
  }
  const columns = headerColumns(names) ?? headerColumns(rowTexts(g, head));
  out.push(el('table', [], { dataPeHtml: serialiseTable(g, last + 1, names, columns?.map((c) => c.role) ?? []) }));
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text of a cell for the table: its paragraphs joined; in unit columns a paragraph ends a unit ("; "). */
function cellHtmlText(c: Cell, unitColumn: boolean): string {
  const paras: string[] = [];
  let cur = '';
  const walk = (n: HNode) => {
    if (n.type === 'text') cur += n.value;
    else if (isEl(n)) {
      if (n.properties['dataPeNote'] !== undefined) return; // note marks are not kept in table cells
      if (n.tagName === 'br') cur += '\n';
      const block = BLOCK.has(n.tagName) || n.tagName === 'li';
      if (block && cur.trim()) (paras.push(cur), (cur = ''));
      n.children.forEach(walk);
      if (block && cur.trim()) (paras.push(cur), (cur = ''));
    }
  };
  c.node.children.forEach(walk);
  if (cur.trim()) paras.push(cur);
  const lines = paras.flatMap((p) => p.split('\n')).map(clean).filter(Boolean);
  if (!unitColumn) return escapeHtml(lines.join(' '));
  return escapeHtml(lines.map((l) => l.replace(/^[-–+•*·○●▪►]\s*/u, '')).map((l, i) => (i < lines.length - 1 && !/[;,.]$/.test(l) ? `${l};` : l)).join(' '));
}

/** One <tr> per line, so that each row has its own line number. */
function serialiseTable(g: Grid, from: number, names: string[] | null, roles: string[] = []): string {
  const lines = ['<table>'];
  if (names) lines.push(`<tr>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr>`);
  for (let r = from; r < g.rows.length; r++) {
    const cells = g.rows[r]!.map((c) => {
      const span = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      const unit = roles[c.col] === 'lead' || roles[c.col] === 'support';
      return `<td${span}>${cellHtmlText(c, unit && c.colSpan === 1)}</td>`;
    });
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  lines.push('</table>');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------- tab-separated layout lines

/**
 * A header or signature laid out with tabs instead of a table ("Số: 12/KH-UBND⇥⇥Hà Nội, ngày …",
 * "Nơi nhận:⇥⇥TM. ỦY BAN NHÂN DÂN") is split into one paragraph per side, as a header table is. The
 * signature block is read column by column (recipients, then signer), like a signature table.
 */
function splitTabbedLines(root: HRoot): void {
  const titleAt = root.children.findIndex((n) => isEl(n) && /^(p|h\d)$/.test(n.tagName) && isPlanTitle(clean(textOf(n))));
  const parts = (n: HNode) => (isEl(n, 'p') && textOf(n).includes('\t') ? splitAtTabs(n.children) : null);
  const texts = (segs: HNode[][]) => segs.map((seg) => clean(seg.map(textOf).join('')));
  const out: HNode[] = [];
  for (let i = 0; i < root.children.length; i++) {
    const n = root.children[i]!;
    const segs = parts(n);
    const ts = segs ? texts(segs) : [];
    if (!segs || ts.filter(Boolean).length < 2) {
      out.push(n);
      continue;
    }
    const header = titleAt >= 0 && i < titleAt && ts.some((t) => isMotto(t) || /^số\s*:/iu.test(t) || /ngày\s.*năm\s+\d{4}/iu.test(t) || mostlyUpper(t));
    if (header) {
      out.push(...segs.filter((_, k) => ts[k]).map((seg) => el('p', seg)));
      continue;
    }
    const closing = ts.some((t) => isSignerTitle(t)) && ts.some((t) => isRecipientsHead(t) || /^[-–•+]\s*\S|;$/u.test(t));
    if (!closing) {
      out.push(n);
      continue;
    }
    // The block goes on while lines have tabs or are recipients ("- Lưu: VT."); a line that starts with
    // a tab belongs to the right column.
    const left: HNode[] = [];
    const right: HNode[] = [];
    let j = i;
    for (; j < root.children.length; j++) {
      const m = root.children[j]!;
      const ms = parts(m);
      if (!ms) {
        if (isEl(m, 'p') && /^[-–•+]\s*\S/u.test(clean(textOf(m)))) {
          left.push(m);
          continue;
        }
        break;
      }
      const mt = texts(ms);
      ms.forEach((seg, k) => {
        if (!mt[k]) return;
        (k === 0 ? left : right).push(el('p', seg));
      });
    }
    out.push(...left, ...right);
    i = j - 1;
  }
  root.children = out;
}

function splitAtTabs(nodes: HNode[]): HNode[][] {
  const segs: HNode[][] = [[]];
  for (const n of nodes) {
    if (n.type === 'text') {
      const pieces = n.value.split(/\t+/);
      pieces.forEach((p, k) => {
        if (k > 0) segs.push([]);
        if (p) segs[segs.length - 1]!.push(txt(p));
      });
    } else if (isEl(n) && n.children.length && textOf(n).includes('\t')) {
      const inner = splitAtTabs(n.children);
      inner.forEach((seg, k) => {
        if (k > 0) segs.push([]);
        if (seg.length) segs[segs.length - 1]!.push({ ...n, children: seg });
      });
    } else segs[segs.length - 1]!.push(n);
  }
  return segs;
}
