// Tables as pandoc writes a Word table with multi-line cells: grid tables and multiline tables.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import type { Register } from '../../src/register/types.js';

const rows = (r: Register) => r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.text, t.lead, t.support, t.deadline?.due ?? null]);

const EXPECTED = [
  ['Rà soát, chuẩn hóa dữ liệu dân cư phục vụ cấp dịch vụ công trực tuyến', ['Công an xã'], ['Văn phòng HĐND và UBND', 'Các thôn'], '2026-06-30'],
  ['Phổ cập chữ ký số cho người dân', ['Tổ Công nghệ số cộng đồng'], ['Viettel Nghệ An', 'Bưu điện xã'], '2026-12-31'],
];

describe('pandoc tables', () => {
  it('a grid table (+---+ borders, header names and cells over several lines) is read row by row', async () => {
    const { register: r } = await extractFile('fixtures/tables/pandoc-grid.md', { config: null });
    expect(rows(r)).toEqual(EXPECTED);
    expect(r.appendices[0]!.header?.columns.map((c) => [c.name, c.role])).toEqual([
      ['TT', 'tt'],
      ['Nội dung', 'content'],
      ['Cơ quan chủ trì', 'lead'],
      ['Cơ quan phối hợp', 'support'],
      ['Thời gian hoàn thành', 'deadline'],
    ]);
    // the rows keep their source lines; the borders are placed with the table, nothing is unclassified
    expect(r.tasks.filter((t) => t.origin === 'appendix').map((t) => [t.source.line, t.source.endLine])).toEqual([[25, 27], [29, 30]]);
    expect(r.unclassified).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule.startsWith('table/'))).toEqual([]);
  });

  it('a multiline table (dashed rules, rows apart by a blank line) is read like a table laid out with spaces', async () => {
    const { register: r } = await extractFile('fixtures/tables/pandoc-multiline.md', { config: null });
    expect(rows(r)).toEqual(EXPECTED);
  });
});
