// A directive (CHỈ THỊ): no sections I–V, duties numbered 1, 2, 3 with the unit before a colon or as a heading.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import { isClosing, isPlanTitle } from '../../src/parse/grammar.js';
import { validateText } from '../../src/validate/engine.js';
import { readFileSync } from 'node:fs';
import { buildRegister, sha256 } from '../../src/register/build.js';

const FILE = 'fixtures/layouts/directive-chi-thi.txt';

describe('a directive numbered 1, 2, 3 (fixtures/layouts/directive-chi-thi.txt)', () => {
  it('is read as a plan with its title after "CHỈ THỊ"', async () => {
    const { register: r } = await extractFile(FILE, { config: null });
    expect(r.document.kind).toBe('plan');
    expect(r.document.title?.text).toMatch(/^Về tăng cường công tác đấu tranh phòng, chống buôn lậu/);
    expect(r.document.period).toEqual({ start: 2025, end: 2026 });
    expect(r.diagnostics.filter((d) => d.rule === 'structure/not-a-plan')).toEqual([]);
  });

  it('a duty on the numbered line itself ("3. Giám đốc Sở Công Thương: Chủ trì, …") is a task', async () => {
    const { register: r } = await extractFile(FILE, { config: null });
    expect(r.tasks.map((t) => t.id)).toEqual(['1.a', '1.b', '1.c', '2.a', '2.b', '3', '4', '5', '6', '7.a', '7.b', '8', '9', '10']);
    const byId = new Map(r.tasks.map((t) => [t.id, t]));
    expect(byId.get('3')).toMatchObject({ lead: ['Sở Công Thương'], assignedBy: 'addressee' });
    expect(byId.get('6')!.lead).toEqual(['Thuế tỉnh Lạng Sơn']);
    expect(byId.get('10')).toMatchObject({ lead: ['Sở Công Thương'] });
    expect(byId.get('10')!.deadline?.due).toBe('2026-02-28');
    // a verb after a place name ends the unit ("… Thuế tỉnh Lạng Sơn đấu tranh với …")
    expect(byId.get('2.b')!.support).toEqual(['Sở Công Thương', 'Thuế tỉnh Lạng Sơn']);
  });

  it('the closing exhortation ("… nghiêm túc thực hiện Chỉ thị này./.") is no task', async () => {
    const { register: r } = await extractFile(FILE, { config: null });
    expect(r.tasks.some((t) => t.text.includes('nghiêm túc thực hiện Chỉ thị này'))).toBe(false);
    expect(isClosing('Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này./.')).toBe(true);
    expect(isClosing('Yêu cầu Trưởng các phòng thuộc Sở, Thủ trưởng các đơn vị trực thuộc nghiêm túc triển khai thực hiện Kế hoạch này./.')).toBe(true);
    // a duty that ends the text is still a duty
    expect(isClosing('Giao Công an tỉnh chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này./.')).toBe(false);
    expect(isClosing('Các cơ quan nghiêm túc thực hiện Kế hoạch này.')).toBe(false);
  });

  it('validate expects no sections I–V of a directive', () => {
    const text = readFileSync(FILE, 'utf8');
    const ds = validateText({ text, path: FILE });
    expect(ds.filter((d) => d.rule === 'structure/missing-section')).toEqual([]);
  });

  it('document types that title a plan', () => {
    for (const t of ['KẾ HOẠCH', 'CHỈ THỊ', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CHƯƠNG TRÌNH', 'PHƯƠNG ÁN', 'ĐỀ ÁN']) expect(isPlanTitle(t)).toBe(true);
    for (const t of ['Chỉ thị số 11/CT-TTg', 'KẾT LUẬN', 'CHỈ THỊ SỐ']) expect(isPlanTitle(t)).toBe(t === 'CHỈ THỊ SỐ');
  });
});

describe('a decision that gives work in its own articles', () => {
  it('"Điều 2. Giao Công an tỉnh chủ trì, …" is a task; issuing, taking effect and carrying out are not', async () => {
    const text = DECISION;
    const r = buildRegister({ text, path: 'qd.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
    expect(r.document.kind).toBe('decision');
    const art = r.tasks.filter((t) => t.id.startsWith('QĐ.'));
    expect(art.map((t) => [t.id, t.lead, t.support, t.deadline?.due ?? null])).toEqual([['QĐ.2', ['Công an tỉnh'], ['Sở Khoa học và Công nghệ'], '2025-12-15']]);
    expect(art[0]!.text).toMatch(/^Giao Công an tỉnh chủ trì/);
    expect(art[0]!.source.line).toBe(11);
  });
});

const DECISION = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH NGHỆ AN',
  'Số: 2381/QĐ-UBND',
  'Nghệ An, ngày 04 tháng 8 năm 2025',
  'QUYẾT ĐỊNH',
  'Ban hành Kế hoạch triển khai thi hành Luật Dữ liệu',
  'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
  'Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Dữ liệu.',
  'Điều 2. Giao Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2025.',
  'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Công an tỉnh chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  'CHỦ TỊCH',
  'Nguyễn Văn A',
  'KẾ HOẠCH',
  'Triển khai thi hành Luật Dữ liệu',
  '(Kèm theo Quyết định số 2381/QĐ-UBND ngày 04/8/2025 của UBND tỉnh)',
  'I. NHIỆM VỤ',
  '1. Công an tỉnh chủ trì rà soát cơ sở dữ liệu về dân cư, hoàn thành trong quý IV/2025.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Các sở, ban, ngành căn cứ Kế hoạch này tổ chức thực hiện.',
].join('\n');

describe('a draft directive of the Prime Minister (fixtures/layouts/directive-draft-ministries.txt)', () => {
  it('reads the "DỰ THẢO" stamp as furniture, unit headings with a colon and duties on the numbered line', async () => {
    const { register: r } = await extractFile('fixtures/layouts/directive-draft-ministries.txt', { config: null });
    expect(r.document.issuer?.text).toBe('THỦ TƯỚNG CHÍNH PHỦ');
    expect(r.document.furniture).toContainEqual({ text: 'DỰ THẢO', line: 1, kind: 'stamp' });
    expect(r.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([
      ['1.a', ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'UBND các tỉnh, thành phố trực thuộc trung ương'], []],
      ['1.b', ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'UBND các tỉnh, thành phố trực thuộc trung ương'], []],
      ['2.a', ['Bộ Công an'], ['Các bộ, ngành, địa phương']],
      ['2.b', ['Bộ Công an'], []],
      ['3', ['Bộ Khoa học và Công nghệ'], ['Bộ Tài chính']],
      ['4', ['Bộ Tài chính'], []],
      ['5', ['Văn phòng Chính phủ'], []],
    ]);
  });
});
