// Builds Word (.docx) versions of the sample plans with the `docx` library, the way plans are drafted
// in Word, so that the register from the .docx can be compared with the register from the text:
//
//  - the two-column header table (issuer | national motto, number | place and date);
//  - automatic numbering: one multi-level list (upperRoman "%1.", decimal "%2.", lowerLetter "%3)" or
//    decimal "%2.%3.") and a bullet list ("-"); the markers are NOT in the text. An item whose number
//    Word cannot produce (a duplicate "3.", the Vietnamese letter "đ)", a gap) keeps a typed marker,
//    as in real documents that mix both;
//  - Markdown headings → Word heading styles, **bold** / *italic* → run formatting;
//  - a paragraph the text version shows split by a page break is one paragraph with a page break in it;
//  - footnotes as Word footnotes; the signature block as a two-column table;
//  - the appendix as a real table in a landscape section: header row repeated on each page
//    (tableHeader), group rows spanning all columns (columnSpan), equal lead/deadline cells merged
//    over several rows (vMerge);
//  - optional: tracked changes (a deletion + insertion, a deleted numbered item), a comment, images.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

export interface DocxPlanOptions {
  /** Issuer lines in the header table's left column. */
  issuer: string[];
  /** Level 2 of the outline numbered "1.1." (decimal "%2.%3.") instead of "a)". */
  subDecimal?: boolean;
  /** Group rows of the appendix table: a row spanning all columns before the row with this TT. */
  appendixGroups?: { before: string; text: string }[];
  /** In the paragraph containing `paragraph`, `inserted` is a tracked insertion after a tracked deletion of `deleted`. */
  trackedChange?: { paragraph: string; deleted: string; inserted: string };
  /** A numbered item deleted with tracked changes (text and paragraph mark) after the paragraph containing this text. */
  deletedItemAfter?: string;
  /** A Word comment on the paragraph containing `paragraph`. */
  comment?: { paragraph: string; author: string; text: string };
  /** A logo in the header table and a picture between two paragraphs. */
  images?: boolean;
}

interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  /** A footnote reference. */
  note?: number;
  pageBreak?: boolean;
}

interface Para {
  spans: Span[];
  heading: number;
  /** Outline numbering: level 0–2 of the plan list, 3 = bullet list; null = no numbering. */
  level: number | null;
}

const REVISION = { author: 'Phòng Văn hóa - Xã hội', date: '2026-01-05T08:00:00Z' };
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

// ------------------------------------------------------------------------------------ text → spans

/** Inline Markdown of the samples: **bold**, *italic*, ***both***, <i>…</i>, <sup>N</sup>. */
function spans(line: string): Span[] {
  const out: Span[] = [];
  let bold = false;
  let italic = false;
  for (const tok of line.split(/(<sup>\d+<\/sup>|<\/?i>|\*{1,3})/)) {
    if (tok === '') continue;
    const sup = /^<sup>(\d+)<\/sup>$/.exec(tok);
    if (sup) out.push({ text: '', bold, italic, note: Number(sup[1]) });
    else if (tok === '***') (bold = !bold), (italic = !italic);
    else if (tok === '**') bold = !bold;
    else if (tok === '*' || tok === '<i>' || tok === '</i>') italic = tok === '<i>' ? true : tok === '</i>' ? false : !italic;
    else out.push({ text: tok, bold, italic });
  }
  return out;
}

const plain = (ss: Span[]) => ss.map((s) => s.text).join('');

/** Remove the first `n` characters of the text (a typed marker now produced by numbering). */
function dropPrefix(ss: Span[], n: number): Span[] {
  const out: Span[] = [];
  for (const s of ss) {
    if (n > 0 && !s.note) {
      const cut = Math.min(n, s.text.length);
      n -= cut;
      const rest = s.text.slice(cut);
      if (rest) out.push({ ...s, text: rest });
    } else out.push(s);
  }
  if (out[0] && !out[0].note) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  return out;
}

// ------------------------------------------------------------------------------------ numbering

const VIET = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** What Word shows for each level, following its counters; used to decide auto vs typed markers. */
class WordCounters {
  private c: number[] = [];
  constructor(private subDecimal: boolean) {}
  preview(level: number): string {
    const c = [...this.c];
    c[level] = (c[level] ?? 0) + 1;
    if (level === 0) return `${ROMAN[c[0]!]}.`;
    if (level === 1) return `${c[1]}.`;
    return this.subDecimal ? `${c[1] ?? 0}.${c[2]}.` : `${VIET[c[2]! - 1]})`;
  }
  take(level: number): void {
    this.c[level] = (this.c[level] ?? 0) + 1;
    this.c.length = level + 1;
  }
}

const MARKER = /^(?:([IVX]+)\.|(\d+)\.(\d+)\.|(\d+)\.|([a-zđ])\)|([-+]))\s+/u;

