// Review 14 (r14c): deadline and assignment phrasing across sectors (health, education, agriculture,
// digital transformation, security).
import { describe, expect, it } from 'vitest';
import { findDeadlineInText } from '../../src/deadlines/find.js';
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

  it('"Giao X phối hợp với Y thực hiện" and "…: Giao X thực hiện, phối hợp với Y": X leads, Y supports', () => {
    const r = planRegister(
      'II. NHIỆM VỤ\n1. Y tế trường học\na) Tổ chức khám sức khỏe định kỳ cho học sinh. Giao Trạm Y tế xã phối hợp với Trung tâm Y tế khu vực Hương Sơn thực hiện; hoàn thành trong tháng 10/2027.\nb) Thanh toán viện phí không dùng tiền mặt: Giao các cơ sở khám bệnh, chữa bệnh công lập thực hiện, phối hợp với các ngân hàng thương mại trên địa bàn; thời gian: Quý III/2026.\nc) Giao Sở Y tế thực hiện, phối hợp với Sở Tài chính.',
    );
    expect([names(taskById(r, 'II.1.a').lead), names(taskById(r, 'II.1.a').support)]).toEqual([['Trạm Y tế'], ['Trung tâm Y tế khu vực Hương Sơn']]);
    expect([names(taskById(r, 'II.1.b').lead), names(taskById(r, 'II.1.b').support)]).toEqual([['Các cơ sở khám bệnh, chữa bệnh công lập'], ['Các ngân hàng thương mại']]);
    expect([names(taskById(r, 'II.1.c').lead), names(taskById(r, 'II.1.c').support)]).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('review 14 r14c: deadlines in a task sentence', () => {
  const dl = (s: string) => findDeadlineInText(s, { year: 2027 })?.deadline ?? null;
  it('"trong giai đoạn 2026-2028" ending a clause is the stage (not a programme named with its years)', () => {
    expect(dl('Sở Tài chính chủ trì, phối hợp với Sở Công Thương triển khai trong giai đoạn 2026-2028.')).toMatchObject({ kind: 'range', due: '2028-12-31' });
    expect(dl('Hướng dẫn các xã thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030.')).toBeNull();
  });
  it('"hoàn thành trước khi bắt đầu năm học 2027 - 2028": before the school year starts', () => {
    expect(dl('Xây dựng kế hoạch; hoàn thành trước khi bắt đầu năm học 2027 - 2028. Các trường học chủ trì.')).toMatchObject({ due: '2027-08-31' });
  });
  it('"chậm nhất 48 giờ sau khi …", "trong 24 giờ kể từ …": relative to the event, hours as whole days', () => {
    expect(dl('Xử lý ổ dịch chậm nhất 48 giờ sau khi phát hiện ca bệnh. Trạm Y tế xã chủ trì thực hiện.')).toMatchObject({ kind: 'relative', anchor: { event: 'phát hiện ca bệnh', offset: { value: 2, unit: 'day' } } });
    expect(dl('Báo cáo vụ việc trong 12 giờ kể từ khi xảy ra sự cố.')).toMatchObject({ kind: 'relative', anchor: { offset: null } });
  });
});

describe('review 14 r14c: unit abbreviations', () => {
  it('"TTYT" is a Trung tâm Y tế, named whatever follows it ("TTYT khu vực …", "TTYT các huyện, …")', () => {
    const r = planRegister(
      'II. NHIỆM VỤ\n1. Y tế\na) Tổ chức khám sức khỏe cho học sinh. Giao Trạm Y tế xã phối hợp với TTYT khu vực Hương Sơn thực hiện.\nb) Cập nhật dữ liệu tiêm chủng. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với TTYT các huyện, thành phố, thị xã thực hiện.',
    );
    expect(names(taskById(r, 'II.1.a').support)).toEqual(['Trung tâm Y tế khu vực Hương Sơn']);
    expect(names(taskById(r, 'II.1.b').support)).toEqual(['Trung tâm Y tế các huyện, thành phố, thị xã']);
  });
});
