// Recognising and normalising one unit name. The tables live in ./directory.ts; this module
// compiles them once at load and implements:
//   - analyze():       strip lead-ins, role words, notes and locating qualifiers → the core name
//   - normalizeUnit(): core → canonical display name, identity key, kind
//   - scanUnit()/startsUnit(): find a unit at a token position (used by list splitting and
//                      by matchUnitAtStart in ./split.ts)

import type { UnitKind } from '../register/types.js';
import { clean, foldWords } from '../parse/fast-text.js';
import {
  CHANH_HEADS,
  COMMUNE_LEVELS,
  DIRECTORY,
  type DirectoryEntry,
  HEAD_LOWER_STARTERS,
  HEAD_WORDS,
  P_OFFICES,
  LEAD_INS,
  LEVEL_BOUND_HEADS,
  LOCATOR_WORDS,
  LOWER_CASE_HEADS,
  STANDALONE_HEADS,
  ROLE_PLURAL_ORGS,
  NOT_ORG_NOUNS,
  NOT_UNITS,
  ORG_NOUNS,
  PARTY_COMMITTEES,
  PARTY_HEADS,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PROVINCE_LOCATED_HEADS,
  ROLE_ABSORBS_HEAD,
  ROLE_OF_EACH,
  ROLE_WORDS,
  STOP_EXEMPT_AFTER,
  STOP_WORDS,
  UPPER_LEVELS,
} from './directory.js';
import { PRECOMPUTED_INDEX } from './directory-index.js';
import { PhraseTable, type Tok, capitalizeFirst, displayNormalize, tokenize } from './text.js';

export interface UnitMention {
  /** As written (trimmed), role words and qualifiers included. */
  raw: string;
  /** Canonical display name, e.g. "Văn phòng HĐND và UBND". */
  name: string;
  /** Identity key (accent-folded, qualifiers and role words removed); equal keys = same unit. */
  key: string;
  kind: UnitKind;
  /** "Thủ trưởng", "Chủ tịch", "Giám đốc" …: dropped for identity, kept here. */
  roleWord: string | null;
  /**
   * Members listed in the text itself ("UBND các xã: Hải Tiến, Giao Minh, …"), when any. Always
   * present (undefined when none), so that every mention has the same shape for V8.
   */
  members: string[] | undefined;
}

// ---------------------------------------------------------------------------------- tables

const T_HEADS = new PhraseTable(HEAD_WORDS);
const T_P_OFFICES = new PhraseTable(P_OFFICES);
const T_LEVEL_BOUND = new PhraseTable(LEVEL_BOUND_HEADS);
const T_PROVINCE_LOCATED = new PhraseTable(PROVINCE_LOCATED_HEADS);
const T_COMMUNE = new PhraseTable(COMMUNE_LEVELS);
const T_UPPER = new PhraseTable(UPPER_LEVELS);
const T_LEVEL = new PhraseTable([...COMMUNE_LEVELS, ...UPPER_LEVELS]);
const T_ORG_NOUNS = new PhraseTable(ORG_NOUNS);
const T_NOT_ORG = new PhraseTable(NOT_ORG_NOUNS);
/** Organisation nouns, not the words that only start with one ("khoa học", "đội ngũ"). */
const T_ORG = { match: (toks: readonly Tok[], i: number): number => (T_NOT_ORG.match(toks, i) > 0 ? 0 : T_ORG_NOUNS.match(toks, i)) };
const T_PEOPLE = new PhraseTable(PEOPLE_NOUNS);
const T_ROLE = new PhraseTable(ROLE_WORDS);
const T_PERSON_TITLE = new PhraseTable(PERSON_TITLES);
const T_CHANH = new PhraseTable(CHANH_HEADS);
const T_EACH = new PhraseTable(Object.keys(ROLE_OF_EACH));
const T_LEAD = new PhraseTable(LEAD_INS);
const T_STOP = new PhraseTable(STOP_WORDS);
const T_NOT = new PhraseTable(NOT_UNITS);
const T_LOCATOR = new PhraseTable(LOCATOR_WORDS);
const T_LOWER_HEADS = new PhraseTable(LOWER_CASE_HEADS);
const T_STANDALONE = new PhraseTable(STANDALONE_HEADS);
const T_ROLE_PLURAL = new PhraseTable(ROLE_PLURAL_ORGS);
const T_PARTY_COMMITTEES = new PhraseTable(PARTY_COMMITTEES);
const T_PARTY_HEADS = new PhraseTable(PARTY_HEADS);
/** Upper tiers a Party committee's name may end in: "… tỉnh", "… Trung ương". */
const T_PARTY_LEVEL = new PhraseTable([...UPPER_LEVELS, 'trung ương']);
const T_STARTERS = new Map(Object.entries(HEAD_LOWER_STARTERS).map(([h, ws]) => [h, new PhraseTable(ws)]));
const T_EXEMPT = new Map(Object.entries(STOP_EXEMPT_AFTER).map(([w, before]) => [w, new PhraseTable(before)]));

/** Folded first words that can start a unit phrase in running text: a cheap filter before any real work. */
export const FIRST_WORDS = new Set<string>();
/** FIRST_WORDS plus the first words of lead-ins, organisation nouns and lower-case aliases: for whole mentions. */
const FIRST_ANY = new Set<string>();

/**
 * Cheap rejection for normalizeUnit: the first word (after bullets, list numbers, markup) must be able to
 * start a unit phrase. Most lines of a plan fail here without any normalisation work.
 */
export function mayStartUnit(s: string): boolean {
  const toks = tokenize(s.length > 120 ? s.slice(0, 120) : s);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    if (/^\d+$/.test(t.text)) continue; // "3." list number
    if (t.text.length === 1 && toks[k + 1]?.lc === ')') continue; // "a)"
    return FIRST_ANY.has(t.f);
  }
  return false;
}

const COLLECTIVE_START = new Set(['các', 'mọi']);
const CONJ = new Set(['và', 'với', 'cùng']);
const BLOCKING = new Set([';', ':', '(', ')', '.', '/', '[', ']', '"', '“', '”', '?', '!', '\t']);

// ---------------------------------------------------------------------------------- helpers

const isWord = (t: Tok | undefined): t is Tok => !!t && t.word;

/** Length of a stop word at `i`, unless the words before it make it part of a name. */
function stopAt(toks: readonly Tok[], i: number, from: number): number {
  const t = toks[i];
  if (!isWord(t) || t.cap) return 0;
  const n = T_STOP.match(toks, i);
  if (n === 0) return 0;
  const phrase = toks
    .slice(i, i + n)
    .map((x) => x.lc)
    .join(' ');
  const exempt = T_EXEMPT.get(phrase);
  if (exempt && i > from && exempt.matchEndingAt(toks, i) > 0) return 0;
  if (toks[i - 1]?.lc === ',' && coordinatedActivity(toks, i - 1, from)) return 0;
  // "trong nước" / "ngoài nước" (domestic, foreign) closes a name: "Vụ Thị trường trong nước"
  if (phrase === 'trong' && i > from && toks[i + 1]?.lc === 'nước' && (!isWord(toks[i + 2]) || CONJ.has(toks[i + 2]!.lc) || T_STOP.match(toks, i + 2) > 0)) return 0;
  // an organisation noun in a list of them, though a verb elsewhere: "các cấp ủy, tổ chức đảng"
  if (toks[i - 1]?.lc === ',' && i - 1 > from && T_ORG.match(toks, i) >= n) return 0;
  return n;
}

