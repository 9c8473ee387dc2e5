import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDeadlineInText, type DeadlineContext } from '../../src/deadlines/index.js';

const PLAN_2026: DeadlineContext = { year: 2026 };

/** The deadline found in `text`: its kind, due date and the phrase as written. */
function expectFound(text: string, kind: string, due: string, raw: string): void {
  const r = findDeadlineInText(text, PLAN_2026);
  expect(r?.deadline.kind).toBe(kind);
  expect(r?.deadline.due).toBe(due);
  expect(r?.deadline.raw).toBe(raw);
}

describe('findDeadlineInText: explicit deadlines in seed sentences', () => {
  it('seed 000: "… gửi Sở Nội vụ trước ngày 15/12/2026 theo quy định" → date', () => {
    const text =
      'Thường xuyên theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch này tại các cơ quan, đơn vị. Chủ trì phối hợp với các cơ quan, đơn vị tham mưu UBND xây dựng báo cáo kết quả thực hiện gửi Sở Nội vụ trước ngày 15/12/2026 theo quy định.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'date', start: null, due: '2026-12-15', raw: 'trước ngày 15/12/2026', yearInferred: false });
    expect(r?.problems).toEqual([]);
  });

  it('"(Hoàn thành trong tháng 6/2026)" → month', () => {
    const r = findDeadlineInText('Xây dựng và ban hành quy chế làm việc (Hoàn thành trong tháng 6/2026).', PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'month', start: '2026-06-01', due: '2026-06-30', raw: 'Hoàn thành trong tháng 6/2026' });
  });

  it('"(đã hoàn thành trong tháng 4/2026)": work already done is no deadline; the next date still counts', () => {
    expect(findDeadlineInText('Ban hành Đề án xây dựng xã, phường không ma túy (đã hoàn thành trong tháng 4/2026).', PLAN_2026)).toBeNull();
    expect(findDeadlineInText('Quy chế đã được ban hành trước ngày 30/3/2026; tổ chức sơ kết trước ngày 15/12/2026.', PLAN_2026)?.deadline).toMatchObject({ kind: 'date', due: '2026-12-15' });
    // "đa" (many) is not "đã" once folded, but only "đã" + a verb or a date is skipped
    expect(findDeadlineInText('Tổ chức đa dạng các hoạt động, hoàn thành trong tháng 6/2026.', PLAN_2026)?.deadline).toMatchObject({ kind: 'month', due: '2026-06-30' });
  });

  it('seed 002 g): "… trước ngày 15/11 hàng năm …" → recurring yearly 11-15', () => {
    const text =
      'Chỉ đạo, kiểm tra, đôn đốc việc triển khai thực hiện Quyết định số 1847/QĐ-TTg và Kế hoạch của tỉnh về văn hóa công vụ đối với các cơ quan, đơn vị trực thuộc; hàng năm, gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/11 hàng năm để tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo quy định.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline).toMatchObject({
      kind: 'recurring',
      start: null,
      due: null,
      recurrence: [{ frequency: 'yearly', on: '11-15' }],
      raw: 'trước ngày 15/11 hàng năm',
    });
  });

  it('seed 002 e): "Hàng năm, tổng hợp báo cáo … trước ngày 15/12 hàng năm" → recurring yearly 12-15', () => {
    const text =
      'Hàng năm, tổng hợp báo cáo việc thực hiện các quy định về văn hóa công vụ của các cơ quan, đơn vị, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12 hàng năm theo quy định.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline.kind).toBe('recurring');
    expect(r?.deadline.recurrence).toEqual([{ frequency: 'yearly', on: '12-15' }]);
  });

  it('seed 003 a): leading "Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12)" clause', () => {
    const text =
      'Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12) gửi báo cáo kết quả thực hiện (tập trung vào kết quả giảm số lượng văn bản ban hành, số lượng các hội nghị, cuộc họp) về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo Chủ tịch UBND phường và Chủ tịch UBND tỉnh.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline).toMatchObject({
      kind: 'recurring',
      raw: 'Định kỳ 06 tháng (trước ngày 01/6) và hằng năm (trước ngày 01/12)',
      recurrence: [
        { frequency: 'semiannual', on: '06-01' },
        { frequency: 'yearly', on: '12-01' },
      ],
    });
  });

  it('a leading clause after an outline marker and a short label', () => {
    const text =
      '2. Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; 1 năm trước ngày 15/12 hàng năm) lồng ghép tại báo cáo tổng kết công tác phòng, chống ma túy.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline.raw).toBe('Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; 1 năm trước ngày 15/12 hàng năm)');
    expect(r?.deadline.recurrence).toEqual([
      { frequency: 'semiannual', on: '06-15' },
      { frequency: 'yearly', on: '12-15' },
    ]);
  });

  it('"Định kỳ hằng năm tổ chức …" leading clause → recurring yearly', () => {
    const r = findDeadlineInText('Định kỳ hằng năm tổ chức rà soát, đánh giá, xếp loại.', PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'recurring', raw: 'Định kỳ hằng năm', recurrence: [{ frequency: 'yearly', on: null }] });
  });

  it('a year-less date after "định kỳ hằng năm" in the sentence is a yearly schedule', () => {
    const text =
      'Thực hiện giám sát và đánh giá các hoạt động thích ứng với biến đổi khí hậu trong phạm vi quản lý, định kỳ hằng năm báo cáo tình hình thực hiện, gửi về Bộ Tài nguyên và Môi trường trước ngày 25 tháng 12 để tổng hợp.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline.kind).toBe('recurring');
    expect(r?.deadline.recurrence).toEqual([{ frequency: 'yearly', on: '12-25' }]);
    expect(r?.deadline.raw.startsWith('định kỳ hằng năm')).toBe(true);
    expect(r?.deadline.raw.endsWith('trước ngày 25 tháng 12')).toBe(true);
  });

  it('"trước ngày 10/12 của từng giai đoạn" → recurring per phase', () => {
    const text =
      'Báo cáo tình hình thực hiện Kế hoạch gửi Sở Du lịch theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - 2030), thời gian gửi báo cáo trước ngày 10/12 của từng giai đoạn để tổng hợp.';
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'recurring', recurrence: [{ frequency: 'periodic', on: '12-10' }] });
  });

  it.each([
    ['chậm nhất ngày 15 tháng 12 năm 2026 phải hoàn thành việc rà soát', 'date', '2026-12-15', 'chậm nhất ngày 15 tháng 12 năm 2026'],
    ['Triển khai trong quý I/2026 các nội dung của đề án', 'quarter', '2026-03-31', 'trong quý I/2026'],
    ['Xây dựng đề án, thời gian hoàn thành: Quý III/2026; kinh phí từ ngân sách', 'quarter', '2026-09-30', 'Quý III/2026'],
    ['Rà soát, ban hành quy chế, hoàn thành trước 30/6/2026.', 'date', '2026-06-30', 'hoàn thành trước 30/6/2026'],
    ['Tổng kết, hoàn thành năm 2026.', 'year', '2026-12-31', 'hoàn thành năm 2026'],
    ['Gửi báo cáo về UBND phường trước ngày 20/11 để tổng hợp', 'date', '2026-11-20', 'trước ngày 20/11'],
    ['gui bao cao truoc ngay 15/12/2026 theo quy dinh', 'date', '2026-12-15', 'truoc ngay 15/12/2026'],
  ] as const)('%s', expectFound);

  it('after a "thời gian hoàn thành:" label any recognised phrase counts', () => {
    const r = findDeadlineInText('Tổ chức tuyên truyền, phổ biến; thời gian hoàn thành: thường xuyên.', PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'continuous', raw: 'thường xuyên' });
  });

  it('a year-less date takes the plan year and says so', () => {
    const r = findDeadlineInText('Gửi báo cáo trước ngày 20/11 để tổng hợp', PLAN_2026);
    expect(r?.deadline.yearInferred).toBe(true);
  });

  it('"(từ nay) đến hết năm 2026" is until the end of the year', () => {
    const r = findDeadlineInText('Triển khai thực hiện từ nay đến hết năm 2026.', PLAN_2026);
    expect(r?.deadline).toMatchObject({ raw: 'từ nay đến hết năm 2026', kind: 'year', due: '2026-12-31' });
    expect(findDeadlineInText('Duy trì kiểm tra đến hết quý III/2026.', PLAN_2026)?.deadline.due).toBe('2026-09-30');
    // the start of the range comes with it
    const range = findDeadlineInText('Tổ chức trực ban trong mùa mưa bão (từ tháng 9 đến hết tháng 12/2026).', PLAN_2026);
    expect(range?.deadline).toMatchObject({ kind: 'range', start: '2026-09-01', due: '2026-12-31' });
  });

  it('"trong 6 tháng cuối năm 2026" in a task is a half-year, not in an objective', () => {
    expect(findDeadlineInText('Tổ chức kiểm tra ít nhất 01 đợt trong 6 tháng cuối năm 2026.', PLAN_2026)?.deadline).toMatchObject({ kind: 'half-year', due: '2026-12-31' });
    expect(findDeadlineInText('Phấn đấu trong 6 tháng đầu năm 2026 đạt 50% hồ sơ trực tuyến.', PLAN_2026)).toBeNull();
  });

  it('"năm 2027 và các năm tiếp theo" in a task is ongoing from that year, not in an objective', () => {
    const r = findDeadlineInText('Trung tâm Dịch vụ đấu giá tài sản tỉnh tổ chức đấu giá; thực hiện năm 2027 và các năm tiếp theo.', PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'continuous', start: '2027-01-01', due: null, raw: 'năm 2027 và các năm tiếp theo' });
    expect(findDeadlineInText('Phấn đấu năm 2027 và các năm tiếp theo tỷ lệ hồ sơ trực tuyến đạt 90%.', PLAN_2026)).toBeNull();
  });

  it('a bracket holding only a period with its year, closing the sentence or a clause, is the deadline', () => {
    expect(findDeadlineInText('Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ tại 100% xã, phường (Quý I – Quý II/2027).', PLAN_2026)?.deadline).toMatchObject({ kind: 'range', due: '2027-06-30', raw: 'Quý I – Quý II/2027' });
    expect(findDeadlineInText('Tổ chức tập huấn cho cán bộ (tháng 9/2026); báo cáo kết quả về Sở Nội vụ.', PLAN_2026)?.deadline).toMatchObject({ kind: 'month', due: '2026-09-30' });
    // not inside the sentence, not without a year, not in an objective
    expect(findDeadlineInText('Báo cáo kết quả (năm 2026) gửi Sở Nội vụ.', PLAN_2026)).toBeNull();
    expect(findDeadlineInText('Tổ chức Hội nghị sơ kết (Quý II).', PLAN_2026)).toBeNull();
    expect(findDeadlineInText('Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% (năm 2026).', PLAN_2026)).toBeNull();
  });

  it('"hoàn thành trong 30 ngày kể từ …" is relative to its event; a bracketed "(thường xuyên)", "(hằng quý)" closing the sentence is its time', () => {
    expect(findDeadlineInText('Các đảng ủy xây dựng kế hoạch thực hiện; hoàn thành trong 30 ngày kể từ ngày ban hành Kế hoạch.', PLAN_2026)?.deadline).toMatchObject({
      kind: 'relative',
      raw: 'hoàn thành trong 30 ngày kể từ ngày ban hành Kế hoạch',
      anchor: { offset: { value: 30, unit: 'day' } },
    });
    expect(findDeadlineInText('Tăng cường giám sát việc thi hành pháp luật (thường xuyên).', PLAN_2026)?.deadline).toMatchObject({ kind: 'continuous', raw: 'thường xuyên' });
    expect(findDeadlineInText('Kiểm tra hoạt động của trạm y tế (hằng quý).', PLAN_2026)?.deadline).toMatchObject({ kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: null }] });
    expect(findDeadlineInText('Các phòng gửi hồ sơ về Văn phòng chậm nhất 05 ngày làm việc trước phiên họp thường kỳ.', PLAN_2026)?.deadline).toMatchObject({
      kind: 'relative',
      anchor: { event: 'phiên họp thường kỳ', offset: { value: -5, unit: 'day' } },
    });
    // inside the sentence the frequency words stay words
    expect(findDeadlineInText('Tổ chức (thường xuyên) các lớp tập huấn cho cán bộ.', PLAN_2026)).toBeNull();
  });

  it('a day with its year in a task\'s sentence is the day the work is done', () => {
    const day = (text: string) => findDeadlineInText(text, PLAN_2026)?.deadline;
    expect(day('Phòng Văn hóa - Xã hội tổ chức Lễ phát động vào ngày 15/11/2026.')).toMatchObject({ kind: 'date', due: '2026-11-15', raw: 'vào ngày 15/11/2026' });
    expect(day('Công an phường bảo đảm an ninh tại Ngày hội (dự kiến ngày 14/11/2026).')).toMatchObject({ kind: 'date', due: '2026-11-14' });
    expect(day('Công an phường tổ chức Lễ ra quân ngày 15/11/2026.')).toMatchObject({ kind: 'date', due: '2026-11-15' });
    // not a day something starts from, nor a document's date
    expect(day('Thực hiện chế độ báo cáo từ ngày 01/01/2026.')).toBeUndefined();
    expect(day('Triển khai Thông báo kết luận của Chủ tịch UBND tỉnh ngày 12/3/2026 về cải cách hành chính.')).toBeUndefined();
    expect(day('Quán triệt Kế hoạch được ban hành ngày 05/01/2026.')).toBeUndefined();
  });

  it('rounds of work with their times ("Đợt 1: tháng 8/2026; Đợt 2: …"): due at the first round', () => {
    expect(findDeadlineInText('Thanh tra Bộ chủ trì kiểm tra tại 10 địa phương; Đợt 1: tháng 8/2026.', PLAN_2026)?.deadline).toMatchObject({ kind: 'month', due: '2026-08-31', raw: 'tháng 8/2026' });
    expect(findDeadlineInText('Kiểm tra tại các địa phương (Đợt 1: Quý II/2026; Đợt 2: Quý IV/2026).', PLAN_2026)?.deadline).toMatchObject({ kind: 'quarter', due: '2026-06-30' });
    expect(findDeadlineInText('Tổ chức tuyển sinh đợt 1 cho học viên.', PLAN_2026)).toBeNull();
  });

  it('a span of dates ("từ ngày 15/12/2025 đến ngày 15/02/2026") is a range', () => {
    const r = findDeadlineInText('Chỉ đạo tổ chức đợt cao điểm kiểm tra từ ngày 15/12/2025 đến ngày 15/02/2026.', PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'range', start: '2025-12-15', due: '2026-02-15' });
  });

  it('a day of each month or quarter is a schedule', () => {
    const monthly = findDeadlineInText('Tổng hợp, báo cáo UBND xã trước ngày 20 hằng tháng.', PLAN_2026);
    expect(monthly?.deadline).toMatchObject({ kind: 'recurring', recurrence: [{ frequency: 'monthly', on: '01-20' }] });
    const quarterly = findDeadlineInText('Báo cáo kết quả về Văn phòng trước ngày 15 của tháng đầu quý sau.', PLAN_2026);
    expect(quarterly?.deadline).toMatchObject({ kind: 'recurring', recurrence: [{ frequency: 'quarterly', on: '01-15' }] });
  });

  it.each([
    ['Chủ trì tổ chức diễn tập phương án chữa cháy cấp huyện vào tháng 10/2026.', 'month', '2026-10-31', 'vào tháng 10/2026'],
    ['Tổ chức sơ kết vào quý III/2026.', 'quarter', '2026-09-30', 'vào quý III/2026'],
    ['Tổ chức Đại hội vào cuối tháng 12/2026 tại hội trường.', 'month', '2026-12-31', 'vào cuối tháng 12/2026'],
    ['Tổ chức tổng kết vào cuối năm 2026.', 'year', '2026-12-31', 'vào cuối năm 2026'],
    ['Mỗi xã xây dựng ít nhất 01 mô hình mới trong năm 2026.', 'year', '2026-12-31', 'trong năm 2026'],
    ['Trong năm 2026, tổ chức 02 lớp tập huấn cho lực lượng dân phòng.', 'year', '2026-12-31', 'Trong năm 2026'],
    ['Hỗ trợ hoàn thành dự án đi vào hoạt động trong năm 2026; đưa vào khai thác khu du lịch.', 'year', '2026-12-31', 'trong năm 2026'],
  ] as const)('a task\'s "vào tháng / vào quý / vào cuối năm / trong năm …": %s', expectFound);

  it('a deadline after a citation is found, the citation date is not', () => {
    const r = findDeadlineInText(
      'Thực hiện Kế hoạch số 04/KH-UBND ngày 08/01/2026 của Chủ tịch UBND phường, báo cáo kết quả trước ngày 15/12/2026.',
      PLAN_2026,
    );
    expect(r?.deadline.due).toBe('2026-12-15');
  });
});

