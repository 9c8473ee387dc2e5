// Build the Register from the parsed document: tasks (body items and appendix rows) with their
// units, deadlines, footnotes and provenance; units; targets; diagnostics; stats.
import { createHash } from 'node:crypto';
import type {
  AssignedBy,
  Deadline,
  Diagnostic,
  OutlineNode,
  Register,
  SourceRange,
  Target,
  Task,
} from './types.js';
import { SCHEMA_ID, SCHEMA_VERSION } from './types.js';
import { parseDocument, type DocTable, type PNode } from '../parse/document.js';
import { datedTicks, type TableRow, isLeadSupportColumn, isStartColumn, marksYear, splitUnitCell, tickColumns, ticksPhrase } from '../parse/table.js';
import { itemLabels } from '../parse/grammar.js';
import { findDeadlineInText, parseDeadline, type DeadlineContext } from '../deadlines/index.js';
import { cellUnits, fieldUnits, headingUnits, matchUnitAtStart as matchUnitAtStartUncached, parseUnits, splitUnitList, UnitRegistry, type UnitMention, type UnitsConfig } from '../units/index.js';
import { clean, fold } from '../parse/fast-text.js';
import { VERSION } from '../version.js';
import { findTargets } from './targets.js';

export interface BuildInput {
  /** Decoded text (NFC, LF). */
  text: string;
  path: string;
  sha256: string;
  format: Register['source']['format'];
  encoding: Register['source']['encoding'];
  lineEnding: Register['source']['lineEnding'];
  bytes: number;
  config?: UnitsConfig | null;
  /** Diagnostics from reading the input (e.g. the .docx conversion), merged with the parser's. */
  extraDiagnostics?: Diagnostic[];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Units and deadline a block passes down to its items. */
interface Inherited {
  lead: UnitMention[];
  leadBy: AssignedBy;
  support: UnitMention[];
  deadline: { text: string; line: number } | null;
  /** A heading's bracketed period ("Giai đoạn 1 (từ ngày 01/8 đến ngày 15/8/2025)"): used when the item names no deadline of its own. */
  period: { text: string; line: number } | null;
}

const NONE: Inherited = { lead: [], leadBy: 'none', support: [], deadline: null, period: null };

export function buildRegister(input: BuildInput): Register {
  unitStartCache.clear();
  const pd = parseDocument(input.text);
  const doc = pd.document;
  const dctx: DeadlineContext = { year: doc.year, period: doc.period };
  const registry = new UnitRegistry(input.config ?? null);
  const diagnostics: Diagnostic[] = [...pd.diagnostics, ...(input.extraDiagnostics ?? [])];
  const tasks: Task[] = [];
  const nodeTask = new Map<PNode, string>();

  const deadlineOf = (raw: { text: string; line: number; column?: number } | null, from: Deadline['from']): Deadline | null => {
    if (!raw || !raw.text.trim()) return null;
    const r = parseDeadline(raw.text, dctx);
    for (const msg of r.problems) {
      diagnostics.push({ rule: 'deadline/unparsed', severity: 'warning', message: `deadline "${r.deadline.raw}": ${msg}`, line: raw.line, column: raw.column ?? 1 });
    }
    return { ...r.deadline, from };
  };

  const names = (ms: UnitMention[]) => canonicalNames(registry, ms);
  // The plan's lines, split only for a paragraph cut into several tasks (see partPositions).
  let lines: string[] | null = null;
  // Ids of the tasks split from one item: `<id>#2`, `#3` … (as for an item number used again), never
  // one an item of the plan already has.
  // (collected on the first split: most plans have none)
  let taken: Set<string> | null = null;
  const collect = (n: PNode) => {
    taken!.add(n.id);
    n.children.forEach(collect);
  };
  const splitId = (id: string): string => {
    if (!taken) {
      taken = new Set<string>();
      pd.roots.forEach(collect);
    }
    taken.add(id); // (the item's own id: the split ones are numbered after it)
    return uniqueId(id, taken);
  };


  // ---------------------------------------------------------------- body tasks
  /** The task of a body item (or of one of the sentences it is split into: `first` is the item's own). */
  const bodyTask = (
    node: PNode,
    ancestors: PNode[],
    t: { id: string; text: string; lead: UnitMention[]; support: UnitMention[]; assignedBy: Task['assignedBy']; deadline: Deadline | null; first: boolean; source: Task['source'] },
  ): Task => ({
    id: t.id,
    origin: 'body',
    sectionPath: ancestors.map((a) => a.id),
    sectionTitles: ancestors.map((a) => headingText(a)),
    marker: node.marker?.raw ?? '',
    text: clean(t.text),
    lead: names(t.lead),
    support: names(t.support),
    mentions: mentionsOf(t.lead, t.support, t.source.line),
    assignedBy: t.lead.length ? t.assignedBy : 'none',
    deadline: t.deadline,
    footnotes: t.first ? [...new Set(node.refs)] : [],
    appendix: t.first && node.fields.product ? { tt: null, product: node.fields.product, note: null, extra: {} } : null,
    source: t.source,
  });

  const walk = (node: PNode, inh: Inherited, path: PNode[]) => {
    if (node.closing) return;
    const detailed = withDetails(node);
    if (detailed) {
      walk(detailed, inh, path);
      const id = nodeTask.get(detailed);
      if (id) for (const n of [node, ...node.children]) nodeTask.set(n, id);
      return;
    }
    const isContainer = node.children.some((c) => !c.closing);
    const own = ownAssignment(node, isContainer);
    const d = detailsOf.get(node);
    if (d) {
      // The title names no units: the paragraph's ("… . Sở Tài chính hướng dẫn …") are the task's.
      if (!own.colonLead.length && !own.sentenceLead.length && !own.labelLead.length) {
        own.colonLead = d.colonLead;
        own.sentenceLead = d.sentenceLead;
        own.sentenceSupport = d.sentenceSupport.length ? d.sentenceSupport : own.sentenceSupport;
        own.labelLead = d.labelLead;
        own.labelSupport = d.labelSupport.length ? d.labelSupport : own.labelSupport;
      }
    }
    const next: Inherited = {
      lead: own.headingLead.length ? own.headingLead : inh.lead,
      leadBy: own.headingLead.length ? own.headingBy : inh.leadBy,
      support: own.introSupport.length ? own.introSupport : inh.support,
      deadline: node.deadline ? { text: node.deadline.text, line: node.deadline.line } : inh.deadline,
      period: (isContainer && headingPeriod(node, dctx)) || inh.period,
    };
    if (own.introLead.length && !own.headingLead.length) {
      next.lead = own.introLead;
      next.leadBy = 'sentence-pattern';
    }
    // "Cơ quan chủ trì: …" / "Cơ quan phối hợp: …" lines under the item: the most explicit of all.
    const fieldLead = node.fields.lead ? fieldUnits(node.fields.lead) : own.labelLead;
    const fieldSupport = node.fields.support ? fieldUnits(node.fields.support) : own.labelSupport;
    if (fieldLead.length) {
      next.lead = fieldLead;
      next.leadBy = 'labelled-field';
    }
    if (fieldSupport.length) next.support = fieldSupport;
    const role = node.role;
    // Content and organisation items are tasks; items of other sections (monitoring, reporting …) only
    // when they name who does them. Objectives and funding items are never tasks.
    const taskRole = role === 'content' || role === 'organisation' || role === 'other';
    if (!isContainer && taskRole && isTaskText(node)) {
      let lead: UnitMention[] = [];
      let by: AssignedBy = 'none';
      if (fieldLead.length) {
        lead = fieldLead;
        by = 'labelled-field';
      } else if (own.colonLead.length) {
        lead = own.colonLead;
        by = 'addressee';
      } else if (inh.lead.length && own.sentenceLead.length && (closesList(node) || GIAO.test(node.text) || within(own.sentenceLead, inh.lead))) {
        // Under a unit heading the item's own units lead, where it names them:
        // - "2. UBND các xã:" / "- …" / "Các sở, ban, ngành, UBND các xã báo cáo …": a paragraph after the
        //   heading's list that names its own units at its start is the section's closing;
        // - "2. Ủy ban nhân dân phường" / "a) Giao Công an phường xây dựng …": the heading gives the work;
        // - "1. Đoàn Thanh niên, Hội Phụ nữ" / "b) Đoàn Thanh niên phường chủ trì …": one of the heading's units.
        lead = own.sentenceLead;
        by = 'sentence-pattern';
      } else if (inh.lead.length) {
        lead = inh.lead;
        by = inh.leadBy;
      } else if (own.sentenceLead.length) {
        lead = own.sentenceLead;
        by = 'sentence-pattern';
      }
      const support = dedupe([...inh.support, ...own.sentenceSupport, ...fieldSupport], lead);
      if (role === 'other' && lead.length === 0) {
        walkChildren(node, next, path);
        return;
      }
      let deadline = deadlineOf(node.deadline ?? null, 'line') ?? deadlineOf(inh.deadline, 'line');
      deadline ??= deadlineInText(node.text, dctx);
      deadline ??= deadlineOf(inh.period, 'line');
      const ancestors = path;
      // "Giao X … . Y chủ trì …": several assignments, sentence after sentence, in one paragraph are
      // several tasks (only when the item names no lead in another way: a field, a colon, a heading).
      const parts = !fieldLead.length && !own.colonLead.length && !own.labelLead.length && !inh.lead.length ? assignmentParts(node.text) : [];
      if (parts.length > 1) {
        const at = partPositions((lines ??= input.text.split('\n')), node, parts);
        parts.forEach((p, k) => {
          const s = sentence(p.assignment);
          const pLead = s.lead;
          const pSupport = dedupe([...inh.support, ...s.support, ...(k === 0 ? fieldSupport : [])], pLead);
          let pDeadline = deadlineInText(p.text, dctx);
          for (const t of p.shared) pDeadline ??= deadlineInText(t, dctx);
          if (!pDeadline && k === parts.length - 1) pDeadline = deadlineOf(node.deadline ?? null, 'line');
          pDeadline ??= deadlineOf(inh.deadline, 'line') ?? deadlineOf(inh.period, 'line');
          const id = k === 0 ? node.id : splitId(node.id);
          const pos = at[k]!;
          const task = bodyTask(node, ancestors, { id, text: p.text, lead: pLead, support: pSupport, assignedBy: 'sentence-pattern', deadline: pDeadline, first: k === 0, source: { line: pos.line, column: pos.column, endLine: pos.endLine } });
          tasks.push(task);
          if (k === 0) nodeTask.set(node, task.id);
        });
        return;
      }
      const task = bodyTask(node, ancestors, { id: node.id, text: node.text, lead, support, assignedBy: by, deadline, first: true, source: { ...node.source } });
      tasks.push(task);
      nodeTask.set(node, task.id);
      return;
    }
    walkChildren(node, next, path);
  };
  // A sentence ending with ":" right before a task table ("Giao các cơ quan, đơn vị thực hiện các
  // nhiệm vụ sau:", "1. Giao Sở Giáo dục và Đào tạo chủ trì thực hiện các nhiệm vụ sau:") introduces
  // the table's rows, which are the tasks: it is no task.
  const intros = tableIntros(pd, () => (lines ??= input.text.split('\n')));
  const introducesTable = (n: PNode): boolean => intros.has(n) && /:\**$/.test(n.text.trim());
  const walkChildren = (node: PNode, inh: Inherited, path: PNode[]) => {
    let ctx = inh;
    node.children.forEach((c, i) => {
      if (introducesTable(c)) return;
      // An unmarked intro sentence ending with ':' heads the marked items after it
      // ("Phối hợp với Sở Nội vụ … hướng dẫn …:" then a), b)): it passes its units on, and is no task.
      if (isIntro(c, node.children.slice(i + 1))) {
        const own = ownAssignment(c, true);
        ctx = {
          lead: own.headingLead.length ? own.headingLead : own.introLead.length ? own.introLead : ctx.lead,
          leadBy: own.headingLead.length ? own.headingBy : own.introLead.length ? 'sentence-pattern' : ctx.leadBy,
          support: own.introSupport.length ? own.introSupport : ctx.support,
          deadline: c.deadline ? { text: c.deadline.text, line: c.deadline.line } : ctx.deadline,
          period: headingPeriod(c, dctx) ?? ctx.period,
        };
        return;
      }
      walk(c, ctx, [...path, node]);
    });
  };
  // A decision that wraps the plan may give work in its own articles ("Điều 2. Giao Công an tỉnh chủ
  // trì, phối hợp với … theo dõi, đôn đốc …; báo cáo … trước ngày 15/12/2025."): they come first.
  for (const a of doc.wrapper?.articles ?? []) {
    const m = /^điều\s+(\d+)\s*[.:]\s*/iu.exec(a.text);
    if (!m || !ARTICLE_ASSIGNS.test(a.text) || ARTICLE_BOILERPLATE.test(fold(a.text))) continue;
    const text = clean(a.text.slice(m[0].length));
    const s = sentence(text);
    if (!s.lead.length) continue;
    const support = dedupe(s.support, s.lead);
    tasks.push({
      id: `QĐ.${m[1]}`,
      origin: 'body',
      sectionPath: [],
      sectionTitles: [],
      marker: m[0].trim(),
      text,
      lead: names(s.lead),
      support: names(support),
      mentions: mentionsOf(s.lead, support, a.line),
      assignedBy: 'sentence-pattern',
      deadline: deadlineInText(text, dctx),
      footnotes: [],
      appendix: null,
      source: { line: a.line, column: 1, endLine: a.endLine ?? a.line },
    });
  }
  for (const root of pd.roots) {
    if (root.role === 'objectives' || root.role === 'appendix' || root.role === 'funding') continue;
    walk(root, NONE, []);
  }

  // ---------------------------------------------------------------- appendix tasks
  const introOf = new Map([...intros].map(([n, t]) => [t, n]));
  const schoolYear = schoolYearOf(doc.title?.text ?? '');
  for (const t of pd.tables) tasks.push(...tableTasks(t, registry, deadlineOf, dctx, diagnostics, introLead(introOf.get(t)), schoolYear));

  // ---------------------------------------------------------------- units, footnotes, targets
  const units = registry.units();
  for (const u of units) {
    u.leadCount = tasks.filter((t) => t.lead.includes(u.name)).length;
    u.supportCount = tasks.filter((t) => t.support.includes(u.name)).length;
  }
  const outline = pd.roots.map((r) => toOutline(r, nodeTask));
  const footnotes = pd.footnotes.map((f) => ({ ...f, citedBy: [] as string[] }));
  const cite = (node: PNode) => {
    for (const ref of node.refs) {
      const f = footnotes.find((x) => x.id === ref);
      if (f) f.citedBy.push(nodeTask.get(node) ?? node.id);
      else diagnostics.push({ rule: 'footnote/missing', severity: 'warning', message: `footnote ${ref} is cited but its text was not found`, line: node.source.line, column: node.source.column });
    }
    node.children.forEach(cite);
  };
  pd.roots.forEach(cite);
  const targets: Target[] = [];
  const scanTargets = (node: PNode) => {
    targets.push(...findTargets(node.text, node.source.line, nodeTask.get(node) ?? null));
    node.children.forEach(scanTargets);
  };
  pd.roots.forEach(scanTargets);
  for (const t of tasks) if (t.origin === 'appendix') targets.push(...findTargets(t.text, t.source.line, t.id));

  // ---------------------------------------------------------------- diagnostics
  if (doc.kind === 'unknown') {
    diagnostics.unshift({
      rule: 'structure/not-a-plan',
      severity: 'error',
      message: 'this text does not look like a plan: no "KẾ HOẠCH" title with content or organisation sections, and no task table',
      line: 1,
      column: 1,
    });
  }
  for (const t of tasks) {
    if (t.lead.length === 0 && (t.origin === 'appendix' || t.sectionPath.length > 0)) {
      diagnostics.push({ rule: 'task/no-lead', severity: 'info', message: `task ${t.id} has no lead unit`, line: t.source.line, column: t.source.column });
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);

  const nonBlank = pd.nonBlankLines;
  const placed = [...pd.placed].length;
  const unclassified = pd.unclassified.length;
  const reg: Register = {
    $schema: SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'plan-extract', version: VERSION },
    source: {
      path: input.path,
      sha256: input.sha256,
      format: input.format,
      encoding: input.encoding,
      lineEnding: input.lineEnding,
      bytes: input.bytes,
      lines: pd.lineCount,
    },
    document: doc,
    outline,
    tasks,
    units,
    targets,
    footnotes,
    appendices: pd.tables.map((t) => ({
      id: t.id,
      title: t.title,
      caption: t.caption,
      line: t.table.line,
      source: t.source,
      header: { line: t.table.header.line, columns: t.table.header.columns },
      repeatedHeaderLines: t.table.repeatedHeaderLines,
      rows: t.table.rows.length,
    })),
    diagnostics,
    unclassified: pd.unclassified,
    stats: {
      lines: pd.lineCount,
      nonBlankLines: nonBlank,
      placedLines: Math.min(nonBlank, placed + unclassified),
      placedShare: nonBlank ? round(Math.min(nonBlank, placed + unclassified) / nonBlank) : 1,
      classifiedShare: nonBlank ? round(Math.min(nonBlank, placed) / nonBlank) : 1,
      tasks: tasks.length,
      bodyTasks: tasks.filter((t) => t.origin === 'body').length,
      appendixTasks: tasks.filter((t) => t.origin === 'appendix').length,
      tasksWithLead: tasks.filter((t) => t.lead.length > 0).length,
      tasksWithDeadline: tasks.filter((t) => t.deadline !== null).length,
      units: units.length,
    },
  };
  return reg;
}

/** Canonical names of the mentioned units (recorded in the registry), without repeats. */
function canonicalNames(registry: UnitRegistry, ms: UnitMention[]): string[] {
  return [...new Set(ms.map((m) => registry.add(m)))];
}

/** The raw mentions behind a task's lead and support, as written in the plan. */
function mentionsOf(lead: UnitMention[], support: UnitMention[], line: number): Task['mentions'] {
  const out: Task['mentions'] = [];
  for (const m of lead) out.push({ raw: m.raw, name: m.name, role: 'lead', line });
  for (const m of support) out.push({ raw: m.raw, name: m.name, role: 'support', line });
  return out;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function dedupe(ms: UnitMention[], exclude: UnitMention[]): UnitMention[] {
  const seen = new Set(exclude.map((m) => m.key));
  const out: UnitMention[] = [];
  for (const m of ms) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    out.push(m);
  }
  return out;
}

/** Calendar kinds a heading's period may pass down (not "thường xuyên", not an event). */
const PERIOD_KINDS = new Set<Deadline['kind']>(['date', 'month', 'quarter', 'half-year', 'year', 'range']);
/** "Thời gian (hoàn thành|thực hiện):" before a heading's period. */
const PERIOD_LABEL = /^\s*thời (?:gian|hạn)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*/iu;
/** "(đến năm 2030)" is a target year, not the time of the work under the heading. */
const TARGET_YEAR = /^\s*(?:đến|tới)\s+năm(?!\p{L})/iu;

/** The period after a stage's name: "Giai đoạn 2026 - 2030", "Giai đoạn 2: từ năm 2028 …", "Giai đoạn I - năm 2027". */
const STAGE_PERIOD = /^giai đoạn(?:\s+(?:\d{1,2}(?!\d)|[IVX]{1,4}(?![\p{L}])|thứ\s+\p{L}+))?\s*[:,\-–]?\s*((?:từ\s+|năm\s+)*\d[^;]{3,80})$/iu;

/**
 * The period a heading or a block intro gives its items: a bracket holding only a date or a period
 * ("Giai đoạn 2 - Triển khai (từ ngày 16/8 đến ngày 31/10/2025)", "(tháng 11/2025)"), or a
 * "thời gian:" label in it ("Giai đoạn chuẩn bị - thời gian: tháng 8/2025"). Other dates in a heading
 * ("Mục tiêu đến năm 2030", "Kết quả năm 2025") are no deadline.
 */
function headingPeriod(node: PNode, dctx: DeadlineContext): { text: string; line: number } | null {
  const text = node.text;
  // "Giai đoạn 2028 - 2030", "Giai đoạn 2: từ năm 2028 đến năm 2030": a stage heading names its period
  const stage = STAGE_PERIOD.exec(text);
  if (!stage && !text.includes('(') && !/thời (?:gian|hạn)/iu.test(text)) return null;
  const phrases: string[] = [];
  if (stage) phrases.push(stage[1]!.replace(/\s*\([^()]*\)\s*$/, ''));
  for (const m of text.matchAll(/\(([^()]{4,80})\)/gu)) phrases.push(m[1]!.replace(PERIOD_LABEL, ''));
  const label = /(?:^|[-–,;(]\s*|\s)thời (?:gian|hạn)(?:\s+(?:hoàn thành|thực hiện))?\s*:\s*([^();]{4,80}?)\s*[.:)]?\s*$/iu.exec(text);
  if (label) phrases.push(label[1]!);
  for (const p of phrases) {
    if (TARGET_YEAR.test(p)) continue;
    const r = parseDeadline(p, dctx);
    if (r.problems.length === 0 && PERIOD_KINDS.has(r.deadline.kind)) return { text: p.trim(), line: node.source.line };
  }
  return null;
}

function isIntro(n: PNode, after: PNode[]): boolean {
  return n.markerType === 'none' && n.children.length === 0 && !n.closing && /:$/.test(n.text.trim()) && after.some((a) => a.markerType !== 'none');
}

function headingText(n: PNode): string {
  return `${n.marker?.raw ?? ''} ${n.text}`.trim();
}

/**
 * "a) Tuần tra, kiểm tra, truy quét các điểm nóng phá rừng" (a title, no full stop) with one paragraph
 * under it ("Tập trung tại các xã biên giới …", "Công an tỉnh chủ trì, phối hợp với …", "Hoàn thành
 * trước ngày …"): the item is the task, the paragraph its details; as one node (title, then the
 * paragraph), or null. Not a unit heading over its duty ("1. Các cơ quan, đơn vị" / "Quán triệt …"),
 * nor a paragraph addressed to units of its own ("Thủ trưởng các cơ quan, đơn vị: Lãnh đạo …").
 */
function withDetails(node: PNode): PNode | null {
  if (node.kind !== 'item' && node.kind !== 'subsection') return null;
  if (node.children.length !== 1) return null;
  const child = node.children[0]!;
  // (not a pointer to the appendix, "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)": the rows there are the tasks)
  if (child.markerType !== 'none' || child.children.length > 0 || child.closing || !isTaskText(child)) return null;
  const title = node.text.trim();
  // (a title ending with a full stop is a task of its own: "đ) Rà soát … ." / "Giao Sở Nội vụ chủ trì tổ chức …")
  if (title === '' || /[:;.!?]$/.test(title) || ownAssignment(node, true).headingLead.length) return null;
  const details = ownAssignment(child, false);
  if (details.colonLead.length) return null;
  const merged: PNode = {
    ...node,
    text: `${title}. ${child.text.trim()}`,
    children: [],
    source: { ...node.source, endLine: Math.max(node.source.endLine, child.source.endLine) },
    refs: [...node.refs, ...child.refs],
    deadline: node.deadline ?? child.deadline,
    fields: { ...child.fields, ...node.fields },
  };
  detailsOf.set(merged, details);
  return merged;
}
/** What the paragraph a `withDetails` node was made with assigns on its own. */
const detailsOf = new WeakMap<PNode, OwnAssignment>();

/** Is the node's text a task (not a heading, a reference or a stray line)? */
function isTaskText(n: PNode): boolean {
  const t = n.text.trim();
  if (t === '') return false;
  if (/^\((?:[^()]|\([^()]*\))*\)\.?$/.test(t)) return false; // "(Chi tiết tại biểu kèm theo)", not "(7) … (Trung Quốc)."
  // a pointer to the appendix: "Chi tiết tại Phụ lục …", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."
  // "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành tại Phụ
  // lục kèm theo Kế hoạch này.", "Nhiệm vụ, đơn vị thực hiện và thời gian hoàn thành được phân công tại Phụ lục …"
  if (/^(chi tiet|noi dung chi tiet|danh muc nhiem vu|(cac |nhung )?(nhiem vu|noi dung|giai phap)( cu the| chi tiet)?([,;]? [^.;:]{0,140}?)?( duoc (giao|phan cong|neu))?) (tai|theo|co|nhu|o) (phu luc|bieu|danh muc)\b.{0,60}$/.test(fold(t))) return false;
  // A section is a heading, unless it is a whole duty with no items under it ("3. Giám đốc Sở Công
  // Thương: Chủ trì, phối hợp với … tăng cường kiểm tra …; chỉ đạo …." in a directive numbered 1, 2, 3).
  if (n.kind === 'part' || (n.kind === 'section' && !(n.children.every((c) => c.closing) && /[.;]$/.test(t) && t.length >= 80))) return false;
  // (cheap tests first: headingUnits is pure, so the order does not change the result)
  if (!/[.;:]$/.test(t) && t.length < 150 && headingUnits(t) && !/\b(chu tri|phoi hop)\b/.test(fold(t))) return false; // a bare unit heading
  return true;
}

// matchUnitAtStart is pure and asked twice about most leaf items (the colon test, then the
// sentence patterns): its results for the plan being built are kept (cleared per plan).
const unitStartCache = new Map<string, ReturnType<typeof matchUnitAtStartUncached>>();
function matchUnitAtStart(text: string): ReturnType<typeof matchUnitAtStartUncached> {
  let r = unitStartCache.get(text);
  if (r === undefined) {
    r = matchUnitAtStartUncached(text);
    unitStartCache.set(text, r);
  }
  return r;
}

/** Both patterns below need "phối hợp": a text without "hợp" (any case) skips them. */
const HOP = /h[ợỢ]p/i;
const CHU_TRI = /chủ trì/iu;
const CHU_TRI_PHOI_HOP = /\bchủ trì\s*,?\s*(?:và\s+)?phối hợp\s+(?:chặt chẽ\s+)?(?:với\s+)?/iu;
const PHOI_HOP_START = /^(?:chủ động\s+)?phối hợp\s+(?:chặt chẽ\s+)?(?:với\s+)?/iu;
/**
 * "(Quảng Trị) phối hợp với …" after a unit at the sentence start (its place name may be left over), also
 * as its duty: "… có trách nhiệm phối hợp với …".
 */
const PHOI_HOP_WITH = /^(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}(?:(?:có|chịu) trách nhiệm\s+)?(?:chủ động\s+)?phối hợp\s+(?:chặt chẽ\s+)?với\s+/u;
const GIAO = /^giao\s+/iu;
/** "(Giao) (các) đồng chí …", "Đ/c …" at the start of a task: persons by office (Party plans). */
const COMRADE_START = /^(?:giao\s+)?(?:các\s+)?(?:đồng chí|đ\/c)\s/iu;
/** A later clause whose subject is persons by office: "…; các đồng chí Ủy viên …". */
const COMRADE_CLAUSE = /;\s*(?=(?:các\s+)?(?:đồng chí|đ\/c)\s)/giu;
/** An article of a decision that gives work: "Giao X …", "X chủ trì …". */
const ARTICLE_ASSIGNS = /(?:^điều\s+\d+\s*[.:]\s*giao\s)|chủ trì/iu;
/** Articles every decision has: it issues the plan, takes effect, names who carries it out (folded). */
const ARTICLE_BOILERPLATE = /ban hanh kem theo|co hieu luc|chiu trach nhiem thi hanh|bai bo|thay the quyet dinh/;
/** A unit phrase between a boundary ("(", ". ", "; ") and "chủ trì" later in the text ("P." for "Phòng" in it). */
const LATER_CHU_TRI = /(?:[(;]|[.:]\s)\s*((?:[^.;:()]|(?<=(?<![\p{L}])[Pp])\.|\([^().;:]{2,100}\)){3,150}?)\s+chủ trì(?!\p{L})/giu;
/** "thực hiện" closing a clause, or followed by nothing but a time with a year ("… thực hiện từ ngày 01/6/2026 đến ngày 30/11/2026."). */
const THUC_HIEN_END = String.raw`(?=\s*(?:[;)]|[.,]?\s*$|\.\s)|,?\s+(?:từ|trước|trong|hoàn thành|xong|chậm nhất|ngay)\s[^.;:()]{0,60}?\d{4}\s*(?:[;)]|\.?\s*$|\.\s))`;
/** What LATER_THUC_HIEN needs, found without its lazy search back from every stop: "thực hiện" closing a clause. */
const THUC_HIEN_AT_END = new RegExp(`thực hiện${THUC_HIEN_END}`, 'iu');
/** "… . Sở Tư pháp, Sở Xây dựng thực hiện; thời hạn: …": a clause that is only units and "thực hiện". */
const LATER_THUC_HIEN = new RegExp(`(?:[(;]|[.:]\\s)\\s*([^.;:()]{3,150}?)\\s+(?:chịu trách nhiệm\\s+)?thực hiện${THUC_HIEN_END}`, 'giu');
/** "Văn phòng UBND tỉnh chủ trì; Sở Nội vụ, Sở Tư pháp phối hợp …": the lead's role word, then the support. */
const CHU_TRI_THEN = /^\s*chủ trì\s*[;,]\s*(?:và\s+)?/iu;
const PHOI_HOP_AFTER = /^(?:cùng\s+)?phối hợp\b/iu;
/** Words that start no work: a condition, a time, a place, a purpose ("khi được yêu cầu", "trong …", "để …"). */
const NOT_A_VERB = /^(?:khi|nếu|trong|tại|theo|để|nhằm|về|cho|trên|từ|đến|của|thì|sẽ|đã|đang|được|và|hoặc)(?![\p{L}])/u;
/** "…; phối hợp với Y …": a later clause of the sentence's subject that names its partners. */
const LATER_PHOI_HOP_WITH = /;\s*(?:đồng thời\s+)?(?:chủ động\s+)?phối hợp\s+(?:chặt chẽ\s+)?với\s+/iu;
/**
 * "…; Vụ Pháp chế, Văn phòng Bộ phối hợp; …", "(X chủ trì; Y phối hợp; thời gian: …)": a whole clause
 * naming the cooperating units, then "phối hợp" (not "phối hợp với …", which names a partner).
 */
const SUPPORT_CLAUSE = /(?:^|[(;]|[.:]\s)\s*([^.;:()]{3,200}?)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\s*(?=[;)]|[.,]?\s*$|[.,]\s)/giu;
/**
 * "Sở Tư pháp, Bảo hiểm xã hội tỉnh theo chức năng, nhiệm vụ (được giao) chủ trì …": the scope each unit acts
 * in, between the units and their role word.
 */
const SCOPE_QUALIFIER = /^(?:theo|trong phạm vi|thuộc phạm vi)\s+(?:(?:các\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực|ngành|phạm vi))(?:(?:\s*,\s*|\s+và\s+|\s+)(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực))*(?:\s+(?:được giao|của mình|của đơn vị|phụ trách|quản lý))?$/iu;
/** "(các trường mầm non, tiểu học) trên địa bàn xã": where the units are, not another unit. */
const WHERE_QUALIFIER = /^trên địa bàn(?:\s+[\p{L}-]+){0,3}$/u;
/** "(Giao: Phòng Kinh tế chủ trì; …)", "(Giao Phòng Văn hóa - Xã hội thực hiện; …)": the assignment inside the item. */
const GIAO_INSIDE = /(?:[(;]|[.:]\s)\s*giao\s*:?\s+/giu;
/** What may follow the units after "Giao": their role word, then the end of the clause. */
const GIAO_REST = /^(?:(?:chủ trì|thực hiện)(?:\s+thực hiện)?(?!\p{L}))?\s*(?:[;,)]|\.(?:\s|$)|$)/u;
/** "Giao X phối hợp với Y thực hiện": X's role word when X is told to work with Y. */
const GIAO_PHOI_HOP = /^phối hợp\s+(?:với\s+)?/u;
const GIAO_THEN_PHOI_HOP = /^(?:chủ trì|thực hiện)(?:\s+thực hiện)?\s*,\s*(?:và\s+)?phối hợp\s+(?:chặt chẽ\s+)?với\s+/u;
/** "… theo kết quả rà soát (Công an phường).": a unit alone in brackets at the end of the item. */
const TRAILING_UNIT = /\(([^()]{3,150})\)\s*[.;]?\s*$/u;
/**
 * A responsibility clause after the task's sentence: ". Cơ quan chủ trì: X; cơ quan phối hợp: Y",
 * ". Trách nhiệm thực hiện: X (chủ trì), Y (phối hợp)", ". Cơ quan thực hiện: X. Thời gian: …", after a dash
 * ("… - Đơn vị chủ trì: X; …") or in brackets ("(Đơn vị chủ trì: X; Đơn vị phối hợp: Y; Thời hạn: …)").
 */
const RESPONSIBILITY = /(?:^|[.;(]\s*|\s[-–]\s+)(trách nhiệm(?:\s+(?:thực hiện|chính))?|(?:đơn vị|cơ quan)\s+thực hiện|(?:(?:cơ quan|đơn vị)\s+)?chủ trì(?:\s+thực hiện)?)\s*:\s*/iu;

/** Lead and support named by a responsibility clause inside the text, or null. */
function responsibilityClause(text: string): { lead: UnitMention[]; support: UnitMention[] } | null {
  const m = RESPONSIBILITY.exec(text);
  if (!m) return null;
  // The clause's fields, each up to the next label ("… Sở Tư pháp. Thời gian: Thường xuyên").
  const labels = itemLabels(text.slice(m.index + m[0].indexOf(m[1]!)));
  let lead = labels?.lead ?? '';
  let support = labels?.support ?? '';
  const split = /chủ trì|phối hợp/iu.test(lead) ? splitUnitCell(lead) : null;
  if (split) {
    lead = split.lead;
    support = [split.support, support].filter(Boolean).join('; ');
  }
  const out = { lead: parseUnits(lead), support: parseUnits(support) };
  return out.lead.length ? out : null;
}

/** Every unit of `some` is one of `all` (and `some` names fewer). */
function within(some: UnitMention[], all: UnitMention[]): boolean {
  const keys = new Set(all.map((u) => u.key));
  if (some.length < all.length && some.every((u) => keys.has(u.key))) return true;
  // "6. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội" / "• Hội Liên hiệp Phụ nữ
  // phường vận động …": a mass organisation is one of the Front's and of the collective's members
  return all.some((u) => MASS_COLLECTIVES.has(u.name)) && some.every((u) => MASS_ORGANISATIONS.has(u.name) && !keys.has(u.key));
}
/** The socio-political organisations, members of the Front ("Mặt trận Tổ quốc") since the 2025 reform … */
const MASS_ORGANISATIONS = new Set(['Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Liên đoàn Lao động', 'Công đoàn']);
/** … and the collectives that name them together. */
const MASS_COLLECTIVES = new Set(['Mặt trận Tổ quốc', 'Các tổ chức chính trị - xã hội', 'Các đoàn thể']);

/** An unmarked paragraph that starts with units, after a list of marked items under the same heading. */
function closesList(node: PNode): boolean {
  if (node.markerType !== 'none' || !node.parent) return false;
  const siblings = node.parent.children;
  const k = siblings.indexOf(node);
  return k > 0 && siblings.slice(0, k).some((x) => x.markerType !== 'none') && matchUnitAtStart(node.text) !== null;
}

interface OwnAssignment {
  /** Units named by a heading (unit heading or "Đối với …" addressee heading): apply to the items below. */
  headingLead: UnitMention[];
  headingBy: AssignedBy;
  /** Support named by a block intro "Phối hợp với Y …:". */
  introSupport: UnitMention[];
  introLead: UnitMention[];
  /** "Thủ trưởng các cơ quan, đơn vị thuộc phường: …" */
  colonLead: UnitMention[];
  /** "X chủ trì, phối hợp Y …", "X tổ chức …", "Giao X …" */
  sentenceLead: UnitMention[];
  /** ". Cơ quan chủ trì: X; cơ quan phối hợp: Y" inside the item's text. */
  labelLead: UnitMention[];
  labelSupport: UnitMention[];
  sentenceSupport: UnitMention[];
}

function ownAssignment(node: PNode, isContainer: boolean): OwnAssignment {
  const out: OwnAssignment = { headingLead: [], headingBy: 'unit-heading', introSupport: [], introLead: [], colonLead: [], sentenceLead: [], sentenceSupport: [], labelLead: [], labelSupport: [] };
  const text = node.text.trim();
  if (isContainer) {
    const h = !/[.;]$/.test(text) && text.length < 200 ? headingUnits(text.replace(/[:.]$/, '')) : null;
    if (h && h.mentions.length && !(HOP.test(text) && CHU_TRI_PHOI_HOP.test(text))) {
      out.headingLead = h.mentions;
      out.headingBy = h.addressee ? 'addressee' : 'unit-heading';
      return out;
    }
    // A block intro: "Phối hợp với Sở Nội vụ và các cơ quan có liên quan hướng dẫn …:"
    const pm = HOP.test(text) ? PHOI_HOP_START.exec(text) : null;
    if (pm) {
      const u = matchUnitAtStart(text.slice(pm[0].length));
      if (u) out.introSupport = u.mentions;
    }
    const s = sentence(text);
    if (s.lead.length) out.introLead = s.lead;
    if (s.support.length) out.introSupport = [...out.introSupport, ...s.support];
    return out;
  }
  // Leaf item: a unit before a colon at its start.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 160) {
    const u = matchUnitAtStart(text);
    if (u && u.end <= colon + 1 && /^\s*:/.test(text.slice(u.end)) ) out.colonLead = u.mentions;
    else if (u && text.slice(u.end, colon).trim() === '') out.colonLead = u.mentions;
  }
  let s = sentence(text);
  // "Học tập tại các chi bộ: Các chi bộ trực thuộc tổ chức học tập …", "Đối với đoàn viên, hội viên: Ủy ban
  // MTTQ Việt Nam phường … xây dựng kế hoạch …": a topic before the colon, then a sentence whose subject
  // is a unit — that unit leads (the topic is no addressee).
  if (colon > 0 && colon < 100 && (!s.lead.length || out.colonLead.length)) {
    const after = text.slice(colon + 1).trimStart();
    const u = /^\p{Lu}/u.test(after) ? matchUnitAtStart(after) : null;
    // (not a list after "…, mối quan hệ công tác giữa: Văn phòng HĐND và UBND; Phòng …; bảo đảm …")
    const before = text.slice(0, colon);
    if (u && /^\s*\p{Ll}/u.test(u.rest) && !/[.;]/.test(before) && !after.slice(0, u.end).includes(';') && !TOPIC_CONTINUES.test(before)) {
      const sa = sentence(after);
      if (sa.lead.length) {
        s = sa;
        out.colonLead = [];
      }
    }
  }
  out.sentenceLead = s.lead;
  out.sentenceSupport = s.support;
  const r = /chủ trì|thực hiện\s*:/iu.test(text) ? responsibilityClause(text) : null;
  if (r) {
    out.labelLead = r.lead;
    out.labelSupport = r.support;
  }
  return out;
}

/** Text before a colon that goes on into what follows it ("… giữa:", "… gồm:", "… như sau:"): no topic. */
const TOPIC_CONTINUES = /(?:^|\s)(?:giữa|gồm|bao gồm|như|như sau|sau|là|với|của|về|cho|tại|và|các|sau đây)\s*$/iu;

/** Abbreviations a dot may follow inside a sentence: "TP. Hồ Chí Minh", "ThS. Nguyễn …". */
const ABBREVIATION = /^(?:TP|Tp|TX|Tx|TT|Q|P|X|H|ThS|TS|PGS|GS|BS|Th|St|Ths|CN|KS|\p{Lu})$/u;
/** "Thời gian hoàn thành: …", "thời gian: …": the time of the sentence before. */
const TIME_SENTENCE = /^thời (?:gian|hạn)(?!\p{L})/iu;
/** "Y, Z phối hợp thực hiện …" after "X chủ trì;": units that support the clause before ("phối hợp với …" leads). */
const SUPPORTS_BEFORE = /^(?:cùng\s+)?phối hợp(?!\s+(?:chặt chẽ\s+)?với(?![\p{L}]))/iu;
/** "Sở Xây dựng phối hợp.": a trailing support clause, no assignment of its own. */
const SUPPORT_ONLY = /^(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\s*[.;]?\s*$/iu;

/**
 * The sentences of a paragraph with their offsets: a boundary is ". " before a capital letter, outside
 * brackets and quotes, not after a numbering ("1.2.", "mục 3.") or an abbreviation ("TP.", "v.v.").
 */
function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let straight = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '“' || c === '[') depth++;
    else if ((c === ')' || c === '”' || c === ']') && depth > 0) depth--;
    else if (c === '"') straight = !straight;
    if (c !== '.' || depth > 0 || straight) continue;
    const m = /^\s+(?=\p{Lu})/u.exec(text.slice(i + 1, i + 4));
    if (!m) continue;
    // the word before the full stop (read backwards: a regex anchored at the end scans the whole sentence)
    let w = i;
    while (w > from && !/\s/.test(text[w - 1]!)) w--;
    const word = text.slice(w, i);
    if (word === '' || /^\d{1,2}$/u.test(word) || word.includes('.') || ABBREVIATION.test(word)) continue;
    out.push({ text: text.slice(from, i + 1), start: from });
    from = i + 1 + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), start: from });
  return out.filter((x) => x.text.trim() !== '');
}

