// The grammar of a Vietnamese administrative plan, kept apart from the code that builds the
// register (as in bluebell): what a line *is*, judged from its text alone.
import type { MarkerType, SectionRole } from '../register/types.js';
import { romanToInt, toRoman, VIET_LETTERS } from '../util/text.js';
import { fold, foldHead, mayFoldStartWith, mostlyUpper } from './fast-text.js';

export interface Marker {
  type: MarkerType;
  /** The marker as written, e.g. `II.`, `1.`, `1.2.`, `đ)`, `-`, `Điều 1.`. */
  raw: string;
  /** Normalised value: roman → its number as string, letter → the letter, decimal → "1.2". */
  value: string;
  /** Ordinal for numbering checks (roman/arabic number, letter index, last decimal part). */
  ordinal: number | null;
  /** Text after the marker. */
  rest: string;
  /** A lower-case roman numeral ("ii.", "iv)", and "i." in a list that runs i, ii, iii), of type letter. */
  lowerRoman?: boolean;
}

// Part "A." … "Đ." (plans divided in parts A–D). Single capital, not a roman numeral I/V/X.
const PART = /^(?:PHẦN\s+)?([A-DĐ])[.)]\s+(?=\S)/u;
// "PHẦN I", "PHẦN THỨ HAI", "Phần thứ nhất: TÌNH HÌNH …", "Phần II": a part numbered by a roman numeral, a
// number or an ordinal word (in any case)
const PART_WORD = /^(?:PHẦN|Phần)\s+(?:(?:THỨ|[Tt]hứ)\s+([^\s.:]+)|([IVX]{1,5}|\d{1,2})(?![\p{L}\p{M}\d]))\s*([.:\-–])?\s*/u;
export const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
// "Mục 1.", "MỤC 2:", "Mục II -": a section some ministries number so (under a part, over its "1.1." items)
const SECTION_WORD = /^(?:Mục|MỤC)\s+(\d{1,2}|[IVX]{1,5})\s*(?:[.:]|\s[-–])\s*(?=\S)/u;
const ROMAN = /^([IVX]{1,5})\s*[.)]\s*(?=\S)/;
// "I - MỤC ĐÍCH", "II/ NHIỆM VỤ", "I- MỤC ĐÍCH": other separators some offices use for sections (upper-case
// heading only); the hyphen glued to the numeral is how Party documents (…-KH/TU) number them.
const ROMAN_OTHER = /^([IVX]{1,5})(?:\s*\/\s*|\s*[-–]\s+)(?=\S)/;
const ARTICLE = /^(Điều\s+(\d+))\s*[.:]\s*/u;
const DECIMAL = /^(\d{1,2}(?:\s?\.\s?\d{1,2}){1,4})\s?(?:[.)]|-(?=\s))?(?=\s|$)\s*/;
// "1.", "1)", "1/ " (not "1/2025"), "1- " (Party documents number their items so; not "1-2 ngày")
const ARABIC = /^(\d{1,2})\s?(?:[.)](?!\d)\s*|\/\s+|-\s+)/;
// "(1)", "(12)": numbered items some plans put inside "1." groups (or under "a)")
const ARABIC_PAREN = /^\((\d{1,2})\)\s+/;
const LETTER = /^([a-zđ])\s?[).\/](?=\s)\s*/u; // "a)", "a.", "a/"
const LETTER_DOT_NUM = /^([a-zđ])\.(\d{1,2})[.)]?\s+/u; // "a.1." sub-items
// "a1)", "b2." sub-items of "a)", "b)" (the letter and the number glued)
const LETTER_NUM = /^([a-zđ])(\d{1,2})[.)]\s+/u;
// "ii.", "iii)", "iv.": lower-case roman numerals (a list some plans number so). A single "i.", "v.", "x."
// reads as the letter: the parser decides from the list it is in (see Parser.lowerRoman).
const LOWER_ROMAN = /^(ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)]\s+/;
// "-)", "+)": a bullet some offices write with a bracket
const BULLET_PAREN = /^([-–+])\)\s*(?=\S)/u;
// "Nhiệm vụ 1:", "Giải pháp 2.", "Nhiệm vụ thứ ba:", "Nhóm giải pháp thứ hai -": an item headed by the
// word it numbers (a title line, its paragraph under it), as "1." would head it.
const WORD_ITEM =
  /^((?:Nhóm\s+)?(?:nhiệm vụ|giải pháp))\s+(?:(\d{1,2})|thứ\s+(\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*(?:[.:)]|\s[-–])\s*(?=\S)/iu;
// "Nhiệm vụ 1.1.", "Giải pháp 2.3:": the same word over a decimal number, an item as "1.1." would head it
const WORD_DECIMAL = /^(?:Nhóm\s+)?(?:nhiệm vụ|giải pháp)\s+(\d{1,2}(?:\.\d{1,2}){1,3})\s*(?:[.:)]|\s[-–])?\s*(?=\S)/iu;
const BULLET = /^([-–—+•*·○●▪►✓])\s*(?=\S|$)/u;
/**
 * Bullets of Word's symbol fonts, as text extraction leaves them: private-use characters (Wingdings
 * U+F0A7 "", Symbol U+F0B7 "", U+F0D8, U+F076 …), their Latin-1 look-alikes ("Ø" arrow, "ü" check,
 * "§" square, "v" diamond) and other bullet symbols; always followed by white space (a tab mostly).
 */