describe('findDeadlineInText: not deadlines', () => {
  it.each([
    // frequency words alone in a sentence
    'Thường xuyên theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    'Thường xuyên phổ biến, quán triệt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    'Tăng cường thanh tra, kiểm tra định kỳ và đột xuất việc thực hiện văn hóa công vụ.',
    'Tăng cường thanh tra, kiểm tra việc thực hiện văn hóa công vụ theo chương trình, kế hoạch hàng năm hoặc đột xuất.',
    'Lấy kết quả thực thi công vụ để kiểm điểm, đánh giá, xếp loại cán bộ, công chức, viên chức hằng năm.',
    'Hằng năm, các cơ quan, đơn vị thực hiện tinh giản tối thiểu 15% số lượng văn bản hành chính so với năm trước;',
    'Định kỳ tổng hợp, tham mưu Chủ tịch UBND phường báo cáo kết quả thực hiện Kết luận số 226-KL/TW gửi UBND tỉnh theo quy định;',
    'Tham mưu UBND phường chỉ đạo, điều hành; tham mưu chế độ báo cáo định kỳ/đột xuất theo quy định của cấp trên.',
    // document citations: their dates are issue dates
    'Tiếp tục thực hiện có hiệu quả Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án Văn hóa công vụ.',
    'Bám sát định hướng chỉ đạo tại Kết luận số 226-KL/TW ngày 11 tháng 12 năm 2025 của Bộ Chính trị.',
    'Thực hiện Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo của cơ quan hành chính nhà nước.',
    'Tăng cường kiểm tra công vụ theo Kế hoạch số 04/KH-UBND ngày 08/01/2026 của Chủ tịch Ủy ban nhân dân phường.',
    // years and durations that are not deadlines
    'Phấn đấu đạt được các chỉ tiêu định lượng cụ thể ngay trong năm 2026.',
    // objectives with "vào … / trong năm …", and "trong năm" not ending a clause
    'Giảm tỷ lệ hộ cận nghèo xuống dưới 2,5% vào cuối năm 2026.',
    'Trong năm 2026, phấn đấu 100% hồ sơ được số hóa.',
    'Phấn đấu vào quý IV/2026 có 100% xã đạt chuẩn nông thôn mới.',
    'Số hồ sơ trực tuyến đạt 80% trong năm 2026.',
    'Triển khai trong năm 2026 các nhiệm vụ sau',
    // when a document was made
    'Tiếp tục thực hiện Đề án được phê duyệt vào tháng 5/2024.',
    'Triển khai Luật Dữ liệu được Quốc hội thông qua vào tháng 6/2024.',
    'Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 01 ngày.',
    'Không sử dụng đồ uống có cồn trước, trong giờ làm việc.',
    'Kế hoạch phát triển du lịch giai đoạn 2025 - 2030, tầm nhìn đến năm 2045.',
    'Đến năm 2030, 100% hồ sơ công việc được xử lý trên môi trường mạng.',
    '',
  ])('%s → null', (text) => {
    expect(findDeadlineInText(text, PLAN_2026)).toBeNull();
  });
});

