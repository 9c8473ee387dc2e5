// Which units a register knows, and each unit's role in each task (collectives pass their
// role on to their configured members, as `export --expand-collectives` does).
import type { Register, Task } from '../register/types.js';
import { FILE_SLUG_MAX } from '../export/names.js';
import { clean, fold, slugify } from '../util/text.js';

export class UnitIndex {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string | null>();
  private readonly members = new Map<string, string[]>();
  /** Every known canonical name, in register order. */
  readonly names: string[] = [];

  constructor(reg: Register) {
    const add = (name: string): void => {
      const c = clean(name);
      if (!c || this.exact.has(c)) return;
      this.exact.set(c, name);
      this.names.push(name);
      const f = fold(c);
      // Two names that fold alike are ambiguous by their folded form: keep neither.
      this.folded.set(f, this.folded.has(f) && this.folded.get(f) !== name ? null : name);
    };
    for (const u of reg.units) {
      add(u.name);
      if (u.kind === 'collective' && u.members.length > 0) this.members.set(u.name, u.members);
    }
    for (const t of reg.tasks) for (const n of [...t.lead, ...t.support]) add(n);
    for (const u of reg.units) for (const m of u.members) add(m);
    for (const u of reg.units) for (const a of u.aliases) if (!this.exact.has(clean(a))) this.exact.set(clean(a), u.name);
  }

  /** Canonical name for a name as written (exact, alias, or accent/case-folded), or null. */
  resolve(name: string): string | null {
    const c = clean(name);
    return this.exact.get(c) ?? this.folded.get(fold(c)) ?? null;
  }

  /** Every unit assigned to the task, with its role (lead wins over support), members of collectives included. */
  roles(task: Task): Map<string, 'lead' | 'support'> {
    const roles = new Map<string, 'lead' | 'support'>();
    const add = (name: string, role: 'lead' | 'support', seen: Set<string>): void => {
      if (roles.get(name) !== 'lead') roles.set(name, role);
      const m = this.members.get(name);
      if (!m || seen.has(name)) return;
      seen.add(name);
      for (const member of m) add(member, role, seen);
    };
    for (const n of task.lead) add(n, 'lead', new Set());
    for (const n of task.support) add(n, 'support', new Set());
    return roles;
  }

  /** Units whose file slug (`phong-van-hoa-xa-hoi`) the file base name is, or starts with (`…-2`, `… (1)`); the longest wins. */
  fromFileName(base: string): string | null {
    const b = slugify(base.replace(/\.[^.]+$/, ''), Number.MAX_SAFE_INTEGER);
    let best: string | null = null;
    let bestLen = 0;
    let tie = false;
    for (const name of this.names) {
      const s = slugify(name, Number.MAX_SAFE_INTEGER);
      // export cuts long slugs to FILE_SLUG_MAX characters and adds a hash.
      const cut = s.length > FILE_SLUG_MAX ? s.slice(0, FILE_SLUG_MAX).replace(/-+$/, '') : s;
      if (b === s || b.startsWith(`${s}-`) || b.startsWith(`${cut}-`)) {
        if (s.length > bestLen) {
          best = name;
          bestLen = s.length;
          tie = false;
        } else if (s.length === bestLen && name !== best) {
          tie = true;
        }
      }
    }
    return tie ? null : best;
  }
}