const SYMBOL_BULLET = /^([\uF000-\uF0FF]|[ØüÜ§❖◆◇■□❑➢➣➤➔→⇒✔✗◦‣⁃∙▸▹▫])[ \t]+(?=\S)/u;

/** The number of a part: "hai" → 2, "II" → 2, "2" → 2; null for a word that is no ordinal. */
export function partOrdinal(n: string): number | null {
  if (/^\d+$/.test(n)) return Number(n);
  if (/^[IVX]+$/.test(n)) return romanToInt(n);
  const k = ORDINAL_WORDS.indexOf(n.toLowerCase());
  return k >= 0 ? k + 1 : null;
}

/**
 * Word's level-3 bullet "o" (Courier New) in plain text: a lone "o", white space, a capital letter. A
 * marker only on an indented line (see Parser.oBullet): never the word "o" in prose.
 */
export const O_BULLET = /^o[ \t]+(?=\p{Lu})/u;

export function parseMarker(text: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = ARTICLE.exec(text))) {
    return { type: 'article', raw: m[1]!, value: m[2]!, ordinal: Number(m[2]), rest: text.slice(m[0].length) };
  }
  if ((m = PART_WORD.exec(text))) {
    const rest = text.slice(m[0].length);
    const ordinal = partOrdinal(m[1] ?? m[2]!);
    // in capitals; in sentence case ("Phần thứ hai", "Phần II") when a separator, the end of the line or an
    // upper-case title follows (not "Phần thứ hai của Kế hoạch …" in a sentence) and the number is one
    const heading = mostlyUpper(text.slice(0, 40)) || (ordinal !== null && (m[3] || rest.trim() === '' || mostlyUpper(rest.slice(0, 40))));
    if (heading) {
      // the part's number: "Phần thứ hai" is part II, as "PHẦN II" is
      const value = ordinal === null ? `THỨ ${m[1]!.toUpperCase()}` : m[2] ?? toRoman(ordinal);
      return { type: 'part', raw: m[0].trim(), value, ordinal, rest };
    }
  }
  if ((m = SECTION_WORD.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{Lu}"“(]/u.test(rest)) {
      const ordinal = /^\d/.test(m[1]!) ? Number(m[1]) : romanToInt(m[1]!)!;
      return { type: 'roman', raw: m[0].trim(), value: toRoman(ordinal), ordinal, rest };
    }
  }
  if ((m = ROMAN.exec(text))) {
    const rest = text.slice(m[0].length);
    // "V. Tổ chức…" is a section; "I." alone is too. Guard against the word "X." in prose: need a letter next.
    if (/^\S/.test(rest)) {
      return { type: 'roman', raw: m[0].trim(), value: m[1]!, ordinal: romanToInt(m[1]!), rest };
    }
  }
  if ((m = ROMAN_OTHER.exec(text))) {
    const rest = text.slice(m[0].length);
    if (mostlyUpper(rest.slice(0, 60), 0.7)) {
      return { type: 'roman', raw: m[0].trim(), value: m[1]!, ordinal: romanToInt(m[1]!), rest };
    }
  }
  if ((m = PART.exec(text))) {
    const rest = text.slice(m[0].length);
    if (mostlyUpper(rest.slice(0, 60), 0.7)) {
      return { type: 'part', raw: m[0].trim(), value: m[1]!, ordinal: 'ABCDĐ'.indexOf(m[1]!) + 1, rest };
    }
  }
  if ((m = DECIMAL.exec(text))) {
    const value = m[1]!.replace(/\s/g, '');
    const parts = value.split('.');
    // "10-11/2019" or "2.500 người" are not markers: require a following letter.
    const rest = text.slice(m[0].length);
    if (/^[\p{L}"“(]/u.test(rest)) {
      return { type: 'decimal', raw: m[0].trim(), value, ordinal: Number(parts[parts.length - 1]), rest };
    }
  }
  if ((m = ARABIC.exec(text))) {
    const rest = text.slice(m[0].length);
    // "1. 100% hồ sơ …": an item may start with a percentage (not with "2.500 người" or "10/2025").
    if (/^[\p{L}"“(]/u.test(rest) || /^\d{1,3}(?:[.,]\d+)?\s?%\s/u.test(rest)) {
      return { type: 'arabic', raw: m[0].trim(), value: m[1]!, ordinal: Number(m[1]), rest };
    }
  }
  if ((m = ARABIC_PAREN.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{L}"“]/u.test(rest)) return { type: 'arabic', raw: `(${m[1]})`, value: m[1]!, ordinal: Number(m[1]), rest };
  }
  if ((m = WORD_ITEM.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{Lu}"“(]/u.test(rest)) {
      const n = m[2] ?? m[3]!;
      const ordinal = /^\d/.test(n) ? Number(n) : ORDINAL_WORDS.indexOf(n.toLowerCase()) + 1;
      // (its value names the word too: "Nhiệm vụ 1" and "Giải pháp 1" of one section are two items)
      const word = fold(m[1]!).split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
      return { type: 'arabic', raw: m[0].trim(), value: `${word}${ordinal}`, ordinal, rest };
    }
  }
  if ((m = WORD_DECIMAL.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{Lu}"“(]/u.test(rest)) {
      const parts = m[1]!.split('.');
      return { type: 'decimal', raw: m[0].trim(), value: m[1]!, ordinal: Number(parts[parts.length - 1]), rest };
    }
  }
  if ((m = LETTER_DOT_NUM.exec(text))) {
    return { type: 'letter', raw: m[0].trim(), value: `${m[1]}.${m[2]}`, ordinal: null, rest: text.slice(m[0].length) };
  }
  if ((m = LETTER_NUM.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{L}"“(]/u.test(rest)) return { type: 'letter', raw: m[0].trim(), value: `${m[1]}${m[2]}`, ordinal: Number(m[2]), rest };
  }
  if ((m = LOWER_ROMAN.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{L}"“(]/u.test(rest)) return { type: 'letter', raw: m[0].trim(), value: m[1]!, ordinal: romanToInt(m[1]!.toUpperCase()), rest, lowerRoman: true };
  }
  if ((m = LETTER.exec(text))) {
    const rest = text.slice(m[0].length);
    if (/^[\p{L}"“(]/u.test(rest)) {
      const idx = VIET_LETTERS.indexOf(m[1]!);
      return { type: 'letter', raw: m[0].trim(), value: m[1]!, ordinal: idx >= 0 ? idx + 1 : null, rest };
    }
  }
  if ((m = BULLET_PAREN.exec(text))) {
    return { type: 'bullet', raw: `${m[1]})`, value: `${m[1]})`, ordinal: null, rest: text.slice(m[0].length) };
  }
  if ((m = BULLET.exec(text))) {
    const rest = text.slice(m[0].length);
    // "-------" rules and "- 2 -" page numbers are not bullets.
    if (/^[-–—_=\s]*$/.test(rest) || /^\d{1,3}\s*[-–]?$/.test(rest)) return null;
    return { type: 'bullet', raw: m[1]!, value: m[1]!, ordinal: null, rest };
  }
  if ((m = SYMBOL_BULLET.exec(text))) {
    return { type: 'bullet', raw: m[1]!, value: m[1]!, ordinal: null, rest: text.slice(m[0].length) };
  }
  return null;
}

// ---------------------------------------------------------------- section roles

const ROLE_RULES: { role: SectionRole; re: RegExp }[] = [
  { role: 'organisation', re: /^(to chuc thuc hien|phan cong (nhiem vu|thuc hien|trach nhiem)|trach nhiem (thuc hien|cua)|to chuc trien khai)/ },
  { role: 'funding', re: /^(kinh phi|nguon kinh phi|nguon luc)/ },
  { role: 'objectives', re: /^(muc dich|yeu cau|muc tieu|quan diem|chi tieu|pham vi|doi tuong)/ },
  { role: 'content', re: /^(noi dung|nhiem vu|giai phap|cac nhiem vu|cac giai phap|cac noi dung|mot so nhiem vu|nhung nhiem vu|chuong trinh|hoat dong|cac hoat dong|lo trinh|tien do|ke hoach)/ },
  { role: 'appendix', re: /^(danh muc|phu luc|bieu)/ },
];

export function sectionRole(heading: string): SectionRole | null {
  const f = fold(heading).replace(/^[^a-z0-9]+/, '');
  for (const r of ROLE_RULES) if (r.re.test(f)) return r.role;
  return null;
}

// ---------------------------------------------------------------- special lines

/**
 * A line of labelled fields that belongs to the item before it, bulleted or not, one field or
 * several ("- Cơ quan chủ trì: Công an tỉnh.", "Chủ trì: Sở Y tế; phối hợp: Sở Tài chính. Thời
 * hạn: năm 2025."): central and provincial plans often describe each task this way.
 */
export interface ItemLabels {
  deadline?: string;
  lead?: string;
  support?: string;
  product?: string;
}
const LABEL =
  '(thoi (?:gian|han) (?:trinh ban hanh|trinh|ban hanh)(?: (?:thu tuong chinh phu|chinh phu|quoc hoi|bo truong|hdnd tinh|ubnd tinh|hoi dong nhan dan tinh|uy ban nhan dan tinh|cap co tham quyen))?|co quan chu tri soan thao|thoi gian hoan thanh|thoi gian thuc hien|thoi han hoan thanh|thoi han|tien do thuc hien|tien do hoan thanh|thoi diem hoan thanh|thoi gian|san pham dau ra|san pham du kien|san pham|ket qua dau ra|ket qua|co quan chu tri thuc hien|co quan chu tri|don vi chu tri|chu tri thuc hien|chu tri|don vi thuc hien|co quan thuc hien|trach nhiem thuc hien|trach nhiem chinh|trach nhiem|co quan phoi hop|don vi phoi hop|phoi hop thuc hien|phoi hop)\\s*:\\s*';
const LABEL_AT_START = new RegExp(`^(?:[-–—+•*·]\\s*)?\\(?\\s*${LABEL}`);
const LABEL_INSIDE = new RegExp(`[;.,]\\s+${LABEL}`, 'g');

function labelKind(k: string): keyof ItemLabels {
  if (k.includes('chu tri') || k === 'don vi thuc hien' || k === 'co quan thuc hien' || k.startsWith('trach nhiem')) return 'lead';
  if (k.includes('phoi hop')) return 'support';
  if (k.startsWith('san pham') || k.startsWith('ket qua')) return 'product';
  return 'deadline';
}

export function itemLabels(text: string): ItemLabels | null {
  // (every label ends with a colon, and starts with one of these letters, after a bullet or "(")
  if (!text.includes(':') || !mayFoldStartWith(text, 'tskcdp-+*·(')) return null;
  const head = foldHead(text, 50).head;
  if (!LABEL_AT_START.test(head)) return null;
  // Folding keeps one character per character for Vietnamese; when it does not (white space
  // collapsed, other scripts), only the first label is read.
  const f = fold(text);
  const same = f.length === text.length;
  const m = LABEL_AT_START.exec(f);
  if (!m) return null;
  const cuts: { kind: keyof ItemLabels; start: number; valueStart: number }[] = [{ kind: labelKind(m[1]!), start: 0, valueStart: m[0].length }];
  if (same) {
    LABEL_INSIDE.lastIndex = m[0].length;
    let x: RegExpExecArray | null;
    while ((x = LABEL_INSIDE.exec(f))) cuts.push({ kind: labelKind(x[1]!), start: x.index + 1, valueStart: x.index + x[0].length });
  }
  const out: ItemLabels = {};
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i]!;
    const end = i + 1 < cuts.length ? cuts[i + 1]!.start : text.length;
    let value = (same ? text.slice(c.valueStart, end) : text.slice(m[0].length)).trim();
    if (c.kind === 'deadline') value = value.replace(/\)\s*$/, '').trim();
    if (i + 1 < cuts.length) value = value.replace(/[;,]$/, '').trim();
    if (c.kind !== 'deadline' && c.kind !== 'product') value = value.replace(/[.;]$/, '').trim();
    if (out[c.kind] === undefined) out[c.kind] = value;
  }
  return out;
}

/** A label after a clause: "…; phối hợp: …", "…. Thời gian: …" (folded text). */
const LABEL_AFTER_CLAUSE = new RegExp(`([;.]\\s+)(?:[-–—+•*·]\\s*)?\\(?\\s*${LABEL}`);

/**
 * Text followed by labelled fields, as one table cell merged over the content and unit columns
 * writes a task ("Ra quân …<br>Chủ trì: Phòng X; Phối hợp: Phòng Y"): the text before the first
 * label that starts a line (lines are separated by "\n") or follows a clause, and the fields (read
 * as itemLabels reads a labelled line). Null when there is no such label, or no text before it.
 */
export function textThenLabels(text: string): { text: string; labels: ItemLabels } | null {
  if (!text.includes(':')) return null;
  const lines = text.split('\n');
  let cut = -1;
  for (let i = 0, pos = 0; i < lines.length && cut < 0; pos += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (!line.includes(':')) continue;
    const lead = line.length - line.trimStart().length;
    if (i > 0 && LABEL_AT_START.test(foldHead(line.slice(lead), 50).head)) cut = pos + lead;
    else {
      const f = fold(line);
      const m = f.length === line.length ? LABEL_AFTER_CLAUSE.exec(f) : null;
      if (m) cut = pos + m.index + m[1]!.length;
    }
  }
  if (cut < 0) return null;
  const before = text.slice(0, cut).replace(/[\s;,]+$/, '');
  const labels = itemLabels(text.slice(cut).replace(/\s*\n\s*/g, '; '));
  if (!before.trim() || !labels || Object.keys(labels).length === 0) return null;
  return { text: before, labels };
}

/**
 * The document-type line that titles a plan: "KẾ HOẠCH", and the other documents that assign work the
 * same way: "CHỈ THỊ" (a directive), "CHƯƠNG TRÌNH (HÀNH ĐỘNG | CÔNG TÁC)" (a programme), "PHƯƠNG ÁN",
 * "ĐỀ ÁN" (a scheme), "THÔNG BÁO" (a notice: the conclusions of a meeting, work given to units).
 */
export function isPlanTitle(text: string): boolean {
  const f = foldHead(text, 30).head; // the anchored pattern reads at most 25 characters
  return /^(ke hoach|chi thi|chuong trinh|phuong an|de an|thong bao)(?![a-z])/.test(f) && mostlyUpper(text) && text.length < 200;
}

/**
 * The title of one of a plan's sections, written without its number (a Word heading whose automatic
 * number a converter dropped: "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ
 * THỰC HIỆN"): a short line, no sentence, that starts with a section's words. Says nothing of the
 * line's style; the caller asks that it stand alone as a heading.
 */
const SECTION_TITLE =
  /^(?:(?:cac|nhung|mot so) )?(?:muc dich|yeu cau|muc tieu|quan diem|chi tieu|pham vi|doi tuong|noi dung|nhiem vu|giai phap|hoat dong|to chuc thuc hien|to chuc trien khai|phan cong|trach nhiem|kinh phi|nguon kinh phi|nguon luc|can cu|tinh hinh|danh gia|ket qua|thoi gian|tien do|lo trinh|che do bao cao|khen thuong)(?![a-z])/;
export function isSectionTitle(text: string): boolean {
  const t = text.trim().replace(/\s*:$/, '');
  if (t.length < 6 || t.length > 80 || /[.;,!?]$/.test(t) || t.split(/\s+/).length > 12) return false;
  return SECTION_TITLE.test(foldHead(t, 40).head);
}

/**
 * A stage of a plan's work, written as a heading without a number over the items done in it:
 * "Giai đoạn 1 (2026 – 2027)", "Giai đoạn 2: từ năm 2028 đến năm 2030", "Giai đoạn 2026 – 2030": a short
 * line, no sentence, that numbers the stage or names its years. Says nothing of the line's style.
 */
const STAGE = /^giai đoạn\s+(?:\d{1,2}(?!\d)|[IVX]{1,4}(?![\p{L}])|thứ\s+\S+|\(?\s*(?:từ\s+)?(?:năm\s+)?\d{4})/iu;
export function isStageTitle(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[.;,]$/.test(t) || (t.charCodeAt(0) | 0x20) !== 0x67) return false;
  return STAGE.test(t);
}

export function isDecisionTitle(text: string): boolean {
  // The whole folded text must be "quyet dinh", "quyet dinh:" or "quyet dinh :" (12 characters at most).
  if (!mayFoldStartWith(text, 'q')) return false;
  const h = foldHead(text, 13);
  return h.complete && /^quyet dinh\s*:?$/.test(h.head) && mostlyUpper(text);
}

export function isMotto(text: string): 'motto' | null {
  // (The cheap conditions first; the anchored test needs only the first 40 folded characters.)
  if ((text.length < 50 || mostlyUpper(text)) && /cong hoa xa hoi chu nghia viet nam/.test(fold(text))) return 'motto';
  if (mayFoldStartWith(text, 'd') && /^doc lap\s*-\s*tu do\s*-\s*hanh phuc/.test(foldHead(text, 40).head)) return 'motto';
  // the heading of every Party document, where a state document has the national motto
  if (text.length < 40 && mostlyUpper(text) && /^\W*dang cong san viet nam\W*$/.test(fold(text))) return 'motto';
  return null;
}

export function isRule(text: string): boolean {
  // (also a grid table's border, "+----+----+", a line drawn with box characters, "└────┘", and a pipe table's
  // delimiter row with its alignment colons, "| :---- | :---: |")
  return /^[\s\-–—_=*.·~|\u2500-\u257f]{3,}$/.test(text) || (text.charCodeAt(0) === 0x7c && /^\|(?:\s*:?-+:?\s*\|)+$/.test(text)) || /^[-–—_=]{3,}\s*\|/.test(text) || (text.charCodeAt(0) === 0x2b && /^\+(?:[-=:]+\+)+$/.test(text));
}

export function isPageNumber(text: string): boolean {
  if (/^[-–(]?\s*\d{1,3}\s*[-–)]?$/.test(text.trim())) return true;
  // The folded text must start with "trang": look at its first characters before folding it all.
  if (!mayFoldStartWith(text, 't')) return false;
  const h = foldHead(text, 6);
  if (!h.head.startsWith('trang')) return false;
  return /^trang\s+\d+(\s*\/\s*\d+)?$/i.test(h.complete ? h.head : fold(text));
}

export function isPageMarker(text: string): boolean {
  // The folded text must start with "#" or "trang".
  if (!mayFoldStartWith(text, '#t')) return false;
  const h = foldHead(text, 1);
  if (h.head[0] !== '#' && h.head[0] !== 't') return false;
  return /^#*\s*trang\s+\d+\s*$/i.test(h.complete ? h.head : fold(text));
}

/**
 * A page's running header repeated in the body: the issuer in capitals or by its name and the document's
 * number ("BỘ Y TẾ        Kế hoạch số 1587/KH-BYT", "UBND tỉnh Quảng Trị    Kế hoạch số 57/KH-UBND", a Party
 * committee's "ĐẢNG ỦY PHƯỜNG TÂN AN    Kế hoạch số 27-KH/ĐU"), or the number alone ("Kế hoạch số 27/KH-UBND (tiếp)").
 * Nothing follows the number: a sentence that cites a plan goes on ("… ngày 20/01/2026 của …").
 * With its date ("Kế hoạch số 85/KH-UBND ngày 20/01/2027") only when printed away from the left
 * margin (`column`, 1-based, from 20): a line of a wrapped citation can end with a date too.
 */
const RUNNING_HEADER =
  /^(.*?)(?:^|\s)(?:kế hoạch|quyết định|chỉ thị|chương trình|phương án)\s+số\s*:?\s*\d+\s*(?:-\s*\p{Lu}+\s*)?\/\s*[\p{L}\d.\-–]+\s*(?:\(\s*tiếp(?:\s+theo)?\s*\))?(,?\s*ngày\s+\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]|tháng\s+\d{1,2}\s+năm)\s*\d{4})?$/iu;

