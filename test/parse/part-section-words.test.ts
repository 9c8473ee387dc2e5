// Review 13: a ministry plan organised in "Phần thứ nhất / Phần thứ hai / Phần thứ ba" (ordinal words),
// "Mục 1." sections and "Nhiệm vụ 1.1." items, read as "PHẦN II" / "I." / "1.1." are.
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/parse/grammar.js';
import type { Register } from '../../src/register/types.js';
import { validateText } from '../../src/validate/index.js';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

const rows = (r: Register) => r.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null]);

describe('part, section and item words', () => {
  it('"Phần thứ hai" is part II in any case; "Phần II" in sentence case too; not in a sentence', () => {
    expect(parseMarker('Phần thứ hai')).toMatchObject({ type: 'part', value: 'II', ordinal: 2, rest: '' });
    expect(parseMarker('PHẦN THỨ NHẤT')).toMatchObject({ type: 'part', value: 'I', ordinal: 1 });
    expect(parseMarker('Phần thứ Ba: TỔ CHỨC THỰC HIỆN')).toMatchObject({ type: 'part', value: 'III', ordinal: 3, rest: 'TỔ CHỨC THỰC HIỆN' });
    expect(parseMarker('PHẦN THỨ TƯ. KINH PHÍ')).toMatchObject({ type: 'part', value: 'IV', ordinal: 4, rest: 'KINH PHÍ' });
    expect(parseMarker('Phần II')).toMatchObject({ type: 'part', value: 'II', ordinal: 2 });
    expect(parseMarker('Phần I. Đánh giá kết quả')).toMatchObject({ type: 'part', value: 'I', ordinal: 1, rest: 'Đánh giá kết quả' });
    expect(parseMarker('PHẦN II')).toMatchObject({ type: 'part', value: 'II', ordinal: 2 });
    expect(parseMarker('Phần thứ hai của Kế hoạch nêu các nhiệm vụ.')).toBeNull();
    expect(parseMarker('Phần II của Kế hoạch nêu các nhiệm vụ.')).toBeNull();
    expect(parseMarker('Phần lớn các đơn vị đã hoàn thành.')).toBeNull();
  });

  it('"Mục 1." is a section numbered as "I." is; "Nhiệm vụ 1.1." an item as "1.1." is; not in a sentence', () => {
    expect(parseMarker('Mục 1. HOÀN THIỆN THỂ CHẾ')).toMatchObject({ type: 'roman', value: 'I', ordinal: 1, rest: 'HOÀN THIỆN THỂ CHẾ' });
    expect(parseMarker('MỤC 2: Tổ chức kiểm tra')).toMatchObject({ type: 'roman', value: 'II', ordinal: 2 });
    expect(parseMarker('Nhiệm vụ 1.1. Xây dựng Thông tư')).toMatchObject({ type: 'decimal', value: '1.1', ordinal: 1, rest: 'Xây dựng Thông tư' });
    expect(parseMarker('Giải pháp 2.3: Huy động nguồn lực')).toMatchObject({ type: 'decimal', value: '2.3', ordinal: 3 });
    expect(parseMarker('Mục tiêu: Nâng cao chất lượng.')).toBeNull();
    expect(parseMarker('Mục 3 Chương II của Luật quy định việc cấp phép.')).toBeNull();
    expect(parseMarker('Mục 1. của Thông tư quy định việc cấp phép.')).toBeNull();
    expect(parseMarker('Nhiệm vụ 1.2 được giao cho Sở Y tế.')).toBeNull();
  });

  const words = [
    'Phần thứ hai',
    'NHIỆM VỤ VÀ GIẢI PHÁP',
    '',
    'Mục 1. HOÀN THIỆN THỂ CHẾ',
    '',
    // a title longer than 120 characters with its word, under 120 without it
    'Nhiệm vụ 1.1. Ban hành bộ tiêu chí đánh giá năng lực hành nghề đối với các chức danh bác sĩ, y sĩ, điều dưỡng, hộ sinh, kỹ thuật y',
    'Cục Khoa học công nghệ và Đào tạo chủ trì, phối hợp với Vụ Pháp chế thực hiện; hoàn thành trong Quý III/2027.',
    '',
    'Nhiệm vụ 1.2. Lựa chọn các cơ sở kiểm tra',
    'Cục Quản lý Khám, chữa bệnh chủ trì thực hiện; công bố danh sách trước ngày 31/12/2027.',
    '',
    'Mục 2. BẢO ĐẢM NGUỒN LỰC',
    '',
    'Nhiệm vụ 2.1. Bố trí kinh phí tổ chức kiểm tra',
    'Vụ Kế hoạch - Tài chính chủ trì thực hiện; hoàn thành trước ngày 30/6/2027.',
    '',
    'Phần thứ ba',
    'TỔ CHỨC THỰC HIỆN',
    '',
    '1. Vụ Kế hoạch - Tài chính: Tổng hợp dự toán kinh phí; hoàn thành trước ngày 15/7/2027.',
  ].join('\n');

  it('a plan in "Phần thứ hai" › "Mục 1." › "Nhiệm vụ 1.1." reads as the same plan in "PHẦN II" › "I." › "1.1."', () => {
    const r = registerOf(plan(words));
    expect(rows(r)).toEqual([
      ['II.I.1.1', ['Cục Khoa học công nghệ và Đào tạo'], ['Vụ Pháp chế'], '2027-09-30'],
      ['II.I.1.2', ['Cục Quản lý Khám, chữa bệnh'], [], '2027-12-31'],
      ['II.II.2.1', ['Vụ Kế hoạch - Tài chính'], [], '2027-06-30'],
      ['III.1', ['Vụ Kế hoạch - Tài chính'], [], '2027-07-15'],
    ]);
    // the title and its paragraph are two sentences
    expect(r.tasks[0]!.text).toMatch(/kỹ thuật y\. Cục Khoa học/u);
    const marks = plan(words)
      .replace(/^Phần thứ hai$/mu, 'PHẦN II')
      .replace(/^Phần thứ ba$/mu, 'PHẦN III')
      .replace(/^Mục (\d)\./gmu, (_, n: string) => `${'I'.repeat(Number(n))}.`)
      .replace(/^Nhiệm vụ /gmu, '');
    // (a title after "1.1." is measured from the line's start: the long one cut below 120 characters)
    expect(rows(registerOf(marks.replace(', hộ sinh, kỹ thuật y', '')))).toEqual(rows(r));
    // its numbering is whole
    const numbering = validateText({ text: plan(words) }).filter((d) => d.rule.startsWith('numbering/') && !d.message.includes('at the top level'));
    expect(numbering).toEqual([]);
  });

  it('numbering checks read the word markers: "Mục 3." after "Mục 1.", "Nhiệm vụ 1.3." after "Nhiệm vụ 1.1." are gaps', () => {
    const gaps = plan(words.replace('Mục 2.', 'Mục 3.').replace('Nhiệm vụ 1.2.', 'Nhiệm vụ 1.3.').replace('Phần thứ ba', 'Phần thứ tư'));
    const messages = validateText({ text: gaps })
      .filter((d) => d.rule === 'numbering/gap')
      .map((d) => d.message);
    expect(messages).toEqual([
      'the numbering starts at "Phần thứ hai" at the top level: "Phần thứ nhất" is missing',
      '"Nhiệm vụ 1.2." is missing between "Nhiệm vụ 1.1." and "Nhiệm vụ 1.3." in II.I',
      '"Mục 2." is missing between "Mục 1." and "Mục 3." in II',
      '"Phần thứ ba" is missing between "Phần thứ hai" and "Phần thứ tư" at the top level',
    ]);
  });
});
