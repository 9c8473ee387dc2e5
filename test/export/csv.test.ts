import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportRegister, trackerRows } from '../../src/export/index.js';
import { csvSafe, csvText, parseDelimiter } from '../../src/export/csv.js';
import { options, register001, registerWith, task, tmp, VHXH, VHXH_LEADS } from './helpers.js';

const SHA = '0'.repeat(64);
const read = (file: string, delimiter = ','): string[][] => parse(readFileSync(file), { bom: true, delimiter, relax_column_count: false });

describe('CSV trackers', () => {
  it('one file per unit plus tong-hop.csv: BOM, CRLF, header, rows, ISO dates', async () => {
    const dir = tmp();
    const { files } = await exportRegister(register001(), SHA, options(dir, { to: 'csv', byUnit: true }));
    expect(files[0]).toBe(path.join(dir, 'tong-hop.csv'));
    expect(readdirSync(dir)).toContain('phong-van-hoa-xa-hoi.csv');
    expect(readdirSync(dir).every((f) => f.endsWith('.csv'))).toBe(true);
    const file = path.join(dir, 'phong-van-hoa-xa-hoi.csv');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length - 1).toBe(1 + VHXH_LEADS.length);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/); // no bare LF outside quoted fields here
    const rows = read(file);
    expect(rows[0]).toEqual(['STT', 'Mã nhiệm vụ', 'Nội dung công việc', 'Vai trò', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Hạn hoàn thành', 'Trạng thái', 'Tiến độ (%)', 'Kết quả / sản phẩm', 'Ghi chú', 'Nguồn']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(VHXH_LEADS);
    const dm2 = rows.find((r) => r[1] === 'DM.2')!;
    expect(dm2).toEqual(['7', 'DM.2', 'Xây dựng Kế hoạch tuyên truyền CCHC năm 2026 của phường.', 'Chủ trì', VHXH, 'Văn phòng HĐND và UBND; Các tổ dân phố', 'Quý I/2026', '2026-03-31', '', '', '', '', 'DM.2, dòng 193']);
    // Fields holding the delimiter are quoted (RFC 4180).
    expect(text).toContain('"Rà soát, đề xuất đơn giản hóa');

    const all = read(path.join(dir, 'tong-hop.csv'));
    expect(all[0]!.slice(0, 3)).toEqual(['Đơn vị', 'STT', 'Mã nhiệm vụ']);
    const total = ['Các đoàn thể', 'Các phòng chuyên môn', 'Các phòng, đơn vị thuộc phường', 'Các tổ dân phố', 'Công an phường', 'Mặt trận Tổ quốc', 'Phòng Kinh tế, Hạ tầng và Đô thị', VHXH, 'Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND']
      .map((u) => trackerRows(register001(), u, { role: 'all', expandCollectives: false }).length)
      .reduce((a, b) => a + b, 0);
    expect(all).toHaveLength(1 + total);
    expect(all.slice(1).map((r) => r[1])).toEqual(Array.from({ length: total }, (_, i) => String(i + 1)));
    expect(all.filter((r) => r[0] === VHXH).map((r) => r[2])).toEqual(VHXH_LEADS);
  });

  it('quotes commas, quotes and line breaks so they survive a round trip', () => {
    const tricky = ['a, b', 'say "hi"', 'line 1\nline 2', 'cr\r\nlf', 'tab\tinside', ' padded '];
    const reg = registerWith(tricky.map((t, i) => task(`DM.${i + 1}`, t, ['Phòng A'])));
    const text = csvText(trackerRows(reg, 'Phòng A', { role: 'all', expandCollectives: false }), { lang: 'vi', delimiter: ',', combined: false });
    expect(text).toContain('"a, b"');
    expect(text).toContain('"say ""hi"""');
    expect(text).toContain('"line 1\nline 2"');
    expect(text).toContain('"cr\r\nlf"');
    const rows: string[][] = parse(text, { bom: true });
    expect(rows.slice(1).map((r) => r[2])).toEqual(tricky);
  });

  it('--delimiter ";" (and tab)', async () => {
    const dir = tmp();
    await exportRegister(register001(), SHA, options(dir, { to: 'csv', delimiter: ';' }));
    const file = path.join(dir, 'tong-hop.csv');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffĐơn vị;STT;Mã nhiệm vụ;Nội dung công việc;Vai trò;Đơn vị chủ trì;Đơn vị phối hợp;Thời hạn;Hạn hoàn thành;Trạng thái;Tiến độ (%);Kết quả / sản phẩm;Ghi chú;Nguồn');
    expect(text).toContain(';Tham mưu, hướng dẫn và kiểm tra'); // a comma no longer needs quotes…
    expect(text).toContain(';"Rà soát, đề xuất đơn giản hóa'); // …but a semicolon does
    const rows = read(file, ';');
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows.some((r) => r[0] === 'Phòng Kinh tế, Hạ tầng và Đô thị')).toBe(true);
    expect(parseDelimiter('\\t')).toBe('\t');
    expect(parseDelimiter('tab')).toBe('\t');
    expect(() => parseDelimiter(';;')).toThrow(/one character/);
    expect(() => parseDelimiter('"')).toThrow();
    await expect(exportRegister(register001(), SHA, options(tmp(), { to: 'csv', delimiter: '\n' }))).rejects.toThrow(/--delimiter/);
  });

  it('is byte-identical for identical input', async () => {
    const a = tmp();
    const b = tmp();
    await exportRegister(register001(), SHA, options(a, { to: 'csv', byUnit: true, expandCollectives: true }));
    await exportRegister(register001(), SHA, options(b, { to: 'csv', byUnit: true, expandCollectives: true }));
    const files = readdirSync(a);
    expect(files.length).toBeGreaterThan(5);
    expect(readdirSync(b)).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
  });

  it('--lang en headers and role names', async () => {
    const dir = tmp();
    await exportRegister(register001(), SHA, options(dir, { to: 'csv', lang: 'en', byUnit: true, role: 'support' }));
    const rows = read(path.join(dir, 'cac-phong-chuyen-mon.csv'));
    expect(rows[0]).toEqual(['No.', 'Task ID', 'Task', 'Role', 'Lead unit', 'Supporting units', 'Deadline (as written)', 'Due date', 'Status', 'Progress (%)', 'Result / output', 'Notes', 'Source']);
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['Support']));
    expect(rows[1]![12]).toMatch(/^DM\.\d+, line \d+$/);
  });

  it('csvSafe prefixes exactly the dangerous first characters', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '- Văn phòng']) expect(csvSafe(s)).toBe(`'${s}`);
    for (const s of ['Văn phòng', ' =1', '1-2', '', "'quoted"]) expect(csvSafe(s)).toBe(s);
  });
});
