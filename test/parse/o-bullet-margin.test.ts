// Review 14 (r14b): Word's level-3 bullet "o" at the left margin, as a PDF converter leaves it under a
// unit heading ("2. Công an phường" / "o Quản lý chặt chẽ …" / "o Tuyển chọn …"): each is a bullet item,
// not a word joined to the heading. One such line alone, or in a running sentence, is no bullet
// (test/parse/item-markers.test.ts).
import { describe, expect, it } from 'vitest';
import { find, parse, plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('"o" bullets at the margin', () => {
  it('under a heading and after another "o" bullet they are items', () => {
    const text = plan(
      [
        'IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ',
        '1. Công an phường',
        'o Quản lý chặt chẽ công dân trong diện gọi nhập ngũ; xử lý nghiêm các trường hợp',
        'vi phạm Luật Nghĩa vụ quân sự, trốn tránh khám tuyển.',
        'o Tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân đủ chỉ tiêu, xong',
        'trước ngày 31/12/2026.',
        '2. Trạm Y tế phường',
        'Chuẩn bị nhân lực, trang thiết bị phục vụ sơ tuyển sức khỏe.',
      ].join('\n'),
    );
    expect(find(parse(text).roots, 'IV.1')!.text).toBe('Công an phường');
    const r = registerOf(text);
    expect(r.tasks.map((t) => [t.id, t.lead, t.deadline?.due ?? null])).toEqual([
      ['IV.1-1', ['Công an phường'], null],
      ['IV.1-2', ['Công an phường'], '2026-12-31'],
      ['IV.2.p1', ['Trạm Y tế'], null],
    ]);
  });

  it('inside a sentence cut before "o" it is no bullet', () => {
    const text = plan(['II. NHIỆM VỤ', '1. Trạm Y tế phường phối hợp với Hội Chữ thập đỏ, nhóm tình nguyện viên', 'o Lâm và các hộ gia đình tổ chức phun khử khuẩn.'].join('\n'));
    const r = registerOf(text);
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1']);
  });
});
