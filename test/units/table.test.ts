// formatUnitsTable: the plain-text table of `plan-extract units`.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/register/types.js';
import { UnitRegistry, formatUnitsTable, parseUnits } from '../../src/units/index.js';

describe('formatUnitsTable', () => {
  it('lists name, kind, lead and support counts, and the spellings merged', () => {
    const reg = new UnitRegistry();
    for (const cell of ['Văn phòng HDND và UBND', 'Văn phòng HĐND và UBND phường; các tổ dân phố', 'Phòng Văn hoá - Xã hội', 'Phòng Văn hóa - Xã hội']) {
      for (const m of parseUnits(cell)) reg.add(m);
    }
    const units: Unit[] = reg.units().map((u, i) => ({ ...u, leadCount: [0, 4, 12][i]!, supportCount: [3, 0, 2][i]! }));
    expect(formatUnitsTable(units)).toBe(
      [
        'Unit                    Kind        Lead  Support  Spellings merged',
        '----------------------  ----------  ----  -------  ----------------',
        'Các tổ dân phố          collective     0        3  các tổ dân phố',
        'Phòng Văn hóa - Xã hội  unit           4        0  Phòng Văn hoá - Xã hội',
        'Văn phòng HĐND và UBND  unit          12        2  Văn phòng HDND và UBND | Văn phòng HĐND và UBND phường',
        '',
        '3 units (1 collective); 16 lead and 5 support assignments',
        '',
      ].join('\n'),
    );
  });

  it('handles an empty register and units without other spellings', () => {
    expect(formatUnitsTable([])).toBe(
      ['Unit  Kind  Lead  Support  Spellings merged', '----  ----  ----  -------  ----------------', '', '0 units (0 collective); 0 lead and 0 support assignments', ''].join('\n'),
    );
    const one: Unit = { id: 'so-y-te', name: 'Sở Y tế', kind: 'unit', aliases: ['Sở Y tế'], members: [], leadCount: 1, supportCount: 0 };
    expect(formatUnitsTable([one]).split('\n')[2]).toBe('Sở Y tế  unit     1        0  -');
  });
});
