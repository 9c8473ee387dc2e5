// Item markers and group headings of review 12: "a1)" under "a)", "-)" bullets, lower-case roman
// lists "i. ii. iii.", items headed "Nhiệm vụ 1:" / "Giải pháp 2." / "Nhiệm vụ thứ ba:", and unnumbered
// stage headings ("**Giai đoạn 1 (2026 – 2027)**") that group the items under them.
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/parse/grammar.js';
import type { Register, Task } from '../../src/register/types.js';
import { planRegister, registerOf, taskById } from '../helpers/register.js';
import { validateText } from '../../src/validate/index.js';
import { outlineIds, parse, plan } from '../helpers/parse.js';

const build = planRegister;
const task = taskById;
// (the test plan starts at section II)
const numbering = (body: string) =>
  validateText({ text: plan(body) })
    .filter((d) => d.rule.startsWith('numbering/') && !d.message.includes('at the top level'))
    .map((d) => d.message);

describe('markers', () => {
  it('"a1)", "b2." are sub-items; "-)" is a bullet; "ii.", "iv)" lower-case roman', () => {
    expect(parseMarker('a1) Sở Nội vụ chủ trì.')).toMatchObject({ type: 'letter', value: 'a1', ordinal: 1, rest: 'Sở Nội vụ chủ trì.' });
    expect(parseMarker('b2. Sở Y tế chủ trì.')).toMatchObject({ type: 'letter', value: 'b2', ordinal: 2 });
    expect(parseMarker('-) Sở Y tế chủ trì.')).toMatchObject({ type: 'bullet', raw: '-)', rest: 'Sở Y tế chủ trì.' });
    expect(parseMarker('ii. Tổ chức Diễn đàn.')).toMatchObject({ type: 'letter', value: 'ii', ordinal: 2, lowerRoman: true });
    expect(parseMarker('iv) Tổ chức Diễn đàn.')).toMatchObject({ type: 'letter', value: 'iv', ordinal: 4, lowerRoman: true });
    // no markers: a number, a word
    expect(parseMarker('a1 Sở Nội vụ')).toBeNull();
  });

  it('"Nhiệm vụ 1:", "Giải pháp 2.", "Nhiệm vụ thứ ba:" head items; not in a sentence', () => {
    expect(parseMarker('Nhiệm vụ 1: Hoàn thiện cơ chế')).toMatchObject({ type: 'arabic', value: 'NV1', ordinal: 1, rest: 'Hoàn thiện cơ chế' });
    expect(parseMarker('Giải pháp 2. Huy động nguồn lực')).toMatchObject({ type: 'arabic', value: 'GP2', ordinal: 2, rest: 'Huy động nguồn lực' });
    expect(parseMarker('Nhiệm vụ thứ ba: Thúc đẩy sản xuất sạch hơn')).toMatchObject({ type: 'arabic', value: 'NV3', ordinal: 3 });
    expect(parseMarker('Nhóm giải pháp thứ hai - Tuyên truyền')).toMatchObject({ type: 'arabic', value: 'NGP2', ordinal: 2 });
    expect(parseMarker('Nhiệm vụ: Tổ chức tập huấn.')).toBeNull();
    expect(parseMarker('Nhiệm vụ thứ hai của Kế hoạch là tuyên truyền.')).toBeNull();
    expect(parseMarker('Nhiệm vụ 1: tổ chức tập huấn')).toBeNull(); // a sentence goes on in lower case
  });
});