/** Does a sentence open with its own assignment: "Giao X …", "Đề nghị X …", "X <verb> …"? */
function opensAssignment(s: string): boolean {
  const t = s.trim();
  if (TIME_SENTENCE.test(t)) return false;
  const g = GIAO.exec(t);
  const u = matchUnitAtStart(g ? t.slice(g[0].length) : t);
  if (!u || !u.mentions.length) return false;
  if (!/^\p{Ll}/u.test(u.rest) || SUPPORT_ONLY.test(u.rest) || /^đã\s/iu.test(u.rest)) return false;
  return sentence(t).lead.length > 0;
}

/**
 * The clauses of a sentence that chains several units' work with ";" ("Sở A chủ trì … ; Sở B thẩm định …;
 * UBND các xã chỉ đạo …, hoàn thành trước …"): cut at a ";" outside brackets and quotes when the clause after
 * it opens with its own unit as subject, and so does every clause after that first cut (a list of one
 * unit's duties, "Sở A rà soát …; hướng dẫn …", and a clause without a unit stay whole). The clauses before
 * the first cut, which must assign too, stay together. The sentence itself when there is no such chain.
 */
function chainClauses(s: { text: string; start: number }): { text: string; start: number; chain: boolean }[] {
  const whole = [{ ...s, chain: false }];
  if (!s.text.includes(';')) return whole;
  const cuts: number[] = [];
  let depth = 0;
  let straight = false;
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i]!;
    if (c === '(' || c === '“' || c === '[') depth++;
    else if ((c === ')' || c === '”' || c === ']') && depth > 0) depth--;
    else if (c === '"') straight = !straight;
    else if (c === ';' && depth === 0 && !straight) cuts.push(i + 1);
  }
  const bounds = [0, ...cuts.filter((c) => s.text.slice(c).trim() !== '')];
  if (bounds.length < 2) return whole;
  const clause = (k: number) => s.text.slice(bounds[k], bounds[k + 1] ?? s.text.length);
  // (a clause of units that "phối hợp" without "với" supports the clause before: "X chủ trì; Y, Z phối hợp
  // thực hiện …" is one task)
  const opens = (k: number) => {
    const c = clause(k);
    return opensAssignment(c) && !SUPPORTS_BEFORE.test(matchUnitAtStart(c.trim())?.rest ?? '');
  };
  // The chain runs from the first clause that opens to the last, all opening. Looked for from the end: in
  // the common case, one unit's duties, the last clause does not open and one check decides.
  let first = bounds.length;
  while (first > 1 && opens(first - 1)) first--;
  if (first === bounds.length) return whole;
  for (let k = 1; k < first - 1; k++) if (opens(k)) return whole;
  if (!sentence(s.text.slice(0, bounds[first]).trim()).lead.length) return whole;
  const starts = [0, ...bounds.slice(first)];
  return starts.map((b, k) => {
    const e = starts[k + 1] ?? s.text.length;
    const t = s.text.slice(b, e);
    const lead = t.length - t.trimStart().length;
    return { text: t.trimStart(), start: s.start + b + lead, chain: true };
  });
}

