import type { Rule, RuleReport } from '../types.js';

const SCRIPTS: [string, RegExp][] = [
  ['Han (Chinese)', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Lao', /\p{Script=Lao}/u],
];

const scriptOf = (ch: string) => SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'non-Latin';
const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const WORD = /[\p{L}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;
const LATIN = /\p{Script=Latin}/u;
/** A letter of another script (not Latin, not shared punctuation-like letters). */
const FOREIGN = /(?=\p{L})(?!\p{Script=Latin})(?!\p{Script=Common})\P{M}/u;
const FOREIGN_RUN = /(?:(?=\p{L})(?!\p{Script=Latin})(?!\p{Script=Common})\P{M}\p{M}*)+/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const INVISIBLE_ANY = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const NON_ASCII = /[^\x00-\x7f]/;
/** Latin Eth "Ð"/"ð": no Vietnamese letter, left by legacy VNI/TCVN3 converters for "Đ"/"đ" (the parser reads it so). */
const ETH = /[\u00d0\u00f0]/gu;
const ETH_ANY = /[\u00d0\u00f0]/u;
/** UTF-8 bytes of Vietnamese letters read as Latin-1/Windows-1252: "Ã¡", "Æ°", "áº¥", "á»". */
const MOJIBAKE = /[ÃÂÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|á[º»]/gu;

/**
 * Characters that do not belong in a Vietnamese text: letters of another script inside a word
 * ("bồ nh溲m", a Cyrillic "а" in "cán bộ"), invisible characters inside words, the replacement
 * character, mojibake, a Latin Eth "Ð" for "Đ", and composed (NFC) and decomposed (NFD) diacritics mixed in one file.
 * Positions are in the file as written (before the parser's NFC normalisation).
 */
const rule: Rule = {
  meta: {
    id: 'text/suspicious-char',
    description: 'A character from another script, an invisible or damaged character, or mixed composed/decomposed diacritics.',
    defaultSeverity: 'error',
    anyText: true,
    docs: 'a letter of another script inside a Vietnamese word ("bồ nh溲m", a Cyrillic "а" in "cán bộ"), an invisible character inside a word (zero-width space, soft hyphen), the replacement character "�" or mojibake ("Ã¡"), a Latin Eth "Ð" left by legacy converters for "Đ" ("HÐND", read as "HĐND"), or composed (NFC) and decomposed (NFD) diacritics mixed in one file (the minority form is reported, once per line).',
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const lines = ctx.rawLines;
    lines.forEach((text, i) => {
      if (!NON_ASCII.test(text)) return;
      const line = i + 1;
      if (FOREIGN.test(text) || INVISIBLE_ANY.test(text)) out.push(...wordProblems(text, line));
      for (const m of text.matchAll(/\ufffd+/gu)) {
        out.push({ message: 'replacement character "�": the text was damaged by a wrong encoding; copy it again from the original', line, column: m.index + 1, endLine: line, endColumn: m.index + 1 + m[0].length });
      }
      if (ETH_ANY.test(text)) out.push(...ethProblems(text, line));
      const moji = MOJIBAKE.exec(text);
      MOJIBAKE.lastIndex = 0;
      if (moji) {
        out.push({ message: `"${moji[0]}" looks like UTF-8 text read as Windows-1252 (mojibake): convert the file from the original again`, line, column: moji.index + 1, endLine: line, endColumn: moji.index + 1 + moji[0].length });
      }
    });
    // Mixed forms need both: text that NFC leaves alone has no decomposed letters (the usual case).
    if (ctx.rawSource !== ctx.rawSource.normalize('NFC')) out.push(...mixedNormalisation(lines));
    return out;
  },
};

/** Letters of another script and invisible characters inside the words of one line. */
function wordProblems(text: string, line: number): RuleReport[] {
  const out: RuleReport[] = [];
  for (const w of text.matchAll(WORD)) {
    const word = w[0];
    const shown = word.replace(INVISIBLE, '');
    if (LATIN.test(word) && FOREIGN.test(word)) {
      for (const f of word.matchAll(FOREIGN_RUN)) {
        const col = w.index + f.index + 1;
        const chars = [...f[0]].filter((c) => !/\p{M}/u.test(c));
        const desc = chars.length === 1 ? `character "${f[0]}" (${hex(chars[0]!)}, ${scriptOf(chars[0]!)})` : `characters "${f[0]}" (${scriptOf(chars[0]!)})`;
        out.push({ message: `${desc} inside the word "${shown}": a letter from another script, probably a conversion or typing error`, line, column: col, endLine: line, endColumn: col + f[0].length });
      }
    }
    for (const inv of word.matchAll(INVISIBLE)) {
      if (inv.index === 0 || inv.index === word.length - 1) continue;
      const col = w.index + inv.index + 1;
      out.push({ message: `invisible character ${hex(inv[0])} inside the word "${shown}": searches and unit names will not match it`, line, column: col, endLine: line, endColumn: col + 1 });
    }
  }
  return out;
}

/** "Ð" for "Đ", once per line: the first one, with the count of the others. */
function ethProblems(text: string, line: number): RuleReport[] {
  const all = [...text.matchAll(ETH)];
  const first = all[0]!;
  const word = [...text.matchAll(WORD)].find((w) => w.index <= first.index && first.index < w.index + w[0].length)?.[0] ?? first[0];
  const more = all.length > 1 ? ` (and ${all.length - 1} more on this line)` : '';
  const right = first[0] === '\u00d0' ? 'Đ' : 'đ';
  return [
    {
      message: `character "${first[0]}" (${hex(first[0])}, Latin Eth) in "${word}"${more}: a legacy font conversion left it for "${right}" (${hex(right)}); the register reads it as "${right}", but searches in the file miss the word: replace it`,
      line,
      column: first.index + 1,
      endLine: line,
      endColumn: first.index + 2,
    },
  ];
}

/** Composed and decomposed diacritics in one file: report the words of the minority form, once per line. */
function mixedNormalisation(lines: readonly string[]): RuleReport[] {
  const nfd: { line: number; column: number; word: string }[] = [];
  const nfc: { line: number; column: number; word: string }[] = [];
  lines.forEach((text, i) => {
    if (!NON_ASCII.test(text)) return;
    for (const w of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const word = w[0];
      const decomposed = word !== word.normalize('NFC');
      const composed = word !== word.normalize('NFD');
      if (decomposed) nfd.push({ line: i + 1, column: w.index + 1, word });
      // A word with both forms counts as decomposed (it needs fixing whatever the majority).
      else if (composed) nfc.push({ line: i + 1, column: w.index + 1, word });
    }
  });
  if (nfd.length === 0 || nfc.length === 0) {
    return [];
  }
  const minorityIsNfd = nfd.length <= nfc.length;
  const minority = minorityIsNfd ? nfd : nfc;
  const [form, other] = minorityIsNfd ? ['decomposed (NFD)', 'composed (NFC)'] : ['composed (NFC)', 'decomposed (NFD)'];
  const out: RuleReport[] = [];
  let lastLine = 0;
  for (const w of minority) {
    if (w.line === lastLine) continue;
    lastLine = w.line;
    const count = minority.filter((x) => x.line === w.line).length;
    const more = count > 1 ? ` (and ${count - 1} more on this line)` : '';
    out.push({
      message: `"${w.word.normalize('NFC')}" is written with ${form} diacritics${more} while the rest of the file uses ${other} characters: the same word then fails to match in searches and unit names; save the file as NFC`,
      line: w.line,
      column: w.column,
      endLine: w.line,
      endColumn: w.column + w.word.length,
    });
  }
  return out;
}

export default rule;
