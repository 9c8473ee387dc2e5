// Review 14 (r14c): deadline and assignment phrasing across sectors (health, education, agriculture,
// digital transformation, security).
import { describe, expect, it } from 'vitest';
import { planRegister, taskById } from '../helpers/register.js';

const names = (xs: { name: string }[] | string[]) => xs.map((x) => (typeof x === 'string' ? x : x.name));

describe('review 14 r14c', () => {
  it('a lower-case label on the next physical line continues the sentence ("…;" / "thời gian: Định kỳ 6 tháng. Phòng … chủ trì")', () => {
    const r = planRegister(
      'II. NHIỆM VỤ\n1. An toàn trường học\nb) Tuyên truyền phòng, chống ma túy, bạo lực học đường, xâm hại trẻ em trong trường học;\nthời gian: Định kỳ 6 tháng. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã,\nĐoàn Thanh niên xã thực hiện.\nc) Kiểm tra bếp ăn tập thể.\n- Thời gian: Quý III/2026.',
    );
    const t = taskById(r, 'II.1.b');
    expect(names(t.lead)).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(names(t.support)).toEqual(['Công an xã', 'Đoàn Thanh niên']);
    expect(t.deadline?.raw).toBe('Định kỳ 6 tháng');
    // a field line of its own (a bullet, a capital) is still the item's field
    expect(taskById(r, 'II.1.c').deadline?.due).toBe('2026-09-30');
  });
});
