// Legal basis: "Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về …".
// One line may cite several instruments ("Căn cứ Luật A năm 2025; Luật B năm 2010; …").
import type { Citation, InstrumentKind } from '../register/types.js';
import { clean, fold } from './fast-text.js';

const KINDS: [RegExp, InstrumentKind][] = [
  [/^(bo )?luat\b/, 'Luật'],
  [/^nghi quyet\b/, 'Nghị quyết'],
  [/^nghi dinh\b/, 'Nghị định'],
  [/^quyet dinh\b/, 'Quyết định'],
  [/^chi thi\b/, 'Chỉ thị'],
  [/^ket luan\b/, 'Kết luận'],
  [/^ke hoach\b/, 'Kế hoạch'],
  [/^thong tu\b/, 'Thông tư'],
  [/^(cong van|van ban)\b/, 'Công văn'],
  [/^quy dinh\b/, 'Quy định'],
  [/^chuong trinh\b/, 'Chương trình'],
  [/^huong dan\b/, 'Hướng dẫn'],
  [/^thong bao\b/, 'Thông báo'],
  [/^de an\b/, 'Đề án'],
  [/^(phap lenh|hien phap)\b/, 'other'],
];

// (Not \b after the name: JavaScript's \b only knows ASCII letters, so it never matches after "Thông tư" or "Chỉ thị".)
const INSTRUMENT_START = /(?:^|;\s*|\s+và\s+|,\s+)(?=(?:Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông tư|Công văn|Văn bản|Quy định|Chương trình|Hướng dẫn|Thông báo|Đề án|Pháp lệnh)(?![\p{L}\p{N}]))/gu;
const VERB = /^(Căn cứ|Thực hiện|Trên cơ sở|Xét đề nghị|Theo đề nghị|Xét)\s*/iu;
const NUMBER = /số\s*:?\s*(\d+[\dA-Za-zĐđ/.\-]*[\dA-Za-zĐđ])/u;
const DATE_NUM = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const DATE_WORDS = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
// The issuer ends where the subject starts, whatever its case ("của Chính phủ Quy định chi tiết …"),
// or at the instrument that carries a proposal ("của Giám đốc Sở Du lịch tại Tờ trình số …").
const ISSUER = /(?:^|\s)của\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|triển khai|thực hiện|nâng cao|tăng cường|đẩy mạnh|tiếp tục|sửa đổi|cải cách|kiểm tra|đột phá|đổi mới|tại)(?=\s|$)|[;,(]|$)/iu;

function kindOf(s: string): InstrumentKind {
  const f = fold(s);
  for (const [re, k] of KINDS) if (re.test(f)) return k;
  return 'other';
}

function iso(d: string, m: string, y: string): string | null {
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseCitations(text: string, line: number, endLine = line): Citation[] {
  const vm = VERB.exec(text);
  const verb = vm ? clean(vm[1]!) : '';
  const body = vm ? text.slice(vm[0].length) : text;
  const starts: number[] = [];
  for (const m of body.matchAll(INSTRUMENT_START)) {
    const at = m.index + m[0].length;
    // A citation inside another's subject ("… về việc ban hành kế hoạch thực hiện Quyết định số …")
    // is part of it: only split where the previous text ended a citation (a date or a year).
    // Also after a comma that ends a complete citation (dated): "… năm 2020 của Quốc hội, Nghị quyết số …".
    const prev = body.slice(starts[starts.length - 1] ?? 0, at);
    const afterDated = /,\s*$/.test(prev) && (DATE_NUM.test(prev) || DATE_WORDS.test(prev));
    if (starts.length && !/[;]\s*$/.test(m[0]) && !afterDated && !/(\d{4}|\))\s*[,;]?\s*(và)?\s*$/u.test(body.slice(0, at))) continue;
    if (!starts.includes(at)) starts.push(at);
  }
  if (starts.length === 0 || starts[0]! > 0) starts.unshift(0);
  const out: Citation[] = [];
  starts.forEach((s, i) => {
    const seg = body
      .slice(s, starts[i + 1] ?? body.length)
      .replace(/^[;,\s]+|[;,.\s]+$/g, '')
      .replace(/\s+và$/u, '')
      .trim();
    if (!seg) return;
    const num = NUMBER.exec(seg);
    const d = DATE_NUM.exec(seg) ?? DATE_WORDS.exec(seg);
    const issuer = ISSUER.exec(seg);
    out.push({
      raw: clean(seg),
      verb: verb || 'Căn cứ',
      kind: kindOf(seg),
      number: num ? num[1]! : null,
      date: d ? iso(d[1]!, d[2]!, d[3]!) : null,
      issuer: issuer ? clean(issuer[1]!) : null,
      line,
      ...(endLine !== line ? { endLine } : {}),
    });
  });
  return out;
}
