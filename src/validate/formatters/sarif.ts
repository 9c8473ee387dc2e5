// SARIF 2.1.0 (code scanning): one run, the rules with their metadata in tool.driver.rules, and one
// result per diagnostic with a physical location (file relative to the working directory, line, column).
import { pathToFileURL } from 'node:url';
import type { Formatter, RuleSeverity } from '../types.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<RuleSeverity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** `docs/KH 01.md` → `docs/KH%2001.md`; absolute paths become file: URLs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export const sarif: Formatter = (results, meta) => {
  const index = new Map(meta.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-extract',
            version: meta.version,
            rules: meta.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.docs },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { category: r.id.split('/')[0] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => {
            const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
            if (d.endLine !== undefined) region.endLine = d.endLine;
            if (d.endColumn !== undefined) region.endColumn = d.endColumn;
            const i = index.get(d.rule);
            return {
              ruleId: d.rule,
              ...(i !== undefined ? { ruleIndex: i } : {}),
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file), region } }],
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
