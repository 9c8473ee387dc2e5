// Unit (agency/office) names: recognition, normalisation, lists, per-plan registry, config.
//
// One office appears as "Văn phòng HDND và UBND", "Văn phòng HĐND và UBND" and "Văn phòng HĐND và UBND
// phường"; normalizeUnit gives all three the same `key` and the canonical `name` "Văn phòng HĐND và UBND".
// Tables (directory of usual units, head words, role words, abbreviations) are data in ./directory.ts.

export { type UnitMention, normalizeUnit } from './normalize.js';
export { splitUnitList, parseUnits, cellUnits, unlistedUnit, fieldUnits, matchUnitAtStart, headingUnits } from './split.js';
export { UnitRegistry } from './registry.js';
export { type UnitsConfig, ConfigError, loadConfig, findConfig, CONFIG_FILE_NAMES } from './config.js';
export { formatUnitsTable } from './table.js';
export { modernTone } from './text.js';
