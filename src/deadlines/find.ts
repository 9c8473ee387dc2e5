// findDeadlineInText: the deadline written inside a task sentence, when the task
// has no deadline column or line. Conservative on purpose: only explicit phrases
// count ("trước ngày …", "chậm nhất …", "hoàn thành trong tháng …", "trong quý …", "đến hết năm …",
// "trước ngày 20 hằng tháng", a leading "Định kỳ … (trước ngày …)" clause). Frequency words alone
// in a sentence ("thường xuyên theo dõi", "kiểm tra định kỳ và đột xuất", "… hằng năm") are not
// deadlines, and dates inside document citations ("Quyết định số 1847/QĐ-TTg ngày
// 27/12/2018") are issue dates, never deadlines.

import {
  CITATION,
  LEADING_LABEL,
  LEADING_MARKER,
  OBJECTIVE_CUE,
  OBJECTIVE_WORDS,
  PAST_EVENT_BEFORE,
  TEXT_LABEL,
  TEXT_ONWARD,
  TEXT_TRIGGERS,
  TEXT_TRIGGERS_TASK,
  YEARLY_CUE,
} from './grammar.js';
import { foldMapped, sourceSlice, type FoldedText } from './normalize.js';
import { parseFolded, recurringDeadline, scanRecurring, type DeadlineContext, type DeadlineResult } from './parse.js';

interface Span {
  start: number;
  end: number;
  /** Found after a "Thời gian hoàn thành:" label: any recognised phrase counts, even "Thường xuyên". */
  labelled?: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function trimRaw(s: string): string {
  return s.replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
}

/** Extends `end` over closing brackets so "(trước ngày 01/12" keeps its ")". */
function balanceParens(f: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (f[i] === '(') open++;
    else if (f[i] === ')') open--;
  }
  let e = end;
  while (open > 0) {
    const m = /^\s*\)/.exec(f.slice(e));
    if (!m) break;
    e += m[0].length;
    open--;
  }
  return e;
}

/**
 * The end of a labelled phrase inside brackets: "(Giao: …; thời gian: Quý III/2025)." runs to the
 * ")" that closes the bracket, not past it; "thời gian: Quý I (dự kiến)" keeps its own pair.
 */
function unbalancedClose(f: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    if (f[i] === '(') open++;
    else if (f[i] === ')' && --open < 0) return i;
  }
  return end;
}

/** A leading schedule clause: "Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12) gửi …". */
function leadingClause(t: FoldedText): DeadlineResult | null {
  const f = t.folded;
  const afterMarker = LEADING_MARKER.exec(f)?.[0].length ?? 0;
  const starts = [afterMarker];
  const label = LEADING_LABEL.exec(f.slice(afterMarker));
  if (label) starts.push(afterMarker + label[0].length);
  for (const start of starts) {
    const scan = scanRecurring(f, start, f.length, false);
    if (!scan.qualifiesPrefix || scan.problems.length > 0) continue;
    const end = balanceParens(f, start, scan.end);
    const raw = trimRaw(sourceSlice(t, start, end));
    return { deadline: recurringDeadline(raw, scan.recurrences), problems: [] };
  }
  return null;
}

/**
 * A schedule clause after a ";" when the sentence gives no other time: "… theo dõi, đôn đốc …; định kỳ hằng
 * tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh." — read as a leading "Định kỳ …" clause is (folded).
 */
function laterScheduleClause(t: FoldedText): DeadlineResult | null {
  const f = t.folded;
  for (let at = f.indexOf(';'); at >= 0; at = f.indexOf(';', at + 1)) {
    const start = at + 1 + (/^\s*/.exec(f.slice(at + 1, at + 4))?.[0].length ?? 0);
    if (!f.startsWith('dinh ky', start)) continue;
    const scan = scanRecurring(f, start, f.length, false);
    // (with its frequency: "định kỳ kiểm tra và đột xuất" is no schedule)
    if (!scan.qualifiesPrefix || scan.problems.length > 0 || scan.recurrences.every((r) => r.frequency === 'periodic')) continue;
    const raw = trimRaw(sourceSlice(t, start, balanceParens(f, start, scan.end)));
    return { deadline: recurringDeadline(raw, scan.recurrences), problems: [] };
  }
  return null;
}

/**
 * Every TEXT_TRIGGERS / TEXT_LABEL match contains one of these: a text without any has no
 * candidate, and the citation and trigger regexes need not run. (A bare "trong" only counts
 * followed by a month or quarter: that is the only trigger that starts with it.)
 */
