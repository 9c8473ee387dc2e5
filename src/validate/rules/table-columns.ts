import type { Rule, RuleReport } from '../types.js';
import { excerpt } from '../util.js';
import { fold } from '../../parse/fast-text.js';
import { columnRole, FIGURES_HEADER, isDelimiterRow, periodOfName } from '../../parse/table.js';
import { boxAsGridLines, isGridBorder } from '../../parse/grid-table.js';

/** Cells of a line that looks like a table row (tab- or pipe-separated), or null. */
function rowCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const t = line.trim();
  if (/^\|.*\|$/.test(t) || t.split(' | ').length >= 3) return t.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  return null;
}

const EXPECTED = '"TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"';

/** What period columns need to be read as ticks. */
const PERIOD_HELP = 'side by side in calendar order, each one period, with its year where the table spans years ("Quý IV/2027 | Quý I/2028"; a header over two rows: "Năm 2027" over its own quarters)';

/** Names quoted, at most four of them. */
const quoteNames = (names: string[]) => `${names.slice(0, 4).map((n) => `"${n}"`).join(', ')}${names.length > 4 ? ' …' : ''}`;

/** An appendix task table must have a header the parser recognises, with a lead and a deadline column. */
const rule: Rule = {
  meta: {
    id: 'table/columns',
    description: 'A task table header is not recognised, or has no lead-unit or deadline column.',
    defaultSeverity: 'warning',
    docs: `a table (tab-separated, pipe or HTML) whose header row is not recognised, so its rows are not read as tasks, or a task table without a lead-unit or deadline column (tick columns "2026 | 2027 | 2028", "Quý I | … | Quý IV", "Tháng 9 | … | Tháng 1" whose rows are marked "x" are its deadline column, and columns named by periods that cannot be read so are reported as such; a table whose tasks state their time in their text, "Đơn vị | Nhiệm vụ" with "…; thời hạn: Quý III/2026", needs none); name the columns like ${EXPECTED}.`,
  },
  check(ctx) {
    const reg = ctx.register;
    const out: RuleReport[] = [];
    // Recognised tables: the lead and deadline columns are what makes them a task register.
    for (const a of reg.appendices) {
      if (!a.header) continue;
      const roles = new Set(a.header.columns.map((c) => c.role));
      const missing: string[] = [];
      const rows = reg.tasks.filter((t) => t.origin === 'appendix' && t.id.split('.')[0] === a.id);
      // (a table introduced by its units, "1. Giao Sở Y tế chủ trì thực hiện các nhiệm vụ sau:", needs no lead column)
      if (!roles.has('lead') && !(rows.length > 0 && rows.every((t) => t.lead.length > 0))) missing.push('lead-unit column ("Đơn vị chủ trì")');
      // (a table whose tasks give their time in their text, "…; thời hạn: Quý III/2026", needs none)
      const timedInText = rows.some((t) => t.deadline?.from === 'text');
      // Columns named by periods ("Quý I", "Tháng 9") that are not read as ticks: the header does not
      // say which period each one is (their order, or a header over two rows that does not split).
      const periods = a.header.columns.filter((c) => c.role === 'other' && periodOfName(c.name) !== null);
      if (!roles.has('deadline') && !timedInText && periods.length >= 2) {
        out.push({ message: `the columns ${quoteNames(periods.map((c) => c.name))} of appendix table ${a.id} name periods but are not read as its schedule (${PERIOD_HELP}): its tasks have no deadline`, line: a.header.line, column: 1 });
        if (missing.length === 0) continue;
      } else if (!roles.has('deadline') && !timedInText) missing.push('deadline column ("Thời gian hoàn thành")');
      if (missing.length) {
        out.push({ message: `the header of appendix table ${a.id} has no ${missing.join(' and no ')}: its tasks have no ${missing.length === 2 ? 'lead unit and no deadline' : missing[0]!.startsWith('lead') ? 'lead unit' : 'deadline'}`, line: a.header.line, column: 1 });
      }
    }
    // Table rows outside every recognised table: a table whose header was not recognised.
    const covered = (ln: number) => reg.appendices.some((a) => ln >= a.source.line && ln <= a.source.endLine);
    const coveredHtml = (all: readonly string[], i: number): boolean => {
      let last = i;
      while (last < all.length - 1 && !/<\/table>/i.test(all[last]!)) last++;
      return reg.appendices.some((a) => a.source.line <= last + 1 && a.source.endLine >= i + 1);
    };
    const start = reg.document.title?.endLine ?? reg.document.title?.line ?? 0;
    let run: { line: number; rows: number; first: string } | null = null;
    const flush = () => {
      // A table of targets or figures ("Chỉ tiêu | Đơn vị tính | Năm 2025 …") holds no tasks to read.
      if (run && run.rows >= 2 && !FIGURES_HEADER.test(fold(run.first))) {
        // (columns named by periods, "Tháng 9 | Tháng 10 | …", are no names to change: say what they need)
        const periods = run.first.split(' | ').filter((c) => periodOfName(c) !== null);
        const help = periods.length >= 2 ? `its columns ${quoteNames(periods)} are read as a schedule ticked "x" in a task table with content and lead-unit columns ("Nội dung công việc | Đơn vị chủ trì"), ${PERIOD_HELP}` : `name the columns like ${EXPECTED}`;
        out.push({
          message: `a table of ${run.rows} rows whose header is not recognised ("${excerpt(run.first, 50)}"): its rows are not read as tasks; ${help}`,
          line: run.line,
          column: 1,
        });
      }
      run = null;
    };
    // (a table drawn with box characters is the grid table it draws: "│ 1 │ …" is "| 1 | …")
    const lines = boxAsGridLines(ctx.lines);
    lines.forEach((text, i) => {
      const ln = i + 1;
      if (ln <= start) return;
      // (the register places an HTML table at its header row, below "<table>" and "<thead>": the table is
      // read when a table the register holds starts anywhere up to its "</table>")
      if (/<table\b/i.test(text) && !coveredHtml(lines, i)) {
        flush();
        out.push({ message: `an HTML table whose header is not recognised: its rows are not read as tasks; name the columns like ${EXPECTED}`, line: ln, column: text.search(/<table\b/i) + 1 });
        return;
      }
      // A grid table's border ("+----+----+") is part of the table, and so is a line of a row's
      // wrapped cells between its frame ("|    | hán, xâm nhập mặn |    |").
      const border = isGridBorder(text);
      const cells = border ? [] : rowCells(text);
      const filled = cells?.filter((c) => c !== '').length ?? 0;
      const framed = run !== null && !border && /^\s*\|.*\|\s*$/.test(text);
      const isRow = cells !== null && (isDelimiterRow(cells) || filled >= 3 || framed);
      if (!isRow || covered(ln)) {
        if (text.trim() !== '' || !run) flush();
        return;
      }
      if (run) run.rows += isDelimiterRow(cells) || filled < 3 ? 0 : 1;
      else if (!isDelimiterRow(cells)) run = { line: ln, rows: 1, first: text.replace(/\t/g, ' | ').trim() };
    });
    flush();
    out.push(...spacedTables(lines, start, covered));
    out.push(...stackedHeaders(lines, start, covered));
    return out;
  },
};