/**
 * A paragraph that gives work to several units, sentence after sentence (or clause after clause of a
 * ";" chain, see chainClauses), cut into its tasks: a sentence opening with its own assignment starts a
 * new part when the sentence before also assigns (or is the first). Sentences without a unit before the
 * first assignment ("Ưu tiên chuyển đổi …. Giao Sở Y tế …") are its context and stay with it; a time
 * sentence stays with the one before. `assignment` is the part from its assigning sentence on. One part
 * (or none) when there is nothing to cut. `shared` is where a part without a deadline of its own finds one:
 * the last clause of its ";" chain ("…; UBND các xã chỉ đạo …, hoàn thành trước ngày 30/6/2027."), else a
 * closing sentence without a unit ("Các nhiệm vụ trên thực hiện trong năm 2027.").
 */
function assignmentParts(text: string): { text: string; start: number; assignment: string; shared: string[] }[] {
  if (!/[.;]\s+\p{Lu}/u.test(text)) return [];
  const sents = sentencesOf(text).flatMap((s, i) => chainClauses(s).map((c) => ({ ...c, sent: i })));
  if (sents.length < 2) return [];
  const assigns = (s: string) => !TIME_SENTENCE.test(s.trim()) && sentence(s.trim()).lead.length > 0;
  const groups: { start: number; assignFrom: number | null }[] = [{ start: 0, assignFrom: assigns(sents[0]!.text) ? 0 : null }];
  let prevAssigned = groups[0]!.assignFrom !== null;
  let closing: string | null = null;
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!.text;
    closing = null;
    if (TIME_SENTENCE.test(s.trim())) continue;
    if ((prevAssigned || i === 1) && opensAssignment(s)) {
      const cur = groups[groups.length - 1]!;
      if (cur.assignFrom === null) cur.assignFrom = i;
      else groups.push({ start: i, assignFrom: i });
    }
    prevAssigned = assigns(s);
    if (!prevAssigned && !sents[i]!.chain && groups[groups.length - 1]!.start < i && !matchUnitAtStart(s.trim())) closing = s;
  }
  if (groups.length < 2) return [];
  return groups.map((g, k) => {
    const begin = sents[g.start]!.start;
    const end = k + 1 < groups.length ? sents[groups[k + 1]!.start]!.start : text.length;
    const from = sents[g.assignFrom ?? g.start]!;
    // the last clause of this part's chain, when the part is an earlier clause of it
    const shared: string[] = [];
    if (from.chain && k + 1 < groups.length) {
      let last = groups[k + 1]!.start;
      while (last + 1 < sents.length && sents[last + 1]!.sent === from.sent) last++;
      if (sents[last]!.sent === from.sent) shared.push(sents[last]!.text);
    }
    if (closing !== null && k + 1 < groups.length) shared.push(closing);
    const strip = (t: string) => t.trim().replace(/\s*;$/u, '');
    return { text: strip(text.slice(begin, end)), start: begin, assignment: strip(text.slice(from.start, end)), shared };
  });
}

