// Sections whose numbers were lost: a Word plan (auto-numbered headings I./1., a) lists) converted by
// mammoth to Markdown keeps its headings as "# MỤC ĐÍCH, YÊU CẦU" / "## Công tác …" without numbers,
// writes an empty "- " item above each nested list, and escapes ( ) - . ; the same plan as plain text
// has its section titles in capitals alone on their lines.
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { isSectionTitle } from '../../src/parse/grammar.js';
import { validateText } from '../../src/validate/engine.js';
import type { OutlineNode } from '../../src/register/types.js';

const reg = (text: string, path = 'p.md') =>
  buildRegister({ text, path, sha256: sha256(text), format: path.endsWith('.md') ? 'markdown' : 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });

const ids = (nodes: OutlineNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);

/** mammoth's Markdown of a plan with auto-numbered headings (`num` writes the numbers back in). */
const mammoth = (num: boolean) =>
  [
    '__ỦY BAN NHÂN DÂN__  ',
    '__TỈNH PHÚ THỌ__',
    '',
    'Số: 233/KH\\-UBND',
    '',
    '__KẾ HOẠCH__',
    '',
    '__Phòng, chống thiên tai năm 2027__',
    '',
    `# ${num ? 'I\\. ' : ''}MỤC ĐÍCH, YÊU CẦU`,
    '',
    'Chủ động phòng ngừa, ứng phó kịp thời\\.',
    '',
    `# ${num ? 'II\\. ' : ''}NHIỆM VỤ, GIẢI PHÁP`,
    '',
    `## ${num ? '1\\. ' : ''}Công tác chỉ đạo, điều hành`,
    '',
    '- ',
    '\t- ',
    '\t\t1. Kiện toàn Ban Chỉ huy Phòng thủ dân sự tỉnh \\(Sở Nông nghiệp và Môi trường chủ trì, Bộ Chỉ huy Quân sự tỉnh phối hợp; thời gian: tháng 3/2027\\)\\.',
    '\t\t2. Ban hành quy chế phối hợp ứng phó sự cố vỡ đê \\(Sở Nông nghiệp và Môi trường chủ trì, Công an tỉnh phối hợp; thời gian: Quý II/2027\\)\\.',
    '',
    `## ${num ? '2\\. ' : ''}Công tác chuẩn bị lực lượng, phương tiện`,
    '',
    '- ',
    '\t- ',
    '\t\t1. Tổ chức diễn tập phòng thủ dân sự \\(Bộ Chỉ huy Quân sự tỉnh chủ trì, UBND các xã phối hợp; thời gian: Quý III/2027\\)\\.',
    '',
    `# ${num ? 'III\\. ' : ''}TỔ CHỨC THỰC HIỆN`,
    '',
    `## ${num ? '1\\. ' : ''}Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường bố trí kinh phí; hoàn thành trước ngày 30/6/2027\\.`,
    '',
  ].join('\n');

const TASKS = [
  ['II.1.1', ['Sở Nông nghiệp và Môi trường'], ['Bộ Chỉ huy Quân sự tỉnh'], '2027-03-31'],
  ['II.1.2', ['Sở Nông nghiệp và Môi trường'], ['Công an tỉnh'], '2027-06-30'],
  ['II.2.1', ['Bộ Chỉ huy Quân sự tỉnh'], ['UBND các xã'], '2027-09-30'],
  ['III.1', ['Sở Tài chính'], ['Sở Nông nghiệp và Môi trường'], '2027-06-30'],
];
const rows = (text: string, path?: string) => reg(text, path).tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null]);

