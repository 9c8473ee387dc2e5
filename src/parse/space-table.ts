// Task tables laid out with runs of spaces, as `pdftotext -layout` prints them:
//
//   TT        Nội dung nhiệm vụ              Cơ quan chủ trì    Cơ quan phối hợp    Thời gian
//                                                                                  hoàn thành
//    1   Rà soát, chuẩn hóa dữ liệu dân cư   Công an xã         Văn phòng HĐND      Quý II/2026
//        phục vụ dịch vụ công trực tuyến                        và UBND
//
// The header (one to five lines, its names wrapped, centred or squeezed) gives the columns; the
// body's pieces of text (runs of words apart by two spaces or more) are placed in the columns by
// where they start, a piece running into the next column is cut at the space nearest its edge; a
// number in the TT column starts a row, and the lines of a cell wrapped over several lines are
// gathered into it. When the row number is printed on the middle line of its row (a cell centred
// vertically), the lines above it belong to it too. pdftotext places words by their printed
// position, so the edges drift a few columns from row to row: each row's own pieces correct them.
// Each table becomes tab-separated logical lines (a header line, then one line per row) that
// `readTable` reads like any other table; a line break inside a cell is kept as CELL_BREAK (it
// separates the units of a unit cell).

import * as g from './grammar.js';
import { spliceTables, tableRowLine, type LLine } from './repair.js';
import { CELL_BREAK, headerColumns, isColumnNumberRow, type Column } from './table.js';

interface Frag {
  /** 0-based start and end columns in the raw line. */
  s: number;
  e: number;
  text: string;
}

interface BodyLine {
  ln: number;
  frags: Frag[];
}

const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[A-DĐ])\.?$/;
/** A line with pieces apart by runs of spaces: at least one gap of three spaces inside the text. */
const GAP = /\S {3,}\S/;

/** Width of a raw line's left margin (a form feed, as pdftotext starts a page, counts as margin). */
const marginOf = (raw: string): number => Math.max(0, raw.search(/[^\s\f]/));

/** Pieces of a raw line separated by two spaces or more. */
function fragments(raw: string): Frag[] {
  const out: Frag[] = [];
  for (const m of raw.matchAll(/\S+(?: \S+)*/g)) out.push({ s: m.index, e: m.index + m[0].length, text: m[0] });
  return out;
}

/** A line that can belong to a table header: short pieces, no sentence, no row number first. */
function headerLike(frags: Frag[]): boolean {
  return frags.length > 0 && frags.every((f) => f.text.length <= 45 && !/[.;:]$/.test(f.text)) && !ROW_NUMBER.test(frags[0]!.text);
}

/**
 * A line around the header's main line that still belongs to it: column names wrapped over it
 * ("Tên đơn vị được" above "TT", "hoàn thành" below "Thời gian"). Below the main line every piece
 * starts in lower case or with a bracket: "Rà soát, cập nhật …" is the first line of a row.
 */
