import { describe, expect, it } from 'vitest';
import { trackerRows, unitsToExport } from '../../src/export/index.js';
import { register001, registerWith, task, VHXH, VHXH_LEADS } from './helpers.js';

const ALL = { role: 'all', expandCollectives: false } as const;

describe('trackerRows', () => {
  it('gives Phòng Văn hóa - Xã hội its 13 lead tasks of plan 001, in plan order, numbered from 1', () => {
    const rows = trackerRows(register001(), VHXH, ALL);
    expect(rows.map((r) => r.taskId)).toEqual(VHXH_LEADS);
    expect(rows.map((r) => r.stt)).toEqual(VHXH_LEADS.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['lead']));
    expect(rows.every((r) => r.unit === VHXH)).toBe(true);
    const dm2 = rows.find((r) => r.taskId === 'DM.2')!;
    expect(dm2).toMatchObject({
      text: 'Xây dựng Kế hoạch tuyên truyền CCHC năm 2026 của phường.',
      lead: [VHXH],
      support: ['Văn phòng HĐND và UBND', 'Các tổ dân phố'],
      deadlineRaw: 'Quý I/2026',
      due: '2026-03-31',
      source: 'DM.2, dòng 193',
    });
    const body = rows.find((r) => r.taskId === 'III.1-1')!;
    expect(body).toMatchObject({ deadlineRaw: '', due: null, source: 'III.1-1, dòng 116' });
    expect(trackerRows(register001(), VHXH, { ...ALL, lang: 'en' })[0]!.source).toBe('III.1-1, line 116');
  });

  it('marks support rows "support", and --role filters', () => {
    const reg = register001();
    const vp = 'Văn phòng HĐND và UBND';
    const rows = trackerRows(reg, vp, ALL);
    expect(rows.filter((r) => r.role === 'support').map((r) => r.taskId)).toEqual(['DM.2', 'DM.15']);
    expect(rows.filter((r) => r.role === 'lead')).toHaveLength(8);
    expect(trackerRows(reg, vp, { role: 'lead', expandCollectives: false }).map((r) => r.role)).toEqual(Array(8).fill('lead'));
    const sup = trackerRows(reg, vp, { role: 'support', expandCollectives: false });
    expect(sup.map((r) => [r.stt, r.taskId, r.role])).toEqual([
      [1, 'DM.2', 'support'],
      [2, 'DM.15', 'support'],
    ]);
  });

  it('a unit named as lead and support of one task is its lead, once', () => {
    const reg = registerWith([task('DM.1', 'Việc A', ['Phòng X'], ['Phòng X', 'Phòng Y'])]);
    expect(trackerRows(reg, 'Phòng X', ALL).map((r) => [r.taskId, r.role])).toEqual([['DM.1', 'lead']]);
    expect(trackerRows(reg, 'Phòng Z', ALL)).toEqual([]);
  });

  it('--expand-collectives passes a collective role on to its members', () => {
    const reg = register001();
    const plain = trackerRows(reg, VHXH, ALL);
    const expanded = trackerRows(reg, VHXH, { role: 'all', expandCollectives: true });
    // "Các phòng chuyên môn" (members include VH-XH) supports DM.3-8, 11-13, 16, 18; VH-XH leads 3, 11-13, 16, 18 itself.
    expect(expanded.filter((r) => r.role === 'support').map((r) => r.taskId)).toEqual(['DM.4', 'DM.5', 'DM.6', 'DM.7', 'DM.8']);
    expect(expanded.filter((r) => r.role === 'lead').map((r) => r.taskId)).toEqual(plain.map((r) => r.taskId));
    // Lead by a collective: "Các đoàn thể" leads III.5-*; its members lead them in their trackers.
    expect(trackerRows(reg, 'Đoàn Thanh niên phường', { role: 'all', expandCollectives: true }).map((r) => [r.taskId, r.role])).toEqual(
      ['III.5-1', 'III.5-2', 'III.5-3', 'III.5-4', 'III.5-5'].map((id) => [id, 'lead']),
    );
    // The expanded rows still show the plan's own lead / support columns.
    expect(expanded.find((r) => r.taskId === 'DM.4')!.support).toEqual(['Các phòng chuyên môn']);
  });

  it('copes with members that are collectives themselves, and with cycles', () => {
    const reg = registerWith([task('DM.1', 'Việc', ['Khối A'])]);
    reg.units = [
      { id: 'khoi-a', name: 'Khối A', kind: 'collective', aliases: [], members: ['Khối B', 'Phòng 1'], leadCount: 1, supportCount: 0 },
      { id: 'khoi-b', name: 'Khối B', kind: 'collective', aliases: [], members: ['Phòng 2', 'Khối A'], leadCount: 0, supportCount: 0 },
    ];
    expect(unitsToExport(reg, { role: 'all', expandCollectives: true })).toEqual(['Phòng 2', 'Phòng 1']);
  });
});

describe('unitsToExport', () => {
  it('lists units with at least one row, in register order', () => {
    const reg = register001();
    expect(unitsToExport(reg, ALL)).toEqual([
      'Các đoàn thể',
      'Các phòng chuyên môn',
      'Các phòng, đơn vị thuộc phường',
      'Các tổ dân phố',
      'Công an phường',
      'Mặt trận Tổ quốc',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      VHXH,
      'Trung tâm Phục vụ hành chính công',
      'Văn phòng HĐND và UBND',
    ]);
    expect(unitsToExport(reg, { role: 'lead', expandCollectives: false })).not.toContain('Công an phường');
  });

  it('with --expand-collectives drops collectives that have members and adds their members', () => {
    const units = unitsToExport(register001(), { role: 'all', expandCollectives: true });
    expect(units).not.toContain('Các phòng chuyên môn');
    expect(units).not.toContain('Các đoàn thể');
    expect(units).toContain('Các tổ dân phố'); // a collective without members keeps its tracker
    expect(units.slice(-2)).toEqual(['Đoàn Thanh niên phường', 'Hội Liên hiệp Phụ nữ phường']); // not in units[]: first-appearance order
  });

  it('includes names used in tasks but missing from units[]', () => {
    const reg = registerWith([task('DM.1', 'Việc', ['Phòng A'], ['Phòng B'])]);
    reg.units = [];
    expect(unitsToExport(reg, ALL)).toEqual(['Phòng A', 'Phòng B']);
  });
});
