// Helpers shared by the validate rules: finding text in the source lines, walking the outline,
// marker ordinals, the plan's issue date.
import type { OutlineNode, Register, Task } from '../register/types.js';
import { romanToInt, toRoman, VIET_LETTERS } from '../util/text.js';
import { ORDINAL_WORDS } from '../parse/grammar.js';
import type { RuleContext, RuleReport } from './types.js';

export interface Found {
  line: number;
  column: number;
  endColumn: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression for `needle` as a whole phrase: any run of spaces or tabs matches any run
 * (a phrase never spans lines), and it does not start or end inside a word. Case-insensitive unless `exactCase`.
 */
export function phraseRegExp(needle: string, exactCase = false): RegExp {
  const body = needle
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map(escapeRe)
    .join('[^\\S\\n]+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, exactCase ? 'gu' : 'giu');
}

interface Joined {
  text: string;
  /** Offset of the start of each line in `text`. */
  starts: number[];
}

const joinedCache = new WeakMap<readonly string[], Joined>();

/** The lines joined with LF, and where each starts (cached per lines array: rules share ctx.lines). */
function joined(lines: readonly string[]): Joined {
  let j = joinedCache.get(lines);
  if (!j) {
    const starts: number[] = [];
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += l.length + 1;
    }
    j = { text: lines.join('\n'), starts };
    joinedCache.set(lines, j);
  }
  return j;
}

/** 1-based line of an offset (binary search in the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every occurrence of `needle` (a phrase, see phraseRegExp) in lines[from-1 .. to-1]. */
export function findAll(lines: readonly string[], needle: string, opts: { from?: number; to?: number; exactCase?: boolean; limit?: number } = {}): Found[] {
  if (!needle.trim() || lines.length === 0) return [];
  const { text, starts } = joined(lines);
  const from = Math.max(1, opts.from ?? 1);
  const to = Math.min(lines.length, opts.to ?? lines.length);
  if (from > to) return [];
  const re = phraseRegExp(needle, opts.exactCase);
  re.lastIndex = starts[from - 1]!;
  const stop = to < lines.length ? starts[to]! : text.length + 1;
  const out: Found[] = [];
  for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) {
    const line = lineAt(starts, m.index);
    const column = m.index - starts[line - 1]! + 1;
    out.push({ line, column, endColumn: column + m[0].length });
    if (opts.limit !== undefined && out.length >= opts.limit) break;
  }
  return out;
}

/** First occurrence of `needle` in lines[from-1 .. to-1], or null. */
export function findFirst(lines: readonly string[], needle: string, opts: { from?: number; to?: number; exactCase?: boolean } = {}): Found | null {
  return findAll(lines, needle, { ...opts, limit: 1 })[0] ?? null;
}

/** Report at a task: at `phrase` inside the task's lines when it is found there, else at the task's start. */
export function atTask(ctx: RuleContext, task: Task, message: string, phrase?: string | null): RuleReport {
  if (phrase) {
    const f = findFirst(ctx.lines, phrase, { from: task.source.line, to: task.source.endLine });
    if (f) return { message, line: f.line, column: f.column, endLine: f.line, endColumn: f.endColumn };
  }
  return { message, line: task.source.line, column: task.source.column };
}

/** Visit every outline node with its siblings list (depth first, document order). */
export function walkOutline(nodes: readonly OutlineNode[], visit: (node: OutlineNode, siblings: readonly OutlineNode[], parent: OutlineNode | null) => void, parent: OutlineNode | null = null): void {
  for (const n of nodes) {
    visit(n, nodes, parent);
    walkOutline(n.children, visit, n);
  }
}

/** Outline node by id. */
export function outlineIndex(register: Register): Map<string, OutlineNode> {
  const map = new Map<string, OutlineNode>();
  walkOutline(register.outline, (n) => map.set(n.id, n));
  return map;
}

/**
 * Sequence a marker belongs to and its position in it: `roman` 1 for "I.", `letter` 5 for "đ)" (Vietnamese
 * order a b c d đ e g h …), `decimal:2` 3 for "1.3.". Ordinal null when the marker is not numbered in
 * that order ("f)"); null for bullets and unmarked paragraphs.
 */
