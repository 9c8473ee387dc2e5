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

  it('the lead named later with "chủ trì" after a bracketed sub-unit or with where its members are', () => {
    const r = planRegister(
      'II. NHIỆM VỤ\n1. Môi trường\na) Kiểm tra, giám sát việc chấp hành pháp luật về bảo vệ môi trường. Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi trường) chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện; thời gian: Thường xuyên.\nb) Xây dựng kế hoạch bảo đảm an ninh trường học; hoàn thành trong Quý III/2026. Các trường học trên địa bàn xã chủ trì, phối hợp với Công an xã thực hiện.',
    );
    expect(names(taskById(r, 'II.1.a').lead)).toEqual(['Công an tỉnh']);
    expect(names(taskById(r, 'II.1.a').support)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(names(taskById(r, 'II.1.b').lead)).toEqual(['Các trường học']);
    expect(names(taskById(r, 'II.1.b').support)).toEqual(['Công an xã']);
  });
});
