import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/register/types.js';
import { validateText, type RuleOptions, type Severities } from '../../src/validate/index.js';

export const FIXTURES = path.resolve('test/validate/fixtures');

/** `test/validate/fixtures/<rule-id>/<kind>.md` */
export function fixturePath(ruleId: string, kind: 'valid' | 'invalid'): string {
  return path.join(FIXTURES, ruleId, `${kind}.md`);
}

export function readFixture(ruleId: string, kind: 'valid' | 'invalid'): string {
  return readFileSync(fixturePath(ruleId, kind), 'utf8');
}

/** Diagnostics of a plan text (default severities unless given). */
export function check(text: string, opts: { options?: Partial<RuleOptions>; severities?: Severities; rawText?: string; path?: string } = {}): Diagnostic[] {
  return validateText({ text, ...opts });
}

/** Only the diagnostics of one rule, without the severity (positions and messages). */
export function only(ds: Diagnostic[], rule: string) {
  return ds.filter((d) => d.rule === rule).map(({ rule: _r, severity: _s, ...rest }) => rest);
}

/** A small but complete plan (it passes every rule): header, objectives, content, organisation, signature. */
export function plan(parts: { number?: string; date?: string; title?: string; basis?: string; content?: string; organisation?: string; tail?: string } = {}): string {
  return [
    'ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH',
    '',
    parts.number ?? 'Số: 15/KH-UBND',
    '',
    parts.date ?? 'An Bình, ngày 10 tháng 01 năm 2026',
    '',
    'KẾ HOẠCH',
    parts.title ?? 'Cải cách hành chính phường An Bình năm 2026',
    '',
    parts.basis ?? 'Căn cứ Quyết định số 2347/QĐ-UBND ngày 17/12/2025 của UBND tỉnh về việc ban hành Chương trình cải cách hành chính nhà nước;',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '',
    '1. Nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
    '',
    'II. NỘI DUNG THỰC HIỆN',
    '',
    parts.content ?? '1. Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của phường.\n\n2. Đẩy mạnh chuyển đổi số trong hoạt động nội bộ.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '',
    parts.organisation ?? '1. Văn phòng HĐND và UBND\n\na) Theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\nb) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch.\n\nThời gian hoàn thành: Trước ngày 15/12/2026.',
    '',
    'Nơi nhận:',
    '- UBND tỉnh;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    '',
    'Nguyễn Văn An',
    parts.tail ?? '',
  ].join('\n');
}

/** 1-based line of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}
