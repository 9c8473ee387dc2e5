// The register: one JSON document per plan. These types mirror
// schemas/plan-register.schema.json (the published contract); keep both in step.

export const SCHEMA_VERSION = '1.0.0';
/** schemaVersion of a register that carries reported progress (`tasks[].progress`, written by `collect`). */
export const SCHEMA_VERSION_PROGRESS = '1.1.0';
export const SCHEMA_ID = 'https://plan-extract.dev/schemas/plan-register.schema.json';

/** A place in the source text. Lines and columns are 1-based; endLine is inclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Something the parser (or a validate rule) noticed, always with a position. */
export interface Diagnostic {
  /** Rule id, e.g. `structure/not-a-plan`, `deadline/unparsed`, `task/no-lead`. */
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

// ---------------------------------------------------------------- deadlines

export type DeadlineKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'half-year'
  | 'year'
  | 'range'
  | 'recurring'
  | 'continuous'
  | 'relative'
  | 'unspecified';

export type RecurrenceFrequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'yearly' | 'periodic';

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /**
   * Fixed day in the period as `MM-DD` ("trước ngày 15/12 hàng năm" → `12-15`), or null. For a
   * monthly or quarterly schedule, its first occurrence in the year ("trước ngày 20 hằng tháng" → `01-20`).
   */
  on: string | null;
  /** Every N periods ("định kỳ 5 năm" → yearly, interval 5). Default 1. */
  interval?: number;
}

export interface DeadlineAnchor {
  /** The event the deadline counts from ("Kế hoạch của tỉnh ban hành"). */
  event: string;
  offset: { value: number; unit: 'day' | 'week' | 'month' | 'year' } | null;
}

export interface Deadline {
  /** The phrase as written in the plan. */
  raw: string;
  kind: DeadlineKind;
  /** ISO date (YYYY-MM-DD) or null. */
  start: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  due: string | null;
  recurrence: Recurrence[] | null;
  anchor: DeadlineAnchor | null;
  /** True when the phrase had no year and the plan's year was used. */
  yearInferred: boolean;
  /** Where the phrase was found. */
  from?: 'column' | 'line' | 'text';
}

// ---------------------------------------------------------------- units

export type UnitKind = 'unit' | 'collective';

export interface Unit {
  /** ASCII slug of the canonical name, stable across runs. */
  id: string;
  /** Canonical name. */
  name: string;
  kind: UnitKind;
  /** Every raw spelling seen in the plan (and config aliases). */
  aliases: string[];
  /** Members of a collective (from the config), else []. */
  members: string[];
  /** Number of tasks this unit leads / supports in this register. */
  leadCount: number;
  supportCount: number;
}

export type AssignedBy = 'appendix-column' | 'labelled-field' | 'unit-heading' | 'addressee' | 'sentence-pattern' | 'none';

// ---------------------------------------------------------------- outline

export type MarkerType = 'part' | 'roman' | 'article' | 'arabic' | 'decimal' | 'letter' | 'bullet' | 'none';
export type OutlineKind = 'part' | 'section' | 'subsection' | 'item' | 'bullet' | 'paragraph';
export type SectionRole =
  | 'objectives'
  | 'content'
  | 'funding'
  | 'organisation'
  | 'appendix'
  | 'other';

export interface OutlineNode {
  /** Outline path id, e.g. `II`, `III.2`, `IV.1.c`, `II.1.1.2`. */
  id: string;
  /** Marker as written (`I.`, `1.`, `1.1.`, `a)`, `-`), or '' for an unmarked paragraph and for a heading written without its number (`markerType` and `id` then give the number its place stands for). */
  marker: string;
  markerType: MarkerType;
  kind: OutlineKind;
  /** Depth in the outline tree (sections are 1). */
  level: number;
  /** The node's text without its marker and markup. */
  text: string;
  /** Section role from the heading keywords (sections and their descendants). */
  role: SectionRole | null;
  /** Id of the task this node became, or null (headings, intros, objectives). */
  taskId: string | null;
  source: SourceRange;
  children: OutlineNode[];
}

