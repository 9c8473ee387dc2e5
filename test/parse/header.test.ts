// Document header and closing: issuer, number, date, title, legal basis, the decision that
// wraps a plan, the signature and the recipients ("Nơi nhận").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../helpers/parse.js';

const fixture = (p: string) => parse(readFileSync(p, 'utf8'));

/** A plain-text decision (no Markdown styles) that wraps a plan. */
const DECISION = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH AN GIANG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 77/QĐ-UBND',
  'An Giang, ngày 02 tháng 4 năm 2026',
  '',
  'QUYẾT ĐỊNH',
  'Về việc ban hành Kế hoạch chuyển đổi số',
  'năm 2026',
  '',
  'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
  '',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  '',
  'QUYẾT ĐỊNH:',
  '',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  '',
  'Nơi nhận:',
  '- Như Điều 2;',
  '- Lưu: VT.',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Lê Văn Bình',
  '',
  'ỦY BAN NHÂN DÂN',
  'TỈNH AN GIANG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'KẾ HOẠCH',
  'Chuyển đổi số năm 2026',
  '(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 02/4/2026 của UBND tỉnh)',
  '',
  'I. NHIỆM VỤ',
  '1. Sở Khoa học và Công nghệ chủ trì triển khai nền tảng số.',
].join('\n');

describe('a decision that wraps a plan', () => {
  it('reads the decision’s recipients and signature as the document’s, never as articles', () => {
    const d = parse(DECISION).document;
    expect(d.kind).toBe('decision');
    expect(d.wrapper!.articles.map((a) => a.line)).toEqual([18, 19]);
    expect(d.recipients.map((r) => r.text)).toEqual(['Như Điều 2;', 'Lưu: VT.']);
    expect(d.signer).toMatchObject({ title: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Lê Văn Bình', line: 25 });
  });

  it('reads a plain-text subject after "QUYẾT ĐỊNH" as the decision’s title, and the two-line issuer', () => {
    const d = parse(DECISION).document;
    expect(d.wrapper!.title).toEqual({ text: 'Về việc ban hành Kế hoạch chuyển đổi số năm 2026', line: 9, endLine: 10 });
    expect(d.issuer).toMatchObject({ text: 'ỦY BAN NHÂN DÂN / TỈNH AN GIANG', line: 1, endLine: 2 });
    // The authority line and the plan's repeated header are layout, not the issuer or the title.
    expect(d.furniture.map((f) => f.line)).toEqual(expect.arrayContaining([12, 30, 31]));
    expect(d.title).toMatchObject({ text: 'Chuyển đổi số năm 2026', line: 34 });
  });

  it('real decisions: a ministry (BXD 836, two-column "Lưu | BỘ TRƯỞNG") and a province (plain text)', () => {
    const bxd = fixture('fixtures/tables/02_bxd_qd836_kh_lap_quy_hoach_vlxd.txt').document;
    expect(bxd.wrapper!.articles.every((a) => !/^[-–]/.test(a.text) && !/^Nơi nhận/.test(a.text))).toBe(true);
    expect(bxd.recipients).toHaveLength(8);
    expect(bxd.recipients[7]).toEqual({ text: 'Lưu: VT, VLXD.', line: 30 });
    expect(bxd.signer).toMatchObject({ title: 'BỘ TRƯỞNG', name: 'Phạm Hồng Hà', line: 30, endLine: 32 });
    const nb = fixture('fixtures/layouts/decision-wrapper-plain.txt').document;
    expect(nb.wrapper!.title?.text).toBe('Ban hành Kế hoạch phát triển du lịch biển giai đoạn 2026 - 2030');
    expect(nb.wrapper!.articles).toHaveLength(3);
    expect(nb.issuer).toMatchObject({ text: 'ỦY BAN NHÂN DÂN / TỈNH NINH BÌNH', line: 1 });
    expect(nb.recipients.map((r) => r.line)).toEqual([25, 26, 27, 28, 29]);
    expect(nb.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Trần Song Tùng' });
  });
});