/**
 * Tables a PDF converter laid out with runs of spaces (no tabs, no pipes), their cells wrapped over
 * several lines, that parse/space-table could not read (no TT column, no numbered row): a block of
 * lines (between blank lines) where at least two lines hold three cells or more apart by four spaces
 * or more. Not read as tasks: reported so that nothing is lost unseen.
 */
function spacedTables(lines: readonly string[], start: number, covered: (ln: number) => boolean): RuleReport[] {
  const out: RuleReport[] = [];
  let block: { line: number; wide: number; first: string | null } | null = null;
  const end = () => {
    if (block && block.wide >= 2) {
      out.push({
        message: `a table laid out with spaces${block.first ? ` ("${excerpt(block.first, 50)}")` : ''}: its rows are not read as tasks; give it as a tab-separated, pipe or Word table with columns like ${EXPECTED}`,
        line: block.line,
        column: 1,
      });
    }
    block = null;
  };
  lines.forEach((text, i) => {
    const ln = i + 1;
    if (ln <= start || text.trim() === '' || text.includes('\t') || text.includes('|') || covered(ln)) {
      end();
      return;
    }
    block ??= { line: ln, wide: 0, first: null };
    const cells = text.trim().split(/ {4,}/);
    if (cells.length >= 3) {
      block.wide++;
      block.first ??= cells.join(' | ');
    }
  });
  end();
  return out;
}

/**
 * Column names printed one per line (a PDF table converted without its layout, one cell per line)
 * that parse/stacked-table could not read (no TT column, no row numbered 1): three names or more in
 * a run of short lines, blank lines between them allowed.
 */
function stackedHeaders(lines: readonly string[], start: number, covered: (ln: number) => boolean): RuleReport[] {
  const out: RuleReport[] = [];
  let run: { line: number; names: string[] } | null = null;
  const end = () => {
    const roles = new Set(run?.names.map(columnRole));
    if (run && run.names.length >= 3 && roles.has('content') && (roles.has('lead') || roles.has('deadline'))) {
      out.push({
        message: `column names printed one per line ("${excerpt(run.names.join(' | '), 60)}"): a table whose cells were converted one per line, its rows are not read as tasks; give it as a tab-separated, pipe or Word table with columns like ${EXPECTED}`,
        line: run.line,
        column: 1,
      });
    }
    run = null;
  };
  lines.forEach((text, i) => {
    const ln = i + 1;
    const t = text.trim();
    if (t === '') return;
    // (a title in capitals, "DANH MỤC NHIỆM VỤ", is no column name)
    if (ln <= start || covered(ln) || t.length > 40 || columnRole(t) === null || (t.length > 12 && t === t.toUpperCase())) {
      // a name wrapped over two lines goes on in lower case ("Thời gian" / "hoàn thành")
      if (run && /^\p{Ll}/u.test(t) && t.length <= 40 && !covered(ln)) return;
      end();
      return;
    }
    run ??= { line: ln, names: [] };
    run.names.push(t);
  });
  end();
  return out;
}

export default rule;
