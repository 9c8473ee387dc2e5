// The phrase grammar: every pattern the deadline parser knows, compiled once.
//
// All patterns run on FOLDED text (see normalize.ts): lower case, no diacritics,
// đ → d, every dash → '-'. So "Quý I/2026", "QUÝ I/2026" and "Quy I/2026" all
// read "quy i/2026". The code that turns matches into a `Deadline` lives in
// parse.ts; this file only says what the phrases look like.
//
// Vietnamese vocabulary used below (folded form → meaning):
//   ngay        ngày        day / date ("ngày 15/12" = on 15 Dec)
//   thang       tháng       month
//   quy         quý         quarter (Quý I … Quý IV, Roman or Arabic numerals)
//   nam         năm         year
//   tuan        tuần        week
//   6 thang dau/cuoi nam    6 tháng đầu/cuối năm   first/second half of the year
//   nua nam     nửa năm     half a year
//   giai doan   giai đoạn   phase, period ("giai đoạn 2026 - 2030")
//   thoi ky     thời kỳ     period (same as giai đoạn)
//   truoc       trước       before ("trước ngày 15/12" = by 15 Dec)
//   cham nhat   chậm nhất   at the latest
//   khong muon hon          không muộn hơn   no later than
//   han chot    hạn chót    deadline
//   trong       trong       in / within ("trong quý I" = during Q1)
//   hoan thanh  hoàn thành  complete(d)
//   den / toi   đến / tới   to / until (ranges)
//   tu          từ          from
//   va          và          and
//   hang / moi  hằng, hàng / mỗi   every ("hằng năm" = every year)
//   dinh ky     định kỳ     periodically ("định kỳ 6 tháng" = every 6 months)
//   thuong xuyen            thường xuyên     regularly, ongoing
//   lien tuc    liên tục    continuously
//   dot xuat    đột xuất    ad hoc, unscheduled (OCR also gives "dợt xuất")
//   ke tu       kể từ       counting from ("10 ngày kể từ khi …" = 10 days from …)
//   sau khi     sau khi     after
//   theo        theo        according to ("theo yêu cầu" = on request)

// ------------------------------------------------------------ building blocks

/** A four-digit year 1900–2199. */
const YEAR = '((?:19|20|21)\\d{2})';
/** Separator between a period and its year: "I/2026", "I năm 2026", "6-2026", "6, 2026". */
const YSEP = '\\s*(?:/|-|nam|,)\\s*';
/** A quarter number: Roman (i … iv, validated later) or Arabic. */
const QTR = '([ivx]+|\\d{1,2})';
/** Range separator inside one unit: "II-IV", "10 - 11", "3 đến 5", "I và II", "I, II". */
const RSEP = '\\s*(?:-|den|toi|va|,)\\s*';

function re(source: string, flags = ''): RegExp {
  return new RegExp(source, flags);
}

// ------------------------------------------------------------ atomic periods
// Whole-string patterns for one period (or a range inside one unit). Tried in
// order; the first match wins. `build` in parse.ts switches on `name`.

export type AtomName =
  | 'date-numeric'
  | 'date-words'
  | 'date-short'
  | 'month-range'
  | 'month-range-bare'
  | 'month'
  | 'month-bare'
  | 'quarter-range'
  | 'quarter'
  | 'half'
  | 'year-range'
  | 'year'
  | 'year-this'
  | 'school-year'
  | 'semester';