export function markerSequence(node: Pick<OutlineNode, 'marker' | 'markerType'>): { key: string; ordinal: number | null; value: string } | null {
  const raw = node.marker.trim();
  switch (node.markerType) {
    case 'roman': {
      // ("Mục 2." numbers a section as "II." does)
      const v = raw.replace(/[.)\s]+$/, '').replace(/^M(?:ục|ỤC)\s+/u, '').replace(/\s*[:\-–]$/u, '');
      if (/^\d+$/.test(v)) return { key: 'roman', ordinal: Number(v), value: toRoman(Number(v)) };
      return { key: 'roman', ordinal: romanToInt(v), value: v };
    }
    case 'arabic': {
      const v = raw.replace(/[.)\s]+$/, '');
      return { key: 'arabic', ordinal: /^\d+$/.test(v) ? Number(v) : null, value: v };
    }
    case 'decimal': {
      // (after its word: "Nhiệm vụ 1.2.")
      const v = raw.replace(/[.):\s\-–]+$/u, '').replace(/^\D+/, '').replace(/\s/g, '');
      const parts = v.split('.');
      return { key: `decimal:${parts.length}:${parts.slice(0, -1).join('.')}`, ordinal: Number(parts[parts.length - 1]), value: v };
    }
    case 'article': {
      const m = /(\d+)/.exec(raw);
      return { key: 'article', ordinal: m ? Number(m[1]) : null, value: m ? m[1]! : raw };
    }
    case 'part': {
      const bare = raw.replace(/^PHẦN\s+(THỨ\s+)?/iu, '').trim();
      // "Phần thứ hai": part II
      const word = ORDINAL_WORDS.indexOf(bare.replace(/\s*[.:\-–]$/u, '').toLowerCase());
      if (word >= 0) return { key: 'part', ordinal: word + 1, value: toRoman(word + 1) };
      const m = /([A-DĐ]|[IVX]+|\d+)\s*[.):]?$/u.exec(bare);
      const v = m ? m[1]! : raw;
      const ord = /^\d+$/.test(v) ? Number(v) : /^[IVX]+$/.test(v) && v.length > 1 ? romanToInt(v) : 'ABCDĐ'.indexOf(v) >= 0 ? 'ABCDĐ'.indexOf(v) + 1 : romanToInt(v);
      return { key: 'part', ordinal: ord, value: v };
    }
    case 'letter': {
      // "a.1.", "a1)": items of their own list under "a)"
      const dotted = /^([a-zđ])\.?(\d{1,2})/u.exec(raw);
      if (dotted) return { key: `letter.${dotted[1]}`, ordinal: Number(dotted[2]), value: `${dotted[1]}.${dotted[2]}` };
      // "ii.", "iv)": a lower-case roman list ("i." in it is told apart by its siblings: numbering.ts)
      const r = /^(ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)]?$/.exec(raw);
      if (r) return { key: 'lroman', ordinal: romanToInt(r[1]!.toUpperCase()), value: r[1]! };
      const m = /^([a-zđ])/u.exec(raw);
      const v = m ? m[1]! : raw;
      const idx = VIET_LETTERS.indexOf(v);
      return { key: 'letter', ordinal: idx >= 0 ? idx + 1 : null, value: v };
    }
    default:
      return null;
  }
}

/** The marker as people write it for an ordinal of a sequence: 4 in `letter` → "d)", 3 in `roman` → "III.". */
export function markerLabel(key: string, ordinal: number, like: string): string {
  const closer = /\)\s*$/.test(like) ? ')' : '.';
  if (key === 'letter') return `${VIET_LETTERS[ordinal - 1] ?? '?'}${closer}`;
  if (key.startsWith('letter.')) return `${key.slice(7)}${/^[a-zđ]\d/u.test(like) ? '' : '.'}${ordinal}${closer}`;
  if (key === 'roman') return /^M(?:ục|ỤC)\s/u.test(like) ? `${like.slice(0, 3)} ${ordinal}.` : `${toRoman(ordinal)}${closer}`;
  if (key === 'lroman') return `${toRoman(ordinal).toLowerCase()}${closer}`;
  if (key === 'article') return `Điều ${ordinal}.`;
  if (key === 'part') {
    // "Phần thứ ba", "PHẦN III": as the plan writes its parts
    const word = /^(PHẦN|Phần)\s+(?:(THỨ|[Tt]hứ)\s+)?/u.exec(like);
    if (word && word[2] && ORDINAL_WORDS[ordinal - 1]) {
      const w = ORDINAL_WORDS[ordinal - 1]!;
      return `${word[1]} ${word[2]} ${word[1] === 'PHẦN' ? w.toUpperCase() : w}`;
    }
    if (word) return `${word[1]} ${toRoman(ordinal)}`;
    return `${'ABCDĐ'[ordinal - 1] ?? ordinal}${closer}`;
  }
  if (key.startsWith('decimal:')) {
    const prefix = key.split(':')[2];
    const word = /^\D+(?=\d)/u.exec(like)?.[0] ?? ''; // ("Nhiệm vụ 1.2.")
    return `${word}${prefix ? `${prefix}.` : ''}${ordinal}${closer}`;
  }
  return `${ordinal}${closer}`;
}

export { toRoman };

/**
 * The date the plan is (or will be) issued, as YYYY-MM-DD, and how it was found. A full date wins;
 * a date without a day ("ngày   tháng 12 năm 2025", drafts) gives `--as-of` when set, else the first day
 * of the month (of the year when the month is blank too); no date gives `--as-of`, else null.
 */
export function issueDate(ctx: RuleContext): { iso: string; how: 'date' | 'as-of' | 'month-start' | 'year-start'; raw: string | null } | null {
  const doc = ctx.register.document;
  const d = doc.date ?? doc.wrapper?.date ?? null;
  if (d?.iso) return { iso: d.iso, how: 'date', raw: d.raw };
  if (ctx.options.asOf) return { iso: ctx.options.asOf, how: 'as-of', raw: d?.raw ?? null };
  if (d?.year && d.month) return { iso: `${d.year}-${String(d.month).padStart(2, '0')}-01`, how: 'month-start', raw: d.raw };
  if (d?.year) return { iso: `${d.year}-01-01`, how: 'year-start', raw: d.raw };
  return null;
}

/** "1 task", "2 tasks". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Shorten a long text for a message. */
export function excerpt(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
