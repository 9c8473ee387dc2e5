// The fast path of src/parse/markdown.ts must give exactly what remark gives: every fixture,
// a generated corpus and random documents built from the line kinds that matter to CommonMark
// (list markers, indentation, trailing spaces, tabs, setext underlines, code, HTML, emphasis).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, type SrcLine } from '../../src/parse/flatten.js';
import { parseMarkdown, sourceLines, type SourceStats } from '../../src/parse/markdown.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function planFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? planFiles(path.join(dir, e.name)) : /\.(md|txt)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/**
 * Block ids renumbered by first appearance: ids are only compared for equality. An empty list item
 * ("1." alone) takes the id of the block before it in remark's tree walk, and which block that is
 * depends on whether remark merged the lists around it; it is left out of the comparison.
 */
function normalise(lines: SrcLine[]): unknown[] {
  const ids = new Map<number, number>();
  return lines.map((l) => {
    if (l.block === 'list' && l.runs.length === 0) return { ...l, blockId: 'empty item' };
    if (!ids.has(l.blockId)) ids.set(l.blockId, ids.size);
    return { ...l, blockId: ids.get(l.blockId) };
  });
}

const reference = (t: string) => normalise(flatten(parseMarkdown(t), t));

describe('sourceLines: remark only where the text needs it', () => {
  for (const file of planFiles(FIXTURES)) {
    it(`equals remark's lines on ${path.relative(FIXTURES, file)}`, () => {
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').normalize('NFC');
      expect(normalise(sourceLines(text))).toEqual(reference(text));
    });
  }

  it('takes most lines of a real plan by the fast path', () => {
    const text = readFileSync(path.join(FIXTURES, '001_01aba15c383c1695.txt'), 'utf8');
    const stats: SourceStats = { fastLines: 0, remarkLines: 0, slices: 0 };
    sourceLines(text, stats);
    expect(stats.fastLines).toBeGreaterThan(2 * stats.remarkLines);
  });

  it('parses a document with a construct that spans blank lines whole with remark', () => {
    const text = 'Đoạn một\n\n```\ncode\n\nstill code\n```\n\n1. Mục';
    const stats: SourceStats = { fastLines: 0, remarkLines: 0, slices: 0 };
    expect(normalise(sourceLines(text, stats))).toEqual(reference(text));
    expect(stats.fastLines).toBe(0);
  });

  it.each([
    ['an ordered item after indented code (micromark keeps the code open)', '      mã\n\n2. Nội dung\n\nVăn bản'],
    ['an indented block after a list item belongs to the item', '1. Mục một\n\n    tiếp theo của mục\n\nĐoạn'],
    ['a list that cannot interrupt a paragraph is paragraph text', 'Các nội dung sau:\n2. Không phải danh sách'],
    ['a bullet list interrupts a paragraph', 'Các nội dung sau:\n- Một\n- Hai\ntiếp'],
    ['a hard line break', 'Dòng một  \ndòng hai'],
    ['a setext underline', 'Tiêu đề\n---\n\nTiêu đề\n==='],
    ['tabs in table rows and leading tabs', '1\tNội dung\t\tUBND\n\tô trống đầu\n\n\tthụt lề'],
    ['five spaces after a marker', '1.     mã trong mục'],
    ['a sibling with another delimiter', '1. Một\n2) Hai'],
    ['NBSP at the start of a line', '\u00a0Đoạn\n\n\u00a0- không phải mục'],
    ['bold and italic spans, headings', '## **KẾ HOẠCH**\n**Điều 1.** Ban hành\n*Hà Nội, ngày 5*\ntiếp\n**Đậm**\n**Đậm**\n- **Mục** một'],
    ['a line ending after a bold span', 'Văn bản\n   **Đậm thụt lề**\nthường'],
    ['spans inside a line, flanking by punctuation', 'Phòng Văn hóa *(chủ trì)*, Công an *phối hợp*.\na*b*c và “**trích**”'],
    ['recipients indented by one space', '*Nơi nhận:*\n - Như trên;\n - Lưu: VT.\n\n   - thụt ba sau đoạn'],
    ['footnote marks and references in <sup>, a rule before the footnotes', 'Văn bản<sup>1</sup> tiếp.\n\n---\n<sup>1</sup> Chú thích một\n<sup>2</sup>\n---'],
    ['a rule right after a paragraph is a setext underline', 'Tiêu đề\n---\n\n- - -\n* * *'],
    ['an indented item after a list is a sibling or a child', '1. **Mục** một\n\n   - con\n\n - anh em'],
  ])('%s', (_name, text) => {
    expect(normalise(sourceLines(text))).toEqual(reference(text));
  });

  const LINES = [
    '', '', '', 'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024;', 'I. MỤC ĐÍCH, YÊU CẦU', 'a) Nội dung', 'đ) Nội dung',
    '1. Mục', '2. Mục hai', '10. Mười', '01. Không một', '1) Ngoặc', '3) Ba', '- Gạch', '+ Cộng', '* Sao', '-', '1.', '- ',
    '-5% chỉ tiêu', '1.1. Mục con', '2024. Năm', '   tiếp', ' một dấu cách', '    bốn dấu cách', '      sáu', '\tthụt tab',
    '  - lồng', '   1. lồng số', '# Tiêu đề', '**Đậm** dòng', '*nghiêng*', '> trích', '---', '===', '***', '- - -', '___',
    'cuối  ', 'cuối tab\t', 'a\tb\t\tc', '1\tô\tô', 'x &amp; y', 'a\\', '`mã`', '[liên kết](x)', 'chú thích<sup>1</sup>',
    '<table><tr><td>ô</td></tr></table>', '| a | b |', 'a_b', '\u00a0nbsp', '1.    bốn sau dấu', '1.     năm sau dấu',
    '**Đậm**', '**Đậm** và thường', '*Nghiêng*', '*Nghiêng* tiếp', '## **KẾ HOẠCH**', '### **1. Mục đích**', '###### sáu',
    '####### bảy', '## ', '#x', '## a #', '- **Đậm** mục', '1. *Nghiêng*', '**Đậm**,', '**(Kèm theo)**', '** không**',
    '**không **', '**a**b', '***ba***', '**a*b**', '**', '*', '   **thụt đậm**', '**\u00a0nbsp**', '**a** **b**',
    '## 1. số trong tiêu đề', '**Điều 1.** Ban hành', '**Đậm\ntiếp đậm**',
    'a *b* c', 'a **b** c', 'a*b*c', 'a **b**c', 'a** b**', '(*chủ trì*)', 'x *(y)*.', '*a* *b*', '**a** *b* **c**',
    'a *b', 'a* b', 'a *b* *c', '*a**', '“**trích**”', 'tag *.* x', ' - thụt một', '  - thụt hai', '   - thụt ba',
    ' 1. số thụt', '  2. số hai', ' + cộng', ' -', ' - *nghiêng*', 'Nơi nhận:', '- Như trên;',
    '<sup>1</sup> Chú thích', 'văn bản<sup>2</sup> tiếp', '<sup>', '</sup>', '<sup>1', 'x</sup> y', '**a**<sup>1</sup>',
    '*a<sup>1</sup>*', '<SUP>1</SUP>', '<sup >1</sup>', '<br>', '(<i>nghiêng</i>)', '<i>x</i>', '<b>', 'a<em>b</em>c',
    '<i><sup>1</sup></i>', '1\tnội dung (<i>ưu tiên</i>).\tUBND', ' ---', '   ***', '_ _ _', '----------', '--', '<sup>1</sup>',
  ];
  it('equals remark on random documents made of these line kinds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }), fc.boolean(), (ls, nl) => {
        const text = ls.join('\n') + (nl ? '\n' : '');
        expect(normalise(sourceLines(text))).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
