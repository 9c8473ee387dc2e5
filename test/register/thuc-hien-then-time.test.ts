// Review 14 (r14b): a commune plan closes an item with its unit and "thực hiện" followed straight by the
// time, no separator: "b) Duy trì chế độ trực ban 24/24 giờ …. Văn phòng HĐND và UBND xã thực hiện từ ngày
// 01/6/2026 đến ngày 30/11/2026." — that unit leads, as in "… . X thực hiện; thời hạn: …".
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('"X thực hiện" then a time at the end of an item', () => {
  it('the unit before "thực hiện" leads', () => {
    const r = registerOf(
      plan(
        [
          'II. NHIỆM VỤ TRỌNG TÂM',
          'a) Duy trì chế độ trực ban 24/24 giờ trong mùa mưa bão; tiếp nhận, xử lý kịp thời các bản tin dự báo. Văn phòng HĐND và UBND xã thực hiện từ ngày 01/6/2026 đến ngày 30/11/2026.',
          'b) Rà soát danh sách hộ nghèo sống ở khu vực nguy hiểm. Phòng Văn hóa - Xã hội thực hiện, hoàn thành trước ngày 30/5/2026.',
          'c) Tổ chức tuyên truyền cho các hộ dân vùng sạt lở. Các hộ dân thực hiện theo hướng dẫn của ấp.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.deadline?.due ?? null])).toEqual([
      ['II.a', ['Văn phòng HĐND và UBND'], '2026-11-30'],
      ['II.b', ['Phòng Văn hóa - Xã hội'], '2026-05-30'],
      ['II.c', [], null],
    ]);
  });
});