describe('findDeadlineInText: whole seed plans', () => {
  const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

  it.skipIf(files.length === 0)('never returns a citation date and never throws', () => {
    const citationDate = /số\s*[\w./-]+\s*ngày\s*(\d{1,2})\s*[/]\s*(\d{1,2})\s*[/]\s*(\d{4})/giu;
    let found = 0;
    for (const file of files) {
      const text = readFileSync(dir + file, 'utf8');
      const cited = new Set<string>();
      for (const m of text.matchAll(citationDate)) cited.add(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
      for (const line of text.split(/\r?\n/)) {
        const r = findDeadlineInText(line, PLAN_2026);
        if (!r) continue;
        found++;
        if (r.deadline.due) expect(cited.has(r.deadline.due)).toBe(false);
        expect(r.deadline.kind).not.toBe('unspecified');
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('findDeadlineInText: a note in brackets after a labelled time', () => {
  it('"thời gian: tháng 7 - tháng 8/2026 (dịp hè)" is read without its note', () => {
    const ctx: DeadlineContext = { year: 2026 };
    expect(findDeadlineInText('Huy động học sinh hỗ trợ người dân; thời gian: tháng 7 - tháng 8/2026 (dịp hè).', ctx)?.deadline.due).toBe('2026-08-31');
    expect(findDeadlineInText('Tập huấn cán bộ; thời hạn: Quý III/2026 (đợt 1).', ctx)?.deadline.due).toBe('2026-09-30');
    expect(findDeadlineInText('Tập huấn cán bộ; thời gian: (theo kế hoạch).', ctx)).toBeNull();
  });
});

describe('findDeadlineInText: before Tết, and the event the work waits for (review 11)', () => {
  it.each([
    ['Sở Tài chính tham mưu giao kế hoạch vốn chi tiết đến từng dự án trước Tết Nguyên đán Đinh Mùi.', 'trước Tết Nguyên đán Đinh Mùi'],
    ['Tổ Tổng hợp tổ chức ký cam kết không sử dụng pháo trái phép trước Tết Nguyên đán Mậu Thân 2028.', 'trước Tết Nguyên đán Mậu Thân 2028'],
    ['Sở Tài chính tham mưu giao kế hoạch vốn chi tiết đến từng dự án trước Tết Nguyên đán.', 'trước Tết Nguyên đán'],
    ['Công an tỉnh bảo đảm an ninh, trật tự khi cưỡng chế thu hồi đất (khi có yêu cầu).', 'khi có yêu cầu'],
    ['Sở Y tế tổ chức tiêm chủng bổ sung; thời gian: khi có yêu cầu.', 'khi có yêu cầu'],
  ] as const)('%s', (text, raw) => {
    const r = findDeadlineInText(text, PLAN_2026);
    expect(r?.deadline).toMatchObject({ kind: 'relative', due: null, raw });
  });

  it('not "trước, trong và sau Tết", nor a bracket that is no event', () => {
    expect(findDeadlineInText('Bảo đảm an ninh, trật tự trên địa bàn xã trước, trong và sau Tết Nguyên đán.', PLAN_2026)).toBeNull();
    expect(findDeadlineInText('Bảo đảm an ninh, trật tự (khi cần thiết).', PLAN_2026)).toBeNull();
  });
});

describe('findDeadlineInText: a quarter or month of every year (review 12 plan 02)', () => {
  it('"trong Quý I hằng năm", "thời gian: Quý I hằng năm", "trong tháng 3 hằng năm" → recurring yearly at the period end', () => {
    for (const [text, raw, on] of [
      ['Sở Tài chính chủ trì cân đối kinh phí thực hiện trong Quý I hằng năm.', 'trong Quý I hằng năm', '03-31'],
      ['Sở Tư pháp chủ trì rà soát văn bản; thời gian: Quý I hằng năm.', 'Quý I hằng năm', '03-31'],
      ['Sở Nội vụ tổng hợp, báo cáo trong tháng 12 hàng năm.', 'trong tháng 12 hàng năm', '12-31'],
    ] as const) {
      const r = findDeadlineInText(text, PLAN_2026);
      expect(r?.deadline).toMatchObject({ kind: 'recurring', due: null, raw, recurrence: [{ frequency: 'yearly', on }] });
    }
    // with its year it stays the quarter
    expectFound('Sở Tài chính cân đối kinh phí trong Quý I/2026.', 'quarter', '2026-03-31', 'trong Quý I/2026');
  });
});

describe('findDeadlineInText: a council session with its time (review 12 plan 01)', () => {
  it('"trình HĐND tỉnh tại kỳ họp cuối năm 2027", "vào kỳ họp HĐND tỉnh tháng 7/2027"', () => {
    expectFound('Sở Tư pháp xây dựng dự thảo Nghị quyết, trình HĐND tỉnh tại kỳ họp cuối năm 2027.', 'year', '2027-12-31', 'tại kỳ họp cuối năm 2027');
    expectFound('Sở Tài chính trình HĐND tỉnh vào kỳ họp HĐND tỉnh tháng 7/2027.', 'month', '2027-07-31', 'vào kỳ họp HĐND tỉnh tháng 7/2027');
    expectFound('Sở Tài chính trình tại kỳ họp thường lệ giữa năm 2027.', 'month', '2027-07-31', 'tại kỳ họp thường lệ giữa năm 2027');
  });
});

describe('findDeadlineInText: a schedule ending the task (review 13 plans 02, 03)', () => {
  const recurring = (text: string) => {
    const d = findDeadlineInText(text, PLAN_2026)?.deadline;
    return d ? [d.kind, d.raw, d.recurrence?.map((r) => r.frequency)] : null;
  };
  it('"…; hằng năm." (a clause of its own), "… định kỳ 6 tháng, (hằng) năm." at the end', () => {
    expect(recurring('Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện; hằng năm.')).toEqual(['recurring', 'hằng năm', ['yearly']]);
    expect(recurring('Cục Quản lý Dược tổng hợp, báo cáo Bộ trưởng kết quả thực hiện định kỳ 6 tháng, hằng năm.')).toEqual(['recurring', 'định kỳ 6 tháng, hằng năm', ['semiannual', 'yearly']]);
    expect(recurring('Các chi bộ báo cáo kết quả về Đảng ủy (qua Ban Xây dựng Đảng) định kỳ 6 tháng, năm.')).toEqual(['recurring', 'định kỳ 6 tháng, năm', ['semiannual', 'yearly']]);
  });
  it('"…; thực hiện thường xuyên.", "…; triển khai hằng năm.": the schedule as a clause of its own (review 14r14a plan 01)', () => {
    const d = findDeadlineInText('Công an tỉnh chủ trì kiểm tra an ninh, an toàn thông tin các hệ thống; thực hiện thường xuyên.', PLAN_2026)?.deadline;
    expect([d?.kind, d?.raw]).toEqual(['continuous', 'thường xuyên']);
    expect(recurring('Bộ Tài chính chỉ đạo Cục Thống kê cung cấp số liệu thống kê dân số; thực hiện hằng năm.')).toEqual(['recurring', 'hằng năm', ['yearly']]);
    expect(recurring('Sở Y tế tổ chức kiểm tra các cơ sở; tổ chức thực hiện định kỳ hằng quý.')).toEqual(['recurring', 'định kỳ hằng quý', ['quarterly']]);
    // (not a clause that only names the work "thực hiện" with a frequency inside it)
    expect(findDeadlineInText('Sở Y tế chủ trì; thực hiện thường xuyên việc kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh và các huyện.', PLAN_2026)).toBeNull();
  });
  it('"…; định kỳ hằng tháng tổng hợp, báo cáo …": a schedule clause after ";", when the sentence gives no other time (review 14r14a plan 01)', () => {
    expect(recurring('Giao Công an tỉnh chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch; định kỳ hằng tháng tổng hợp, báo cáo Chủ tịch UBND tỉnh.')).toEqual(['recurring', 'định kỳ hằng tháng', ['monthly']]);
    expect(findDeadlineInText('Sở Tư pháp hoàn thành trước ngày 30/6/2026; định kỳ hằng tháng báo cáo tiến độ thực hiện về Văn phòng UBND tỉnh.', PLAN_2026)?.deadline.due).toBe('2026-06-30');
    expect(recurring('Sở Y tế theo dõi; định kỳ tổ chức kiểm tra và kiểm tra đột xuất các cơ sở khám bệnh, chữa bệnh trên địa bàn.')).toBeNull();
  });
  it('a frequency word inside the sentence, or "định kỳ" without a frequency, is still none', () => {
    expect(recurring('Tổ chức hội nghị hằng năm để đánh giá kết quả.')).toBeNull();
    expect(recurring('Tổ chức kiểm tra định kỳ và đột xuất các cơ sở.')).toBeNull();
    expect(recurring('Tăng cường kiểm tra định kỳ.')).toBeNull();
  });
});

describe('findDeadlineInText: Party time phrases and the school year (review 13 plans 01, 03)', () => {
  it('"trong kỳ sinh hoạt chi bộ tháng 02/2027": the month', () => {
    expectFound('Các chi bộ tổ chức sinh hoạt chuyên đề trong kỳ sinh hoạt chi bộ tháng 02/2027.', 'month', '2027-02-28', 'trong kỳ sinh hoạt chi bộ tháng 02/2027');
    expectFound('Các chi bộ quán triệt Nghị quyết tại kỳ sinh hoạt chi bộ định kỳ tháng 3/2027.', 'month', '2027-03-31', 'tại kỳ sinh hoạt chi bộ định kỳ tháng 3/2027');
  });
  it('"vào dịp 03/02/2027", "vào dịp kỷ niệm … (03/02/2027)": the date of the occasion', () => {
    expectFound('Văn phòng Đảng ủy tổ chức Lễ trao Huy hiệu Đảng vào dịp 03/02/2027.', 'date', '2027-02-03', '03/02/2027');
    expectFound('Văn phòng Đảng ủy tổ chức Lễ trao Huy hiệu Đảng vào dịp kỷ niệm Ngày thành lập Đảng (03/02/2027).', 'date', '2027-02-03', '03/02/2027');
    // a span of years in the brackets is the anniversary's, no date of the work
    expect(findDeadlineInText('Tổ chức các hoạt động nhân dịp kỷ niệm Ngày thành lập Đảng (03/02/1930 - 03/02/2027).', PLAN_2026)).toBeNull();
  });
  it('"thực hiện trong năm học 2027 - 2028" ending a clause: the school year as a cell reads it', () => {
    expectFound('Sở Giáo dục và Đào tạo hướng dẫn các trường số hóa học bạ; thực hiện trong năm học 2027 - 2028.', 'range', '2028-05-31', 'trong năm học 2027 - 2028');
    expectFound('Các trường hoàn thành trong học kỳ I năm học 2027 - 2028.', 'range', '2028-01-15', 'trong học kỳ I năm học 2027 - 2028');
    // an objective is none
    expect(findDeadlineInText('Phấn đấu 100% trường học số hóa học bạ trong năm học 2027 - 2028.', PLAN_2026)).toBeNull();
  });
});
