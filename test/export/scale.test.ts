import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRegister, makeSyntheticRegister, trackerRows, unitsToExport } from '../../src/export/index.js';
import { options, readWorkbook, sheetXml, tmp } from './helpers.js';

describe('makeSyntheticRegister', () => {
  it('is deterministic and has the requested size', () => {
    const a = makeSyntheticRegister(300, 12);
    expect(JSON.stringify(a)).toBe(JSON.stringify(makeSyntheticRegister(300, 12)));
    expect(a.tasks).toHaveLength(300);
    expect(a.units.filter((u) => u.kind === 'unit')).toHaveLength(12);
    expect(a.units.find((u) => u.kind === 'collective')!.members).toHaveLength(5);
    expect(a.tasks.every((t) => t.lead.length === 1)).toBe(true);
    expect(new Set(a.tasks.map((t) => t.id)).size).toBe(300);
    expect(a.tasks.some((t) => t.deadline?.due)).toBe(true);
    expect(a.tasks.some((t) => t.deadline === null)).toBe(true);
  });
});

describe('scale', () => {
  it('exports 5,000 tasks across 50 units (streaming) and reads every row back', async () => {
    const reg = makeSyntheticRegister(5000, 50);
    const dir = tmp();
    const opts = options(dir, { asOf: '2026-07-01' });
    const t0 = Date.now();
    await exportRegister(reg, 'b'.repeat(64), opts);
    const elapsed = Date.now() - t0;
    const file = path.join(dir, 'tong-hop.xlsx');
    const wb = await readWorkbook(file);
    const units = unitsToExport(reg, opts);
    expect(units).toHaveLength(51); // 50 units + the collective "Các phòng chuyên môn"
    expect(wb.worksheets).toHaveLength(units.length + 2);
    let total = 0;
    for (const [i, unit] of units.entries()) {
      const ws = wb.worksheets[i + 1]!;
      const expected = trackerRows(reg, unit, opts);
      const ids: unknown[] = [];
      ws.eachRow((row, n) => {
        if (n > 5) ids.push(row.getCell(2).value);
      });
      expect(ids, unit).toEqual(expected.map((r) => r.taskId));
      total += ids.length;
    }
    expect(total).toBeGreaterThan(5000);
    const meta = wb.getWorksheet('_meta')!;
    expect(meta.rowCount).toBeGreaterThanOrEqual(total);
    // One validation entry per column range, not one per cell.
    const xml = sheetXml(file, wb.worksheets[1]!.name);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    // Summary totals agree with the sheets.
    const summary = wb.worksheets[0]!;
    let sum = 0;
    summary.eachRow((row, n) => {
      if (n > 5) sum += Number(row.getCell(6).value);
    });
    expect(sum).toBe(total);
    expect(elapsed).toBeLessThan(30_000);
  });
});
