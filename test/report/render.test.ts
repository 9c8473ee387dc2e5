// The three report formats, and the `report` command's flags (in-process).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderMarkdown, writeReport, formatFromFile } from '../../src/report/index.js';
import { BAR } from '../../src/report/svg.js';
import { captureOutput, run, writeRegister } from '../collect/setup.js';
import { tmp } from '../collect/fill.js';
import { VHXH, progress, registerWithProgress, scenario } from './helpers.js';

const AS_OF = '2026-06-15';
const data = () => buildReport([{ file: 'KH-001.progress.register.json', register: scenario() }], AS_OF);

describe('HTML', () => {
  const html = renderHtml(data(), 'vi');

  it('is one self-contained page: inline CSS and SVG, no script, nothing from the network', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|<script|<link|<img|@import|url\(|src=/i);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('carries the figures in data-* attributes and <title> tooltips', () => {
    expect(html).toContain(`<g class="bar" data-unit="${VHXH}" data-total="13">`);
    expect(html).toMatch(new RegExp(`data-unit="${VHXH}" data-category="overdue" data-count="1"><title>${VHXH} — Quá hạn: 1</title>`));
    expect(html).toContain('<g class="period" data-period="2026-Q4" data-total="6">');
    expect(html).toContain('<g class="asof" data-date="2026-06-15">');
    expect(html).toMatch(/data-kpi="overdue"><div class="n">1</);
    // Segment widths are proportional: axis max 15 over the bar width.
    const w = Number(/data-unit="Phòng Văn hóa - Xã hội" data-category="not-reported"[^>]*/.exec(html) && /<rect class="seg" x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*data-unit="Phòng Văn hóa - Xã hội" data-category="not-reported"/.exec(html)![1]);
    expect(w).toBeCloseTo((6 * BAR.barWidth) / 15, 1);
  });

  it('escapes unit names and task texts', () => {
    const reg = registerWithProgress({ 'DM.11': [progress(VHXH, 'in-progress', { notes: '<b>xong</b> & "đã gửi"' })] });
    reg.tasks.find((t) => t.id === 'DM.11')!.text = '<script>alert(1)</script> Xây dựng'; // overdue: listed
    const page = renderHtml(buildReport([{ file: 'x', register: reg }], AS_OF), 'vi');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Xây dựng');
    expect(page).not.toContain('<b>xong</b>');
    expect(page).toContain('&lt;b&gt;xong&lt;/b&gt; &amp; &quot;đã gửi&quot;');
  });

  it('English labels with --lang en', () => {
    const en = renderHtml(data(), 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('As of 2026-06-15');
    expect(en).toContain('Deadlines by quarter');
    expect(en).toContain('Q4 2026');
  });
});

describe('Markdown', () => {
  it('has the sections a meeting needs, with escaped cells', () => {
    const md = renderMarkdown(data(), 'vi');
    for (const h of ['# BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH', '## Tình hình thực hiện theo đơn vị', '## Nhiệm vụ quá hạn', '## Nhiệm vụ đến hạn trong 30 ngày tới', '## Nhiệm vụ chưa có đơn vị nào báo cáo', '## Thời hạn nhiệm vụ theo quý', ]) {
      expect(md).toContain(h);
    }
    expect(md).toContain('| 40 | 5 | 1 | 1 | 29 |');
    const reg = scenario();
    reg.tasks.find((t) => t.id === 'DM.11')!.text = 'a | b\nc';
    const md2 = renderMarkdown(buildReport([{ file: 'x', register: reg }], AS_OF), 'en');
    expect(md2).toContain('| DM.11 | a \\| b c |');
    expect(md2).toContain('## Overdue tasks');
  });
});

describe('xlsx', () => {
  it('five sheets, dates as dates, reproducible bytes', async () => {
    const dir = tmp('pe-report-');
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    await writeReport(a, data(), 'xlsx', 'vi', false);
    await writeReport(b, data(), 'xlsx', 'vi', false);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    await expect(writeReport(a, data(), 'xlsx', 'vi', false)).rejects.toThrow('already exists');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(a);
    const soon = wb.getWorksheet('Sắp đến hạn')!;
    expect(soon.getRow(5).getCell(1).value).toBe('DM.12');
    expect(soon.getRow(5).getCell(5).value).toEqual(new Date('2026-06-30T00:00:00Z'));
    const detail = wb.getWorksheet('Chi tiết')!;
    expect(detail.rowCount).toBe(4 + data().tasks.reduce((n, t) => n + t.assignments.length, 0));
  });

  it('format from the file name', () => {
    expect(['a.md', 'a.markdown', 'a.HTML', 'a.htm', 'a.xlsx', 'a.txt'].map(formatFromFile)).toEqual(['md', 'md', 'html', 'html', 'xlsx', null]);
  });
});

describe('plan-extract report (flags)', () => {
  const io = captureOutput();
  const dir = tmp('pe-report-cli-');
  const reg = path.join(dir, 'KH.progress.register.json');
  writeRegister(reg, scenario());

  it('prints Markdown by default, HTML with --to html; a summary on stderr', async () => {
    expect(await run('report', reg, '--as-of', AS_OF)).toBe(0);
    expect(io.stdout()).toContain('# BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH');
    expect(io.stderr()).toBe('as of 2026-06-15: 40 tracked tasks, 5 done, 1 overdue, 1 due in 30 days, 29 not reported; 10 units\n');
    expect(await run('report', reg, '--as-of', AS_OF, '--to', 'html', '-q')).toBe(0);
    expect(io.stdout()).toContain('<!DOCTYPE html>');
  });

  it('refuses bad flags with one line and exit 2, writing nothing', async () => {
    const out = path.join(dir, 'r.html');
    const cases: [string[], string][] = [
      [['--as-of', '2026-02-30'], '--as-of must be a date YYYY-MM-DD (got "2026-02-30")'],
      [['--lang', 'fr'], '--lang must be vi or en (got "fr")'],
      [['--to', 'pdf'], '--to must be md, html or xlsx (got "pdf")'],
      [['--to', 'md', '-o', out], `--to md does not match the output file ${out}`],
      [['--to', 'xlsx'], '--to xlsx writes a workbook: give the file with -o FILE'],
    ];
    for (const [args, message] of cases) {
      const seen = io.stderr().length;
      expect(await run('report', reg, ...args), args.join(' ')).toBe(2);
      expect(io.stderr().slice(seen)).toBe(`plan-extract: ${message}\n`);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('an invalid or missing register: exit 2', async () => {
    const bad = path.join(dir, 'bad.register.json');
    writeFileSync(bad, '{}');
    expect(await run('report', bad)).toBe(2);
    expect(io.stderr()).toMatch(/bad\.register\.json: not a valid register/);
    expect(await run('report', path.join(dir, 'none.register.json'))).toBe(2);
    expect(io.stderr()).toMatch(/none\.register\.json: no such file/);
  });

  it('the same plan given twice gets a note', async () => {
    expect(await run('report', reg, reg, '--as-of', AS_OF)).toBe(0);
    expect(io.stderr()).toContain(`note: ${reg} and ${reg} are registers of the same plan: its tasks are counted twice`);
  });

  it('a register without progress gets a note', async () => {
    const plain = path.join(dir, 'plain.register.json');
    const r = scenario();
    for (const t of r.tasks) delete t.progress;
    writeRegister(plain, r);
    expect(await run('report', plain, '--as-of', AS_OF)).toBe(0);
    expect(io.stderr()).toContain('has no collected progress (run plan-extract collect first)');
  });
});
