// The HTML report in a real browser: headless Chromium from Debian (`apt-get install
// chromium`; .ci/run installs it when it can), driven by playwright-core. The page is opened
// from a file:// URL; the test checks that it loads nothing else, that the charts render
// with the right numbers (bar widths and column heights measured in the browser), and saves
// a screenshot. Without /usr/bin/chromium the tests are skipped with the reason.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildReport, CATEGORIES, renderHtml, type ReportData } from '../../src/report/index.js';
import { BAR, TIMELINE } from '../../src/report/svg.js';
import { tmp } from '../collect/fill.js';
import { TT, VHXH, VP, scenario } from './helpers.js';

/** SVG elements as seen inside page.$$eval (the test's tsconfig has no DOM lib). */
type Boxed = { getBBox(): { x: number; y: number; width: number; height: number } };

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const available = existsSync(CHROMIUM);
const AS_OF = '2026-06-15';

if (!available) {
  describe('HTML report in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} not found — install it with "apt-get install chromium" (.ci/run does when it can)`, () => undefined);
  });
} else {
  describe('HTML report in headless Chromium', () => {
    let browser: Browser;
    let page: Page;
    let data: ReportData;
    let dir: string;
    const requests: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      data = buildReport([{ file: 'KH-001.progress.register.json', register: scenario() }], AS_OF);
      dir = tmp('pe-browser-');
      const file = path.join(dir, 'bao-cao.html');
      writeFileSync(file, renderHtml(data, 'vi'));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('loads from file:// alone: no other request, no error', () => {
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(/^file:\/\/.*bao-cao\.html$/);
      expect(errors).toEqual([]);
    });

    it('shows the title, the as-of date and the headline figures', async () => {
      expect(await page.textContent('h1')).toBe('BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH');
      expect(await page.textContent('[data-as-of]')).toBe('Tính đến ngày 15/06/2026');
      const kpis = await page.$$eval('[data-kpi]', (els) => els.map((e) => [e.getAttribute('data-kpi'), e.querySelector('.n')!.textContent]));
      expect(kpis).toEqual([
        ['tracked', '40'],
        ['done', '5'],
        ['overdue', '1'],
        ['due-soon', '1'],
        ['not-reported', '29'],
      ]);
      const overdue = await page.$$eval('#overdue-table tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())));
      expect(overdue).toHaveLength(1);
      expect([overdue[0]![0], overdue[0]![3], overdue[0]![4]]).toEqual(['DM.11', '31/03/2026', '76']);
    });

    it('draws one stacked bar per unit, segment widths proportional to the counts', async () => {
      const bars = await page.$$eval('#unit-chart g.bar', (gs) =>
        gs.map((g) => ({
          unit: g.getAttribute('data-unit'),
          total: Number(g.getAttribute('data-total')),
          shown: g.querySelector('text.total')!.textContent,
          segs: [...g.querySelectorAll('rect.seg')].map((r) => {
            const box = (r as unknown as Boxed).getBBox();
            const screen = r.getBoundingClientRect();
            return { category: r.getAttribute('data-category'), count: Number(r.getAttribute('data-count')), width: box.width, x: box.x, screenWidth: screen.width, title: r.querySelector('title')!.textContent };
          }),
        })),
      );
      expect(bars.map((b) => b.unit)).toEqual(data.units.map((u) => u.unit));
      const axisMax = Number(await page.getAttribute('#unit-chart', 'data-axis-max'));
      expect(axisMax).toBe(15);
      const perUnit = BAR.barWidth / axisMax;
      for (const [i, b] of bars.entries()) {
        const u = data.units[i]!;
        expect(b.total).toBe(u.total);
        expect(b.shown).toBe(String(u.total));
        // Segments in the legend's order, one per non-zero category, with the unit's counts.
        expect(b.segs.map((s) => [s.category, s.count])).toEqual(CATEGORIES.filter((c) => u.counts[c] > 0).map((c) => [c, u.counts[c]]));
        let x = BAR.labelWidth;
        for (const s of b.segs) {
          expect(s.width).toBeCloseTo(s.count * perUnit, 1);
          expect(s.x).toBeCloseTo(x, 1);
          x += s.width;
          expect(s.screenWidth).toBeGreaterThan(0);
        }
      }
      const vhxh = bars.find((b) => b.unit === VHXH)!;
      expect(vhxh.segs.map((s) => [s.category, s.count])).toEqual([
        ['done', 2],
        ['done-late', 1],
        ['in-progress', 2],
        ['not-started', 1],
        ['overdue', 1],
        ['not-reported', 6],
      ]);
      expect(vhxh.segs.find((s) => s.category === 'overdue')!.title).toBe(`${VHXH} — Quá hạn: 1`);
      // On screen, equal counts are equal lengths across units (1 done for VP = half of 2 done for TT).
      const screen = (unit: string, c: string) => bars.find((b) => b.unit === unit)!.segs.find((s) => s.category === c)!.screenWidth;
      expect(screen(TT, 'done') / screen(VP, 'done')).toBeCloseTo(2, 2);
    });

    it('draws the deadlines by quarter, column heights proportional, with the as-of marker', async () => {
      expect(await page.getAttribute('#timeline-chart', 'data-granularity')).toBe('quarter');
      const axisMax = Number(await page.getAttribute('#timeline-chart', 'data-axis-max'));
      const periods = await page.$$eval('#timeline-chart g.period', (gs) =>
        gs.map((g) => ({
          period: g.getAttribute('data-period'),
          label: g.querySelector('text.xlabel')!.textContent,
          heights: [...g.querySelectorAll('rect.seg')].map((r) => [r.getAttribute('data-category'), Number(r.getAttribute('data-count')), (r as unknown as Boxed).getBBox().height]),
        })),
      );
      expect(periods.map((p) => [p.period, p.label])).toEqual([
        ['2026-Q1', 'Quý I/2026'],
        ['2026-Q2', 'Quý II/2026'],
        ['2026-Q3', 'Quý III/2026'],
        ['2026-Q4', 'Quý IV/2026'],
      ]);
      const totals = periods.map((p) => p.heights.reduce((n, h) => n + (h[1] as number), 0));
      expect(totals).toEqual([3, 2, 0, 6]);
      for (const p of periods) for (const [, count, h] of p.heights) expect(h as number).toBeCloseTo(((count as number) * TIMELINE.plotHeight) / axisMax, 1);
      expect(periods[0]!.heights.map((h) => h[0])).toEqual(['done', 'done-late', 'overdue']);
      const marker = await page.$eval('#timeline-chart g.asof', (g) => ({ date: g.getAttribute('data-date'), text: g.textContent }));
      expect(marker).toEqual({ date: AS_OF, text: '▲ 15/06/2026' });
    });

    it('saves a screenshot', async () => {
      const png = path.join(dir, 'report.png');
      await page.screenshot({ path: png, fullPage: false });
      const buf = readFileSync(png);
      expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(buf.readUInt32BE(16)).toBe(1200); // width from the IHDR chunk
      expect(buf.length).toBeGreaterThan(20_000);
    });
  });
}
