// Review 14 (r14a): plans that implement a law give each decree or circular to draft its time to be
// submitted or issued ("- Thời gian trình Chính phủ: Tháng 10/2027.", "- Thời gian ban hành: Quý IV/2027."):
// a deadline field of the item, as "Thời gian hoàn thành:" is, not a bullet of its own.
import { describe, expect, it } from 'vitest';
import { itemLabels } from '../../src/parse/grammar.js';
import { planRegister } from '../helpers/register.js';

describe('time-to-submit and time-to-issue labels', () => {
  it('are deadline labels', () => {
    expect(itemLabels('- Thời gian trình Chính phủ: Tháng 10/2027.')).toEqual({ deadline: 'Tháng 10/2027.' });
    expect(itemLabels('- Thời hạn trình: tháng 11 năm 2027.')).toEqual({ deadline: 'tháng 11 năm 2027.' });
    expect(itemLabels('Thời gian ban hành: Quý IV/2027')).toEqual({ deadline: 'Quý IV/2027' });
    expect(itemLabels('- Thời gian trình Thủ tướng Chính phủ: Quý III/2027.')).toEqual({ deadline: 'Quý III/2027.' });
    expect(itemLabels('- Cơ quan chủ trì soạn thảo: Bộ Y tế.')).toEqual({ lead: 'Bộ Y tế' });
    expect(itemLabels('Thời gian trình bày tham luận tại hội nghị là 10 phút.')).toBeNull();
  });

  it('under a numbered decree to draft, they are its deadline', () => {
    const body = [
      'II. NỘI DUNG',
      '4.1. Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dân số',
      '- Cơ quan chủ trì: Bộ Y tế.',
      '- Cơ quan phối hợp: Bộ Tư pháp, Bộ Tài chính.',
      '- Thời gian trình: tháng 11 năm 2027.',
      '4.2. Thông tư quy định hệ thống chỉ tiêu thống kê chuyên ngành dân số',
      '- Cơ quan chủ trì soạn thảo: Bộ Y tế.',
      '- Thời gian ban hành: Quý IV/2027.',
    ].join('\n');
    const r = planRegister(body);
    expect(r.tasks.map((t) => [t.id, t.text.slice(0, 20), t.lead, t.support, t.deadline?.due ?? null])).toEqual([
      ['II.4.1', 'Nghị định quy định c', ['Bộ Y tế'], ['Bộ Tư pháp', 'Bộ Tài chính'], '2027-11-30'],
      ['II.4.2', 'Thông tư quy định hệ', ['Bộ Y tế'], [], '2027-12-31'],
    ]);
  });
});