/**
 * A level word written in lower case at `i` ("phường", "thành phố"; not "Xã hội"), or "Thành phố" /
 * "Tỉnh" capitalised as a city's own plans write it ("các sở, ban, ngành Thành phố", TP.HCM): an
 * upper level word is never the start of another name.
 */
function levelAt(toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (!isWord(t)) return 0;
  if (T_PARTY_COMMITTEES.match(toks, i) > 0) return 0; // "Tỉnh ủy", "Thị ủy": a Party committee, not "tỉnh", "thị xã"
  if (t.cap) return (t.lc === 'thành' && toks[i + 1]?.lc === 'phố' && !toks[i + 1]!.cap) || t.lc === 'tỉnh' ? T_UPPER.match(toks, i) : 0;
  // "hợp tác xã" (cooperative) is not a level
  if (t.lc === 'xã' && toks[i - 1]?.lc === 'tác' && toks[i - 2]?.lc === 'hợp') return 0;
  return T_LEVEL.match(toks, i);
}

/** Capitalised words from `i` (a place name such as "Thái Nguyên", "Bắc Kạn"). Returns the end index. */
function placeEnd(toks: readonly Tok[], i: number): number {
  let k = i;
  while (isWord(toks[k]) && (toks[k]!.cap || /^\d+$/.test(toks[k]!.text))) k++;
  return k;
}

function skipParens(toks: readonly Tok[], i: number): number {
  if (toks[i]?.lc !== '(') return i;
  for (let k = i + 1; k < toks.length && k < i + 40; k++) if (toks[k]!.lc === ')') return k + 1;
  return i;
}

/** A head word at `i` followed by the start of a name. Returns the index after the head (0 when none). */
function headAt(toks: readonly Tok[], i: number): { end: number; head: string } | null {
  // "P. Kinh tế", "p. VH-XH": "P." abbreviates "Phòng" (expanded for display) only before an office's name
  // (not "P. Bến Nghé", a ward)
  if (toks[i]?.lc === 'p' && toks[i + 1]?.lc === '.' && T_P_OFFICES.match(toks, i + 2) > 0) return { end: i + 2, head: 'phòng' };
  const n = T_HEADS.match(toks, i);
  if (n === 0) return null;
  if (T_NOT.match(toks, i) > 0) return null;
  let head = toks
    .slice(i, i + n)
    .map((t) => t.lc)
    .join(' ');
  if (head === 'ủy ban nhân dân') head = 'ubnd';
  else if (head === 'hội đồng nhân dân') head = 'hđnd';
  const first = toks[i]!;
  const next = toks[i + n];
  const end = i + n;
  if (!first.cap && T_LOWER_HEADS.match(toks, i) !== n) return null; // "thiền viện Trúc Lâm", "bộ Quy tắc"
  // "BCĐ" (Ban Chỉ đạo), "TTYT" (Trung tâm Y tế), expanded for display, name their body whatever follows
  // ("TTYT khu vực Hương Sơn", "TTYT các huyện, thành phố, thị xã")
  if (head === 'bcđ' || head === 'ttyt') return first.cap ? { end, head } : null;
  if (isCouncil(head)) {
    // "UBND", "UBND tỉnh Thái Nguyên", "UBND các xã, phường", "UBND cấp xã"
    if (!isWord(next) || levelAt(toks, end) > 0 || next.cap) return { end, head };
    if ((next.lc === 'các' || next.lc === 'cấp') && (T_ORG.match(toks, end + 1) > 0 || levelAt(toks, end + 1) > 0)) return { end, head };
    if (next.lc === 'xã' || next.lc === 'phường') return { end, head }; // "UBND xã, phường"
    return null;
  }
  if (isWord(next) && next.cap) return { end, head };
  if (!first.cap) return null; // "phòng họp", "các sở": not a name
  if (isWord(next) && T_STARTERS.get(head)?.match(toks, end)) return { end, head };
  // the Party committee of several bodies ("Đảng ủy các cơ quan Đảng tỉnh") or of each ("Đảng ủy các xã, phường")
  if (next?.lc === 'các' && T_PARTY_HEADS.has(head) && (T_ORG.match(toks, end + 1) > 0 || levelAt(toks, end + 1) > 0)) return { end, head };
  const levelBound = T_LEVEL_BOUND.match(toks, i) > 0;
  if (levelBound && isWord(next) && levelAt(toks, end) > 0) return { end, head }; // "Công an phường"
  if (T_STANDALONE.match(toks, i) === n && !isWord(next)) return { end, head }; // "Công an", "Chính phủ"
  return null;
}

function isCouncil(head: string): boolean {
  return head === 'ubnd' || head === 'hđnd';
}

/** "các/mọi" + organisation noun at `i`. Returns the index after the noun (0 when none). */
function collectiveAt(toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (!isWord(t) || !COLLECTIVE_START.has(t.lc)) return 0;
  const n = T_ORG.match(toks, i + 1);
  return n > 0 ? i + 1 + n : 0;
}

/** Classes of people joined by commas / "và": "Cán bộ, công chức, viên chức và người lao động". */
function peopleEnd(toks: readonly Tok[], i: number): number {
  let k = i;
  let n = T_PEOPLE.match(toks, k);
  if (n === 0) return 0;
  k += n;
  for (;;) {
    const sep = toks[k];
    if (!sep) break;
    const j = sep.lc === ',' || sep.lc === 'và' ? k + 1 : sep.lc === 'các' ? k + 1 : -1;
    if (j < 0) break;
    n = T_PEOPLE.match(toks, j);
    if (n === 0) break;
    k = j + n;
  }
  return k;
}

/** A role word at `i` that really is one ("Chánh" only before Văn phòng/Thanh tra). */
function roleAt(toks: readonly Tok[], i: number): number {
  const n = T_ROLE.match(toks, i);
  if (n === 0) return 0;
  if (!toks[i + n]) return 0;
  if (toks[i]!.lc === 'chánh' && n === 1 && T_CHANH.match(toks, i + 1) === 0) return 0;
  // "Trưởng Ban Quản lý …": the capitalised "Ban" belongs to the unit name; the role is "Trưởng"
  if (n === 2 && toks[i + 1]!.cap && ROLE_ABSORBS_HEAD[`${toks[i]!.lc} ${toks[i + 1]!.lc}`]) return 1;
  if (!isWord(toks[i + n]) && toks[i + n]!.lc !== '(') return 0;
  return n;
}

