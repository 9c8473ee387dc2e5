// Review 14 (r14b): Party and commune plans head an item with a topic and a colon, then a sentence
// whose subject is a unit: "2.2- Học tập tại các chi bộ: Các chi bộ trực thuộc tổ chức học tập …",
// "2.3- Đối với đoàn viên, hội viên: Ủy ban MTTQ Việt Nam phường … xây dựng kế hoạch …". That unit leads
// (the topic is no addressee); a list after "… giữa:" is no subject.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('a topic, a colon, then a unit as the subject', () => {
  it('the unit after the colon leads', () => {
    const r = registerOf(
      plan(
        [
          'II- NỘI DUNG, HÌNH THỨC, THỜI GIAN',
          '2- Tổ chức học tập, quán triệt',
          '2.1- Học tập tại các chi bộ: Các chi bộ trực thuộc tổ chức học tập, quán triệt Nghị quyết cho 100% đảng viên. Hoàn thành trong tháng 01/2026.',
          '2.2- Đối với đoàn viên, hội viên: Ủy ban Mặt trận Tổ quốc Việt Nam phường xây dựng kế hoạch tuyên truyền Nghị quyết đến đoàn viên, hội viên.',
          '2.3- Rà soát, kiện toàn chức năng, nhiệm vụ, mối quan hệ công tác giữa: Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội; bảo đảm không chồng chéo.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['II.2.1', ['Các chi bộ']],
      ['II.2.2', ['Mặt trận Tổ quốc']],
      ['II.2.3', []],
    ]);
  });
});
