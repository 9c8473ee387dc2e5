// The progress report as an Excel workbook: by unit, overdue, due soon, not reported, and
// every (task, unit) line in "Chi tiết". exceljs is imported lazily.
import type { Lang } from '../export/labels.js';
import type { Style, Worksheet } from 'exceljs';
import { CATEGORIES, DUE_SOON_DAYS, type ReportData, type TaskView } from './model.js';
import { reportLabels } from './labels.js';
import { taskRef } from './markdown.js';
import { COLORS } from './svg.js';
import { cellText } from '../export/xlsx.js';

const HEADER: Partial<Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
  border: { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } },
};

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

interface Col {
  header: string;
  width: number;
  date?: boolean;
}

function sheet(ws: Worksheet, title: string, subtitle: string, cols: Col[], rows: (string | number | Date | null)[][], dateFormat: string): void {
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { italic: true };
  ws.columns = cols.map((c) => ({ width: c.width }));
  const header = ws.getRow(4);
  header.values = cols.map((c) => c.header);
  header.eachCell((cell) => {
    cell.style = HEADER;
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = r.map((v) => (typeof v === 'string' ? cellText(v) : v));
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.date) cell.numFmt = dateFormat;
    });
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 4, topLeftCell: 'A5', activeCell: 'A5' }];
  if (rows.length > 0) ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + rows.length, column: cols.length } };
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export async function writeReportXlsx(file: string, data: ReportData, lang: Lang): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const l = reportLabels(lang);
  const several = data.plans.length > 1;
  const dateFormat = lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-extract';
  wb.lastModifiedBy = 'plan-extract';
  wb.created = utc(data.asOf);
  wb.modified = utc(data.asOf);
  const subtitle = `${l.asOf(data.asOf)} — ${data.plans.map((p) => [p.title ?? l.untitled, p.number].filter(Boolean).join(' ')).join('; ')}`;
  const who = (t: TaskView): string => (t.task.lead.length ? t.task.lead : t.task.support).join('; ');
  const reports = (t: TaskView): string =>
    t.reports.length === 0 ? l.notReportedYet : t.reports.map((p) => `${p.unit}: ${p.statusLabel ?? '—'}${p.percent !== null ? ` (${p.percent}%)` : ''}`).join('\n');
  const ref = (t: TaskView): string => taskRef(t, several);

  const units = wb.addWorksheet(l.sheets.units);
  sheet(
    units,
    l.section.byUnit,
    subtitle,
    [{ header: l.col.no, width: 6 }, { header: l.col.unit, width: 36 }, { header: l.col.assigned, width: 10 }, ...CATEGORIES.map((c) => ({ header: l.category[c], width: 13 })), { header: l.col.donePct, width: 12 }],
    data.units.map((u, i) => [i + 1, u.unit, u.total, ...CATEGORIES.map((c) => u.counts[c]), u.doneShare]),
    dateFormat,
  );
  CATEGORIES.forEach((c, i) => {
    units.getRow(4).getCell(4 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(COLORS[c]) } };
    units.getRow(4).getCell(4 + i).font = { bold: true, color: { argb: c === 'done-late' || c === 'not-started' || c === 'not-reported' ? 'FF000000' : 'FFFFFFFF' } };
  });
  for (let r = 5; r < 5 + data.units.length; r++) units.getRow(r).getCell(4 + CATEGORIES.length).numFmt = '0%';

  sheet(
    wb.addWorksheet(l.sheets.overdue),
    `${l.section.overdue} (${data.overdue.length})`,
    subtitle,
    [{ header: l.col.taskId, width: 12 }, { header: l.col.text, width: 60 }, { header: l.col.leadUnits, width: 28 }, { header: l.col.due, width: 12, date: true }, { header: l.col.daysLate, width: 10 }, { header: l.col.status, width: 40 }],
    data.overdue.map((t) => [ref(t), t.task.text, who(t), utc(t.due!), t.daysLate!, reports(t)]),
    dateFormat,
  );
  sheet(
    wb.addWorksheet(l.sheets.dueSoon),
    `${l.section.dueSoon(DUE_SOON_DAYS)} (${data.dueSoon.length})`,
    subtitle,
    [{ header: l.col.taskId, width: 12 }, { header: l.col.text, width: 60 }, { header: l.col.leadUnits, width: 28 }, { header: l.col.deadline, width: 16 }, { header: l.col.due, width: 12, date: true }, { header: l.col.daysLeft, width: 10 }, { header: l.col.status, width: 40 }],
    data.dueSoon.map((t) => [ref(t), t.task.text, who(t), t.task.deadline?.raw ?? '', utc(t.due!), t.daysLeft!, reports(t)]),
    dateFormat,
  );
  sheet(
    wb.addWorksheet(l.sheets.notReported),
    `${l.section.notReported} (${data.notReported.length})`,
    subtitle,
    [{ header: l.col.taskId, width: 12 }, { header: l.col.text, width: 60 }, { header: l.col.units, width: 36 }, { header: l.col.deadline, width: 16 }, { header: l.col.due, width: 12, date: true }, { header: l.col.category, width: 16 }],
    data.notReported.map((t) => [ref(t), t.task.text, t.assignments.map((a) => a.unit).join('; '), t.task.deadline?.raw ?? '', t.due ? utc(t.due) : null, l.category[t.category]]),
    dateFormat,
  );
  const detail: (string | number | Date | null)[][] = [];
  for (const t of data.tasks) {
    for (const a of t.assignments) {
      const p = a.progress;
      detail.push([
        ref(t),
        t.task.text,
        a.unit,
        a.role ? l.role[a.role] : l.role.none,
        t.task.deadline?.raw ?? '',
        t.due ? utc(t.due) : null,
        p?.statusLabel ?? '',
        p?.percent ?? null,
        p?.results ?? '',
        p?.notes ?? '',
        l.category[a.category],
        p ? `${p.tracker}${p.sheet ? ` / ${p.sheet}` : ''}, ${lang === 'vi' ? 'dòng' : 'row'} ${p.row}` : '',
      ]);
    }
  }
  sheet(
    wb.addWorksheet(l.sheets.detail),
    l.sheets.detail,
    subtitle,
    [
      { header: l.col.taskId, width: 12 },
      { header: l.col.text, width: 50 },
      { header: l.col.unit, width: 28 },
      { header: l.col.role, width: 10 },
      { header: l.col.deadline, width: 16 },
      { header: l.col.due, width: 12, date: true },
      { header: l.col.status, width: 18 },
      { header: l.col.progress, width: 10 },
      { header: l.col.results, width: 30 },
      { header: l.col.notes, width: 24 },
      { header: l.col.category, width: 18 },
      { header: l.col.tracker, width: 30 },
    ],
    detail,
    dateFormat,
  );
  await wb.xlsx.writeFile(file);
}