describe('sections whose numbers a converter dropped', () => {
  it('Markdown headings without numbers are sections (I, II, III by order) and subsections (1, 2 …), as if numbered', () => {
    const r = reg(mammoth(false));
    expect(r.outline.map((n) => [n.id, n.marker, n.markerType, n.kind, n.role, n.text])).toEqual([
      ['I', '', 'roman', 'section', 'objectives', 'MỤC ĐÍCH, YÊU CẦU'],
      ['II', '', 'roman', 'section', 'content', 'NHIỆM VỤ, GIẢI PHÁP'],
      ['III', '', 'roman', 'section', 'organisation', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(ids(r.outline)).toEqual(['I', 'I.p1', 'II', 'II.1', 'II.1.1', 'II.1.2', 'II.2', 'II.2.1', 'III', 'III.1']);
    expect(rows(mammoth(false))).toEqual(TASKS);
    expect(r.document.title?.text).toBe('Phòng, chống thiên tai năm 2027');
    expect(r.tasks.find((t) => t.id === 'II.1.1')!.sectionTitles).toEqual(['NHIỆM VỤ, GIẢI PHÁP', 'Công tác chỉ đạo, điều hành']);
  });

  it('the same plan with its numbers written gives the same tasks; the empty "- " items are no tasks and shift no ids', () => {
    const r = reg(mammoth(true));
    expect(rows(mammoth(true))).toEqual(TASKS);
    expect(r.tasks.some((t) => t.text === '-' || t.text === '')).toBe(false);
    expect(r.document.furniture.filter((f) => f.text === '-').map((f) => f.line)).toEqual([18, 19, 25, 26]);
    expect(r.unclassified).toEqual([]);
  });

  it('validate: no false numbering/duplicate nor task/no-lead on the unnumbered headings', () => {
    const ds = validateText({ text: mammoth(false), path: 'p.md' });
    expect(ds.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([]);
  });

  it('plain text: a section title in capitals alone on its line (blank lines around it or not)', () => {
    const body = ['MỤC ĐÍCH, YÊU CẦU', 'Chủ động phòng ngừa.', 'NHIỆM VỤ, GIẢI PHÁP', '1. Kiện toàn Ban Chỉ huy (Sở Nông nghiệp và Môi trường chủ trì; thời gian: tháng 3/2027).', 'KINH PHÍ THỰC HIỆN', 'Từ ngân sách tỉnh.', 'TỔ CHỨC THỰC HIỆN', 'Sở Tài chính chủ trì bố trí kinh phí; hoàn thành trước ngày 30/6/2027.'];
    for (const sep of ['\n', '\n\n']) {
      const text = ['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ', 'Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Phòng, chống thiên tai năm 2027', '', body.join(sep)].join('\n');
      const r = reg(text, 'p.txt');
      expect(r.outline.map((n) => [n.id, n.role])).toEqual([
        ['I', 'objectives'],
        ['II', 'content'],
        ['III', 'funding'],
        ['IV', 'organisation'],
      ]);
      expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
        ['II.1', ['Sở Nông nghiệp và Môi trường']],
        ['IV.p1', ['Sở Tài chính']],
      ]);
    }
  });

  it('not a section: the title in capitals over two lines, a plan that numbers its sections, a caps line inside a caps block', () => {
    // the title's own second line ("KẾ HOẠCH" / "TỔ CHỨC THỰC HIỆN PHONG TRÀO …") stays the title
    const title = reg(['KẾ HOẠCH', 'TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2027', '', '1. Sở Nội vụ chủ trì hướng dẫn; thời gian: tháng 3/2027.', '2. Sở Tài chính bố trí kinh phí.', '3. Các sở, ngành triển khai.'].join('\n'), 'p.txt');
    expect(title.document.title?.text).toBe('TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2027');
    expect(title.outline.map((n) => n.id)).toEqual(['1', '2', '3']);
    // numbered sections: an unnumbered caps line inside one is left as it was
    const numbered = ['KẾ HOẠCH', 'Phòng, chống thiên tai năm 2027', '', 'I. NHIỆM VỤ', '1. Sở Y tế chủ trì tập huấn; thời gian: tháng 3/2027.', '', 'TỔ CHỨC THỰC HIỆN', '', 'Sở Tài chính chủ trì bố trí kinh phí.', '', 'II. KINH PHÍ', 'Ngân sách tỉnh.'].join('\n');
    expect(reg(numbered, 'p.txt').outline.map((n) => n.id)).toEqual(['I', 'II']);
    expect(isSectionTitle('MỤC ĐÍCH, YÊU CẦU')).toBe(true);
    expect(isSectionTitle('Nhiệm vụ, giải pháp')).toBe(true);
    expect(isSectionTitle('TỔ CHỨC THỰC HIỆN:')).toBe(true);
    for (const t of ['ỦY BAN NHÂN DÂN TỈNH', 'CÔNG TÁC PHÒNG CHỐNG LỤT BÃO', 'Nhiệm vụ của các sở, ngành là rất nặng nề.', 'NỘI DUNG']) expect(isSectionTitle(t)).toBe(t === 'NỘI DUNG');
  });
});
