// Inline SVG charts for the HTML report: stacked bars of task status per unit, and the
// deadlines by month or quarter. Every bar segment carries its figures as data-* attributes
// (data-unit / data-period, data-category, data-count) and a <title> tooltip, so the page
// can be checked by a browser test and read by a screen reader.
import type { Lang } from '../export/labels.js';
import { CATEGORIES, type Category, type ReportData } from './model.js';
import { fmtDate, reportLabels } from './labels.js';

export const COLORS: Record<Category, string> = {
  done: '#2e7d32',
  'done-late': '#8bc34a',
  'in-progress': '#1e88e5',
  'on-hold': '#8e63ce',
  'not-started': '#f9a825',
  overdue: '#d32f2f',
  'not-reported': '#b0b7bf',
};
/** Text colour on a segment of that category. */
export const INK: Record<Category, string> = {
  done: '#fff',
  'done-late': '#1b3a0a',
  'in-progress': '#fff',
  'on-hold': '#fff',
  'not-started': '#3d2c00',
  overdue: '#fff',
  'not-reported': '#1f2933',
};

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Round to 2 decimals for compact, stable SVG. */
function r2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function clip(s: string, max: number): string {
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('').trimEnd()}…` : s;
}

/** A "nice" axis step (1, 2, 5 × 10^k) giving about `target` ticks. */
export function niceStep(max: number, target = 5): number {
  if (max <= 0) return 1;
  const raw = max / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return Math.max(1, m * pow);
  return Math.max(1, 10 * pow);
}

/** Geometry of the unit chart, exported for the tests. */
export const BAR = { labelWidth: 270, barWidth: 640, right: 56, rowHeight: 30, barHeight: 20, top: 8, axis: 26 } as const;

export function unitBarChart(data: ReportData, lang: Lang): string {
  const l = reportLabels(lang);
  const g = BAR;
  const width = g.labelWidth + g.barWidth + g.right;
  const max = Math.max(1, ...data.units.map((u) => u.total));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const scale = g.barWidth / axisMax;
  const height = g.top + data.units.length * g.rowHeight + g.axis;
  const plotBottom = g.top + data.units.length * g.rowHeight;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" id="unit-chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(l.section.chart)}" data-axis-max="${axisMax}" data-bar-width="${g.barWidth}">`,
  );
  // Grid lines and tick labels.
  for (let v = 0; v <= axisMax; v += step) {
    const x = g.labelWidth + v * scale;
    parts.push(`<line class="grid" x1="${r2(x)}" y1="${g.top - 4}" x2="${r2(x)}" y2="${plotBottom}" />`);
    parts.push(`<text class="tick" x="${r2(x)}" y="${plotBottom + 16}" text-anchor="middle">${v}</text>`);
  }
  data.units.forEach((u, i) => {
    const y = g.top + i * g.rowHeight + (g.rowHeight - g.barHeight) / 2;
    parts.push(`<g class="bar" data-unit="${esc(u.unit)}" data-total="${u.total}">`);
    parts.push(`<text class="label" x="${g.labelWidth - 10}" y="${r2(y + g.barHeight / 2 + 4.5)}" text-anchor="end"><title>${esc(u.unit)}</title>${esc(clip(u.unit, 38))}</text>`);
    let x = g.labelWidth;
    for (const c of CATEGORIES) {
      const n = u.counts[c];
      if (n === 0) continue;
      const w = n * scale;
      parts.push(
        `<rect class="seg" x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${g.barHeight}" fill="${COLORS[c]}" data-unit="${esc(u.unit)}" data-category="${c}" data-count="${n}"><title>${esc(u.unit)} — ${esc(l.category[c])}: ${n}</title></rect>`,
      );
      if (w >= 16) parts.push(`<text class="seg-label" x="${r2(x + w / 2)}" y="${r2(y + g.barHeight / 2 + 4)}" text-anchor="middle" fill="${INK[c]}">${n}</text>`);
      x += w;
    }
    parts.push(`<text class="total" x="${r2(x + 6)}" y="${r2(y + g.barHeight / 2 + 4.5)}">${u.total}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

export const TIMELINE = { left: 44, right: 16, top: 22, plotHeight: 200, bottom: 46, maxColumn: 170, minColumn: 26 } as const;

/** Position (0–1) of a date inside its month / quarter. */
function fractionInPeriod(iso: string, granularity: 'month' | 'quarter'): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const startMonth = granularity === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const start = Date.UTC(y, startMonth - 1, 1);
  const end = Date.UTC(y, startMonth - 1 + (granularity === 'month' ? 1 : 3), 1);
  return (Date.UTC(y, m - 1, d) - start) / (end - start);
}

export function timelineChart(data: ReportData, lang: Lang, width = 966): string {
  const l = reportLabels(lang);
  const t = TIMELINE;
  const { buckets, granularity } = data.timeline;
  if (buckets.length === 0) return '';
  const n = buckets.length;
  const column = Math.max(t.minColumn, Math.min(t.maxColumn, (width - t.left - t.right) / n));
  const plotWidth = column * n;
  const svgWidth = Math.max(width, t.left + plotWidth + t.right);
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const step = niceStep(max, 4);
  const axisMax = Math.ceil(max / step) * step;
  const scale = t.plotHeight / axisMax;
  const base = t.top + t.plotHeight;
  const height = base + t.bottom;
  const barW = Math.max(10, Math.min(56, column * 0.62));
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" id="timeline-chart" xmlns="http://www.w3.org/2000/svg" width="${r2(svgWidth)}" height="${height}" viewBox="0 0 ${r2(svgWidth)} ${height}" role="img" aria-label="${esc(l.section.timeline(granularity))}" data-granularity="${granularity}" data-axis-max="${axisMax}" data-plot-height="${t.plotHeight}">`,
  );
  for (let v = 0; v <= axisMax; v += step) {
    const y = base - v * scale;
    parts.push(`<line class="grid" x1="${t.left}" y1="${r2(y)}" x2="${r2(t.left + plotWidth)}" y2="${r2(y)}" />`);
    parts.push(`<text class="tick" x="${t.left - 6}" y="${r2(y + 4)}" text-anchor="end">${v}</text>`);
  }
  const label = (key: string): string => (granularity === 'month' ? l.month(key) : l.quarter(key));
  buckets.forEach((b, i) => {
    const cx = t.left + column * i + column / 2;
    parts.push(`<g class="period" data-period="${b.key}" data-total="${b.total}">`);
    let y = base;
    for (const c of CATEGORIES) {
      const count = b.counts[c];
      if (count === 0) continue;
      const h = count * scale;
      y -= h;
      parts.push(
        `<rect class="seg" x="${r2(cx - barW / 2)}" y="${r2(y)}" width="${r2(barW)}" height="${r2(h)}" fill="${COLORS[c]}" data-period="${b.key}" data-category="${c}" data-count="${count}"><title>${esc(label(b.key))} — ${esc(l.category[c])}: ${count}</title></rect>`,
      );
      if (h >= 15) parts.push(`<text class="seg-label" x="${r2(cx)}" y="${r2(y + h / 2 + 4)}" text-anchor="middle" fill="${INK[c]}">${count}</text>`);
    }
    if (b.total > 0) parts.push(`<text class="total" x="${r2(cx)}" y="${r2(y - 5)}" text-anchor="middle">${b.total}</text>`);
    parts.push(`<text class="xlabel" x="${r2(cx)}" y="${base + 17}" text-anchor="middle">${esc(label(b.key))}</text>`);
    parts.push('</g>');
  });
  // The as-of date, when it falls inside the axis.
  const keyOf = (iso: string): string => (granularity === 'month' ? iso.slice(0, 7) : `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`);
  const at = buckets.findIndex((b) => b.key === keyOf(data.asOf));
  if (at >= 0) {
    const x = t.left + column * (at + fractionInPeriod(data.asOf, granularity));
    parts.push(
      `<g class="asof" data-date="${data.asOf}"><line x1="${r2(x)}" y1="${t.top - 12}" x2="${r2(x)}" y2="${base + 4}" /><text x="${r2(x)}" y="${base + 36}" text-anchor="middle">▲ ${esc(fmtDate(data.asOf, lang))}</text></g>`,
    );
  }
  parts.push(`<line class="axis" x1="${t.left}" y1="${base}" x2="${r2(t.left + plotWidth)}" y2="${base}" />`);
  parts.push('</svg>');
  return parts.join('');
}

export function legend(lang: Lang, present?: Set<Category>): string {
  const l = reportLabels(lang);
  return `<ul class="legend">${CATEGORIES.filter((c) => !present || present.has(c))
    .map((c) => `<li data-category="${c}"><span class="swatch" style="background:${COLORS[c]}"></span>${esc(l.category[c])}</li>`)
    .join('')}</ul>`;
}
