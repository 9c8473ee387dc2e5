// Review 14 (r14b): a commune or ward plan that lays out each task as a title and its fields
// ("3. Đăng ký, rà soát nguồn" / "- Nội dung: …" / "- Cơ quan chủ trì: …" / "- Thời gian: …"): the
// numbered item is the task, its title then the "Nội dung:" text (without the label), with the fields'
// units and deadline — not a bullet "Nội dung: …" under a heading.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

describe('"Nội dung:" field under a task title', () => {
  it('the title and its content are one task with the fields', () => {
    const r = registerOf(
      plan(
        [
          'III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN',
          '1. Đăng ký, rà soát, xét duyệt nguồn',
          '- Nội dung: Rà soát, phúc tra, nắm chắc số lượng, chất lượng công dân trong độ tuổi gọi nhập ngũ.',
          '- Cơ quan chủ trì: Ban Chỉ huy Quân sự phường.',
          '- Cơ quan phối hợp: Công an phường, Tổ trưởng các tổ dân phố.',
          '- Thời gian: từ ngày 01/10/2026 đến ngày 31/10/2026.',
          '2. Thẩm tra, xác minh lý lịch',
          '- Nội dung thực hiện: Thẩm tra, xác minh lý lịch, tiêu chuẩn chính trị của công dân.',
          '- Cơ quan chủ trì: Công an phường.',
          '- Thời gian: hoàn thành trước ngày 10/01/2027.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.text, t.lead, t.support, t.deadline?.due])).toEqual([
      ['III.1', 'Đăng ký, rà soát, xét duyệt nguồn. Rà soát, phúc tra, nắm chắc số lượng, chất lượng công dân trong độ tuổi gọi nhập ngũ.', ['Ban Chỉ huy Quân sự phường'], ['Công an phường', 'Các tổ dân phố'], '2026-10-31'],
      ['III.2', 'Thẩm tra, xác minh lý lịch. Thẩm tra, xác minh lý lịch, tiêu chuẩn chính trị của công dân.', ['Công an phường'], [], '2027-01-10'],
    ]);
  });

  it('a "Nội dung:" bullet among other bullets, or under a heading ending with ":", stays a bullet', () => {
    const r = registerOf(
      plan(
        [
          'II. NHIỆM VỤ',
          '1. Phòng Văn hóa - Xã hội thực hiện các nội dung sau:',
          '- Nội dung: tuyên truyền Luật Nghĩa vụ quân sự trên hệ thống truyền thanh phường.',
          '- Rà soát học sinh, sinh viên trong diện tạm hoãn gọi nhập ngũ.',
        ].join('\n'),
      ),
    );
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1-1', 'II.1-2']);
  });
});
