// Units on the four sample plans: the full list of canonical units (no unit split in two, no two merged),
// and the same plan with its unit names rewritten in other spelling variants gives identical units and assignments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegister, sha256 } from '../../src/register/build.js';
import type { Register } from '../../src/register/types.js';

function build(text: string): Register {
  return buildRegister({ text: text.normalize('NFC'), path: 'x.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length });
}
const sample = (name: string) => readFileSync(`fixtures/${name}.txt`, 'utf8');

const EXPECTED: Record<string, [string, string][]> = {
  '000_f7326b36a3c50a06': [
    ['Các cơ quan, đơn vị', 'collective'],
    ['Cán bộ, công chức, viên chức và người lao động', 'collective'],
    ['Phòng Văn hóa - Xã hội', 'unit'],
    ['Trung tâm Dịch vụ tổng hợp', 'unit'],
    ['Văn phòng HĐND và UBND', 'unit'],
  ],
  '001_01aba15c383c1695': [
    ['Các đoàn thể', 'collective'],
    ['Các phòng chuyên môn', 'collective'],
    ['Các phòng, đơn vị thuộc phường', 'collective'],
    ['Các tổ dân phố', 'collective'],
    ['Công an phường', 'unit'],
    ['Mặt trận Tổ quốc', 'unit'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'unit'],
    ['Phòng Văn hóa - Xã hội', 'unit'],
    ['Trung tâm Phục vụ hành chính công', 'unit'],
    ['Văn phòng HĐND và UBND', 'unit'],
  ],
  '002_726a7572a9116535': [
    ['Các cơ quan có liên quan', 'collective'],
    ['Các sở, ban, ngành', 'collective'],
    ['Cán bộ, công chức, viên chức', 'collective'],
    ['Sở Nội vụ', 'unit'],
    ['Sở Thông tin và Truyền thông', 'unit'],
    ['UBND các huyện, thành phố', 'collective'],
  ],
  '003_707369c25b7aeffb': [
    ['Các cơ quan có liên quan', 'collective'],
    ['Các cơ quan, đơn vị', 'collective'],
    ['Các cơ quan, đơn vị có liên quan', 'collective'],
    ['Phòng Văn hóa - Xã hội', 'unit'],
    ['Trung tâm Cung ứng dịch vụ sự nghiệp công', 'unit'],
    ['Trung tâm Phục vụ hành chính công', 'unit'],
    ['Văn phòng HĐND và UBND', 'unit'],
  ],
};

/** Rewrite unit spellings the way real plans vary them. */
const VARIANTS: [RegExp, string][] = [
  [/Văn hóa/g, 'Văn hoá'],
  [/HĐND/g, 'HDND'],
  [/ - Xã hội/g, ' – Xã hội'],
  [/Phục vụ hành chính công/g, 'PVHCC'],
  [/Văn phòng HDND và UBND(?! phường)/g, 'Văn phòng HDND và UBND phường'],
];

const assignments = (r: Register) => r.tasks.map((t) => [t.id, t.lead, t.support]);

describe.each(Object.keys(EXPECTED))('units of sample %s', (name) => {
  it('are exactly the canonical units of the plan', () => {
    const r = build(sample(name));
    expect(r.units.map((u) => [u.name, u.kind])).toEqual(EXPECTED[name]);
    expect(new Set(r.units.map((u) => u.id)).size).toBe(r.units.length);
  });

  it('do not change when unit names are written in other spelling variants', () => {
    let text = sample(name);
    for (const [re, to] of VARIANTS) text = text.replace(re, to);
    const a = build(sample(name));
    const b = build(text);
    expect(b.units.map((u) => [u.id, u.name, u.kind, u.leadCount, u.supportCount])).toEqual(a.units.map((u) => [u.id, u.name, u.kind, u.leadCount, u.supportCount]));
    expect(assignments(b)).toEqual(assignments(a));
  });
});

it('merges the spellings of one unit and records every raw spelling as an alias (001)', () => {
  const r = build(sample('001_01aba15c383c1695'));
  const vp = r.units.find((u) => u.name === 'Văn phòng HĐND và UBND')!;
  expect(vp.aliases).toEqual(expect.arrayContaining(['Văn phòng HDND và UBND', 'Văn phòng HĐND và UBND phường']));
  const vh = r.units.find((u) => u.name === 'Phòng Văn hóa - Xã hội')!;
  expect(vh.aliases).toContain('Phòng Văn hoá - Xã hội');
});
