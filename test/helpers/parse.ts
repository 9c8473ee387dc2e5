import { parseDocument, type PNode } from '../../src/parse/document.js';

export function parse(text: string) {
  const t = text.replace(/\r\n?/g, '\n').normalize('NFC');
  return parseDocument(t);
}

/** Flatten the outline as "id: text" lines for compact assertions. */
export function outlineIds(roots: PNode[]): string[] {
  const out: string[] = [];
  const walk = (n: PNode) => {
    out.push(n.id);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

export function find(roots: PNode[], id: string): PNode | undefined {
  let hit: PNode | undefined;
  const walk = (n: PNode) => {
    if (n.id === id) hit = n;
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return hit;
}

/** A minimal plan wrapper around a body, so tests can focus on one construct. */
export function plan(body: string): string {
  return `Số: 12/KH-UBND\n\nPhường X, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n${body}\n`;
}