/** Where each part of a paragraph starts in the source: the line (and column) holding its first words. */
function partPositions(lines: readonly string[], node: PNode, parts: { text: string }[]): SourceRange[] {
  const starts: { line: number; column: number }[] = [];
  let from = node.source.line;
  parts.forEach((p, k) => {
    if (k === 0) {
      starts.push({ line: node.source.line, column: node.source.column });
      return;
    }
    const probe = p.text.slice(0, 24);
    let at = { line: from, column: 1 };
    for (let l = from; l <= node.source.endLine && l <= lines.length; l++) {
      const c = lines[l - 1]!.indexOf(probe);
      if (c >= 0 && (l > starts[k - 1]!.line || c + 1 > starts[k - 1]!.column)) {
        at = { line: l, column: c + 1 };
        break;
      }
    }
    starts.push(at);
    from = at.line;
  });
  return starts.map((s, k) => {
    const next = starts[k + 1];
    const endLine = next ? Math.max(s.line, next.column > 1 ? next.line : next.line - 1) : Math.max(s.line, node.source.endLine);
    return { line: s.line, column: s.column, endLine };
  });
}

/** Sentence patterns: "X chủ trì, phối hợp (với) Y …", "X <verb> …", "Giao X …". */
function sentence(text: string): { lead: UnitMention[]; support: UnitMention[] } {
  let lead: UnitMention[] = [];
  let support: UnitMention[] = [];
  const g = GIAO.exec(text);
  const start = matchUnitAtStart(g ? text.slice(g[0].length) : text);
  const hop = HOP.test(text);
  // (each pattern below that names "chủ trì" runs only on a text that has it)
  const chuTri = CHU_TRI.test(text);
  // "Sở X đã phối hợp …" reports work done (a results section), it assigns nothing.
  if (start && !(hop && PHOI_HOP_START.test(text)) && !/^đã\s/iu.test(start.rest)) lead = start.mentions;
  // "Đồng chí Bí thư Đảng ủy trực tiếp chỉ đạo; các đồng chí Ủy viên Ban Thường vụ Đảng ủy … chỉ đạo …": persons
  // by office, each in a clause of their own, share the work (not one that only helps: "…; đồng chí X phối hợp")
  if (lead.length && lead === start?.mentions && COMRADE_START.test(text) && text.includes(';')) {
    for (const m of text.matchAll(COMRADE_CLAUSE)) {
      const u = matchUnitAtStart(text.slice(m.index + m[0].length));
      if (u && !/^(?:cùng\s+)?phối hợp(?!\p{L})/u.test(u.rest)) lead = [...lead, ...u.mentions];
    }
  }
  const cp = hop && chuTri ? CHU_TRI_PHOI_HOP.exec(text) : null;
  if (cp) {
    const u = matchUnitAtStart(text.slice(cp.index + cp[0].length));
    if (u) support = u.mentions;
  }
  // "Báo và Phát thanh, Truyền hình tỉnh phối hợp với Sở Nông nghiệp và Môi trường mở chuyên mục …": the
  // subject does the work, with the partner it names
  // (not "X: Phối hợp với Y …", a duty of X's list that keeps Y as a partner only)
  if (lead.length && start && !support.length && !/^\s*:/u.test(text.slice((g ? g[0].length : 0) + start.end))) {
    // ("Giao X thực hiện, phối hợp với Y …": the partners X is told to work with)
    const rest = g ? start.rest.trimStart() : start.rest;
    const ph = PHOI_HOP_WITH.exec(rest) ?? (g ? GIAO_THEN_PHOI_HOP.exec(rest) : null);
    const u = ph ? matchUnitAtStart(rest.slice(ph[0].length)) : null;
    if (u) support = u.mentions;
  }
  // "… (Phòng Văn hóa - Xã hội chủ trì, phối hợp …; hoàn thành …)", "… trước ngày 30/5. Sở Nông nghiệp và
  // Môi trường chủ trì, …": the lead named with "chủ trì" after the sentence's start.
  if (!lead.length && !g && chuTri) {
    for (const m of text.matchAll(LATER_CHU_TRI)) {
      const u = matchUnitAtStart(m[1]!);
      // (also with where its members are: "… . Các trường học trên địa bàn xã chủ trì, …")
      if (u && (u.rest === '' || SCOPE_QUALIFIER.test(u.rest) || (u.mentions.length > 0 && WHERE_QUALIFIER.test(u.rest)))) {
        lead = u.mentions;
        break;
      }
    }
  }
  if (!lead.length && !g && THUC_HIEN_AT_END.test(text)) {
    for (const m of text.matchAll(LATER_THUC_HIEN)) {
      const u = matchUnitAtStart(m[1]!);
      if (u && (u.rest === '' || SCOPE_QUALIFIER.test(u.rest))) {
        lead = u.mentions;
        break;
      }
    }
  }
  if (!lead.length && !g && /giao/iu.test(text)) {
    for (const m of text.matchAll(GIAO_INSIDE)) {
      const from = m.index + m[0].length;
      const u = matchUnitAtStart(text.slice(from));
      if (!u) continue;
      const rest = text.slice(from + u.end).trimStart();
      if (GIAO_REST.test(rest)) {
        lead = u.mentions;
        // "…: Giao X thực hiện, phối hợp với Y; …": the partners it is told to work with
        const then = GIAO_THEN_PHOI_HOP.exec(rest);
        const p = then ? matchUnitAtStart(rest.slice(then[0].length)) : null;
        if (p && !support.length && /^(?:$|[;,.)]|trên địa bàn(?:\s+[\p{L}-]+){0,3}\s*(?:$|[;,.)]))/u.test(rest.slice(then![0].length + p.end).trimStart())) support = p.mentions;
        break;
      }
      // "… . Giao Trạm Y tế xã phối hợp với TTYT khu vực thực hiện; …": the unit given the work leads it,
      // with the partner it is told to work with
      const ph = GIAO_PHOI_HOP.exec(rest);
      const p = ph ? matchUnitAtStart(rest.slice(ph[0].length)) : null;
      if (p && /^thực hiện(?!\p{L})/u.test(p.rest) && GIAO_REST.test(p.rest)) {
        lead = u.mentions;
        if (!support.length) support = p.mentions;
        break;
      }
    }
  }
  if (!lead.length && !g) {
    const m = TRAILING_UNIT.exec(text);
    const u = m ? matchUnitAtStart(m[1]!.trim()) : null;
    if (u && u.rest === '') lead = u.mentions;
  }
  if (!lead.length && !g && /\.\s+\p{Lu}/u.test(text)) {
    const b = bareUnitSentence(text);
    if (b) {
      lead = b.lead;
      if (!support.length) support = b.support;
    }
  }
  if (start && !support.length && hop) {
    const after = text.slice((g ? g[0].length : 0) + start.end);
    const ct = CHU_TRI_THEN.exec(after);
    const u = ct ? matchUnitAtStart(after.slice(ct[0].length)) : null;
    if (u && PHOI_HOP_AFTER.test(u.rest)) support = u.mentions;
  }
  // (also "Chủ trì xử lý …; Trạm Y tế phường phối hợp." under a unit heading: the lead is the heading's)
  if ((lead.length || /^\s*chủ trì(?![\p{L}])/iu.test(text)) && !support.length && hop) support = supportClause(text);
  // "X chủ trì tuyên truyền …; phối hợp với Y, Z tổ chức …": the partners of the sentence's subject in the work
  // of its later clause (not "…; phối hợp với các xã khi được yêu cầu", where the lead helps them; nor in a
  // duty of a unit's list, "X: Tăng cường …; phối hợp với Y …", or under a unit heading, which keep Y a
  // partner in that duty only, as an item "Phối hợp với Y …" does)
  if (start && lead === start.mentions && !support.length && hop && !/^\s*:/u.test(text.slice((g ? g[0].length : 0) + start.end))) {
    const later = LATER_PHOI_HOP_WITH.exec(text);
    const u = later ? matchUnitAtStart(text.slice(later.index + later[0].length)) : null;
    if (u && /^\p{Ll}/u.test(u.rest) && !NOT_A_VERB.test(u.rest)) support = u.mentions;
  }
  if (text.includes('chủ trì')) {
    const r = roleMarks(text);
    // (marks on the sentence's subject replace its reading as one list of leads; later in the text they
    // name the units only when the sentence has none of its own)
    if (r && (r.atStart || !lead.length)) {
      lead = r.lead;
      if (r.atStart || !support.length) support = r.support;
    }
  }
  return { lead, support };
}

