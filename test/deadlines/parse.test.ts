import { describe, expect, it } from 'vitest';
import { parseDeadline, IMPLICIT_START_EVENT, type DeadlineContext } from '../../src/deadlines/index.js';
import type { DeadlineKind, Recurrence } from '../../src/register/types.js';

const PLAN_2026: DeadlineContext = { year: 2026 };

interface Row {
  phrase: string;
  kind: DeadlineKind;
  start?: string | null;
  due?: string | null;
  inferred?: boolean;
  recurrence?: Recurrence[];
}

// phrase | kind | start | due  (start/due default to null)
const TABLE: Row[] = [
  // quarters (quý = quarter; Roman or Arabic numerals)
  { phrase: 'Quý I/2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'Quy I/2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'quý 1/2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'Quý 1 năm 2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'QUÝ I / 2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'Quý II năm 2024', kind: 'quarter', start: '2024-04-01', due: '2024-06-30' },
  { phrase: 'quy ii nam 2024', kind: 'quarter', start: '2024-04-01', due: '2024-06-30' },
  { phrase: 'Quý IV', kind: 'quarter', start: '2026-10-01', due: '2026-12-31', inferred: true },
  { phrase: 'trong Quý I/2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  { phrase: 'Quý I/2026 (dự kiến)', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
  // ranges end at the end of the last period
  { phrase: 'Quý II-IV/2026', kind: 'range', start: '2026-04-01', due: '2026-12-31' },
  { phrase: 'Quý II–IV/2026', kind: 'range', start: '2026-04-01', due: '2026-12-31' },
  { phrase: 'quý II - IV năm 2026', kind: 'range', start: '2026-04-01', due: '2026-12-31' },
  { phrase: 'Quý IV/2025 - Quý I/2026', kind: 'range', start: '2025-10-01', due: '2026-03-31' },
  { phrase: 'Quý I, II, III/2026', kind: 'range', start: '2026-01-01', due: '2026-09-30' },
  { phrase: 'Giai đoạn 2026 - 2030', kind: 'range', start: '2026-01-01', due: '2030-12-31' },
  { phrase: 'Giai đoạn 2026 – 2030', kind: 'range', start: '2026-01-01', due: '2030-12-31' },
  { phrase: 'giai doan 2026-2030', kind: 'range', start: '2026-01-01', due: '2030-12-31' },
  { phrase: 'Năm 2024, năm 2025', kind: 'range', start: '2024-01-01', due: '2025-12-31' },
  { phrase: 'Năm 2024, năm 2025.', kind: 'range', start: '2024-01-01', due: '2025-12-31' },
  { phrase: '2025-2026', kind: 'range', start: '2025-01-01', due: '2026-12-31' },
  { phrase: '2025 - 2030', kind: 'range', start: '2025-01-01', due: '2030-12-31' },
  { phrase: '2025—2030', kind: 'range', start: '2025-01-01', due: '2030-12-31' },
  { phrase: '10-11/2019', kind: 'range', start: '2019-10-01', due: '2019-11-30' },
  { phrase: '3-12/2020', kind: 'range', start: '2020-03-01', due: '2020-12-31' },
  { phrase: '01-4/2021', kind: 'range', start: '2021-01-01', due: '2021-04-30' },
  { phrase: 'từ tháng 3 đến tháng 5 năm 2026', kind: 'range', start: '2026-03-01', due: '2026-05-31' },
  { phrase: 'tháng 11 - tháng 2/2027', kind: 'range', start: '2026-11-01', due: '2027-02-28' },
  { phrase: 'Tháng 10/2026 đến tháng 12/2026', kind: 'range', start: '2026-10-01', due: '2026-12-31' },
  { phrase: 'Từ 01/01/2026 đến 30/6/2026', kind: 'range', start: '2026-01-01', due: '2026-06-30' },
  { phrase: 'Quý I năm 2026 và Quý II năm 2026', kind: 'range', start: '2026-01-01', due: '2026-06-30' },
  { phrase: 'Năm 2026-2027', kind: 'range', start: '2026-01-01', due: '2027-12-31' },
  // years
  { phrase: 'Năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  { phrase: 'Năm 2026.', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  { phrase: 'nam 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  { phrase: '2025', kind: 'year', start: '2025-01-01', due: '2025-12-31' },
  { phrase: 'Trong năm', kind: 'year', start: '2026-01-01', due: '2026-12-31', inferred: true },
  { phrase: 'Đến hết năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  // months
  { phrase: 'Tháng 6/2026', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  { phrase: 'tháng 6 năm 2026', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  { phrase: 'Tháng 6/2026 ; tháng 6 năm 2026', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  { phrase: 'THANG 06/2026', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  { phrase: 'tháng 2', kind: 'month', start: '2026-02-01', due: '2026-02-28', inferred: true },
  { phrase: '12/2019', kind: 'month', start: '2019-12-01', due: '2019-12-31' },
  { phrase: '01/2020', kind: 'month', start: '2020-01-01', due: '2020-01-31' },
  { phrase: 'Hoàn thành trong tháng 6/2026', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  { phrase: '(Hoàn thành trong tháng 6/2026)', kind: 'month', start: '2026-06-01', due: '2026-06-30' },
  // half years (6 tháng đầu/cuối năm = first/second half)
  { phrase: '6 tháng đầu năm 2026', kind: 'half-year', start: '2026-01-01', due: '2026-06-30' },
  { phrase: '06 tháng đầu năm 2026', kind: 'half-year', start: '2026-01-01', due: '2026-06-30' },
  { phrase: '6 tháng cuối năm', kind: 'half-year', start: '2026-07-01', due: '2026-12-31', inferred: true },
  { phrase: '6 thang cuoi nam 2025', kind: 'half-year', start: '2025-07-01', due: '2025-12-31' },
  // dates (trước = before, chậm nhất = at the latest)
  { phrase: 'trước ngày 15/12/2026', kind: 'date', due: '2026-12-15' },
  { phrase: 'Trước ngày 15/12/2026.', kind: 'date', due: '2026-12-15' },
  { phrase: 'truoc ngay 15/12/2026', kind: 'date', due: '2026-12-15' },
  { phrase: 'chậm nhất ngày 15 tháng 12 năm 2026', kind: 'date', due: '2026-12-15' },
  { phrase: 'Chậm nhất là ngày 15/12/2026', kind: 'date', due: '2026-12-15' },
  { phrase: 'Hạn chót: 30/6/2026', kind: 'date', due: '2026-06-30' },
  { phrase: 'Không muộn hơn ngày 30/6/2026', kind: 'date', due: '2026-06-30' },
  { phrase: 'trước ngày 15/12', kind: 'date', due: '2026-12-15', inferred: true },
  { phrase: 'trước ngày 25 tháng 12', kind: 'date', due: '2026-12-25', inferred: true },
  { phrase: 'trước tháng 6/2026', kind: 'date', due: '2026-05-31' },
  { phrase: 'Thời gian hoàn thành: trước ngày 30/9/2026', kind: 'date', due: '2026-09-30' },
  // continuous (thường xuyên = regularly, đột xuất = ad hoc)
  { phrase: 'Thường xuyên', kind: 'continuous' },
  { phrase: 'Thường xuyên.', kind: 'continuous' },
  { phrase: 'THƯỜNG XUYÊN', kind: 'continuous' },
  { phrase: 'thuong xuyen', kind: 'continuous' },
  { phrase: 'Thường xuyên/đột xuất', kind: 'continuous' },
  { phrase: 'Thường xuyên/dợt xuất', kind: 'continuous' },
  { phrase: 'Thường xuyên, liên tục', kind: 'continuous' },
  { phrase: 'Thời gian hoàn thành: Thường xuyên.', kind: 'continuous' },
  { phrase: 'Thường xuyên trong năm 2026', kind: 'continuous', start: '2026-01-01', due: '2026-12-31' },
  { phrase: 'Từ năm 2026', kind: 'continuous', start: '2026-01-01' },
  { phrase: 'Năm 2026 và các năm tiếp theo', kind: 'continuous', start: '2026-01-01' },
  // recurring (hằng/hàng = every, định kỳ = periodically)
  { phrase: 'Hằng tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: null }] },
  // a schedule, then what is due (a table cell): the schedule, not an event "ngày 15 hằng tháng báo cáo …"
  { phrase: 'Trước ngày 15 hằng tháng báo cáo tiến độ', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-15' }] },
  { phrase: 'Hàng tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: null }] },
  { phrase: 'Hàng quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] },
  { phrase: 'Hằng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: null }] },
  { phrase: 'hang nam', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: null }] },
  { phrase: 'Theo quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] },
  { phrase: 'Mỗi quý một lần', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] },
  {
    phrase: 'Quý, 6 tháng, năm',
    kind: 'recurring',
    recurrence: [
      { frequency: 'quarterly', on: null },
      { frequency: 'semiannual', on: null },
      { frequency: 'yearly', on: null },
    ],
  },
  { phrase: 'trước ngày 15/12 hàng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '12-15' }] },
  { phrase: 'Trước ngày 15/12 hằng năm.', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '12-15' }] },
  { phrase: 'Hằng năm, trước ngày 15/12', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '12-15' }] },
  // a quarter or month with no year, every year: due at its end each year (review 12 plans 02, 05)
  { phrase: 'Quý I hằng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '03-31' }] },
  { phrase: 'Trong Quý I hằng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '03-31' }] },
  { phrase: 'Quý IV hàng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '12-31' }] },
  { phrase: 'Tháng 3 hằng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '03-31' }] },
  { phrase: 'Hằng năm, vào tháng 11', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '11-30' }] },
  {
    phrase: 'Quý I và quý III hằng năm',
    kind: 'recurring',
    recurrence: [
      { frequency: 'yearly', on: '03-31' },
      { frequency: 'yearly', on: '09-30' },
    ],
  },
  // a month inside another schedule adds nothing
  { phrase: 'Hằng quý (tháng 3)', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] },
  {
    phrase: 'Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12)',
    kind: 'recurring',
    recurrence: [
      { frequency: 'semiannual', on: '06-01' },
      { frequency: 'yearly', on: '12-01' },
    ],
  },
  {
    phrase: 'Dinh ky 06 thang (truoc ngay 01/6) va hang nam (truoc ngay 01/12)',
    kind: 'recurring',
    recurrence: [
      { frequency: 'semiannual', on: '06-01' },
      { frequency: 'yearly', on: '12-01' },
    ],
  },
  {
    phrase: '6 tháng trước ngày 15/6; 1 năm trước ngày 15/12 hàng năm',
    kind: 'recurring',
    recurrence: [
      { frequency: 'semiannual', on: '06-15' },
      { frequency: 'yearly', on: '12-15' },
    ],
  },
  {
    phrase: 'Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; 1 năm trước ngày 15/12 hàng năm)',
    kind: 'recurring',
    recurrence: [
      { frequency: 'semiannual', on: '06-15' },
      { frequency: 'yearly', on: '12-15' },
    ],
  },
  { phrase: 'định kỳ 5 năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: null, interval: 5 }] },
  { phrase: 'Định kỳ 3 tháng', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] },
  { phrase: 'trước ngày 10/12 của từng giai đoạn', kind: 'recurring', recurrence: [{ frequency: 'periodic', on: '12-10' }] },
  { phrase: 'Định kỳ/đột xuất', kind: 'recurring', recurrence: [{ frequency: 'periodic', on: null }] },
  { phrase: 'Thường xuyên, hằng năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: null }] },
  // a day of the month: `on` in the first month of the cycle (January, or the quarter's month)
  { phrase: 'Trước ngày 20 hằng tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-20' }] },
  { phrase: 'Định kỳ hằng tháng (trước ngày 20)', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-20' }] },
  { phrase: 'Hằng tháng, ngày 25', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-25' }] },
  // a schedule within a window: recurring from the window's start
  { phrase: 'Hằng tuần, từ tháng 01 - tháng 5/2027', kind: 'recurring', start: '2027-01-01', recurrence: [{ frequency: 'weekly', on: null }] },
  { phrase: 'Hằng tháng (từ tháng 3/2026)', kind: 'recurring', start: '2026-03-01', recurrence: [{ frequency: 'monthly', on: null }] },
  { phrase: 'Định kỳ hằng quý trong năm 2026', kind: 'recurring', start: '2026-01-01', recurrence: [{ frequency: 'quarterly', on: null }] },
  { phrase: 'Trước ngày 25 của tháng cuối quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '03-25' }] },
  { phrase: 'Hằng quý, trước ngày 15 của tháng đầu quý sau', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '01-15' }] },
  // a part of each period (as "tuần đầu tháng 8/2026" is of one month): `on` at the end of that part
  { phrase: 'Tuần đầu mỗi quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '01-07' }] },
  { phrase: 'Tuần đầu hằng quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '01-07' }] },
  { phrase: 'Tuần đầu của tháng đầu quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '01-07' }] },
  { phrase: 'Trong tuần cuối của tháng cuối quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '03-31' }] },
  { phrase: 'Tuần thứ 2 hằng tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-14' }] },
  { phrase: 'Cuối mỗi tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-31' }] },
  // a part of a month or quarter with nothing after it is each month's or quarter's; a day of the week before it says nothing more
  { phrase: 'Chủ nhật cuối tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-31' }] },
  { phrase: 'Cuối tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-31' }] },
  { phrase: 'Tuần đầu tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-07' }] },
  { phrase: 'Sáng thứ 7 tuần cuối cùng của tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-31' }] },
  { phrase: 'Cuối quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '03-31' }] },
  { phrase: 'Hằng tháng, cuối tháng', kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-31' }] },
  { phrase: 'Chủ nhật hằng tuần', kind: 'recurring', recurrence: [{ frequency: 'weekly', on: null }] },
  { phrase: 'Cuối tháng 12', kind: 'month', start: '2026-12-01', due: '2026-12-31', inferred: true },
  { phrase: 'Cuối quý II', kind: 'quarter', start: '2026-04-01', due: '2026-06-30', inferred: true },
  { phrase: 'Cuối hằng quý', kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '03-31' }] },
  { phrase: 'Đầu mỗi năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '03-31' }] },
  // a start that is "now" adds nothing to the period after "đến"
  { phrase: 'Từ nay đến hết năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  { phrase: 'Từ nay đến năm 2030', kind: 'year', start: '2030-01-01', due: '2030-12-31' },
  { phrase: 'Từ ngày ban hành Kế hoạch đến hết năm 2026', kind: 'year', start: '2026-01-01', due: '2026-12-31' },
  { phrase: 'Từ khi Kế hoạch được phê duyệt đến 30/6/2027', kind: 'date', due: '2027-06-30' },
  { phrase: 'Từ tháng 7/2026 đến hết năm 2026', kind: 'range', start: '2026-07-01', due: '2026-12-31' },
  // part of a month or a year
  { phrase: 'Tuần đầu tháng 8/2026', kind: 'range', start: '2026-08-01', due: '2026-08-07' },
  { phrase: 'Tuần thứ 2 tháng 8/2026', kind: 'range', start: '2026-08-08', due: '2026-08-14' },
  { phrase: 'Tuần cuối tháng 2/2028', kind: 'range', start: '2028-02-23', due: '2028-02-29' },
  { phrase: 'Đầu tháng 9/2026', kind: 'range', start: '2026-09-01', due: '2026-09-10' },
  { phrase: 'Giữa tháng 9/2026', kind: 'range', start: '2026-09-11', due: '2026-09-20' },
  { phrase: 'Đầu năm 2027', kind: 'range', start: '2027-01-01', due: '2027-03-31' },
  // a school year runs from September to May
  { phrase: 'Năm học 2026-2027', kind: 'range', start: '2026-09-01', due: '2027-05-31' },
  // before a school year is before it starts, as "trước tháng 6" is before June
  { phrase: 'Trước năm học 2027 - 2028', kind: 'date', due: '2027-08-31' },
  { phrase: 'Trước khi bắt đầu năm học 2027 - 2028', kind: 'date', due: '2027-08-31' },
  { phrase: 'Trước khi vào năm học 2026-2027', kind: 'date', due: '2026-08-31' },
  // two dates, each with its own "trước"
  // Days in a list are milestones (the six-month and the yearly report): due at the first, not a span.
  { phrase: 'Trước ngày 15/6/2026 và trước ngày 10/12/2026', kind: 'date', due: '2026-06-15' },
  { phrase: 'Ngày 20/11 và 22/12/2026', kind: 'date', due: '2026-11-20' },
  // Periods in a list still cover the span from the first to the last.
  { phrase: 'Quý II và Quý IV/2026', kind: 'range', start: '2026-04-01', due: '2026-12-31' },
  // recognised non-dates: no problem reported
  { phrase: 'Theo kế hoạch', kind: 'unspecified' },
  { phrase: 'Theo yêu cầu', kind: 'unspecified' },
  { phrase: 'theo yeu cau', kind: 'unspecified' },
  { phrase: 'Theo quy định', kind: 'unspecified' },
  // rounds with their times: the first (as in a sentence)
  { phrase: 'Đợt 1: tháng 4/2027; đợt 2: tháng 4/2028', kind: 'month', start: '2027-04-01', due: '2027-04-30' },
  { phrase: 'Đợt 1: tháng 4/2027 Đợt 2: tháng 4/2028', kind: 'month', start: '2027-04-01', due: '2027-04-30' },
  // a yearly report's day after the frequency; ongoing work with a yearly report stays ongoing
  { phrase: 'Hằng năm, báo cáo trước 15/12', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '12-15' }] },
  { phrase: 'Thường xuyên, báo cáo trước 15/12 hằng năm', kind: 'continuous' },
  // school terms: the first from September to mid-January, the second to the end of May
  { phrase: 'Học kỳ I năm học 2027-2028', kind: 'range', start: '2027-09-01', due: '2028-01-15' },
  { phrase: 'Học kỳ II năm học 2027 - 2028', kind: 'range', start: '2028-01-16', due: '2028-05-31' },
  { phrase: 'Trước học kỳ II năm học 2027-2028', kind: 'date', due: '2028-01-15' },
  // the middle of a year: June and July
  { phrase: 'Giữa năm 2027', kind: 'range', start: '2027-06-01', due: '2027-07-31' },
  { phrase: 'Giữa năm', kind: 'range', start: '2026-06-01', due: '2026-07-31', inferred: true },
  { phrase: 'Giữa mỗi năm', kind: 'recurring', recurrence: [{ frequency: 'yearly', on: '07-31' }] },
  { phrase: 'Khi cần thiết', kind: 'unspecified' },
  { phrase: 'Nếu có yêu cầu', kind: 'unspecified' },
  // a council session with its time (review 12 plan 01): the mid-year session is held in July
  { phrase: 'Kỳ họp thường lệ giữa năm 2027', kind: 'month', start: '2027-07-01', due: '2027-07-31' },
  { phrase: 'Trình tại kỳ họp cuối năm 2027', kind: 'year', start: '2027-01-01', due: '2027-12-31' },
  { phrase: 'Kỳ họp HĐND tỉnh tháng 7/2027', kind: 'month', start: '2027-07-01', due: '2027-07-31' },
  { phrase: 'Tại kỳ họp Hội đồng nhân dân tỉnh cuối năm 2027', kind: 'year', start: '2027-01-01', due: '2027-12-31' },
  { phrase: 'Kỳ họp thứ 12 HĐND tỉnh khóa XVIII (tháng 7/2027)', kind: 'month', start: '2027-07-01', due: '2027-07-31' },
];

describe('parseDeadline: phrase table', () => {
  it('has at least 40 phrases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('$phrase → $kind', (row) => {
    const { deadline, problems } = parseDeadline(row.phrase, PLAN_2026);
    expect(deadline.kind).toBe(row.kind);
    expect(deadline.start).toBe(row.start ?? null);
    expect(deadline.due).toBe(row.due ?? null);
    expect(deadline.yearInferred).toBe(row.inferred ?? false);
    expect(deadline.recurrence).toEqual(row.recurrence ?? null);
    expect(deadline.from).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('parseDeadline: a part of a month that names its month is no schedule', () => {
  it.each(['Cuối tháng này', 'Cuối tháng sau', 'Cuối tháng năm 2027', 'Chủ nhật'])('%s is not recurring', (phrase) => {
    expect(parseDeadline(phrase, PLAN_2026).deadline.kind).not.toBe('recurring');
  });
});

describe('parseDeadline: a council session with no time', () => {
  it('"Kỳ họp thứ 12 HĐND tỉnh" is relative to the session', () => {
    const { deadline, problems } = parseDeadline('Kỳ họp thứ 12 HĐND tỉnh', PLAN_2026);
    expect(deadline).toMatchObject({ kind: 'relative', due: null, anchor: { event: 'Kỳ họp thứ 12 HĐND tỉnh', offset: null } });
    expect(problems).toEqual([]);
  });
});

describe('parseDeadline: relative deadlines (kể từ = counting from)', () => {
  it('keeps the event and offset', () => {
    const { deadline, problems } = parseDeadline('Trong 10 ngày kể từ khi Kế hoạch của tỉnh ban hành', PLAN_2026);
    expect(deadline).toEqual({
      raw: 'Trong 10 ngày kể từ khi Kế hoạch của tỉnh ban hành',
      kind: 'relative',
      start: null,
      due: null,
      recurrence: null,
      anchor: { event: 'Kế hoạch của tỉnh ban hành', offset: { value: 10, unit: 'day' } },
      yearInferred: false,
    });
    expect(problems).toEqual([]);
  });

  it('works without diacritics', () => {
    const { deadline } = parseDeadline('trong 10 ngay ke tu khi Ke hoach cua tinh ban hanh', PLAN_2026);
    expect(deadline.anchor).toEqual({ event: 'Ke hoach cua tinh ban hanh', offset: { value: 10, unit: 'day' } });
  });

  it('reads "trước khi" (before the event) as a negative offset', () => {
    const { deadline } = parseDeadline('10 ngày trước khi tổ chức Hội nghị', PLAN_2026);
    expect(deadline.anchor).toEqual({ event: 'tổ chức Hội nghị', offset: { value: -10, unit: 'day' } });
  });

  it('an event without offset', () => {
    const { deadline } = parseDeadline('Sau khi Kế hoạch được phê duyệt', PLAN_2026);
    expect(deadline.kind).toBe('relative');
    expect(deadline.anchor).toEqual({ event: 'Kế hoạch được phê duyệt', offset: null });
  });

  it('before or after a named event with no date ("Trước Tết Nguyên đán")', () => {
    const { deadline, problems } = parseDeadline('Trước Tết Nguyên đán', PLAN_2026);
    expect(deadline.kind).toBe('relative');
    expect(deadline.anchor).toEqual({ event: 'Tết Nguyên đán', offset: null });
    expect(problems).toEqual([]);
    expect(parseDeadline('Sau Đại hội Đảng bộ xã', PLAN_2026).deadline.anchor).toEqual({ event: 'Đại hội Đảng bộ xã', offset: null });
    // "Khi …": when the event happens, a request too ("Khi có yêu cầu"; "Khi cần thiết" names no event)
    expect(parseDeadline('Khi có dịch xảy ra', PLAN_2026).deadline).toMatchObject({ kind: 'relative', anchor: { event: 'có dịch xảy ra', offset: null } });
    expect(parseDeadline('Khi có yêu cầu', PLAN_2026)).toEqual({ deadline: expect.objectContaining({ kind: 'relative', anchor: { event: 'có yêu cầu', offset: null } }), problems: [] });
    expect(parseDeadline('Ngay khi có văn bản hướng dẫn', PLAN_2026).deadline).toMatchObject({ kind: 'relative', anchor: { event: 'có văn bản hướng dẫn', offset: null } });
    // a calendar reading wins over the event reading
    expect(parseDeadline('Trước tháng 6/2026', PLAN_2026).deadline.due).toBe('2026-05-31');
  });

  it('an event with its date in brackets, or a date with its event, is due at the date; the phrase is kept whole', () => {
    expect(parseDeadline('Trước mùa mưa bão (trước ngày 31/8/2026)', PLAN_2026)).toEqual({
      deadline: expect.objectContaining({ kind: 'date', due: '2026-08-31', raw: 'Trước mùa mưa bão (trước ngày 31/8/2026)' }),
      problems: [],
    });
    expect(parseDeadline('Trước ngày 31/8/2026 (trước mùa mưa bão)', PLAN_2026).deadline).toMatchObject({ kind: 'date', due: '2026-08-31' });
    // without a date anywhere, the event alone
    expect(parseDeadline('Trước Tết Nguyên đán (dự kiến)', PLAN_2026).deadline).toMatchObject({ kind: 'relative', anchor: { event: 'Tết Nguyên đán', offset: null } });
  });

  it('as another body\'s schedule has it ("Theo kế hoạch của Sở Y tế"): relative to that schedule; without a body, a non-date', () => {
    expect(parseDeadline('Theo kế hoạch của Sở Y tế', PLAN_2026)).toEqual({
      deadline: expect.objectContaining({ kind: 'relative', due: null, anchor: { event: 'kế hoạch của Sở Y tế', offset: null } }),
      problems: [],
    });
    expect(parseDeadline('Theo lịch kiểm tra của Sở Y tế', PLAN_2026).deadline.anchor).toEqual({ event: 'lịch kiểm tra của Sở Y tế', offset: null });
    expect(parseDeadline('Theo kế hoạch của tỉnh', PLAN_2026).deadline.anchor).toEqual({ event: 'kế hoạch của tỉnh', offset: null });
    expect(parseDeadline('Theo tiến độ của dự án', PLAN_2026).deadline.kind).toBe('relative');
    for (const p of ['Theo kế hoạch', 'Theo yêu cầu', 'Theo chỉ đạo của UBND tỉnh']) expect(parseDeadline(p, PLAN_2026)).toEqual({ deadline: expect.objectContaining({ kind: 'unspecified' }), problems: [] });
    // "theo quý" is a schedule
    expect(parseDeadline('Theo quý', PLAN_2026).deadline.kind).toBe('recurring');
  });

  it('a bare duration ("02 ngày") counts from the start of the task', () => {
    const { deadline, problems } = parseDeadline('02 ngày', PLAN_2026);
    expect(deadline.kind).toBe('relative');
    expect(deadline.anchor).toEqual({ event: IMPLICIT_START_EVENT, offset: { value: 2, unit: 'day' } });
    expect(problems).toEqual([]);
    expect(parseDeadline('02 ngày làm việc/01 đơn vị', PLAN_2026).deadline.anchor?.offset).toEqual({ value: 2, unit: 'day' });
  });
});

describe('parseDeadline: input normalisation', () => {
  it('accepts NFD (decomposed) diacritics', () => {
    const nfd = 'Quý II năm 2024'.normalize('NFD');
    const { deadline } = parseDeadline(nfd, PLAN_2026);
    expect(deadline.kind).toBe('quarter');
    expect(deadline.due).toBe('2024-06-30');
    expect(deadline.raw).toBe('Quý II năm 2024');
  });

  it('collapses odd spacing and keeps raw trimmed without trailing dot', () => {
    const { deadline } = parseDeadline('   trước  ngày 15 / 12 / 2026 .  ', PLAN_2026);
    expect(deadline.kind).toBe('date');
    expect(deadline.due).toBe('2026-12-15');
    expect(deadline.raw).toBe('trước ngày 15 / 12 / 2026');
  });

  it('keeps the phrase as written in raw', () => {
    expect(parseDeadline('Quy I/2026', PLAN_2026).deadline.raw).toBe('Quy I/2026');
    expect(parseDeadline('Thường xuyên/dợt xuất', PLAN_2026).deadline.raw).toBe('Thường xuyên/dợt xuất');
  });
});

describe('parseDeadline: year inference', () => {
  it('uses ctx.year and flags it', () => {
    const { deadline } = parseDeadline('trước ngày 15/12', { year: 2026 });
    expect(deadline).toMatchObject({ kind: 'date', due: '2026-12-15', yearInferred: true });
  });

  it('falls back to the first year of ctx.period', () => {
    const { deadline } = parseDeadline('Quý III', { year: null, period: { start: 2024, end: 2025 } });
    expect(deadline).toMatchObject({ kind: 'quarter', start: '2024-07-01', due: '2024-09-30', yearInferred: true });
  });

  it('a later item lends its year to an earlier one (not inferred)', () => {
    const { deadline } = parseDeadline('Quý III và Quý IV/2025', { year: 2026 });
    expect(deadline).toMatchObject({ kind: 'range', start: '2025-07-01', due: '2025-12-31', yearInferred: false });
  });

  it.each([
    ['Quý I', 'quarter'],
    ['trước ngày 15/12', 'date'],
    ['tháng 6', 'month'],
    ['6 tháng đầu năm', 'half-year'],
    ['Quý II-IV', 'range'],
  ] as const)('without any year: %s keeps kind %s, no dates, one problem', (phrase, kind) => {
    const { deadline, problems } = parseDeadline(phrase, { year: null });
    expect(deadline.kind).toBe(kind);
    expect(deadline.start).toBeNull();
    expect(deadline.due).toBeNull();
    expect(deadline.yearInferred).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/year/);
  });

  it('phrases with their own year need no context', () => {
    expect(parseDeadline('Quý I/2026', { year: null }).problems).toEqual([]);
    expect(parseDeadline('Quý I/2026', { year: null }).deadline.due).toBe('2026-03-31');
  });

  it('leap day without year is checked against the plan year', () => {
    expect(parseDeadline('trước ngày 29/02', { year: 2028 }).deadline.due).toBe('2028-02-29');
    const bad = parseDeadline('trước ngày 29/02', { year: 2026 });
    expect(bad.deadline.kind).toBe('unspecified');
    expect(bad.problems[0]).toBe('impossible date "29/02/2026"');
  });
});

describe('parseDeadline: impossible and unknown phrases', () => {
  it.each(['31/02/2026', '32/1/2026', 'trước ngày 31/4/2026', 'ngày 30 tháng 2 năm 2026', 'tháng 13/2026', 'Tháng 13', 'Quý V/2026', 'Quý 5/2026', '15/13/2026'])(
    '%s → unspecified with a problem, never a wrong date',
    (phrase) => {
      const { deadline, problems } = parseDeadline(phrase, PLAN_2026);
      expect(deadline.kind).toBe('unspecified');
      expect(deadline.start).toBeNull();
      expect(deadline.due).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/impossible/);
    },
  );

  it('names the impossible date', () => {
    expect(parseDeadline('31/02/2026', PLAN_2026).problems).toEqual(['impossible date "31/02/2026"']);
  });

  it.each(['Năm 2030-2026', 'Quý III-II/2026'])('%s (backwards range) → unspecified with a problem', (phrase) => {
    const r = parseDeadline(phrase, PLAN_2026);
    expect(r.deadline.kind).toBe('unspecified');
    expect(r.problems).toHaveLength(1);
  });

  it.each(['xyz', 'Sau Tết', 'Quý', 'Hằng năm 2026x'])('unknown phrase %s keeps raw, reports a problem', (phrase) => {
    const { deadline, problems } = parseDeadline(phrase, PLAN_2026);
    expect(deadline).toEqual({
      raw: phrase,
      kind: 'unspecified',
      start: null,
      due: null,
      recurrence: null,
      anchor: null,
      yearInferred: false,
    });
    expect(problems).toHaveLength(1);
  });

  it('never throws on junk input', () => {
    for (const junk of ['', ' ', '...', '()', '-', '/', '99/99/9999', 'ngày', 'trước', '\u0300', '(((', 'Quý I/2026)))']) {
      expect(() => parseDeadline(junk, PLAN_2026)).not.toThrow();
      expect(parseDeadline(junk, PLAN_2026).deadline.kind).toBeTypeOf('string');
    }
    // @ts-expect-error: callers in JS may pass anything
    expect(() => parseDeadline(undefined, PLAN_2026)).not.toThrow();
  });
});

describe('parseDeadline: months M to N without a year', () => {
  it('"Tháng 9 - 10" is months 9 to 10 of the plan year (a range), not a monthly schedule on a day', () => {
    for (const s of ['Tháng 9 - 10', 'Tháng 9-10', 'tháng 9 – 10', 'Từ tháng 3 đến 5']) {
      const d = parseDeadline(s, { year: 2027 }).deadline;
      expect([d.kind, d.due, d.yearInferred], s).toEqual(['range', s.includes('5') ? '2027-05-31' : '2027-10-31', true]);
    }
    expect(parseDeadline('Tháng 9 - 10/2027', { year: 2026 }).deadline.due).toBe('2027-10-31');
    // a day of the month in a monthly schedule stays one
    expect(parseDeadline('Hằng tháng', { year: 2027 }).deadline.kind).toBe('recurring');
  });
});

describe('parseDeadline: the Party cells\' monthly meeting (review 13 plan 03)', () => {
  it('"Kỳ sinh hoạt chi bộ tháng 02/2027" in a cell is the month', () => {
    expect(parseDeadline('Kỳ sinh hoạt chi bộ tháng 02/2027', { year: 2027 }).deadline).toMatchObject({ kind: 'month', due: '2027-02-28' });
    expect(parseDeadline('Trong kỳ sinh hoạt chi bộ định kỳ tháng 3', { year: 2027 }).deadline).toMatchObject({ kind: 'month', due: '2027-03-31' });
  });
});
