// The progress report as one self-contained HTML page: inline CSS and SVG, no script, no
// font, image or stylesheet from the network — it opens from a USB stick or an e-mail
// attachment, and prints on A4.
import type { Lang } from '../export/labels.js';
import { CATEGORIES, DUE_SOON_DAYS, type Category, type ReportData, type TaskView } from './model.js';
import { fmtDate, reportLabels } from './labels.js';
import { excerpt, idList, taskRef } from './markdown.js';
import { COLORS, INK, esc, legend, timelineChart, unitBarChart } from './svg.js';

const CSS = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--bg:#f5f7fa;--accent:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "Segoe UI","Noto Sans","DejaVu Sans",Roboto,Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 28px 40px}
header{background:#fff;border-top:6px solid var(--accent);padding:18px 22px;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
h1{margin:0 0 4px;font-size:22px;letter-spacing:.3px;color:var(--accent)}
h2{font-size:17px;margin:0 0 10px;color:var(--accent)}
.sub{margin:2px 0;color:var(--muted)}
.asof{font-weight:600;color:var(--ink)}
.kpis{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:16px 0}
.kpi{background:#fff;border-radius:6px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.06);border-left:5px solid var(--line)}
.kpi .n{font-size:28px;font-weight:700;line-height:1.1}
.kpi .t{color:var(--muted);font-size:13px}
.kpi.done{border-color:${COLORS.done}} .kpi.overdue{border-color:${COLORS.overdue}} .kpi.overdue .n{color:${COLORS.overdue}}
.kpi.soon{border-color:${COLORS['not-started']}} .kpi.nr{border-color:${COLORS['not-reported']}} .kpi.tracked{border-color:var(--accent)}
section.card{background:#fff;border-radius:6px;padding:16px 20px;margin:14px 0;box-shadow:0 1px 2px rgba(0,0,0,.06);page-break-inside:avoid}
.chart{display:block;max-width:100%;height:auto;font-family:inherit}
.chart .grid{stroke:#e6e9ee;stroke-width:1}
.chart .axis{stroke:#9aa5b1;stroke-width:1}
.chart .tick{font-size:11px;fill:var(--muted)}
.chart .label{font-size:12.5px;fill:var(--ink)}
.chart .seg-label{font-size:11px;font-weight:600;pointer-events:none}
.chart .total{font-size:12px;font-weight:700;fill:var(--ink)}
.chart .xlabel{font-size:11.5px;fill:var(--ink)}
.chart .asof line{stroke:var(--accent);stroke-width:1.5;stroke-dasharray:4 3}
.chart .asof text{font-size:11px;fill:var(--accent);font-weight:600}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;margin:8px 0 0}
.legend li{display:flex;align-items:center;gap:6px;font-size:12.5px;color:var(--muted)}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600;font-size:12.5px}
td.num,th.num{text-align:right}
td.num{white-space:nowrap}
#units-table td:nth-child(2){min-width:230px}
#units-table th.num{width:74px}
td:first-child{white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:11.5px;font-weight:600;white-space:nowrap}
.late{color:${COLORS.overdue};font-weight:700}
.muted{color:var(--muted)}
.note{color:var(--muted);font-size:13px;margin:8px 0 0}
.grid2{display:grid;grid-template-columns:1fr;gap:0}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:18px}
@media print{body{background:#fff}main{padding:0}section.card,header,.kpi{box-shadow:none;border:1px solid var(--line)}}
`;

function badge(c: Category, lang: Lang): string {
  return `<span class="badge" data-category="${c}" style="background:${COLORS[c]};color:${INK[c]}">${esc(reportLabels(lang).category[c])}</span>`;
}

function tableHtml(id: string, head: { text: string; num?: boolean }[], rows: string[][], numCols: Set<number>): string {
  const th = head.map((h) => `<th${h.num ? ' class="num"' : ''}>${esc(h.text)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numCols.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table id="${id}"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function renderHtml(data: ReportData, lang: Lang): string {
  const l = reportLabels(lang);
  const several = data.plans.length > 1;
  const doneTotal = data.totals.done + data.totals['done-late'];
  const planLines = data.plans
    .map((p) => {
      const name = [p.title ?? l.untitled, p.number].filter(Boolean).join(' — ');
      return `<p class="sub" data-plan="${p.index}">${esc(l.plan)}${several ? ` ${esc(p.label)}` : ''}: <strong>${esc(name)}</strong> · ${esc(l.trackers(p.trackers, p.lastTrackerDate))}</p>`;
    })
    .join('\n');
  const kpi = (cls: string, key: string, n: number, text: string): string => `<div class="kpi ${cls}" data-kpi="${key}"><div class="n">${n}</div><div class="t">${esc(text)}</div></div>`;
  const present = new Set<Category>(CATEGORIES.filter((c) => data.units.some((u) => u.counts[c] > 0) || data.timeline.buckets.some((b) => b.counts[c] > 0)));

  const who = (t: TaskView): string => esc((t.task.lead.length ? t.task.lead : t.task.support).join('; '));
  const reportsCell = (t: TaskView): string =>
    t.reports.length === 0
      ? `<span class="muted">${esc(l.notReportedYet)}</span>`
      : t.reports.map((p) => `${esc(p.unit)}: ${esc(p.statusLabel ?? '—')}${p.percent !== null ? ` (${p.percent}%)` : ''}${p.notes ? ` <span class="muted">— ${esc(excerpt(p.notes, 80))}</span>` : ''}`).join('<br>');
  const text = (t: TaskView): string => `<span title="${esc(t.task.text)}">${esc(excerpt(t.task.text, 170))}</span>`;

  const unitTable = tableHtml(
    'units-table',
    [{ text: l.col.no, num: true }, { text: l.col.unit }, { text: l.col.assigned, num: true }, ...CATEGORIES.map((c) => ({ text: l.category[c], num: true })), { text: l.col.donePct, num: true }],
    data.units.map((u, i) => [
      String(i + 1),
      esc(u.unit),
      String(u.total),
      ...CATEGORIES.map((c) => (u.counts[c] ? `<span data-category="${c}">${u.counts[c]}</span>` : '<span class="muted">0</span>')),
      `${Math.round(u.doneShare * 100)}%`,
    ]),
    new Set([0, 2, ...CATEGORIES.map((_, i) => i + 3), CATEGORIES.length + 3]),
  );

  const overdue =
    data.overdue.length === 0
      ? `<p class="muted">${esc(l.none)}</p>`
      : tableHtml(
          'overdue-table',
          [{ text: l.col.taskId }, { text: l.col.text }, { text: l.col.leadUnits }, { text: l.col.due }, { text: l.col.daysLate, num: true }, { text: l.col.status }],
          data.overdue.map((t) => [esc(taskRef(t, several)), text(t), who(t), esc(fmtDate(t.due!, lang)), `<span class="late">${t.daysLate}</span>`, reportsCell(t)]),
          new Set([4]),
        );
  const dueSoon =
    data.dueSoon.length === 0
      ? `<p class="muted">${esc(l.none)}</p>`
      : tableHtml(
          'due-soon-table',
          [{ text: l.col.taskId }, { text: l.col.text }, { text: l.col.leadUnits }, { text: l.col.due }, { text: l.col.daysLeft, num: true }, { text: l.col.status }],
          data.dueSoon.map((t) => [esc(taskRef(t, several)), text(t), who(t), `${esc(fmtDate(t.due!, lang))}<br><span class="muted">${esc(t.task.deadline?.raw ?? '')}</span>`, String(t.daysLeft), reportsCell(t)]),
          new Set([4]),
        );
  const notReported =
    data.notReported.length === 0
      ? `<p class="muted">${esc(l.none)}</p>`
      : tableHtml(
          'not-reported-table',
          [{ text: l.col.taskId }, { text: l.col.text }, { text: l.col.units }, { text: l.col.due }, { text: l.col.category }],
          data.notReported.map((t) => [esc(taskRef(t, several)), text(t), esc(t.assignments.map((a) => a.unit).join('; ')), esc(t.due ? fmtDate(t.due, lang) : (t.task.deadline?.raw ?? '')), badge(t.category, lang)]),
          new Set(),
        );
  const tl = data.timeline;
  const notes = [tl.noDate > 0 ? l.noDate(tl.noDate) : '', data.unassigned.length > 0 ? l.unassigned(data.unassigned.length, idList(data.unassigned, several)) : '']
    .filter(Boolean)
    .map((s) => `<p class="note">${esc(s)}</p>`)
    .join('');
  const conflicts =
    data.conflicts.length === 0
      ? ''
      : `<section class="card" id="conflicts"><h2>${esc(l.section.conflicts)}</h2><ul>${data.conflicts.map((c) => `<li>${several ? `${esc(c.plan.label)}: ` : ''}${esc(c.diagnostic.message)}</li>`).join('')}</ul></section>`;

  const title = `${l.title} — ${data.plans.map((p) => p.title ?? p.label).join('; ')}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan-extract">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${esc(l.title)}</h1>
${planLines}
<p class="sub asof" data-as-of="${data.asOf}">${esc(l.asOf(data.asOf))}</p>
</header>
<div class="kpis">
${kpi('tracked', 'tracked', data.tasks.length, l.kpi.tracked)}
${kpi('done', 'done', doneTotal, l.kpi.done)}
${kpi('overdue', 'overdue', data.totals.overdue, l.kpi.overdue)}
${kpi('soon', 'due-soon', data.dueSoon.length, l.kpi.dueSoon)}
${kpi('nr', 'not-reported', data.notReported.length, l.kpi.notReported)}
</div>
<section class="card" id="by-unit-chart">
<h2>${esc(l.section.chart)}</h2>
${unitBarChart(data, lang)}
${legend(lang, present)}
</section>
<section class="card" id="timeline">
<h2>${esc(l.section.timeline(tl.granularity))}</h2>
${timelineChart(data, lang)}
${tl.buckets.length > 0 ? legend(lang, present) : ''}
${notes}
</section>
<section class="card" id="overdue">
<h2>${esc(l.section.overdue)} (${data.overdue.length})</h2>
${overdue}
</section>
<section class="card" id="due-soon">
<h2>${esc(l.section.dueSoon(DUE_SOON_DAYS))} (${data.dueSoon.length})</h2>
${dueSoon}
</section>
<section class="card" id="by-unit">
<h2>${esc(l.section.byUnit)}</h2>
${unitTable}
</section>
<section class="card" id="not-reported">
<h2>${esc(l.section.notReported)} (${data.notReported.length})</h2>
${notReported}
</section>
${conflicts}
<footer>${esc(l.footer)}</footer>
</main>
</body>
</html>
`;
}
