// The progress report as Markdown (GitHub tables): what can be pasted into an e-mail or a wiki.
import type { Lang } from '../export/labels.js';
import { CATEGORIES, DUE_SOON_DAYS, type ReportData, type TaskView } from './model.js';
import { fmtDate, reportLabels } from './labels.js';

/** Escape what would break a table cell or start markup. */
export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, '<br>').trim();
}

export function excerpt(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

function table(header: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const sep = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : mdCell(c))))].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function taskRef(t: TaskView, several: boolean): string {
  return several ? `${t.plan.label} · ${t.task.id}` : t.task.id;
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

export function renderMarkdown(data: ReportData, lang: Lang): string {
  const l = reportLabels(lang);
  const several = data.plans.length > 1;
  const out: string[] = [];
  out.push(`# ${l.title}`, '', `**${l.asOf(data.asOf)}**`, '');
  for (const p of data.plans) {
    const name = [p.number, p.title ?? l.untitled].filter(Boolean).join(' — ');
    out.push(`- ${l.plan}${several ? ` ${p.label}` : ''}: ${mdCell(name)} (\`${p.file.replace(/`/g, "'")}\`; ${l.trackers(p.trackers, p.lastTrackerDate)})`);
  }
  const done = data.totals.done + data.totals['done-late'];
  out.push(
    '',
    table(
      [l.kpi.tracked, l.kpi.done, l.kpi.overdue, l.kpi.dueSoon, l.kpi.notReported],
      [[data.tasks.length, done, data.totals.overdue, data.dueSoon.length, data.notReported.length]],
      ['r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  out.push(`## ${l.section.byUnit}`, '');
  out.push(
    table(
      [l.col.no, l.col.unit, l.col.assigned, ...CATEGORIES.map((c) => l.category[c]), l.col.donePct],
      data.units.map((u, i) => [i + 1, u.unit, u.total, ...CATEGORIES.map((c) => u.counts[c]), pct(u.doneShare)]),
      ['r', 'l', 'r', ...CATEGORIES.map(() => 'r' as const), 'r'],
    ),
    '',
  );

  const who = (t: TaskView): string => (t.task.lead.length ? t.task.lead : t.task.support).join('; ');
  const status = (t: TaskView): string =>
    t.reports.length === 0 ? l.notReportedYet : t.reports.map((p) => `${p.unit}: ${p.statusLabel ?? '—'}${p.percent !== null ? ` (${p.percent}%)` : ''}`).join('; ');

  out.push(`## ${l.section.overdue}`, '');
  out.push(
    data.overdue.length === 0
      ? l.none
      : table(
          [l.col.taskId, l.col.text, l.col.leadUnits, l.col.due, l.col.daysLate, l.col.status],
          data.overdue.map((t) => [taskRef(t, several), excerpt(t.task.text), who(t), fmtDate(t.due!, lang), t.daysLate!, status(t)]),
          ['l', 'l', 'l', 'l', 'r', 'l'],
        ),
    '',
  );

  out.push(`## ${l.section.dueSoon(DUE_SOON_DAYS)}`, '');
  out.push(
    data.dueSoon.length === 0
      ? l.none
      : table(
          [l.col.taskId, l.col.text, l.col.leadUnits, l.col.deadline, l.col.due, l.col.daysLeft, l.col.status],
          data.dueSoon.map((t) => [taskRef(t, several), excerpt(t.task.text), who(t), t.task.deadline?.raw ?? '', fmtDate(t.due!, lang), t.daysLeft!, status(t)]),
          ['l', 'l', 'l', 'l', 'l', 'r', 'l'],
        ),
    '',
  );

  out.push(`## ${l.section.notReported}`, '');
  out.push(
    data.notReported.length === 0
      ? l.none
      : table(
          [l.col.taskId, l.col.text, l.col.units, l.col.due],
          data.notReported.map((t) => [taskRef(t, several), excerpt(t.task.text), t.assignments.map((a) => a.unit).join('; '), t.due ? fmtDate(t.due, lang) : t.task.deadline?.raw ?? '']),
        ),
    '',
  );

  const tl = data.timeline;
  out.push(`## ${l.section.timeline(tl.granularity)}`, '');
  if (tl.buckets.length > 0) {
    out.push(
      table(
        [tl.granularity === 'month' ? (lang === 'vi' ? 'Tháng' : 'Month') : lang === 'vi' ? 'Quý' : 'Quarter', ...CATEGORIES.map((c) => l.category[c]), lang === 'vi' ? 'Tổng' : 'Total'],
        tl.buckets.map((b) => [tl.granularity === 'month' ? l.month(b.key) : l.quarter(b.key), ...CATEGORIES.map((c) => b.counts[c]), b.total]),
        ['l', ...CATEGORIES.map(() => 'r' as const), 'r'],
      ),
      '',
    );
  }
  if (tl.noDate > 0) out.push(l.noDate(tl.noDate), '');
  if (data.unassigned.length > 0) out.push(l.unassigned(data.unassigned.length, idList(data.unassigned, several)), '');

  if (data.conflicts.length > 0) {
    out.push(`## ${l.section.conflicts}`, '');
    for (const c of data.conflicts) out.push(`- ${several ? `${c.plan.label}: ` : ''}${mdCell(c.diagnostic.message)}`);
    out.push('');
  }
  out.push(`---`, '', `_${l.footer}_`, '');
  return out.join('\n');
}

export function idList(tasks: TaskView[], several: boolean, max = 12): string {
  const ids = tasks.map((t) => taskRef(t, several));
  return ids.length > max ? `${ids.slice(0, max).join(', ')}, …` : ids.join(', ');
}