// ---------------------------------------------------------------- document

export type InstrumentKind =
  | 'Luật'
  | 'Nghị quyết'
  | 'Nghị định'
  | 'Quyết định'
  | 'Chỉ thị'
  | 'Kết luận'
  | 'Kế hoạch'
  | 'Thông tư'
  | 'Công văn'
  | 'Quy định'
  | 'Chương trình'
  | 'Hướng dẫn'
  | 'Thông báo'
  | 'Đề án'
  | 'other';

export interface Citation {
  /** The citation text. */
  raw: string;
  /** The introducing phrase: `Căn cứ`, `Thực hiện`, `Trên cơ sở`. */
  verb: string;
  kind: InstrumentKind;
  /** Document number such as `1847/QĐ-TTg` or `57-NQ/TW`, or null. */
  number: string | null;
  /** ISO date or null. */
  date: string | null;
  /** Issuing body ("Thủ tướng Chính phủ"), or null. */
  issuer: string | null;
  line: number;
  endLine?: number;
}

export interface PlanNumber {
  raw: string;
  /** Serial number, or null when blank (drafts: `Số: /KH-UBND`). */
  serial: string | null;
  /** Document code such as `KH-UBND`. */
  code: string | null;
  line: number;
}

export interface PlanDate {
  raw: string;
  place: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** ISO date when day, month and year are all known. */
  iso: string | null;
  line: number;
}

export interface Signer {
  /** E.g. `CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH`, `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`. */
  title: string | null;
  name: string | null;
  line: number;
  endLine?: number;
}

export interface LineText {
  text: string;
  line: number;
  /** Last source line when the text spans several lines. */
  endLine?: number;
}

export interface FurnitureLine extends LineText {
  /** Layout text that carries no content: national motto, rules, page numbers, page markers, stamps. */
  kind: 'motto' | 'rule' | 'page-number' | 'page-marker' | 'running-header' | 'stamp' | 'caption' | 'other';
}

export interface PlanDocument {
  kind: 'plan' | 'decision' | 'unknown';
  /** Issuing body from the header (`ỦY BAN NHÂN DÂN PHƯỜNG …`), lines joined with ' / '. */
  issuer: LineText | null;
  number: PlanNumber | null;
  date: PlanDate | null;
  /** Title: the lines after `KẾ HOẠCH`. */
  title: LineText | null;
  /** Plan period from the title (`giai đoạn 2024 - 2025`) or the date year. */
  period: { start: number; end: number } | null;
  /** The year used for phrases without a year. */
  year: number | null;
  legalBasis: Citation[];
  /** Preamble sentences that are not citations (`Ủy ban nhân dân … ban hành Kế hoạch …`). */
  preamble: LineText[];
  signer: Signer | null;
  recipients: LineText[];
  /** For a decision that wraps a plan: its own number/date/articles. */
  wrapper: { number: PlanNumber | null; date: PlanDate | null; title: LineText | null; articles: LineText[] } | null;
  furniture: FurnitureLine[];
}

// ---------------------------------------------------------------- tasks

export interface AppendixRef {
  /** Row number (TT) as written, or null for a continuation/unnumbered row. */
  tt: string | null;
  /** Product / result column. */
  product: string | null;
  note: string | null;
  /** Other cells by header name (funding marks, etc.). */
  extra: Record<string, string>;
}

