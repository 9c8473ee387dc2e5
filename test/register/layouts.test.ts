// Layouts the samples do not have: a decision wrapping a plan with a Markdown header table and a
// GFM appendix, and a plan divided in parts A–C with hard-wrapped lines.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFile } from '../../src/register/extract.js';
import { missingLines } from '../helpers/coverage.js';
import { validateText } from '../../src/validate/index.js';

describe('other layouts', () => {
  it('a decision that wraps a plan: header table cells, articles, plan number from the caption, GFM appendix with groups', async () => {
    const { register: r } = await extractFile('fixtures/layouts/decision-wrapper.md', { config: null });
    expect(r.document.kind).toBe('decision');
    expect(r.document.issuer?.text).toBe('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI');
    expect(r.document.wrapper).toMatchObject({ number: { serial: '120', code: 'QĐ-UBND' }, date: { iso: '2026-03-05' }, title: { text: 'Ban hành Kế hoạch cải cách hành chính năm 2026' } });
    expect(r.document.wrapper!.articles).toHaveLength(3);
    expect(r.document.number).toMatchObject({ serial: '120', code: 'QĐ-UBND' });
    expect(r.document.date?.iso).toBe('2026-03-05');
    expect(r.tasks.map((t) => [t.id, t.lead, t.support, t.sectionPath, t.deadline?.due ?? null, t.appendix?.product ?? null])).toEqual([
      ['III.1', ['Sở Nội vụ'], [], ['III'], null, null],
      ['DM.1', ['Sở Tư pháp'], ['Các sở, ngành'], ['DM', 'DM.I'], '2026-06-30', 'Báo cáo'],
      ['DM.2', ['Văn phòng UBND tỉnh'], [], ['DM', 'DM.I'], '2026-12-31', 'Quyết định công bố'],
      ['DM.3', ['Sở Tài chính'], ['UBND các xã, phường'], ['DM', 'DM.II'], '2026-12-31', 'Quyết định'],
    ]);
    expect(missingLines(r, readFileSync('fixtures/layouts/decision-wrapper.md', 'utf8'))).toEqual([]);
  });

  it('parts A–C with Roman sections inside, hard-wrapped lines and inline deadlines', async () => {
    const { register: r } = await extractFile('fixtures/layouts/parts-a-c.txt', { config: null });
    expect(r.document).toMatchObject({ kind: 'plan', issuer: { text: 'ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN' }, date: { iso: '2026-02-12' }, signer: { title: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' } });
    expect(r.tasks.map((t) => [t.id, t.lead, t.support, t.assignedBy, t.deadline?.kind ?? null, t.deadline?.due ?? null])).toEqual([
      ['B.I.1', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ', 'Các sở, ngành có liên quan'], 'sentence-pattern', 'date', '2026-06-30'],
      ['B.I.2', ['Văn phòng UBND tỉnh'], [], 'addressee', 'continuous', null],
      ['B.II.1.a', ['Sở Công Thương'], [], 'unit-heading', 'quarter', '2026-09-30'],
      ['B.II.1.b', ['Sở Công Thương'], [], 'unit-heading', null, null],
      ['C.1', ['Các sở, ban, ngành'], [], 'sentence-pattern', 'date', '2026-12-15'],
      ['C.2', ['Sở Khoa học và Công nghệ'], [], 'sentence-pattern', null, null],
    ]);
    expect(r.tasks[0]!.text).toMatch(/liên quan xây dựng kế hoạch kiểm tra an toàn thông tin/);
    expect(missingLines(r, readFileSync('fixtures/layouts/parts-a-c.txt', 'utf8'))).toEqual([]);
  });

  it('markers written "I - ", "1/ ", "a/ ": the same outline and tasks as "I.", "1.", "a)"', async () => {
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    const text = readFileSync('fixtures/layouts/markers-slash-dash.txt', 'utf8');
    const standard = text.replace(/^([IVX]+) - /gm, '$1. ').replace(/^(\d+)\/ /gm, '$1. ').replace(/^([a-zđ])\/ /gm, '$1) ');
    expect(standard).not.toBe(text);
    const reg = (t: string) => buildRegister({ text: t, path: 'p.txt', sha256: sha256(t), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: t.length });
    const rows = (t: string) => reg(t).tasks.map((x) => [x.id, x.lead, x.support, x.assignedBy, x.deadline?.due ?? null]);
    const odd = reg(text);
    expect(odd.document.kind).toBe('plan');
    expect(odd.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(odd.outline.map((n) => [n.id, n.role])).toEqual([
      ['I', 'objectives'],
      ['II', 'content'],
      ['III', 'organisation'],
      ['IV', 'other'],
    ]);
    expect(rows(text)).toEqual(rows(standard));
    expect(rows(text)).toHaveLength(10);
    expect(odd.tasks.find((x) => x.id === 'III.4')).toMatchObject({ lead: ['UBND các xã, thị trấn'], assignedBy: 'addressee' });
  });

  it('a Party plan (Số 118-KH/TU): markers "I- ", "1- ", the Party heading, "T/M BAN THƯỜNG VỤ" and its closing line', async () => {
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    const text = readFileSync('fixtures/layouts/party-plan-hyphen-markers.txt', 'utf8');
    const standard = text.replace(/^([IVX]+)- /gm, '$1. ').replace(/^(\d+)- /gm, '$1. ');
    expect(standard).not.toBe(text);
    const reg = (t: string) => buildRegister({ text: t, path: 'p.txt', sha256: sha256(t), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: t.length });
    const rows = (t: string) => reg(t).tasks.map((x) => [x.id, x.text, x.lead, x.support, x.deadline?.due ?? null]);
    const party = reg(text);
    expect(party.document.kind).toBe('plan');
    expect(party.document.number).toMatchObject({ raw: 'Số 118-KH/TU', serial: '118', code: 'KH/TU', line: 4 });
    expect(party.document.issuer?.text).toBe('ĐẢNG BỘ TỈNH NGHỆ AN / TỈNH ỦY');
    expect(party.document.furniture).toContainEqual({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', line: 6, kind: 'motto' });
    expect(party.document.signer).toMatchObject({ title: 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Hoàng Nghĩa Hiếu' });
    expect(party.outline.map((n) => [n.id, n.role])).toEqual([
      ['I', 'objectives'],
      ['II', 'content'],
      ['III', 'organisation'],
    ]);
    expect(party.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rows(text)).toEqual(rows(standard));
    // the items keep no "1-" in their text; the closing line and the signature are no tasks
    expect(party.tasks.find((x) => x.id === 'III.4')).toMatchObject({ text: expect.stringMatching(/^Văn phòng Tỉnh ủy chủ trì/), lead: ['Văn phòng Tỉnh ủy'] });
    expect(party.tasks.filter((x) => /phổ biến đến chi bộ|BAN THƯỜNG VỤ/.test(x.text))).toEqual([]);
    expect(party.tasks.length).toBeGreaterThanOrEqual(12);
    const { parseMarker } = await import('../../src/parse/grammar.js');
    expect(parseMarker('1.2- Rà soát văn bản')).toMatchObject({ type: 'decimal', value: '1.2', rest: 'Rà soát văn bản' });
    // a span of numbers is no marker
    expect(parseMarker('1-2 ngày làm việc')).toBeNull();
    expect(parseMarker('2-3 lớp tập huấn mỗi năm')).toBeNull();
  });

  it('a plan hard-wrapped at 60–90 columns (text from a PDF) gives the same tasks as the plan itself', async () => {
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    // Wrap every line longer than `w` at spaces, as PDF-to-text tools do (table rows are left alone).
    const wrap = (t: string, w: number) =>
      t
        .split('\n')
        .flatMap((l) => {
          if (l.length <= w || l.includes('\t')) return [l];
          const out: string[] = [];
          let cur = '';
          for (const word of l.split(' ')) {
            if (cur && `${cur} ${word}`.length > w) {
              out.push(cur);
              cur = word;
            } else cur = cur ? `${cur} ${word}` : word;
          }
          if (cur) out.push(cur);
          return out;
        })
        .join('\n');
    const rows = (t: string) =>
      buildRegister({ text: t, path: 'p.txt', sha256: sha256(t), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: t.length }).tasks.map((x) => [x.id, x.text, x.lead, x.support, x.deadline?.due ?? null]);
    for (const f of ['fixtures/000_f7326b36a3c50a06.txt', 'fixtures/002_726a7572a9116535.txt']) {
      const text = readFileSync(f, 'utf8');
      const expected = rows(text);
      for (const w of [60, 70, 80, 90]) {
        const wrapped = wrap(text, w);
        expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length + 50);
        expect([f, w, rows(wrapped)]).toEqual([f, w, expected]);
      }
    }
  });

  it('"PHẦN THỨ NHẤT" (a report) and "PHẦN THỨ HAI" (the plan): a plan, its sections inside the part have their roles', async () => {
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'Số: 112/KH-UBND',
      'Quảng Trị, ngày 10 tháng 3 năm 2026',
      '',
      'KẾ HOẠCH',
      'Phát triển du lịch cộng đồng năm 2026',
      '',
      'PHẦN THỨ NHẤT',
      'KẾT QUẢ THỰC HIỆN NĂM 2025',
      '',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'Sở Văn hóa, Thể thao và Du lịch đã phối hợp với các địa phương tổ chức 05 lớp tập huấn.',
      '',
      'PHẦN THỨ HAI',
      'NHIỆM VỤ, GIẢI PHÁP NĂM 2026',
      '',
      'I. MỤC TIÊU',
      'Hình thành thêm 03 điểm du lịch cộng đồng.',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Rà soát các điểm du lịch cộng đồng hiện có.',
      '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
      '- Thời gian hoàn thành: Tháng 6/2026.',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.',
    ].join('\n');
    const r = buildRegister({ text, path: 'p.md', sha256: sha256(text), format: 'markdown', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length });
    expect(r.document.kind).toBe('plan');
    // (a part's title on the line after it is its title: review 14)
    expect(r.outline.map((n) => n.text)).toEqual(['KẾT QUẢ THỰC HIỆN NĂM 2025', 'NHIỆM VỤ, GIẢI PHÁP NĂM 2026']);
    expect(r.outline[1]!.children.map((n) => [n.marker, n.role])).toEqual([
      ['I.', 'objectives'],
      ['II.', 'content'],
      ['III.', 'organisation'],
    ]);
    expect(r.tasks.map((t) => [t.text.slice(0, 20), t.lead, t.deadline?.due ?? null])).toEqual([
      ['Rà soát các điểm du ', ['Sở Văn hóa, Thể thao và Du lịch'], '2026-06-30'],
      ['Sở Tài chính bố trí ', ['Sở Tài chính'], null],
    ]);
    expect(r.diagnostics.filter((d) => d.rule === 'structure/not-a-plan')).toEqual([]);
    // the same in sentence case ("Phần thứ nhất"): the same parts, tasks and ids; in a sentence it is no part
    const lower = text.replace('PHẦN THỨ NHẤT', 'Phần thứ nhất').replace('PHẦN THỨ HAI', 'Phần thứ hai');
    const r2 = buildRegister({ text: lower, path: 'p.md', sha256: sha256(lower), format: 'markdown', encoding: 'utf-8', lineEnding: 'lf', bytes: lower.length });
    expect(r2.outline.map((n) => n.id)).toEqual(r.outline.map((n) => n.id));
    expect(r2.tasks.map((t) => t.id)).toEqual(r.tasks.map((t) => t.id));
    expect(r2.diagnostics.filter((d) => d.rule === 'numbering/duplicate')).toEqual([]);
    const { parseMarker } = await import('../../src/parse/grammar.js');
    expect(parseMarker('Phần thứ hai của Kế hoạch nêu các nhiệm vụ.')).toBeNull();
  });

  it('a Word list saved as text: "(1)" items with "a." sub-items and field lines, "1)" under "1.", symbol bullets and tab indents, titles with a paragraph', async () => {
    const file = 'fixtures/layouts/word-symbols-paren-items.txt';
    const { register: r } = await extractFile(file, { config: null });
    const VH = 'Sở Văn hóa, Thể thao và Du lịch';
    expect(r.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? t.deadline?.kind ?? null])).toEqual([
      // "(1)" … "(3)" are items of group 1, "a." "b." items of "(2)", with its "Đơn vị thực hiện" line
      ['II.1.1', [VH], ['UBND các xã'], '2027-06-30'],
      ['II.1.2.a', [VH], ['Sở Công Thương'], '2027-09-30'],
      ['II.1.2.b', [VH], ['Sở Công Thương'], '2027-12-31'],
      // an item ending with a bracket is no bracketed remark
      ['II.1.3', [VH], ['Sở Ngoại vụ'], '2027-12-31'],
      // "1)" "2)" a level below "2."
      ['II.2.1', ['Sở Xây dựng'], ['UBND các xã'], '2027-12-31'],
      ['II.2.2', [VH], [], '2027-09-30'],
      // Word's symbol bullets ("", "Ø"), "–" sub-bullets indented by a tab under the intro ending with ":"
      ['II.3-1', ['Trung tâm Thông tin và Xúc tiến du lịch'], [], 'continuous'],
      ['II.3-2-1', [VH], ['UBND các xã'], '2027-05-31'],
      ['II.3-2-2', [VH], ['UBND các xã'], '2027-07-31'],
      ['II.3-3', [VH], [], '2027-06-30'],
      // "a) <title>" then its paragraph: one task, the title first
      ['II.4.a', ['Công an tỉnh'], [VH], '2027-06-30'],
      ['II.4.b', [], [], '2027-09-30'],
      ['III.1-1', [VH], [], '2027-12-15'],
      ['III.2-1', ['UBND các xã'], [], null],
    ]);
    const text = (id: string) => r.tasks.find((t) => t.id === id)!.text;
    expect(text('II.1.3')).toBe('Trao đổi kinh nghiệm với Khu du lịch Bản Lác (Hòa Bình).');
    expect(text('II.3-1')).toMatch(/^Quảng bá du lịch/); // no bullet sign left in the text
    expect(text('II.4.a')).toBe('Kiểm tra an toàn tại các điểm du lịch cộng đồng trong mùa cao điểm. Công an tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện vào tháng 6/2027.');
    expect(text('II.4.b')).toBe('Rà soát quy hoạch các điểm du lịch cộng đồng. Hoàn thành trước ngày 30/9/2027.');
    expect(r.diagnostics.filter((d) => d.rule.startsWith('numbering/'))).toEqual([]);
    expect(missingLines(r, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('a plan quoted in a forwarded e-mail: quote marks alone are blank lines, not tasks', async () => {
    const file = 'fixtures/layouts/email-quoted-plan.txt';
    const { register: r } = await extractFile(file, { config: null });
    // (the forwarder's telephone line just above the quote is not part of the issuer)
    expect(r.document).toMatchObject({ issuer: { text: 'ỦY BAN NHÂN DÂN / PHƯỜNG KIM MÃ' }, number: { serial: '58', code: 'KH-UBND' }, date: { iso: '2027-05-12' }, title: { text: 'Tổ chức Tháng hành động vì trẻ em năm 2027' } });
    expect(r.tasks.map((t) => [t.id, t.text.slice(0, 30), t.lead, t.deadline?.due ?? null])).toEqual([
      ['I.1.a', 'Tham mưu thành lập Ban Tổ chức', ['Phòng Văn hóa - Xã hội'], '2027-05-25'],
      ['I.1.b', 'Tổ chức Lễ phát động Tháng hàn', ['Phòng Văn hóa - Xã hội'], '2027-06-01'],
      ['I.2.p1', 'Tổ chức các lớp kỹ năng phòng,', ['Đoàn Thanh niên'], '2027-07-31'],
      ['II.p1', 'Phòng Văn hóa - Xã hội theo dõ', ['Phòng Văn hóa - Xã hội'], null],
    ]);
    expect(r.unclassified).toEqual([]);
    expect(missingLines(r, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('a hospital plan: its departments lead and cooperate (review 10)', () => {
  it('"Khoa, phòng chủ trì" columns, "Khoa …" units and their collectives, "Trưởng các khoa, phòng", schedules of each quarter and of another body', async () => {
    const file = 'fixtures/layouts/hospital-khoa-phong.md';
    const { register: r } = await extractFile(file, { config: null });
    const row = (id: string) => {
      const t = r.tasks.find((x) => x.id === id)!;
      return [t.lead, t.support, t.deadline?.kind ?? null, t.deadline?.due ?? null, t.deadline?.recurrence ?? null];
    };
    expect(r.tasks.map((t) => t.id)).toEqual(['III.1-1', 'III.1-2', 'III.2-1', 'III.3', 'DM.1', 'DM.2', 'DM.3', 'DM.4', 'DM.5']);
    expect(row('DM.1')).toEqual([['Khoa Kiểm soát nhiễm khuẩn'], ['Phòng Điều dưỡng', 'Các khoa lâm sàng'], 'recurring', null, [{ frequency: 'quarterly', on: '01-07' }]]);
    expect(row('DM.2')).toEqual([['Phòng Kế hoạch tổng hợp'], ['Khoa Dược'], 'recurring', null, [{ frequency: 'monthly', on: '01-31' }]]);
    expect(row('DM.3')).toEqual([['Khoa Hồi sức tích cực - Chống độc'], ['Khoa Vi sinh'], 'range', '2027-09-30', null]);
    expect(row('DM.4')).toEqual([['Phòng Quản lý chất lượng'], ['Các khoa, phòng'], 'relative', null, null]);
    expect(r.tasks.find((x) => x.id === 'DM.4')!.deadline!.anchor).toEqual({ event: 'lịch kiểm tra của Sở Y tế', offset: null });
    // before the school year: before it starts
    expect(row('DM.5')).toEqual([['Phòng Chỉ đạo tuyến'], ['Khoa Kiểm soát nhiễm khuẩn'], 'date', '2027-08-31', null]);
    // the heads of the departments, as a heading over their duties
    expect(row('III.1-1').slice(0, 2)).toEqual([['Các khoa, phòng'], []]);
    expect(row('III.1-2').slice(0, 3)).toEqual([['Các khoa, phòng'], [], 'recurring']);
    // a partner outside the directory ends before its verb ("… tỉnh điều tra, xử lý …")
    expect(row('III.2-1').slice(0, 2)).toEqual([['Khoa Kiểm soát nhiễm khuẩn'], ['Trung tâm Kiểm soát bệnh tật tỉnh']]);
    // a partner with its place name, then a comma and another partner
    expect(row('III.3').slice(0, 3)).toEqual([['Phòng Công tác xã hội'], ['Báo và Phát thanh, Truyền hình', 'Trung tâm Kiểm soát bệnh tật tỉnh'], 'continuous']);
    expect(validateText({ text: readFileSync(file, 'utf8'), path: file })).toEqual([]);
    expect(missingLines(r, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('an inspection team shares out its work by member (corpus: KH 1105/KH-ĐKT of Lào Cai)', () => {
  it('"Ông/Bà <name> - <role>: …" items are led by that member; "Đối với đơn vị được kiểm tra:" by the inspected units', async () => {
    const file = 'fixtures/layouts/inspection-team.txt';
    const { register: r } = await extractFile(file, { config: null });
    expect(r.tasks.map((t) => [t.id, t.lead, t.assignedBy, t.deadline?.due ?? null])).toEqual([
      ['2.a', [], 'none', null],
      ['2.b', [], 'none', null],
      ['3.1', ['Nguyễn Đức Thắng - Trưởng đoàn'], 'addressee', null],
      // (its second line starts lower-case after a ";": the same item, not a paragraph of its own)
      ['3.2', ['Đinh Thị Lan - Phó Trưởng đoàn'], 'addressee', '2026-04-30'],
      ['3.3', ['Lý Văn Khải - Thành viên'], 'addressee', null],
      ['4.1', ['Đoàn kiểm tra'], 'addressee', null],
      ['4.2', ['Các đơn vị được kiểm tra'], 'addressee', null],
    ]);
    expect(r.tasks.find((t) => t.id === '3.2')!.text).toBe('Bà Đinh Thị Lan, Phó Trưởng đoàn: Kiểm tra hồ sơ quản lý an toàn đập; tổng hợp, dự thảo báo cáo kết quả kiểm tra trước ngày 30/4/2026.');
    expect(r.units.map((u) => u.name)).toContain('Nguyễn Đức Thắng - Trưởng đoàn');
    expect(missingLines(r, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
