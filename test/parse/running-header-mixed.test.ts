// Review 13: a page's running header with the issuer in mixed case at the left margin ("UBND tỉnh Quảng
// Trị        Kế hoạch số 57/KH-UBND", pdftotext -layout) is furniture, as "UBND TỈNH QUẢNG TRỊ …" is:
// neither a paragraph in the middle of an item nor part of a table row's cells.
import { describe, expect, it } from 'vitest';
import { isRunningHeader } from '../../src/parse/grammar.js';
import { find, parse, plan } from '../helpers/parse.js';
import { registerOf } from '../helpers/register.js';

const HEADER = '\f      UBND tỉnh Quảng Trị                          Kế hoạch số 57/KH-UBND';

describe('running header in mixed case', () => {
  it('the issuer by its name and the number is a running header; a line of a sentence is not', () => {
    expect(isRunningHeader('UBND tỉnh Quảng Trị                          Kế hoạch số 57/KH-UBND')).toBe(true);
    expect(isRunningHeader('UBND tỉnh Quảng Trị Kế hoạch số 57/KH-UBND')).toBe(true);
    expect(isRunningHeader('Sở Giáo dục và Đào tạo     Kế hoạch số 12/KH-SGDĐT')).toBe(true);
    expect(isRunningHeader('Ủy ban nhân dân thành phố Hồ Chí Minh Kế hoạch số 3/KH-UBND')).toBe(true);
    // the last line of a wrapped sentence ending with the number ("… ngày …" on the next line)
    expect(isRunningHeader('UBND tỉnh ban hành Kế hoạch số 57/KH-UBND')).toBe(false);
    expect(isRunningHeader('Sở Nội vụ chủ trì thực hiện Kế hoạch số 57/KH-UBND')).toBe(false);
    expect(isRunningHeader('UBND   tỉnh   đã   ban   hành   Kế hoạch số 57/KH-UBND')).toBe(false);
    expect(isRunningHeader('Triển khai Kế hoạch số 57/KH-UBND')).toBe(false);
  });

  it('in the middle of a paragraph: the paragraph goes on across it', () => {
    const text = plan(
      [
        'II. NHIỆM VỤ TRỌNG TÂM',
        '    1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh hướng dẫn',
        '',
        '                                    Trang 1/3',
        HEADER,
        '',
        'các trường học thu học phí không dùng tiền mặt; thực hiện trong năm 2027.',
        '    2. Sở Y tế chủ trì triển khai ứng dụng VNeID; hoàn thành trước ngày 30/9/2027.',
      ].join('\n'),
    );
    const pd = parse(text);
    expect(find(pd.roots, 'II.1')!.text).toBe('Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh hướng dẫn các trường học thu học phí không dùng tiền mặt; thực hiện trong năm 2027.');
    expect(pd.document.furniture.map((f) => f.kind)).toContain('running-header');
    const r = registerOf(text);
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['II.1', ['Sở Giáo dục và Đào tạo']],
      ['II.2', ['Sở Y tế']],
    ]);
  });

  it('inside a row of a space-aligned table: not merged into its cells', () => {
    const text = plan(
      [
        '      III. PHÂN CÔNG NHIỆM VỤ CỤ THỂ',
        '      TT    Nhiệm vụ                        Cơ quan chủ trì   Cơ quan phối    Thời gian',
        '                                                              hợp             hoàn thành',
        '      1     Số hóa hồ sơ, kết quả giải      Văn phòng UBND    Các sở, ngành   Quý III/2027',
        '            quyết thủ tục hành chính còn    tỉnh',
        '            hiệu lực tại các sở, ngành',
        '',
        '      2     Chi trả trợ cấp xã hội, lương   Sở Nội vụ         Bảo hiểm xã     Trước',
        '            hưu qua tài khoản ngân hàng                       hội tỉnh        31/8/2027',
        '',
        '                                    Trang 2/3',
        HEADER,
        '',
        '            cho người thụ hưởng',
        '',
        '      3     Triển khai cấp Phiếu lý lịch    Sở Tư pháp        Công an tỉnh    Quý II/2027',
        '            tư pháp trên ứng dụng VNeID',
      ].join('\n'),
    );
    const r = registerOf(text);
    expect(r.tasks.map((t) => [t.text, t.lead, t.support])).toEqual([
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại các sở, ngành', ['Văn phòng UBND tỉnh'], ['Các sở, ngành']],
      ['Chi trả trợ cấp xã hội, lương hưu qua tài khoản ngân hàng cho người thụ hưởng', ['Sở Nội vụ'], ['Bảo hiểm xã hội tỉnh']],
      ['Triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID', ['Sở Tư pháp'], ['Công an tỉnh']],
    ]);
  });
});
