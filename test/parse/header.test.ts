// Document header and closing: issuer, number, date, title, legal basis, the decision that
// wraps a plan, the signature and the recipients ("Nơi nhận").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stripAttributes } from '../../src/parse/flatten.js';
import { find, parse } from '../helpers/parse.js';

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

describe('two columns flattened to text', () => {
  it('header: issuer | motto and number | date on the same lines, set apart by runs of spaces', () => {
    const d = parse(
      [
        '   SỞ Y TẾ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '  ĐOÀN THANH TRA                    Độc lập - Tự do - Hạnh phúc',
        ' THEO QUYẾT ĐỊNH',
        '  SỐ 20/QĐ-SYT                  Cần Thơ, ngày 04 tháng 5 năm 2026',
        '',
        '   Số: 31/KH-ĐTT',
        '',
        '                  KẾ HOẠCH',
        'Thanh tra an toàn thực phẩm',
        '',
        '1. Nội dung',
        '- Thanh tra các cơ sở.',
      ].join('\n'),
    ).document;
    expect(d.issuer).toMatchObject({ text: 'SỞ Y TẾ / ĐOÀN THANH TRA / THEO QUYẾT ĐỊNH / SỐ 20/QĐ-SYT', line: 1, endLine: 4 });
    expect(d.number).toMatchObject({ serial: '31', code: 'KH-ĐTT', line: 6 });
    expect(d.date).toMatchObject({ iso: '2026-05-04', place: 'Cần Thơ', line: 4 });
  });

  it('header: a blank left for the number or the day is not a gap between columns', () => {
    const d = parse('ỦY BAN NHÂN DÂN\nSố:         /KH-UBND\n              Ninh Bình, ngày        tháng 3 năm 2026\nKẾ HOẠCH\nDu lịch biển\nI. NHIỆM VỤ\n1. Sở Du lịch chủ trì.').document;
    expect(d.issuer?.text).toBe('ỦY BAN NHÂN DÂN');
    expect(d.number).toMatchObject({ code: 'KH-UBND', line: 2 });
    expect(d.date).toMatchObject({ month: 3, year: 2026, line: 3 });
  });

  it('header: the motto’s second line glued after the issuer’s with a single space', () => {
    const d = parse('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc\nSố: 5/KH-UBND Cà Mau, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng chống thiên tai năm 2026\nI. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường chủ trì.').document;
    expect(d.issuer).toMatchObject({ text: 'ỦY BAN NHÂN DÂN / TỈNH CÀ MAU', line: 1, endLine: 2 });
    expect(d.preamble).toEqual([]);
    expect(d.furniture.filter((f) => f.kind === 'motto').map((f) => f.line)).toEqual([1, 2]);
  });

  it('header: the whole header on one line (pasted from a web page), non-breaking spaces and a stray space in the number', () => {
    const d = parse('ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\u00a0CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 45 /KH-UBND Đà Nẵng, ngày 10 tháng 4 năm 2027\nKẾ HOẠCH LIÊN TỊCH\nTriển khai Tháng hành động vì an toàn thực phẩm\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì.').document;
    expect(d.issuer).toMatchObject({ text: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', line: 1 });
    expect(d.number).toMatchObject({ serial: '45', code: 'KH-UBND', line: 1 });
    expect(d.date).toMatchObject({ place: 'Đà Nẵng', iso: '2027-04-10', line: 1 });
    // "KẾ HOẠCH LIÊN TỊCH" (a joint plan) is the document type, not part of its title
    expect(d.title?.text).toBe('Triển khai Tháng hành động vì an toàn thực phẩm');
  });

  const BODY = 'KẾ HOẠCH\nPhòng chống thiên tai năm 2026\nI. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường chủ trì thực hiện./.\n';

  it('closing: "Nơi nhận" and the signature alternate line by line, glued with single spaces', () => {
    const d = parse(
      BODY +
        'Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- TT. Tỉnh ủy; TT. HĐND tỉnh; KT. CHỦ TỊCH\n- CT, các PCT UBND tỉnh;\nPHÓ CHỦ TỊCH\n- Các sở, ban, ngành;\n- Lưu: VT, NN.\nTrần Văn Nam\n',
    ).document;
    expect(d.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Trần Văn Nam', line: 5, endLine: 11 });
    expect(d.recipients.map((r) => r.text)).toEqual(['TT. Tỉnh ủy; TT. HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'Các sở, ban, ngành;', 'Lưu: VT, NN.']);
  });

  it('closing: pandoc\'s spans ("[Nơi nhận:]{.underline}", Word\'s underline) read like "**Nơi nhận:**"', () => {
    const list = '\n- Bộ Công Thương;\n- Các sở, ban, ngành;\n- Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Nam\n';
    const bold = parse(`${BODY}\n**Nơi nhận:**${list}`);
    for (const head of ['[Nơi nhận:]{.underline}', '[**Nơi nhận:**]{.underline}', '[Nơi nhận]{.smallcaps}:', '[Nơi nhận:]{custom-style="Nơi nhận"}']) {
      const pd = parse(`${BODY}\n${head}${list}`);
      expect(pd.document.recipients, head).toEqual(bold.document.recipients);
      expect(pd.roots.flatMap((n) => n.children).map((n) => n.text), head).toEqual(bold.roots.flatMap((n) => n.children).map((n) => n.text));
    }
    expect(bold.document.recipients.map((r) => r.text)).toEqual(['Bộ Công Thương;', 'Các sở, ban, ngành;', 'Lưu: VT, KT.']);
  });

  it('pandoc\'s attribute syntax is no text: a span is its text, an attribute block is dropped, other brackets and braces stay', () => {
    expect(stripAttributes('[Nơi nhận:]{.underline}')).toBe('Nơi nhận:');
    expect(stripAttributes('Xem [Phụ lục]{.smallcaps .mark} kèm theo')).toBe('Xem Phụ lục kèm theo');
    expect(stripAttributes('II. NHIỆM VỤ {#nhiem-vu .unnumbered}')).toBe('II. NHIỆM VỤ ');
    expect(stripAttributes('[a [b] c]{#x}')).toBe('a [b] c');
    for (const t of ['[1] Quyết định số 12', 'công thức {x=1}', 'giá trị {2026}', '[Nơi nhận:]']) expect(stripAttributes(t)).toBe(t);
  });

  it('closing: columns set apart by spaces, "T/M." body, a wrapped recipient, the office under the name', () => {
    const pd = parse(
      BODY +
        'Nơi nhận:                               T/M. ĐOÀN THANH TRA\n- Giám đốc Sở (để báo cáo);\n- Văn phòng Sở (bố trí kinh phí,           TRƯỞNG ĐOÀN\nphương tiện);\n- Lưu: VT.\n\n                                         Lê Thị Hoa\n                                         PHÓ GIÁM ĐỐC\n',
    );
    const d = pd.document;
    expect(d.signer).toMatchObject({ title: 'T/M. ĐOÀN THANH TRA / TRƯỞNG ĐOÀN', name: 'Lê Thị Hoa' });
    expect(d.recipients).toEqual([
      { text: 'Giám đốc Sở (để báo cáo);', line: 6 },
      { text: 'Văn phòng Sở (bố trí kinh phí, phương tiện);', line: 7, endLine: 8 },
      { text: 'Lưu: VT.', line: 9 },
    ]);
    expect(d.furniture).toContainEqual({ text: 'PHÓ GIÁM ĐỐC', line: 12, kind: 'other' });
    expect(pd.unclassified).toEqual([]);
  });

  it('real plans: Lào Cai 1105/KH-ĐKT (spaces) and Huế 275/KH-UBND (single spaces)', () => {
    const lc = fixture('fixtures/layouts/two-columns-spaces.txt').document;
    expect(lc.issuer?.text).toBe('SỞ CÔNG THƯƠNG / ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT');
    expect(lc.number).toMatchObject({ serial: '1105', code: 'KH-ĐKT', line: 6 });
    expect(lc.date).toMatchObject({ iso: '2026-03-10', line: 4 });
    expect(lc.signer).toMatchObject({ title: 'T/M. ĐOÀN KIỂM TRA / TRƯỞNG ĐOÀN', name: 'Hoàng Văn Thuân' });
    expect(lc.recipients.map((r) => r.line)).toEqual([92, 93, 95, 96, 97]);
    const hue = fixture('fixtures/tables/03_hue_kh275_phat_trien_du_lich.txt');
    expect(hue.document.issuer?.text).toBe('ỦY BAN NHÂN DÂN / THÀNH PHỐ HUẾ');
    expect(hue.document.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Nguyễn Thanh Bình' });
    expect(hue.document.recipients.map((r) => r.line)).toEqual([650, 651, 653, 654, 655, 656, 657]);
    expect(hue.unclassified.filter((u) => u.line >= 649 && u.line <= 658)).toEqual([]);
  });
});

describe('legal basis', () => {
  it('the issuer of a cited instrument stops at its subject, whatever its case, and at "tại Tờ trình"', () => {
    const d = parse(
      'KẾ HOẠCH\nDu lịch biển\nCăn cứ Nghị định số 37/2019/NĐ-CP ngày 07 tháng 5 năm 2019 của Chính phủ Quy định chi tiết thi hành một số điều của Luật Quy hoạch;\nTheo đề nghị của Giám đốc Sở Du lịch tại Tờ trình số 45/TTr-SDL ngày 10 tháng 3 năm 2026.\nI. NHIỆM VỤ\n1. Sở Du lịch chủ trì.',
    ).document;
    expect(d.legalBasis.map((c) => c.issuer)).toEqual(['Chính phủ', 'Giám đốc Sở Du lịch']);
  });
});

describe('hard-wrapped header (PDF text)', () => {
  const text = [
    'THỦ TƯỚNG CHÍNH PHỦ',
    '',
    'KẾ HOẠCH',
    'Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030',
    '(Kèm theo Quyết định số 1422/QĐ-TTg',
    'ngày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)',
    '',
    'Thực hiện Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11',
    'năm 2020 của Quốc hội, Nghị quyết số 93/NQ-CP ngày 31 tháng 10 năm 2016',
    'của Chính phủ phê duyệt Thỏa thuận Paris; Quyết định số 896/QĐ-TTg ngày 26 tháng 7 năm',
    '2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về biến đổi khí hậu, Thủ tướng',
    'Chính phủ ban hành Kế hoạch với những nội dung sau:',
    'I. MỤC TIÊU',
    '',
    '1. Giảm thiểu thiệt hại.',
  ].join('\n');

  it('a basis paragraph wrapped over lines gives each citation whole; a wrapped caption gives the number and the date', () => {
    const d = parse(text).document;
    expect(d.legalBasis.map((c) => [c.kind, c.number, c.date, c.issuer])).toEqual([
      ['Luật', '72/2020/QH14', '2020-11-17', 'Quốc hội'],
      ['Nghị quyết', '93/NQ-CP', '2016-10-31', 'Chính phủ'],
      ['Quyết định', '896/QĐ-TTg', '2022-07-26', 'Thủ tướng Chính phủ'],
    ]);
    expect(d.preamble).toEqual([]);
    expect(d.number).toMatchObject({ serial: '1422', code: 'QĐ-TTg' });
    expect(d.date).toMatchObject({ iso: '2024-11-19', place: null, line: 5 });
    expect(d.year).toBe(2024); // the issue year: the period (2021-2030) began before
  });
});

describe('citations after a comma', () => {
  it('split before every kind of instrument, also those ending in a non-ASCII letter ("Thông tư", "Chỉ thị")', async () => {
    const { parseCitations } = await import('../../src/parse/citations.js');
    const r = parseCitations('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ, Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ;', 1);
    expect(r.map((c) => [c.kind, c.number, c.date, c.issuer])).toEqual([
      ['Nghị định', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ'],
      ['Thông tư', '01/2011/TT-BNV', '2011-01-19', 'Bộ Nội vụ'],
      ['Chỉ thị', '23/CT-TTg', '2021-09-02', 'Thủ tướng Chính phủ'],
    ]);
  });
});

describe('Google Docs "Download → Markdown" (review 12 plan 07)', () => {
  // Google Docs writes a header cell's paragraphs on one line, escapes punctuation ("KH\-SVHTTDL", "\-",
  // "1\."), and gives tables an empty header row over the alignment row ("|  |  |" / "| :---- | :---- |")
  const doc = (closing: string[]) =>
    parse(
      [
        '| ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA **SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH** Số: 418/KH\\-SVHTTDL | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập \\- Tự do \\- Hạnh phúc** *Khánh Hòa, ngày 14 tháng 4 năm 2027* |',
        '| :---: | :---: |',
        '',
        '**KẾ HOẠCH**  ',
        '**Phát triển du lịch năm 2027**',
        '',
        '**II\\. NHIỆM VỤ**',
        '',
        '1\\. Văn phòng Sở chủ trì bố trí kinh phí; thời gian: Quý II/2027.',
        '',
        ...closing,
      ].join('\n'),
    );

  it('header cells on one line: issuer, number (unescaped) and date', () => {
    const d = doc([]).document;
    expect(d.issuer?.text).toBe('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(d.number).toMatchObject({ raw: 'Số: 418/KH-SVHTTDL', serial: '418', code: 'KH-SVHTTDL', line: 1 });
    expect(d.date).toMatchObject({ iso: '2027-04-14', place: 'Khánh Hòa', line: 1 });
    expect(d.furniture.filter((f) => f.kind === 'motto').map((f) => f.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(d.preamble).toEqual([]);
  });

  it('a signature table under an empty header row belongs to the closing, not to the last item', () => {
    const p = doc(['|  |  |', '| :---- | :---- |', '| **Nơi nhận:** \\- UBND tỉnh \\(b/c\\); \\- Lưu: VT. | **KT. GIÁM ĐỐC** **PHÓ GIÁM ĐỐC** **Trần Thị Mỹ Hằng** |']);
    const item = find(p.roots, 'II.1')!;
    expect(item.text).toBe('Văn phòng Sở chủ trì bố trí kinh phí; thời gian: Quý II/2027.');
    expect(item.children).toEqual([]);
    expect(p.unclassified).toEqual([]);
    expect(p.document.recipients[0]).toMatchObject({ text: '- UBND tỉnh (b/c); - Lưu: VT.', line: 13 });
    expect(p.document.furniture.filter((f) => f.kind === 'rule').map((f) => f.line)).toEqual([2, 11, 12]);
  });
});