function headerPart(frags: Frag[], below: boolean): boolean {
  // (above the main line a name starts with a capital letter, and no piece closes a bracket it did not
  // open: "nghiệp và Môi trường)", "Đức Xuân)" end a caption)
  return (
    headerLike(frags) &&
    frags.every((f) => f.text.length <= 30 && !f.text.includes(',') && !/^[^(]*\)/.test(f.text) && (below ? /^[\p{Ll}(]/u : /^[\p{Lu}\d]/u).test(f.text))
  );
}

/** Words that start a column name, for header names printed one space apart ("Đơn vị chủ Đơn vị phối hợp"). */
const COLUMN_START = /(?<= )(?:Đơn vị|Cơ quan|Thời gian|Thời hạn|Tiến độ|Ghi chú|Ghi|Sản phẩm|Kết quả|Kinh phí|Nguồn|Nội dung|Nhiệm vụ|Dự kiến)(?![\p{L}])/gu;

/** Splits a header piece where another column's name starts after a single space. */
function splitHeaderPiece(f: Frag): Frag[] {
  const cuts = [...f.text.matchAll(COLUMN_START)].map((m) => m.index);
  if (cuts.length === 0) return [f];
  const out: Frag[] = [];
  let from = 0;
  for (const c of [...cuts, f.text.length]) {
    const text = f.text.slice(from, c).trim();
    if (text) out.push({ s: f.s + from, e: f.s + from + text.length, text });
    from = c;
  }
  return out;
}

interface Header {
  first: number;
  last: number;
  columns: Column[];
  /** Span of each column's name, 0-based columns. */
  spans: { s: number; e: number }[];
  texts: string[];
}

/** Groups the pieces of the header lines by the columns they overlap ("Thời gian" over "hoàn thành"). */
function readHeader(raw: readonly string[], first: number, last: number): Header | null {
  const pieces: { f: Frag; row: number }[] = [];
  for (let r = first; r <= last; r++) for (const f0 of fragments(raw[r]!)) for (const f of splitHeaderPiece(f0)) pieces.push({ f, row: r });
  pieces.sort((a, b) => a.f.s - b.f.s);
  const clusters: { s: number; e: number; pieces: { f: Frag; row: number }[] }[] = [];
  for (const p of pieces) {
    const c = clusters[clusters.length - 1];
    if (c && p.f.s <= c.e) {
      c.e = Math.max(c.e, p.f.e);
      c.pieces.push(p);
    } else clusters.push({ s: p.f.s, e: p.f.e, pieces: [p] });
  }
  if (clusters.length < 3) return null;
  const texts = clusters.map((c) =>
    c.pieces
      .sort((a, b) => a.row - b.row || a.f.s - b.f.s)
      .map((p) => p.f.text)
      .join(' '),
  );
  const columns = headerColumns(texts);
  if (!columns || columns[0]!.role !== 'tt') return null;
  return { first, last, columns, spans: clusters.map((c) => ({ s: c.s, e: c.e })), texts };
}

/** The header around raw line `i` (0-based): the run of header-like lines it is part of. */
function findHeader(raw: readonly string[], i: number): Header | null {
  let first = i;
  let last = i;
  while (first > 0 && i - first < 4 && raw[first - 1]!.trim() !== '' && headerPart(fragments(raw[first - 1]!), false)) first--;
  while (last + 1 < raw.length && last - first < 4 && raw[last + 1]!.trim() !== '' && headerPart(fragments(raw[last + 1]!), true)) last++;
  // The widest band first; a band that reads as a header, shrunk from below, wins.
  for (let l = last; l >= i; l--) {
    for (let f = first; f <= i; f++) {
      const h = readHeader(raw, f, l);
      if (h) return h;
    }
  }
  return null;
}

/** Index of the column whose header span overlaps the piece most (or is nearest to it). */
function nearestColumn(spans: { s: number; e: number }[], f: Frag): number {
  let best = 0;
  let bestScore = -Infinity;
  spans.forEach((sp, k) => {
    const overlap = Math.min(sp.e, f.e) - Math.max(sp.s, f.s);
    const score = overlap > 0 ? overlap : -Math.min(Math.abs(sp.s - f.e), Math.abs(f.s - sp.e));
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

/** How many header spans a piece overlaps. */
function spansCrossed(spans: { s: number; e: number }[], f: Frag): number {
  return spans.filter((sp) => Math.min(sp.e, f.e) > Math.max(sp.s, f.s)).length;
}

/**
 * Cuts a piece that runs from one column into the next (one space between them, as in "Công ty cổ
 * phần xây Bài - Lào Cai …"). Text is wrapped to fill its column, so the cut is at the last space
 * that leaves the left part inside its column (`rights[k]`, the furthest a piece of column k reaches
 * elsewhere), not far before the next column's edge, preferring a space before a capital letter;
 * positions drift a little from row to row and page to page, so no exact edge is trusted. Without
 * such a space, the space nearest the edge.
 */
function cutAtEdges(f: Frag, edges: number[], rights: number[]): (Frag & { col?: number })[] {
  const out: (Frag & { col?: number })[] = [];
  let cur: Frag & { col?: number } = f;
  edges.forEach((edge, j) => {
    if (!(cur.s < edge - 1 && cur.e > edge + 1)) return;
    const right = rights[j]!; // the column left of this edge
    // The space nearest the edge; one before a capital letter or a digit is worth two columns more,
    // as a cell's first line starts with one ("… chia sẻ Sở Nội vụ", but "Khoa học và Công của Bộ"
    // where "của Bộ" starts the next column right at its edge).
    let cut = -1;
    let best = Infinity;
    for (let p = edge - 6; p <= Math.max(right + 1, edge + 2); p++) {
      const k = p - cur.s;
      if (!(k > 0 && k < cur.text.length - 1 && cur.text[k] === ' ')) continue;
      const score = Math.abs(p - (edge - 1)) + (/[\p{Lu}\d]/u.test(cur.text[k + 1]!) ? 0 : 2);
      if (score < best) {
        best = score;
        cut = k;
      }
    }
    if (cut < 0) return;
    out.push({ ...cur, e: cur.s + cut, text: cur.text.slice(0, cut) });
    // what follows the cut belongs to the column right of this edge, wherever it was printed
    cur = { s: cur.s + cut + 1, e: cur.e, text: cur.text.slice(cut + 1), col: j + 1 };
  });
  out.push(cur);
  return out;
}

interface SpaceTable {
  /** 1-based source lines replaced by the table's logical lines. */
  first: number;
  last: number;
  lines: LLine[];
}

/** Reads the table whose header is `h`; null when its body has no numbered row. */
function readSpaceTable(raw: readonly string[], h: Header): SpaceTable | null {
  const headerKeys = new Set<string>();
  for (let r = h.first; r <= h.last; r++) headerKeys.add(raw[r]!.trim().replace(/\s+/g, ' '));
  const body: BodyLine[] = [];
  const repeated: number[][] = [];
  const pageNumbers: number[] = [];
  let end = h.last;
  let blank = 0;
  const firstContentEdge = h.spans[1]!.s;
  for (let r = h.last + 1; r < raw.length; r++) {
    const text = raw[r]!;
    const t = text.trim();
    if (t === '' || t === '\f') {
      blank++;
      continue;
    }
    // A bare number in the TT column is a row number (printed alone on the middle line of its row);
    // a page number stands elsewhere (centred or at the right).
    const alone = /^\d{1,3}$/.test(t) && text.search(/\S/) < firstContentEdge - 1;
    if (!alone && (g.isPageNumber(t) || g.isPageMarker(t) || g.isRunningHeader(t, marginOf(text) + 1))) {
      // a page break (its number, or the page's running header): the blank lines around it do not end the table
      pageNumbers.push(r + 1);
      blank = 0;
      continue;
    }
    if (text.startsWith('\f')) blank = 0;
    // Rules under the header or around the table (pandoc's multiline tables: "---- ------- ------").
    if (/^[-=_\s]+$/.test(t) && t.length >= 3) {
      blank = 0;
      continue;
    }
    if (headerKeys.has(t.replace(/\s+/g, ' '))) {
      // The header printed again after a page break.
      addFurniture(repeated, r);
      end = r;
      blank = 0;
      continue;
    }
    if (g.isAppendixHead(t) || g.isRecipientsHead(t) || /^(?:\(\*\)|\*|ghi chú\b|lưu ý\b)/iu.test(t)) break;
    const frags = fragments(text.replace(/\f/g, ' '));
    // The columns numbered under the header ("(1)   (2)   (3)", also under the header printed again).
    if (frags.length >= 3 && frags[0]!.text.length <= 4 && isColumnNumberRow(frags.map((f) => f.text))) {
      addFurniture(repeated, r);
      end = r;
      blank = 0;
      continue;
    }
    const tt = frags[0]!.s < firstContentEdge && ROW_NUMBER.test(frags[0]!.text);
    // After a blank line the table goes on only with a numbered row or text inside its columns.
    if (blank > 0 && !tt && frags[0]!.s < firstContentEdge) break;
    if (blank > 2 && !tt) break;
    blank = 0;
    body.push({ ln: r + 1, frags });
    end = r;
  }
  if (body.length === 0) return null;

  // Left edges of the columns, from the pieces that sit in one header span only.
  const n = h.columns.length;
  const edges: number[] = h.spans.map((sp) => sp.s);
  const seen: number[] = Array.from({ length: n }, () => Infinity);
  const rights: number[] = h.spans.map((sp) => sp.e);
  for (const b of body) {
    for (const f of b.frags) {
      if (spansCrossed(h.spans, f) > 1) continue;
      const k = nearestColumn(h.spans, f);
      seen[k] = Math.min(seen[k]!, f.s);
      rights[k] = Math.max(rights[k]!, f.e);
    }
  }
  for (let k = 1; k < n; k++) if (seen[k]! < Infinity) edges[k] = Math.min(edges[k]!, seen[k]!);
  for (let k = 1; k < n; k++) edges[k] = Math.max(edges[k]!, edges[k - 1]! + 1);
  const columnOf = (f: Frag, at: number[]) => {
    let k = 0;
    while (k + 1 < n && f.s >= at[k + 1]! - 1) k++;
    return k;
  };

  // Each body line as cells.
  const cellsOf = (b: BodyLine, at: number[] = edges): string[] => {
    const cells: string[] = Array.from({ length: n }, () => '');
    for (const f0 of b.frags) {
      for (const f of cutAtEdges(f0, at.slice(1), rights)) {
        const k = f.col ?? columnOf(f, at);
        cells[k] = cells[k] ? `${cells[k]} ${f.text}` : f.text;
      }
    }
    return cells;
  };
  const lineCells = body.map((b) => cellsOf(b));
  const anchors = lineCells.flatMap((c, i) => (ROW_NUMBER.test(c[0]!) ? [i] : []));
  if (anchors.length === 0) return null;

  // Rows: from each numbered line to the next; when text comes before the first number, the numbers
  // are centred in their rows and a row also takes as many lines above its number as below it.
  // A cell's text starts with a capital letter or a digit, its wrapped lines mostly in lower case: where
  // the content column starts a new text is where a row starts (a row cut by a page break goes on
  // after the repeated header with lower-case lines).
  const ci = h.columns.findIndex((c) => c.role === 'content');
  const content = (k: number) => (ci >= 0 ? lineCells[k]![ci]! : '');
  const startsText = (k: number) => /^[\p{Lu}\d"“(]/u.test(content(k));
  const rows: { from: number; to: number; anchor: number }[] = [];
  // Group rows ("I    HOÀN THIỆN THỂ CHẾ") are one line, printed at the top: the rows are centred
  // when text comes before the first numbered row's number (after any group row above it).
  const group = (a: number) => /^(?:[IVX]{1,5}|[A-DĐ])\.?$/.test(lineCells[a]![0]!);
  const firstRow = anchors.findIndex((a) => !group(a));
  const centred = firstRow >= 0 && anchors[firstRow]! > (firstRow > 0 ? anchors[firstRow - 1]! + 1 : 0);
  let cursor = 0;
  anchors.forEach((a, i) => {
    const next = anchors[i + 1];
    if (centred && group(a)) {
      // lines between the row above and the group line went to the row above
      rows.push({ from: cursor, to: a, anchor: a });
      cursor = a + 1;
      return;
    }
    if (!centred) {
      rows.push({ from: a, to: (next ?? body.length) - 1, anchor: a });
      return;
    }
    if (next === undefined) {
      rows.push({ from: cursor, to: body.length - 1, anchor: a });
      return;
    }
    let to = next !== undefined && group(next) ? next - 1 : a + Math.min(a - cursor, next - a - 1);
    // Where the next row's text starts: at its number, or on a line above it.
    let c = -1;
    for (let k = next; k > a && c < 0; k--) if (startsText(k)) c = k;
    if (c >= 0) {
      let textBetween = false;
      for (let k = to + 1; k < c; k++) if (content(k) !== '') textBetween = true;
      if (c <= to || textBetween) to = c - 1;
    }
    rows.push({ from: cursor, to, anchor: a });
    cursor = to + 1;
  });

  const out: LLine[] = [];
  const headerLines = Array.from({ length: h.last - h.first + 1 }, (_, k) => h.first + k + 1);
  out.push(tableRowLine(h.texts, h.first + 1, headerLines, { column: h.spans[0]!.s + 1 }));
  const repeatedAt = new Map(repeated.map((r) => [r[0]!, r]));
  let nextRepeat = [...repeatedAt.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    // Positions drift from row to row (and page to page): the row's own pieces that sit in one
    // column give its edges, where it has some.
    const at = [...edges];
    // The row's number line with a piece in every column gives them in order: the surest reading when
    // the header's names were printed squeezed, away from their columns.
    let full: Frag[] | null = null;
    for (let i = row.from; i <= row.to; i++) {
      const fs = body[i]!.frags;
      if (fs.length === n && ROW_NUMBER.test(fs[0]!.text)) full = fs;
    }
    if (full) full.forEach((f, k) => k > 0 && (at[k] = f.s));
    else {
      for (let i = row.from; i <= row.to; i++) {
        for (const f of body[i]!.frags) {
          if (spansCrossed(h.spans, f) > 1) continue;
          const k = nearestColumn(h.spans, f);
          if (k > 0 && at[k] === edges[k]) at[k] = f.s;
          else if (k > 0) at[k] = Math.min(at[k]!, f.s);
        }
      }
    }
    for (let k = 1; k < n; k++) at[k] = Math.max(at[k]!, at[k - 1]! + 1);
    const lns: number[] = [];
    const cells: string[] = Array.from({ length: n }, () => '');
    for (let i = row.from; i <= row.to; i++) {
      lns.push(body[i]!.ln);
      cellsOf(body[i]!, at).forEach((c, k) => {
        if (!c) return;
        if (k === 0) {
          if (i === row.anchor) cells[0] = c;
          return;
        }
        cells[k] = cells[k] ? `${cells[k]}${CELL_BREAK}${c}` : c;
      });
    }
    // A header printed again before this row keeps its place.
    while (nextRepeat.length && nextRepeat[0]! < lns[0]!) {
      const r = repeatedAt.get(nextRepeat.shift()!)!;
      out.push(tableRowLine(h.texts, r[0]!, r, { column: 1 }));
    }
    out.push(tableRowLine(cells, lns[0]!, lns, { column: 1 }));
  }
  for (const k of nextRepeat) out.push(tableRowLine(h.texts, k, repeatedAt.get(k)!, { column: 1 }));
  // Page numbers inside the table stay as lines of their own (furniture), in order.
  for (const p of pageNumbers) if (p <= end + 1) out.push(tableRowLine([raw[p - 1]!.trim()], p, [p], { column: marginOf(raw[p - 1]!) + 1 }));
  out.sort((a, b) => a.line - b.line);
  return { first: h.first + 1, last: end + 1, lines: out };
}

/**
 * Replaces the lines of every task table laid out with spaces by the table's logical lines.
 * `raw` is the source split into lines.
 */
export function readSpaceTables(all: LLine[], raw: readonly string[]): LLine[] {
  // Lines another reader already read as a table's (pandoc's tables with their dashed rules).
  let taken: Set<number> | null = null;
  const starts = (r: readonly string[], i: number) => {
    const text = r[i]!;
    if (text.includes('\t') || text.includes('|') || !GAP.test(text) || !headerLike(fragments(text))) return false;
    taken ??= new Set(all.flatMap((l) => (l.blockId === -1 ? l.lines : [])));
    return !taken.has(i + 1);
  };
  return spliceTables(all, raw, starts, (r, i) => {
    const h = findHeader(r, i);
    const t = h ? readSpaceTable(r, h) : null;
    if (!t) return null;
    for (let ln = t.first; ln <= t.last; ln++) if (taken!.has(ln)) return null;
    return t;
  });
}

/**
 * Header furniture at line index `r` (the header printed again, its column numbers), left out of the rows:
 * consecutive lines stay together in one group of `repeated` (line numbers, 1-based).
 */
function addFurniture(repeated: number[][], r: number): void {
  const last = repeated[repeated.length - 1];
  if (last && last[last.length - 1] === r) last.push(r + 1);
  else repeated.push([r + 1]);
}