function levelOf(m: RegExpExecArray): number {
  if (m[1]) return 0;
  if (m[2]) return 2;
  if (m[4]) return 1;
  if (m[5]) return 2;
  return 3;
}

// ------------------------------------------------------------------------------------ builder

export async function planToDocx(text: string, opts: DocxPlanOptions): Promise<Buffer> {
  // Lines; a bold span open across lines (a title over three lines) is one paragraph with line breaks.
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let l = raw[i]!;
    while (((l.match(/\*\*/g) ?? []).length % 2 === 1) && i + 1 < raw.length && raw[i + 1]!.trim() !== '') l += `\n${raw[++i]}`;
    lines.push(l);
  }
  const stripped = (l: string) => l.replace(/^#+\s*/, '').replace(/[*_]/g, '').trim();
  const titleAt = lines.findIndex((l) => /^KẾ HOẠCH\b/u.test(stripped(l)));
  const closingAt = lines.findIndex((l) => /^N[oơ]i nhận\s*:/iu.test(stripped(l)));
  const appendixAt = lines.findIndex((l, i) => i > closingAt && /^(DANH MỤC|PHỤ LỤC)/u.test(stripped(l)));
  const end = appendixAt >= 0 ? appendixAt : lines.length;

  // ------------------------------------------------ footnotes ("---" then "<sup>N</sup> text")
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const noteLines = new Set<number>();
  lines.forEach((l, i) => {
    const m = /^<sup>(\d+)<\/sup>\s*(.*)$/.exec(l.trim());
    if (m && i > 0) {
      footnotes[Number(m[1])] = { children: [new Paragraph({ children: [new TextRun(m[2]!)] })] };
      noteLines.add(i);
      for (let k = i - 1; k >= 0 && (lines[k]!.trim() === '' || lines[k]!.trim() === '---'); k--) noteLines.add(k);
    }
  });

  // ------------------------------------------------ body paragraphs
  const paras: Para[] = [];
  for (let i = titleAt; i < closingAt; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || noteLines.has(i)) continue;
    const h = /^(#{1,6})\s+/.exec(l);
    const ss = spans(h ? l.slice(h[0].length) : l);
    const prev = paras[paras.length - 1];
    // A paragraph the text shows split by a page break: one Word paragraph with a page break inside.
    if (prev && !h && prev.heading === 0 && /^\p{Ll}/u.test(plain(ss)) && !MARKER.test(plain(ss)) && !/[.;:!?)]$/.test(plain(prev.spans).trim())) {
      prev.spans.push({ text: '', bold: false, italic: false, pageBreak: true }, ...ss);
      continue;
    }
    paras.push({ spans: ss, heading: h ? h[1]!.length : 0, level: null });
  }

  const counters = new WordCounters(!!opts.subDecimal);
  const body: (Paragraph | Table)[] = [headerTable(lines.slice(0, titleAt), opts)];
  let comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  let changeId = 1;
  paras.forEach((p, k) => {
    const t = plain(p.spans);
    const m = MARKER.exec(t);
    let numbering: { reference: string; level: number } | undefined;
    let ss = p.spans;
    if (m) {
      const level = levelOf(m);
      if (level === 3) {
        numbering = { reference: 'bullets', level: 0 };
        ss = dropPrefix(ss, m[0].length);
      } else if (counters.preview(level) === m[0].trim()) {
        counters.take(level);
        numbering = { reference: 'plan', level };
        ss = dropPrefix(ss, m[0].length);
      }
    }
    let children: ParagraphChild[] = runs(ss);
    if (opts.trackedChange && t.includes(opts.trackedChange.paragraph)) children = tracked(ss, opts.trackedChange, () => changeId++);
    if (opts.comment && t.includes(opts.comment.paragraph)) {
      const id = comments.length;
      comments = [...comments, { id, author: opts.comment.author, date: new Date('2026-01-05T08:00:00Z'), children: [new Paragraph(opts.comment.text)] }];
      children = [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    body.push(
      new Paragraph({
        children,
        ...(p.heading ? { heading: HEADINGS[p.heading - 1] } : {}),
        ...(numbering ? { numbering } : {}),
      }),
    );
    if (opts.deletedItemAfter && t.includes(opts.deletedItemAfter)) {
      // An item deleted with tracked changes: its text and its paragraph mark. Word does not count it.
      body.push(
        new Paragraph({
          numbering: { reference: 'plan', level: 2 },
          run: { deletion: { id: changeId++, ...REVISION } },
          children: [new DeletedTextRun({ text: 'Nhiệm vụ đã bỏ khỏi dự thảo: tổ chức hội nghị sơ kết.', id: changeId++, ...REVISION })],
        }),
      );
    }
    if (opts.images && k === 1) body.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 }, altText: { name: 'hinh', description: 'Sơ đồ tổ chức', title: 'Sơ đồ' } })] }));
  });
  body.push(signatureTable(lines.slice(closingAt, end).filter((l, i) => l.trim() !== '' && !noteLines.has(closingAt + i))));

  const sections: { properties?: object; children: (Paragraph | Table)[] }[] = [{ children: body }];
  if (appendixAt >= 0) sections.push({ properties: { type: SectionType.NEXT_PAGE, page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: appendix(lines.slice(appendixAt), opts) });

  const doc = new Document({
    creator: 'plan-extract tests',
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
            opts.subDecimal ? { level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.' } : { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
          ],
        },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }, { level: 1, format: LevelFormat.BULLET, text: '+' }] },
      ],
    },
    footnotes,
    ...(comments.length ? { comments: { children: comments } } : {}),
    sections,
  });
  return Packer.toBuffer(doc);
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Word runs; a line break inside a paragraph (a title over three lines) is a soft break (Shift+Enter). */
function runs(ss: Span[]): (TextRun | FootnoteReferenceRun | PageBreak)[] {
  return ss.flatMap((s) => {
    if (s.note) return [new FootnoteReferenceRun(s.note)];
    if (s.pageBreak) return [new PageBreak()];
    return s.text.split('\n').map((t, i) => new TextRun({ text: t, bold: s.bold, italics: s.italic, ...(i > 0 ? { break: 1 } : {}) }));
  });
}

