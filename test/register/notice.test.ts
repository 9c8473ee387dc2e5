// A notice of conclusions (THÔNG BÁO kết luận của Chủ tịch UBND …) gives work to units as a plan does:
// its header is read like a plan's, its closing formula is no task; and a numbered closing remark
// ("3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …") is no task either.
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { isClosing, isClosingItem, isPlanTitle } from '../../src/parse/grammar.js';
import { validateText } from '../../src/validate/engine.js';

const reg = (text: string) =>
  buildRegister({ text, path: 'tb.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });

const notice = (issuer: string[]) =>
  [
    ...issuer,
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 1482/TB-VPUBND',
    'An Giang, ngày 24 tháng 11 năm 2026',
    '',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2027',
    '',
    'Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:',
    '',
    'I. ĐÁNH GIÁ CHUNG',
    'Tỷ lệ giải ngân đạt 78,5% kế hoạch vốn.',
    '',
    'II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI',
    '1. Sở Tài chính',
    'Rà soát, tham mưu điều chuyển kế hoạch vốn; hoàn thành trước ngày 31/12/2026.',
    '2. Giao Thanh tra tỉnh thanh tra việc quản lý, sử dụng vốn đầu tư công; báo cáo trong Quý III/2027.',
    '',
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.',
    '',
    'Nơi nhận:',
    '- CT, các PCT UBND tỉnh;',
    '- Lưu: VT, KT.',
    '',
    'KT. CHÁNH VĂN PHÒNG',
    'PHÓ CHÁNH VĂN PHÒNG',
    '',
    'Lê Văn Phước',
  ].join('\n');

describe('a notice of conclusions (THÔNG BÁO)', () => {
  it('its header is read like a plan\'s: issuer, number, date and the title after "THÔNG BÁO"', () => {
    for (const issuer of [['ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'VĂN PHÒNG'], ['ỦY BAN NHÂN DÂN TỈNH AN GIANG']]) {
      const r = reg(notice(issuer));
      expect(r.document.kind).toBe('plan');
      expect(r.document.issuer?.text).toBe(issuer.join(' / '));
      expect(r.document.number?.code).toBe('TB-VPUBND');
      expect(r.document.date?.iso).toBe('2026-11-24');
      expect(r.document.title?.text).toBe('Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2027');
      expect(r.document.signer?.title).toBe('KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG');
    }
    expect(isPlanTitle('THÔNG BÁO')).toBe(true);
    expect(isPlanTitle('Thông báo số 12/TB-UBND')).toBe(false);
  });

  it('its closing formula ("… thông báo để … biết, thực hiện./.") is no task', () => {
    const r = reg(notice(['ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'VĂN PHÒNG']));
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['II.1.p1', ['Sở Tài chính']],
      ['II.2', ['Thanh tra tỉnh']],
    ]);
    expect(isClosing('Văn phòng Ủy ban nhân dân tỉnh xin thông báo để các sở, ban, ngành biết, phối hợp thực hiện./.')).toBe(true);
    expect(isClosing('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết./.')).toBe(true);
    // work given in the same words, but not as the document's last sentence, is a duty
    expect(isClosing('UBND các xã thông báo cho Nhân dân biết, thực hiện.')).toBe(false);
    expect(isClosing('Giao Sở Nội vụ chủ trì thông báo để các đơn vị biết, thực hiện./.')).toBe(false);
  });
});

describe('a numbered closing remark', () => {
  const plan = [
    'KẾ HOẠCH',
    'Phát triển kinh tế biển năm 2027',
    '',
    'I. NHIỆM VỤ',
    '1. Sở Nông nghiệp và Môi trường chủ trì rà soát quy hoạch; thời gian: Quý II/2027.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Tài chính chủ trì bố trí kinh phí; thời gian: tháng 3/2027.',
    '2. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra tiến độ; thời gian: Quý IV/2027.',
    '3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét, giải quyết./.',
  ].join('\n');

  it('"3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo …" is no task (no task/no-lead error)', () => {
    const r = reg(plan);
    expect(r.tasks.map((t) => t.id)).toEqual(['I.1', 'II.1', 'II.2']);
    expect(r.outline[1]!.children.map((n) => [n.id, n.taskId])).toEqual([
      ['II.1', 'II.1'],
      ['II.2', 'II.2'],
      ['II.3', null],
    ]);
    expect(validateText({ text: plan, path: 'kh.txt' }).filter((d) => d.rule === 'task/no-lead')).toEqual([]);
  });

  it('the remark starts with its condition; a duty that starts "Trong quá trình thực hiện, X …" is a duty', () => {
    expect(isClosingItem('Nếu có phát sinh khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ để tổng hợp.')).toBe(true);
    expect(isClosingItem('Trong quá trình tổ chức thực hiện Kế hoạch nếu có vướng mắc, đề nghị các đơn vị báo cáo về Sở Y tế.')).toBe(true);
    expect(isClosingItem('Trong quá trình thực hiện, Thanh tra Bộ có trách nhiệm phối hợp với Vụ Pháp chế kiểm tra.')).toBe(false);
    expect(isClosingItem('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở Tư pháp chủ trì tổng hợp, báo cáo UBND tỉnh.')).toBe(false);
  });
});
