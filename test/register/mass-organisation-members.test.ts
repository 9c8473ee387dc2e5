// Review 14 (r14b): under "Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội", a
// bullet whose subject is one of the mass organisations ("• Hội Liên hiệp Phụ nữ phường vận động …",
// "• Đoàn Thanh niên phường tổ chức …") is that organisation's work: it leads, as a unit of the heading's
// own list would. A unit that is no member (Công an phường) still takes the heading's units.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('a mass organisation under the Front and the socio-political organisations', () => {
  it('leads its own bullet', () => {
    const r = registerOf(
      plan(
        [
          'IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ',
          '1. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội',
          '• Hội Liên hiệp Phụ nữ phường vận động các bà mẹ, người vợ động viên con em, chồng lên đường nhập ngũ.',
          '• Đoàn Thanh niên phường tổ chức hoạt động tiễn tân binh lên đường nhập ngũ.',
          '• Tuyên truyền, vận động Nhân dân thực hiện tốt Luật Nghĩa vụ quân sự.',
          '2. Các tổ chức chính trị - xã hội phường',
          '- Hội Nông dân phường vận động hội viên tham gia giữ gìn an ninh trật tự.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['IV.1-1', ['Hội Liên hiệp Phụ nữ']],
      ['IV.1-2', ['Đoàn Thanh niên']],
      ['IV.1-3', ['Mặt trận Tổ quốc', 'Các tổ chức chính trị - xã hội']],
      ['IV.2-1', ['Hội Nông dân']],
    ]);
  });
});