/** The paragraph with `inserted` as a tracked insertion right after a tracked deletion of `deleted`. */
function tracked(ss: Span[], tc: NonNullable<DocxPlanOptions['trackedChange']>, id: () => number) {
  const out: (TextRun | FootnoteReferenceRun | PageBreak | InsertedTextRun | DeletedTextRun)[] = [];
  let done = false;
  for (const s of ss) {
    const at = s.text.indexOf(tc.inserted);
    if (done || at < 0 || s.note || s.pageBreak) {
      out.push(...runs([s]));
      continue;
    }
    done = true;
    if (at > 0) out.push(new TextRun({ text: s.text.slice(0, at), bold: s.bold, italics: s.italic }));
    out.push(new DeletedTextRun({ text: tc.deleted, id: id(), ...REVISION }));
    out.push(new InsertedTextRun({ text: tc.inserted, id: id(), ...REVISION }));
    const rest = s.text.slice(at + tc.inserted.length);
    if (rest) out.push(new TextRun({ text: rest, bold: s.bold, italics: s.italic }));
  }
  return out;
}

const NO_BORDERS = {
  top: { style: 'none', size: 0, color: 'FFFFFF' },
  bottom: { style: 'none', size: 0, color: 'FFFFFF' },
  left: { style: 'none', size: 0, color: 'FFFFFF' },
  right: { style: 'none', size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: 'none', size: 0, color: 'FFFFFF' },
  insideVertical: { style: 'none', size: 0, color: 'FFFFFF' },
} as const;

/** The header: issuer | motto, then number | place and date (italic), as two-column borderless table. */
function headerTable(header: string[], opts: DocxPlanOptions): Table {
  const number = header.find((l) => /^Số\s*:/u.test(l.trim()));
  const date = header.find((l) => /ngày/u.test(l));
  const cell = (ps: Paragraph[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: ps.length ? ps : [new Paragraph('')] });
  const issuer = opts.issuer.map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] }));
  if (opts.images) issuer.unshift(new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 30, height: 30 } })] }));
  const rows = [
    new TableRow({
      children: [
        cell(issuer),
        cell([
          new Paragraph({ children: [new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true })] }),
        ]),
      ],
    }),
  ];
  if (number || date) {
    rows.push(new TableRow({ children: [cell(number ? [new Paragraph({ children: runs(spans(number.trim())) })] : []), cell(date ? [new Paragraph({ children: runs(spans(date.trim())) })] : [])] }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows });
}

/** "Nơi nhận:" and the recipients (a bullet list) on the left, the signer on the right. */
function signatureTable(lines: string[]): Table {
  let split = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s*-/.test(lines[i]!)) {
      split = i;
      break;
    }
  }
  const left = lines.slice(0, split).map((l, i) => {
    const text = l.replace(/^#+\s*/, '').trim();
    if (i > 0) return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: runs(spans(text.replace(/^-\s*/, ''))) });
    return new Paragraph({ children: runs(spans(text)) });
  });
  const right = lines.slice(split).flatMap((l) => {
    const ss = spans(l.trim());
    // "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**": one paragraph per line.
    return plain(ss)
      .split('\n')
      .map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: ss.some((s) => s.bold) })] }));
  });
  const cell = (ps: Paragraph[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: ps.length ? ps : [new Paragraph('')] });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

