// Column headers, role names, status values and other words the trackers show, in
// Vietnamese (default) and English. The order of `columns` is the order of the tracker
// columns in both the xlsx and the csv output; `collect/` reads trackers back by these
// labels (either language), so change them only together with the reader.

export type Lang = 'vi' | 'en';

export interface Labels {
  columns: {
    stt: string;
    taskId: string;
    text: string;
    role: string;
    lead: string;
    support: string;
    deadlineRaw: string;
    due: string;
    status: string;
    progress: string;
    result: string;
    note: string;
    source: string;
  };
  /** Extra first column of the combined CSV (`tong-hop.csv`). */
  unitColumn: string;
  role: { lead: string; support: string };
  /** Drop-down values of the status column; `done` and `doneLate` count as done. */
  status: { notStarted: string; inProgress: string; done: string; doneLate: string; onHold: string };
  /** "dòng 12" / "line 12" in the source column. */
  line: string;
  summarySheet: string;
  summaryTitle: string;
  summary: {
    stt: string;
    unit: string;
    sheet: string;
    led: string;
    supported: string;
    total: string;
    noDue: string;
    overdue: (asOf: string | null) => string;
  };
  title: { plan: string; number: string; unit: string; generated: string; untitled: string };
  /** Excel number format of the due-date column. */
  dateFormat: string;
}

const VI: Labels = {
  columns: {
    stt: 'STT',
    taskId: 'Mã nhiệm vụ',
    text: 'Nội dung công việc',
    role: 'Vai trò',
    lead: 'Đơn vị chủ trì',
    support: 'Đơn vị phối hợp',
    deadlineRaw: 'Thời hạn',
    due: 'Hạn hoàn thành',
    status: 'Trạng thái',
    progress: 'Tiến độ (%)',
    result: 'Kết quả / sản phẩm',
    note: 'Ghi chú',
    source: 'Nguồn',
  },
  unitColumn: 'Đơn vị',
  role: { lead: 'Chủ trì', support: 'Phối hợp' },
  status: {
    notStarted: 'Chưa thực hiện',
    inProgress: 'Đang thực hiện',
    done: 'Hoàn thành',
    doneLate: 'Hoàn thành quá hạn',
    onHold: 'Tạm dừng',
  },
  line: 'dòng',
  summarySheet: 'Tổng hợp',
  summaryTitle: 'TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ',
  summary: {
    stt: 'STT',
    unit: 'Đơn vị',
    sheet: 'Trang tính',
    led: 'Số nhiệm vụ chủ trì',
    supported: 'Số nhiệm vụ phối hợp',
    total: 'Tổng số',
    noDue: 'Không có hạn cụ thể',
    overdue: (asOf) => (asOf ? `Quá hạn (tính đến ${viDate(asOf)})` : 'Quá hạn (tính đến hôm nay)'),
  },
  title: {
    plan: 'Kế hoạch',
    number: 'Số',
    unit: 'Đơn vị',
    generated: 'Ngày lập bảng theo dõi',
    untitled: '(không có tiêu đề)',
  },
  dateFormat: 'dd/mm/yyyy',
};

const EN: Labels = {
  columns: {
    stt: 'No.',
    taskId: 'Task ID',
    text: 'Task',
    role: 'Role',
    lead: 'Lead unit',
    support: 'Supporting units',
    deadlineRaw: 'Deadline (as written)',
    due: 'Due date',
    status: 'Status',
    progress: 'Progress (%)',
    result: 'Result / output',
    note: 'Notes',
    source: 'Source',
  },
  unitColumn: 'Unit',
  role: { lead: 'Lead', support: 'Support' },
  status: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    doneLate: 'Done late',
    onHold: 'On hold',
  },
  line: 'line',
  summarySheet: 'Summary',
  summaryTitle: 'TASKS BY UNIT',
  summary: {
    stt: 'No.',
    unit: 'Unit',
    sheet: 'Sheet',
    led: 'Tasks led',
    supported: 'Tasks supported',
    total: 'Total',
    noDue: 'No fixed due date',
    overdue: (asOf) => (asOf ? `Overdue (as of ${asOf})` : 'Overdue (as of today)'),
  },
  title: {
    plan: 'Plan',
    number: 'No.',
    unit: 'Unit',
    generated: 'Tracker generated',
    untitled: '(untitled)',
  },
  dateFormat: 'yyyy-mm-dd',
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? EN : VI;
}

export function statusValues(l: Labels): string[] {
  return [l.status.notStarted, l.status.inProgress, l.status.done, l.status.doneLate, l.status.onHold];
}

/** `2026-03-15` → `15/03/2026`. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function formatDate(iso: string, lang: Lang): string {
  return lang === 'vi' ? viDate(iso) : iso;
}
