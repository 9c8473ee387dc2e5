// UnitRegistry: one canonical unit per real unit, whatever the spelling; the directory is consistent.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../../src/units/directory.js';
import { type UnitMention, UnitRegistry, headingUnits, normalizeUnit, parseUnits, splitUnitList } from '../../src/units/index.js';
import { directoryCollisions } from '../../src/units/normalize.js';

// ---------------------------------------------------------------------------------- mentions of the seeds

function seedMentions(): string[] {
  const out: string[] = [];
  // 001: appendix columns 3–4, section III headings
  const t001 = readFileSync('fixtures/001_01aba15c383c1695.txt', 'utf8');
  for (const line of t001.split('\n')) {
    const c = line.split('\t');
    if (c.length >= 5 && /^\d+$/.test(c[0]!)) out.push(...splitUnitList(c[2]!), ...splitUnitList(c[3]!));
  }
  out.push('Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trung tâm Phục vụ hành chính công phường');
  out.push(...splitUnitList('Các tổ dân phố; Mặt trận Tổ quốc và các đoàn thể'));
  // 000: headings of sections II/III
  out.push('Các cơ quan, đơn vị', 'Cán bộ, công chức, viên chức và người lao động', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa – Xã hội', 'Trung tâm Dịch vụ tổng hợp');
  // 003: sentences and headings
  out.push(
    'Phòng Văn hóa - Xã hội',
    'Trung tâm Cung ứng dịch vụ sự nghiệp công',
    'các cơ quan, đơn vị liên quan',
    'Các cơ quan, đơn vị thuộc UBND phường',
    'Các cơ quan, đơn vị thuộc phường',
    'các cơ quan liên quan',
    'các cơ quan, đơn vị có liên quan',
    'Trung tâm Phục vụ hành chính công',
  );
  // 002
  out.push('Sở Nội vụ', 'Sở Thông tin và Truyền thông', 'các cơ quan có liên quan', 'Các sở, ban, ngành', 'UBND các huyện, thành phố');
  return out;
}

const MENTIONS = seedMentions();

// ---------------------------------------------------------------------------------- spelling variants

const TONE = '([\\u0300\\u0301\\u0303\\u0309\\u0323])';
const OLD_OA = new RegExp(`(?<![qQ])([oO])${TONE}([aAeE])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_UY = new RegExp(`(?<![qQ])([uU])${TONE}([yY])(?![\\p{L}\\p{M}])`, 'gu');
/** Modern → old tone placement: "hóa" → "hoá", "ủy" → "uỷ". */
const oldTone = (s: string) => s.normalize('NFD').replace(OLD_OA, '$1$3$2').replace(OLD_UY, '$1$3$2').normalize('NFC');

/** Units whose trailing "phường" only locates them. */
const LOCATABLE = new Set(['Văn phòng HĐND và UBND', 'Trung tâm Phục vụ hành chính công', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Mặt trận Tổ quốc', 'Trung tâm Dịch vụ tổng hợp']);

interface Variant {
  tone: boolean;
  dash: boolean;
  stroke: boolean;
  level: boolean;
  role: boolean;
}

function rewrite(raw: string, v: Variant): string {
  let s = raw;
  const m = normalizeUnit(raw)!;
  if (v.tone) s = oldTone(s);
  if (v.dash) s = s.includes(' – ') ? s.replace(/ – /g, ' - ') : s.replace(/ - /g, ' – ');
  if (v.stroke) s = s.replace(/HĐND/g, 'HDND');
  if (v.level && LOCATABLE.has(m.name)) s = / phường$/.test(s) ? s.replace(/ phường$/, '') : `${s} phường`;
  if (v.role && m.roleWord === null) {
    if (/^các (cơ quan|sở)/i.test(s)) s = `Thủ trưởng ${s[0]!.toLowerCase()}${s.slice(1)}`;
    else if (m.kind === 'unit') s = `Lãnh đạo ${s}`;
  }
  return s;
}

const variant: fc.Arbitrary<Variant> = fc.record({ tone: fc.boolean(), dash: fc.boolean(), stroke: fc.boolean(), level: fc.boolean(), role: fc.boolean() });

function register(raws: string[]): { names: string[]; units: ReturnType<UnitRegistry['units']> } {
  const reg = new UnitRegistry();
  const names = raws.map((r) => {
    const m = normalizeUnit(r);
    if (!m) throw new Error(`not a unit: ${r}`);
    return reg.add(m);
  });
  return { names, units: reg.units() };
}

const withoutAliases = (units: ReturnType<UnitRegistry['units']>) => units.map(({ aliases: _a, ...u }) => u);

describe('spelling variants of the seeds give identical units', () => {
  it('every seed mention is a unit', () => {
    for (const r of MENTIONS) expect(normalizeUnit(r), r).not.toBeNull();
  });

  it('rewritten mention lists (hoá↔hóa, ủy↔uỷ, – ↔ -, HĐND↔HDND, ± "phường", + role word) give the same units and names', () => {
    const base = register(MENTIONS);
    fc.assert(
      fc.property(fc.array(variant, { minLength: MENTIONS.length, maxLength: MENTIONS.length }), (variants) => {
        const rewritten = MENTIONS.map((r, i) => rewrite(r, variants[i]!));
        const got = register(rewritten);
        expect(got.names).toEqual(base.names);
        expect(withoutAliases(got.units)).toEqual(withoutAliases(base.units));
      }),
      { numRuns: 200 },
    );
  });

  it('each variant alone keeps name and key', () => {
    const all: Variant = { tone: true, dash: true, stroke: true, level: true, role: true };
    expect(MENTIONS.filter((r) => rewrite(r, all) !== r).length).toBeGreaterThan(MENTIONS.length * 0.6); // the variants do change the text
    expect(rewrite('Phòng Văn hóa - Xã hội', all)).toBe('Lãnh đạo Phòng Văn hoá – Xã hội phường');
    expect(rewrite('Văn phòng HĐND và UBND phường', all)).toBe('Lãnh đạo Văn phòng HDND và UBND');
    for (const r of MENTIONS) {
      const a = normalizeUnit(r)!;
      const b = normalizeUnit(rewrite(r, all))!;
      expect(b.name, `${r} / ${rewrite(r, all)}`).toBe(a.name);
      expect(b.key).toBe(a.key);
    }
  });

  it('gives the canonical units of the seeds', () => {
    const { units } = register(MENTIONS);
    expect(units.map((u) => u.name)).toEqual([
      'Các cơ quan có liên quan',
      'Các cơ quan, đơn vị',
      'Các cơ quan, đơn vị có liên quan',
      'Các đoàn thể',
      'Các phòng chuyên môn',
      'Các phòng, đơn vị thuộc phường',
      'Các sở, ban, ngành',
      'Các tổ dân phố',
      'Cán bộ, công chức, viên chức và người lao động',
      'Công an phường',
      'Mặt trận Tổ quốc',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Văn hóa - Xã hội',
      'Sở Nội vụ',
      'Sở Thông tin và Truyền thông',
      'Trung tâm Cung ứng dịch vụ sự nghiệp công',
      'Trung tâm Dịch vụ tổng hợp',
      'Trung tâm Phục vụ hành chính công',
      'UBND các huyện, thành phố',
      'Văn phòng HĐND và UBND',
    ]);
  });
});

describe('UnitRegistry', () => {
  const add = (reg: UnitRegistry, raw: string) => reg.add(normalizeUnit(raw)!);

  it('merges spellings and records them as aliases', () => {
    const reg = new UnitRegistry();
    expect(add(reg, 'Văn phòng HDND và UBND')).toBe('Văn phòng HĐND và UBND');
    expect(add(reg, 'Văn phòng HĐND và UBND phường')).toBe('Văn phòng HĐND và UBND');
    expect(add(reg, 'Phòng Văn hoá – Xã hội')).toBe('Phòng Văn hóa - Xã hội');
    const units = reg.units();
    expect(units).toHaveLength(2);
    expect(units[1]).toEqual({
      id: 'van-phong-hdnd-va-ubnd',
      name: 'Văn phòng HĐND và UBND',
      kind: 'unit',
      aliases: ['Văn phòng HDND và UBND', 'Văn phòng HĐND và UBND phường'],
      members: [],
      leadCount: 0,
      supportCount: 0,
    });
    expect(units[0]!.id).toBe('phong-van-hoa-xa-hoi');
  });

  it('never merges different units', () => {
    const reg = new UnitRegistry();
    for (const r of ['Công an phường', 'Công an tỉnh', 'Các cơ quan, đơn vị', 'Các cơ quan, đơn vị liên quan', 'Cán bộ, công chức, viên chức', 'Cán bộ, công chức, viên chức và người lao động', 'Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị']) add(reg, r);
    expect(reg.units()).toHaveLength(8);
  });

  it('makes ids unique deterministically', () => {
    const reg = new UnitRegistry();
    reg.add({ raw: 'Sở Y tế', name: 'Sở Y tế', key: 'a', kind: 'unit', roleWord: null, members: undefined });
    reg.add({ raw: 'Sở Y-tế', name: 'Sở Y-tế', key: 'b', kind: 'unit', roleWord: null, members: undefined });
    expect(reg.units().map((u) => u.id)).toEqual(['so-y-te', 'so-y-te-2']);
  });

  it('uses the config: name wins, aliases map, members, kind', () => {
    const reg = new UnitRegistry({
      units: [
        { name: 'Phòng VH-XH phường Bách Quang', aliases: ['Phòng Văn hóa - Xã hội', 'P.VHXH'] },
        { name: 'Các phòng chuyên môn', members: ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội'], kind: 'collective' },
        { name: 'Tổ công tác 1225', aliases: ['Tổ 1225'] },
      ],
    });
    expect(add(reg, 'Phòng Văn hoá - Xã hội')).toBe('Phòng VH-XH phường Bách Quang');
    expect(add(reg, 'các phòng chuyên môn')).toBe('Các phòng chuyên môn');
    const m = reg.normalize('Tổ 1225');
    expect(m).toMatchObject({ name: 'Tổ công tác 1225', kind: 'unit' });
    expect(reg.add(m!)).toBe('Tổ công tác 1225');
    expect(reg.normalize('Nhóm X')).toBeNull();
    const units = reg.units();
    const vh = units.find((u) => u.name === 'Phòng VH-XH phường Bách Quang')!;
    expect(vh.aliases).toEqual(expect.arrayContaining(['Phòng Văn hoá - Xã hội', 'Phòng Văn hóa - Xã hội', 'P.VHXH']));
    expect(units.find((u) => u.name === 'Các phòng chuyên môn')!.members).toEqual(['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội']);
    expect(reg.membersOf('Các phòng chuyên môn')).toEqual(['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội']);
    expect(reg.membersOf('các phòng chuyên môn thuộc UBND phường')).toEqual(['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội']);
    expect(reg.membersOf('Sở Y tế')).toEqual([]);
  });

  it('keeps the members a plan lists itself ("UBND các xã: …")', () => {
    const reg = new UnitRegistry();
    const h = headingUnits('UBND các xã: Hải Tiến, Giao Minh, Kim Đông')!;
    reg.add(h.mentions[0]! as UnitMention);
    expect(reg.units()[0]!.members).toEqual(['Hải Tiến', 'Giao Minh', 'Kim Đông']);
  });

  it('sorts units by Vietnamese collation', () => {
    const reg = new UnitRegistry();
    for (const m of parseUnits('Đoàn Thanh niên; Công an phường; Các tổ dân phố; Ban Quản lý quy hoạch; Ủy ban MTTQ')) reg.add(m);
    expect(reg.units().map((u) => u.name)).toEqual(['Ban Quản lý quy hoạch', 'Các tổ dân phố', 'Công an phường', 'Đoàn Thanh niên', 'Mặt trận Tổ quốc']);
  });
});

describe('directory', () => {
  it('has no two entries with one key', () => {
    expect(directoryCollisions()).toEqual([]);
  });

  it('normalises every name and alias to its entry', () => {
    for (const e of DIRECTORY) {
      for (const s of [e.name, ...(e.aliases ?? [])]) {
        const m = normalizeUnit(s);
        expect(m?.name, s).toBe(e.name);
        expect(m?.kind, s).toBe(e.kind ?? 'unit');
      }
    }
  });

  it('keeps the golden canonical names as they are', () => {
    const golden = [
      'Văn phòng HĐND và UBND',
      'Phòng Văn hóa - Xã hội',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Trung tâm Phục vụ hành chính công',
      'Các phòng chuyên môn',
      'Các phòng, đơn vị thuộc phường',
      'Các tổ dân phố',
      'Mặt trận Tổ quốc',
      'Các đoàn thể',
      'Công an phường',
      'Sở Nội vụ',
      'Sở Thông tin và Truyền thông',
      'Các cơ quan có liên quan',
      'Các sở, ban, ngành',
      'UBND các huyện, thành phố',
      'Các cơ quan, đơn vị',
      'Cán bộ, công chức, viên chức và người lao động',
      'Cán bộ, công chức, viên chức',
      'Trung tâm Cung ứng dịch vụ sự nghiệp công',
      'Trung tâm Dịch vụ tổng hợp',
    ];
    for (const g of golden) expect(normalizeUnit(g)?.name, g).toBe(g);
  });
});