export function isRunningHeader(text: string, column = 1): boolean {
  // (cheap tests first: every line of a plan comes here, few have a number "…/…" and "số")
  if (text.length > 120 || !text.includes('/') || !/s[ốỐ]/iu.test(text)) return false;
  const m = RUNNING_HEADER.exec(text.trim());
  if (!m || (m[2] && column < 20)) return false;
  const before = m[1]!.trim();
  if (before === '') return true;
  if (/[.;:,]$/.test(before)) return false;
  if (mostlyUpper(before)) return true;
  // the issuer in mixed case ("UBND tỉnh Quảng Trị   Kế hoạch số 57/KH-UBND", "Bộ Y tế   Kế hoạch số …"):
  // a unit's name, apart from the number by a gap (3 spaces or more after a name spaced singly:
  // justified text spreads all its words), or short and no part of a sentence ("UBND tỉnh ban hành Kế
  // hoạch số 57/KH-UBND" / "ngày …" is the line of a wrapped paragraph)
  if (!ISSUER_HEAD.test(before)) return false;
  const gap = !/\s\s/.test(before) && /\s\s$/.test(m[1]!);
  return gap || (before.split(/\s+/).length <= 10 && !PROSE_WORD.test(before));
}
const ISSUER_HEAD = /^(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Bộ|Sở|Ban|Cục|Tổng cục|Văn phòng|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Đảng uỷ|Công an|Bộ Chỉ huy)\s/u;
const PROSE_WORD = /(?:^|\s)(?:tại|theo|của|về|thực hiện|ban hành|triển khai|đã|được|giao|chỉ đạo|để|với|cho|trong|tổ chức|xây dựng|hướng dẫn|phê duyệt|các|chủ trì|phối hợp|tham mưu|báo cáo|là|có|sửa đổi|bổ sung)(?=\s|$)/u;

