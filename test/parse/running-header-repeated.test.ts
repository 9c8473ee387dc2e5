// Review 14 (r14b): commune and Party plans printed from PDF repeat a running header at the top of each
// page that the number-based test does not know: a Party committee's number ("ĐẢNG ỦY PHƯỜNG TÂN AN
// Kế hoạch số 27-KH/ĐU"), or the issuer and the plan's title with no number at all ("UBND PHƯỜNG THANH
// SƠN - Kế hoạch tuyển chọn …"), found by its repetition after the page numbers. Either is furniture:
// the paragraph the page break cuts goes on across it, and it is no task.
import { describe, expect, it } from 'vitest';
import { isRunningHeader } from '../../src/parse/grammar.js';
import { find, parse, plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('running headers of commune and Party plans', () => {
  it('a Party committee number "27-KH/ĐU" is a running header', () => {
    expect(isRunningHeader('ĐẢNG ỦY PHƯỜNG TÂN AN            Kế hoạch số 27-KH/ĐU')).toBe(true);
    expect(isRunningHeader('Kế hoạch số 118-KH/TU (tiếp)')).toBe(true);
    expect(isRunningHeader('Ban Thường vụ ban hành Kế hoạch số 27-KH/ĐU')).toBe(false);
  });

  it('a header without a number, repeated at the top of the pages, is furniture', () => {
    const H = 'UBND PHƯỜNG THANH SƠN - Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2027';
    const text = plan(
      [
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Công an phường chủ trì, phối hợp với Trạm Y tế phường tổ chức xét nghiệm chất ma túy cho',
        '',
        '                                          1',
        '',
        `\f${H}`,
        'công dân đủ điều kiện, hoàn thành trong tháng 12/2026; báo cáo kết quả về Ủy ban nhân dân phường.',
        '2. Trạm Y tế phường chuẩn bị nhân lực, trang thiết bị phục vụ sơ tuyển sức khỏe cho công dân.',
        '',
        '                                          2',
        '',
        `\f${H}`,
        '3. Văn phòng HĐND và UBND phường tổ chức gặp mặt, tặng quà tân binh trước ngày giao quân.',
      ].join('\n'),
    );
    const pd = parse(text);
    expect(find(pd.roots, 'II.1')!.text).toBe(
      'Công an phường chủ trì, phối hợp với Trạm Y tế phường tổ chức xét nghiệm chất ma túy cho công dân đủ điều kiện, hoàn thành trong tháng 12/2026; báo cáo kết quả về Ủy ban nhân dân phường.',
    );
    expect(pd.document.furniture.filter((f) => f.kind === 'running-header').length).toBe(2);
    const r = registerOf(text);
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1', 'II.2', 'II.3']);
  });

  it('a line seen once at the top of a page stays text', () => {
    const text = plan(
      [
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Công an phường chủ trì tổ chức xét nghiệm chất ma túy cho công dân đủ điều kiện.',
        '',
        '                                          1',
        '',
        '\f2. Trạm Y tế phường chuẩn bị nhân lực, trang thiết bị phục vụ sơ tuyển sức khỏe',
        'Hội Chữ thập đỏ phường hỗ trợ tổ chức gặp mặt tân binh',
      ].join('\n'),
    );
    const r = registerOf(text);
    expect(r.tasks.map((t) => t.id)).toContain('II.2');
  });
});
