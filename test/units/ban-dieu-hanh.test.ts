// Review 14 (r14b): wards that call the board of each quarter "Ban điều hành khu phố" (Đồng Nai, Tây Ninh,
// TP. Hồ Chí Minh) give it work as they give "Ban nhân dân các ấp" theirs: "…; Ban điều hành các khu phố
// thực hiện trước ngày 31/12/2025." — one collective, whatever the spelling.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('Ban điều hành các khu phố', () => {
  it('is a collective unit that leads', () => {
    const r = registerOf(
      plan(
        [
          'II. NHIỆM VỤ',
          '- Trang trí, treo băng rôn, khẩu hiệu tuyên truyền tại nhà văn hóa các khu phố; Ban điều hành các khu phố thực hiện trước ngày 31/12/2025.',
          '- Ban điều hành khu phố vận động Nhân dân tham gia tổng vệ sinh môi trường.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => t.lead)).toEqual([['Ban điều hành các khu phố'], ['Ban điều hành các khu phố']]);
    expect(r.units.find((u) => u.name === 'Ban điều hành các khu phố')?.kind).toBe('collective');
  });
});