export function isRecipientsHead(text: string): boolean {
  // The test reads at most 9 characters (after removing * and _): a long enough prefix decides.
  if (!mayFoldStartWith(text, 'n', '*_')) return false;
  const h = foldHead(text, 64);
  const head = h.head.replace(/[*_]/g, '');
  if (!h.complete && head.length < 9) return /^(noi nhan|noi gui|no i nhan|noi nhan)\s*:?/.test(fold(text).replace(/[*_]/g, ''));
  return /^(noi nhan|noi gui|no i nhan|noi nhan)\s*:?/.test(head);
}

/** Signer title lines: "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG". */
const SIGNER_TITLE = /^(tm\.?|kt\.?|tl\.?|ttl\.?|q\.?|pho )?\s*(chu tich|pho chu tich|giam doc|pho giam doc|bo truong|thu truong|truong ban|truong doan|truong phong|chanh van phong|uy ban nhan dan|ubnd|thu tuong|pho thu tuong|bi thu|chanh an|vien truong|cuc truong|vu truong|tong giam doc|truong doan kiem tra)\b/;
/** Signing on behalf of a body or a superior: "TM.", "T/M.", "KT.", "K/T.", "TL.", "TUQ." + any upper-case body ("T/M. ĐOÀN KIỂM TRA"). */
// (Party documents write the slash forms without a dot: "T/M BAN THƯỜNG VỤ".)
const PROXY_TITLE = /^(?:(?:tm|kt|tl|tuq|ttl|t\/m|k\/t|t\/l)\.|(?:t\/m|k\/t|t\/l)\s)\s*\p{L}/u;
export function isSignerTitle(text: string): boolean {
  // (The replace can only change a text that starts with white space, '-' or '|'.)
  const c0 = text.charCodeAt(0);
  const t = c0 === 0x2d || c0 === 0x7c || /^\s/.test(text) ? text.replace(/^\s*[-|]\s*/, '') : text;
  if (t.length > 60) return false;
  const f = fold(t);
  return (SIGNER_TITLE.test(f) || PROXY_TITLE.test(f)) && mostlyUpper(t);
}

