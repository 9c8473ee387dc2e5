// The pure pieces of the reader: cell values, the CSV parser, header detection, units.
import { describe, expect, it } from 'vitest';
import { parsePercent, parseStatus, cellString } from '../../src/collect/values.js';
import { csvGrid, decodeCsv, parseCsv } from '../../src/collect/csv.js';
import { dataRows, findHeader, titleUnit, type Grid } from '../../src/collect/table.js';
import { UnitIndex } from '../../src/collect/units.js';
import { register001 } from '../export/helpers.js';

const cell = (text: string, num: number | null = null) => ({ text, num });

describe('cell values', () => {
  it('statuses: the five drop-down values in vi and en, any case, spacing or Unicode form; nothing else', () => {
    expect(parseStatus('Hoàn thành')).toBe('done');
    expect(parseStatus('  hoàn   THÀNH quá hạn ')).toBe('done-late');
    expect(parseStatus('Chưa thực hiện'.normalize('NFD'))).toBe('not-started');
    expect(parseStatus('Tạm dừng')).toBe('on-hold');
    expect(parseStatus('In progress')).toBe('in-progress');
    for (const bad of ['Xong', 'Hoan thanh', 'Hoàn thành 100%', 'done!', '']) expect(parseStatus(bad), bad).toBeUndefined();
  });

  it('percent: numbers, "60%", "60,5", percent-formatted cells (already ×100 by the reader); range 0–100', () => {
    expect(parsePercent(cell('', null))).toEqual({ ok: true, value: null });
    expect(parsePercent(cell('60', 60))).toEqual({ ok: true, value: 60 });
    expect(parsePercent(cell('60%'))).toEqual({ ok: true, value: 60 });
    expect(parsePercent(cell(' 60,5 % '))).toEqual({ ok: true, value: 60.5 });
    expect(parsePercent(cell('0'))).toEqual({ ok: true, value: 0 });
    expect(parsePercent(cell('100'))).toEqual({ ok: true, value: 100 });
    expect(parsePercent(cell('33.33333333', 33.33333333))).toEqual({ ok: true, value: 33.333333 });
    expect(parsePercent(cell('100.5', 100.5))).toEqual({ ok: false, message: 'progress 100.5 is outside 0–100' });
    expect(parsePercent(cell('-1'))).toEqual({ ok: false, message: 'progress -1 is outside 0–100' });
    expect(parsePercent(cell('50-60'))).toEqual({ ok: false, message: 'progress "50-60" is not a number (write 0–100)' });
  });

  it("cell text: trimmed, NFC, CRLF → LF, the CSV export's formula apostrophe removed", () => {
    expect(cellString("'- Văn phòng")).toBe('- Văn phòng');
    expect(cellString("'=1+1")).toBe('=1+1');
    expect(cellString("'tên")).toBe("'tên");
    expect(cellString(' a\r\nb ')).toBe('a\nb');
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, line breaks in fields, CRLF/LF/CR', () => {
    expect(parseCsv('a,"b,c","d ""e""\r\nf"\r\n1,2,3\n4,,\r5', ',')).toEqual([
      ['a', 'b,c', 'd "e"\r\nf'],
      ['1', '2', '3'],
      ['4', '', ''],
      ['5'],
    ]);
    expect(parseCsv('x;y\r\n', ';')).toEqual([['x', 'y']]);
    expect(parseCsv('', ',')).toEqual([]);
  });

  it('finds the delimiter from the header; decodes UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1258', () => {
    const text = 'STT;Mã nhiệm vụ;Trạng thái\r\n1;DM.2;Hoàn thành\r\n';
    const { grid, delimiter } = csvGrid(text);
    expect(delimiter).toBe(';');
    expect(grid.rows[1]!.cells.map((c) => c.text)).toEqual(['1', 'DM.2', 'Hoàn thành']);
    expect(decodeCsv(Buffer.from(`\ufeff${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(Buffer.from([0x48, 0xe0, 0x20, 0xd0, 0xf4])).encoding).toBe('windows-1258');
  });
});

describe('header and rows', () => {
  const grid = (rows: string[][]): Grid => ({ sheet: 'S', rows: rows.map((r, i) => ({ n: i + 1, cells: r.map((t) => cell(t)) })) });

  it('finds the header below a title block of any height, by label, in either language', () => {
    const g = grid([
      ['KẾ HOẠCH X'],
      [''],
      ['Đơn vị: Phòng Văn hóa - Xã hội'],
      ['(ghi chú của đơn vị)'],
      ['Ngày lập: …'],
      ['Ghi chú riêng', 'TASK ID', 'Task', 'Status', 'Progress (%)'],
      ['', 'DM.2', 'x', 'Done', '100'],
      ['', '', '', '', ''],
      ['', '', '', 'Done', ''],
      ['', 'Task ID', '', 'Status', ''],
    ]);
    const found = findHeader(g);
    expect(found.header).not.toBeNull();
    const h = found.header!;
    expect(h.row).toBe(6);
    expect([h.columns.get('taskId'), h.columns.get('status'), h.columns.get('progress')]).toEqual([1, 3, 4]);
    expect(titleUnit(g, h)).toBe('Phòng Văn hóa - Xã hội');
    const { rows, orphans } = dataRows(g, h);
    expect(rows.map((r) => [r.row, r.taskId])).toEqual([[7, 'DM.2']]);
    expect(orphans).toEqual([9]);
  });

  it('a near miss (task id but no status column) is explained', () => {
    const found = findHeader(grid([['Mã nhiệm vụ', 'Nội dung']]));
    expect(found).toEqual({ header: null, missing: 'row 1 has a "Mã nhiệm vụ" column but no "Trạng thái" column' });
  });
});

describe('UnitIndex', () => {
  const units = new UnitIndex(register001());

  it('resolves names exactly, by alias, or accent/case-folded', () => {
    expect(units.resolve('Phòng Văn hóa - Xã hội')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.resolve('phòng văn hoá - xã hội')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.resolve('Phong Van hoa - Xa hoi')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.resolve('Phòng Tư pháp')).toBeNull();
  });

  it('finds the unit from an exported file name, also renamed copies; the longest slug wins', () => {
    expect(units.fromFileName('phong-van-hoa-xa-hoi.csv')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.fromFileName('phong-van-hoa-xa-hoi (2).csv')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.fromFileName('Phong-Van-Hoa-Xa-Hoi-quy-2.csv')).toBe('Phòng Văn hóa - Xã hội');
    expect(units.fromFileName('cac-phong-don-vi-thuoc-phuong.csv')).toBe('Các phòng, đơn vị thuộc phường');
    expect(units.fromFileName('bao-cao.csv')).toBeNull();
  });

  it("gives members of a collective the collective's role", () => {
    const reg = register001();
    const dm4 = reg.tasks.find((t) => t.id === 'DM.4')!; // support: Các phòng chuyên môn (members in the fixture)
    const roles = units.roles(dm4);
    expect(roles.get('Các phòng chuyên môn')).toBe('support');
    expect(roles.get('Phòng Văn hóa - Xã hội')).toBe('support');
    expect(roles.get('Trung tâm Phục vụ hành chính công')).toBe('lead');
  });
});