/**
 * "Đồng chí" (comrade), "các đồng chí", "đ/c" at `i`: Party plans give work to persons by office ("Đồng chí
 * Bí thư Đảng ủy chỉ đạo …", "Giao đồng chí Chủ tịch UBND xã …"). Its length in tokens (0 when none) and
 * whether it names several persons.
 */
export function comradeAt(toks: readonly Tok[], i: number): { n: number; plural: boolean } {
  let k = i;
  const plural = toks[k]?.lc === 'các';
  if (plural) k++;
  const t = toks[k];
  if (!isWord(t)) return { n: 0, plural };
  if (t.lc === 'đồng' && toks[k + 1]?.lc === 'chí') return { n: k + 2 - i, plural };
  // "đ/c", "Đ/c"
  if (t.lc === 'đ' && toks[k + 1]?.lc === '/' && toks[k + 2]?.lc === 'c' && toks[k + 1]!.start === t.end && toks[k + 2]!.start === toks[k + 1]!.end) return { n: k + 3 - i, plural };
  return { n: 0, plural };
}

/**
 * A person by office at `i`, after "đồng chí": a title and the body it belongs to ("Bí thư Đảng ủy", "Phó Bí
 * thư Thường trực Đảng ủy", "Chủ tịch UBND xã", "Ủy viên Ban Thường vụ Đảng ủy"). The end of the phrase and
 * the title's length, or null.
 */
export function officeHolderAt(toks: readonly Tok[], i: number): { end: number; title: number } | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  let n = Math.max(T_ROLE.match(toks, i), T_PERSON_TITLE.match(toks, i));
  if (n === 0) return null;
  // "Trưởng phòng Văn hóa - Xã hội": the title's last word is the unit's head
  if (!startsUnit(toks, i + n) && n > 1 && ROLE_ABSORBS_HEAD[phraseAt(toks, i, n)] && startsUnit(toks, i + n - 1)) n--;
  if (!startsUnit(toks, i + n)) return null;
  const end = scanUnit(toks, i + n);
  return end > i + n ? { end, title: n } : null;
}

// ---------------------------------------------------------------------------------- directory

interface DirHit {
  entry: DirectoryEntry;
  /** Identity key of the entry (the key of its canonical name). */
  key: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: DirHit;
}

const DIR_BY_KEY = new Map<string, DirHit>();
const TRIE: TrieNode = { next: new Map() };

const CONTRACT_RE: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
];

/** Folded word list for matching: "và" dropped, "Ủy ban nhân dân" → "ubnd", "Hội đồng nhân dân" → "hdnd". */
function matchWords(s: string): string[] {
  let f = foldWords(s);
  for (const [re, r] of CONTRACT_RE) f = f.replace(re, r);
  return f.split(' ').filter((w) => w && w !== 'va');
}

const TAIL_CO_LIEN_QUAN = / co lien quan$/;

/** Identity key of a display name: folded words, "và" dropped, "có liên quan" = "liên quan". */
export function keyOfName(display: string): string {
  return matchWords(display).join(' ').replace(TAIL_CO_LIEN_QUAN, ' lien quan');
}

function trieInsert(words: string[], hit: DirHit): void {
  let node = TRIE;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  if (!node.hit) node.hit = hit;
}

/**
 * Longest directory name starting at token `i`. Punctuation inside a name (",", "-", "&") is skipped;
 * ";", ":", "(" end the search. Returns the token index after the match.
 */
export function dirPrefixAt(toks: readonly Tok[], i: number): { end: number; hit: DirHit } | null {
  let node: TrieNode | undefined = TRIE;
  let best: { end: number; hit: DirHit } | null = null;
  let k = i;
  while (k < toks.length && node) {
    const t = toks[k]!;
    if (!t.word) {
      if (BLOCKING.has(t.lc)) break;
      k++;
      continue;
    }
    if (t.f === 'va') {
      k++;
      continue;
    }
    // "Ủy ban nhân dân" / "Hội đồng nhân dân" in full → one word
    let w = t.f;
    let span = 1;
    if ((w === 'uy' || w === 'hoi') && toks[k + 3]) {
      const four = `${t.f} ${toks[k + 1]!.f} ${toks[k + 2]!.f} ${toks[k + 3]!.f}`;
      if (four === 'uy ban nhan dan') [w, span] = ['ubnd', 4];
      else if (four === 'hoi dong nhan dan') [w, span] = ['hdnd', 4];
    }
    node = node.next.get(w);
    k += span;
    if (node?.hit) best = { end: k, hit: node.hit };
  }
  return best;
}

// ---------------------------------------------------------------------------------- analysis

export interface Analysis {
  /** Input, cleaned (NFC, single spaces), as written otherwise. */
  raw: string;
  /** Role word as written (display-normalised), or null. */
  roleWord: string | null;
  /** The name without lead-in, role word, notes and locating qualifiers (display-normalised). */
  core: string;
  /** Commune-tier level word of a dropped qualifier ("thuộc xã" → "xã"), for localized names. */
  level: string | null;
}

