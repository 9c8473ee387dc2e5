import type { Progress, ProgressStatus, Register } from '../../src/register/types.js';
import { register001 } from '../export/helpers.js';

export const VHXH = 'Phòng Văn hóa - Xã hội';
export const VP = 'Văn phòng HĐND và UBND';
export const TT = 'Trung tâm Phục vụ hành chính công';
export const KT = 'Phòng Kinh tế, Hạ tầng và Đô thị';

const LABEL: Record<ProgressStatus, string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  'done-late': 'Hoàn thành quá hạn',
  'on-hold': 'Tạm dừng',
};

export function progress(unit: string, status: ProgressStatus | null, over: Partial<Progress> = {}): Progress {
  return {
    unit,
    role: 'lead',
    status,
    statusLabel: status ? LABEL[status] : null,
    percent: status === 'done' || status === 'done-late' ? 100 : null,
    results: null,
    notes: null,
    tracker: 'tracker.xlsx',
    sheet: unit,
    row: 6,
    trackerDate: '2026-06-10',
    verified: true,
    ...over,
  };
}

/** The plan-001 register (frozen copy) with progress set on the given tasks; every other task gets `[]`. */
export function registerWithProgress(entries: Record<string, Progress[]>): Register {
  const reg = register001();
  reg.schemaVersion = '1.1.0';
  for (const t of reg.tasks) {
    t.progress = (entries[t.id] ?? []).map((p) => ({ ...p, role: t.lead.includes(p.unit) ? 'lead' : t.support.includes(p.unit) ? 'support' : p.role }));
  }
  return reg;
}

/**
 * The scenario of the e2e test (and of docs/report.png), set directly: as of 2026-06-15,
 * Phòng VH-XH: done 2, done late 1, in progress 2, not started 1, overdue 1, not reported 6.
 */
export function scenario(): Register {
  return registerWithProgress({
    'DM.2': [progress(VHXH, 'done'), progress(VP, 'not-started', { notes: 'Chưa nhận được dự thảo' })],
    'DM.3': [progress(VHXH, 'done-late'), progress(TT, 'done')],
    'DM.11': [progress(VHXH, 'in-progress', { percent: 60, notes: 'Còn 2 vị trí chưa cập nhật' })],
    'DM.12': [progress(VHXH, 'in-progress', { percent: 40 })],
    'DM.18': [progress(VHXH, 'done')],
    'III.1-1': [progress(VHXH, 'in-progress', { percent: 50 })],
    'III.1-2': [progress(VHXH, 'not-started', { percent: 0 })],
    'III.2-1': [progress(VP, 'done')],
    'DM.9': [progress(VP, 'in-progress', { percent: 30 })],
    'III.4-1': [progress(TT, 'done')],
    'DM.17': [progress(TT, 'in-progress', { percent: 70 })],
  });
}
