// .docx input: the four sample plans built as real Word files (auto-numbered lists, header table,
// appendix table with merged cells in a landscape section, page breaks inside paragraphs, footnotes,
// tracked changes, a comment, images) give the same registers as their text versions; the Word
// features one by one; and files that are not a readable .docx fail with one line and exit code 2.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../src/ingest/docx.js';
import { readPlanFile } from '../../src/ingest/read.js';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { extractFile } from '../../src/register/extract.js';
import type { Register, Task } from '../../src/register/types.js';
import { InputError } from '../../src/util/fs.js';
import { cli, tmp } from '../helpers/cli.js';
import { lvl, p, planToDocx, rawDocx, storeZip, type DocxPlanOptions } from './build-docx.js';

const SAMPLES: Record<string, DocxPlanOptions> = {
  '000_f7326b36a3c50a06': { issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BẮC KẠN'], subDecimal: true },
  '001_01aba15c383c1695': {
    issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÁCH QUANG'],
    appendixGroups: [
      { before: '1', text: 'I. Công tác chỉ đạo, điều hành và cải cách thủ tục hành chính' },
      { before: '9', text: 'II. Cải cách tổ chức bộ máy, công vụ, tài chính công và chính quyền số' },
    ],
  },
  '002_726a7572a9116535': {
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'],
    comment: { paragraph: 'Tổ chức tập huấn, bồi dưỡng về văn hóa công vụ', author: 'Sở Nội vụ', text: 'Đề nghị ghi rõ số lớp tập huấn.' },
  },
  '003_707369c25b7aeffb': {
    issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NHÂN HÒA'],
    images: true,
    trackedChange: { paragraph: 'chủ trì, phối hợp Trung tâm Cung ứng', deleted: 'Văn phòng HĐND và UBND', inserted: 'Phòng Văn hóa - Xã hội' },
    deletedItemAfter: 'Các cơ quan, đơn vị tổ chức phổ biến, tuyên truyền',
  },
};

const dir = tmp('pe-docx-');
const built = new Map<string, { file: string; bytes: Buffer; text: Register; docx: Register }>();

beforeAll(async () => {
  for (const [name, opts] of Object.entries(SAMPLES)) {
    const bytes = await planToDocx(readFileSync(`fixtures/${name}.txt`, 'utf8'), opts);
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    const text = (await extractFile(`fixtures/${name}.txt`, { config: null })).register;
    const docx = (await extractFile(file, { config: null })).register;
    built.set(name, { file, bytes, text, docx });
  }
});

const sample = (name: string) => built.get(name)!;

/** What a tracker needs from a task: the same for the .docx and the text version. */
const taskView = (t: Task) => ({
  id: t.id,
  origin: t.origin,
  marker: t.marker,
  text: t.text,
  lead: t.lead,
  support: t.support,
  assignedBy: t.assignedBy,
  deadline: t.deadline && { raw: t.deadline.raw, kind: t.deadline.kind, start: t.deadline.start, due: t.deadline.due, recurrence: t.deadline.recurrence },
  footnotes: t.footnotes,
});

const docView = (r: Register) => ({
  number: r.document.number?.raw ?? null,
  date: r.document.date && { raw: r.document.date.raw, place: r.document.date.place, year: r.document.date.year, month: r.document.date.month, day: r.document.date.day },
  title: r.document.title?.text ?? null,
  kind: r.document.kind,
  year: r.document.year,
  period: r.document.period,
  legalBasis: r.document.legalBasis.map((c) => [c.kind, c.number, c.date]),
  signer: r.document.signer && [r.document.signer.title, r.document.signer.name],
  recipients: r.document.recipients.map((x) => x.text),
});

describe.each(Object.keys(SAMPLES))('sample %s as a Word file', (name) => {
  it('uses real Word numbering: the outline markers are not in the document text', async () => {
    const { value } = await mammoth.extractRawText({ buffer: sample(name).bytes });
    const lines = value.slice(0, value.search(/N[oơ]i nhận/u)).split('\n').filter((l) => l.trim()); // the body
    expect(lines.some((l) => /^(I|II|III)\. /.test(l))).toBe(false);
    expect(lines.some((l) => /^- /.test(l))).toBe(false);
    expect(lines.filter((l) => /^(1|2)\. /.test(l)).length).toBeLessThanOrEqual(1); // at most a typed duplicate
  });

  it('gives the same tasks (ids, texts, leads, supports, deadlines) as the text version', () => {
    const { text, docx } = sample(name);
    expect(docx.tasks.length).toBe(text.tasks.length);
    expect(docx.tasks.map(taskView)).toEqual(text.tasks.map(taskView));
  });

  it('gives the same units, footnotes and plan metadata', () => {
    const { text, docx } = sample(name);
    const units = (r: Register) => r.units.map((u) => [u.id, u.name, u.kind, u.aliases, u.leadCount, u.supportCount]);
    expect(units(docx)).toEqual(units(text));
    expect(docx.footnotes.map((f) => [f.id, f.text, f.citedBy])).toEqual(text.footnotes.map((f) => [f.id, f.text, f.citedBy]));
    expect(docView(docx)).toEqual(docView(text));
    expect(docx.document.issuer?.text).toBe(SAMPLES[name]!.issuer.join(' / '));
    expect(docx.stats.tasksWithLead).toBe(text.stats.tasksWithLead);
    expect(docx.stats.tasksWithDeadline).toBe(text.stats.tasksWithDeadline);
  });

  it('records the Word file as the source and places every line of the converted text', () => {
    const { docx, bytes, file } = sample(name);
    expect(docx.source).toMatchObject({ path: file, format: 'docx', sha256: createHash('sha256').update(bytes).digest('hex'), encoding: 'utf-8', lineEnding: 'lf', bytes: bytes.length });
    expect(docx.stats.placedShare).toBe(1);
    expect(docx.unclassified).toEqual([]);
    expect(docx.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('Word features in the samples', () => {
  it('001: the appendix table: group rows spanning the table, lead and deadline cells merged over rows, header row once', async () => {
    const { docx, bytes } = sample('001_01aba15c383c1695');
    const { text } = await docxToText(bytes);
    expect(text).toMatch(/<td colspan="5">I\. Công tác chỉ đạo/);
    expect(text).toMatch(/<td rowspan="3">Phòng Văn hoá - Xã hội<\/td>/);
    expect(text.match(/<tr><th>TT<\/th>/g)).toHaveLength(1);
    const t = (id: string) => docx.tasks.find((x) => x.id === id)!;
    for (const id of ['DM.11', 'DM.12', 'DM.13']) expect(t(id).lead).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(t('DM.3').deadline).toMatchObject({ kind: 'quarter', due: '2026-03-31' }); // merged deadline cell
    expect(t('DM.5').lead).toEqual(['Trung tâm Phục vụ hành chính công']);
    expect(t('DM.1').sectionPath).toEqual(['DM', 'DM.I']);
    expect(t('DM.18').sectionPath).toEqual(['DM', 'DM.II']);
    expect(docx.appendices).toHaveLength(1);
    expect(docx.appendices[0]!.rows).toBe(18);
  });

  it('001: a paragraph with a page break in the middle is one task, as the text version joins it', () => {
    const { docx } = sample('001_01aba15c383c1695');
    const item = docx.tasks.find((x) => x.id === 'II.3-1')!;
    expect(item.text).toContain('Phòng Kinh tế, Hạ tầng và Đô thị; Trung tâm Phục vụ hành chính công');
  });

  it('000: the Word footnote is cited where the text version cites it', () => {
    const { docx } = sample('000_f7326b36a3c50a06');
    expect(docx.footnotes).toHaveLength(1);
    expect(docx.footnotes[0]).toMatchObject({ id: '1', citedBy: ['I.2.1'] });
    expect(docx.footnotes[0]!.text).toMatch(/^Công văn số 1891\/UBND-NC/);
  });

  it('002: a Word comment is left out of the plan, with an info diagnostic on its line', async () => {
    const { docx, bytes } = sample('002_726a7572a9116535');
    expect(JSON.stringify(docx.tasks)).not.toContain('số lớp tập huấn');
    const d = docx.diagnostics.filter((x) => x.rule === 'docx/comment-ignored');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'info' });
    expect(d[0]!.message).toMatch(/Sở Nội vụ.*Đề nghị ghi rõ số lớp tập huấn/);
    const { text } = await docxToText(bytes);
    expect(text.split('\n')[d[0]!.line - 1]).toMatch(/Tổ chức tập huấn, bồi dưỡng về văn hóa công vụ/);
    expect(docx.tasks.find((t) => t.source.line === d[0]!.line)?.id).toBe('IV.1.c');
  });

  it('003: tracked changes are read as accepted (deletions out, insertions in) and reported once', () => {
    const { docx } = sample('003_707369c25b7aeffb');
    const json = JSON.stringify(docx);
    expect(json).not.toContain('Nhiệm vụ đã bỏ');
    expect(json).not.toContain('UBNDPhòng');
    expect(docx.tasks.find((t) => t.id === 'II.1.b')).toMatchObject({ lead: ['Phòng Văn hóa - Xã hội'], text: expect.stringMatching(/^Phòng Văn hóa - Xã hội chủ trì/) });
    const d = docx.diagnostics.filter((x) => x.rule === 'docx/tracked-changes');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning' });
    expect(d[0]!.message).toMatch(/1 insertion, 3 deletions.*all changes accepted/);
  });

  it('003: images are ignored with an info diagnostic each', () => {
    const { docx } = sample('003_707369c25b7aeffb');
    const d = docx.diagnostics.filter((x) => x.rule === 'docx/image-ignored');
    expect(d).toHaveLength(2);
    expect(d.every((x) => x.severity === 'info')).toBe(true);
    expect(d[1]!.message).toMatch(/Sơ đồ tổ chức/);
  });
});

// ---------------------------------------------------------------------------------------- features

/** Markdown without remark's escapes, as lines. */
const lines = (md: string) => md.replace(/\\([.\-+*#>_[\]])/g, '$1').split('\n').filter((l) => l.trim() !== '');

function registerOf(text: string, diagnostics: Register['diagnostics'] = []): Register {
  return buildRegister({ text, path: 'x.docx', sha256: sha256(text), format: 'docx', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: diagnostics });
}

const HEADER = [p('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }), p('PHƯỜNG HOÀ BÌNH\tĐộc lập - Tự do - Hạnh phúc', { bold: true }), p('Số: 12/KH-UBND\tHoà Bình, ngày 05 tháng 3 năm 2026'), p('KẾ HOẠCH', { bold: true }), p('Cải cách hành chính năm 2026', { bold: true })].join('');

describe('automatic numbering', () => {
  const numbering = [
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4)')}${lvl(4, 'bullet', '\uf0b7')}${lvl(5, 'bullet', 'o')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimalZero', '%1.')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="3">${lvl(0, 'upperLetter', '%1.')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="4">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="5">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '(%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="6">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="7">${lvl(0, 'decimal', 'Điều %1.', '<w:pStyle w:val="Dieu"/>')}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>',
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
    '<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>',
    '<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>',
    '<w:num w:numId="8"><w:abstractNumId w:val="6"/></w:num>',
    '<w:num w:numId="9"><w:abstractNumId w:val="6"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    '<w:num w:numId="10"><w:abstractNumId w:val="7"/></w:num>',
  ].join('');
  const styles = [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="Heading1"/></w:style>',
  ].join('');
  const body = [
    p('MỤC ĐÍCH, YÊU CẦU', { numId: 1, ilvl: 0 }),
    p('Mục đích', { numId: 1, ilvl: 1 }),
    p('Tiếp tục thực hiện có hiệu quả', { numId: 1, ilvl: 2 }),
    p('Nâng cao chất lượng', { numId: 1, ilvl: 2 }),
    p('Yêu cầu', { numId: 2, ilvl: 1 }), // another w:num on the same list, without overrides: numbering continues
    p('Bám sát định hướng', { numId: 1, ilvl: 3 }),
    p('', { numId: 1, ilvl: 3 }), // an empty numbered paragraph: Word counts it
    p('Đề cao trách nhiệm', { numId: 1, ilvl: 3 }),
    p('Gạch đầu dòng Symbol', { numId: 1, ilvl: 4 }),
    p('Gạch đầu dòng chữ o', { numId: 1, ilvl: 5 }),
    p('NỘI DUNG', { numId: 1, ilvl: 0 }),
    p('Bắt đầu từ năm', { numId: 3, ilvl: 1 }), // a list instance with a start override
    p('Tiếp theo', { numId: 3, ilvl: 1 }),
    p('Theo kiểu danh sách một', { style: 'ListNumber' }), // numbering from the paragraph style
    p('Theo kiểu danh sách hai', { style: 'ListNumber' }),
    p('Đề mục có số theo kiểu', { style: 'Heading1' }),
    p('Đề mục kế thừa kiểu', { style: 'MyHeading' }),
    p('Không đánh số', { style: 'Heading1', numId: 0, ilvl: 0 }),
    p('TỔ CHỨC THỰC HIỆN', { numId: 6, ilvl: 0 }),
    p('Số kiểu pháp lý', { numId: 6, ilvl: 1 }),
    p('Mục không khởi động lại', { numId: 7, ilvl: 1 }),
    p('Cấp trên', { numId: 7, ilvl: 0 }),
    p('Mục tiếp tục', { numId: 7, ilvl: 1 }),
    p('Chữ một', { numId: 8, ilvl: 0 }),
    p('Chữ hai', { numId: 8, ilvl: 0 }),
    p('Chữ lại từ đầu', { numId: 9, ilvl: 0 }),
    p('1.\tMục đã gõ số tay'), // a typed marker followed by a tab
    p('Phạm vi áp dụng', { style: 'Dieu' }), // a list level linked to a style (w:lvl/w:pStyle)
    p('Hiệu lực thi hành', { style: 'Dieu' }),
  ].join('');

  it('writes each marker as Word shows it: formats, templates, shared and restarted lists, styles, restarts', async () => {
    const { text } = await docxToText(rawDocx({ body, numbering, styles }));
    expect(lines(text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '1.1. Tiếp tục thực hiện có hiệu quả',
      '1.2. Nâng cao chất lượng',
      '2. Yêu cầu',
      'a) Bám sát định hướng',
      'c) Đề cao trách nhiệm',
      '• Gạch đầu dòng Symbol',
      '○ Gạch đầu dòng chữ o',
      'II. NỘI DUNG',
      '5. Bắt đầu từ năm',
      '6. Tiếp theo',
      '01. Theo kiểu danh sách một',
      '02. Theo kiểu danh sách hai',
      '# A. Đề mục có số theo kiểu',
      'B. Đề mục kế thừa kiểu', // numbered through the style it is based on (mammoth maps only the style itself to a heading)
      '# Không đánh số',
      'I. TỔ CHỨC THỰC HIỆN',
      '1.1 Số kiểu pháp lý',
      '(1) Mục không khởi động lại',
      '1. Cấp trên',
      '(2) Mục tiếp tục',
      'a) Chữ một',
      'b) Chữ hai',
      'a) Chữ lại từ đầu',
      '1. Mục đã gõ số tay',
      'Điều 1. Phạm vi áp dụng',
      'Điều 2. Hiệu lực thi hành',
    ]);
  });

  it('numbered paragraphs become outline items with the same ids as typed markers', async () => {
    const items = [
      p('MỤC ĐÍCH', { numId: 1, ilvl: 0 }),
      p('Mục đích', { numId: 1, ilvl: 1 }),
      p('NỘI DUNG', { numId: 1, ilvl: 0 }),
      p('Cải cách thể chế', { numId: 1, ilvl: 1 }),
      p('Văn phòng HĐND và UBND tổ chức rà soát các quy định.', { numId: 1, ilvl: 3 }),
      p('Phòng Văn hóa - Xã hội tuyên truyền về cải cách hành chính.', { numId: 1, ilvl: 3 }),
      p('Cải cách thủ tục hành chính', { numId: 1, ilvl: 1 }),
      p('Trung tâm Phục vụ hành chính công công khai thủ tục.', { numId: 1, ilvl: 4 }),
      p('Trung tâm Phục vụ hành chính công số hóa hồ sơ.', { numId: 1, ilvl: 4 }),
    ].join('');
    const typed = ['I. MỤC ĐÍCH', '1. Mục đích', 'II. NỘI DUNG', '1. Cải cách thể chế', 'a) Văn phòng HĐND và UBND tổ chức rà soát các quy định.', 'b) Phòng Văn hóa - Xã hội tuyên truyền về cải cách hành chính.', '2. Cải cách thủ tục hành chính', '- Trung tâm Phục vụ hành chính công công khai thủ tục.', '- Trung tâm Phục vụ hành chính công số hóa hồ sơ.'];
    const { text } = await docxToText(rawDocx({ body: HEADER + items, numbering, styles }));
    const fromDocx = registerOf(text);
    const fromText = registerOf(['Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026', '', ...typed.flatMap((t) => [t, ''])].join('\n'));
    const view = (r: Register) => r.tasks.map((t) => [t.id, t.text, t.lead]);
    expect(view(fromDocx)).toEqual([
      ['II.1.a', 'Văn phòng HĐND và UBND tổ chức rà soát các quy định.', ['Văn phòng HĐND và UBND']],
      ['II.1.b', 'Phòng Văn hóa - Xã hội tuyên truyền về cải cách hành chính.', ['Phòng Văn hóa - Xã hội']],
      ['II.2-1', 'Trung tâm Phục vụ hành chính công công khai thủ tục.', ['Trung tâm Phục vụ hành chính công']],
      ['II.2-2', 'Trung tâm Phục vụ hành chính công số hóa hồ sơ.', ['Trung tâm Phục vụ hành chính công']],
    ]);
    expect(view(fromDocx)).toEqual(view(fromText));
  });
});

describe('layout and tables', () => {
  it('a header and a signature laid out with tabs are read as their two columns; tabs in the body stay', async () => {
    const body = [
      HEADER,
      p('I. NỘI DUNG'),
      p('1. Văn phòng HĐND và UBND rà soát quy chế làm việc.'),
      p('Thời gian hoàn thành:\tngày 15 tháng 3 năm 2026'),
      p('Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN', { bold: true }),
      p('- Như trên;\t\tCHỦ TỊCH'),
      p('- Lưu: VT.'),
      p('\t\tNguyễn Văn An', { bold: true }),
    ].join('');
    const { text } = await docxToText(rawDocx({ body }));
    const r = registerOf(text);
    expect(r.tasks.map((t) => [t.id, t.lead, t.deadline?.due])).toEqual([['I.1', ['Văn phòng HĐND và UBND'], '2026-03-15']]);
    expect(r.document.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', name: 'Nguyễn Văn An' });
    expect(r.document.recipients.map((x) => x.text)).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(r.document.issuer?.text).toBe('ỦY BAN NHÂN DÂN / PHƯỜNG HOÀ BÌNH');
    expect(r.document.number).toMatchObject({ serial: '12', code: 'KH-UBND' });
    expect(r.document.date).toMatchObject({ place: 'Hoà Bình', iso: '2026-03-05' });
    expect(r.document.title?.text).toBe('Cải cách hành chính năm 2026');
    expect(r.document.furniture.filter((f) => f.kind === 'motto')).toHaveLength(2);
  });

  it('a header table with a logo column is flattened; a task table keeps merged cells, a two-row header, numbered TT cells', async () => {
    const cell = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`;
    const row = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    const header = `<w:tbl>${row(cell('') + cell(p('ỦY BAN NHÂN DÂN') + p('PHƯỜNG HOÀ BÌNH')) + cell(p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc')))}${row(cell('') + cell(p('Số: 07/KH-UBND')) + cell(p('Hoà Bình, ngày 02 tháng 01 năm 2026')))}</w:tbl>`;
    const tt = p('', { numId: 1, ilvl: 0 }); // the TT column numbered by Word: "1", "2", …
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const tasks = [
      '<w:tbl>',
      row(cell(p('TT'), restart) + cell(p('Nội dung nhiệm vụ'), restart) + cell(p('Đơn vị thực hiện'), '<w:gridSpan w:val="2"/>') + cell(p('Thời gian hoàn thành'), restart), '<w:tblHeader/>'),
      row(cell('', cont) + cell('', cont) + cell(p('Chủ trì')) + cell(p('Phối hợp')) + cell('', cont), '<w:tblHeader/>'),
      row(cell(p('I. Cải cách thủ tục hành chính'), '<w:gridSpan w:val="5"/>')),
      row(cell(tt) + cell(p('Rà soát thủ tục hành chính.')) + cell(p('Văn phòng HĐND và UBND') + p('Phòng Văn hóa - Xã hội'), restart) + cell(p('- Công an phường') + p('- Trung tâm Phục vụ hành chính công')) + cell(p('Quý I/2026'))),
      '<w:bookmarkStart w:id="0" w:name="giua"/><w:bookmarkEnd w:id="0"/>',
      row(cell(tt) + cell(p('Số hóa hồ sơ.')) + cell('', cont) + cell(p('Các tổ dân phố')) + cell(p('Năm 2026'))),
      row(cell(tt) + cell(p('Một dòng đã xóa.')) + cell(p('Phòng Kinh tế')) + cell(p('')) + cell(p('Năm 2026')), `<w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/>`),
      row(cell(tt) + cell(p('Công khai kết quả.')) + cell(p('Trung tâm Phục vụ hành chính công')) + cell(p('')) + cell(p('Thường xuyên'))),
      '</w:tbl>',
    ].join('');
    const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const signature = `<w:tbl>${row(cell(p('Nơi nhận:') + p('- Như trên;') + p('- Lưu: VT.')) + cell(p('CHỦ TỊCH', { bold: true }) + p('Nguyễn Văn An', { bold: true })))}</w:tbl>`;
    const body = [
      header,
      p('KẾ HOẠCH', { bold: true }),
      p('Cải cách hành chính năm 2026', { bold: true }),
      p('I. TỔ CHỨC THỰC HIỆN'),
      p('1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.'),
      signature,
      p('PHỤ LỤC', { bold: true }),
      tasks,
    ].join('');
    const { text, diagnostics } = await docxToText(rawDocx({ body, numbering }));
    expect(text).toContain('<tr><th>TT</th><th>Nội dung nhiệm vụ</th><th>Đơn vị thực hiện - Chủ trì</th><th>Đơn vị thực hiện - Phối hợp</th><th>Thời gian hoàn thành</th></tr>');
    expect(text).not.toContain('Một dòng đã xóa');
    const r = registerOf(text, diagnostics);
    expect(r.document).toMatchObject({ issuer: { text: 'ỦY BAN NHÂN DÂN / PHƯỜNG HOÀ BÌNH' }, number: { serial: '07' }, date: { iso: '2026-01-02' }, signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } });
    expect(r.document.recipients.map((x) => x.text)).toEqual(['Như trên;', 'Lưu: VT.']);
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null, t.sectionPath])).toEqual([
      ['DM.1', ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội'], ['Công an phường', 'Trung tâm Phục vụ hành chính công'], '2026-03-31', ['DM', 'DM.I']],
      ['DM.2', ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội'], ['Các tổ dân phố'], '2026-12-31', ['DM', 'DM.I']],
      ['DM.3', ['Trung tâm Phục vụ hành chính công'], [], null, ['DM', 'DM.I']],
    ]);
  });
});

describe('year columns in a Word table', () => {
  it('"Thời gian thực hiện" merged over "2026 | 2027 | 2028", rows marked "x": the marked years are the deadline', async () => {
    const cell = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`;
    const row = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const head = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp'];
    const data = (cells: string[]) => row(cells.map((c) => cell(c ? p(c) : '')).join(''));
    const tasks = [
      '<w:tbl>',
      row(head.map((h) => cell(p(h), restart)).join('') + cell(p('Thời gian thực hiện'), '<w:gridSpan w:val="3"/>'), '<w:tblHeader/>'),
      row(head.map(() => cell('', cont)).join('') + cell(p('2026')) + cell(p('2027')) + cell(p('2028')), '<w:tblHeader/>'),
      data(['1', 'Khảo sát, xây dựng danh mục điểm du lịch cộng đồng', 'Sở Văn hóa, Thể thao và Du lịch', 'UBND các xã, phường', 'x', '', '']),
      data(['2', 'Đầu tư đường giao thông kết nối điểm du lịch', 'Sở Xây dựng', 'Sở Tài chính', '', 'x', 'x']),
      '</w:tbl>',
    ].join('');
    const body = [
      p('KẾ HOẠCH', { bold: true }),
      p('Phát triển du lịch cộng đồng giai đoạn 2026 - 2028', { bold: true }),
      p('I. TỔ CHỨC THỰC HIỆN'),
      p('1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.'),
      p('PHỤ LỤC', { bold: true }),
      tasks,
    ].join('');
    const { text, diagnostics } = await docxToText(rawDocx({ body }));
    const r = registerOf(text, diagnostics);
    expect(r.appendices[0]!.header!.columns.slice(4).map((c) => [c.name, c.role])).toEqual(['2026', '2027', '2028'].map((y) => [`Thời gian thực hiện - ${y}`, 'deadline']));
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.id, t.lead, t.deadline?.raw, t.deadline?.due])).toEqual([
      ['DM.1', ['Sở Văn hóa, Thể thao và Du lịch'], 'Năm 2026', '2026-12-31'],
      ['DM.2', ['Sở Xây dựng'], 'Năm 2027 – 2028', '2028-12-31'],
    ]);
  });
});

describe('quarter columns in a Word table', () => {
  it('"Năm 2027" and "Năm 2028" merged over "Quý I | … | Quý IV" each, rows ticked "x": the ticked quarters are the deadline', async () => {
    const cell = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`;
    const row = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    const head = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp'];
    const quarters = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
    const data = (cells: string[]) => row(cells.map((c) => cell(c ? p(c) : '')).join(''));
    const tasks = [
      '<w:tbl>',
      row(head.map((h) => cell(p(h), '<w:vMerge w:val="restart"/>')).join('') + cell(p('Năm 2027'), '<w:gridSpan w:val="4"/>') + cell(p('Năm 2028'), '<w:gridSpan w:val="4"/>'), '<w:tblHeader/>'),
      row(head.map(() => cell('', '<w:vMerge/>')).join('') + [...quarters, ...quarters].map((q) => cell(p(q))).join(''), '<w:tblHeader/>'),
      data(['1', 'Nâng cấp Cổng thông tin điện tử', 'Văn phòng Sở', 'Phòng Chuyển đổi số', '', 'x', 'x', '', '', '', '', '']),
      data(['2', 'Xây dựng bản đồ số hạ tầng viễn thông', 'Phòng Chuyển đổi số', 'Công an tỉnh', '', '', '', 'x', 'x', '', '', '']),
      '</w:tbl>',
    ].join('');
    const body = [
      p('KẾ HOẠCH', { bold: true }),
      p('Chuyển đổi số giai đoạn 2027 - 2028', { bold: true }),
      p('I. TỔ CHỨC THỰC HIỆN'),
      p('1. Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.'),
      p('PHỤ LỤC', { bold: true }),
      tasks,
    ].join('');
    const { text, diagnostics } = await docxToText(rawDocx({ body }));
    const r = registerOf(text, diagnostics);
    expect(r.appendices[0]!.header!.columns.slice(4).map((c) => [c.name, c.role])).toEqual(['2027', '2028'].flatMap((y) => quarters.map((q) => [`Năm ${y} - ${q}`, 'deadline'])));
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.id, t.deadline?.raw, t.deadline?.due])).toEqual([
      ['DM.1', 'Quý II – III/2027', '2027-09-30'],
      ['DM.2', 'Quý IV/2027 – quý I/2028', '2028-03-31'],
    ]);
  });
});

describe('tracked changes, notes and breaks', () => {
  it('a deleted paragraph mark joins two paragraphs; moved text is read at its new place; each change is counted', async () => {
    const rev = 'w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"';
    const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const body = [
      p('Mở đầu.'),
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del ${rev}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Tổ chức </w:t></w:r></w:p>`,
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>tuyên truyền</w:t></w:r><w:moveFrom ${rev}><w:r><w:t xml:space="preserve"> sâu rộng</w:t></w:r></w:moveFrom><w:r><w:t>.</w:t></w:r></w:p>`,
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange ${rev}><w:rPr/></w:rPrChange></w:rPr><w:t>Kiểm tra</w:t></w:r><w:moveTo ${rev}><w:r><w:t xml:space="preserve"> sâu rộng</w:t></w:r></w:moveTo><w:r><w:t>.</w:t></w:r></w:p>`,
    ].join('');
    const { text, diagnostics } = await docxToText(rawDocx({ body, numbering }));
    expect(lines(text)).toEqual(['Mở đầu.', 'a) Tổ chức tuyên truyền.', '**b) Kiểm tra** sâu rộng.']);
    expect(diagnostics).toEqual([
      { rule: 'docx/tracked-changes', severity: 'warning', message: expect.stringMatching(/\(1 insertion, 2 deletions, 1 formatting change\)/), line: 3, column: expect.any(Number) },
    ]);
  });

  it('footnotes are numbered in reading order (not by Word id) and placed after a rule at the end', async () => {
    const ref = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const body = [
      p('KẾ HOẠCH', { bold: true }),
      p('Kiểm tra công vụ năm 2026', { bold: true }),
      p('I. NỘI DUNG'),
      `<w:p><w:r><w:t>1. Phòng Văn hóa - Xã hội tổ chức kiểm tra công vụ.</w:t></w:r>${ref(7)}</w:p>`,
      `<w:p><w:r><w:t>2. Văn phòng HĐND và UBND theo dõi, tổng hợp.</w:t></w:r>${ref(3)}</w:p>`,
    ].join('');
    const note = (id: number, t: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${t}</w:t></w:r></w:p></w:footnote>`;
    const footnotes = `<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>${note(3, 'Công văn số 2 của UBND tỉnh.')}${note(7, 'Kế hoạch số 1 của UBND tỉnh.')}`;
    const { text } = await docxToText(rawDocx({ body, footnotes }));
    expect(text).toMatch(/kiểm tra công vụ\.<sup>1<\/sup>\n/);
    expect(text).toMatch(/\n---\n\n<sup>1<\/sup> Kế hoạch số 1 của UBND tỉnh\.\n\n<sup>2<\/sup> Công văn số 2 của UBND tỉnh\.\n$/);
    const r = registerOf(text);
    expect(r.footnotes.map((f) => [f.id, f.text, f.citedBy])).toEqual([
      ['1', 'Kế hoạch số 1 của UBND tỉnh.', ['I.1']],
      ['2', 'Công văn số 2 của UBND tỉnh.', ['I.2']],
    ]);
  });

  it('a page break inside a paragraph is a space, and a page break paragraph leaves nothing', async () => {
    const body = `<w:p><w:r><w:t>rõ trách</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>nhiệm.</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p>${p('Hết.')}`;
    const { text } = await docxToText(rawDocx({ body }));
    expect(lines(text)).toEqual(['rõ trách nhiệm.', 'Hết.']);
  });
});

// ---------------------------------------------------------------------------------------- CLI

describe('plan-extract with .docx files', () => {
  it('extract writes the register of a .docx plan (exit 0); export makes trackers from it', () => {
    const cwd = tmp();
    const { file } = sample('001_01aba15c383c1695');
    const r = cli(['extract', file], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/→ out[/\\]001_01aba15c383c1695\.register\.json: 64 tasks/);
    const reg = JSON.parse(readFileSync(path.join(cwd, 'out', '001_01aba15c383c1695.register.json'), 'utf8'));
    expect(reg.source.format).toBe('docx');
    const e = cli(['export', file, '--to', 'csv', '-o', 'trackers'], { cwd });
    expect(e.code).toBe(0);
    expect(existsSync(path.join(cwd, 'trackers', 'tong-hop.csv'))).toBe(true);
  });

  const good = () => sample('001_01aba15c383c1695').bytes;
  const ole = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000), Buffer.from(stream, 'utf16le'), Buffer.alloc(500)]);
  const encryptedZip = () => {
    const b = Buffer.from(storeZip([['word/document.xml', Buffer.from('<x/>')]]));
    b.writeUInt16LE(0x801, b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8); // "encrypted" flag in the directory
    return b;
  };
  const bomb = () => {
    const b = Buffer.from(storeZip([['word/document.xml', Buffer.from('<x/>')]]));
    b.writeUInt32LE(0xfffffff0, b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24); // "unpacks to 4 GB"
    return b;
  };
  const corrupt = () => {
    const b = Buffer.from(good());
    const at = b.indexOf('word/document.xml') + 300;
    for (let i = at; i < at + 64; i++) b[i] = b[i]! ^ 0x5a;
    return b;
  };
  it.each([
    ['truncated.docx', () => good().subarray(0, 4000), /truncated\.docx: damaged \.docx file \(the zip archive is incomplete or corrupt\)/],
    ['corrupt.docx', corrupt, /corrupt\.docx: damaged \.docx file \((cannot decompress|checksum error in) word\/document\.xml\)/],
    ['encrypted.docx', () => ole('EncryptionInfo'), /encrypted\.docx: password-protected \(encrypted\) Word document; remove the password/],
    ['renamed-doc.docx', () => ole('WordDocument'), /renamed-doc\.docx: this is an old binary Word file \(\.doc\), not a \.docx/],
    ['old.doc', () => ole('WordDocument'), /old\.doc: this is an old binary Word\/Office file \(\.doc\); save it as \.docx/],
  ])('refuses %s with one clear line, exit code 2, nothing written', (name, bytes, message) => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, name), bytes());
    const r = cli(['extract', name], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it.each([
    ['random.docx', () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)), /^random\.docx: not a Word \.docx file \(not a zip archive\)/],
    ['zip-password.docx', encryptedZip, /^zip-password\.docx: password-protected \(encrypted\) zip archive/],
    ['plain.docx', () => Buffer.from('KẾ HOẠCH\nCải cách hành chính\n'), /^plain\.docx: not a Word \.docx file \(it is plain text\); rename it to \.txt or \.md$/],
    ['book.docx', () => storeZip([['xl/workbook.xml', Buffer.from('<workbook/>')]]), /^book\.docx: this is an Excel workbook, not a Word document$/],
    ['no-document.docx', () => storeZip([['hello.txt', Buffer.from('hi')]]), /^no-document\.docx: not a Word document \(the zip archive has no word\/document\.xml\)$/],
    ['empty.docx', () => Buffer.alloc(0), /^empty\.docx: empty file$/],
    ['bad-xml.docx', () => rawDocx({ body: '<w:p><w:r><w:t>x</w:t></w:r>' }), /^bad-xml\.docx: damaged \.docx file \(word\/document\.xml is not well-formed XML\)/],
    ['no-text.docx', () => rawDocx({ body: '<w:p/>' }), /^no-text\.docx: the Word document has no text$/],
    ['bomb.docx', bomb, /^bomb\.docx: word\/document\.xml is too large once unpacked/],
  ])('refuses %s with an InputError of one line', async (name, bytes, message) => {
    const cwd = tmp();
    writeFileSync(path.join(cwd, name), bytes());
    const err = await readPlanFile(path.join(cwd, name)).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as InputError).message.replace(`${cwd}${path.sep}`, '');
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
  });

  it('loads the Word converter (mammoth) only for .docx input', () => {
    const script = `
      import { createRequire } from 'node:module';
      const req = createRequire(${JSON.stringify(path.resolve('package.json'))});
      const { extractFile } = await import(${JSON.stringify(path.resolve('dist/register/extract.js'))});
      const loaded = () => Object.keys(req.cache).some((k) => /[\\\\/]node_modules[\\\\/]mammoth[\\\\/]/.test(k));
      await extractFile(${JSON.stringify(path.resolve('fixtures/003_707369c25b7aeffb.txt'))}, { config: null });
      const afterText = loaded();
      await extractFile(${JSON.stringify(sample('003_707369c25b7aeffb').file)}, { config: null });
      console.log(JSON.stringify({ afterText, afterDocx: loaded() }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ afterText: false, afterDocx: true });
  });
});
