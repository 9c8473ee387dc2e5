// Review 14 (r14a): a Prime Minister's plan describes each task by lettered fields under its number
// ("1. Tổ chức hội nghị …" / "a) Cơ quan chủ trì: …" / "b) Cơ quan phối hợp: …" / "c) Thời gian thực
// hiện: …"), also after "a) Nội dung:" and its bullets: the fields are the item's, not items.
import { describe, expect, it } from 'vitest';
import { planRegister } from '../helpers/register.js';

const rows = (body: string) =>
  planRegister(body).tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.due ?? null]);

describe('lettered fields of an item', () => {
  it('"a) Cơ quan chủ trì:", "b) Cơ quan phối hợp:", "c) Thời gian thực hiện:" are the fields of the item over them', () => {
    const body = [
      'II. NỘI DUNG',
      '1. Tổ chức hội nghị quán triệt, phổ biến Luật',
      'a) Cơ quan chủ trì: Bộ Y tế.',
      'b) Cơ quan phối hợp: Bộ Tư pháp, Bộ Nội vụ.',
      'c) Thời gian thực hiện: Quý III năm 2027.',
      'd) Sản phẩm: Hội nghị toàn quốc.',
      '2. Tuyên truyền, phổ biến nội dung Luật',
      'a) Nội dung:',
      '- Biên soạn tài liệu giới thiệu nội dung cơ bản của Luật.',
      '- Phổ biến Luật trên các phương tiện thông tin đại chúng.',
      'b) Cơ quan chủ trì: Bộ Y tế.',
      'c) Thời gian thực hiện: Năm 2027.',
      '3. Rà soát văn bản quy phạm pháp luật',
      'a) Bộ Y tế chủ trì rà soát các nghị định; hoàn thành trong tháng 10 năm 2027.',
      'b) Thời gian: Bộ Tư pháp tổng hợp kết quả rà soát trước ngày 30/11/2027.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['II.1', 'Tổ chức hội nghị quán triệt, phổ biến Luật', ['Bộ Y tế'], ['Bộ Tư pháp', 'Bộ Nội vụ'], '2027-09-30'],
      ['II.2.a-1', 'Biên soạn tài liệu giới thiệu nội dung cơ bản của Luật.', ['Bộ Y tế'], [], '2027-12-31'],
      ['II.2.a-2', 'Phổ biến Luật trên các phương tiện thông tin đại chúng.', ['Bộ Y tế'], [], '2027-12-31'],
      ['II.3.a', 'Bộ Y tế chủ trì rà soát các nghị định; hoàn thành trong tháng 10 năm 2027.', ['Bộ Y tế'], [], '2027-10-31'],
      // (a time field only after a unit field: here an item of its own, whose sentence after the colon has its subject)
      ['II.3.b', 'Thời gian: Bộ Tư pháp tổng hợp kết quả rà soát trước ngày 30/11/2027.', ['Bộ Tư pháp'], [], '2027-11-30'],
    ]);
  });

  it('a lettered "Chủ trì:" that names no unit is an item', () => {
    const body = ['II. NỘI DUNG', '1. Sở Y tế', 'a) Chủ trì: tổ chức tập huấn cho cán bộ y tế cơ sở.', 'b) Phối hợp tuyên truyền Luật.'].join('\n');
    expect(rows(body).map((r) => r[0])).toEqual(['II.1.a', 'II.1.b']);
  });
});
