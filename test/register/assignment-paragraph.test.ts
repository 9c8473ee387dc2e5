// Review 14 (r14b): commune plans write an item as a full sentence and, on a line of its own below it,
// who does it, the unit first (no "Giao"): "a) Tuyên truyền … cho trẻ em." / "Phòng Văn hóa - Xã hội chủ
// trì, phối hợp với … thực hiện. Thời gian: thường xuyên." The line is the item's fields: one task with
// its units and deadline, not an item with no lead and a second task. A line that gives work of its own
// stays a task of its own.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { planRegister, registerOf } from '../helpers/register.js';

describe('a paragraph that says who does the item above it', () => {
  it('gives the item its units and deadline', () => {
    const r = registerOf(
      plan(
        [
          'II. NHIỆM VỤ TRỌNG TÂM',
          '1. Công tác thông tin, tuyên truyền',
          'a) Tuyên truyền, phổ biến kiến thức phòng, chống thiên tai trên hệ thống truyền thanh xã, trang thông tin điện tử của xã.',
          'Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã thực hiện. Thời gian: thường xuyên.',
          'b) Duy trì chế độ trực ban 24/24 giờ trong mùa mưa bão; tiếp nhận, xử lý kịp thời các bản tin dự báo thiên tai.',
          'Văn phòng HĐND và UBND xã thực hiện, hoàn thành trước ngày 30/11/2026.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.kind])).toEqual([
      ['II.1.a', ['Phòng Văn hóa - Xã hội'], ['Mặt trận Tổ quốc'], 'continuous'],
      ['II.1.b', ['Văn phòng HĐND và UBND'], [], 'date'],
    ]);
    expect(r.tasks[0]!.text).toBe('Tuyên truyền, phổ biến kiến thức phòng, chống thiên tai trên hệ thống truyền thanh xã, trang thông tin điện tử của xã.');
  });

  it('a paragraph of other work after a full sentence stays a task of its own', () => {
    const r = registerOf(
      plan(
        [
          'II. NHIỆM VỤ TRỌNG TÂM',
          '1. Công tác thông tin, tuyên truyền',
          'a) Phòng Văn hóa - Xã hội tuyên truyền, phổ biến kiến thức phòng, chống thiên tai trên hệ thống truyền thanh xã.',
          'Trạm Y tế xã chủ trì chuẩn bị cơ số thuốc, hóa chất phục vụ cấp cứu người bị nạn.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['II.1.a', ['Phòng Văn hóa - Xã hội']],
      ['II.1.p1', ['Trạm Y tế']],
    ]);
  });
});

describe('an item of its own after a full-sentence item is no field line of it', () => {
  it('"c) Giao Sở Y tế thực hiện, phối hợp với Sở Tài chính." stays item c), with its own units', () => {
    const r = planRegister(
      'II. NHIỆM VỤ\n1. Y tế\nb) Thanh toán viện phí không dùng tiền mặt: Giao các cơ sở khám bệnh, chữa bệnh công lập thực hiện; thời gian: Quý III/2026.\nc) Giao Sở Y tế thực hiện, phối hợp với Sở Tài chính.',
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['II.1.b', ['Các cơ sở khám bệnh, chữa bệnh công lập'], []],
      ['II.1.c', ['Sở Y tế'], ['Sở Tài chính']],
    ]);
  });
});
