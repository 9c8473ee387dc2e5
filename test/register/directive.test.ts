// A directive (CHỈ THỊ): no sections I–V, duties numbered 1, 2, 3 with the unit before a colon or as a heading.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/register/extract.js';
import { isClosing, isPlanTitle } from '../../src/parse/grammar.js';
import { validateText } from '../../src/validate/engine.js';
import { readFileSync } from 'node:fs';

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