/**
 * A signer title glued at the end of another line when two columns were flattened with single
 * spaces ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- TT. Thành ủy; TT. HĐND thành phố; KT. CHỦ TỊCH"):
 * the longest run of at least two upper-case words ending the line that reads as a signer title.
 */
export function signerTitleTail(text: string): { head: string; tail: string } | null {
  const words = text.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && /^[\p{Lu}\d][\p{Lu}\d.\/-]*$/u.test(words[k - 1]!)) k--;
  for (let i = k; i <= words.length - 2; i++) {
    if (i === 0) continue;
    const tail = words.slice(i).join(' ');
    if (isSignerTitle(tail)) return { head: words.slice(0, i).join(' '), tail };
  }
  return null;
}

/** A signer title naming a person's office ("BỘ TRƯỞNG", "KT. CHỦ TỊCH"), not only a body ("ỦY BAN NHÂN DÂN"). */
export function isPersonalSignerTitle(text: string): boolean {
  return isSignerTitle(text) && !/^(uy ban nhan dan|ubnd)\b/.test(fold(text.trim()));
}

/** A person's name: 2–5 capitalised words, no digits or punctuation. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || /[\d:;,.()]/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

/** "DANH MỤC …", "PHỤ LỤC I", "BIỂU …" at the start of an appendix. */
export function isAppendixHead(text: string): boolean {
  if (!mayFoldStartWith(text, 'dpb')) return false;
  const f = foldHead(text, 20).head; // anchored, at most 9 characters and a boundary
  return /^(danh muc|phu luc|bieu( mau| so)?)\b/.test(f) && mostlyUpper(text.slice(0, 12));
}

