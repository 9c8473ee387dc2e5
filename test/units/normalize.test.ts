// normalizeUnit on the real spellings of the sample plans (fixtures/ = the seeds) and the corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modernTone, normalizeUnit } from '../../src/units/index.js';

const SEEDS = Object.fromEntries(
  ['000_f7326b36a3c50a06', '001_01aba15c383c1695', '002_726a7572a9116535', '003_707369c25b7aeffb'].map((n) => [n.slice(0, 3), readFileSync(`fixtures/${n}.txt`, 'utf8')]),
);

/** [seed, raw as written in that seed, canonical name, kind, role word] */
const SEED_SPELLINGS: [string, string, string, 'unit' | 'collective', string | null][] = [
  // 000: section II/III headings and Nơi nhận
  ['000', 'Các cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'collective', null],
  ['000', 'cán bộ, công chức, viên chức và người lao động', 'Cán bộ, công chức, viên chức và người lao động', 'collective', null],
  ['000', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND', 'unit', null],
  ['000', 'Phòng Văn hóa – Xã hội', 'Phòng Văn hóa - Xã hội', 'unit', null],
  ['000', 'Trung tâm Dịch vụ tổng hợp', 'Trung tâm Dịch vụ tổng hợp', 'unit', null],
  ['000', 'Thủ trưởng cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'collective', 'Thủ trưởng'],
  ['000', 'Thủ trưởng các cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'collective', 'Thủ trưởng'],
  ['000', 'Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công', 'unit', null],
  ['000', 'Các cơ quan chuyên môn', 'Các cơ quan chuyên môn', 'collective', null],
  ['000', 'Các đơn vị sự nghiệp công lập', 'Các đơn vị sự nghiệp công lập', 'collective', null],
  ['000', 'Thường trực HĐND phường', 'Thường trực HĐND phường', 'unit', null],
  // 001: section III headings, appendix columns, body mentions, Nơi nhận
  ['001', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'unit', null],
  ['001', 'Phòng Văn hoá - Xã hội', 'Phòng Văn hóa - Xã hội', 'unit', null],
  ['001', 'phòng Văn hoá - Xã hội', 'Phòng Văn hóa - Xã hội', 'unit', null],
  ['001', 'Văn phòng HĐND và UBND phường', 'Văn phòng HĐND và UBND', 'unit', null],
  ['001', 'Văn phòng HDND và UBND', 'Văn phòng HĐND và UBND', 'unit', null],
  ['001', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'unit', null],
  ['001', 'Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công', 'unit', null],
  ['001', 'Trung tâm PVHCC', 'Trung tâm Phục vụ hành chính công', 'unit', null],
  ['001', 'Các tổ dân phố', 'Các tổ dân phố', 'collective', null],
  ['001', 'các tổ dân phố', 'Các tổ dân phố', 'collective', null],
  ['001', 'Các Tổ dân phố', 'Các tổ dân phố', 'collective', null],
  ['001', 'Mặt trận Tổ quốc', 'Mặt trận Tổ quốc', 'unit', null],
  ['001', 'các đoàn thể', 'Các đoàn thể', 'collective', null],
  ['001', 'Các phòng, đơn vị thuộc phường', 'Các phòng, đơn vị thuộc phường', 'collective', null],
  ['001', 'các phòng, đơn vị', 'Các phòng, đơn vị thuộc phường', 'collective', null],
  ['001', 'Các phòng chuyên môn', 'Các phòng chuyên môn', 'collective', null],
  ['001', 'các phòng chuyên môn', 'Các phòng chuyên môn', 'collective', null],
  ['001', 'Công an phường (phối hợp)', 'Công an phường', 'unit', null],
  ['001', 'Công an phường', 'Công an phường', 'unit', null],
  ['001', 'Sở Nội vụ tỉnh Thái Nguyên', 'Sở Nội vụ', 'unit', null],
  ['001', 'Lãnh đạo UBND phường', 'UBND phường', 'unit', 'Lãnh đạo'],
  // 002: section IV headings and mentions, Nơi nhận
  ['002', 'Sở Nội vụ', 'Sở Nội vụ', 'unit', null],
  ['002', 'Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'unit', null],
  ['002', 'Thủ trưởng các sở, ban, ngành', 'Các sở, ban, ngành', 'collective', 'Thủ trưởng'],
  ['002', 'Chủ tịch UBND các huyện, thành phố', 'UBND các huyện, thành phố', 'collective', 'Chủ tịch'],
  ['002', 'các cơ quan có liên quan', 'Các cơ quan có liên quan', 'collective', null],
  ['002', 'Cán bộ, công chức, viên chức', 'Cán bộ, công chức, viên chức', 'collective', null],
  ['002', 'UBND các huyện, thành phố thuộc tỉnh', 'UBND các huyện, thành phố', 'collective', null],
  ['002', 'Ủy ban MTTQ tỉnh', 'Mặt trận Tổ quốc', 'unit', null],
  ['002', 'Các sở, ban, ngành, đoàn thể tỉnh', 'Các sở, ban, ngành, đoàn thể', 'collective', null],
  ['002', 'Lãnh đạo VPUBND tỉnh', 'Văn phòng UBND tỉnh', 'unit', 'Lãnh đạo'],
  // 003: sentences and headings of section II/IV, Nơi nhận
  ['003', 'Thủ trưởng các cơ quan, đơn vị thuộc phường', 'Các cơ quan, đơn vị', 'collective', 'Thủ trưởng'],
  ['003', 'Thủ trưởng các cơ quan, đơn vị thuộc UBND phường', 'Các cơ quan, đơn vị', 'collective', 'Thủ trưởng'],
  ['003', 'Các cơ quan, đơn vị thuộc UBND phường', 'Các cơ quan, đơn vị', 'collective', null],
  ['003', 'Trung tâm Cung ứng dịch vụ sự nghiệp công', 'Trung tâm Cung ứng dịch vụ sự nghiệp công', 'unit', null],
  ['003', 'các cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị có liên quan', 'collective', null],
  ['003', 'các cơ quan, đơn vị có liên quan', 'Các cơ quan, đơn vị có liên quan', 'collective', null],
  ['003', 'các cơ quan liên quan', 'Các cơ quan có liên quan', 'collective', null],
  ['003', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND', 'unit', null],
  ['003', 'UBND tỉnh (b/c)', 'UBND tỉnh', 'unit', null],
  ['003', 'Sở Nội vụ (b/c)', 'Sở Nội vụ', 'unit', null],
  ['003', 'Chủ tịch UBND phường', 'UBND phường', 'unit', 'Chủ tịch'],
];

describe('normalizeUnit: real spellings of the sample plans', () => {
  it.each(SEED_SPELLINGS)('%s: %s', (seed, raw, name, kind, role) => {
    expect(SEEDS[seed]).toContain(raw); // really written that way in the plan
    const m = normalizeUnit(raw);
    expect(m).not.toBeNull();
    expect(m!.name).toBe(name);
    expect(m!.kind).toBe(kind);
    expect(m!.roleWord).toBe(role);
    expect(m!.raw).toBe(raw);
  });

  it('gives one key per real unit, whatever the spelling', () => {
    const byName = new Map<string, Set<string>>();
    for (const [, raw, name] of SEED_SPELLINGS) {
      const set = byName.get(name) ?? new Set();
      set.add(normalizeUnit(raw)!.key);
      byName.set(name, set);
    }
    for (const [name, keys] of byName) expect([...keys], name).toHaveLength(1);
    // … and different units never share a key
    const keyToName = new Map<string, string>();
    for (const [, raw, name] of SEED_SPELLINGS) {
      const k = normalizeUnit(raw)!.key;
      expect(keyToName.get(k) ?? name).toBe(name);
      keyToName.set(k, name);
    }
  });

  it('keeps the three "Các cơ quan, đơn vị" spellings of seed 003 as one unit, distinct from "… có liên quan"', () => {
    const keys = ['Các cơ quan, đơn vị thuộc UBND phường', 'Các cơ quan, đơn vị thuộc phường', 'Các cơ quan, đơn vị'].map((s) => normalizeUnit(s)!.key);
    expect(new Set(keys).size).toBe(1);
    expect(normalizeUnit('Các cơ quan, đơn vị liên quan')!.key).not.toBe(keys[0]);
    expect(normalizeUnit('Các cơ quan liên quan')!.key).not.toBe(normalizeUnit('Các cơ quan, đơn vị liên quan')!.key);
  });
});

describe('normalisation rules', () => {
  it('folds old/new tone placement and displays the modern one', () => {
    expect(modernTone('hoá uỷ thuỷ khoẻ hoà hoạ Hoá HOÁ')).toBe('hóa ủy thủy khỏe hòa họa Hóa HÓA');
    expect(modernTone('hoàn toàn quý khuyến thuở')).toBe('hoàn toàn quý khuyến thuở'); // closed syllables, "qu", "uơ" unchanged
    expect(modernTone('hoá'.normalize('NFD'))).toBe('hóa');
    const a = normalizeUnit('Uỷ ban MTTQ phường')!;
    const b = normalizeUnit('Ủy ban Mặt trận Tổ quốc phường')!;
    expect(a.key).toBe(b.key);
    expect(a.name).toBe('Mặt trận Tổ quốc');
    expect(normalizeUnit('Sở Văn hoá, Thể thao và Du lịch')!.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('villages of the south and the highlands are collectives ("Các ấp", "các buôn, làng"); "các bản sao" is none', () => {
    expect(normalizeUnit('Các ấp')).toMatchObject({ name: 'Các ấp', kind: 'collective' });
    expect(normalizeUnit('các buôn, làng')).toMatchObject({ name: 'Các buôn, làng', kind: 'collective' });
    expect(normalizeUnit('các bản sao')).toBeNull();
  });

  it('Party bodies after the 2025 reorganisation: units, and the committees of every commune as a collective (review 8)', () => {
    const cases: [string, 'unit' | 'collective'][] = [
      ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'unit'],
      ['Ủy ban Kiểm tra Tỉnh ủy', 'unit'],
      ['Văn phòng Tỉnh ủy', 'unit'],
      ['Đảng ủy UBND tỉnh', 'unit'],
      ['Đảng ủy Quân sự tỉnh', 'unit'],
      ['Đảng ủy các cơ quan Đảng tỉnh', 'unit'],
      ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', 'unit'],
      ['Đảng ủy các xã, phường', 'collective'],
      ['Thành ủy Hà Nội', 'unit'],
      ['Chi bộ thôn Đông', 'unit'],
      ['Cấp ủy các cấp', 'collective'],
      ['Các cấp ủy, tổ chức đảng', 'collective'],
      ['Các đảng bộ trực thuộc Tỉnh ủy', 'collective'],
    ];
    for (const [raw, kind] of cases) {
      const m = normalizeUnit(raw);
      expect(m?.name, raw).toBe(raw.replace('thôn', 'Thôn'));
      expect(m?.kind, raw).toBe(kind);
    }
    expect(normalizeUnit('Các cấp ủy')!.key).toBe(normalizeUnit('Cấp ủy các cấp')!.key);
  });

  it('accepts NFD input', () => {
    expect(normalizeUnit('Phòng Văn hoá - Xã hội'.normalize('NFD'))!.name).toBe('Phòng Văn hóa - Xã hội');
  });

  it('unifies dashes', () => {
    for (const s of ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa – Xã hội', 'Phòng Văn hóa — Xã hội', 'Phòng Văn hóa-Xã hội']) {
      expect(normalizeUnit(s)!.name, s).toBe('Phòng Văn hóa - Xã hội');
    }
    expect(normalizeUnit('Vụ Kế hoạch -Tài chính')!.name).toBe('Vụ Kế hoạch - Tài chính');
    expect(normalizeUnit('Vụ Kế hoạch- Tài chính')!.key).toBe(normalizeUnit('Vụ Kế hoạch - Tài chính')!.key);
  });

  it('restores the stroke of Đ lost in OCR', () => {
    expect(normalizeUnit('Văn phòng HDND và UBND')!.name).toBe('Văn phòng HĐND và UBND');
    expect(normalizeUnit('Dảng ủy phường')!.name).toBe('Đảng ủy phường');
    expect(normalizeUnit('Dang uy phuong')!.key).toBe(normalizeUnit('Đảng ủy phường')!.key);
  });

  it('drops locating qualifiers for identity but keeps level words that are part of a name', () => {
    expect(normalizeUnit('Văn phòng HĐND và UBND phường')!.key).toBe(normalizeUnit('Văn phòng HĐND và UBND')!.key);
    expect(normalizeUnit('Mặt trận Tổ quốc phường')!.name).toBe('Mặt trận Tổ quốc');
    expect(normalizeUnit('Sở Công Thương tỉnh Lào Cai')!.name).toBe('Sở Công Thương');
    expect(normalizeUnit('Công an phường')!.name).toBe('Công an phường');
    expect(normalizeUnit('Công an tỉnh')!.key).not.toBe(normalizeUnit('Công an phường')!.key);
    expect(normalizeUnit('UBND các xã, phường')!.name).toBe('UBND các xã, phường');
    expect(normalizeUnit('Ủy ban nhân dân xã, phường')!.name).toBe('UBND các xã, phường');
    expect(normalizeUnit('UBND cấp xã')!.name).toBe('UBND các xã, phường');
    expect(normalizeUnit('Bộ Chỉ huy Quân sự tỉnh')!.name).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(normalizeUnit('Văn phòng UBND tỉnh')!.name).toBe('Văn phòng UBND tỉnh');
    expect(normalizeUnit('Trung tâm Phục vụ hành chính công tỉnh')!.key).not.toBe(normalizeUnit('Trung tâm Phục vụ hành chính công phường')!.key);
    expect(normalizeUnit('Sở Lao động - Thương binh và Xã hội')!.name).toBe('Sở Lao động - Thương binh và Xã hội'); // "Xã" here is not a level
    expect(normalizeUnit('Liên minh Hợp tác xã')!.name).toBe('Liên minh Hợp tác xã');
  });

  it('maps "thuộc phường/xã" like the scorer, localising the canonical name', () => {
    expect(normalizeUnit('Các phòng, đơn vị thuộc UBND phường')!.name).toBe('Các phòng, đơn vị thuộc phường');
    expect(normalizeUnit('Các phòng, đơn vị thuộc xã')!.name).toBe('Các phòng, đơn vị thuộc xã');
    expect(normalizeUnit('Các phòng, đơn vị thuộc xã')!.key).toBe(normalizeUnit('Các phòng, đơn vị')!.key);
    expect(normalizeUnit('Các cơ quan, đơn vị thuộc và trực thuộc UBND phường')!.name).toBe('Các cơ quan, đơn vị');
    expect(normalizeUnit('Các đơn vị thuộc Bộ Xây dựng')!.name).toBe('Các đơn vị thuộc Bộ Xây dựng'); // not a locator
  });

  it('drops notes in parentheses', () => {
    for (const note of ['(phối hợp)', '(b/c)', '(để báo cáo)', '(chủ trì)', '(qua Sở Nội vụ)']) {
      expect(normalizeUnit(`Sở Nội vụ ${note}`)!.name).toBe('Sở Nội vụ');
    }
    expect(normalizeUnit('Văn phòng Sở (Bố trí kinh phí, phương')!.name).toBe('Văn phòng Sở');
  });

  it('drops role words for identity and keeps them in roleWord', () => {
    const cases: [string, string, string][] = [
      ['Thủ trưởng các cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'Thủ trưởng'],
      ['Chủ tịch UBND các huyện, thành phố', 'UBND các huyện, thành phố', 'Chủ tịch'],
      ['Giám đốc Sở Y tế', 'Sở Y tế', 'Giám đốc'],
      ['Trưởng Công an phường', 'Công an phường', 'Trưởng'],
      ['Lãnh đạo UBND phường', 'UBND phường', 'Lãnh đạo'],
      ['Chánh Văn phòng Bộ', 'Văn phòng Bộ', 'Chánh'],
      ['Vụ trưởng Vụ Vật liệu xây dựng', 'Vụ Vật liệu xây dựng', 'Vụ trưởng'],
      ['Trưởng phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'Trưởng phòng'],
      ['Người đứng đầu các cơ quan, đơn vị', 'Các cơ quan, đơn vị', 'Người đứng đầu'],
    ];
    for (const [raw, name, role] of cases) {
      const m = normalizeUnit(raw)!;
      expect(m.name, raw).toBe(name);
      expect(m.roleWord, raw).toBe(role);
      expect(m.raw).toBe(raw);
      expect(m.key).toBe(normalizeUnit(name)!.key);
    }
    expect(normalizeUnit('Trường Đại học Huế')!.roleWord).toBeNull(); // "Trường" (school) is not "Trưởng" (chief)
  });

  it('expands abbreviations to the canonical names', () => {
    const cases: [string, string][] = [
      ['TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
      ['TT PVHCC phường', 'Trung tâm Phục vụ hành chính công'],
      ['Phòng VH-XH', 'Phòng Văn hóa - Xã hội'],
      ['Phòng VHXH', 'Phòng Văn hóa - Xã hội'],
      ['Phòng KT-HT-ĐT', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
      ['VP HĐND-UBND', 'Văn phòng HĐND và UBND'],
      ['VP HĐND và UBND phường', 'Văn phòng HĐND và UBND'],
      ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng HĐND và UBND'],
      ['MTTQ phường', 'Mặt trận Tổ quốc'],
      ['Ủy ban MTTQ VN tỉnh', 'Mặt trận Tổ quốc'],
      ['BCH Quân sự phường', 'Ban Chỉ huy Quân sự phường'],
      ['Ban CHQS xã', 'Ban Chỉ huy Quân sự xã'],
      ['CA phường', 'Công an phường'],
      ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
      ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
      ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
      ['Sở VH&TT', 'Sở Văn hóa và Thể thao'],
      ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
      ['Viện KSND tỉnh', 'Viện Kiểm sát nhân dân tỉnh'],
      ['Hội LHPN phường', 'Hội Liên hiệp Phụ nữ'],
      ['các tổ chức CT-XH', 'Các tổ chức chính trị - xã hội'],
    ];
    for (const [raw, name] of cases) expect(normalizeUnit(raw)?.name, raw).toBe(name);
  });

  it('recognises unknown but well-formed names from their head word', () => {
    const cases: [string, 'unit' | 'collective'][] = [
      ['Chi cục Hải quan Khu vực IV', 'unit'],
      ['Trung tâm Bảo tồn Di tích Cố đô Huế', 'unit'],
      ['Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ Doanh nghiệp', 'unit'],
      ['Cục Thuế', 'unit'],
      ['Vụ Pháp chế', 'unit'],
      ['Viện Chiến lược phát triển', 'unit'],
      ['Các trường Đại học, Cao đẳng du lịch', 'collective'],
      ['Các doanh nghiệp du lịch', 'collective'],
      ['UBND các xã khu vực ven biển', 'collective'],
    ];
    for (const [raw, kind] of cases) {
      const m = normalizeUnit(raw);
      expect(m?.name, raw).toBe(raw);
      expect(m?.kind, raw).toBe(kind);
    }
    expect(normalizeUnit('Ban quản lý quy hoạch')!.name).toBe('Ban Quản lý quy hoạch');
    expect(normalizeUnit('Ban quản lý quy hoạch')!.key).toBe(normalizeUnit('Ban Quản lý quy hoạch')!.key);
  });

  it('returns null for text that is not a unit name', () => {
    for (const s of [
      '',
      'Cải cách thể chế',
      'Mục đích',
      'Tinh thần, thái độ làm việc của cán bộ, công chức, viên chức',
      'Đổi mới mạnh mẽ chế độ hội họp',
      'Tăng cường kỷ luật, kỷ cương hành chính',
      'Quý I/2026',
      'Thường xuyên',
      'Hội nghị quán triệt',
      'Ban hành Kế hoạch',
      'Bộ Quy tắc ứng xử',
      'Các nội dung công việc',
      'Sở Du lịch chủ trì tổ chức',
      'Lưu: VT, VX.',
      'Tư vấn được lựa chọn',
      'Cơ quan lập quy hoạch',
      'phòng họp trực tuyến',
    ]) {
      expect(normalizeUnit(s), s).toBeNull();
    }
  });
});

describe('the tier of a collective ("tuyến tỉnh") is part of its name', () => {
  it('"Các bệnh viện tuyến tỉnh" and "… tuyến huyện" are two collectives, as "cấp tỉnh" and "cấp huyện" are; a bare "tỉnh" still only locates', () => {
    expect(normalizeUnit('Các bệnh viện tuyến tỉnh')?.name).toBe('Các bệnh viện tuyến tỉnh');
    expect(normalizeUnit('Các bệnh viện tuyến huyện')?.name).toBe('Các bệnh viện tuyến huyện');
    expect(normalizeUnit('Các đơn vị y tế tuyến tỉnh')?.name).toBe('Các đơn vị y tế tuyến tỉnh');
    expect(normalizeUnit('Các cơ quan cấp huyện')?.name).toBe('Các cơ quan cấp huyện');
    expect(normalizeUnit('Sở Y tế tỉnh')?.name).toBe('Sở Y tế');
  });
});
