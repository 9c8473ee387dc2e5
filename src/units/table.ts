// Plain-text table for `plan-extract units`.

import type { Unit } from '../register/types.js';

const HEADERS = ['Unit', 'Kind', 'Lead', 'Support', 'Spellings merged'] as const;

/** Display width in columns: NFC code points (Vietnamese letters are one column each). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/**
 * One line per unit: name, kind, lead count, support count, and the other spellings merged into it
 * (aliases different from the name, joined with " | "). A header, a rule and a totals line frame it.
 */
export function formatUnitsTable(units: Unit[]): string {
  const rows = units.map((u) => [
    u.name,
    u.kind,
    String(u.leadCount),
    String(u.supportCount),
    u.aliases.filter((a) => a !== u.name).join(' | ') || '-',
  ]);
  const w = HEADERS.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const numeric = [false, false, true, true, false];
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, w[i]!, numeric[i])))
      .join('  ')
      .trimEnd();
  const collectives = units.filter((u) => u.kind === 'collective').length;
  const lead = units.reduce((n, u) => n + u.leadCount, 0);
  const support = units.reduce((n, u) => n + u.supportCount, 0);
  const out = [
    line(HEADERS),
    line(w.map((n, i) => (i === w.length - 1 ? '-'.repeat(width(HEADERS[i]!)) : '-'.repeat(n)))),
    ...rows.map(line),
    '',
    `${units.length} unit${units.length === 1 ? '' : 's'} (${collectives} collective); ${lead} lead and ${support} support assignments`,
  ];
  return out.join('\n') + '\n';
}
