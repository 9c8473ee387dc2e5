// A row that numbers the columns under an appendix table's header ("(1) | (2) | …", "1 | 2 | 3", "A | B | 1"),
// as Vietnamese forms print it, is part of the header: no task, no shifted row numbers, and in a table laid
// out with spaces it does not end the table.
import { describe, expect, it } from 'vitest';
import { appendixRows, registerOf } from '../helpers/register.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
  'Số: 55/KH-UBND',
  '',
  'KẾ HOẠCH',
  'Thực hiện cải cách hành chính năm 2026',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao chất lượng cải cách hành chính.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ chủ trì theo dõi, đôn đốc, báo cáo trước ngày 15/12/2026.',
  '',
  'PHỤ LỤC',
  'DANH MỤC NHIỆM VỤ',
  '',
];
const ROWS = [
  ['Rà soát văn bản quy phạm pháp luật', ['Sở Tư pháp'], ['Các sở, ban, ngành'], '2026-06-30'],
  ['Xây dựng quy chế phối hợp', ['Sở Nội vụ'], ['Sở Tư pháp'], '2026-06-30'],
];
const ids = (text: string, format: 'text' | 'markdown' = 'text') => {
  const r = registerOf(text, format);
  return { r, ids: r.tasks.filter((t) => t.origin === 'appendix').map((t) => t.id), noLead: r.diagnostics.filter((d) => d.rule === 'task/no-lead' || d.rule === 'deadline/unparsed') };
};

describe('a row numbering the columns under the header', () => {
  for (const [name, numbers] of [
    ['bracketed', '| (1) | (2) | (3) | (4) | (5) |'],
    ['bare numbers', '| 1 | 2 | 3 | 4 | 5 |'],
    ['letters then numbers', '| A | B | 1 | 2 | 3 |'],
    ['in italics', '| *(1)* | *(2)* | *(3)* | *(4)* | *(5)* |'],
  ] as const) {
    it(`pipe table, ${name}: no task of its own, the rows keep their numbers`, () => {
      const { r, ids: got, noLead } = ids(
        [
          ...HEAD,
          '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
          '|---|---|---|---|---|',
          numbers,
          '| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ban, ngành | Quý II/2026 |',
          '| 2 | Xây dựng quy chế phối hợp | Sở Nội vụ | Sở Tư pháp | Tháng 6/2026 |',
        ].join('\n'),
        'markdown',
      );
      expect(got).toEqual(['DM.1', 'DM.2']);
      expect(appendixRows(r)).toEqual(ROWS);
      expect(noLead).toEqual([]);
    });
  }

  it('tab-separated, the lead column before the content, under the header printed again', () => {
    const { r, ids: got } = ids(
      [
        ...HEAD,
        'TT\tCơ quan chủ trì\tNội dung\tCơ quan phối hợp\tThời gian',
        '(1)\t(2)\t(3)\t(4)\t(5)',
        '1\tSở Tư pháp\tRà soát văn bản quy phạm pháp luật\tCác sở, ban, ngành\tQuý II/2026',
        'TT\tCơ quan chủ trì\tNội dung\tCơ quan phối hợp\tThời gian',
        '(1)\t(2)\t(3)\t(4)\t(5)',
        '2\tSở Nội vụ\tXây dựng quy chế phối hợp\tSở Tư pháp\tTháng 6/2026',
      ].join('\n'),
    );
    expect(got).toEqual(['DM.1', 'DM.2']);
    expect(appendixRows(r)).toEqual(ROWS);
  });

  it('a row of figures or of one number is still a row ("| 3 | Tổ chức hội nghị | … |")', () => {
    const { ids: got } = ids(
      [
        ...HEAD,
        '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
        '|---|---|---|---|---|',
        '| 1 | 2 | 4 | 5 | 6 |',
        '| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ban, ngành | Quý II/2026 |',
      ].join('\n'),
      'markdown',
    );
    // (numbers that do not follow each other are no column numbering)
    expect(got.length).toBe(2);
  });

  it('a table laid out with spaces (pdftotext -layout): the numbering line under the header does not end the table', () => {
    const { r } = ids(
      [
        ...HEAD,
        '  STT    Nội dung hoạt động                      Thời gian       Đơn vị chủ trì        Đơn vị phối hợp',
        '',
        '  (1)    (2)                                     (3)             (4)                   (5)',
        '',
        '  1      Rà soát văn bản quy phạm pháp luật      Quý II/2026     Sở Tư pháp            Các sở, ban, ngành',
        '',
        '  2      Xây dựng quy chế phối hợp               Tháng 6/2026    Sở Nội vụ             Sở Tư pháp',
      ].join('\n'),
    );
    expect(appendixRows(r)).toEqual(ROWS);
  });
});