export interface Task {
  /** Stable id: outline path (`IV.1.c`) or `DM.7` for appendix row 7. */
  id: string;
  origin: 'body' | 'appendix';
  /** Outline ids of the ancestors (`["IV", "IV.1"]`) or the appendix group path. */
  sectionPath: string[];
  /** Headings of those ancestors, for humans. */
  sectionTitles: string[];
  marker: string;
  text: string;
  /** Canonical unit names. */
  lead: string[];
  support: string[];
  /** Raw mentions as written in the plan, with their role. */
  mentions: { raw: string; name: string; role: 'lead' | 'support'; line: number }[];
  assignedBy: AssignedBy;
  deadline: Deadline | null;
  /** Ids of footnotes cited by this task. */
  footnotes: string[];
  appendix: AppendixRef | null;
  source: SourceRange;
  /** Progress reported in filled trackers, one entry per reporting unit (`collect`; schemaVersion 1.1.0). */
  progress?: Progress[];
}

// ---------------------------------------------------------------- progress (collect)

/** Tracker drop-down values: Chưa thực hiện, Đang thực hiện, Hoàn thành, Hoàn thành quá hạn, Tạm dừng. */
export type ProgressStatus = 'not-started' | 'in-progress' | 'done' | 'done-late' | 'on-hold';

/** What one unit reported on one task in a filled tracker. */
export interface Progress {
  /** Canonical name of the reporting unit. */
  unit: string;
  /** The unit's role in the task per the register (a collective's member inherits it), null when not assigned. */
  role: 'lead' | 'support' | null;
  /** Null when the status cell was blank but other cells were filled. */
  status: ProgressStatus | null;
  /** The status cell as written, or null. */
  statusLabel: string | null;
  /** 0–100, or null when blank. */
  percent: number | null;
  results: string | null;
  notes: string | null;
  /** Base name of the tracker file. */
  tracker: string;
  /** Worksheet name, null for CSV. */
  sheet: string | null;
  /** 1-based row in the sheet (CSV: as a spreadsheet shows it, header = 1). */
  row: number;
  /** ISO date of the filled tracker (last saved, else file mtime), or null. */
  trackerDate: string | null;
  /** True when `_meta` proved the tracker came from this very register (false for CSV). */
  verified: boolean;
}

export interface Footnote {
  /** As written: `1`, `2`, `*`. */
  id: string;
  text: string;
  /** Task or outline ids citing this note. */
  citedBy: string[];
  source: SourceRange;
}

export interface Target {
  /** 15 for "tối thiểu 15%". */
  value: number;
  unit: string;
  comparator: '>=' | '<=' | '=' | '>' | '<';
  /** The phrase (`tối thiểu 60%`). */
  phrase: string;
  sentence: string;
  taskId: string | null;
  line: number;
}

export interface AppendixTable {
  /** Id prefix of the table's tasks (`DM`, `DM2`). */
  id: string;
  title: string | null;
  caption: string | null;
  line: number;
  /** From the title to the last row. */
  source: SourceRange;
  header: { line: number; columns: { name: string; role: AppendixColumnRole }[] } | null;
  /** Lines of header rows repeated after page breaks (dropped). */
  repeatedHeaderLines: number[];
  rows: number;
}

export type AppendixColumnRole =
  | 'tt'
  | 'content'
  | 'lead'
  | 'support'
  | 'deadline'
  | 'product'
  | 'note'
  | 'authority'
  | 'other';

export interface Register {
  $schema?: string;
  schemaVersion: string;
  generator: { name: string; version: string };
  source: {
    path: string;
    sha256: string;
    format: 'markdown' | 'text' | 'docx';
    encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
    lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
    bytes: number;
    lines: number;
  };
  document: PlanDocument;
  outline: OutlineNode[];
  tasks: Task[];
  units: Unit[];
  targets: Target[];
  footnotes: Footnote[];
  appendices: AppendixTable[];
  diagnostics: Diagnostic[];
  unclassified: LineText[];
  stats: {
    lines: number;
    nonBlankLines: number;
    placedLines: number;
    /** placedLines / nonBlankLines (unclassified lines count as placed: they are kept). */
    placedShare: number;
    classifiedShare: number;
    tasks: number;
    bodyTasks: number;
    appendixTasks: number;
    tasksWithLead: number;
    tasksWithDeadline: number;
    units: number;
  };
}