/** "(chủ trì)" closing the lead's part of a list of units; "(phối hợp)" closing the support's. */
const LEAD_MARK = /\s*[(\[]\s*chủ trì\s*[)\]]/u;
const SUPPORT_AFTER_MARK = /^\s*[,;]\s*([^.;:()\[\]]{3,200}?)\s*[(\[]\s*phối hợp\s*[)\]]/u;

/**
 * Units marked with their roles inside a sentence, as a cell marks them ("A (chủ trì), B, C (phối hợp)"):
 * at its start ("Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp) tham mưu …", after "Giao"), after the task's
 * colon or after a full stop or semicolon ("…: Sở Nội vụ (chủ trì), Sở Tài chính, Sở Tư pháp (phối hợp);
 * …"). The part before "(chủ trì)" back to that boundary must be units only; the units after it up to
 * "(phối hợp)" support. Null when there is no such list.
 */
function roleMarks(text: string): { lead: UnitMention[]; support: UnitMention[]; atStart: boolean } | null {
  const m = LEAD_MARK.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  let from = 0;
  for (const b of before.matchAll(/[.:;]\s+/gu)) from = b.index + b[0].length;
  const g = from === 0 ? GIAO.exec(before) : null;
  if (g) from = g[0].length;
  const u = matchUnitAtStart(before.slice(from));
  if (!u || !u.mentions.length || u.rest.trim() !== '') return null;
  const sm = SUPPORT_AFTER_MARK.exec(text.slice(m.index + m[0].length));
  const s = sm ? matchUnitAtStart(sm[1]!) : null;
  const support = s && s.rest.trim() === '' ? s.mentions : [];
  return { lead: u.mentions, support, atStart: from === 0 || g !== null };
}

