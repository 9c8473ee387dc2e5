// A synthetic, deterministic register of any size, for scale tests and the benchmark.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Deadline, type Register, type Task, type Unit } from '../register/types.js';
import { slugify } from '../util/text.js';
import { rng } from '../util/random.js';
import { VERSION } from '../version.js';

const KINDS = ['Phòng', 'Trung tâm', 'Ban', 'Văn phòng', 'Hội', 'Đội'];
const FIELDS = [
  'Văn hóa - Xã hội',
  'Kinh tế, Hạ tầng và Đô thị',
  'Tư pháp',
  'Tài chính - Kế hoạch',
  'Nội vụ',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Tài nguyên và Môi trường',
  'Phục vụ hành chính công',
  'Quản lý trật tự đô thị',
];
const VERBS = ['Xây dựng và triển khai', 'Rà soát, cập nhật', 'Tổ chức kiểm tra', 'Tham mưu ban hành', 'Tuyên truyền, phổ biến', 'Tổng hợp, báo cáo'];
const OBJECTS = [
  'kế hoạch cải cách hành chính năm 2026',
  'danh mục thủ tục hành chính thuộc thẩm quyền giải quyết',
  'quy chế làm việc, quy chế phối hợp giữa các phòng, đơn vị',
  'kết quả thực hiện chuyển đổi số, ký số, hồ sơ điện tử',
  'mức độ hài lòng của người dân, tổ chức đối với dịch vụ công',
  'công tác kiểm tra kỷ luật, kỷ cương hành chính "6 rõ"',
];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function deadlineFor(i: number, r: () => number): Deadline | null {
  const k = i % 7;
  if (k === 6) return null;
  if (k === 5) return { raw: 'Thường xuyên', kind: 'continuous', start: null, due: null, recurrence: null, anchor: null, yearInferred: false, from: 'column' };
  if (k === 4) return { raw: 'Năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31', recurrence: null, anchor: null, yearInferred: false, from: 'column' };
  if (k === 3) {
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const due = `2026-${pad(m, 2)}-${pad(d, 2)}`;
    return { raw: `Trước ngày ${d}/${m}/2026`, kind: 'date', start: null, due, recurrence: null, anchor: null, yearInferred: false, from: 'column' };
  }
  const q = 1 + (i % 4);
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  return {
    raw: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/2026`,
    kind: 'quarter',
    start: `2026-${starts[q - 1]}`,
    due: `2026-${ends[q - 1]}`,
    recurrence: null,
    anchor: null,
    yearInferred: false,
    from: 'column',
  };
}

/**
 * A register with `tasks` appendix tasks spread over `units` units (plus, when there
 * are at least 10 units, one collective "Các phòng chuyên môn" whose members are the
 * first five units and which supports every tenth task). Every task has one lead and
 * 0–3 supporting units; deadlines cycle through quarters, years, exact dates,
 * "Thường xuyên" and none.
 */
export function makeSyntheticRegister(tasks: number, units: number): Register {
  if (!Number.isInteger(tasks) || tasks < 0) throw new RangeError('tasks must be a non-negative integer');
  if (!Number.isInteger(units) || units < 1) throw new RangeError('units must be a positive integer');
  const r = rng(tasks * 7919 + units);
  const w = String(units).length;
  const names = Array.from({ length: units }, (_, i) => `${KINDS[i % KINDS.length]} ${FIELDS[i % FIELDS.length]} số ${pad(i + 1, w)}`);
  const collective = units >= 10 ? 'Các phòng chuyên môn' : null;
  const lead = new Map<string, number>();
  const support = new Map<string, number>();
  const taskList: Task[] = [];
  const firstLine = 40;
  for (let i = 0; i < tasks; i++) {
    const l = names[i % units]!;
    const sup = new Set<string>();
    const nSup = Math.floor(r() * 4);
    for (let k = 0; k < nSup; k++) {
      const s = names[Math.floor(r() * units)]!;
      if (s !== l) sup.add(s);
    }
    if (collective && i % 10 === 0) sup.add(collective);
    const support_ = [...sup];
    lead.set(l, (lead.get(l) ?? 0) + 1);
    for (const s of support_) support.set(s, (support.get(s) ?? 0) + 1);
    const text = `${VERBS[i % VERBS.length]} ${OBJECTS[Math.floor(r() * OBJECTS.length)]} (nhiệm vụ ${i + 1}).`;
    const line = firstLine + i;
    taskList.push({
      id: `DM.${i + 1}`,
      origin: 'appendix',
      sectionPath: ['DM'],
      sectionTitles: ['DANH MỤC NHIỆM VỤ'],
      marker: String(i + 1),
      text,
      lead: [l],
      support: support_,
      mentions: [
        { raw: l, name: l, role: 'lead', line },
        ...support_.map((s) => ({ raw: s, name: s, role: 'support' as const, line })),
      ],
      assignedBy: 'appendix-column',
      deadline: deadlineFor(i, r),
      footnotes: [],
      appendix: { tt: String(i + 1), product: null, note: null, extra: {} },
      source: { line, column: 1, endLine: line },
    });
  }
  const unitList: Unit[] = names.map((name) => ({
    id: slugify(name),
    name,
    kind: 'unit',
    aliases: [name],
    members: [],
    leadCount: lead.get(name) ?? 0,
    supportCount: support.get(name) ?? 0,
  }));
  if (collective) {
    unitList.push({
      id: slugify(collective),
      name: collective,
      kind: 'collective',
      aliases: [collective],
      members: names.slice(0, 5),
      leadCount: 0,
      supportCount: support.get(collective) ?? 0,
    });
  }
  const lines = firstLine + tasks + 10;
  const sha = createHash('sha256').update(`synthetic:${tasks}:${units}`).digest('hex');
  const withDeadline = taskList.filter((t) => t.deadline !== null).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'plan-extract', version: VERSION },
    source: { path: `synthetic-${tasks}x${units}.txt`, sha256: sha, format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: lines * 120, lines },
    document: {
      kind: 'plan',
      issuer: { text: 'ỦY BAN NHÂN DÂN PHƯỜNG THỬ NGHIỆM', line: 1 },
      number: { raw: 'Số: 999/KH-UBND', serial: '999', code: 'KH-UBND', line: 3 },
      date: { raw: 'Thử Nghiệm, ngày 05 tháng 01 năm 2026', place: 'Thử Nghiệm', year: 2026, month: 1, day: 5, iso: '2026-01-05', line: 5 },
      title: { text: `Kế hoạch thử nghiệm ${tasks} nhiệm vụ, ${units} đơn vị`, line: 8 },
      period: { start: 2026, end: 2026 },
      year: 2026,
      legalBasis: [],
      preamble: [],
      signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A', line: lines },
      recipients: [],
      wrapper: null,
      furniture: [],
    },
    outline: [],
    tasks: taskList,
    units: unitList,
    targets: [],
    footnotes: [],
    appendices: [],
    diagnostics: [],
    unclassified: [],
    stats: {
      lines,
      nonBlankLines: lines,
      placedLines: lines,
      placedShare: 1,
      classifiedShare: 1,
      tasks,
      bodyTasks: 0,
      appendixTasks: tasks,
      tasksWithLead: tasks,
      tasksWithDeadline: withDeadline,
      units: unitList.length,
    },
  };
}
