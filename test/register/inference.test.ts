// One small inline plan per inference rule: who leads, who cooperates, by when, and why (assignedBy).
import { describe, expect, it } from 'vitest';
import type { Register, Task } from '../../src/register/types.js';
import { planRegister, taskById } from '../helpers/register.js';

const build = planRegister;
const task = taskById;
const who = (t: Task) => ({ lead: t.lead, support: t.support, assignedBy: t.assignedBy });

describe('inference rules', () => {
  it('1. appendix columns', () => {
    const r = build('I. NỘI DUNG\n\n- Thực hiện.\n\nDANH MỤC\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n1\tXây dựng kế hoạch tuyên truyền\tPhòng Văn hoá - Xã hội\tVăn phòng HDND và UBND; các tổ dân phố\tQuý I/2026');
    expect(who(task(r, 'DM.1'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Văn phòng HĐND và UBND', 'Các tổ dân phố'], assignedBy: 'appendix-column' });
    expect(task(r, 'DM.1').deadline).toMatchObject({ kind: 'quarter', due: '2026-03-31', from: 'column' });
  });

  it('2b. a paragraph after the last heading\'s list that names its own units at its start is not the heading\'s', () => {
    const r = build(
      'III. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh:\n\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12/2026.\n\n2. Ủy ban nhân dân các xã, phường:\n\n- Xây dựng kế hoạch của địa phương.\n\nCác sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Công an tỉnh để tổng hợp./.',
    );
    expect(who(task(r, 'III.2-1')).lead).toEqual(['UBND các xã, phường']);
    expect(who(task(r, 'III.2.p1'))).toEqual({ lead: ['Các sở, ban, ngành', 'UBND các xã, phường'], support: [], assignedBy: 'sentence-pattern' });
    // a paragraph without units of its own stays the heading's
    const h = build('III. TỔ CHỨC THỰC HIỆN\n\n2. Ủy ban nhân dân các xã, phường:\n\n- Xây dựng kế hoạch của địa phương.\n\nBáo cáo kết quả về Công an tỉnh trước ngày 15/12/2026.');
    expect(who(task(h, 'III.2.p1')).lead).toEqual(['UBND các xã, phường']);
  });

  it('2c. under a unit heading an item names its own lead: one of the heading\'s units "chủ trì", or "Giao X …"', () => {
    const r = build(
      'III. TỔ CHỨC THỰC HIỆN\n\n1. Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường\n\na) Tổ chức các hoạt động văn nghệ trong phần hội.\n\nb) Đoàn Thanh niên phường chủ trì ra quân vệ sinh môi trường trước ngày 08/11/2026.\n\n2. Ủy ban nhân dân phường\n\na) Giao Công an phường xây dựng phương án bảo đảm an ninh, trật tự; hoàn thành trước ngày 30/10/2026.\n\nb) Bố trí kinh phí tổ chức Ngày hội.',
    );
    expect(who(task(r, 'III.1.a')).lead).toEqual(['Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ']);
    expect(who(task(r, 'III.1.b'))).toMatchObject({ lead: ['Đoàn Thanh niên'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'III.2.a'))).toMatchObject({ lead: ['Công an phường'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'III.2.b')).lead).toEqual(['UBND phường']);
  });

  it('2. a unit heading in the organisation section applies to all its items', () => {
    const r = build('III. TỔ CHỨC THỰC HIỆN\n\n2. Văn phòng HĐND và UBND phường\n\n- Tham mưu ban hành quy chế.\n\n- Theo dõi, đôn đốc.');
    expect(who(task(r, 'III.2-1'))).toEqual({ lead: ['Văn phòng HĐND và UBND'], support: [], assignedBy: 'unit-heading' });
    expect(who(task(r, 'III.2-2')).lead).toEqual(['Văn phòng HĐND và UBND']);
    expect(r.tasks.map((t) => t.id)).toEqual(['III.2-1', 'III.2-2']); // the heading itself is no task
  });

  it('3. a letter sub-heading naming a unit inside a content subsection', () => {
    const r = build('II. NHIỆM VỤ, GIẢI PHÁP\n\n4. Đổi mới chế độ hội họp\n\na) Văn phòng HĐND và UBND\n\n- Xây dựng lịch họp khoa học.\n\nb) Thủ trưởng các cơ quan, đơn vị thuộc UBND phường\n\n- Thực hiện nghiêm quy định về thời gian họp.');
    expect(who(task(r, 'II.4.a-1'))).toEqual({ lead: ['Văn phòng HĐND và UBND'], support: [], assignedBy: 'unit-heading' });
    expect(task(r, 'II.4.b-1').lead).toEqual(['Các cơ quan, đơn vị']);
    expect(task(r, 'II.4.b-1').mentions[0]).toMatchObject({ raw: 'Thủ trưởng các cơ quan, đơn vị thuộc UBND phường', role: 'lead' });
  });

  it('1b. labelled fields under an item: bulleted or not, one per line or several on one line', () => {
    const r = build(
      'II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Hoàn thiện thể chế\n\na) Xây dựng quy chế khai thác cơ sở dữ liệu dân cư.\n- Cơ quan chủ trì: Công an tỉnh.\n- Cơ quan phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh.\n- Thời gian hoàn thành: Quý II/2026.\n- Sản phẩm: Quyết định của UBND tỉnh.\n\nb) Nâng cấp Trung tâm dữ liệu tỉnh.\nChủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Tài chính. Thời hạn: năm 2026.\n\n2. Chuyển đổi số\n- Đơn vị chủ trì: Sở Nội vụ.\n\na) Số hóa hồ sơ.\n\nb) Tập huấn cán bộ.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp\n- Chủ trì: tổ chức tập huấn pháp luật cho cán bộ.',
    );
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'III.1-1']);
    expect(who(task(r, 'II.1.a'))).toEqual({ lead: ['Công an tỉnh'], support: ['Sở Tư pháp', 'Văn phòng UBND tỉnh'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1.a').deadline).toMatchObject({ raw: 'Quý II/2026', kind: 'quarter', due: '2026-06-30' });
    expect(task(r, 'II.1.a').appendix?.product).toBe('Quyết định của UBND tỉnh.');
    expect(task(r, 'II.1.a').source).toMatchObject({ line: 12, endLine: 16 });
    expect(who(task(r, 'II.1.b'))).toEqual({ lead: ['Sở Khoa học và Công nghệ'], support: ['Sở Tài chính'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1.b').deadline).toMatchObject({ kind: 'year', due: '2026-12-31' });
    // On a heading, the fields apply to its items.
    expect(who(task(r, 'II.2.b'))).toEqual({ lead: ['Sở Nội vụ'], support: [], assignedBy: 'labelled-field' });
    // "Chủ trì: <a duty>" names no unit: an item of the unit heading, not a field.
    expect(who(task(r, 'III.1-1'))).toEqual({ lead: ['Sở Tư pháp'], support: [], assignedBy: 'unit-heading' });
  });

  it('1e. a field naming both roles is split like a table cell ("Đơn vị thực hiện: X chủ trì; Y phối hợp")', () => {
    const r = build(
      'II. NHIỆM VỤ CỤ THỂ\n\n1. Xây dựng quy chế phối hợp giữa các thư viện.\n- Đơn vị thực hiện: Sở Văn hóa và Thể thao chủ trì; Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã, phường phối hợp.\n- Thời gian: Quý III/2026.\n\n2. Số hóa tài liệu Hán Nôm.\n- Đơn vị thực hiện: Thư viện thành phố Huế (chủ trì), Sở Khoa học và Công nghệ (phối hợp).\n- Thời gian: Tháng 7 - 11/2026.\n\n3. Phát động cuộc thi Đại sứ Văn hóa đọc.\n- Đơn vị thực hiện: Sở Giáo dục và Đào tạo; phối hợp: Thành đoàn Huế, Thư viện thành phố Huế.\n\n4. Vận động tài trợ xe thư viện lưu động.\n- Đơn vị thực hiện: Thư viện thành phố Huế chủ trì; Sở Tài chính phối hợp.\n\n5. Tổ chức Ngày Sách và Văn hóa đọc.\n- Đơn vị thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với Hội Nhà văn Thừa Thiên Huế, Thành đoàn Huế.',
    );
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
    expect(task(r, 'II.2').text).toBe('Số hóa tài liệu Hán Nôm.');
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Sở Văn hóa và Thể thao'], support: ['Sở Giáo dục và Đào tạo', 'UBND các xã, phường'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1').deadline).toMatchObject({ kind: 'quarter', due: '2026-09-30' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Thư viện thành phố Huế'], support: ['Sở Khoa học và Công nghệ'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.2').deadline).toMatchObject({ due: '2026-11-30' });
    expect(who(task(r, 'II.3'))).toEqual({ lead: ['Sở Giáo dục và Đào tạo'], support: ['Thành đoàn Huế', 'Thư viện thành phố Huế'], assignedBy: 'labelled-field' });
    expect(who(task(r, 'II.4'))).toEqual({ lead: ['Thư viện thành phố Huế'], support: ['Sở Tài chính'], assignedBy: 'labelled-field' });
    expect(who(task(r, 'II.5'))).toEqual({ lead: ['Sở Văn hóa và Thể thao'], support: ['Hội Nhà văn Thừa Thiên Huế', 'Thành đoàn Huế'], assignedBy: 'labelled-field' });
  });

  it('5c. a cooperating unit ends where the verb of the sentence starts ("… cơ quan trung ương cân đối kinh phí")', () => {
    const r = build('III. TỔ CHỨC THỰC HIỆN\n\n3. Bộ Tài chính\n\nChủ trì, phối hợp với Bộ Tư pháp và các bộ, cơ quan trung ương cân đối kinh phí thường xuyên hằng năm để triển khai Kế hoạch.');
    expect(who(task(r, 'III.3.p1'))).toEqual({ lead: ['Bộ Tài chính'], support: ['Bộ Tư pháp', 'Các bộ, cơ quan trung ương'], assignedBy: 'unit-heading' });
  });

  it('5d. the subject after an introductory clause ("Căn cứ Kế hoạch này, các sở, ngành … xây dựng …")', () => {
    const r = build('IV. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, các sở, ngành, UBND các xã, phường xây dựng kế hoạch triển khai thực hiện, gửi về Công an tỉnh.\n\n2. Căn cứ chức năng, nhiệm vụ được giao, Sở Y tế chủ trì, phối hợp với Sở Tài chính bố trí kinh phí.\n\n3. Căn cứ tình hình thực tế, tổ chức sơ kết việc thực hiện Kế hoạch.');
    expect(who(task(r, 'IV.1'))).toEqual({ lead: ['Các sở, ngành', 'UBND các xã, phường'], support: [], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'IV.2'))).toEqual({ lead: ['Sở Y tế'], support: ['Sở Tài chính'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'IV.3'))).toEqual({ lead: [], support: [], assignedBy: 'none' });
  });

  it('5e. "X chủ trì; Y, Z phối hợp …" and a responsibility clause after the sentence', () => {
    const r = build(
      'II. NHIỆM VỤ CỤ THỂ\n\n1. Văn phòng UBND tỉnh chủ trì; Sở Khoa học và Công nghệ, Sở Nội vụ phối hợp thực hiện cập nhật cơ sở dữ liệu.\n\n2. Hỗ trợ học phí cho học sinh khó khăn. Trách nhiệm thực hiện: Sở Y tế (chủ trì), Sở Tài chính (phối hợp).\n\n3. Xây dựng cơ sở dữ liệu an sinh xã hội. Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Tài chính, UBND các xã. Thời hạn: năm 2026.\n\n4. Sở Tư pháp chủ trì, tổ chức phổ biến pháp luật; các xã phối hợp khi được yêu cầu.',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Văn phòng UBND tỉnh'], support: ['Sở Khoa học và Công nghệ', 'Sở Nội vụ'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Sở Y tế'], support: ['Sở Tài chính'], assignedBy: 'labelled-field' });
    expect(who(task(r, 'II.3'))).toEqual({ lead: ['Sở Xây dựng'], support: ['Sở Tài chính', 'UBND các xã'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.3').deadline).toMatchObject({ kind: 'year', due: '2026-12-31' });
    expect(who(task(r, 'II.4'))).toEqual({ lead: ['Sở Tư pháp'], support: [], assignedBy: 'sentence-pattern' });
  });

  it('5f. "X chủ trì" after the task: in parentheses, or in the next sentence', () => {
    const r = build(
      'II. NHIỆM VỤ TRỌNG TÂM\n\n1. Đẩy mạnh tuyên truyền pháp luật về phòng, chống ma túy (Phòng Văn hóa - Xã hội chủ trì, phối hợp Công an phường; hoàn thành trong tháng 5/2026).\n\n2. Rà soát phương án ứng phó thiên tai, hoàn thành trước ngày 30/5/2026. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh.\n\n3. Tổ chức tập huấn (chủ trì thực hiện: theo phân công).',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Công an phường'], assignedBy: 'sentence-pattern' });
    expect(task(r, 'II.1').deadline).toMatchObject({ kind: 'month', due: '2026-05-31' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Sở Nông nghiệp và Môi trường'], support: ['Công an tỉnh'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.3')).lead).toEqual([]);
  });

  it('5g. the assignment in brackets at the end of the item: "(Giao: X chủ trì; Y phối hợp; thời gian: …)", "(Giao: X; …)", "(X)"', () => {
    const r = build(
      'II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Hỗ trợ dự án sản xuất (Giao: Phòng Kinh tế chủ trì; Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã phối hợp; thời gian: Quý III/2025).\n\n2. Cấp thẻ bảo hiểm y tế (Giao: Phòng Văn hóa - Xã hội; thời gian: trước ngày 30/9/2025).\n\n3. Tư vấn việc làm (Giao: Phòng Văn hóa - Xã hội chủ trì, phối hợp Trung tâm Dịch vụ việc làm tỉnh; thời gian: tháng 10-12/2025).\n\n4. Miễn, giảm học phí (Giao: Phòng Văn hóa - Xã hội chủ trì; các trường mầm non, tiểu học trên địa bàn xã phối hợp).\n\n5. Cập nhật thông tin công dân theo kết quả rà soát (Công an phường).\n\n6. Cấp thẻ bảo hiểm y tế (Giao Phòng Văn hóa - Xã hội thực hiện; hoàn thành trước ngày 30/9/2025).\n\n7. Rà soát hộ nghèo tại các địa bàn (thôn Đông, thôn Tây).',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Phòng Kinh tế'], support: ['Hội Nông dân', 'Hội Liên hiệp Phụ nữ'], assignedBy: 'sentence-pattern' });
    expect(task(r, 'II.1').deadline).toMatchObject({ raw: 'Quý III/2025', kind: 'quarter', due: '2025-09-30' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: [], assignedBy: 'sentence-pattern' });
    expect(task(r, 'II.2').deadline).toMatchObject({ raw: 'trước ngày 30/9/2025', kind: 'date', due: '2025-09-30' });
    expect(who(task(r, 'II.3'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Trung tâm Dịch vụ việc làm tỉnh'], assignedBy: 'sentence-pattern' });
    expect(task(r, 'II.3').deadline).toMatchObject({ raw: 'tháng 10-12/2025', kind: 'range', due: '2025-12-31' });
    expect(who(task(r, 'II.4'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Các trường mầm non, tiểu học'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.5'))).toEqual({ lead: ['Công an phường'], support: [], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.6')).lead).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(who(task(r, 'II.7')).lead).toEqual([]);
  });

  it('5i. fields after a dash or in brackets, a trailing "X, Y thực hiện; thời hạn: …", and a "Giao X chủ trì, <deadline>." paragraph after its item', () => {
    const r = build(
      'II. NHIỆM VỤ CỤ THỂ\n\na) Nghiên cứu cơ chế tín chỉ carbon - Đơn vị chủ trì: Cục Biến đổi khí hậu; Đơn vị phối hợp: Vụ Hợp tác quốc tế; Thời hạn: năm 2027.\n\nb) Hướng dẫn xây dựng vùng nguyên liệu (Đơn vị chủ trì: Cục Kinh tế hợp tác và Phát triển nông thôn; Đơn vị phối hợp: Vụ Pháp chế; Thời hạn: trước ngày 30/4/2026).\n\nc) Triển khai thanh toán trực tuyến lệ phí hộ tịch. Sở Tư pháp, Sở Xây dựng thực hiện; thời hạn: Quý II/2026.\n\nd) Rà soát, tái cấu trúc quy trình cung cấp dịch vụ công trực tuyến.\n\nGiao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ, hoàn thành trong tháng 6/2026.\n\nđ) Rà soát thủ tục hành chính nội bộ.\n\nGiao Sở Nội vụ chủ trì tổ chức kiểm tra công vụ.',
    );
    expect(who(task(r, 'II.a'))).toEqual({ lead: ['Cục Biến đổi khí hậu'], support: ['Vụ Hợp tác quốc tế'], assignedBy: 'labelled-field' });
    expect(who(task(r, 'II.b'))).toEqual({ lead: ['Cục Kinh tế hợp tác và Phát triển nông thôn'], support: ['Vụ Pháp chế'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.b').deadline).toMatchObject({ kind: 'date', due: '2026-04-30' });
    expect(who(task(r, 'II.c'))).toMatchObject({ lead: ['Sở Tư pháp', 'Sở Xây dựng'], support: [] });
    // the "Giao" paragraph gives the item above its units and deadline, and is no task of its own …
    expect(who(task(r, 'II.d'))).toMatchObject({ lead: ['Văn phòng UBND tỉnh'], support: ['Sở Nội vụ'] });
    expect(task(r, 'II.d').deadline).toMatchObject({ kind: 'month', due: '2026-06-30' });
    // … unless it gives work of its own: then it is a task under the item, as any paragraph there
    expect(r.tasks.map((t) => t.id)).toEqual(['II.a', 'II.b', 'II.c', 'II.d', 'II.đ.p1']);
    expect(task(r, 'II.đ.p1')).toMatchObject({ text: 'Giao Sở Nội vụ chủ trì tổ chức kiểm tra công vụ.', lead: ['Sở Nội vụ'] });
  });

  it('5j. bullets indented under a bullet that introduces them (":") are its items and take its units', () => {
    const r = build(
      'II. NHIỆM VỤ CỤ THỂ\n\n* Xây dựng Nghị định hướng dẫn Luật (Cục Thương mại điện tử và Kinh tế số chủ trì, phối hợp với Vụ Pháp chế):\n    * Xây dựng dự thảo Nghị định. Thời gian: Quý II/2026\n    * Trình Chính phủ ban hành Nghị định. Thời gian: Tháng 10/2026\n* Vụ Pháp chế theo dõi, đôn đốc thực hiện.',
    );
    expect(r.tasks.map((t) => t.id)).toEqual(['II-1-1', 'II-1-2', 'II-2']);
    expect(who(task(r, 'II-1-2'))).toMatchObject({ lead: ['Cục Thương mại điện tử và Kinh tế số'], support: ['Vụ Pháp chế'] });
    expect(task(r, 'II-1-2').deadline).toMatchObject({ kind: 'month', due: '2026-10-31' });
    // the next bullet at the first level is a sibling of the intro again
    expect(who(task(r, 'II-2')).lead).toEqual(['Vụ Pháp chế']);
  });

  it('5h. labelled fields inside the sentence or on a line of their own under a lettered item ("Cơ quan thực hiện: X. Thời gian: …", "Trách nhiệm: X; Y (phối hợp)")', () => {
    const r = build(
      'II. NHIỆM VỤ TRỌNG TÂM\n\n1. Cải cách thể chế\n\na) Kiểm tra, xử lý văn bản của cấp xã. Cơ quan thực hiện: Sở Tư pháp. Thời gian: Thường xuyên.\n\n2. Cải cách thủ tục hành chính\n\na) Công bố danh mục thủ tục hành chính.\n\nTrách nhiệm thực hiện: Văn phòng UBND tỉnh (chủ trì), các sở, ban, ngành (phối hợp). Thời gian: Quý II/2026.\n\nb) Cắt giảm thời gian giải quyết thủ tục nội bộ.\n\n- Trách nhiệm: Văn phòng UBND tỉnh; Sở Nội vụ (phối hợp). Thời gian: trước ngày 30/9/2026.',
    );
    expect(who(task(r, 'II.1.a'))).toEqual({ lead: ['Sở Tư pháp'], support: [], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1.a').deadline).toMatchObject({ kind: 'continuous' });
    // the field lines belong to the item above: no task of their own
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1.a', 'II.2.a', 'II.2.b']);
    expect(who(task(r, 'II.2.a'))).toMatchObject({ lead: ['Văn phòng UBND tỉnh'], support: ['Các sở, ban, ngành'] });
    expect(task(r, 'II.2.a').deadline).toMatchObject({ kind: 'quarter', due: '2026-06-30' });
    // "(phối hợp)" in brackets marks the unit just before it: the first, unmarked, leads
    expect(who(task(r, 'II.2.b'))).toMatchObject({ lead: ['Văn phòng UBND tỉnh'], support: ['Sở Nội vụ'] });
    expect(task(r, 'II.2.b').deadline).toMatchObject({ kind: 'date', due: '2026-09-30' });
  });

  it('5h. "X chủ trì <the task>; Y, Z phối hợp; …": the support clause after the action', () => {
    const r = build(
      'II. NHIỆM VỤ CỤ THỂ\n\n1. Vụ Kế hoạch - Tài chính chủ trì xây dựng dự thảo Thông tư hướng dẫn; Vụ Pháp chế, Văn phòng Bộ phối hợp; trình Bộ trưởng trong quý IV/2025.\n\n2. Sở Tư pháp chủ trì tổ chức phổ biến pháp luật; phối hợp với các xã khi được yêu cầu.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh\n\n- Tổ chức tuyên truyền; các xã phối hợp.',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Vụ Kế hoạch - Tài chính'], support: ['Vụ Pháp chế', 'Văn phòng Bộ'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Sở Tư pháp'], support: [], assignedBy: 'sentence-pattern' });
    // a unit heading's bullet: the sentence names no lead of its own, so its clause adds nothing
    expect(who(task(r, 'III.1-1'))).toEqual({ lead: ['Công an tỉnh'], support: [], assignedBy: 'unit-heading' });
  });

  it('a sentence that points to the appendix is no task', () => {
    const r = build('II. NHIỆM VỤ, GIẢI PHÁP\n\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.\n\nChi tiết tại Biểu kèm theo.\n\nNhững nội dung cụ thể theo Danh mục đính kèm.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.');
    expect(r.tasks.map((t) => t.id)).toEqual(['III.1']);
    // the pointer may list what the appendix gives before "tại Phụ lục"
    const listed = build(
      'II. NHIỆM VỤ, GIẢI PHÁP\n\nCác nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.\n\nNhiệm vụ, đơn vị thực hiện và thời gian hoàn thành được phân công tại Phụ lục kèm theo Kế hoạch này.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.\n\n2. Các sở, ngành căn cứ nhiệm vụ được giao tại Phụ lục xây dựng kế hoạch.',
    );
    expect(listed.tasks.map((t) => t.id)).toEqual(['III.1', 'III.2']);
  });

  it('1c. "+ Đơn vị thực hiện: X" / "+ Phối hợp: Y" / "+ Thời gian: …" under a numbered item', () => {
    const r = build('II. NHIỆM VỤ CỤ THỂ\n\n1. Chuyển đổi nhận thức\n1.1. Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh xã.\n+ Đơn vị thực hiện: Văn phòng HĐND và UBND xã.\n+ Phối hợp: Đoàn Thanh niên xã, Hội Phụ nữ xã.\n+ Thời gian: Quý III/2026.');
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1.1']);
    expect(who(task(r, 'II.1.1'))).toEqual({ lead: ['Văn phòng HĐND và UBND'], support: ['Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1.1').deadline).toMatchObject({ kind: 'quarter', due: '2026-09-30' });
  });

  it('4a. an addressee heading ("Đối với …")', () => {
    const r = build('II. NỘI DUNG THỰC HIỆN\n\n1. Đối với các cơ quan, đơn vị\n\n1.1. Thường xuyên phổ biến, quán triệt.');
    expect(who(task(r, 'II.1.1'))).toEqual({ lead: ['Các cơ quan, đơn vị'], support: [], assignedBy: 'addressee' });
  });

  it('4b. a unit before a colon at the start of an item', () => {
    const r = build('II. NHIỆM VỤ\n\n2. Tăng cường sự lãnh đạo\n\nThủ trưởng các cơ quan, đơn vị thuộc phường: Lãnh đạo, chỉ đạo, quán triệt sâu sắc.');
    expect(who(task(r, 'II.2.p1'))).toEqual({ lead: ['Các cơ quan, đơn vị'], support: [], assignedBy: 'addressee' });
  });

  it('1d. a labelled field whose units carry a qualifier ("+ Cơ quan chủ trì: Các sở, ban, ngành quản lý cơ sở dữ liệu chuyên ngành.")', () => {
    const r = build(
      'II. NỘI DUNG KẾ HOẠCH\n\n1. Rà soát, làm sạch dữ liệu chuyên ngành.\n+ Cơ quan chủ trì: Các sở, ban, ngành quản lý cơ sở dữ liệu chuyên ngành.\n+ Cơ quan phối hợp: Công an tỉnh.\n+ Thời gian hoàn thành: Trước ngày 31/12/2025.\n\n2. Sở Tư pháp\n+ Chủ trì: tổ chức tập huấn pháp luật cho cán bộ.',
    );
    expect(r.tasks.map((t) => t.id)).toEqual(['II.1', 'II.2-1']);
    expect(task(r, 'II.1').text).toBe('Rà soát, làm sạch dữ liệu chuyên ngành.');
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Các sở, ban, ngành'], support: ['Công an tỉnh'], assignedBy: 'labelled-field' });
    expect(task(r, 'II.1').deadline).toMatchObject({ kind: 'date', due: '2025-12-31' });
    // a duty after "Chủ trì:" is still an item, not a field
    expect(who(task(r, 'II.2-1'))).toEqual({ lead: ['Sở Tư pháp'], support: [], assignedBy: 'unit-heading' });
  });

  it('5a. "X chủ trì, phối hợp (với) Y …" gives lead X and support Y', () => {
    const r = build('II. NHIỆM VỤ\n\n1. Tổ chức tuyên truyền\n\nb) Phòng Văn hóa - Xã hội chủ trì, phối hợp Trung tâm Cung ứng dịch vụ sự nghiệp công và các cơ quan, đơn vị liên quan tổ chức tuyên truyền.');
    expect(who(task(r, 'II.1.b'))).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Trung tâm Cung ứng dịch vụ sự nghiệp công', 'Các cơ quan, đơn vị có liên quan'], assignedBy: 'sentence-pattern' });
  });

  it('5a2. "X phối hợp với Y <verb> …": X does the work, Y is its partner; not "X: Phối hợp với Y …"', () => {
    const r = build(
      'III. TỔ CHỨC THỰC HIỆN\n\n6. Báo và Phát thanh, Truyền hình Quảng Trị phối hợp với Sở Nông nghiệp và Môi trường mở chuyên mục tuyên truyền phòng tránh sạt lở.\n\n7. Sở Công Thương: Phối hợp với các đơn vị liên quan kiểm tra thị trường.',
    );
    expect(who(task(r, 'III.6'))).toEqual({ lead: ['Báo và Phát thanh, Truyền hình'], support: ['Sở Nông nghiệp và Môi trường'], assignedBy: 'sentence-pattern' });
    expect(task(r, 'III.7').support).toEqual([]);
  });

  it('5b. "Chủ trì phối hợp với Y" inside an item under a unit heading adds support', () => {
    const r = build('III. TỔ CHỨC THỰC HIỆN\n\n3. Phòng Văn hóa – Xã hội\n\n- Theo dõi việc thực hiện. Chủ trì phối hợp với các cơ quan, đơn vị tham mưu UBND xây dựng báo cáo gửi Sở Nội vụ trước ngày 15/12/2026.');
    const t = task(r, 'III.3-1');
    expect(who(t)).toEqual({ lead: ['Phòng Văn hóa - Xã hội'], support: ['Các cơ quan, đơn vị'], assignedBy: 'unit-heading' });
    expect(t.deadline).toMatchObject({ kind: 'date', due: '2026-12-15', from: 'text' });
  });

  it('5c. a block intro "Phối hợp với Y …:" applies Y as support to the block items; an item starting "Phối hợp với" keeps none', () => {
    const r = build('IV. TỔ CHỨC THỰC HIỆN\n\n2. Sở Thông tin và Truyền thông\n\nPhối hợp với Sở Nội vụ và các cơ quan có liên quan hướng dẫn các cơ quan báo chí:\n\na) Đẩy mạnh tuyên truyền.\n\nb) Phổ biến quy tắc ứng xử.\n\n3. Văn phòng HĐND và UBND\n\nPhối hợp với Phòng Văn hóa - Xã hội theo dõi, đôn đốc.');
    expect(who(task(r, 'IV.2.a'))).toEqual({ lead: ['Sở Thông tin và Truyền thông'], support: ['Sở Nội vụ', 'Các cơ quan có liên quan'], assignedBy: 'unit-heading' });
    expect(task(r, 'IV.2.b').support).toEqual(['Sở Nội vụ', 'Các cơ quan có liên quan']);
    expect(r.tasks.some((t) => t.id === 'IV.2.p1')).toBe(false); // the intro is no task
    expect(who(task(r, 'IV.3.p1'))).toEqual({ lead: ['Văn phòng HĐND và UBND'], support: [], assignedBy: 'unit-heading' });
  });

  it('5d. "Giao X …"', () => {
    const r = build('IV. TỔ CHỨC THỰC HIỆN\n\n1. Giao Công an tỉnh chủ trì theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch.');
    expect(who(task(r, 'IV.1'))).toEqual({ lead: ['Công an tỉnh'], support: [], assignedBy: 'sentence-pattern' });
  });

  it('"Thời gian hoàn thành:" is the deadline of the item before it, not an item', () => {
    const r = build('IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\na) Tổ chức tập huấn về văn hóa công vụ.\n\nThời gian hoàn thành: Năm 2024, năm 2025.');
    expect(r.tasks).toHaveLength(1);
    expect(task(r, 'IV.1.a').deadline).toMatchObject({ raw: 'Năm 2024, năm 2025', kind: 'range', start: '2024-01-01', due: '2025-12-31', from: 'line' });
  });

  it('a heading\'s bracketed period is the deadline of its items that name none ("Giai đoạn 1 (từ ngày 01/8 đến ngày 15/8/2025)")', () => {
    const r = build(
      'II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n\n**1. Giai đoạn 1 - Chuẩn bị (từ ngày 01/8 đến ngày 15/8/2025)**\n\n- Thành lập Tổ công tác (Văn phòng HĐND và UBND chủ trì).\n\n- Tập huấn nghiệp vụ (Công an phường chủ trì; hoàn thành trước ngày 12/8/2025).\n\n**2. Giai đoạn 3 - Sơ kết, đánh giá (tháng 11/2025)**\n\n- Tổ chức hội nghị sơ kết (Phòng Văn hóa - Xã hội).\n\n**3. Giai đoạn chuẩn bị - thời gian: Quý IV/2025**\n\n- Rà soát hồ sơ.\n\n4. Chuyển đổi số (đến năm 2030)\n\n- Số hóa hồ sơ.\n\n5. Nâng cao chất lượng dịch vụ năm 2025\n\n- Khảo sát mức độ hài lòng.',
    );
    expect(task(r, 'II.1-1').deadline).toMatchObject({ raw: 'từ ngày 01/8 đến ngày 15/8/2025', kind: 'range', due: '2025-08-15' });
    expect(task(r, 'II.1-2').deadline).toMatchObject({ kind: 'date', due: '2025-08-12' }); // its own deadline first
    expect(task(r, 'II.2-1').deadline).toMatchObject({ kind: 'month', due: '2025-11-30' });
    expect(task(r, 'II.3-1').deadline).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
    // a target year and a year in a heading's title are no deadline
    expect(task(r, 'II.4-1').deadline).toBeNull();
    expect(task(r, 'II.5-1').deadline).toBeNull();
  });

  it('a task whose lead cannot be found is kept with an empty lead and an info diagnostic', () => {
    const r = build('II. NỘI DUNG KẾ HOẠCH\n\n1. Cải cách thể chế\n\n- Rà soát các quy chế nội bộ.');
    expect(who(task(r, 'II.1-1'))).toEqual({ lead: [], support: [], assignedBy: 'none' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'task/no-lead', severity: 'info', line: 12 }));
  });

  it('objectives and funding items are not tasks; closing sentences are not tasks', () => {
    const r = build('I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\na) Nâng cao chất lượng.\n\nII. KINH PHÍ THỰC HIỆN\n\n1. Kinh phí bố trí từ ngân sách.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Theo dõi.\n\nTrên đây là Kế hoạch thực hiện nhiệm vụ năm 2026./.');
    expect(r.tasks.map((t) => t.id)).toEqual(['III.1-1']);
  });

  it('finds quantitative targets in the text', () => {
    const r = build('II. NHIỆM VỤ\n\n1. Văn phòng HĐND và UBND\n\n- Bảo đảm tỷ lệ họp trực tuyến đạt tối thiểu 60%; số hóa văn bản đạt từ 95% trở lên.');
    expect(r.targets.map((t) => [t.value, t.comparator, t.phrase, t.taskId])).toEqual([
      [60, '>=', 'tối thiểu 60%', 'II.1-1'],
      [95, '>=', 'đạt từ 95% trở lên', 'II.1-1'],
    ]);
  });
});

describe('a support clause in an item under a unit heading', () => {
  it('"Chủ trì xử lý …; Trạm Y tế phường phối hợp." keeps the heading as lead and reads the support', async () => {
    const { buildRegister, sha256 } = await import('../../src/register/build.js');
    const text = [
      'KẾ HOẠCH',
      'Phòng, chống thiên tai năm 2026',
      '',
      'I. NHIỆM VỤ',
      'Tổ chức diễn tập.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chỉ huy Quân sự phường',
      'Chủ trì tổ chức diễn tập ứng phó lũ; Công an phường, Trạm Y tế phường phối hợp.',
      '2. Công an phường',
      'a) Chủ trì xử lý hành vi vi phạm theo quy định; Trạm Y tế phường phối hợp.',
      'b) Phối hợp với Trạm Y tế phường tuyên truyền.',
    ].join('\n');
    const r = buildRegister({ text, path: 'x.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });
    expect(r.tasks.filter((t) => t.sectionPath[0] === 'II').map((t) => [t.id, t.lead, t.support])).toEqual([
      ['II.1.p1', ['Ban Chỉ huy Quân sự phường'], ['Công an phường', 'Trạm Y tế']],
      ['II.2.a', ['Công an phường'], ['Trạm Y tế']],
      // (the answer keys' convention: an item that itself starts "Phối hợp với Y" keeps support [])
      ['II.2.b', ['Công an phường'], []],
    ]);
  });
});

describe('a trailing "X chủ trì, phối hợp với Y" sentence (review 9)', () => {
  it('keeps X when its name ends in a place name or in lower-case words', () => {
    const r = build(
      'II. NHIỆM VỤ\n\n1. Tuyên truyền trên mạng xã hội. Báo và Phát thanh, Truyền hình Đà Nẵng chủ trì, phối hợp với Sở Y tế thực hiện.\n\n2. Kiểm tra chợ. Công an thành phố Đà Nẵng chủ trì, phối hợp với Sở Y tế thực hiện.\n\n3. Kiểm tra hàng nhái. Cục Phát triển thị trường trong nước chủ trì, phối hợp với Vụ Pháp chế. Thời gian: Tháng 9/2027',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Báo và Phát thanh, Truyền hình'], support: ['Sở Y tế'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Công an thành phố Đà Nẵng'], support: ['Sở Y tế'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.3'))).toEqual({ lead: ['Cục Phát triển thị trường trong nước'], support: ['Vụ Pháp chế'], assignedBy: 'sentence-pattern' });
  });
});

describe('units, their scope, then "chủ trì" (review 9)', () => {
  it('"X, Y theo chức năng, nhiệm vụ (được giao) chủ trì …" after the task gives X, Y the lead', () => {
    const r = build(
      'II. NHIỆM VỤ\n\n1. Làm sạch dữ liệu hộ tịch. Sở Tư pháp, Bảo hiểm xã hội tỉnh theo chức năng, nhiệm vụ chủ trì thực hiện; thời hạn: thường xuyên.\n\n2. Làm sạch dữ liệu bảo hiểm. Sở Tư pháp, Sở Nông nghiệp và Môi trường theo chức năng, nhiệm vụ được giao chủ trì thực hiện.\n\n3. Làm sạch dữ liệu đất đai. Sở Nông nghiệp và Môi trường trong phạm vi chức năng, nhiệm vụ của mình thực hiện.',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Sở Tư pháp', 'Bảo hiểm xã hội tỉnh'], support: [], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.2')).lead).toEqual(['Sở Tư pháp', 'Sở Nông nghiệp và Môi trường']);
    expect(who(task(r, 'II.3')).lead).toEqual(['Sở Nông nghiệp và Môi trường']);
    // a verb phrase between the units and "chủ trì" is no scope
    const n = build('II. NHIỆM VỤ\n\n1. Làm sạch dữ liệu. Sở Tư pháp theo dõi việc chủ trì thực hiện.');
    expect(task(n, 'II.1').lead).toEqual([]);
  });
});

describe('a sentence after the task that only names its units (review 9)', () => {
  it('"… . X." leads, "… . X; phối hợp: Y." leads and supports, in italics or not', () => {
    const r = build(
      'II. NHIỆM VỤ\n\n- Vận hành Hệ thống quản lý hoạt động thương mại điện tử. *Cục Thương mại điện tử và Kinh tế số; phối hợp: Bộ Công an.* **Thời gian: Thường xuyên**\n\n- Đào tạo kỹ năng thương mại điện tử cho cán bộ. Cục Thương mại điện tử và Kinh tế số. Thời gian: Quý IV/2027\n\n- Thí điểm kết nối với các sàn. *Chủ trì: Cục Thương mại điện tử và Kinh tế số. Phối hợp: Vụ Pháp chế.*',
    );
    expect(who(task(r, 'II-1'))).toEqual({ lead: ['Cục Thương mại điện tử và Kinh tế số'], support: ['Bộ Công an'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II-2'))).toEqual({ lead: ['Cục Thương mại điện tử và Kinh tế số'], support: [], assignedBy: 'sentence-pattern' });
    expect(task(r, 'II-2').deadline).toMatchObject({ due: '2027-12-31' });
    expect(who(task(r, 'II-3')).support).toEqual(['Vụ Pháp chế']);
  });

  it('a sentence that goes on after the units, or a time sentence, names no lead this way', () => {
    const r = build('II. NHIỆM VỤ\n\n- Đào tạo kỹ năng cho cán bộ. Sở Y tế đã tổ chức nhiều lớp. Thời gian: Quý IV/2027');
    expect(task(r, 'II-1').lead).toEqual([]);
  });
});

describe('review 11: the subject after an opening clause, its duty to cooperate, its later partners', () => {
  it('"Trong quá trình thực hiện, X có trách nhiệm phối hợp với Y <verb> …": X leads, Y supports', () => {
    const r = build(
      'II. TỔ CHỨC THỰC HIỆN\n\n1. Trong quá trình thực hiện, Thanh tra Bộ có trách nhiệm phối hợp với Vụ Pháp luật hình sự - hành chính kiểm tra việc xử lý vi phạm hành chính.\n\n2. Thanh tra Bộ có trách nhiệm phối hợp với Vụ Pháp chế kiểm tra việc thi hành pháp luật.\n\n3. Trong năm 2027, Thanh tra Bộ chủ trì, phối hợp với Vụ Pháp chế kiểm tra việc thi hành pháp luật.',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Thanh tra Bộ'], support: ['Vụ Pháp luật hình sự - hành chính'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.2'))).toEqual({ lead: ['Thanh tra Bộ'], support: ['Vụ Pháp chế'], assignedBy: 'sentence-pattern' });
    expect(who(task(r, 'II.3'))).toEqual({ lead: ['Thanh tra Bộ'], support: ['Vụ Pháp chế'], assignedBy: 'sentence-pattern' });
  });

  it('"X chủ trì tuyên truyền …; phối hợp với Y, Z tổ chức …": Y and Z support X', () => {
    const r = build(
      'II. TỔ CHỨC THỰC HIỆN\n\n1. Tổ Tổng hợp chủ trì tuyên truyền, vận động Nhân dân giao nộp vũ khí; phối hợp với Đoàn Thanh niên xã, Trường THCS Bát Xát tổ chức ký cam kết.\n\n2. Thuế tỉnh: Tăng cường quản lý thuế; phối hợp với Công an tỉnh xử lý các trường hợp trốn thuế.\n\nIII. ĐƠN VỊ\n\n1. Văn phòng HĐND và UBND\n\nChủ trì tham mưu bảo đảm hạ tầng kỹ thuật; phối hợp với Phòng Kinh tế tham mưu bố trí kinh phí.',
    );
    expect(who(task(r, 'II.1'))).toEqual({ lead: ['Tổ Tổng hợp'], support: ['Đoàn Thanh niên', 'Trường THCS Bát Xát'], assignedBy: 'sentence-pattern' });
    // a duty of a unit's list, and an item under a unit heading, keep the partner of the later duty out
    expect(who(task(r, 'II.2')).support).toEqual([]);
    expect(r.tasks.find((t) => t.lead.includes('Văn phòng HĐND và UBND'))?.support).toEqual([]);
  });
});
