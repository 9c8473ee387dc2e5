// Units marked with their roles inside a sentence, as a cell marks them: "A (chủ trì), B, C (phối hợp)".
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';

const build = (text: string) =>
  buildRegister({ text, path: 'kh.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });

const HEAD = `UBND TỈNH HÀ TĨNH
Số: 7/KH-UBND
Hà Tĩnh, ngày 10 tháng 02 năm 2027

KẾ HOẠCH
Phát triển nguồn nhân lực năm 2027

II. NHIỆM VỤ

`;

describe('inline role marks in a sentence', () => {
  it('after the colon, after a full stop, at the start and after "Giao": lead before "(chủ trì)", support up to "(phối hợp)"', () => {
    const r = build(`${HEAD}1. Hoàn thiện cơ chế hỗ trợ học nghề: Sở Giáo dục và Đào tạo (chủ trì), Sở Y tế, Sở Xây dựng (phối hợp); hoàn thành trong Quý III/2027.

2. Rà soát quy hoạch mạng lưới cơ sở đào tạo. Sở Nội vụ (chủ trì), Sở Công Thương (phối hợp); thời gian: năm 2027.

3. Giao Sở Tư pháp (chủ trì), các sở, ngành liên quan (phối hợp) tham mưu quy chế phối hợp; thời gian: năm 2027.

4. Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp) cân đối nguồn kinh phí; thời gian: năm 2027.

5. Sở Y tế chủ trì kiểm tra các cơ sở đào tạo; thời gian: năm 2027.
`);
    expect(r.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['II.1', ['Sở Giáo dục và Đào tạo'], ['Sở Y tế', 'Sở Xây dựng']],
      ['II.2', ['Sở Nội vụ'], ['Sở Công Thương']],
      ['II.3', ['Sở Tư pháp'], ['Các sở, ngành có liên quan']],
      ['II.4', ['Sở Tài chính'], ['Sở Nội vụ']],
      ['II.5', ['Sở Y tế'], []],
    ]);
  });

  it('a bracketed "(chủ trì)" after words that are no units names nothing', () => {
    const r = build(`${HEAD}1. Sở Y tế tổ chức tập huấn cho cán bộ y tế cơ sở (chủ trì), hoàn thành trong năm 2027.
`);
    expect(r.tasks.map((t) => [t.lead, t.support])).toEqual([[['Sở Y tế'], []]]);
  });
});