const TRIGGER_WORDS = /\(\s*(?:quy|thang|nam|6 thang|06 thang|thuong xuyen|hang|dinh ky|(?:ngay |sau )?khi)|ke tu|dot\s*(?:\d|[ivx])|truoc|cham nhat|khong muon hon|han chot|hoan thanh|xong|trong\s*(?:thang|quy|nam|0?6 thang|nua|giai doan)|thoi (?:gian|han)|den het|vao\s*(?:ngay|thang|quy|nam|cuoi|dau|giua)|tu\s*ngay|nam\s*(?:tiep theo|sau)\b|ky hop|ky sinh hoat|\bdip\s|;\s*(?:(?:to chuc\s*)?(?:thuc hien|trien khai)\s*)?(?:dinh ky|hang|moi|thuong xuyen)\b|dinh ky\s*(?:\d|hang|moi|quy|thang|nam|tuan)/;

/**
 * A bracket holding only a period with its year, closing the sentence or a clause: "… tại 100% xã,
 * phường (Quý I – Quý II/2027).", "… cho cán bộ (tháng 9/2027); …" (folded).
 */
const BRACKET_PERIOD = /\(\s*((?:quy|thang|nam|6 thang|06 thang)\b[^()]{0,40}?\d{4})\s*\)(?=\s*[.;]?\s*$|\s*[.;]\s)/g;

/**
 * A bracket holding only an ongoing or repeating time closing the sentence: "… giám sát việc thi hành
 * pháp luật (thường xuyên).", "… (hằng quý)". Read as if labelled (folded).
 */
const BRACKET_ONGOING = /\(\s*((?:thuong xuyen|hang (?:nam|quy|thang|tuan)|dinh ky [^()]{3,30}))\s*\)(?=\s*[.;]?\s*$)/g;

/**
 * "hoàn thành trong 30 ngày kể từ ngày ban hành Kế hoạch", "chậm nhất 05 ngày làm việc trước phiên họp":
 * a time counted from an event, to the clause's end (folded).
 */
const WITHIN_FROM = /\b(?:(?:hoan thanh\s*)?trong\s*(?:vong\s*|thoi han\s*)?\d{1,3}\s*(?:ngay(?:\s*lam viec)?|tuan|thang|gio)\s*,?\s*ke tu|cham nhat\s*\d{1,3}\s*(?:ngay(?:\s*lam viec)?|tuan|thang|gio)\s*(?:truoc|sau))\b[^.;()]{3,100}/g;

/**
 * A day with its year in a task's sentence: "Tổ chức Lễ phát động vào ngày 15/11/2026.", "… Lễ ra quân
 * ngày 15/11/2026", "(dự kiến ngày 14/11/2026)" — the day the work is done. Not a day that starts
 * something ("từ ngày", "kể từ ngày", "sau ngày"), nor the date of a document (citations are left out
 * before, and "ban hành / ký … ngày" by PAST_EVENT_BEFORE) (folded).
 */
const DAY_IN_TASK = /\b(?:du kien\s*)?(?:vao\s*)?ngay\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})(?![\d/])/g;
const DOCUMENT_BEFORE = /\b(?:thong bao|cong van|ket luan|quyet dinh|ke hoach|chi thi|nghi quyet|van ban|to trinh|bao cao|huong dan|thong tu|nghi dinh|luat|chuong trinh|de an|phuong an|bien ban)\b/;
/** Cheap test for DAY_IN_TASK (folded). */
const DAY_START = /ngay\s*\d/;
const STARTS_AT = /\b(?:tu|ke tu|sau|den|toi|truoc|cham nhat|han)\s*$/;

/**
 * Before a Tết holiday, in a task's sentence: "… trước Tết Nguyên đán.", "… trước Tết Nguyên đán Đinh Mùi", "…
 * trước Tết Nguyên đán Mậu Thân 2028", "trước Tết Dương lịch" — read like that phrase in a cell (relative to the
 * holiday). The year's name in the sexagenary cycle (a stem and a branch) and the year may follow (folded).
 */