describe('item levels', () => {
  it('"a1)", "a2)" under "a)", "b1)" under "b)", "-)" bullets: items with their own lead', () => {
    const r = build(
      'II. NỘI DUNG\n\n1. Đào tạo nghề\n\na) Đào tạo nghề cho lao động\n\na1) Sở Nội vụ chủ trì tổ chức đào tạo nghề; thời gian: năm 2027.\n\na2) Sở Y tế chủ trì đào tạo điều dưỡng; thời gian: năm 2028.\n\nb) Bồi dưỡng cán bộ\n\nb1) Trường Chính trị tỉnh chủ trì mở lớp bồi dưỡng; thời gian: Quý III/2027.\n\n2. Nhân lực y tế\n\n-) Sở Y tế chủ trì cử bác sĩ đi đào tạo; thời gian: năm 2027.\n\n-) Sở Nội vụ chủ trì tuyển dụng bác sĩ.',
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.text.slice(0, 10)])).toEqual([
      ['II.1.a.a1', ['Sở Nội vụ'], 'Sở Nội vụ '],
      ['II.1.a.a2', ['Sở Y tế'], 'Sở Y tế ch'],
      ['II.1.b.b1', ['Trường Chính trị tỉnh'], 'Trường Chí'],
      ['II.2-1', ['Sở Y tế'], 'Sở Y tế ch'],
      ['II.2-2', ['Sở Nội vụ'], 'Sở Nội vụ '],
    ]);
    expect(numbering('II. NỘI DUNG\n\n1. Đào tạo\n\na) Đào tạo nghề\n\na1) Tổ chức đào tạo.\n\na2) Tổ chức bồi dưỡng.\n\nb) Bồi dưỡng\n\nb1) Mở lớp.\n\nb3) Mở lớp.')).toEqual([
      '"b2)" is missing between "b1)" and "b3)" in II.1.b',
    ]);
  });

  it('"i.", "ii.", "iii." under an intro are a roman list; "i)" after "h)" is the letter', () => {
    const body =
      'II. NỘI DUNG\n\n1. Thu hút đầu tư\n\nSở Tài chính chủ trì, phối hợp với các sở, ngành thực hiện các nội dung sau:\n\ni. Kêu gọi doanh nghiệp FDI; thời gian: năm 2027.\n\nii. Tổ chức Diễn đàn hợp tác; thời gian: tháng 10/2027.\n\niii. Xây dựng cơ sở dữ liệu lao động.\n\niv. Tổ chức hội thảo.\n\nv. Tổ chức tọa đàm.';
    const r = build(body);
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['II.1.i', ['Sở Tài chính']],
      ['II.1.ii', ['Sở Tài chính']],
      ['II.1.iii', ['Sở Tài chính']],
      ['II.1.iv', ['Sở Tài chính']],
      ['II.1.v', ['Sở Tài chính']],
    ]);
    expect(numbering(body)).toEqual([]);
    expect(numbering(body.replace('iii. ', 'iv. ').replace('iv. Tổ chức hội', 'iii. Tổ chức hội'))).toEqual(['"iii." comes after "iv." (line 18) in II.1: the numbering goes back']);
    // the letter i of a letter list
    const letters = 'II. NỘI DUNG\n\n1. Công việc\n\na) Việc một.\n\nb) Việc hai.\n\nc) Việc ba.\n\nd) Việc bốn.\n\nđ) Việc năm.\n\ne) Việc sáu.\n\ng) Việc bảy.\n\nh) Việc tám.\n\ni) Việc chín.\n\nk) Việc mười.';
    expect(outlineIds(parse(plan(letters)).roots).filter((id) => id.startsWith('II.1.'))).toEqual(['II.1.a', 'II.1.b', 'II.1.c', 'II.1.d', 'II.1.đ', 'II.1.e', 'II.1.g', 'II.1.h', 'II.1.i', 'II.1.k']);
    expect(numbering(letters)).toEqual([]);
  });

  it('a long title "Nhiệm vụ 2: …" is an item: the paragraph under it is its body, not glued into its title', () => {
    const r = build(
      'II. NHIỆM VỤ VÀ GIẢI PHÁP\n\nNhiệm vụ 1: Hoàn thiện cơ chế, chính sách\nSở Tư pháp chủ trì, phối hợp với Sở Tài chính rà soát văn bản; hoàn thành trong năm 2027.\n\nNhiệm vụ 2: Phát triển mô hình nông nghiệp tuần hoàn\nSở Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Nông dân tỉnh xây dựng mô hình; thời gian: hằng năm.\n\nNhiệm vụ thứ ba: Thúc đẩy sản xuất sạch hơn trong công nghiệp\nSở Công Thương chủ trì hướng dẫn doanh nghiệp; thời gian: Quý IV/2027.\n\nGiải pháp 1. Tuyên truyền, nâng cao nhận thức về kinh tế tuần hoàn\nSở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền; thời gian: năm 2027.',
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.text.slice(0, t.text.indexOf(' chủ trì'))])).toEqual([
      ['II.NV1', ['Sở Tư pháp'], 'Hoàn thiện cơ chế, chính sách. Sở Tư pháp'],
      ['II.NV2', ['Sở Nông nghiệp và Môi trường'], 'Phát triển mô hình nông nghiệp tuần hoàn. Sở Nông nghiệp và Môi trường'],
      ['II.NV3', ['Sở Công Thương'], 'Thúc đẩy sản xuất sạch hơn trong công nghiệp. Sở Công Thương'],
      ['II.GP1', ['Sở Văn hóa, Thể thao và Du lịch'], 'Tuyên truyền, nâng cao nhận thức về kinh tế tuần hoàn. Sở Văn hóa, Thể thao và Du lịch'],
    ]);
  });

  it('"Nhiệm vụ 1:" items inside a numbered group are a level below it', () => {
    const ids = outlineIds(parse(plan('II. NỘI DUNG\n\n1. Nhóm nhiệm vụ về thể chế\n\nNhiệm vụ 1: Rà soát văn bản\n\nNhiệm vụ 2: Ban hành quy chế\n\n2. Nhóm nhiệm vụ về hạ tầng\n\nNhiệm vụ 3: Đầu tư hạ tầng')).roots);
    expect(ids.filter((id) => id.startsWith('II'))).toEqual(['II', 'II.1', 'II.1.NV1', 'II.1.NV2', 'II.2', 'II.2.NV3']);
  });
});

