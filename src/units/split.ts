// Lists of units: splitting a cell or phrase into unit names, a unit at the start of a sentence,
// and unit headings.

import { clean, foldHead } from '../parse/fast-text.js';
import { type UnitMention, FIRST_WORDS, keyOfName, barePlaceEnd, comradeAt, officeHolderAt, LEAD_IN_MAX_WORDS, leadInAt, mayStartUnit, normalizeUnit, placeThenUnit, protectedNameEnd, scanUnitList, startsUnit, unitListEndsAt } from './normalize.js';
import { type Tok, capitalizeFirst, displayNormalize, tokenize } from './text.js';

// ---------------------------------------------------------------------------------- splitting

/** Hard separators: ";" and line-start bullets ("…; - Vụ Kế hoạch"). */
const HARD_SEP = /\s*;\s*|\n\s*[-+•]\s+/u;
/** "A/ B", "A /B": a slash between two names (not "b/c", not "12/2019"). */
const SLASH_SEP = /(?<=[\p{L}.)])\s*\/\s*(?=\p{Lu})/u;
const PIECE_LEADING = /^(?:[-+•*–—]\s*|(?:và|với|cùng)\s+)+/iu;
const PIECE_TRAILING = /[\s.;:,]+$/u;
const SOFT_SEP = new Set([',', 'và', 'với', 'cùng']);

/**
 * Split a cell or phrase naming several units into raw pieces:
 * "Văn phòng HDND và UBND; các tổ dân phố" → ["Văn phòng HDND và UBND", "các tổ dân phố"].
 * ";" (and a bullet list inside a cell) always separates; "," / "và" / "với" separate only where both
 * sides are units, so "Phòng Kinh tế, Hạ tầng và Đô thị", "Các sở, ban, ngành", "UBND các huyện, thành phố"
 * stay whole. Names in the directory are never cut ("Văn phòng HĐND và UBND").
 */
export function splitUnitList(phrase: string): string[] {
  const out: string[] = [];
  for (const hard of breakLines(phrase.normalize('NFC')).split(HARD_SEP)) {
    for (const part of hard.split(SLASH_SEP)) {
      const piece = clean(part).replace(PIECE_LEADING, '').replace(PIECE_TRAILING, '');
      if (!piece) continue;
      for (const p of splitSoft(piece)) if (p) out.push(p);
    }
  }
  return out;
}

/**
 * Lines of a cell (a `<br>` in an HTML or Markdown table): a line that starts with a unit name is a
 * unit of its own ("Sở Nội vụ⏎Sở Tài chính" → "Sở Nội vụ; Sở Tài chính"); any other line continues
 * the name before it ("Trung tâm Phục vụ hành⏎chính công").
 */
function breakLines(phrase: string): string {
  if (!/\n(?!\s*[-+•]\s)/.test(phrase)) return phrase;
  return phrase
    .split(/\n(?!\s*[-+•]\s)/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce((acc, l) => (acc === '' ? l : `${acc}${/^\p{Lu}/u.test(l) && matchUnitAtStart(l) && isWholeUnit(acc.slice(acc.lastIndexOf(';') + 1)) ? ';' : ''} ${l}`), '');
}

/** The text is a unit name and nothing more ("Sở Nội vụ", not "Văn phòng" before "UBND tỉnh"). */
function isWholeUnit(text: string): boolean {
  const m = matchUnitAtStart(text.trim());
  return m !== null && m.rest.replace(/[\s,;.]+/g, '') === '';
}

interface Seg {
  start: number;
  end: number;
  /** Index of the first token of the segment. */
  tok: number;
}

/** Split one piece on "," / "và" / "với" where both sides are units. */
function splitSoft(piece: string): string[] {
  const toks = tokenize(piece);
  if (!toks.some((t) => SOFT_SEP.has(t.lc))) return [piece];
  // segments between soft separators (a separator inside parentheses does not count)
  const segs: Seg[] = [];
  let depth = 0;
  let segStart = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.lc === '(') depth++;
    else if (t.lc === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && SOFT_SEP.has(t.lc) && k > segStart) {
      segs.push({ start: toks[segStart]!.start, end: toks[k - 1]!.end, tok: segStart });
      segStart = k + 1;
    }
  }
  if (segStart < toks.length) segs.push({ start: toks[segStart]!.start, end: toks[toks.length - 1]!.end, tok: segStart });
  const out: string[] = [];
  let i = 0;
  while (i < segs.length) {
    const first = segs[i]!;
    let end = first.end;
    let j = i + 1;
    // a directory name spanning separators ("Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    // a Party committee of a body and the organisations after it ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh")
    const p = protectedNameEnd(toks, first.tok);
    if (p > 0) {
      const spanEnd = toks[p - 1]!.end;
      while (j < segs.length && segs[j]!.start < spanEnd) end = segs[j++]!.end;
    }
    while (j < segs.length) {
      const next = segs[j]!;
      if (startsUnit(toks, next.tok) && normalizeUnit(piece.slice(first.start, end)) !== null) break;
      end = next.end;
      j++;
    }
    out.push(piece.slice(first.start, end));
    i = j;
  }
  return out;
}