const BEFORE_TET =
  /\btruoc\s*tet(?:\s*(?:nguyen dan|am lich|co truyen|duong lich|trung thu))?(?:\s*(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s*(?:ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi)\b)?(?:\s*(?:nam\s*)?\d{4})?(?![\d/])/g;

/**
 * A bracket holding only the event the work waits for, closing the sentence: "… bảo đảm an ninh, trật tự
 * (khi có yêu cầu).", "(sau khi có hướng dẫn của Bộ)" — read as if labelled (folded).
 */
const BRACKET_EVENT = /\(\s*((?:khi|ngay khi|sau khi)\s[^()]{3,60}?)\s*\)(?=\s*[.;]?\s*$)/g;

/**
 * A schedule that ends the task, as a clause of its own or after "định kỳ": "… bố trí kinh phí thực hiện; hằng
 * năm.", "…; thực hiện thường xuyên.", "…; triển khai hằng năm.", "… báo cáo kết quả định kỳ 6 tháng, năm." — read as if labelled (a frequency word inside the sentence,
 * "tổ chức hội nghị hằng năm để …", "kiểm tra định kỳ và đột xuất", stays none). Group 1 the schedule (folded).
 */
const TRAILING_SCHEDULE = /(?:;\s*(?:(?:to chuc\s*)?(?:thuc hien|trien khai)\s*)?|\b(?=dinh ky\s*(?:\d|hang|moi|quy|thang|nam|tuan)))((?:dinh ky|hang|moi|thuong xuyen)\b[^;.()]{0,40}?)\s*[.;]?\s*$/d;

/** Cheap test for a date with its year: "03/02/2027", "3 tháng 2 năm 2027" (folded). */
const FULL_DATE = '(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4})(?![\\d/])';
/**
 * The occasion the work is done at, with its date: "(trao Huy hiệu Đảng) vào dịp 03/02/2027", "vào dịp kỷ
 * niệm Ngày thành lập Đảng (03/02/2027)" — the date (group 1 or 2), as "vào ngày …" is (folded).
 */
const OCCASION_DATE = new RegExp(`\\b(?:vao\\s*)?dip\\s*(?:(?:ngay\\s*)?(${FULL_DATE})|[^.;()]{3,80}?\\(\\s*(?:ngay\\s*)?(${FULL_DATE})\\s*\\))`, 'dg');

/** "…; Đợt 1: tháng 8/2027" (the first round of work and its time): the first round's period (folded). */
const ROUND_LABEL = /\bdot\s*(?:\d{1,2}|[ivx]{1,4})\s*:\s*([^;.()]{3,40}?\d{4})(?![\d/])/g;

/** "đã (hoàn thành|thực hiện|ban hành …)" right before a date (folded). */
const DONE_BEFORE = /(?:^|[\s(])da\s+(?:(?:hoan thanh|thuc hien|trien khai|ban hanh|to chuc|duoc)\s+){0,2}$/;

/** The sentence (or ';' clause) holding a span: from the ".", ";" or ":" before it to the "." or ";" after it. */
function sentenceAround(f: string, span: Span): string {
  const before = f.slice(0, span.start);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = /;|\.(?:\s|$)/.exec(f.slice(span.end));
  return f.slice(start, after ? span.end + after.index : f.length);
}

/** Candidate spans of explicit deadline phrases, in text order, outside citations. */
function candidates(f: string): Span[] {
  // (a day with its year is the only candidate without a trigger word, and "ngày" + digits is common in
  // citations: the other patterns run only when a trigger word is there)
  const triggered = TRIGGER_WORDS.test(f);
  const day = f.includes('ngay') && DAY_START.test(f);
  if (!triggered && !day) return [];
  const spans: Span[] = [];
  if (day) dayCandidates(f, spans);
  if (triggered) triggeredCandidates(f, spans);
  if (spans.length === 0) return spans;
  const citations: Span[] = [];
  for (const m of f.matchAll(CITATION)) citations.push({ start: m.index, end: m.index + m[0].length });
  return spans
    .filter((s) => !citations.some((c) => overlaps(s, c)))
    // "(đã hoàn thành trong tháng 4/2026)": done already, a status and no deadline
    .filter((s) => !DONE_BEFORE.test(f.slice(Math.max(0, s.start - 24), s.start)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function dayCandidates(f: string, spans: Span[]): void {
  for (const m of f.matchAll(DAY_IN_TASK)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const before = f.slice(Math.max(0, span.start - 24), span.start);
    // a bare "ngày …" just after a document's name is its date ("Thông báo kết luận … ngày 12/3/2026")
    const bare = !/^(?:du kien|vao)/.test(m[0]);
    if (bare && DOCUMENT_BEFORE.test(f.slice(Math.max(0, span.start - 60), span.start))) continue;
    if (!STARTS_AT.test(before) && !PAST_EVENT_BEFORE.test(before) && !OBJECTIVE_WORDS.test(sentenceAround(f, span))) spans.push(span);
  }
}

function triggeredCandidates(f: string, spans: Span[]): void {
  for (const re of TEXT_TRIGGERS) {
    for (const m of f.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const re of TEXT_TRIGGERS_TASK) {
    for (const m of f.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!PAST_EVENT_BEFORE.test(f.slice(Math.max(0, span.start - 24), span.start)) && !OBJECTIVE_CUE.test(sentenceAround(f, span))) spans.push(span);
    }
  }
  for (const m of f.matchAll(TEXT_ONWARD)) {
    const span = { start: m.index, end: m.index + m[0].length, labelled: true };
    if (!OBJECTIVE_CUE.test(sentenceAround(f, span))) spans.push(span);
  }
  for (const m of f.matchAll(BRACKET_PERIOD)) {
    const s = m.index + m[0].indexOf(m[1]!);
    const span = { start: s, end: s + m[1]!.length };
    // (a share alone, "tại 100% xã", is where the work is done: only the words of an objective count)
    if (!OBJECTIVE_WORDS.test(sentenceAround(f, span))) spans.push(span);
  }
  if (f.includes('dot')) {
    for (const m of f.matchAll(ROUND_LABEL)) {
      const st = m.index + m[0].lastIndexOf(m[1]!);
      spans.push({ start: st, end: st + m[1]!.length });
    }
  }
  if (f.includes('tet')) for (const m of f.matchAll(BEFORE_TET)) spans.push({ start: m.index, end: m.index + m[0].length, labelled: true });
  if (f.includes('khi')) {
    for (const m of f.matchAll(BRACKET_EVENT)) {
      const st = m.index + m[0].indexOf(m[1]!);
      spans.push({ start: st, end: st + m[1]!.length, labelled: true });
    }
  }
  for (const m of f.matchAll(BRACKET_ONGOING)) {
    const st = m.index + m[0].indexOf(m[1]!);
    spans.push({ start: st, end: st + m[1]!.length, labelled: true });
  }
  if (f.includes('dip')) {
    for (const m of f.matchAll(OCCASION_DATE)) {
      const [st, en] = m.indices![1] ?? m.indices![2]!;
      const span = { start: st, end: en };
      if (!PAST_EVENT_BEFORE.test(f.slice(Math.max(0, m.index - 24), m.index)) && !OBJECTIVE_WORDS.test(sentenceAround(f, span))) spans.push(span);
    }
  }
  const tail = TRAILING_SCHEDULE.exec(f);
  if (tail) {
    // (to the schedule's last word: "định kỳ hằng quý" of "… định kỳ hằng quý về Sở Dân tộc và Tôn giáo.")
    const [st, en] = tail.indices![1]!;
    const scan = scanRecurring(f, st, en, true);
    spans.push({ start: st, end: scan.recurrences.length > 0 && scan.end > st ? scan.end : en, labelled: true });
  }
  for (const m of f.matchAll(WITHIN_FROM)) spans.push({ start: m.index, end: m.index + m[0].length, labelled: true });
  for (const m of f.matchAll(TEXT_LABEL)) {
    const [s, e] = m.indices![1]!;
    const end = unbalancedClose(f, s, e);
    if (end > s) spans.push({ start: s, end, labelled: true });
    // "thời gian: tháng 7 - tháng 8/2026 (dịp hè)": a note in brackets after the time is no part of it
    const note = /\s*\([^()]*\)\s*$/.exec(f.slice(s, end));
    if (note && note.index > 0) spans.push({ start: s, end: s + note.index, labelled: true });
  }
}

/**
 * A year-less date after a yearly cue in the same sentence is a yearly schedule:
 * "định kỳ hằng năm báo cáo …, gửi về Bộ … trước ngày 25 tháng 12" → yearly on 12-25.
 */
function yearlyFromCue(t: FoldedText, span: Span, spanFolded: string): DeadlineResult | null {
  if (/\d{4}/.test(spanFolded)) return null;
  let cue: RegExpExecArray | null = null;
  for (const m of t.folded.slice(0, span.start).matchAll(YEARLY_CUE)) cue = m;
  if (!cue) return null;
  // Read the day and month with a leap year so 29/02 survives.
  const probe = parseFolded(foldMapped(spanFolded), spanFolded, { year: 2000 });
  if (probe.deadline.kind !== 'date' || !probe.deadline.due) return null;
  const raw = trimRaw(sourceSlice(t, cue.index, span.end));
  return { deadline: recurringDeadline(raw, [{ frequency: 'yearly', on: probe.deadline.due.slice(5) }]), problems: [] };
}

export function findDeadlineInText(text: string, ctx: DeadlineContext): DeadlineResult | null {
  try {
    const t = foldMapped(typeof text === 'string' ? text : '');
    if (t.folded === '') return null;
    const lead = leadingClause(t);
    if (lead) return lead;
    for (const span of candidates(t.folded)) {
      const raw = trimRaw(sourceSlice(t, span.start, span.end));
      const sub = foldMapped(raw);
      const result = parseFolded(sub, raw, ctx);
      const kind = result.deadline.kind;
      if (kind === 'unspecified') continue;
      if (!span.labelled && (kind === 'continuous' || kind === 'relative')) continue;
      if (kind === 'date') {
        const yearly = yearlyFromCue(t, span, sub.folded);
        if (yearly) return yearly;
      }
      return result;
    }
    return t.folded.includes('dinh ky') ? laterScheduleClause(t) : null;
  } catch {
    return null;
  }
}