const LEADING_JUNK = /^(?:[-+•*–—]\s*|\d+(?:\.\d+)*[.)]\s+|[a-zđ]\)\s+|(?:và|với|cùng)\s+)+/iu;
const TRAILING_JUNK = /[\s.;:,*]+$/u;
const LEADING_BULLET = /^[-+•–—]\s*/u;
const MARKUP = /\*\*|__|<\/?[a-z]+>|(?<![\p{L}])_|_(?![\p{L}])/gu;
const PARENS = /\s*\([^()]*\)/g;
const OPEN_PAREN_TAIL = /\s*\([^()]*$/;
const STRAY_STAR = /(?<=\s|^)\*|\*(?=\s|$)/gu;

/** Strip bullets, markup, notes in parentheses ("(phối hợp)", "(b/c)") and trailing punctuation. */
export function stripNotes(s: string): string {
  let out = clean(s).replace(MARKUP, '').replace(STRAY_STAR, '');
  out = out.replace(LEADING_JUNK, '');
  let prev: string;
  do {
    prev = out;
    out = out.replace(PARENS, '');
  } while (out !== prev);
  return out.replace(OPEN_PAREN_TAIL, '').replace(TRAILING_JUNK, '').trim();
}

/**
 * Index of a locating "thuộc …" qualifier at the end of toks[i..j): "thuộc phường", "thuộc UBND phường",
 * "thuộc và trực thuộc UBND phường", a bare "thuộc". Returns its start and level word, or null.
 */
function thuocTail(toks: readonly Tok[], i: number, j: number): { at: number; level: string | null } | null {
  for (let k = i + 1; k < j; k++) {
    if (toks[k]!.lc !== 'thuộc') continue;
    let at = k;
    if (toks[k - 1]?.lc === 'trực') at = k - 1;
    let m = k + 1;
    if (toks[m]?.lc === 'và' && toks[m + 1]?.lc === 'trực' && toks[m + 2]?.lc === 'thuộc') m += 3;
    if (toks[m]?.lc === 'ubnd') m++;
    let level: string | null = null;
    const n = levelAt(toks, m);
    if (n > 0) {
      level = toks
        .slice(m, m + n)
        .map((t) => t.lc)
        .join(' ');
      m = placeEnd(toks, m + n);
    }
    if (m === j && (m > k + 1 || k + 1 === j)) return { at, level };
    // "thuộc UBND" / "thuộc" must reach the end
  }
  return null;
}

/**
 * Split a unit phrase into lead-in / role word / core / qualifiers. The core is display-normalised.
 * Returns null when nothing is left.
 */
export function analyze(input: string): Analysis | null {
  const raw = clean(input).replace(LEADING_BULLET, '').replace(TRAILING_JUNK, '');
  const s = displayNormalize(stripNotes(raw));
  if (!s) return null;
  const toks = tokenize(s);
  let i = 0;
  let j = toks.length;
  // Lead-in: "Đề nghị", "Giao", "Đối với"
  const lead = T_LEAD.match(toks, 0);
  if (lead > 0 && toks.length > lead) i = lead;
  // Role word
  let roleWord: string | null = null;
  let prefix = '';
  // "Trưởng thôn" (the head of each village) = "Các thôn"; "Trưởng thôn các thôn" the same
  const each = T_EACH.match(toks, i);
  if (each > 0) {
    roleWord = s.slice(toks[i]!.start, toks[i + each - 1]!.end);
    const collective = ROLE_OF_EACH[phraseAt(toks, i, each)]!;
    i += each;
    if (i >= j) return { raw, roleWord, core: collective, level: null };
  }
  const r = each > 0 ? 0 : roleAt(toks, i);
  if (r > 0) {
    const role = toks.slice(i, i + r);
    roleWord = s.slice(role[0]!.start, role[r - 1]!.end);
    const absorbed = ROLE_ABSORBS_HEAD[role.map((t) => t.lc).join(' ')];
    i += r;
    if (absorbed && toks[i]?.lc !== absorbed.toLowerCase()) prefix = `${absorbed} `;
    // "Thủ trưởng cơ quan, đơn vị" = the heads of each agency: the collective "các cơ quan, đơn vị"
    else if (isWord(toks[i]) && !toks[i]!.cap && T_ROLE_PLURAL.match(toks, i) > 0) prefix = 'các ';
  }
  // Skip punctuation left by the role ("Chủ tịch, …")
  while (i < j && !toks[i]!.word) i++;
  if (i >= j) return null;
  // Locating qualifiers at the end
  let level: string | null = null;
  const th = thuocTail(toks, i, j);
  if (th) {
    j = th.at;
    if (th.level && T_COMMUNE.has(th.level)) level = th.level;
  }
  const tail = levelTail(toks, i, j);
  if (tail) {
    j = tail.at;
    if (tail.level && T_COMMUNE.has(tail.level)) level ??= tail.level;
  }
  while (j > i && !toks[j - 1]!.word && toks[j - 1]!.lc !== ')') j--;
  if (j <= i) return null;
  const core = prefix + s.slice(toks[i]!.start, toks[j - 1]!.end);
  return { raw, roleWord, core, level };
}

/**
 * A trailing level word (+ place name) that only locates the office: "Văn phòng HĐND và UBND phường",
 * "Sở Nội vụ tỉnh Thái Nguyên". Kept after level-bound heads ("Công an phường", "UBND tỉnh").
 */
function levelTail(toks: readonly Tok[], i: number, j: number): { at: number; level: string } | null {
  const provinceHead = T_PROVINCE_LOCATED.match(toks, i);
  const levelBound = T_LEVEL_BOUND.match(toks, i) > provinceHead;
  const provinceLocated = provinceHead > 0;
  // find a level word whose remaining tokens up to j are a place name
  for (let k = j - 1; k > i; k--) {
    const n = levelAt(toks, k);
    if (n === 0) continue;
    if (placeEnd(toks, k + n) !== j) continue;
    const before = toks[k - 1]!;
    const hasPlace = k + n < j;
    if (!before.word && !(before.lc === ',' && hasPlace)) return null; // "xã, phường": an enumeration
    // ("cấp tỉnh", "tuyến tỉnh": the tier the units are of, part of the name, "Các bệnh viện tuyến tỉnh" is not "… tuyến huyện")
    if (before.word && (before.lc === 'các' || levelAt(toks, k - 1) > 0 || before.lc === 'cấp' || before.lc === 'tuyến')) return null;
    const level = toks
      .slice(k, k + n)
      .map((t) => t.lc)
      .join(' ');
    const commune = T_COMMUNE.match(toks, k) === n;
    if (levelBound) return null;
    if (commune || (T_UPPER.match(toks, k) === n && provinceLocated)) return { at: k, level };
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------- normalizeUnit

const TAIL_LIEN_QUAN = /(?<!có )liên quan$/u;
const MAX_TOKENS = 30;

/**
 * Recognise and normalise one unit name: "Văn phòng HDND và UBND phường" →
 * { name: "Văn phòng HĐND và UBND", key: "van phong hdnd ubnd", kind: "unit" }. Null when the text is not a unit name.
 */
export function normalizeUnit(raw: string): UnitMention | null {
  // Pure, and called again and again on the same phrases (every list split tries its pieces): memoised.
  // Callers get their own copy of the cached mention.
  let m = UNIT_CACHE.get(raw);
  if (m === undefined) {
    m = normalizeUnitUncached(raw);
    if (UNIT_CACHE.size >= UNIT_CACHE_MAX) UNIT_CACHE.clear();
    UNIT_CACHE.set(raw, m);
  }
  return m === null ? null : { ...m };
}

const UNIT_CACHE = new Map<string, UnitMention | null>();
const UNIT_CACHE_MAX = 5_000;

function normalizeUnitUncached(raw: string): UnitMention | null {
  if (!mayStartUnit(raw)) return null;
  const a = analyze(raw);
  if (!a) return null;
  const r = resolveCore(a.core, a.level);
  if (!r) return null;
  return { raw: a.raw, name: r.name, key: r.key, kind: r.kind, roleWord: a.roleWord, members: undefined };
}

export function resolveCore(core: string, level: string | null): { name: string; key: string; kind: UnitKind } | null {
  const display = capitalizeFirst(core.replace(TAIL_LIEN_QUAN, 'có liên quan'));
  const key = keyOfName(display);
  if (!key) return null;
  const exact = DIR_BY_KEY.get(key);
  if (exact) return fromDirectory(exact, level);
  const toks = tokenize(display);
  if (toks.length > MAX_TOKENS) return null;
  // directory name + place name: "Báo và Phát thanh, Truyền hình Hưng Yên", "Công an phường Bắc Kạn"
  const d = dirPrefixAt(toks, 0);
  if (d && d.end < toks.length) {
    let k = d.end;
    const lv = levelAt(toks, k);
    if (lv > 0) k += lv;
    if (placeEnd(toks, k) === toks.length && (lv > 0 || k < toks.length)) {
      const base = fromDirectory(d.hit, level);
      // a collective named in the singular, then a name: one of its members ("Ban nhân dân thôn Đông Hòa",
      // "Tổ dân phố 5"), as written
      if (base.kind === 'collective' && lv === 0 && !COLLECTIVE_START.has(toks[0]!.lc)) return { name: display, key, kind: 'unit' };
      // the province's broadcaster, with its province written without the level word: that body ("Báo và
      // Phát thanh, Truyền hình Nghệ An"), as a sentence names it (split.ts, barePlaceEnd). (A name of the
      // province-located heads longer than the level-bound head it starts with, "báo", "đài".)
      const bound = T_LEVEL_BOUND.match(toks, 0);
      if (base.kind === 'unit' && lv === 0 && bound > 0 && T_PROVINCE_LOCATED.match(toks, 0) > bound) return base;
      const name = `${base.name} ${display.slice(toks[d.end]!.start)}`;
      return { name, key: keyOfName(name), kind: base.kind };
    }
  }
  const kind = genericKind(toks);
  if (!kind) return null;
  return { name: capitalizeStarter(display, toks), key, kind };
}

/**
 * Vietnamese capitalises the first word of a proper name after its head word: "Ban quản lý quy hoạch"
 * is displayed "Ban Quản lý quy hoạch" so that both spellings show one name. Not after "Đoàn"
 * ("Đoàn kiểm tra" is a common noun).
 */
function capitalizeStarter(display: string, toks: readonly Tok[]): string {
  const h = headAt(toks, 0);
  const next = h ? toks[h.end] : undefined;
  if (!h || !isWord(next) || next.cap || h.head === 'đoàn' || !T_STARTERS.get(h.head)?.match(toks, h.end)) return display;
  return display.slice(0, next.start) + capitalizeFirst(display.slice(next.start));
}

function fromDirectory(hit: DirHit, level: string | null): { name: string; key: string; kind: UnitKind } {
  let name = hit.entry.name;
  if (hit.entry.localized && level && level !== 'phường') name = name.replace(/phường$/u, level);
  return { name, key: hit.key, kind: hit.entry.kind ?? 'unit' };
}

/**
 * Where the members of a collective are, at the end of its name: "Các trường học" + "trên địa bàn (xã)",
 * "trên địa bàn xã Thanh Sơn". The index where it starts (toks.length when there is none).
 */
function whereTail(toks: readonly Tok[], from: number): number {
  for (let k = from; k + 3 <= toks.length; k++) {
    if (toks[k]!.lc !== 'trên' || toks[k + 1]!.lc !== 'địa' || toks[k + 2]!.lc !== 'bàn') continue;
    const e = k + 3;
    const lv = levelAt(toks, e);
    if (e === toks.length || (lv > 0 && placeEnd(toks, e + lv) === toks.length)) return k;
  }
  return toks.length;
}

/** Is a display-normalised core a unit name not in the directory? Returns its kind. */
function genericKind(toks: readonly Tok[]): UnitKind | null {
  if (!isWord(toks[0])) return null;
  for (const t of toks) if (!t.word && BLOCKING.has(t.lc) && t.lc !== '(' && t.lc !== ')') return null;
  // Collective: "các cơ quan có liên quan", "Các trường Đại học, Cao đẳng du lịch"
  const c = collectiveAt(toks, 0);
  if (c > 0) return noStops(toks.slice(0, whereTail(toks, c)), c, 0) ? 'collective' : null;
  // People: "cán bộ, đảng viên"
  const p = peopleEnd(toks, 0);
  if (p > 0) return p === toks.length ? 'collective' : null;
  // Head word + name: "Sở Du lịch", "UBND các xã khu vực ven biển"
  const h = headAt(toks, 0);
  if (!h) return null;
  if (!noStops(toks, h.end + 1, 0)) return null;
  if (isCouncil(h.head)) {
    const next = toks[h.end];
    if (next?.lc === 'các' || next?.lc === 'cấp') return 'collective';
    // "UBND phường Bắc Kạn": a level word and a place name, nothing else
    if (next && placeEnd(toks, h.end + levelAt(toks, h.end)) !== toks.length) return null;
  }
  // "Đảng ủy các xã, phường": the committees of every commune; "Đảng ủy các cơ quan Đảng tỉnh" is one committee
  if (T_PARTY_HEADS.has(h.head) && toks[h.end]?.lc === 'các' && !endsAtPartyLevel(toks, toks.length)) return 'collective';
  return 'unit';
}

/** Does toks[..e) end in an upper level word ("tỉnh", "Trung ương"), maybe with a place name after it? */
function endsAtPartyLevel(toks: readonly Tok[], e: number): boolean {
  return endsInLevel(toks, -1, e, (k) => T_PARTY_LEVEL.match(toks, k));
}

/**
 * Does toks(lo..e) end in a level word (its length at `k` given by `levelLength`), maybe with a place name
 * after it? The level word starts after `lo`, at most six tokens before `e`.
 */
function endsInLevel(toks: readonly Tok[], lo: number, e: number, levelLength: (k: number) => number): boolean {
  for (let k = e - 1; k > lo && k >= e - 6; k--) {
    const n = levelLength(k);
    if (n > 0 && placeEnd(toks, k + n) === e) return true;
  }
  return false;
}

function noStops(toks: readonly Tok[], from: number, start: number): boolean {
  for (let k = from; k < toks.length; k++) if (stopAt(toks, k, start) > 0) return false;
  return true;
}

// ---------------------------------------------------------------------------------- scanning
// Finding where a unit name ends inside running text ("Sở Nội vụ chủ trì, …").

export interface ScanOptions {
  /** Accept classes of people ("Cán bộ, công chức, viên chức") as a unit start. */
  people?: boolean;
}

/** Lower-case words of toks[i..i+n) joined by spaces. */
function phraseAt(toks: readonly Tok[], i: number, n: number): string {
  return toks
    .slice(i, i + n)
    .map((t) => t.lc)
    .join(' ');
}

/** Does a unit (optionally after a role word) start at token `i`? */
export function startsUnit(toks: readonly Tok[], i: number, opts: ScanOptions = {}): boolean {
  if (T_EACH.match(toks, i) > 0) return true;
  let j = i;
  const r = roleAt(toks, j);
  if (r > 0) j += r;
  if (!isWord(toks[j])) return false;
  if (r > 0 && !toks[j]!.cap && T_ROLE_PLURAL.match(toks, j) > 0) return true; // "Thủ trưởng cơ quan, đơn vị"
  if (!FIRST_WORDS.has(toks[j]!.f)) return false;
  if (dirPrefixAt(toks, j)) return !isPeopleOnly(toks, j) || !!opts.people;
  if (collectiveAt(toks, j) > 0) return true;
  if (headAt(toks, j)) return true;
  if (standaloneBeforeVerb(toks, j) > 0) return true;
  if (opts.people && T_PEOPLE.match(toks, j) > 0) return true;
  return false;
}

/** "Tỉnh đoàn đề xuất …", "Chính phủ ban hành …": a head that is a unit on its own, then a verb. Its length, or 0. */
function standaloneBeforeVerb(toks: readonly Tok[], j: number): number {
  const n = T_STANDALONE.match(toks, j);
  return n > 0 && toks[j]!.cap && isWord(toks[j + n]) && stopAt(toks, j + n, j) > 0 ? n : 0;
}

function isPeopleOnly(toks: readonly Tok[], j: number): boolean {
  return T_PEOPLE.match(toks, j) > 0;
}

/**
 * End (token index) of the unit that starts at `i`, or -1. A directory name is extended only by
 * locators ("tỉnh Thái Nguyên", "thuộc UBND phường", "(phối hợp)", "có liên quan"); a generic name
 * runs until a stop word, a blocking punctuation mark, or a separator followed by another unit.
 */
export function scanUnit(toks: readonly Tok[], i: number, opts: ScanOptions = {}): number {
  // "Trưởng thôn (các thôn)": the role of each village head, then the villages it names
  const each = T_EACH.match(toks, i);
  if (each > 0) {
    const c = collectiveAt(toks, i + each);
    return c > 0 ? extendLocators(toks, c) : i + each;
  }
  let j = i;
  const r = roleAt(toks, j);
  const plural = r > 0 && isWord(toks[j + r]) && !toks[j + r]!.cap ? T_ROLE_PLURAL.match(toks, j + r) : 0;
  if (r > 0 && (plural > 0 || startsUnit(toks, j + r, opts))) j += r;
  if (!isWord(toks[j])) return -1;
  const d = dirPrefixAt(toks, j);
  if (d && (!isPeopleOnly(toks, j) || opts.people)) {
    let k = extendLocators(toks, d.end);
    // "UBND các xã, phường" + ", thị trấn" / ", đặc khu" / "và đặc khu": more commune levels in the same list
    if (d.hit.entry.kind === 'collective' && T_COMMUNE.match(toks, d.end - 1) > 0) {
      for (let n = 0; (toks[k]?.lc === ',' || toks[k]?.lc === 'và') && (n = T_COMMUNE.match(toks, k + 1)) > 0; ) k += 1 + n;
    }
    // "Các sở, ban, ngành" + ", đoàn thể tỉnh": a collective that goes on with more organisation nouns
    if (d.hit.entry.kind === 'collective' && toks[k]?.lc === ',' && T_ORG.match(toks, k + 1) > 0 && !startsUnit(toks, k + 1)) {
      return extendGeneric(toks, k, j);
    }
    if (k === d.end && longerName(toks, k)) return extendGeneric(toks, k, j);
    return k;
  }
  const c = collectiveAt(toks, j);
  if (c > 0) return extendGeneric(toks, c, j);
  const h = headAt(toks, j);
  if (h && isCouncil(h.head) && toks[h.end]?.lc !== 'các' && toks[h.end]?.lc !== 'cấp') return extendLocators(toks, h.end);
  // "Thành ủy Hà Nội": a Party committee named by its level takes a place name only
  if (h && T_PARTY_COMMITTEES.has(h.head)) return afterCommittee(toks, h.end);
  if (h) {
    const p = partyListEnd(toks, h.end, h.head);
    return p > 0 ? p : extendGeneric(toks, h.end, j);
  }
  const alone = standaloneBeforeVerb(toks, j);
  if (alone > 0) return j + alone;
  if (plural > 0) return extendGeneric(toks, j + plural, j);
  if (opts.people) {
    const p = peopleEnd(toks, j);
    if (p > 0) return p;
  }
  return -1;
}

/** Length of a level word ("phường", "thành phố") ending at token `k` (exclusive), or 0. */
function levelEndingAt(toks: readonly Tok[], k: number): number {
  for (let n = 1; n <= 3 && k - n >= 0; n++) if (levelAt(toks, k - n) === n) return n;
  return 0;
}

/** A word of a place name: "Đà", "Nẵng" (not "TP", "UBND", "2025"). */
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * A place name right after a unit's name, without its level word: "Báo và Phát thanh, Truyền hình Đà
 * Nẵng chủ trì …", "Đài Phát thanh và Truyền hình Vĩnh Long mở …". Up to three capitalised words that start no
 * unit and are no verb written with a capital, then the end of the text, a colon or a lower-case verb (not a
 * comma: in a broken table row "Sở Du lịch | Huế, Hiệp hội …" the words may belong to another cell). The end
 * of the place name, or `k` when there is none.
 */
export function barePlaceEnd(toks: readonly Tok[], k: number): number {
  const e = placeWordsEnd(toks, k);
  if (e === k) return k;
  const next = toks[e];
  if (!next) return e;
  return next.lc === ':' || stopAt(toks, e, k) > 0 ? e : k;
}

/** The words of a place name at `k` (see barePlaceEnd), whatever follows them: their end, or `k`. */
function placeWordsEnd(toks: readonly Tok[], k: number): number {
  const placeWord = (t: Tok | undefined) => isWord(t) && TITLE_WORD.test(t.text);
  if (!placeWord(toks[k]) || T_STOP.match(toks, k) > 0 || T_HEADS.match(toks, k) > 0 || T_LEAD.match(toks, k) > 0 || startsUnit(toks, k)) return k;
  let e = k;
  while (placeWord(toks[e])) e++;
  return e - k > 3 || (isWord(toks[e]) && toks[e]!.cap) ? k : e;
}

/**
 * A place name after a unit's name, then a comma and another unit: "Báo và Phát thanh, Truyền hình Bắc Ninh,
 * UBND các xã, phường phối hợp". The list goes on after the place name (a comma alone is not enough, see
 * barePlaceEnd: "Sở Du lịch | Huế, Hiệp hội du lịch …" in a broken table row). The index where the next unit
 * starts, or -1.
 */
export function placeThenUnit(toks: readonly Tok[], k: number): number {
  const e = placeWordsEnd(toks, k);
  if (e === k || toks[e]?.lc !== ',') return -1;
  const n = toks[e + 1]?.lc === 'và' ? e + 2 : e + 1;
  return startsUnit(toks, n) ? n : -1;
}

/** The units' role words: "(Y, Z) phối hợp", "chủ trì", "thực hiện", "tham mưu", "cùng phối hợp". */
const T_ROLE_CLAUSE = new PhraseTable(['chủ trì', 'phối hợp', 'thực hiện', 'tham mưu', 'cùng phối hợp', 'chịu trách nhiệm']);

/**
 * Does a list of units end at `k`, where only their role word, the end of the clause (";", ")", ".", ":") or
 * of the text may come? ("… UBND các xã, phường | phối hợp; …")
 */
export function unitListEndsAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return true;
  if (!t.word) return t.lc === ';' || t.lc === ')' || t.lc === '.' || t.lc === ':';
  return !t.cap && T_ROLE_CLAUSE.match(toks, k) > 0;
}

/**
 * A directory name that is only the start of a longer name: "Vụ Kế hoạch, Tài chính" + "và Quản lý doanh
 * nghiệp". After "và" or a comma comes a word of a name (capitalised, as each part of a coordinated name is,
 * though it is a verb elsewhere: "Quản lý") that starts no unit.
 */
function longerName(toks: readonly Tok[], k: number): boolean {
  const sep = toks[k];
  if (!sep || (sep.lc !== 'và' && sep.lc !== ',')) return false;
  const t = toks[k + 1];
  // (a capitalised verb after a comma may start the unit's duty: "Sở Y tế, Tổng hợp …")
  return isWord(t) && TITLE_WORD.test(t.text) && (sep.lc === 'và' || T_STOP.match(toks, k + 1) === 0) && T_LEAD.match(toks, k + 1) === 0 && levelAt(toks, k + 1) === 0 && !startsUnit(toks, k + 1);
}

function extendLocators(toks: readonly Tok[], k: number): number {
  // a name ending in a level word or a Party committee takes a place name: "UBND phường" + "Bách Quang",
  // "Ban Thường vụ Tỉnh ủy" + "Nghệ An"
  if (k > 0 && (levelEndingAt(toks, k) > 0 || T_PARTY_COMMITTEES.matchEndingAt(toks, k) > 0)) k = placeEnd(toks, k);
  for (;;) {
    const t = toks[k];
    if (!t) return k;
    if (t.lc === '(') {
      const e = skipParens(toks, k);
      if (e === k) return k;
      k = e;
      continue;
    }
    if (!t.word) return k;
    const lv = levelAt(toks, k);
    if (lv > 0) {
      k = placeEnd(toks, k + lv);
      continue;
    }
    // "Sở Y tế các tỉnh, thành phố (trực thuộc trung ương)": the same department in every province or
    // district (not "các xã, phường", which in a broken table row is the next column's collective)
    const upper = t.lc === 'các' ? T_UPPER.match(toks, k + 1) : 0;
    if (upper > 0) {
      let e = k + 1 + upper;
      for (let n = 0; (toks[e]?.lc === ',' || toks[e]?.lc === 'và') && (n = T_UPPER.match(toks, e + 1)) > 0; ) e += 1 + n;
      k = e;
      if (toks[k]?.lc === 'trực' && toks[k + 1]?.lc === 'thuộc' && toks[k + 2]?.lc === 'trung' && toks[k + 3]?.lc === 'ương') k += 4;
      continue;
    }
    const loc = T_LOCATOR.match(toks, k);
    if (loc > 0) {
      k += loc;
      if (toks[k - 1]!.lc === 'thuộc') {
        if (toks[k]?.lc === 'và' && toks[k + 1]?.lc === 'trực' && toks[k + 2]?.lc === 'thuộc') k += 3;
        const committee = T_PARTY_COMMITTEES.match(toks, k);
        if (toks[k]?.lc === 'ubnd') k++;
        else if (committee > 0) k = afterCommittee(toks, k + committee); // "… trực thuộc Tỉnh ủy"
        else if (toks[k]?.cap && T_HEADS.match(toks, k) > 0 && levelAt(toks, k) === 0) {
          // the body they belong to, by its head word alone or by name: "Các phòng, đơn vị thuộc Sở (Y tế)"
          const e = scanUnit(toks, k);
          k = e > k ? e : k + T_HEADS.match(toks, k);
        }
      }
      continue;
    }
    return k;
  }
}

function extendGeneric(toks: readonly Tok[], k: number, start: number): number {
  for (;;) {
    const t = toks[k];
    if (!t) return k;
    if (t.word) {
      const committee = t.cap && k > start ? committeeEnd(toks, k) : 0;
      if (committee > 0) return committee;
      if (CONJ.has(t.lc)) {
        if (t.lc !== 'và') return k;
        if (!continuesName(toks, k + 1, start)) return k;
        k++;
        continue;
      }
      if (stopAt(toks, k, start) > 0) return k;
      k++;
      continue;
    }
    if (t.lc === '(') {
      const e = skipParens(toks, k);
      return e === k ? k : e;
    }
    if (t.lc === ',' || t.lc === '-' || t.lc === '&') {
      if (!continuesName(toks, k + 1, start)) return k;
      k++;
      continue;
    }
    return k;
  }
}

/**
 * A Party committee that closes the name of a body at `k` ("Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Đảng ủy xã"):
 * the end of the name, after a place name and a note in brackets; 0 when there is none at `k`.
 */
function committeeEnd(toks: readonly Tok[], k: number): number {
  const n = T_PARTY_COMMITTEES.match(toks, k);
  if (n > 0) return afterCommittee(toks, k + n);
  const p = T_PARTY_HEADS.match(toks, k);
  const lv = p > 0 ? levelAt(toks, k + p) : 0;
  return lv > 0 ? afterCommittee(toks, k + p + lv) : 0;
}

function afterCommittee(toks: readonly Tok[], k: number): number {
  const e = placeEnd(toks, k);
  return toks[e]?.lc === '(' ? skipParens(toks, e) : e;
}

/**
 * "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": one Party committee for a body and the organisations
 * listed after it, with the level word at the end of the list. From `k`, just after the head: a complement
 * that does not end in a level word ("Đảng ủy Công an tỉnh, các sở" is two units), "," or "và", a
 * collective ("các đoàn thể") and the level word. The end of the name, or -1.
 */
function partyListEnd(toks: readonly Tok[], k: number, head: string): number {
  if (!T_PARTY_HEADS.has(head) || !toks[k]?.cap) return -1;
  const first = k;
  while (isWord(toks[k]) && !CONJ.has(toks[k]!.lc) && stopAt(toks, k, first) === 0) k++;
  if (k === first || (toks[k]?.lc !== ',' && toks[k]?.lc !== 'và') || endsAtPartyLevel(toks, k) || levelTailAt(toks, first, k)) return -1;
  let e = collectiveAt(toks, k + 1);
  if (e === 0) return -1;
  for (let n = 0; n < 3 && isWord(toks[e]) && T_PARTY_LEVEL.match(toks, e) === 0 && levelAt(toks, e) === 0 && stopAt(toks, e, first) === 0; n++) e++;
  const lv = Math.max(T_PARTY_LEVEL.match(toks, e), levelAt(toks, e));
  return lv > 0 ? afterCommittee(toks, e + lv) : -1;
}

/** Does toks[i..j) end in any level word with an optional place name ("… xã Hòa An")? */
function levelTailAt(toks: readonly Tok[], i: number, j: number): boolean {
  return endsInLevel(toks, i, j, (k) => levelAt(toks, k));
}

/**
 * End of a name at `i` that spans list separators and must not be split there: a directory name ("Văn
 * phòng HĐND và UBND") or a Party committee of a body and the organisations after it. -1 when none.
 */
export function protectedNameEnd(toks: readonly Tok[], i: number): number {
  const d = dirPrefixAt(toks, i);
  if (d) return d.end;
  const h = headAt(toks, i);
  return h ? partyListEnd(toks, h.end, h.head) : -1;
}

/** After a comma / "và" / dash inside a name: does the name go on (rather than a new unit or a verb)? */
function continuesName(toks: readonly Tok[], k: number, start: number): boolean {
  const t = toks[k];
  if (!isWord(t)) return false;
  if (startsUnit(toks, k)) return false;
  if (T_ORG.match(toks, k) > 0) return true; // "các sở, ban, ngành"
  if (stopAt(toks, k, start) > 0) return false;
  return true;
}

/**
 * A department named after two activities joined by a comma: "Cục Quản lý, giám sát bảo hiểm". The word
 * before the comma at `comma` is an activity written as the name's first word, right after the head; the
 * activity after the comma belongs to the name, though it is a verb elsewhere.
 */
function coordinatedActivity(toks: readonly Tok[], comma: number, start: number): boolean {
  const h = headAt(toks, start);
  if (!h || !toks[h.end]?.cap) return false;
  const n = T_STOP.match(toks, h.end);
  return n > 0 && h.end + n === comma;
}

/**
 * End of a list of units from token `i`: "Sở Nội vụ và các cơ quan có liên quan", "Thủ trưởng các
 * sở, ban, ngành; Chủ tịch UBND các huyện, thành phố". Returns -1 when no unit starts at `i`.
 */
export function scanUnitList(toks: readonly Tok[], i: number, opts: ScanOptions = {}): number {
  let k = scanUnit(toks, i, opts);
  if (k < 0) return -1;
  for (;;) {
    const sep = toks[k];
    if (!sep) return k;
    let next = -1;
    if (sep.lc === ',' || sep.lc === ';' || CONJ.has(sep.lc)) next = k + 1;
    if (next < 0) return k;
    if (toks[next] && CONJ.has(toks[next]!.lc)) next++; // ", và …"
    if (!startsUnit(toks, next, opts)) return k;
    const e = scanUnit(toks, next, opts);
    if (e < 0) return k;
    k = e;
  }
}

/** Longest lead-in, in words: leadInAt(toks, i) reads no token beyond toks[i + LEAD_IN_MAX_WORDS - 1]. */
export const LEAD_IN_MAX_WORDS = T_LEAD.maxWords;

/** Lead-in words at `i` ("Đề nghị", "Giao"). */
export function leadInAt(toks: readonly Tok[], i: number): number {
  return T_LEAD.match(toks, i);
}

// ---------------------------------------------------------------------------------- build
// The directory's lookup structures come from a DirectoryIndex: plain data that the CLI bundle has
// precomputed (scripts/build-cli.mjs puts computeDirectoryIndex()'s result into ./directory-index.ts),
// so a run does not analyse every directory spelling at start-up. Without it (sources, tsc output),
// the index is computed here, at load. Either way the same loadDirectoryIndex() builds the maps.

/** Lookup structures of the directory, as plain data (entries by index into DIRECTORY). */
export interface DirectoryIndex {
  /** DIRECTORY.length when computed: a cheap consistency check. */
  entries: number;
  /** Identity key of each entry (its canonical name's key). */
  keys: string[];
  /** DIR_BY_KEY: [spelling key, entry index], first spelling wins. */
  byKey: [string, number][];
  /** TRIE insertions in order: [match words joined by ' ', entry index], first insertion wins. */
  trie: [string, number][];
  firstWords: string[];
  firstAny: string[];
}

/** The directory index, computed from DIRECTORY and the tables (pure: it reads no lookup structure). */
export function computeDirectoryIndex(): DirectoryIndex {
  const keys: string[] = [];
  const byKey = new Map<string, number>();
  const trie: [string, number][] = [];
  const first = new Set<string>();
  DIRECTORY.forEach((entry, e) => {
    const own = analyze(entry.name);
    if (!own) throw new Error(`units directory: cannot analyse "${entry.name}"`);
    keys.push(keyOfName(capitalizeFirst(own.core.replace(TAIL_LIEN_QUAN, 'có liên quan'))));
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const a = analyze(spelling);
      if (!a) throw new Error(`units directory: cannot analyse "${spelling}"`);
      const k = keyOfName(capitalizeFirst(a.core.replace(TAIL_LIEN_QUAN, 'có liên quan')));
      if (!byKey.has(k)) byKey.set(k, e);
      // Aliases written in lower case ("cơ quan, đơn vị") only give a key; they do not start units in running text.
      if (spelling !== entry.name && spelling[0] === spelling[0]!.toLowerCase()) continue;
      for (const form of [spelling, displayNormalize(spelling)]) {
        const words = matchWords(form);
        if (words.length > 0) {
          trie.push([words.join(' '), e]);
          first.add(words[0]!);
        }
      }
    }
  });
  const firsts = (list: string[]) => {
    for (const p of list) for (const w of matchWords(p).slice(0, 1)) first.add(w);
  };
  firsts(HEAD_WORDS);
  firsts(ROLE_WORDS);
  firsts(PEOPLE_NOUNS);
  firsts(['các', 'mọi', 'ủy', 'hội', 'ubnd', 'hđnd']);
  const any = new Set(first);
  const anyOf = (list: string[]) => {
    for (const p of list) for (const w of matchWords(p).slice(0, 1)) any.add(w);
  };
  anyOf(LEAD_INS);
  anyOf(ORG_NOUNS);
  for (const e of DIRECTORY) anyOf(e.aliases ?? []);
  return { entries: DIRECTORY.length, keys, byKey: [...byKey], trie, firstWords: [...first], firstAny: [...any] };
}

function loadDirectoryIndex(index: DirectoryIndex): void {
  const hits = DIRECTORY.map((entry, e): DirHit => ({ entry, key: index.keys[e]! }));
  for (const [k, e] of index.byKey) DIR_BY_KEY.set(k, hits[e]!);
  for (const [words, e] of index.trie) trieInsert(words.split(' '), hits[e]!);
  for (const w of index.firstWords) FIRST_WORDS.add(w);
  for (const w of index.firstAny) FIRST_ANY.add(w);
}

loadDirectoryIndex(PRECOMPUTED_INDEX?.entries === DIRECTORY.length ? PRECOMPUTED_INDEX : computeDirectoryIndex());

/** Directory collisions (two entries with one key): empty when the data is consistent. For tests. */
export function directoryCollisions(): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const entry of DIRECTORY) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const a = analyze(spelling);
      if (!a) continue;
      const k = keyOfName(capitalizeFirst(a.core.replace(TAIL_LIEN_QUAN, 'có liên quan')));
      const prev = seen.get(k);
      if (prev !== undefined && prev !== entry.name) out.push(`${spelling} (${entry.name}) = ${prev}`);
      seen.set(k, entry.name);
    }
  }
  return out;
}
