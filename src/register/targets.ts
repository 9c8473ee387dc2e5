// Quantitative targets written in the text: "tối thiểu 60%", "không ít hơn 60%", "đạt từ 95% trở lên".
import type { Target } from './types.js';

// Comparator words before the number (accent-sensitive: these are fixed administrative phrases).
const TARGET = /(tối thiểu|ít nhất|không ít hơn|không thấp hơn|không dưới|tối đa|không quá|không vượt quá|dưới|trên|đạt từ|đạt trên|đạt|từ|giảm(?: tối thiểu| ít nhất)?|tăng(?: tối thiểu| ít nhất)?)?\s*(\d{1,3}(?:[.,]\d+)?)\s*(%|phần trăm)(\s*trở lên|\s*trở xuống)?/giu;

function comparator(word: string, tail: string): Target['comparator'] {
  const w = word.toLowerCase();
  const t = tail.toLowerCase();
  if (t.includes('trở lên')) return '>=';
  if (t.includes('trở xuống')) return '<=';
  if (/tối thiểu|ít nhất|không ít hơn|không thấp hơn|không dưới|đạt từ|^từ$/.test(w)) return '>=';
  if (/tối đa|không quá|không vượt quá/.test(w)) return '<=';
  if (/^dưới$/.test(w)) return '<';
  if (/trên/.test(w)) return '>';
  return '=';
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('. ', at)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('. ', at)].filter((x) => x >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim();
}

const UNIT_WORDS = /phần trăm/iu;

export function findTargets(text: string, line: number, taskId: string | null): Target[] {
  const out: Target[] = [];
  // Every target has a "%" or "phần trăm": most texts have neither, skip the big regex.
  if (!text.includes('%') && !UNIT_WORDS.test(text)) return out;
  for (const m of text.matchAll(TARGET)) {
    const value = Number(m[2]!.replace(',', '.'));
    if (!Number.isFinite(value) || value > 1000) continue;
    out.push({
      value,
      unit: '%',
      comparator: comparator(m[1] ?? '', m[4] ?? ''),
      phrase: m[0].trim(),
      sentence: sentenceAround(text, m.index),
      taskId,
      line,
    });
  }
  return out;
}
