// Review 14 (r14a): a ministry's decision that wraps a plan organised in "Phần thứ nhất / Phần thứ hai /
// Phần thứ ba", each part's title on the line after it ("**Phần thứ hai**" / "**NỘI DUNG**").
import { describe, expect, it } from 'vitest';
import { registerOf } from '../helpers/register.js';

const decision = (body: string) =>
  [
    'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'Số: 2150/QĐ-BNNMT',
    'Hà Nội, ngày 18 tháng 6 năm 2027',
    '',
    '**QUYẾT ĐỊNH**',
    '**Ban hành Kế hoạch triển khai thi hành Luật Địa chất và khoáng sản**',
    '',
    '**BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**',
    '',
    '*Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024;*',
    '',
    '**QUYẾT ĐỊNH:**',
    '',
    '**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Địa chất và khoáng sản.',
    '',
    '**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.',
    '',
    '**KẾ HOẠCH**',
    '',
    '**Triển khai thi hành Luật Địa chất và khoáng sản**',
    '',
    body,
  ].join('\n');

const body = [
  '**Phần thứ nhất**',
  '',
  '**MỤC ĐÍCH, YÊU CẦU**',
  '',
  '**1. Mục đích**',
  '',
  'Các đơn vị thuộc Bộ tổ chức triển khai thi hành Luật kịp thời, đồng bộ.',
  '',
  '**Phần thứ hai**',
  '',
  '**NỘI DUNG**',
  '',
  '1. Cục Địa chất và Khoáng sản Việt Nam chủ trì, phối hợp với Vụ Pháp chế rà soát các thông tư; hoàn thành trước ngày 15/8/2027.',
  '',
  '**Phần thứ ba**',
  '',
  '**TỔ CHỨC THỰC HIỆN**',
  '',
  '1. Vụ Pháp chế: theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.',
].join('\n');

describe('a part whose title is on the next line', () => {
  it('takes that line as its title and its role: the decision is read as a decision with a plan', () => {
    const r = registerOf(decision(body), 'markdown');
    expect(r.document.kind).toBe('decision');
    expect(r.diagnostics.filter((d) => d.rule === 'structure/not-a-plan')).toEqual([]);
    expect(r.outline.map((o) => [o.id, o.text, o.role])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'NỘI DUNG', 'content'],
      ['III', 'TỔ CHỨC THỰC HIỆN', 'organisation'],
    ]);
    expect(r.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null])).toEqual([
      ['II.1', ['Cục Địa chất và Khoáng sản Việt Nam'], ['Vụ Pháp chế'], '2027-08-15'],
      ['III.1', ['Vụ Pháp chế'], [], null],
    ]);
  });

  it('a sentence after a part keeps its place as a paragraph', () => {
    const r = registerOf(decision(body.replace('**MỤC ĐÍCH, YÊU CẦU**', 'Phần này nêu mục đích, yêu cầu của Kế hoạch.')), 'markdown');
    expect(r.outline[0]!.text).toBe('');
    expect(r.outline[0]!.children[0]!.text).toBe('Phần này nêu mục đích, yêu cầu của Kế hoạch.');
  });
});
