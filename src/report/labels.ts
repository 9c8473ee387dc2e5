// Words of the progress report, Vietnamese (default) and English.
import { viDate, type Lang } from '../export/labels.js';
import type { Category } from './model.js';

export interface ReportLabels {
  title: string;
  asOf: (iso: string) => string;
  generatedFrom: string;
  plan: string;
  untitled: string;
  category: Record<Category, string>;
  /** Short legend text for the charts. */
  kpi: { tracked: string; done: string; overdue: string; dueSoon: string; notReported: string };
  section: {
    byUnit: string;
    chart: string;
    overdue: string;
    dueSoon: (days: number) => string;
    notReported: string;
    timeline: (granularity: 'month' | 'quarter') => string;
    conflicts: string;
  };
  col: {
    no: string;
    unit: string;
    assigned: string;
    lead: string;
    support: string;
    donePct: string;
    taskId: string;
    plan: string;
    text: string;
    leadUnits: string;
    units: string;
    deadline: string;
    due: string;
    daysLate: string;
    daysLeft: string;
    reported: string;
    progress: string;
    results: string;
    notes: string;
    role: string;
    status: string;
    category: string;
    tracker: string;
    message: string;
  };
  role: { lead: string; support: string; none: string };
  none: string;
  unassigned: (n: number, ids: string) => string;
  noDate: (n: number) => string;
  trackers: (n: number, last: string | null) => string;
  notReportedYet: string;
  days: (n: number) => string;
  month: (key: string) => string;
  quarter: (key: string) => string;
  sheets: { units: string; overdue: string; dueSoon: string; notReported: string; detail: string };
  footer: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const VI: ReportLabels = {
  title: 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
  asOf: (iso) => `Tính đến ngày ${viDate(iso)}`,
  generatedFrom: 'Tổng hợp từ',
  plan: 'Kế hoạch',
  untitled: '(không có tiêu đề)',
  category: {
    done: 'Hoàn thành đúng hạn',
    'done-late': 'Hoàn thành quá hạn',
    'in-progress': 'Đang thực hiện',
    'on-hold': 'Tạm dừng',
    'not-started': 'Chưa thực hiện',
    overdue: 'Quá hạn',
    'not-reported': 'Chưa báo cáo',
  },
  kpi: { tracked: 'Nhiệm vụ theo dõi', done: 'Đã hoàn thành', overdue: 'Quá hạn', dueSoon: 'Đến hạn trong 30 ngày', notReported: 'Chưa có báo cáo' },
  section: {
    byUnit: 'Tình hình thực hiện theo đơn vị',
    chart: 'Trạng thái nhiệm vụ theo đơn vị',
    overdue: 'Nhiệm vụ quá hạn',
    dueSoon: (d) => `Nhiệm vụ đến hạn trong ${d} ngày tới`,
    notReported: 'Nhiệm vụ chưa có đơn vị nào báo cáo',
    timeline: (g) => (g === 'month' ? 'Thời hạn nhiệm vụ theo tháng' : 'Thời hạn nhiệm vụ theo quý'),
    conflicts: 'Báo cáo không thống nhất giữa các đơn vị',
  },
  col: {
    no: 'STT',
    unit: 'Đơn vị',
    assigned: 'Số nhiệm vụ',
    lead: 'Chủ trì',
    support: 'Phối hợp',
    donePct: 'Tỷ lệ hoàn thành',
    taskId: 'Mã nhiệm vụ',
    plan: 'Kế hoạch',
    text: 'Nội dung',
    leadUnits: 'Đơn vị chủ trì',
    units: 'Đơn vị được giao',
    deadline: 'Thời hạn',
    due: 'Hạn',
    daysLate: 'Số ngày quá hạn',
    daysLeft: 'Còn lại',
    reported: 'Đơn vị báo cáo',
    progress: 'Tiến độ (%)',
    results: 'Kết quả / sản phẩm',
    notes: 'Ghi chú',
    role: 'Vai trò',
    status: 'Trạng thái báo cáo',
    category: 'Đánh giá',
    tracker: 'Tệp theo dõi',
    message: 'Nội dung',
  },
  role: { lead: 'Chủ trì', support: 'Phối hợp', none: '—' },
  none: 'Không có.',
  unassigned: (n, ids) => `${n} nhiệm vụ chưa giao cho đơn vị nào nên không được theo dõi (${ids}).`,
  noDate: (n) => `${n} nhiệm vụ không có hạn cụ thể (thường xuyên, theo sự kiện…).`,
  trackers: (n, last) => `${n} bảng theo dõi đã nộp${last ? `, mới nhất ngày ${viDate(last)}` : ''}`,
  notReportedYet: 'chưa báo cáo',
  days: (n) => `${n} ngày`,
  month: (key) => `T${Number(key.slice(5, 7))}/${key.slice(0, 4)}`,
  quarter: (key) => `Quý ${ROMAN[Number(key.slice(-1)) - 1]}/${key.slice(0, 4)}`,
  sheets: { units: 'Theo đơn vị', overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn', notReported: 'Chưa báo cáo', detail: 'Chi tiết' },
  footer: 'Lập bằng plan-extract từ các bảng theo dõi do đơn vị gửi về.',
};

const EN: ReportLabels = {
  title: 'PLAN PROGRESS REPORT',
  asOf: (iso) => `As of ${iso}`,
  generatedFrom: 'Compiled from',
  plan: 'Plan',
  untitled: '(untitled)',
  category: {
    done: 'Done on time',
    'done-late': 'Done late',
    'in-progress': 'In progress',
    'on-hold': 'On hold',
    'not-started': 'Not started',
    overdue: 'Overdue',
    'not-reported': 'Not reported',
  },
  kpi: { tracked: 'Tracked tasks', done: 'Done', overdue: 'Overdue', dueSoon: 'Due in 30 days', notReported: 'No report yet' },
  section: {
    byUnit: 'Progress by unit',
    chart: 'Task status by unit',
    overdue: 'Overdue tasks',
    dueSoon: (d) => `Due in the next ${d} days`,
    notReported: 'Tasks nobody reported on',
    timeline: (g) => (g === 'month' ? 'Deadlines by month' : 'Deadlines by quarter'),
    conflicts: 'Conflicting reports',
  },
  col: {
    no: 'No.',
    unit: 'Unit',
    assigned: 'Tasks',
    lead: 'Lead',
    support: 'Support',
    donePct: 'Done',
    taskId: 'Task ID',
    plan: 'Plan',
    text: 'Task',
    leadUnits: 'Lead unit',
    units: 'Assigned units',
    deadline: 'Deadline',
    due: 'Due',
    daysLate: 'Days late',
    daysLeft: 'Days left',
    reported: 'Reported by',
    progress: 'Progress (%)',
    results: 'Result / output',
    notes: 'Notes',
    role: 'Role',
    status: 'Reported status',
    category: 'Assessment',
    tracker: 'Tracker',
    message: 'Message',
  },
  role: { lead: 'Lead', support: 'Support', none: '—' },
  none: 'None.',
  unassigned: (n, ids) => `${n} tasks are assigned to no unit and are not tracked (${ids}).`,
  noDate: (n) => `${n} tasks have no fixed due date (continuous, event-based…).`,
  trackers: (n, last) => `${n} trackers returned${last ? `, latest ${last}` : ''}`,
  notReportedYet: 'not reported',
  days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  month: (key) => `${EN_MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`,
  quarter: (key) => `Q${key.slice(-1)} ${key.slice(0, 4)}`,
  sheets: { units: 'By unit', overdue: 'Overdue', dueSoon: 'Due soon', notReported: 'Not reported', detail: 'Detail' },
  footer: 'Made with plan-extract from the trackers the units returned.',
};

export function reportLabels(lang: Lang): ReportLabels {
  return lang === 'en' ? EN : VI;
}

export function fmtDate(iso: string, lang: Lang): string {
  return lang === 'vi' ? viDate(iso) : iso;
}
