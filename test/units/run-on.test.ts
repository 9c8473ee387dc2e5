// A unit name ends at the verb of its duty; spelling repairs never rewrite words of the text.
import { describe, expect, it } from 'vitest';
import { matchUnitAtStart, normalizeUnit } from '../../src/units/index.js';
import { displayNormalize } from '../../src/units/text.js';

const names = (t: string) => matchUnitAtStart(t)?.mentions.map((m) => m.name) ?? [];

describe('unit names end at the verbs of training, selecting and spreading', () => {
  it('tuyển chọn, nhân rộng, đào tạo, khai thác after a name', () => {
    expect(names('Viện Khoa học Nông nghiệp duyên hải Nam Trung Bộ tuyển chọn giống lúa chịu mặn')).toEqual(['Viện Khoa học Nông nghiệp duyên hải Nam Trung Bộ']);
    expect(names('UBND các xã nhân rộng mô hình trồng rau an toàn')).toEqual(['UBND các xã']);
    expect(names('Trường Cao đẳng Nghề Quảng Bình đào tạo lao động nông thôn')).toEqual(['Trường Cao đẳng Nghề Quảng Bình']);
    expect(names('Ban Quản lý rừng phòng hộ Hương Sơn khai thác gỗ rừng trồng')).toEqual(['Ban Quản lý rừng phòng hộ Hương Sơn']);
  });

  it('"đào tạo" stays in names whose noun it is', () => {
    expect(names('Các cơ sở đào tạo tổ chức tuyển sinh')).toEqual(['Các cơ sở đào tạo']);
    expect(names('Sở Giáo dục và Đào tạo hướng dẫn các trường')).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  it('a museum is a unit: "Bảo tàng tỉnh"', () => {
    expect(names('Bảo tàng tỉnh khai thác di sản văn hóa')).toEqual(['Bảo tàng tỉnh']);
  });
});

describe('Đ-stroke repairs rewrite only words that are none of their own', () => {
  it('"dầu" (oil) and "dào" stay; "dầu tư", "Dào tạo" are repaired', () => {
    expect(displayNormalize('Nhà máy lọc hóa dầu Nghi Sơn')).toBe('Nhà máy lọc hóa dầu Nghi Sơn');
    expect(displayNormalize('Tập đoàn Dầu khí Việt Nam')).toBe('Tập đoàn Dầu khí Việt Nam');
    expect(displayNormalize('Sở Kế hoạch và Dầu tư')).toBe('Sở Kế hoạch và Đầu tư');
    expect(displayNormalize('Sở Giáo dục và Dào tạo')).toBe('Sở Giáo dục và Đào tạo');
    expect(normalizeUnit('Sở Giáo dục và Dào tạo')?.name).toBe('Sở Giáo dục và Đào tạo');
  });
});