/** "; phối hợp: Y", "; cơ quan phối hợp: Y" after the lead of a bare unit sentence. */
const BARE_SUPPORT = /^(?:(?:cơ quan|đơn vị)\s+)?phối hợp\s*:\s*(.+?)[.;]?\s*$/iu;

/**
 * A sentence after the task's that only names its units: "… . Cục Thương mại điện tử và Kinh tế số." or
 * "… . Cục Thương mại điện tử và Kinh tế số; phối hợp: Bộ Công an. Thời gian: …" (italics around it are gone
 * from the text). Not the first sentence (a unit at the start is the sentence's subject, read above).
 */
function bareUnitSentence(text: string): { lead: UnitMention[]; support: UnitMention[] } | null {
  for (const s of sentencesOf(text).slice(1)) {
    const t = s.text.trim();
    // (units alone, or units and "; phối hợp: …": a short sentence, its units before any ";")
    if (t.length > 300 || t.indexOf(';') > 200 || (!t.includes(';') && t.length > 160) || TIME_SENTENCE.test(t)) continue;
    const u = matchUnitAtStart(t);
    if (!u || !u.mentions.length || GIAO.test(t)) continue;
    if (/^[.;]?\s*$/u.test(u.rest)) return { lead: u.mentions, support: [] };
    const m = BARE_SUPPORT.exec(u.rest);
    const support = m ? parseUnits(m[1]!) : [];
    if (support.length && splitUnitList(m![1]!).length === support.length) return { lead: u.mentions, support };
  }
  return null;
}

