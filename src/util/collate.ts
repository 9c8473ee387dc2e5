// Vietnamese sort order for unit names, equal to `new Intl.Collator('vi', { numeric: true }).compare`
// without ICU: creating the first collator of a process costs ~6 ms (loading ICU's collation data),
// more than a third of the registry's cost in a one-file extract. The collator is still used, created
// on first need, for any string with a character outside the alphabet below.
//
// The CLDR Vietnamese collation, restricted to that alphabet, has three levels, compared in turn over
// the whole strings:
//  1. primary: the letters a ă â b c d đ e ê … o ô ơ … u ư … (ă, â, đ, ê, ô, ơ, ư are letters of their
//     own), after digit runs (compared by numeric value: "2" < "10", "02" = "2"), after punctuation
//     and spaces (each its own weight, in ICU's order);
//  2. secondary: the tone, in the order none, huyền (`), hỏi (?), ngã (~), sắc (´), nặng (.);
//  3. tertiary: lower case before upper case.
// test/util/collate.test.ts checks this against Intl.Collator on the plans' unit names and on random
// strings of the alphabet.

/** Punctuation and spaces this comparator knows, in ICU's primary order (all before digits). */
const PUNCT = ' _-–—,;:!?.…\'"()[]{}@*/\\&#%•+<=>|~$';
/** The alphabet's base letters in Vietnamese order (after the digits). */
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // huyền, hỏi, ngã, sắc, nặng
const BREVE = '\u0306';
const CIRCUMFLEX = '\u0302';
const HORN = '\u031b';

const DIGIT_BASE = PUNCT.length; // primary weights: punctuation 0.., a number's weight is special
const LETTER_BASE = DIGIT_BASE + 1;

/** One collation element: a primary weight (or a digit run), its tone and case. */
interface Element {
  primary: number;
  /** The digits of a number without leading zeros (primary === DIGIT_BASE), else ''. */
  digits: string;
  tone: number;
  upper: number;
}

const punctWeight = new Map([...PUNCT].map((c, i) => [c, i]));
const letterWeight = new Map([...LETTERS].map((c, i) => [c, LETTER_BASE + i]));

/** A base letter and its modifier mark → the Vietnamese letter (a + breve → ă), or null. */
function modified(base: string, mark: string): string | null {
  if (mark === BREVE) return base === 'a' ? 'ă' : null;
  if (mark === CIRCUMFLEX) return base === 'a' ? 'â' : base === 'e' ? 'ê' : base === 'o' ? 'ô' : null;
  if (mark === HORN) return base === 'o' ? 'ơ' : base === 'u' ? 'ư' : null;
  return null;
}

/** The collation elements of `s`, or null when it has a character outside the alphabet. */
function elements(s: string): Element[] | null {
  const d = s.normalize('NFD');
  const out: Element[] = [];
  for (let i = 0; i < d.length; ) {
    const c = d[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < d.length && d[j]! >= '0' && d[j]! <= '9') j++;
      const digits = d.slice(i, j).replace(/^0+/, '');
      if (digits.length > 30) return null; // ICU splits very long numbers; not needed for names
      out.push({ primary: DIGIT_BASE, digits, tone: 0, upper: 0 });
      i = j;
      continue;
    }
    const p = punctWeight.get(c);
    if (p !== undefined) {
      out.push({ primary: p, digits: '', tone: 0, upper: 0 });
      i++;
      continue;
    }
    const lower = c === 'Đ' ? 'đ' : c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
    let letter = lower;
    let tone = 0;
    let modifiers = 0;
    let j = i + 1;
    for (; j < d.length && d[j]! >= '\u0300' && d[j]! <= '\u036f'; j++) {
      const mark = d[j]!;
      const t = TONES.indexOf(mark);
      if (t >= 0 && tone === 0) {
        tone = t + 1;
        continue;
      }
      const m = modifiers++ === 0 ? modified(letter, mark) : null;
      if (!m) return null;
      letter = m;
    }
    const w = letterWeight.get(letter);
    if (w === undefined) return null;
    out.push({ primary: w, digits: '', tone, upper: lower === c ? 0 : 1 });
    i = j;
  }
  return out;
}

function comparePrimary(x: Element, y: Element): number {
  if (x.primary !== y.primary) return x.primary - y.primary;
  if (x.digits === y.digits) return 0;
  if (x.digits.length !== y.digits.length) return x.digits.length - y.digits.length;
  return x.digits < y.digits ? -1 : 1;
}

function compareLevel(a: Element[], b: Element[], cmp: (x: Element, y: Element) => number): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = cmp(a[i]!, b[i]!);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

let icu: Intl.Collator | undefined;
const cache = new Map<string, Element[] | null>();

function cachedElements(s: string): Element[] | null {
  let e = cache.get(s);
  if (e === undefined) {
    e = elements(s);
    if (cache.size > 10_000) cache.clear();
    cache.set(s, e);
  }
  return e;
}

/**
 * Vietnamese collation (`Intl.Collator('vi', { numeric: true })`): negative, zero or positive.
 * Zero for strings that differ only by leading zeros of a number or by Unicode normalisation.
 */
export function compareVi(a: string, b: string): number {
  const x = cachedElements(a);
  const y = cachedElements(b);
  if (!x || !y) return (icu ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
  return (
    compareLevel(x, y, comparePrimary) ||
    compareLevel(x, y, (p, q) => p.tone - q.tone) ||
    compareLevel(x, y, (p, q) => p.upper - q.upper)
  );
}

/** compareVi, ties broken by code units: a total, deterministic order. */
export function byVi(a: string, b: string): number {
  return compareVi(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