export const ATOMS: ReadonlyArray<{ name: AtomName; re: RegExp }> = [
  // 15/12/2026, 15-12-2026, 15.12.2026, ngày 15/12/2026 (same separator twice)
  { name: 'date-numeric', re: re(`^(?:ngay\\s*)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${YEAR}$`) },
  // ngày 15 tháng 12 năm 2026, ngày 25 tháng 12 (year optional)
  { name: 'date-words', re: re(`^(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:${YSEP}${YEAR})?$`) },
  // 15/12, 01/6, ngày 15-12 (no year: the plan year is used)
  { name: 'date-short', re: re(`^(?:ngay\\s*(\\d{1,2})\\s*[/.-]|(\\d{1,2})\\s*[/.])\\s*(\\d{1,2})$`) },
  // tháng 10-11/2019, từ tháng 3 đến tháng 5 năm 2026, tháng 3-5 (months 3 to 5)
  { name: 'month-range', re: re(`^(?:tu\\s*)?thang\\s*(\\d{1,2})${RSEP}(?:thang\\s*)?(\\d{1,2})(?:${YSEP}${YEAR})?$`) },
  // 10-11/2019, 3-12/2020, 01-4/2021 (a table column: months 10 to 11 of 2019)
  { name: 'month-range-bare', re: re(`^(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*/\\s*${YEAR}$`) },
  // tháng 6/2026, tháng 6 năm 2026, tháng 06
  { name: 'month', re: re(`^thang\\s*(\\d{1,2})(?:${YSEP}${YEAR})?$`) },
  // 12/2019, 01/2020, 6-2026
  { name: 'month-bare', re: re(`^(\\d{1,2})\\s*[/-]\\s*${YEAR}$`) },
  // Quý II-IV/2026, quý I và quý II năm 2026, từ quý III đến quý IV
  { name: 'quarter-range', re: re(`^(?:tu\\s*)?quy\\s*${QTR}${RSEP}(?:quy\\s*)?${QTR}(?:\\s*(?:/|-|nam)\\s*${YEAR})?$`) },
  // Quý I/2026, quý 1/2026, Quý II năm 2024, quý IV
  { name: 'quarter', re: re(`^quy\\s*${QTR}(?:${YSEP}${YEAR})?$`) },
  // 6 tháng đầu năm 2026, 06 tháng cuối năm, nửa đầu năm 2026
  { name: 'half', re: re(`^(?:0?6\\s*thang|nua)\\s*(dau|cuoi)\\s*nam(?:\\s*(?:/|-|,)?\\s*${YEAR})?$`) },
  // Giai đoạn 2026 - 2030, 2025-2026, năm 2024 - 2025, từ năm 2026 đến năm 2030, giai đoạn 5 năm 2026-2030
  {
    name: 'year-range',
    re: re(`^(?:(?:giai doan|thoi ky|cac nam|nam|tu nam|tu)\\s*)?(?:\\d{1,2}\\s*nam\\s*)?${YEAR}${RSEP}(?:nam\\s*)?${YEAR}$`),
  },
  // Năm học 2026-2027 (a school year: September to May)
  { name: 'school-year', re: re(`^nam hoc\\s*${YEAR}\\s*(?:-|den)\\s*${YEAR}$`) },
  // Học kỳ I (năm học) 2027-2028: the first term (September to mid-January), the second (to the end of May)
  { name: 'semester', re: re(`^hoc ky\\s*(i|ii|1|2)\\s*(?:[,-]\\s*)?(?:cua\\s*)?(?:nam hoc\\s*)?${YEAR}\\s*(?:-|den)\\s*${YEAR}$`) },
  // Năm 2026, 2026
  { name: 'year', re: re(`^(?:nam\\s*)?${YEAR}$`) },
  // "năm", "năm nay" (this year) once "trong"/"cuối" are stripped: the plan year
  { name: 'year-this', re: /^nam(?:\s*nay)?$/ },
];

// ------------------------------------------------------------ phrase edges

/** Labels and verbs that may start any deadline cell: "Thời gian hoàn thành:", "Hoàn thành", "Dự kiến". */
export const LEAD_NOISE: readonly RegExp[] = [
  /^(?:thoi gian|thoi han|tien do|han chot|han)(?:\s*(?:hoan thanh|thuc hien|trien khai|gui bao cao|bao cao))?\s*:\s*/,
  /^(?:du kien|hoan thanh|thuc hien|trien khai|xong|ket thuc)\b\s*(?:vao\b\s*)?/,
];

/** Trailing asides: "(dự kiến)" expected, "(nếu có)" if any. */
export const TRAIL_NOISE = /\s*\((?:du kien|neu co|theo ke hoach)\)\s*$/;