/** The units of a "Y phối hợp" clause of an item whose lead is named ("X chủ trì …; Y phối hợp"). */
function supportClause(text: string): UnitMention[] {
  for (const m of text.matchAll(SUPPORT_CLAUSE)) {
    // "X chủ trì, Y phối hợp": the support starts after the lead's role word
    const units = m[1]!.replace(/^.*chủ trì\s*,\s*/iu, '');
    const u = matchUnitAtStart(units);
    if (u && (u.rest === '' || WHERE_QUALIFIER.test(u.rest))) return u.mentions;
  }
  return [];
}

/**
 * The lead and support texts of a row. A lead cell that names both roles ("Chủ trì: A; Phối
 * hợp: B", "A (chủ trì); B (phối hợp)") is split; its support adds to the support column's.
 */
function unitCells(cells: string[], li: number, si: number, slash: boolean): { leadCell: string; supportCell: string } {
  const lead = li >= 0 ? (cells[li] ?? '') : '';
  const support = si >= 0 ? (cells[si] ?? '') : '';
  const split = splitUnitCell(lead, slash);
  if (!split) return { leadCell: lead, supportCell: support };
  return { leadCell: split.lead, supportCell: [split.support, support].filter(Boolean).join('; ') };
}

/**
 * The node right before each table, when it introduces it: nothing but blank lines between them, no
 * items under it, and either a sentence ending with ":" or a unit heading ("2. Sở Văn hóa, Thể thao
 * và Du lịch" over its own table of work).
 */
function tableIntros(pd: ReturnType<typeof parseDocument>, lines: () => string[]): Map<PNode, DocTable> {
  const out = new Map<PNode, DocTable>();
  if (pd.tables.length === 0) return out;
  const nodes: PNode[] = [];
  const collect = (n: PNode) => {
    nodes.push(n);
    n.children.forEach(collect);
  };
  pd.roots.forEach(collect);
  for (const t of pd.tables) {
    let before: PNode | null = null;
    for (const n of nodes) if (n.source.endLine < t.source.line && (!before || n.source.endLine > before.source.endLine)) before = n;
    if (!before || before.closing || before.children.some((c) => !c.closing) || before.kind === 'part') continue;
    if (!lines().slice(before.source.endLine, t.source.line - 1).every((x) => x.trim() === '')) continue;
    const text = before.text.trim();
    if (/:\**$/.test(text) || (!/[.;]$/.test(text) && text.length < 150 && headingUnits(text))) out.set(before, t);
  }
  return out;
}

/** The units a table's intro gives its rows: a unit heading's, or the lead of the sentence ("Giao X chủ trì thực hiện …:"); else its heading's above. */
function introLead(n: PNode | undefined): { lead: UnitMention[]; by: AssignedBy } | null {
  if (!n) return null;
  const own = ownAssignment(n, true);
  if (own.headingLead.length) return { lead: own.headingLead, by: own.headingBy };
  if (own.introLead.length) return { lead: own.introLead, by: 'sentence-pattern' };
  for (let p = n.parent; p; p = p.parent) {
    const up = ownAssignment(p, true);
    if (up.headingLead.length) return { lead: up.headingLead, by: up.headingBy };
  }
  return null;
}

/** The first calendar year of the school year a plan's title names ("… năm học 2027 - 2028"), or null. */
function schoolYearOf(title: string): number | null {
  const m = /năm học\s+(\d{4})\s*(?:-|–|—|đến)\s*(\d{4})/iu.exec(title);
  return m && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : null;
}

function tableTasks(
  t: DocTable,
  registry: UnitRegistry,
  deadlineOf: (raw: { text: string; line: number; column?: number } | null, from: Deadline['from']) => Deadline | null,
  dctx: DeadlineContext,
  diagnostics: Diagnostic[],
  context: { lead: UnitMention[]; by: AssignedBy } | null = null,
  schoolYear: number | null = null,
): Task[] {
  const cols = t.table.header.columns;
  const idx = (role: string) => cols.findIndex((c) => c.role === role);
  const ci = idx('content');
  const li = idx('lead');
  const si = idx('support');
  // Tick columns ("2026 | 2027 | 2028", "Quý I | … | Quý IV", "Tháng 9 | … | Tháng 1", rows marked "x"):
  // the deadline is the phrase of the ticked periods ("Năm 2027 – 2028", "Tháng 12/2027 – tháng 1/2028"),
  // unless a deadline column of its own says more. Months and quarters without a year are in the
  // plan's year (a school year's months from August in its first year), following on left to right.
  const years = tickColumns(cols);
  const dated = years.length ? datedTicks(years, dctx.year ?? dctx.period?.start ?? null, schoolYear) : [];
  const di = cols.findIndex((c, i) => c.role === 'deadline' && !years.some((y) => y.index === i));
  // "Thời gian - Bắt đầu | Thời gian - Hoàn thành" with "Thường xuyên" in the first only (a cell
  // spanning both): an ongoing or recurring start cell stands for the whole time.
  const si0 = di > 0 && isStartColumn(cols[di - 1]!.name) ? di - 1 : -1;
  const deadlineCell = (cells: string[]): string => {
    const own = di >= 0 ? (cells[di] ?? '') : '';
    const marked = own.trim() ? '' : ticksPhrase(dated.filter((_, j) => marksYear(cells[years[j]!.index] ?? '')));
    if (marked) return marked;
    if (own.trim() || si0 < 0 || !(cells[si0] ?? '').trim()) return own;
    const kind = parseDeadline(cells[si0]!, { year: null }).deadline.kind;
    return kind === 'continuous' || kind === 'recurring' ? cells[si0]! : own;
  };
  const pi = idx('product');
  const ni = idx('note');
  const ai = idx('authority');
  const out: Task[] = [];
  const used = new Set<string>();
  t.table.rows.forEach((row, k) => {
    if (row.loose) {
      out.push(looseRowTask(t, row, k, used, deadlineOf, registry, diagnostics));
      return;
    }
    const text = clean(row.cells[ci] ?? '');
    if (!text) {
      diagnostics.push({ rule: 'table/empty-row', severity: 'warning', message: 'appendix row without content', line: row.line, column: 1 });
      return;
    }
    const { leadCell, supportCell } = unitCells(row.cells, li, si, li >= 0 && isLeadSupportColumn(cols[li]!.name));
    // A unit column holds units only: a name no rule knows is kept as written, with a note.
    const unitsOfCell = (cell: string, role: string): UnitMention[] => {
      const { mentions, unlisted } = cellUnits(cell);
      for (const name of unlisted) diagnostics.push({ rule: 'table/unlisted-unit', severity: 'info', message: `row ${row.tt ?? k + 1} of appendix table ${t.id} names "${name}" in its ${role} column: not a kind of unit the parser knows, kept as written`, line: row.line, column: 1 });
      return mentions;
    };
    let leadM = unitsOfCell(leadCell, 'lead');
    // An empty lead cell in a table that also names the authority ("Cơ quan chịu trách nhiệm
    // quản lý nhà nước", "Cơ quan trình"): rows the authority does itself ("Phê duyệt … |
    // Thủ tướng Chính phủ | |") name their actor only there.
    if (!leadM.length && !leadCell.trim() && ai >= 0) {
      leadM = parseUnits(row.cells[ai] ?? '');
      if (leadM.length) diagnostics.push({ rule: 'table/lead-from-authority', severity: 'info', message: `row ${row.tt ?? k + 1} of appendix table ${t.id} has an empty lead cell: its lead is taken from the "${cols[ai]!.name}" column`, line: row.line, column: 1 });
    }
    // An empty lead cell under a group row that names a unit ("| **B** | **UBND CẤP XÃ** | | |", "| II | Các
    // sở, ban, ngành | |"): a unit-duty table grouped by unit, the group row is the unit of the rows under it.
    if (!leadM.length && !leadCell.trim() && row.leadFromLine === undefined) {
      const g = groupUnit(row);
      if (g) {
        leadM = g.mentions;
        diagnostics.push({ rule: 'table/lead-from-group-row', severity: 'info', message: `row ${row.tt ?? k + 1} of appendix table ${t.id} has an empty lead cell: its lead is the unit its group row names ("${clean(g.text)}", line ${g.line})`, line: row.line, column: 1 });
      }
    }
    let by: AssignedBy = 'appendix-column';
    if (!leadM.length && !leadCell.trim() && context) {
      // No lead column (or an empty cell): the units of the sentence or heading that introduces the table.
      leadM = context.lead;
      by = context.by;
    }
    // An empty lead cell read as a cell merged with the rows above (see fillMergedLeads).
    if (row.leadFromLine !== undefined && leadM.length) diagnostics.push({ rule: 'table/lead-from-row-above', severity: 'info', message: `row ${row.tt ?? k + 1} of appendix table ${t.id} has an empty lead cell: it is read as merged with the cell above, and its lead is taken from the row at line ${row.leadFromLine}`, line: row.line, column: 1 });
    const supportM = unitsOfCell(supportCell, 'support');
    const lead = canonicalNames(registry, leadM);
    const support = canonicalNames(registry, supportM).filter((n) => !lead.includes(n));
    const id = rowId(t, row, k, used);
    const extra: Record<string, string> = {};
    cols.forEach((c, i) => {
      if (c.role === 'other' || c.role === 'authority') {
        const v = clean(row.cells[i] ?? '');
        if (v) extra[c.name] = v;
      }
    });
    const appendix = {
      tt: row.tt,
      product: pi >= 0 ? clean(row.cells[pi] ?? '') || null : null,
      note: ni >= 0 ? clean(row.cells[ni] ?? '') || null : null,
      extra,
    };
    const columnDeadline = di >= 0 || years.length ? deadlineOf({ text: deadlineCell(row.cells), line: row.line }, 'column') : null;
    // A table without a deadline column gives each task's time in its text ("…; thời hạn: Quý III/2026"),
    // and without a support column its partners ("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo …").
    const textDeadline = (s: string): Deadline | null => (di >= 0 || years.length ? null : deadlineInText(s, dctx));
    const textSupport = (s: string): { names: string[]; mentions: UnitMention[] } => {
      if (si >= 0) return { names: support, mentions: supportM };
      const own = sentence(s).support;
      const mentions = [...supportM, ...own];
      return { names: canonicalNames(registry, mentions).filter((n) => !lead.includes(n)), mentions };
    };
    // A content cell listing several duties, one per line ("1. …<br>2. …", "- …<br>- …": a unit-duty
    // table "Đơn vị | Nhiệm vụ"): one task per duty, led by the row's units, each with its own time.
    const duties = row.duties;
    if (duties) {
      duties.forEach((d, j) => {
        const dText = clean(d.text);
        const sup = textSupport(dText);
        const dId = uniqueId(`${id}.${j + 1}`, used);
        const task = rowTask(t, row, dId, dText, { lead, support: sup.names, leadM, supportM: sup.mentions, by }, deadlineInText(dText, dctx) ?? columnDeadline, { ...appendix, extra: { ...extra } });
        task.marker = d.marker;
        out.push(task);
      });
      return;
    }
    const sup = textSupport(text);
    out.push(rowTask(t, row, id, text, { lead, support: sup.names, leadM, supportM: sup.mentions, by }, columnDeadline ?? textDeadline(text), appendix));
  });
  return out;
}

