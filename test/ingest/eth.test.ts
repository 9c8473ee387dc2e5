// A legacy Latin Eth "Ð" (U+00D0) / "ð" (U+00F0) for "Đ"/"đ": what VNI/TCVN3 → Unicode converters leave.
import { describe, expect, it } from 'vitest';
import { decodeBytes, foldEth } from '../../src/ingest/decode.js';
import { buildRegister, sha256 } from '../../src/register/build.js';
import { check, only, plan } from '../validate/helpers.js';

const build = (text: string) =>
  buildRegister({ text, path: 'kh.txt', sha256: sha256(text), format: 'text', encoding: 'utf-8', lineEnding: 'lf', bytes: text.length, config: null, extraDiagnostics: [] });

const PLAN = `UBND XÃ KHÁNH BÌNH
Số: 1/KH-UBND
Khánh Bình, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Phòng, chống sạt lở năm 2027

II. NỘI DUNG

1. Văn phòng HÐND và UBND xã chủ trì tổng hợp thiệt hại; thời gian: năm 2027.

2. Ðề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động Nhân dân tham gia; thời gian: năm 2027.

| TT | Nội dung | Ðơn vị chủ trì | Ðơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Nạo vét kênh thủy lợi | Phòng Kinh tế | Công an xã | Tháng 4/2027 |
`;

describe('legacy Eth for Đ', () => {
  it('is read as Đ/đ at decoding, one character for one (lines and columns unchanged), with NFD, BOM and CRLF', () => {
    const raw = '\ufeff' + 'Ðơn vị chủ trì: Văn phòng HÐND; ðề nghị\r\nDòng hai'.normalize('NFD');
    const d = decodeBytes(new TextEncoder().encode(raw));
    expect(d.text).toBe('Đơn vị chủ trì: Văn phòng HĐND; đề nghị\nDòng hai');
    expect(foldEth('HÐND')).toHaveLength(4);
    expect(foldEth('no eth here')).toBe('no eth here');
  });

  it('gives the lead column, the lead after "Đề nghị" and the one office "Văn phòng HĐND và UBND"', () => {
    const r = build(decodeBytes(new TextEncoder().encode(PLAN)).text);
    expect(r.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['Văn phòng HĐND và UBND'], []],
      [['Mặt trận Tổ quốc'], []],
      [['Phòng Kinh tế'], ['Công an xã']],
    ]);
  });

  it('validate reports the letter where the file writes it (text/suspicious-char), once per line', () => {
    const raw = plan({ content: '1. Văn phòng HÐND và UBND phường chủ trì tổng hợp, báo cáo HÐND phường.' });
    const ds = only(check(foldEth(raw), { rawText: raw }), 'text/suspicious-char');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.column).toBe(raw.split('\n').find((l) => l.includes('HÐND'))!.indexOf('Ð') + 1);
    expect(ds[0]!.message).toMatch(/^character "Ð" \(U\+00D0, Latin Eth\) in "HÐND" \(and 1 more on this line\): a legacy font conversion left it for "Đ" \(U\+0110\)/u);
  });
});
