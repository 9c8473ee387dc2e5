import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTargets } from '../../src/export/index.js';
import { sanitizeSheetName, uniqueFileBaseNames, uniqueSheetNames } from '../../src/export/names.js';
import { options, registerWith, task } from './helpers.js';

const VALID_SHEET = (s: string) => s.length >= 1 && s.length <= 31 && !/[[\]:*?/\\]/.test(s) && !s.startsWith("'") && !s.endsWith("'");

describe('sheet names', () => {
  it.each([
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô'], // 32 chars: cut at a word
    ['Ban [chỉ đạo]: *?/\\ 06', 'Ban chỉ đạo 06'],
    ["'Tổ công tác'", '’Tổ công tác’'],
    ['   ', 'Sheet'],
    ['History', 'History (1)'],
    ['Tab\there\nnewline', 'Tab here newline'],
    ['Ủy ban nhân dân các xã, phường, thị trấn trên địa bàn', 'Ủy ban nhân dân các xã, phường'],
  ])('%j → %j', (input, expected) => {
    const s = sanitizeSheetName(input);
    expect(s).toBe(expected);
    expect(VALID_SHEET(s)).toBe(true);
  });

  it('never splits a surrogate pair and never exceeds 31 UTF-16 units', () => {
    const s = sanitizeSheetName('😀'.repeat(20));
    expect(s.length).toBeLessThanOrEqual(31);
    expect(s).toBe('😀'.repeat(15));
  });

  it('makes names unique (case-insensitively, also against reserved names), keeping ≤ 31 characters', () => {
    const long = 'Trung tâm Phục vụ hành chính công phường';
    const names = uniqueSheetNames(['Tổng hợp', 'tổng HỢP', 'A/B', 'A:B', long, `${long} số 2`, '_meta'], ['Tổng hợp', '_meta']);
    expect(names).toEqual([
      'Tổng hợp (2)',
      'tổng HỢP (3)',
      'A B',
      'A B (2)',
      'Trung tâm Phục vụ hành chính',
      'Trung tâm Phục vụ hành (2)',
      '_meta (2)',
    ]);
    expect(names.every(VALID_SHEET)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('file names', () => {
  it('are ASCII slugs of the canonical name', () => {
    expect(uniqueFileBaseNames(['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND'])).toEqual(['phong-van-hoa-xa-hoi', 'van-phong-hdnd-va-ubnd']);
  });

  it('cannot leave the output folder, avoid Windows device names, stay short and unique', () => {
    const long = `Phòng ${'rất '.repeat(70)}dài`;
    const names = ['../x', '/etc/passwd', '..', 'CON', 'nul', 'Com1', 'LPT9', long, `${long} 2`, 'Phòng Văn hóa - Xã hội', 'Phòng Văn hoá – Xã hội', 'Tổng hợp', '', '***'];
    const bases = uniqueFileBaseNames(names, ['tong-hop']);
    for (const b of bases) {
      expect(b).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(b.length).toBeLessThanOrEqual(80);
      expect(b).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(new Set(bases).size).toBe(bases.length);
    expect(bases[0]).toBe('x');
    expect(bases[1]).toBe('etc-passwd');
    expect(bases[3]).toMatch(/^con-[0-9a-f]{8}$/);
    expect(bases[7]).toMatch(/^phong-rat-rat-.*-[0-9a-f]{8}$/);
    expect(bases[7]!.length).toBeLessThanOrEqual(69);
    expect(bases[8]).not.toBe(bases[7]);
    expect(bases[9]).toBe('phong-van-hoa-xa-hoi');
    expect(bases[10]).toMatch(/^phong-van-hoa-xa-hoi-[0-9a-f]{8}$/); // same slug, different canonical name
    expect(bases[11]).toMatch(/^tong-hop-[0-9a-f]{8}$/); // would clobber the master file
  });

  it('every export target stays directly inside the output folder', () => {
    const reg = registerWith([
      task('DM.1', 'a', ['../../etc/x'], ['CON', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hoá – Xã hội']),
      task('DM.2', 'b', ['x'.repeat(300)], ['y'.repeat(300), 'Tổng hợp']),
    ]);
    const out = path.resolve('/tmp/pe-names/out');
    const targets = exportTargets(reg, options(out, { to: 'both', byUnit: true }));
    expect(targets).toHaveLength(2 + 2 * 7);
    expect(new Set(targets).size).toBe(targets.length);
    for (const t of targets) expect(path.dirname(t)).toBe(out);
    expect(targets.slice(0, 2).map((t) => path.basename(t))).toEqual(['tong-hop.xlsx', 'tong-hop.csv']);
    expect(targets.map((t) => path.basename(t))).toContain('etc-x.xlsx');
  });
});