/** Split and normalise; pieces that are not unit names are dropped. */
export function parseUnits(phrase: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const piece of splitUnitList(phrase)) {
    const m = normalizeUnit(piece);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The units a cell of a lead or support column names. Such a cell holds units and nothing else, so a
 * piece that is no known kind of unit ("Thư viện", "Giáo viên chủ nhiệm", "Kế toán") is kept as written
 * when it reads like a name (unlistedUnit); `unlisted` lists those. An unknown piece with commas is
 * taken apart at them when every part reads like a name ("Các tổ chuyên môn, Thư viện").
 */
export function cellUnits(phrase: string): { mentions: UnitMention[]; unlisted: string[] } {
  // "Các sở, ban, ngành theo chức năng, nhiệm vụ (được giao)": the scope the units act in, not a name
  const scope = SCOPE_TAIL.exec(phrase);
  if (scope && scope.index > 0) phrase = phrase.slice(0, scope.index);
  const mentions: UnitMention[] = [];
  const unlisted: string[] = [];
  const take = (piece: string): boolean => {
    const m = normalizeUnit(piece);
    if (m) mentions.push(m);
    else {
      const u = unlistedUnit(piece);
      if (!u) return false;
      mentions.push(u);
      unlisted.push(u.name);
    }
    return true;
  };
  for (const piece of splitUnitList(phrase)) {
    if (normalizeUnit(piece) || !piece.includes(',')) {
      take(piece);
      continue;
    }
    const parts = piece.split(/\s*,\s*/).filter(Boolean);
    if (parts.every((p) => normalizeUnit(p) || unlistedUnit(p))) parts.forEach(take);
    else take(piece);
  }
  return { mentions, unlisted };
}

/** The scope at the end of a unit cell: "theo chức năng, nhiệm vụ (được giao)", "trong phạm vi quản lý". */
const SCOPE_TAIL =
  /\s+(?:theo|trong phạm vi|thuộc phạm vi)\s+(?:các\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực|quản lý)(?:(?:\s*,\s*|\s+và\s+|\s+)(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền|lĩnh vực))*(?:\s+(?:được giao|của mình|của đơn vị|phụ trách|quản lý))?\s*[.;]?\s*$/iu;

/** Words that start a note, a time or a state in a unit column, not a name ("Theo chức năng", "Không"). */
const NOT_A_NAME = /^(?:theo|khi|nếu|trong|sau|trước|từ|đến|hằng|thường|tháng|quý|năm|ngày|không|chưa|đã|đang|cần|ghi chú|xem|như|tất cả)(?![\p{L}])/iu;

/**
 * A piece of a unit cell that no rule knows, as a unit of its own: a capitalised phrase of at most
 * eight words, no sentence in it, no note or time ("Theo chức năng", "Quý II"). Null otherwise.
 */
export function unlistedUnit(piece: string): UnitMention | null {
  const name = clean(piece).replace(/^[-+•*–—]\s*/u, '').replace(/[\s.;:,]+$/u, '');
  if (!/^\p{Lu}/u.test(name) || name.length > 80 || /[:!?]|\.\s/u.test(name) || NOT_A_NAME.test(name)) return null;
  if (name.split(/\s+/).length > 8) return null;
  const key = keyOfName(name);
  if (!key) return null;
  return { raw: piece.trim(), name, key, kind: 'unit', roleWord: null, members: undefined };
}

/**
 * The units of a labelled field ("Cơ quan chủ trì: …"): the value as a list of units, else the units it
 * starts with when a qualifier follows them ("Các sở, ban, ngành quản lý cơ sở dữ liệu chuyên ngành":
 * the departments that manage a database). "Chủ trì: tổ chức tập huấn …" (a duty) names none.
 */
export function fieldUnits(value: string): UnitMention[] {
  const all = parseUnits(value);
  if (all.length) return all;
  const u = matchUnitAtStart(value);
  return u && /^\p{Ll}/u.test(u.rest) ? u.mentions : [];
}

/** Every piece must be a unit; otherwise null. */
function parseAll(phrase: string): UnitMention[] | null {
  const pieces = splitUnitList(phrase);
  if (pieces.length === 0) return null;
  const out: UnitMention[] = [];
  for (const p of pieces) {
    const m = normalizeUnit(p);
    if (!m) return null;
    out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------------------------- sentence start

/** Bullets and list markers before the sentence: "- ", "3. ", "1.2. ", "a) ". */
const LEADING_SKIP = /^[\s\-+•*–—]*(?:(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+)?/u;
const REST_SKIP = /^[\s:,.;–—-]+/u;
const MAX_COLON_TOKENS = 60;
const PREFIX_TOKENS = 16;

/**
 * A unit named at the start of a sentence: "Phòng Văn hóa - Xã hội chủ trì, phối hợp …",
 * "Thủ trưởng các cơ quan, đơn vị thuộc phường: Lãnh đạo …", "Công an tỉnh: Chủ trì …", "Sở Y tế".
 * A lead-in ("Đề nghị", "Giao") may come first. `end` is the offset in `text` just after the unit phrase
 * (before any ":"), `rest` the remainder of the sentence without the leading ":" / "," and spaces.
 */
export function matchUnitAtStart(text: string): { mentions: UnitMention[]; end: number; rest: string } | null {
  const direct = matchUnitAtStartDirect(text);
  if (direct || !INTRO_CLAUSE.test(foldHead(text, 40).head)) return direct;
  // "Căn cứ Kế hoạch này, các sở, ngành … xây dựng kế hoạch …": the subject follows an introductory
  // clause, after one of its first commas ("Căn cứ chức năng, nhiệm vụ được giao, Sở Y tế …").
  let from = 0;
  for (let n = 0; n < MAX_INTRO_COMMAS; n++) {
    const c = text.indexOf(',', from);
    if (c < 0 || c > MAX_INTRO_LENGTH) break;
    // (not past a condition: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan … báo
    // cáo" is the closing remark that asks for reports, no unit's work)
    if (CONDITION.test(foldHead(text.slice(from, c), 60).head)) break;
    const after = text.slice(c + 1);
    const lead = after.length - after.trimStart().length;
    const r = matchUnitAtStartDirect(after.trimStart());
    if (r) return { mentions: r.mentions, end: c + 1 + lead + r.end, rest: r.rest };
    from = c + 1;
  }
  return null;
}

/**
 * Introductory clauses that may come before the subject of a sentence (folded): the basis ("Căn cứ …",
 * "Trên cơ sở …", "Theo chức năng …"), and the time or stage of the work ("Trong quá trình thực hiện, …",
 * "Trong năm 2027, …", "Hằng năm, …", "Định kỳ 6 tháng, …", "Từ nay đến hết năm 2027, …", "Sau khi …, …").
 */
const INTRO_CLAUSE =
  /^(?:[-+•*]\s*)?(?:(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+)?(?:can cu|tren co so|theo chuc nang|trong pham vi|theo nhiem vu|trong (?:qua trinh|thoi gian|giai doan|nam|quy|thang|dip|ky)|(?:hang|moi) (?:nam|quy|thang|tuan)|dinh ky|(?:nam|quy) \S+,|tu nay|tu (?:nam|quy|thang|ngay) |den (?:het )?(?:nam|quy|thang|ngay) |truoc (?:ngay|thang|quy|nam|khi) |sau khi)\b/;
/** A condition in the introductory clause ("nếu có khó khăn, vướng mắc, …"), folded. */
const CONDITION = /^\s*(?:neu|trong truong hop)\b|kho khan|vuong mac/;
const MAX_INTRO_COMMAS = 4;
const MAX_INTRO_LENGTH = 200;

function matchUnitAtStartDirect(text: string): { mentions: UnitMention[]; end: number; rest: string } | null {
  const skip = LEADING_SKIP.exec(text)![0].length;
  // cheap rejection: most lines do not start with a unit. Decided on the first tokens when they
  // suffice (a task sentence has dozens), on all of them otherwise.
  const head = tokenize(text, PREFIX_TOKENS);
  let i = 0;
  while (i < head.length && head[i]!.start < skip) i++;
  const complete = head.length < PREFIX_TOKENS || i + LEAD_IN_MAX_WORDS < head.length;
  if (complete) {
    if (i >= head.length && head.length < PREFIX_TOKENS) return null;
    if (i < head.length && !FIRST_WORDS.has(head[i]!.f) && leadInAt(head, i) === 0 && !COMRADE_FIRST.has(head[i]!.f) && !HONORIFIC_FIRST.has(head[i]!.f)) return null;
  }
  const toks = head.length < PREFIX_TOKENS ? head : tokenize(text);
  i = 0;
  while (i < toks.length && toks[i]!.start < skip) i++;
  if (i >= toks.length) return null;
  if (!FIRST_WORDS.has(toks[i]!.f) && leadInAt(toks, i) === 0 && !COMRADE_FIRST.has(toks[i]!.f) && !HONORIFIC_FIRST.has(toks[i]!.f)) return null;
  const lead = leadInAt(toks, i);
  const comrade = comradeAt(toks, i + lead);
  const t = toks[i + lead];
  if (comrade.n > 0 || (t && t.word && t.cap && HONORIFIC_FIRST.has(t.f))) {
    // "Ông Hoàng Văn An - Trưởng đoàn: Phụ trách chung …": a member of a team by name
    const named = namedPerson(text, toks, i + lead, comrade);
    if (named) return named;
    // "(Giao) đồng chí Bí thư Đảng ủy chỉ đạo …": persons by office
    if (comrade.n > 0) return officeHolders(text, toks, i + lead);
  }
  if (lead > 0 && startsUnit(toks, i + lead, { people: true })) i += lead;
  if (!startsUnit(toks, i, { people: true })) return null;
  const begin = toks[i]!.start;
  // "Units: duty" — everything before the first colon, when it is all units
  const colon = firstColon(toks, i);
  if (colon > i) {
    const phrase = text.slice(begin, toks[colon - 1]!.end);
    const ms = parseAll(phrase);
    if (ms) return result(text, ms, toks[colon - 1]!.end);
  }
  const k = scanUnitList(toks, i, { people: true });
  if (k <= i) return null;
  let endTok = wordEnd(toks, i, k);
  let ms = parseAll(text.slice(begin, toks[endTok - 1]!.end));
  if (!ms) return null;
  // "Báo và Phát thanh, Truyền hình Bắc Ninh, UBND các xã, phường phối hợp": a unit's place name, then a
  // comma and more units, up to their role word or the end of the clause (not into what they do: "…, Báo
  // Vĩnh Long mở chuyên mục …"), named in words (not the next cells of a broken table row: "Sở Du lịch Huế,
  // Hiệp hội Du x x 2025-2030")
  for (let next = placeThenUnit(toks, endTok); next > 0; next = placeThenUnit(toks, endTok)) {
    const e2 = wordEnd(toks, next, scanUnitList(toks, next, { people: true }));
    const named = e2 > next && (unitListEndsAt(toks, e2) || placeThenUnit(toks, e2) > 0) && !toks.slice(next, e2).some((t) => NUMBER.test(t.text));
    const more = named ? parseAll(text.slice(toks[next]!.start, toks[e2 - 1]!.end)) : null;
    if (!more) break;
    ms = [...ms, ...more];
    endTok = e2;
  }
  // "Báo và Phát thanh, Truyền hình Đà Nẵng chủ trì …": the place name of the last unit, written without its
  // level word, is part of the phrase (the sentence goes on after it) but not of the unit's name, as a
  // place after a level word is not ("Sở Y tế thành phố Đà Nẵng" → "Sở Y tế")
  const placed = barePlaceEnd(toks, endTok);
  // (a collective named in the singular, then a name, is one of its members: "Ban nhân dân thôn Đông Hòa")
  const last = ms[ms.length - 1]!;
  if (placed > endTok && last.kind === 'collective' && !/^(?:các|mọi)\s/iu.test(last.raw)) {
    const member = parseAll(text.slice(begin, toks[placed - 1]!.end));
    if (member && member[member.length - 1]!.kind === 'unit') return result(text, member, toks[placed - 1]!.end);
  }
  return result(text, ms, toks[(placed > endTok ? placed : endTok) - 1]!.end);
}

const NUMBER = /^\d/;

/** Folded first words of "đồng chí", "đ/c". */
const COMRADE_FIRST = new Set(['dong', 'd']);

/** Folded "Ông", "Bà": the honorifics before a person's name. */
const HONORIFIC_FIRST = new Set(['ong', 'ba']);
/** One syllable of a person's name: a capital, then lower-case letters ("Hoàng", "Thuân"). */
const NAME_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const MAX_ROLE_TOKENS = 24;

/**
 * A member of a team named in person, then a colon: "Ông Hoàng Văn An - Trưởng đoàn: Phụ trách chung …",
 * "Bà Lê Thị Hoa, Thư ký: …", "Đồng chí Nguyễn Văn Bình - Chủ tịch UBND xã - Trưởng ban: chỉ đạo chung"
 * (the lists that share out the work of an inspection team, a steering committee or a working group).
 * Named "Hoàng Văn An - Trưởng đoàn": the name, then the role in the team, as written. Null unless an
 * honorific ("Ông", "Bà", "Đồng chí", "Đ/c"), a name of 2–5 capitalised syllables and a colon (after the
 * role, within a few words) come in that order. At `i` the caller found the honorific, or "đồng chí" (`comrade`).
 */
function namedPerson(text: string, toks: readonly Tok[], i: number, comrade: { n: number; plural: boolean }): { mentions: UnitMention[]; end: number; rest: string } | null {
  // (after "Ông"/"Bà", or one "đồng chí"; "các đồng chí" are persons by office)
  if (comrade.plural) return null;
  let k = i + (comrade.n > 0 ? comrade.n : 1);
  if (toks[k]?.lc === '.') k++; // "Ông. Hoàng Văn An"
  const from = k;
  while (k < toks.length && k - from < 6 && toks[k]!.word && NAME_SYLLABLE.test(toks[k]!.text)) k++;
  const syllables = k - from;
  if (syllables < 2 || syllables > 5) return null;
  const name = text.slice(toks[from]!.start, toks[k - 1]!.end);
  let role = '';
  let colon = k;
  const sep = toks[k]?.lc;
  if (sep === '-' || sep === ',' || sep === '(') {
    colon = k + 1;
    while (colon < toks.length && colon - k <= MAX_ROLE_TOKENS && toks[colon]!.lc !== ':') {
      if (toks[colon]!.lc === '.' || toks[colon]!.lc === ';') return null;
      colon++;
    }
    if (colon >= toks.length || colon === k + 1 || toks[colon]!.lc !== ':') return null;
    role = clean(text.slice(toks[k + 1]!.start, toks[colon - 1]!.end)).replace(/^\(|\)$/gu, '').replace(/\s*[-–—]\s*/gu, ' - ').trim();
  } else if (sep !== ':') return null;
  const display = role ? `${name} - ${capitalizeFirst(role)}` : name;
  const end = toks[colon - 1]!.end;
  const raw = text.slice(toks[i]!.start, end);
  return result(text, [{ raw, name: display, key: keyOfName(display), kind: 'unit', roleWord: null, members: undefined }], end);
}

/**
 * Persons addressed by office from `i` (at "(các) đồng chí"): "Đồng chí Bí thư Đảng ủy", "Đồng chí Chủ tịch UBND
 * xã và đồng chí Phó Chủ tịch …", "các đồng chí Ủy viên Ban Thường vụ Đảng ủy". Each is named by its title and
 * body ("Bí thư Đảng ủy": a person is not the body, "Đảng ủy"); "các đồng chí …" is a collective ("Các Ủy viên
 * Ban Thường vụ Đảng ủy"). Null when no title and body follow.
 */
function officeHolders(text: string, toks: readonly Tok[], i: number): { mentions: UnitMention[]; end: number; rest: string } | null {
  const mentions: UnitMention[] = [];
  let k = i;
  let endTok = -1;
  for (;;) {
    const c = comradeAt(toks, k);
    const at = k + c.n;
    const h = officeHolderAt(toks, at);
    if (!h || (c.n === 0 && mentions.length === 0)) break;
    const raw = text.slice(toks[at]!.start, toks[wordEnd(toks, at, h.end) - 1]!.end);
    const name = capitalizeFirst(`${c.plural ? 'các ' : ''}${displayNormalize(raw)}`);
    mentions.push({ raw, name, key: keyOfName(name), kind: c.plural ? 'collective' : 'unit', roleWord: text.slice(toks[at]!.start, toks[at + h.title - 1]!.end), members: undefined });
    endTok = wordEnd(toks, at, h.end);
    // "…, đồng chí …", "… và đồng chí …", "…, Chủ tịch UBND xã"
    const sep = toks[endTok];
    if (!sep || (sep.lc !== ',' && sep.lc !== 'và')) break;
    k = endTok + 1;
    if (toks[k]?.lc === 'và') k++;
  }
  return mentions.length ? result(text, mentions, toks[endTok - 1]!.end) : null;
}

/** The end of tokens `from`..`to` without the punctuation that trails them (a closing bracket stays). */
function wordEnd(toks: readonly Tok[], from: number, to: number): number {
  let e = to;
  while (e > from && !toks[e - 1]!.word && toks[e - 1]!.lc !== ')') e--;
  return e;
}

function firstColon(toks: readonly Tok[], i: number): number {
  for (let k = i; k < toks.length && k < i + MAX_COLON_TOKENS; k++) {
    const lc = toks[k]!.lc;
    if (lc === ':') return k;
    if (lc === ';' || lc === '.') return -1;
  }
  return -1;
}

function result(text: string, mentions: UnitMention[], end: number) {
  return { mentions, end, rest: text.slice(end).replace(REST_SKIP, '') };
}

// ---------------------------------------------------------------------------------- headings

const HEADING_MARKER = /^(?:[-+•*–—]\s*)?(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?/u;
const HEADING_MARKUP = /\*\*|__|^#+\s*|\*/gu;
const HEADING_TRAILING = /[\s:.;,]+$/u;
/** "Hải Tiến, Giao Minh, …": a list of proper names after "UBND các xã:". */
const NAME_LIST_ITEM = /^\p{Lu}[\p{L}\p{M}]*(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,4}$/u;

/**
 * Does a heading name the addressee(s) of its items? "Văn phòng HĐND và UBND phường", "Các tổ dân phố;
 * Mặt trận Tổ quốc và các đoàn thể", "Đối với cán bộ, công chức, viên chức và người lao động",
 * "UBND các xã: Hải Tiến, Giao Minh, …" (the listed communes become `members`). Topic headings ("Cải cách
 * thể chế", "Mục đích", "Tinh thần, thái độ làm việc của cán bộ, công chức, viên chức") give null.
 * `addressee` is true for the "Đối với …" form.
 */
export function headingUnits(heading: string): { mentions: UnitMention[]; addressee: boolean } | null {
  if (!mayStartUnit(heading)) return null;
  let s = clean(heading).replace(HEADING_MARKUP, '').trim();
  s = s.replace(HEADING_MARKER, '').replace(HEADING_TRAILING, '');
  if (!s) return null;
  const toks = tokenize(s);
  let addressee = false;
  const lead = leadInAt(toks, 0);
  if (lead > 0 && toks[0]!.f === 'doi' && toks[lead]) {
    addressee = true;
    s = s.slice(toks[lead]!.start);
  } else if (lead > 0 && toks[lead]) {
    s = s.slice(toks[lead]!.start);
  }
  const colon = s.indexOf(':');
  if (colon > 0) {
    const ms = parseAll(s.slice(0, colon));
    if (!ms) return null;
    const names = s
      .slice(colon + 1)
      .split(/\s*,\s*|\s+và\s+/u)
      .map((x) => x.trim().replace(/[.…]+$/u, ''))
      .filter((x) => x && x !== '…' && x !== '...');
    if (names.length === 0) return { mentions: ms, addressee };
    if (ms.length !== 1 || !names.every((n) => NAME_LIST_ITEM.test(n))) return null; // "Unit: duty …"
    const m = ms[0]!;
    return { mentions: [{ raw: clean(s), name: m.name, key: m.key, kind: 'collective', roleWord: m.roleWord, members: names }], addressee };
  }
  const ms = parseAll(s);
  if (!ms) return null;
  return { mentions: ms, addressee };
}