/** Punctuation and markup around a cell: "*Quý I/2026*.", "Năm 2026;". */
export const EDGE_PUNCT_START = /^[\s*_"'“”‘’`.,;:•+-]+/;
export const EDGE_PUNCT_END = /[\s*_"'“”‘’`.,;:]+$/;

/**
 * Words before a period that do not change it (stripped repeatedly):
 * trước = before (flagged: "trước tháng 6" means by the end of May), also "trước khi bắt đầu / (bước) vào"
 * (before the start of: "trước khi bắt đầu năm học 2027 - 2028"),
 * chậm nhất (là) = at the latest, không muộn hơn = no later than, hạn chót = deadline,
 * trong = in, vào = on/in, đến (hết) = until (the end of), cuối = at the end of.
 */
// (and the Party's monthly meeting: "(trong) kỳ sinh hoạt chi bộ (định kỳ) tháng 02/2027" = in the cells' meeting
// of February, the month)
export const PERIOD_PREFIX =
  /^(?:(truoc(?:\s*khi\s*(?:bat dau|buoc vao|vao))?)|cham nhat(?:\s*la)?|khong muon hon|han chot(?:\s*la)?|trong|vao|den|toi|het|cuoi|(?:tai\s*)?(?:cac\s*)?ky sinh hoat(?:\s*(?:chi bo|dang|chuyen de))?(?:\s*dinh ky)?)\b\s*/;

/**
 * A start that is "now" before "đến" (until): "từ nay", "từ bây giờ", "từ ngày ban hành (Kế hoạch)",
 * "từ khi Kế hoạch được phê duyệt" … "đến hết năm 2026" is the period after "đến".
 */
export const FROM_NOW =
  /^tu\s*(?:nay|bay gio|(?:ngay|khi|sau khi)\s*(?:(?:ke hoach|van ban|quyet dinh)(?:\s*nay)?\s*(?:duoc\s*)?)?(?:ky|ban hanh|phe duyet)(?:\s*(?:ke hoach|van ban|quyet dinh)(?:\s*nay)?)?)\s*,?\s*(?=(?:den|toi)\b)/;

/**
 * Part of a month or of a year, read as a range of days: "tuần đầu tháng 8/2026" (first week:
 * 1–7), "tuần thứ 2 của tháng 8" (8–14), "tuần cuối tháng 8" (last seven days), "đầu tháng 8"
 * (early: 1–10), "giữa tháng 8" (mid: 11–20); "đầu năm 2026" (early in the year: the first quarter),
 * "giữa năm (2026)" (mid-year: June and July, the two months around its middle).
 * Groups: 1 the part, 2 the week number, 3 month (absent for a year), 4 year of the month, 5 year of the year.
 */
export const PART_OF_PERIOD = re(
  `^(tuan\\s*(?:dau|dau tien|thu nhat)|tuan\\s*(?:thu\\s*)?(\\d)|tuan\\s*cuoi(?:\\s*cung)?|dau|giua)\\s*(?:cua\\s*)?(?:thang\\s*(\\d{1,2})(?:${YSEP}${YEAR})?|nam(?:\\s*${YEAR})?)$`,
);

// ------------------------------------------------------------ splitting

/** Between two periods of a range: " - ", "đến", "tới", or '-' glued before a unit word. */
export const RANGE_SPLIT = /\s+-\s+|\s*\b(?:den|toi)\b\s*|\s*-\s*(?=(?:quy|thang|nam|ngay)\b)/;
/** Between items of a list: ",", ";", "và", "&", "+". */
export const LIST_SPLIT = /\s*(?:[,;&+]|\bva\b)\s*/;
/** A list item that is just a number, inheriting the previous item's unit ("Quý I, II, III/2026"). */
export const BARE_ITEM = /^(?:[ivx]+|\d{1,2})(?:\s*(?:\/|nam)\s*\d{4})?$/;
/**
 * Rounds of work with their times, the first's time in group 1: "Đợt 1: tháng 4/2027; đợt 2: tháng 4/2028",
 * "Đợt I: Quý II/2027, Đợt II: …", also one round alone ("Đợt 1: tháng 4/2027").
 */
export const ROUNDS = /^dot\s*(?:\d{1,2}|[ivx]{1,4})\s*:\s*(.+?)(?:\s*[;,.]?\s*dot\s*(?:\d{1,2}|[ivx]{1,4})\s*:.*)?$/d;

/**
 * A council session, the time a resolution is submitted at (folded): "(Trình tại) kỳ họp (thường lệ) (HĐND
 * tỉnh)", "Kỳ họp thứ 12 HĐND tỉnh khóa XVIII"; its time follows ("giữa năm 2027", "cuối năm 2027", "tháng
 * 7/2027") or the session alone is the event the work is due at.
 */
export const COUNCIL_SESSION =
  /^(?:trinh\s*)?(?:(?:tai|vao|trong)\s*)?(?:cac\s*)?ky hop\b\s*(?:(?:thuong le|chuyen de|bat thuong|(?:lan\s*)?thu\s*\d{1,2})\s*,?\s*)*(?:(?:cua\s*)?(?:hdnd|hoi dong nhan dan)(?:\s*(?:cap\s*)?(?:tinh|thanh pho|xa|phuong|dac khu|huyen))?\s*)?(?:khoa\s*[ivxl]+\s*)?(?:,\s*)?(?:(?:nhiem ky\s*)?\d{4}\s*-\s*\d{4}\s*)?(?:,\s*)?/;

/** "từ" (from) before the first period of a range. */
export const FROM_WORD = /^tu\b\s*/;

// ------------------------------------------------------------ non-dates

/**
 * Phrases that are recognised but carry no date (kind `unspecified`, no problem):
 * "Theo kế hoạch của tỉnh" (as the province's plan says), "Theo yêu cầu" (on request),
 * "Khi có yêu cầu" (when requested), "Đột xuất" (ad hoc), "Đã hoàn thành" (done).
 * "theo quý / theo tháng / theo định kỳ" are recurring, not non-dates.
 */
/**
 * As another body's schedule has it: "Theo kế hoạch của Sở Y tế", "Theo lịch kiểm tra của Sở Y tế", "Theo tiến
 * độ của dự án" — relative to that schedule (an event with no date), like "Sau khi có văn bản hướng dẫn".
 * Without a body ("Theo kế hoạch", "Theo yêu cầu") it is a non-date (NON_DATES). Group 1 the event.
 */
export const REL_SCHEDULE = /^theo\s*((?:ke hoach|lich|chuong trinh|tien do|lo trinh|thoi gian bieu|thong bao)\b(?:\s+[a-z]+){0,4}?\s+cua\s+\S.*)$/d;

// ("Khi có yêu cầu", "Khi có văn bản hướng dẫn" are relative to that event, as "Khi có dịch xảy ra" is: see
// REL_BEFORE_EVENT; "if requested" and "when needed" name no event)
export const NON_DATES: readonly RegExp[] = [
  /^theo\b(?!\s*(?:tung\s*|moi\s*)?(?:ngay|tuan|thang|quy(?!\s*dinh)|nam|dinh ky|giai doan)\b)/,
  /^(?:neu\s*(?:co\s*)?(?:yeu cau|chi dao|van ban|huong dan|phat sinh)|(?:khi|ngay khi|neu)\s*can(?:\s*thiet)?)\b/,
  /^(?:dot xuat|da hoan thanh|tuy (?:theo )?tinh hinh(?: thuc te)?)$/,
];

// ------------------------------------------------------------ continuous

/**
 * "Thường xuyên" (regularly), "liên tục" (continuously), optionally joined with
 * "đột xuất" (and ad hoc): "Thường xuyên/đột xuất", "Thường xuyên, liên tục".
 * "Trong suốt thời gian thực hiện Kế hoạch" (throughout the plan) too.
 */
export const CONTINUOUS_HEAD =
  /^(?:(?:thuong xuyen|lien tuc)(?:\s*(?:[,;/&-]|va|hoac)?\s*(?:thuong xuyen|lien tuc|dot xuat|kip thoi)\b)*|(?:trong\s*)?suot\s*(?:thoi gian|qua trinh|thoi ky|giai doan|nam).*$)/;

/** "Từ năm 2026" (from 2026 on): open-ended, continuous from a start. */
export const OPEN_FROM = /^tu\b\s*(?!.*\b(?:den|toi)\b)(.+)$/;
/** "Năm 2026 và các năm tiếp theo" (2026 and the following years). */
export const OPEN_ONWARD = /^(.+?)\s*(?:,|va)?\s*(?:cac|nhung)\s*nam\s*(?:tiep theo|sau)$/;

// ------------------------------------------------------------ relative

/**
 * N units counted from an event: "Trong 10 ngày kể từ khi Kế hoạch của tỉnh ban hành"
 * (within 10 days from when the province's plan is issued), "sau 15 ngày kể từ ngày ký",
 * "05 ngày làm việc sau khi …" (working days), "10 ngày trước khi tổ chức" (before → negative), "chậm nhất 48 giờ
 * sau khi phát hiện ca bệnh" (hours: whole days when they make some, else the event alone).
 * Groups: 1 number, 2 unit, 3 relation word, 4 event (with `d` flag indices).
 */
export const REL_OFFSET_EVENT =
  /^(?:(?:trong(?:\s*vong|\s*thoi han|\s*thoi gian)?|truoc|cham nhat(?:\s*la)?|khong qua|toi da|sau(?:\s*khoang)?|khoang)\s*)?(\d{1,3})\s*(ngay|tuan|thang|nam|gio)(?:\s*lam viec)?\s*,?\s*(ke tu|tinh tu|sau khi|sau|truoc khi|truoc)\s*(?:khi\b|ngay\b(?!\s*\d))?\s*(.+)$/d;

/** An event with no offset: "Sau khi Kế hoạch được phê duyệt", "Ngay sau khi có hướng dẫn". Group 1 event. */
export const REL_EVENT = /^(?:ngay\s*)?(?:sau khi|ke tu khi|ke tu|ngay khi)\s*(.+)$/d;

/**
 * Before or after a named event with no date: "Trước Tết Nguyên đán", "Trước kỳ họp HĐND cuối năm",
 * "Sau Đại hội". Tried last, once every calendar reading has failed. Groups: 1 relation, 2 event.
 */
// (also "Khi có dịch xảy ra": when the event happens)
export const REL_BEFORE_EVENT = /^(truoc|sau|khi)\s*(?:khi\s*)?(?!.*\d\s*[/.-]\s*\d)([a-z][a-z]*(?:\s+\S+)+)$/d;

/** A bare duration: "02 ngày", "Trong 03 tháng", "02 ngày làm việc/01 đơn vị". Groups: 1 number, 2 unit. */
export const REL_DURATION =
  /^(?:(?:trong(?:\s*vong|\s*thoi gian)?|khoang|toi da|khong qua)\s*)?(\d{1,3})\s*(ngay|tuan|thang|nam)(?:\s*lam viec)?(?:\s*\/.*)?$/;

export const REL_UNITS = { ngay: 'day', tuan: 'week', thang: 'month', nam: 'year' } as const;

/** The anchor event used for a bare duration ("02 ngày"): the start of the task itself. */
export const IMPLICIT_START_EVENT = 'bắt đầu thực hiện';

// ------------------------------------------------------------ recurring tokens
// A tiny tokenizer: recurring phrases are sequences of these tokens. Sticky
// regexes (flag `y`) so the scanner can try each token at the current position.

export type RecToken =
  | 'skip' // separators and filler words
  | 'every-n' // định kỳ 6 tháng, cứ 2 năm (một lần): explicit frequency with a number
  | 'every' // hằng/hàng/mỗi năm, tháng, quý, tuần, ngày: explicit frequency
  | 'phase' // của từng giai đoạn, mỗi giai đoạn: once per phase (periodic)
  | 'periodic' // định kỳ (alone) / theo (quý): marker, frequency may follow
  | 'day-of-month' // trước ngày 20 hằng tháng: a day of the month (`on` = 01-20 for a monthly schedule)
  | 'day-of-quarter' // trước ngày 15 của tháng đầu quý sau: quarterly, `on` in the first quarter (01-15)
  | 'part-of-cycle' // tuần đầu mỗi quý, cuối hằng tháng, tuần đầu của tháng đầu quý: a part of each period
  | 'part-alone' // cuối tháng, tuần đầu tháng, đầu quý (no number, no frequency word; whole cells only): a part of each month or quarter
  | 'weekday' // (sáng) Chủ nhật, thứ Hai, thứ 7 (whole cells only): the day of the week the work falls on, says nothing of the schedule
  | 'day-alone' // (hằng tháng) trước ngày 20: a day of the month after or before a monthly frequency
  | 'date-on' // trước ngày 15/12, ngày 15 tháng 12 (no year): the fixed day `on`
  | 'period-of-year' // (trong) quý I, tháng 3 (no year) hằng năm: a yearly schedule due at the period's end (03-31)
  | 'report' // (hằng năm,) báo cáo (trước 15/12): what is due, after a frequency (whole cells only)
  | 'num-unit' // 6 tháng, 1 năm, 3 tháng: weak (needs another cue to be recurring)
  | 'half' // nửa năm: weak semiannual
  | 'bare'; // quý, tháng, năm, tuần: weak, whole-cell lists only ("Quý, 6 tháng, năm")

const DATE_LEAD = '(?:(?:truoc|cham nhat(?:\\s*la)?|vao|den|khoang)\\s*)?';

export const REC_TOKENS: ReadonlyArray<{ token: RecToken; re: RegExp }> = [
  // separators, brackets, and words that do not change the schedule:
  // và/hoặc (and/or), một lần (once), thường xuyên (regularly), đột xuất (ad hoc), liên tục
  { token: 'skip', re: /(?:[\s,;:/()+&.*"'“”-]+|(?:va|hoac|mot lan|0?1 lan|thuong xuyen|dot xuat|lien tuc|theo quy dinh)\b)/y },
  { token: 'every-n', re: /(?:dinh ky|cu|moi)\s*(\d{1,2})\s*(ngay|tuan|thang|quy|nam)\b(?:\s*(?:mot|0?1)\s*lan\b)?/y },
  { token: 'phase', re: /(?:(?:cua|theo)\s*)?(?:tung|moi|hang)\s*giai doan\b|giai doan\b(?!\s*\d)/y },
  { token: 'every', re: /(?:hang|moi|tung)\s*(ngay|tuan|thang|quy|nam)\b/y },
  { token: 'periodic', re: /dinh ky\b|theo\s*(?:tung\s*|moi\s*)?(?=(?:ngay|tuan|thang|quy|nam|dinh ky)\b)/y },
  // trước ngày 15 của tháng đầu quý sau, ngày 25 tháng cuối quý: a day in a month of each quarter
  {
    token: 'day-of-quarter',
    re: re(`${DATE_LEAD}ngay\\s*(\\d{1,2})\\s*(?:cua\\s*)?thang\\s*(dau|cuoi|thu\\s*[123])\\s*(?:cua\\s*)?(?:moi\\s*|hang\\s*|tung\\s*)?quy\\b(\\s*(?:sau|ke tiep|tiep theo)\\b)?`, 'y'),
  },
  // tuần đầu mỗi quý, tuần cuối hằng tháng, đầu mỗi quý, tuần đầu của tháng đầu quý: the part of each month,
  // quarter or year (as PART_OF_PERIOD reads it in one month) the work falls in. Groups: 1 the part, 2 the
  // week number, 3 the month of the quarter (dau, cuoi, thu N), 4 the period of the cycle
  {
    token: 'part-of-cycle',
    re: re(
      `(?:(?:trong|vao)\\s*)?(tuan\\s*(?:dau(?:\\s*tien)?|thu\\s*nhat)|tuan\\s*(?:thu\\s*)?(\\d)|tuan\\s*cuoi(?:\\s*cung)?|dau|giua|cuoi)\\s*(?:cua\\s*)?(?:thang\\s*(dau|cuoi|thu\\s*[123])\\s*(?:cua\\s*)?(?:moi\\s*|hang\\s*|tung\\s*)?(quy)|(?:moi|hang|tung)\\s*(thang|quy|nam))\\b`,
      'y',
    ),
  },
  // "(Chủ nhật) cuối tháng", "tuần đầu tháng", "cuối quý" in a deadline cell: no month, quarter or word
  // after it ("cuối tháng 12", "cuối tháng này", "đầu quý II", "cuối tháng sau" are one period), so it is
  // each month's or quarter's, as "cuối mỗi tháng" is. Groups as part-of-cycle: 1 the part, 2 the week, 3 the period
  {
    token: 'part-alone',
    re: re(
      `(?:(?:trong|vao)\\s*)?(tuan\\s*(?:dau(?:\\s*tien)?|thu\\s*nhat)|tuan\\s*(?:thu\\s*)?(\\d)|tuan\\s*cuoi(?:\\s*cung)?|dau|giua|cuoi)\\s*(?:cua\\s*)?(thang|quy)\\b(?!\\s*(?:\\d|(?:[ivx]+|nay|nam|truoc|sau|toi|ke|tiep|hien|mot|hai|ba|tu|bon|bay|tam|chin|muoi|gieng|chap)\\b))`,
      'y',
    ),
  },
  { token: 'day-of-month', re: re(`${DATE_LEAD}ngay\\s*(\\d{1,2})\\s*(?=(?:hang|moi|cua)\\s*thang\\b)`, 'y') },
  {
    token: 'date-on',
    re: re(`${DATE_LEAD}(?:ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})|(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2}))\\b(?!\\s*(?:[/.-]|nam)\\s*\\d)`, 'y'),
  },
  // "hằng tháng (trước ngày 20)": a day with no month, for a monthly schedule
  { token: 'day-alone', re: re(`${DATE_LEAD}ngay\\s*(\\d{1,2})\\b(?!\\s*(?:[/.-]|thang|nam)\\s*\\d)`, 'y') },
  // "(trong) quý I", "tháng 3" with no year, before or after "hằng năm": the period of each year the work is due
  // in ("Quý I hằng năm", "hằng năm vào tháng 12"). Groups: 1 the quarter, 2 the month
  { token: 'period-of-year', re: /(?:(?:trong|vao)\s*)?(?:quy\s*(iv|i{1,3}|[1-4])|thang\s*(\d{1,2}))\b(?!\s*(?:[/.-]|nam)\s*\d)/y },
  { token: 'report', re: /(?:gui\s*)?bao cao\b/y },
  { token: 'num-unit', re: /(\d{1,2})\s*(thang|nam|quy)\b/y },
  { token: 'half', re: /nua nam\b/y },
  { token: 'bare', re: /(quy|thang|tuan|nam)\b/y },
  { token: 'weekday', re: /(?:(?:sang|chieu|toi)\s*)?(?:chu nhat|thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7]))\b/y },
];

// ------------------------------------------------------------ in-text search
// findDeadlineInText looks only for explicit deadline phrases in a sentence.

const DATE_TXT =
  '(?:ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}(?:\\s*nam\\s*\\d{4})?|(?:ngay\\s*)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?)(?![\\d/])(?!\\s*(?:ngay|tuan|thang|nam)\\b)';
const MONTH_TXT = '(?:thang\\s*\\d{1,2}(?:\\s*(?:-|den)\\s*(?:thang\\s*)?\\d{1,2})?(?:\\s*(?:/|nam)\\s*\\d{4})?)(?![\\d/])';
const QUARTER_TXT = '(?:quy\\s*(?:[ivx]+|\\d)\\b(?:\\s*(?:-|den|va|,)\\s*(?:quy\\s*)?(?:[ivx]+|\\d)\\b)?(?:\\s*(?:/|nam)\\s*\\d{4})?)';
const HALF_TXT = '(?:(?:0?6\\s*thang|nua)\\s*(?:dau|cuoi)\\s*nam(?:\\s*\\d{4})?)';
const YEAR_TXT = '(?:nam\\s*\\d{4}(?:\\s*-\\s*(?:nam\\s*)?\\d{4})?)';
/** Recurring tail after a date: "hằng năm" (every year), "của từng giai đoạn" (of each phase). */
const RECUR_TAIL = '(?:\\s*,?\\s*(?:hang|moi|(?:cua\\s*)?(?:tung|moi|hang))\\s*(?:nam|thang|quy|giai doan)\\b)?';

/**
 * Explicit deadline phrases inside a sentence (global, with indices):
 * - "trước ngày 15/12/2026", "chậm nhất ngày 15 tháng 12 năm 2026", "trước ngày 15/11 hằng năm",
 *   "trước tháng 6/2026", "chậm nhất trong quý III/2026";
 * - "hoàn thành (trong/trước/vào) tháng 6/2026 | quý I/2026 | năm 2026 | 6 tháng đầu năm";
 * - "trong quý I/2026", "trong tháng 6/2026" (not "trong năm": too often an objective).
 */
export const TEXT_TRIGGERS: readonly RegExp[] = [
  re(`\\b(?:(?:hoan thanh|xong)\\s*)?(?:truoc|cham nhat(?:\\s*la)?(?:\\s*(?:vao|trong))?|khong muon hon|han chot(?:\\s*la)?)\\s*(?:${DATE_TXT}|${MONTH_TXT}|${QUARTER_TXT})${RECUR_TAIL}`, 'gd'),
  re(`\\b(?:hoan thanh|xong)\\s*(?:(?:trong|vao|truoc|cham nhat)\\s*)?(?:${DATE_TXT}|${MONTH_TXT}|${QUARTER_TXT}|${HALF_TXT}|${YEAR_TXT})`, 'gd'),
  re(`\\btrong\\s*(?:${MONTH_TXT}|${QUARTER_TXT})${RECUR_TAIL}`, 'gd'),
  // "(từ nay) đến hết năm 2026", "từ tháng 9 đến hết tháng 12/2026": until the end of (not "đến năm 2030",
  // a target year)
  re(`\\b(?:tu\\s*(?:nay|${MONTH_TXT}|${QUARTER_TXT}|${YEAR_TXT})\\s*)?den het\\s*(?:${MONTH_TXT}|${QUARTER_TXT}|${YEAR_TXT})`, 'gd'),
  // a span of dates: "(kiểm tra) từ ngày 15/12/2025 đến ngày 15/02/2026"
  re(`\\btu\\s*(?:${DATE_TXT})\\s*(?:-|den|toi)\\s*(?:het\\s*)?(?:${DATE_TXT})`, 'gd'),
  // a day of each month or quarter: "trước ngày 20 hằng tháng", "trước ngày 15 của tháng đầu quý sau"
  re(
    `\\b(?:truoc|cham nhat(?:\\s*la)?|vao)\\s*ngay\\s*\\d{1,2}\\s*(?:(?:cua\\s*)?(?:hang|moi)\\s*thang\\b|(?:cua\\s*)?thang\\s*(?:dau|cuoi|thu\\s*[123])\\s*(?:cua\\s*)?(?:moi\\s*|hang\\s*|tung\\s*)?quy\\b(?:\\s*(?:sau|ke tiep|tiep theo)\\b)?)`,
    'gd',
  ),
];

/**
 * Work from a year on, in a task's sentence: "(tổ chức đấu giá …; thực hiện) năm 2027 và các năm tiếp
 * theo", "từ năm 2026 và những năm sau" — ongoing (`continuous`), which the sentence scan otherwise
 * leaves to a labelled line; not in an objective's sentence.
 */
export const TEXT_ONWARD = re(`\\b(?:tu\\s*)?nam\\s*\\d{4}\\s*(?:,\\s*)?(?:va\\s*)?(?:cac|nhung)\\s*nam\\s*(?:tiep theo|sau)\\b`, 'gd');

/**
 * Phrases that are deadlines only in a task's sentence, not in an objective's (see OBJECTIVE_CUE):
 * - "(tổ chức diễn tập …) vào tháng 10/2025", "vào quý III/2025", "vào cuối tháng 12/2025": anywhere;
 * - "(xây dựng ít nhất 01 mô hình mới) trong năm 2025", "(tổ chức tổng kết) vào cuối năm 2025": only
 *   where a clause ends (",", ";", ".", ")" or the end), since "trong năm 2026" often opens or
 *   qualifies a target ("phấn đấu ngay trong năm 2026 đạt …").
 */
export const TEXT_TRIGGERS_TASK: readonly RegExp[] = [
  re(`\\bvao\\s*(?:(?:cuoi|dau|giua)\\s*)?(?:${MONTH_TXT}|${QUARTER_TXT})`, 'gd'),
  // "(tổ chức ít nhất 01 đợt) trong 6 tháng cuối năm 2026"
  re(`\\btrong\\s*${HALF_TXT}`, 'gd'),
  re(`\\b(?:trong|vao(?:\\s*(?:cuoi|dau|giua))?)\\s*nam\\s*\\d{4}(?![\\d/])(?=\\s*(?:[.;,)]|$))`, 'gd'),
  // "(thực hiện, hoàn thành) trong năm học 2027 - 2028", "trong học kỳ I năm học 2027 - 2028" ending a clause: the
  // school year (its term) as a cell reads it
  re(`\\b(?:trong|vao|den het|truoc(?:\\s*khi\\s*bat dau)?)\\s*(?:hoc ky\\s*(?:i{1,2}|[12])\\s*(?:[,-]\\s*)?(?:cua\\s*)?)?nam hoc\\s*\\d{4}\\s*(?:-|den)\\s*\\d{4}(?![\\d/])(?=\\s*(?:[.;,)]|$))`, 'gd'),
  // "(triển khai) trong giai đoạn 2026-2028" ending a clause: the stage's years, as a cell reads them (not a
  // programme's name, "Chương trình … giai đoạn 2026 - 2030", which no "trong" opens)
  re(`\\btrong\\s*giai doan\\s*(?:tu\\s*)?(?:nam\\s*)?\\d{4}\\s*(?:-|den)\\s*(?:nam\\s*)?\\d{4}(?![\\d/])(?=\\s*(?:[.;,)]|$))`, 'gd'),
  // the Party cells' monthly meeting of a month: "(sinh hoạt chuyên đề) trong kỳ sinh hoạt chi bộ tháng 02/2027"
  re(`\\b(?:trong|vao|tai)\\s*(?:cac\\s*)?ky sinh hoat(?:\\s*(?:chi bo|dang|chuyen de))?(?:\\s*dinh ky)?\\s*${MONTH_TXT}`, 'gd'),
  // "(trình HĐND tỉnh) tại kỳ họp (thường lệ) cuối năm 2027", "vào kỳ họp HĐND tỉnh tháng 7/2027": a council
  // session with its time (see COUNCIL_SESSION)
  re(`\\b(?:tai|vao)\\s*ky hop\\s*(?:(?:thuong le|chuyen de)\\s*)?(?:(?:cua\\s*)?hdnd(?:\\s*(?:tinh|thanh pho|xa|phuong|dac khu))?\\s*)?(?:(?:giua|cuoi|dau)\\s*nam\\s*\\d{4}(?![\\d/])|${MONTH_TXT})`, 'gd'),
];

/**
 * An objective, not a task: "phấn đấu …", "chỉ tiêu", "mục tiêu", "tỷ lệ …", "đạt 100%", "…%". A
 * TEXT_TRIGGERS_TASK phrase in a sentence with one of these is no deadline.
 */
// (the words alone, without a share: "tại 100% xã" says where the work is done, used for a bracketed
// period or a day, which no share makes an objective)
export const OBJECTIVE_WORDS = /\b(?:phan dau|chi tieu|muc tieu|ty le)\b|\bdat\s*(?:duoc|tu|toi thieu|tren|it nhat|\d)/;
export const OBJECTIVE_CUE = new RegExp(`${OBJECTIVE_WORDS.source}|\\d\\s*%`);

/** "ban hành / phê duyệt / ký vào tháng 3/2025": when a document was made, not a deadline. */
export const PAST_EVENT_BEFORE = /\b(?:ban hanh|phe duyet|ky|thong qua|duoc)\s*$/;

/** "Thời gian hoàn thành: …" / "thời hạn: …" inside a sentence; the phrase runs to ';' or a full stop. */
export const TEXT_LABEL = /\bthoi (?:gian|han)(?:\s*(?:hoan thanh|thuc hien))?\s*:\s*([^;]*?)(?=;|\.(?:\s|$)|$)/dg;

/** Sentence-level yearly cue for a year-less date: "định kỳ hằng năm … trước ngày 25 tháng 12". */
export const YEARLY_CUE = /\b(?:dinh ky\s*)?(?:hang|moi)\s*nam\b/g;

/**
 * A document citation: "số 1847/QĐ-TTg ngày 27/12/2018", "số 226-KL/TW ngày 11 tháng 12 năm 2025".
 * Dates inside it are issue dates, never deadlines.
 */
export const CITATION =
  /\bso\s*:?\s*\d+[\w./-]*(?:\s*,?\s*ngay\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}))?/g;

/** Outline marker or bullet at the start of a sentence: "a) ", "1.2. ", "- ", "+ ". */
export const LEADING_MARKER = /^(?:[-+•*]\s*|(?:[a-z]|\d+(?:\.\d+)*)[.)]\s+)?/;
/** A short label before a leading clause: "Chế độ báo cáo: Định kỳ …" (≤ 5 words). */
export const LEADING_LABEL = /^(?:[^\s:;,.]+\s+){0,4}[^\s:;,.]+\s*:\s*/;