describe('stage headings', () => {
  it('an unnumbered bold stage opens a group: its items restart at 1 and take its period when they name none', () => {
    const body =
      'II. NỘI DUNG\n\n**Giai đoạn 1 (2026 – 2027)**\n\n1. Sở Tài chính chủ trì rà soát diện tích.\n\n2. Sở Xây dựng chủ trì lập quy hoạch; thời gian: tháng 12/2026.\n\n**Giai đoạn 2 (2028 – 2030)**\n\n1. Sở Công Thương chủ trì nhân rộng mô hình.\n\n**Giai đoạn 2026 – 2030 (thực hiện xuyên suốt)**\n\n1. Sở Nội vụ chủ trì tổng kết.';
    const r = build(body);
    expect(r.tasks.map((t) => [t.id, t.lead, t.deadline?.kind ?? null, t.deadline?.due ?? null])).toEqual([
      ['II.GD1.1', ['Sở Tài chính'], 'range', '2027-12-31'],
      ['II.GD1.2', ['Sở Xây dựng'], 'month', '2026-12-31'],
      ['II.GD2.1', ['Sở Công Thương'], 'range', '2030-12-31'],
      ['II.GD3.1', ['Sở Nội vụ'], 'range', '2030-12-31'],
    ]);
    expect(numbering(body)).toEqual([]);
  });

  it('a plain stage line over numbered items, and a numbered stage naming its years without brackets', () => {
    const r = build('II. NỘI DUNG\n\nGiai đoạn 2: từ năm 2028 đến năm 2030\n\n1. Sở Công Thương chủ trì nhân rộng mô hình.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Giai đoạn 2028 - 2030\n\na) Sở Nội vụ chủ trì tổng kết.');
    expect(r.tasks.map((t) => [t.id, t.deadline?.kind ?? null, t.deadline?.due ?? null])).toEqual([
      ['II.GD1.1', 'range', '2030-12-31'],
      ['III.1.a', 'range', '2030-12-31'],
    ]);
  });

  it('a sentence about a stage is no heading', () => {
    const r = build('II. NỘI DUNG\n\n1. Sở Công Thương chủ trì nhân rộng mô hình.\n\nGiai đoạn 2028 - 2030 tập trung nhân rộng mô hình ở các xã.\n\n2. Sở Nội vụ chủ trì tổng kết.');
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1.p1', 'II.2']);
    expect(r.tasks[0]!.text).toMatch(/^Giai đoạn 2028 - 2030 tập trung/);
  });
});

describe('Word\'s level-3 bullet "o" in plain text', () => {
  const rows = (r: Register) => r.tasks.map((t) => [t.text.slice(0, 22).trim(), t.lead, t.support]);
  it('a lone "o" and a tab or spaces before a capital is a bullet on an indented line', () => {
    const r = registerOf(plan(`II. NỘI DUNG THỰC HIỆN
\t\u25aa Kiểm tra, giám sát:
\t\to\tTrạm Y tế xã giám sát chỉ số côn trùng tại các điểm nguy cơ cao.
\t\to Công an xã phối hợp với Phòng Kinh tế kiểm tra các cơ sở thu mua phế liệu.
\t\u25aa Trạm Y tế xã chuẩn bị đầy đủ thuốc, hóa chất.

III. TỔ CHỨC THỰC HIỆN
  o Phòng Văn hóa - Xã hội chủ trì tuyên truyền.
  o Công an xã bảo đảm an ninh trật tự.`));
    expect(rows(r)).toEqual([
      ['Trạm Y tế xã giám sát', ['Trạm Y tế'], []],
      ['Công an xã phối hợp vớ', ['Công an xã'], ['Phòng Kinh tế']],
      ['Trạm Y tế xã chuẩn bị', ['Trạm Y tế'], []],
      ['Phòng Văn hóa - Xã hội', ['Phòng Văn hóa - Xã hội'], []],
      ['Công an xã bảo đảm an', ['Công an xã'], []],
    ]);
  });

  it('not the word "o" in prose: lower case after it, or one line at the margin', () => {
    expect(parseMarker('o Trạm Y tế xã')).toBeNull();
    const r = registerOf(plan(`II. NỘI DUNG THỰC HIỆN
1. Chăm sóc trẻ em
\to bế trẻ nhỏ đúng cách, Trạm Y tế xã hướng dẫn các gia đình.
2. Tuyên truyền
o Trạm Y tế xã tuyên truyền phòng bệnh.`));
    expect(r.tasks.map((t) => t.text)).toEqual(['Chăm sóc trẻ em. o bế trẻ nhỏ đúng cách, Trạm Y tế xã hướng dẫn các gia đình.', 'Tuyên truyền o Trạm Y tế xã tuyên truyền phòng bệnh.']);
  });
});