/** Title paragraphs, then the task table: header row repeated on each page, group rows, merged cells. */
function appendix(lines: string[], opts: DocxPlanOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let i = 0;
  for (; i < lines.length && !lines[i]!.includes('\t'); i++) {
    if (lines[i]!.trim() === '') continue;
    // "DANH MỤC**Nhiệm vụ …***(Kèm theo …)*" is three paragraphs in Word: one per style.
    const groups: Span[][] = [];
    for (const s of spans(lines[i]!)) {
      const last = groups[groups.length - 1];
      if (last && last[0]!.bold === s.bold && last[0]!.italic === s.italic) last.push(s);
      else groups.push([s]);
    }
    for (const g of groups) out.push(new Paragraph({ children: runs(g) }));
  }
  const header = lines[i]!.split('\t');
  const rows = lines
    .slice(i + 1)
    .filter((l) => l.includes('\t') && l !== lines[i])
    .map((l) => l.split('\t'));
  const width = header.length;
  const mergeCols = new Set([header.findIndex((h) => /tham mưu|chủ trì/iu.test(h)), header.findIndex((h) => /thời gian/iu.test(h))]);
  const groupAt = new Map((opts.appendixGroups ?? []).map((g) => [g.before, g.text]));
  const cellPara = (t: string) => new Paragraph({ children: runs(spans(t)) });
  const tableRows: TableRow[] = [new TableRow({ tableHeader: true, children: header.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) })];
  let prev: string[] | null = null;
  rows.forEach((r, k) => {
    const g = groupAt.get(r[0]!);
    if (g) {
      tableRows.push(new TableRow({ children: [new TableCell({ columnSpan: width, children: [new Paragraph({ children: [new TextRun({ text: g, bold: true })] })] })] }));
      prev = null;
    }
    const next = rows[k + 1];
    const nextInGroup = next && !groupAt.has(next[0]!) ? next : null;
    tableRows.push(
      new TableRow({
        children: r.map((c, col) => {
          if (!mergeCols.has(col)) return new TableCell({ children: [cellPara(c)] });
          const continues = prev !== null && prev[col] === c;
          const startsMerge = !continues && nextInGroup !== null && nextInGroup[col] === c;
          if (continues) return new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')] });
          return new TableCell({ ...(startsMerge ? { verticalMerge: VerticalMergeType.RESTART } : {}), children: [cellPara(c)] });
        }),
      }),
    );
    prev = r;
  });
  out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: tableRows }));
  return out;
}

// ------------------------------------------------------------------------------------ raw OOXML

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawParts {
  /** Content of <w:body>. */
  body: string;
  /** Content of <w:numbering>, <w:styles>, <w:footnotes>, <w:comments>. */
  numbering?: string;
  styles?: string;
  footnotes?: string;
  comments?: string;
}

/** A .docx written by hand (for Word features the `docx` library does not write), stored uncompressed. */
export function rawDocx(parts: RawParts): Buffer {
  const wrap = (tag: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} xmlns:w="${W}" xmlns:r="${R}">${inner}</w:${tag}>`;
  const extra = (['numbering', 'styles', 'footnotes', 'comments'] as const).filter((k) => parts[k] !== undefined);
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${extra.map((k, i) => `<Relationship Id="rId${i + 1}" Type="${R}/${k}" Target="${k}.xml"/>`).join('')}</Relationships>`,
    ],
    ['word/document.xml', wrap('document', `<w:body>${parts.body}</w:body>`)],
    ...extra.map((k): [string, string] => [`word/${k}.xml`, wrap(k, parts[k]!)]),
  ];
  return storeZip(files.map(([n, s]) => [n, Buffer.from(s, 'utf8')]));
}

/** A paragraph: text runs, optional numbering (numId/ilvl), style, bold. */
export function p(text: string, o: { numId?: number; ilvl?: number; style?: string; bold?: boolean; pPr?: string } = {}): string {
  const numPr = o.numId !== undefined ? `<w:numPr>${o.ilvl !== undefined ? `<w:ilvl w:val="${o.ilvl}"/>` : ''}<w:numId w:val="${o.numId}"/></w:numPr>` : '';
  const pPr = o.style || numPr || o.pPr ? `<w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}${numPr}${o.pPr ?? ''}</w:pPr>` : '';
  const runs = text
    .split('\t')
    .map((t, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}${t ? `<w:r>${o.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>` : ''}`)
    .join('');
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** A numbering level definition. */
export function lvl(ilvl: number, numFmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

const CRC = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip with stored (uncompressed) entries. */
export function storeZip(files: [string, Buffer][]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let off = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(n.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(n.length, 28);
    ch.writeUInt32LE(off, 42);
    local.push(lh, n, data);
    central.push(ch, n);
    off += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(off, 16);
  return Buffer.concat([...local, cd, end]);
}