/** "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo Quyết định số …)". */
export function isCaption(text: string): boolean {
  if (!mayFoldStartWith(text, '(bk')) return false;
  return /^\(?\s*(ban hanh )?kem theo\b/.test(foldHead(text, 30).head); // anchored, at most 20 characters and a boundary
}

/** Closing sentences of the organisation section ("Trên đây là Kế hoạch …"). */
export function isClosing(text: string): boolean {
  const f = foldHead(text, 300).head; // anchored patterns, the longest reads about 250 characters
  return (
    /^tren day la\b/.test(f) ||
    /^(trong qua trinh|qua trinh) (to chuc |trien khai )?(thuc hien|trien khai)/.test(f) ||
    /^(chu tich|uy ban nhan dan|ubnd) .{0,80}\b(yeu cau|de nghi)\b.{0,120}\b(nghiem tuc|to chuc) thuc hien/.test(f) ||
    /^yeu cau (thu truong|cac|chu tich|truong|giam doc)/.test(f) ||
    // "Kế hoạch này được phổ biến đến chi bộ." (how a Party plan ends)
    /^(ke hoach|chi thi|chuong trinh|nghi quyet|huong dan|quy dinh) nay (duoc )?(pho bien|quan triet|truyen dat) (den|toi|trong)\b/.test(f) ||
    closingExhortation(text)
  );
}

/**
 * The last sentence of a text (it ends with "./.", the end mark of an administrative document) when it
 * only asks everyone to carry the document out: "Thủ trưởng các sở, …, Chủ tịch UBND các xã … nghiêm
 * túc thực hiện Chỉ thị này./.". A duty that ends the text the same way ("Giao Công an tỉnh chủ trì …
 * theo dõi việc thực hiện Kế hoạch này./.") is numbered, so it never reaches this test.
 */
function closingExhortation(text: string): boolean {
  if (!/\.\s*\/\s*\.\s*$/.test(text)) return false;
  const f = fold(text);
  if (/\bchu tri\b/.test(f)) return false;
  return (
    /\b(nghiem tuc|khan truong|to chuc|trien khai|chiu trach nhiem) (trien khai |to chuc )?(thuc hien|thi hanh)( nghiem)? (ke hoach|chi thi|chuong trinh|quyet dinh|cong van|van ban|phuong an|de an) nay\b/.test(f) ||
    // a notice's last sentence: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."
    /\bthong bao (?:de |den |cho |toi )?.{0,200}\bbiet(?:\s*(?:,|va|de)?\s*(?:phoi hop |trien khai |to chuc |kip thoi )?(?:thuc hien|trien khai|thi hanh))?[\s.\/]*$/.test(f)
  );
}

/**
 * A numbered item that only says what to do if problems arise ("3. Trong quá trình thực hiện, nếu có khó
 * khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh …"): a closing remark, no task. (The
 * same paragraph without a number is a closing by isClosing.)
 */
export function isClosingItem(text: string): boolean {
  // ("Trong …", "Quá trình …", "Nếu …": a cheap look at the first letter before folding)
  const c = text.charCodeAt(0) | 0x20;
  if (c !== 0x74 && c !== 0x71 && c !== 0x6e) return false;
  const start = foldHead(text, 9).head;
  if (!start.startsWith('trong qua') && !start.startsWith('qua trinh') && !start.startsWith('neu co')) return false;
  const f = foldHead(text, 160).head;
  return /^(?:(?:trong )?qua trinh (?:to chuc |trien khai )?(?:thuc hien|trien khai)[^,]{0,60}?,?\s+)?neu co\b.{0,30}?\b(?:kho khan|vuong mac)/.test(f) && !/\bchu tri\b/.test(f);
}

/** "Căn cứ …", "Thực hiện …", "Trên cơ sở …" — the legal basis. */
export function basisVerb(text: string): string | null {
  const m = /^(can cu|thuc hien|tren co so|xet de nghi|theo de nghi|xet)\b/.exec(foldHead(text, 20).head);
  if (!m) return null;
  return text.slice(0, m[1]!.length);
}

/** Line that only carries layout: a stamp/number residue ("75", "Zh", "*8*"). */
export function isStampResidue(text: string): boolean {
  const t = text.trim();
  return t.length <= 3 && !/^[IVX]+\.?$/.test(t);
}