/**
 * The units the nearest group row above a table row names when its whole text is a unit or a list of
 * units ("UBND CẤP XÃ", "CÁC SỞ, NGÀNH", "Các sở, ban, ngành"), or null (a topic: "Cải cách thể chế").
 */
function groupUnit(row: TableRow): { mentions: UnitMention[]; text: string; line: number } | null {
  for (let j = row.groups.length - 1; j >= 0; j--) {
    const g = row.groups[j]!;
    const text = g.text.replace(/\*+/g, ' ').trim();
    if (!text || text.length > 120) continue;
    const h = headingUnits(text);
    if (h && h.mentions.length) return { mentions: h.mentions, text, line: g.line };
  }
  return null;
}

const YEAR_SPAN = /(?<![\d/])20\d\d(?:\s*[-–]\s*20\d\d)?(?![\d/])/u;

/**
 * The line carrying a scattered row's number holds its cells left to right: content, then the
 * lead unit (the first capitalised unit name after the content), then marks and the deadline
 * (a year or year span after the lead).
 */
function readLooseLine(rest: string): { content: string; leadM: UnitMention[]; deadlineRaw: string } {
  const words = [...rest.matchAll(/\S+/g)];
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w[0])) continue;
    const u = matchUnitAtStart(rest.slice(w.index));
    if (!u || !u.mentions.length) continue;
    const after = rest.slice(w.index + u.end);
    return { content: rest.slice(0, w.index).trim(), leadM: u.mentions.slice(0, 1), deadlineRaw: YEAR_SPAN.exec(after)?.[0] ?? '' };
  }
  const y = YEAR_SPAN.exec(rest);
  return { content: y ? rest.slice(0, y.index).trim() : rest, leadM: [], deadlineRaw: y?.[0] ?? '' };
}

/**
 * A row of a scattered table (cells broken over lines by a PDF converter): on the line with
 * its number, the first segment (cells are separated by runs of spaces or pipes) that is not
 * a unit is the content; the first segment starting with a unit gives the lead; a year or year
 * span after the content is the deadline. The whole row text is kept, and a diagnostic asks for
 * a check against the source (an error when no lead could be read).
 */
function looseRowTask(
  t: DocTable,
  row: DocTable['table']['rows'][number],
  k: number,
  used: Set<string>,
  deadlineOf: (raw: { text: string; line: number; column?: number } | null, from: Deadline['from']) => Deadline | null,
  registry: UnitRegistry,
  diagnostics: Diagnostic[],
): Task {
  const loose = row.loose!;
  const { content, leadM, deadlineRaw } = readLooseLine(loose.startText.slice(String(row.tt ?? '').length).replace(/\s+/g, ' ').trim());
  const text = content.split(/\s+/).length >= 4 ? clean(content) : clean(loose.text.replace(new RegExp(`^${String(row.tt).replace(/\./g, '\\.')}\\s*`), ''));
  const lead = canonicalNames(registry, leadM);
  const id = rowId(t, row, k, used);
  const what = [lead.length ? '' : 'no lead unit', deadlineRaw ? '' : 'no deadline'].filter(Boolean).join(' and ');
  diagnostics.push({
    rule: 'table/unaligned-row',
    severity: lead.length ? 'warning' : 'error',
    message: `row ${row.tt} of appendix table ${t.id} was read from a table whose columns the converter broke apart (lines ${row.line}–${row.endLine}): its text, lead and deadline are guessed${what ? ` (${what} found)` : ''}; check them against the source`,
    line: row.line,
    column: 1,
  });
  return rowTask(t, row, id, text, { lead, support: [], leadM, supportM: [] }, deadlineRaw ? deadlineOf({ text: deadlineRaw, line: row.line }, 'column') : null, {
    tt: row.tt,
    product: null,
    note: null,
    extra: { 'Nội dung dòng (chưa tách cột)': clean(loose.text) },
  });
}

/**
 * The id of row `k` of table `t`: `DM.<TT>` (`DM.<k+1>` without TT), `#2`, `#3` … for a number used
 * again. In a table whose numbering starts again under each group row ("I" 1, 2; "II" 1, 2, 3) every
 * row takes its groups' labels: `DM.II.1`.
 */
function rowId(t: DocTable, row: DocTable['table']['rows'][number], k: number, used: Set<string>): string {
  // (a label the TT already starts with is not repeated: "1.1" under "I" > "1" is DM.I.1.1)
  const tt = String(row.tt ?? '');
  const groups = restartsByGroup(t) ? row.groups.filter((g) => !tt.startsWith(`${g.label}.`)).map((g) => `${g.label}.`).join('') : '';
  return uniqueId(`${t.id}.${groups}${row.tt ?? k + 1}`, used);
}

/** The deadline written in a task's text (`from: 'text'`), when one is found there without problems. */
function deadlineInText(text: string, dctx: DeadlineContext): Deadline | null {
  const found = findDeadlineInText(text, dctx);
  return found && found.problems.length === 0 ? { ...found.deadline, from: 'text' } : null;
}

/** `id`, or `id#2`, `#3` … when it is taken already. */
function uniqueId(id: string, used: Set<string>): string {
  if (used.has(id)) {
    let n = 2;
    while (used.has(`${id}#${n}`)) n++;
    id = `${id}#${n}`;
  }
  used.add(id);
  return id;
}

const restarts = new WeakMap<DocTable, boolean>();

/** Does the table number its rows again from 1 under each group row (the same TT under two groups)? */
function restartsByGroup(t: DocTable): boolean {
  let r = restarts.get(t);
  if (r === undefined) {
    const groupOf = new Map<string, string>();
    r = false;
    for (const row of t.table.rows) {
      if (row.tt == null || row.groups.length === 0) continue;
      const g = row.groups.map((x) => x.label).join('.');
      const seen = groupOf.get(String(row.tt));
      if (seen !== undefined && seen !== g) {
        r = true;
        break;
      }
      groupOf.set(String(row.tt), g);
    }
    restarts.set(t, r);
  }
  return r;
}

/** The task of an appendix table row. */
function rowTask(
  t: DocTable,
  row: DocTable['table']['rows'][number],
  id: string,
  text: string,
  who: { lead: string[]; support: string[]; leadM: UnitMention[]; supportM: UnitMention[]; by?: AssignedBy },
  deadline: Deadline | null,
  appendix: NonNullable<Task['appendix']>,
): Task {
  return {
    id,
    origin: 'appendix',
    sectionPath: [t.id, ...row.groups.map((g) => `${t.id}.${g.label}`)],
    sectionTitles: [t.title ?? 'DANH MỤC', ...row.groups.map((g) => `${g.label}. ${g.text}`.trim())],
    marker: row.tt ?? '',
    text,
    lead: who.lead,
    support: who.support,
    mentions: mentionsOf(who.leadM, who.supportM, row.line),
    assignedBy: who.lead.length ? (who.by ?? 'appendix-column') : 'none',
    deadline,
    footnotes: [],
    appendix,
    source: { line: row.line, column: row.column, endLine: row.endLine },
  };
}

function toOutline(n: PNode, nodeTask: Map<PNode, string>): OutlineNode {
  return {
    id: n.id,
    marker: n.marker?.raw ?? '',
    markerType: n.markerType,
    kind: n.kind,
    level: n.level,
    text: clean(n.text),
    role: n.role,
    taskId: nodeTask.get(n) ?? null,
    source: { ...n.source },
    children: n.children.map((c) => toOutline(c, nodeTask)),
  };
}
