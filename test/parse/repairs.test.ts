import { describe, expect, it } from 'vitest';
import { find, outlineIds, parse, plan } from '../helpers/parse.js';

describe('repairs', () => {
  it('joins a paragraph split by a page break (no final punctuation, next starts lower-case)', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n1. Rà soát, điều chỉnh quy chế làm việc của các phòng, đơn vị thuộc\n\nphường bảo đảm phù hợp mô hình mới.\n\n2. Tổ chức kiểm tra.'));
    const n = find(pd.roots, 'I.1')!;
    expect(n.text).toBe('Rà soát, điều chỉnh quy chế làm việc của các phòng, đơn vị thuộc phường bảo đảm phù hợp mô hình mới.');
    expect(n.source).toMatchObject({ line: 10, endLine: 12 });
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1', 'I.2']);
  });

  it('joins a line cut inside brackets even when the next line starts like a bullet ("Phòng Văn hóa" / "- Xã hội")', () => {
    const pd = parse(plan('I. NỘI DUNG\na) Tổng hợp, cập nhật kết quả vào phần mềm (Giao: Phòng Văn hóa\n- Xã hội; thời gian: trước ngày 20 hằng tháng).\nb) Tổ chức rà soát hộ nghèo.\n- Rà soát hộ cận nghèo.'));
    expect(find(pd.roots, 'I.a')!.text).toBe('Tổng hợp, cập nhật kết quả vào phần mềm (Giao: Phòng Văn hóa - Xã hội; thời gian: trước ngày 20 hằng tháng).');
    // a bullet after a line whose brackets are closed is still a bullet
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.a', 'I.b', 'I.b-1']);
  });

  it('does not join when the first part ends a sentence or the next line is an item', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n- Tổ chức tập huấn cho công chức.\n\ncông chức mới tuyển dụng được ưu tiên.\n\n- Rà soát quy chế\n\na) Ban hành quy chế mới'));
    expect(find(pd.roots, 'I-1')!.text).toBe('Tổ chức tập huấn cho công chức.');
    expect(pd.roots[0]!.children.map((c) => c.id)).toContain('I.p1');
  });

  it('joins across a page number and keeps the page number as furniture', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n- Phối hợp với các cơ quan liên quan trong việc tiếp nhận, giải quyết và trả kết quả thủ tục\n\n5\n\nhành chính đúng hạn.'));
    expect(find(pd.roots, 'I-1')!.text).toMatch(/thủ tục hành chính đúng hạn\.$/);
    expect(pd.document.furniture).toContainEqual({ text: '5', line: 12, kind: 'page-number' });
  });

  it('a paragraph wrapped over thousands of lines is joined whole, as a short one is', () => {
    const words = Array.from({ length: 4000 }, (_, k) => `việc thứ ${k} của   kế hoạch`);
    const pd = parse(plan(`I. NỘI DUNG\n\n1. Thực hiện các ${words.join('\n')} đúng hạn.\n\n2. Báo cáo kết quả.`));
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1', 'I.2']);
    expect(find(pd.roots, 'I.1')!.text).toBe(`Thực hiện các ${words.join(' ').replace(/\s+/g, ' ')} đúng hạn.`);
    // a word hyphenated at a line's end is rejoined, as for a short paragraph
    const hy = parse(plan(`I. NỘI DUNG\n\n1. Rà soát ${words.slice(0, 300).join('\n')} theo Thông tư số 09/2024/TT-\nBKHĐT và thủ tục liên-\nthông.`));
    expect(find(hy.roots, 'I.1')!.text).toMatch(/Thông tư số 09\/2024\/TT- BKHĐT và thủ tục liên-thông\.$/);
  });

  it("a page's running header (issuer and number) is furniture: neither an item nor a continuation", () => {
    const pd = parse(
      plan('I. NỘI DUNG\n\n5. Cập nhật dữ liệu tiêm chủng, quản lý bệnh không lây nhiễm\n- Cơ quan chủ trì: Cục Phòng bệnh.\n\n                2\nBỘ Y TẾ                           Kế hoạch số 1587/KH-BYT\n\n6. Bảo đảm an toàn thông tin.'),
    );
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.5', 'I.6']);
    expect(find(pd.roots, 'I.6')!.text).toBe('Bảo đảm an toàn thông tin.');
    expect(pd.document.furniture).toContainEqual({ text: 'BỘ Y TẾ Kế hoạch số 1587/KH-BYT', line: 14, kind: 'running-header' });
    // a sentence citing a plan goes on after the number; it is text
    const cite = parse(plan('I. NỘI DUNG\n\n1. Triển khai Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh.'));
    expect(find(cite.roots, 'I.1')!.text).toContain('Kế hoạch số 12/KH-UBND');
  });

  it('a running header with its date, printed at the right after a form feed, is furniture; at the left margin it is text', () => {
    const header = '\f                                                       Kế hoạch số 85/KH-UBND ngày 20/01/2027';
    const pd = parse(plan(`I. NỘI DUNG\n\n1. Kiểm tra an toàn hồ đập.\n\n                                      Trang 1/4\n${header}\n\n2. Tổ chức diễn tập.`));
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1', 'I.2']);
    expect(pd.document.furniture).toContainEqual({ text: 'Kế hoạch số 85/KH-UBND ngày 20/01/2027', line: 13, kind: 'running-header' });
    // a wrapped citation can end with a date on a line of its own
    const wrapped = parse(plan('I. NỘI DUNG\n\n1. Triển khai các nhiệm vụ tại\nKế hoạch số 12/KH-UBND ngày 10/01/2026\ncủa UBND tỉnh.'));
    expect(find(wrapped.roots, 'I.1')!.text).toBe('Triển khai các nhiệm vụ tại Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh.');
  });

  it('nests a plain numbered list under a bold numbered heading when its numbers start again at 1', () => {
    const pd = parse(plan('**II. NHIỆM VỤ**\n\n**1. Hoàn thiện thể chế**\n\n1. Xây dựng Quy chế phối hợp.\n\n2. Số hóa tài liệu Hán Nôm.\n\n**2. Tuyên truyền**\n\n3. Tổ chức Ngày Sách.\n\n4. Phát động cuộc thi.'));
    expect(outlineIds(pd.roots)).toEqual(['II', 'II.1', 'II.1.1', 'II.1.2', 'II.2', 'II.2.3', 'II.2.4']);
    // without bold headings, or numbers that do not start again, the list stays one level
    expect(outlineIds(parse(plan('II. NHIỆM VỤ\n\n1. Hoàn thiện thể chế\n\n1. Xây dựng Quy chế.\n\n2. Số hóa tài liệu.')).roots)).toEqual(['II', 'II.1', 'II.1#2', 'II.2']);
  });

  it('reads outline levels from markers, not from Markdown heading depth or bold', () => {
    const pd = parse(plan('### **I. MỤC ĐÍCH, YÊU CẦU**\n\n## **1. Mục đích**\n\n1.1. Nâng cao chất lượng.\n\n#### **II. TỔ CHỨC THỰC HIỆN**\n\n**1. Văn phòng HĐND và UBND**\n\n- Theo dõi, đôn đốc.'));
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1', 'I.1.1', 'II', 'II.1', 'II.1-1']);
    expect(find(pd.roots, 'I')!.role).toBe('objectives');
    expect(find(pd.roots, 'II')!.role).toBe('organisation');
    expect(find(pd.roots, 'II.1')!.text).toBe('Văn phòng HĐND và UBND');
  });

  it('splits blocks glued on one line (DANH MỤC**title***(caption)*)', () => {
    const pd = parse(
      plan(
        'I. NỘI DUNG\n\n- Tổ chức thực hiện.\n\nDANH MỤC**Nhiệm vụ trọng tâm năm 2026***(Kèm theo Kế hoạch số 12/KH-UBND)*\n\nTT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành\n1\tBan hành kế hoạch\tVăn phòng HĐND và UBND\tQuý I/2026',
      ),
    );
    expect(pd.tables).toHaveLength(1);
    expect(pd.tables[0]!.title).toBe('DANH MỤC Nhiệm vụ trọng tâm năm 2026');
    expect(pd.tables[0]!.caption).toBe('(Kèm theo Kế hoạch số 12/KH-UBND)');
  });

  it('keeps a footnote in the middle of a section as a footnote of the item citing it, never as an item', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n1.1. Thực hiện nghiêm Chỉ thị số 26/CT-TTg<sup>1</sup> của Thủ tướng.\n\n---\n\n<sup>1</sup> Công văn số 1891/UBND-NC ngày 15/8/2025 của UBND tỉnh.\n\n1.2. Tăng cường kiểm tra.'));
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1.1', 'I.1.2']);
    expect(find(pd.roots, 'I.1.1')!.refs).toEqual(['1']);
    expect(find(pd.roots, 'I.1.1')!.text).toBe('Thực hiện nghiêm Chỉ thị số 26/CT-TTg của Thủ tướng.');
    expect(pd.footnotes).toEqual([{ id: '1', text: 'Công văn số 1891/UBND-NC ngày 15/8/2025 của UBND tỉnh.', citedBy: [], source: { line: 14, column: 1, endLine: 14 } }]);
  });

  it('supports Markdown footnote syntax too', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n- Thực hiện Kết luận 226[^2] nghiêm túc.\n\n[^2]: Kết luận số 226-KL/TW.'));
    expect(find(pd.roots, 'I-1')!.refs).toEqual(['2']);
    expect(pd.footnotes[0]).toMatchObject({ id: '2', text: 'Kết luận số 226-KL/TW.' });
  });

  it('reads pdftotext footnotes (the number alone at the margin, the text indented below) as footnotes, not items', () => {
    const pd = parse(plan('I. NỘI DUNG\n- Rà soát thủ tục hành chính, công khai tại trụ sở các phường, xã3.\n- Tổ chức đối thoại với doanh nghiệp.\n3\n    Kể từ ngày 01/7/2025, thành phố có 103 đơn vị hành chính cấp xã.\n                                  2\n- Tổng kết, báo cáo kết quả.'));
    expect(pd.footnotes).toMatchObject([{ id: '3', text: 'Kể từ ngày 01/7/2025, thành phố có 103 đơn vị hành chính cấp xã.' }]);
    expect(outlineIds(pd.roots)).toEqual(['I', 'I-1', 'I-2', 'I-3']);
    // a number alone followed by a line at the margin is no footnote
    const other = parse(plan('I. NỘI DUNG\n- Rà soát thủ tục.\n3\nTổ chức đối thoại với doanh nghiệp.'));
    expect(other.footnotes).toEqual([]);
  });

  it('removes HTML tags inside text and table cells', () => {
    const pd = parse(
      plan('I. NỘI DUNG\n\n- Đào tạo công chức (<i>ưu tiên công chức giải quyết TTHC</i>).\n\nTT\tNội dung\tĐơn vị chủ trì\tThời hạn\n1\tBồi dưỡng <b>kỹ năng</b> số<br>cho công chức\tPhòng Văn hóa - Xã hội\tQuý II/2026'),
    );
    expect(find(pd.roots, 'I-1')!.text).toBe('Đào tạo công chức (ưu tiên công chức giải quyết TTHC).');
    expect(pd.tables[0]!.table.rows[0]!.cells[1]).toBe('Bồi dưỡng kỹ năng số cho công chức');
  });

  it('reads an HTML <table> appendix', () => {
    const html = '<table>\n<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Thời hạn</th></tr>\n<tr><td colspan="4">I. Cải cách thể chế</td></tr>\n<tr><td>1</td><td>Rà soát văn bản</td><td rowspan="2">Văn phòng HĐND và UBND</td><td>Quý I/2026</td></tr>\n<tr><td>2</td><td>Công khai TTHC</td><td>Thường xuyên</td></tr>\n</table>';
    const pd = parse(plan(`I. NỘI DUNG\n\n- Tổ chức thực hiện.\n\nPHỤ LỤC\n\n${html}`));
    const rows = pd.tables[0]!.table.rows;
    expect(rows.map((r) => [r.tt, r.cells[1], r.cells[2], r.cells[3]])).toEqual([
      ['1', 'Rà soát văn bản', 'Văn phòng HĐND và UBND', 'Quý I/2026'],
      ['2', 'Công khai TTHC', 'Văn phòng HĐND và UBND', 'Thường xuyên'],
    ]);
    expect(rows[0]!.groups.map((g) => g.label)).toEqual(['I']);
  });

  it('drops a header repeated after a page break and continues a row without TT', () => {
    const table = [
      'TT\tNội dung công việc\tĐơn vị tham mưu\tĐơn vị phối hợp\tThời gian hoàn thành',
      '1\tBan hành kế hoạch\tVăn phòng HĐND và UBND\tCác phòng chuyên môn\tQuý I/2026',
      '',
      'TT\tNội dung công việc\tĐơn vị tham mưu\tĐơn vị phối hợp\tThời gian hoàn thành',
      '\tvà tổ chức triển khai\t\t\t',
      '2\tKiểm tra công vụ\tPhòng Văn hóa - Xã hội\t\tThường xuyên',
    ].join('\n');
    const pd = parse(plan(`I. NỘI DUNG\n\n- Thực hiện.\n\nDANH MỤC\n\n${table}`));
    const t = pd.tables[0]!.table;
    expect(t.rows.map((r) => r.tt)).toEqual(['1', '2']);
    expect(t.rows[0]!.cells[1]).toBe('Ban hành kế hoạch và tổ chức triển khai');
    expect(t.repeatedHeaderLines).toEqual([17]);
  });

  it('reads pipe tables with a two-row header and group rows (ministry layout)', () => {
    const table = [
      'Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Thực hiện',
      ' |  |  | Đơn vị chủ trì | Đơn vị phối hợp',
      'I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ',
      '10-11/2019 | Xây dựng khung định hướng | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | - Vụ Vật liệu xây dựng; - Vụ Kế hoạch - Tài chính.',
      ' | Lấy ý kiến các Bộ, ngành | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế.',
    ].join('\n');
    const pd = parse(plan(`I. NỘI DUNG\n\n- Thực hiện.\n\nNỘI DUNG CHI TIẾT\n\n${table}`));
    const t = pd.tables[0]!;
    expect(t.title).toBe('NỘI DUNG CHI TIẾT');
    expect(t.table.header.columns.map((c) => c.role)).toEqual(['deadline', 'content', 'authority', 'lead', 'support']);
    expect(t.table.rows.map((r) => [r.cells[0], r.cells[3], r.groups.map((g) => g.label).join('/')])).toEqual([
      ['10-11/2019', 'Ban Quản lý quy hoạch', 'I'],
      ['10-11/2019', 'Vụ Vật liệu xây dựng', 'I'],
    ]);
  });

  it('attaches a "Thời gian hoàn thành:" line to the item before it', () => {
    const pd = parse(plan('I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\na) Hướng dẫn, đôn đốc các sở.\n\nThời gian hoàn thành: Thường xuyên.\n\nb) Tổ chức tập huấn.'));
    expect(find(pd.roots, 'I.1.a')!.deadline).toEqual({ text: 'Thường xuyên.', line: 14, column: 1 });
    expect(outlineIds(pd.roots)).toEqual(['I', 'I.1', 'I.1.a', 'I.1.b']);
  });

  it('keeps a duplicated number as a separate node with a distinct id', () => {
    const pd = parse(plan('III. TỔ CHỨC THỰC HIỆN\n\n3. Phòng Văn hóa - Xã hội\n\n- Theo dõi.\n\n3. Trung tâm Dịch vụ tổng hợp\n\nĐăng tải kết quả.'));
    expect(outlineIds(pd.roots)).toEqual(['III', 'III.3', 'III.3-1', 'III.3#2', 'III.3#2.p1']);
  });

  it('reads header metadata: blank number, date with a blank day, title, basis, signer, recipients', () => {
    const pd = parse(
      'Số: /KH-UBND\n\nBách Quang, ngày   tháng 12 năm 2025\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nCăn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;\n\nI. NỘI DUNG\n\n- Thực hiện.\n\nNoi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHứa Xuân Bình\n',
    );
    const d = pd.document;
    expect(d.number).toEqual({ raw: 'Số: /KH-UBND', serial: null, code: 'KH-UBND', line: 1 });
    expect(d.date).toMatchObject({ place: 'Bách Quang', year: 2025, month: 12, day: null, iso: null, line: 3 });
    expect(d.title).toMatchObject({ text: 'Cải cách hành chính năm 2026', line: 5, endLine: 6 });
    expect(d.legalBasis).toEqual([
      { raw: 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học', verb: 'Căn cứ', kind: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị', line: 8 },
    ]);
    expect(d.recipients.map((r) => r.text)).toEqual(['Sở Nội vụ;', 'Lưu: VT.']);
    expect(d.signer).toMatchObject({ title: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', name: 'Hứa Xuân Bình' });
    expect(d.year).toBe(2026);
    expect(d.kind).toBe('plan');
  });

  it('the plan year: next year for a plan signed late the year before, the issue year for a period further ahead', () => {
    const doc = (date: string, title: string) => parse(`Số: 12/KH-UBND\n\nHà Nội, ngày ${date}\n\nKẾ HOẠCH\n${title}\n\nI. NỘI DUNG\n\n- Thực hiện.\n`).document;
    expect(doc('15 tháng 12 năm 2025', 'Cải cách hành chính năm 2026').year).toBe(2026);
    expect(doc('14 tháng 10 năm 2019', 'Lập quy hoạch thời kỳ 2021 - 2030').year).toBe(2019);
    expect(doc('10 tháng 3 năm 2026', 'Phát triển du lịch giai đoạn 2026 - 2030').year).toBe(2026);
  });

  it('ends the title where the legal basis starts, with no blank line between them', () => {
    const pd = parse(
      'Số: 12/KH-UBND\n\nNinh Bình, ngày 3 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhát triển du lịch biển giai đoạn 2026 - 2030\nThực hiện Nghị quyết số 07/NQ-TU ngày 30/01/2026 của Ban chấp hành Đảng\nbộ tỉnh về chiến lược phát triển du lịch;\nCăn cứ Quyết định số 257/QĐ-UBND ngày 28/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. NỘI DUNG\n\n- Thực hiện.\n',
    );
    expect(pd.document.title).toMatchObject({ text: 'Phát triển du lịch biển giai đoạn 2026 - 2030', endLine: 6 });
    expect(pd.document.legalBasis.map((c) => [c.verb, c.number])).toEqual([
      ['Thực hiện', '07/NQ-TU'],
      ['Căn cứ', '257/QĐ-UBND'],
    ]);
    // A title whose line asks for more goes on, even into "Thực hiện …".
    const t = parse('KẾ HOẠCH\nTriển khai các nhiệm vụ của\nThực hiện Nghị quyết số 07/NQ-TU năm 2026\n\nI. NỘI DUNG\n\n- Thực hiện.\n');
    expect(t.document.title?.text).toBe('Triển khai các nhiệm vụ của Thực hiện Nghị quyết số 07/NQ-TU năm 2026');
  });

  it('joins hard-wrapped lines of one paragraph (PDF text) even after a semicolon when the next line starts lower-case', () => {
    const pd = parse(plan('I. NỘI DUNG\n\n- Nâng cấp hạ tầng đô thị thích ứng với biến đổi khí hậu;\nđẩy mạnh phát triển nhà ở, hạ tầng đồng bộ;\n- Xây dựng trường học an toàn.'));
    expect(find(pd.roots, 'I-1')!.text).toBe('Nâng cấp hạ tầng đô thị thích ứng với biến đổi khí hậu; đẩy mạnh phát triển nhà ở, hạ tầng đồng bộ;');
    expect(outlineIds(pd.roots)).toEqual(['I', 'I-1', 'I-2']);
  });

  it('joins a hard-wrapped name cut at its dash inside an open bracket ("(Giao: Phòng Văn hóa" / "- Xã hội; …)")', () => {
    const body = [
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Truyền thông, giám sát, đánh giá',
      'a) Tư vấn, giới thiệu việc làm, đưa người lao động thuộc hộ nghèo, hộ',
      'cận nghèo đi làm việc tại các khu công nghiệp và đi làm việc ở nước',
      'ngoài theo hợp đồng (Giao: Phòng Văn hóa - Xã hội chủ trì, phối hợp',
      'Trung tâm Dịch vụ việc làm tỉnh; thời gian: tháng 10-12/2025).',
      'b) Tổng hợp, cập nhật kết quả thực hiện các chỉ tiêu giảm nghèo vào',
      'phần mềm quản lý hộ nghèo, hộ cận nghèo của tỉnh (Giao: Phòng Văn hóa',
      '- Xã hội; thời gian: trước ngày 20 hằng tháng).',
      'c) Tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm 2025 theo chuẩn',
      'nghèo đa chiều, bảo đảm dân chủ, công khai, đúng quy trình.',
      '- Lập danh sách hộ nghèo (theo mẫu của tỉnh.',
      '- Niêm yết công khai tại nhà văn hóa ấp (Ấp 1, Ấp 2).',
    ].join('\n');
    const pd = parse(plan(body));
    expect(find(pd.roots, 'III.1.b')!.text).toMatch(/\(Giao: Phòng Văn hóa - Xã hội; thời gian: trước ngày 20 hằng tháng\)\.$/);
    // bullets that open no bracket of the line before stay items
    expect(outlineIds(pd.roots)).toEqual(['III', 'III.1', 'III.1.a', 'III.1.b', 'III.1.c', 'III.1.c-1', 'III.1.c-2']);
  });

  it('treats a bare number row as a group in a table without a TT column, and "Ghi chú:" after it as notes', () => {
    const table = [
      'Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp',
      '1 | Lập nhiệm vụ |  | ',
      '10-11/2019 | Xây dựng khung định hướng | Ban Quản lý quy hoạch | Vụ Pháp chế',
      '',
      'Ghi chú:',
      '- Thời gian có thể điều chỉnh theo thực tế.',
    ].join('\n');
    const pd = parse(plan(`IV. TỔ CHỨC THỰC HIỆN\n\n1. Giao Vụ Pháp chế theo dõi.\n\nNỘI DUNG CHI TIẾT\n\n${table}`));
    const rows = pd.tables[0]!.table.rows;
    expect(rows.map((r) => [r.cells[1], r.groups.map((g) => `${g.label}:${g.text}`)])).toEqual([['Xây dựng khung định hướng', ['1:Lập nhiệm vụ']]]);
    const notes = pd.roots[pd.roots.length - 1]!;
    expect(notes).toMatchObject({ role: 'other', text: 'Ghi chú:' });
    expect(notes.children.map((c) => c.text)).toEqual(['Thời gian có thể điều chỉnh theo thực tế.']);
  });

  it('reads the place and date from a flattened two-column header line', () => {
    const pd = parse('BỘ XÂY DỰNG\nSố: 836/QĐ-BXD | Hà Nội, ngày 14 tháng 10 năm 2019\n\nKẾ HOẠCH\nLập quy hoạch\n\nI. NHIỆM VỤ\n\n- Tổ chức lập quy hoạch.\n');
    expect(pd.document.number).toMatchObject({ serial: '836', code: 'QĐ-BXD' });
    expect(pd.document.date).toMatchObject({ place: 'Hà Nội', iso: '2019-10-14' });
  });

  it('joins a unit heading wrapped over several lines', () => {
    const pd = parse(plan('III. TỔ CHỨC THỰC HIỆN\n\n7. UBND các xã: Hải Tiến, Giao Minh,\nGiao Bình, Hải Quang, Rạng\nĐông, Kim Đông\n- Xây dựng kế hoạch phát triển du lịch biển.'));
    expect(find(pd.roots, 'III.7')!.text).toBe('UBND các xã: Hải Tiến, Giao Minh, Giao Bình, Hải Quang, Rạng Đông, Kim Đông');
    expect(outlineIds(pd.roots)).toEqual(['III', 'III.7', 'III.7-1']);
  });

  it('reads a GFM table whose header is written over several rows', () => {
    const table = [
      '|     |          | Cơ quan |                  | Thời gian  |',
      '| --- | -------- | ------- | ---------------- | ---------- |',
      '| STT | Nội dung |         | Cơ quan phối hợp |            |',
      '|     |          | chủ trì |                  | thực hiện  |',
      '| 1   | Xây dựng cơ chế thuê tài sản công | Sở Tài chính | Sở Du lịch | 2025-2026 |',
    ].join('\n');
    const pd = parse(plan(`I. NHIỆM VỤ\n\n- Thực hiện.\n\nPHỤ LỤC\n\n${table}`));
    const t = pd.tables[0]!.table;
    expect(t.header.columns.map((c) => `${c.name}:${c.role}`)).toEqual(['STT:tt', 'Nội dung:content', 'Cơ quan chủ trì:lead', 'Cơ quan phối hợp:support', 'Thời gian thực hiện:deadline']);
    expect(t.rows.map((r) => r.cells)).toEqual([['1', 'Xây dựng cơ chế thuê tài sản công', 'Sở Tài chính', 'Sở Du lịch', '2025-2026']]);
  });
});
