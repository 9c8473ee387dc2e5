// The units of one plan: every mention is recorded under its identity key; the first spelling
// (or the config's name) becomes the canonical name stored on tasks.

import type { Unit, UnitKind } from '../register/types.js';
import { byVi } from '../util/collate.js';
import { slugify } from '../util/text.js';
import type { UnitsConfig } from './config.js';
import { type UnitMention, analyze, keyOfName, normalizeUnit } from './normalize.js';

interface Slot {
  name: string;
  kind: UnitKind;
  aliases: Set<string>;
  /** Members listed in the plan itself ("UBND các xã: A, B"). */
  listed: string[];
  config: ConfigUnit | null;
}

interface ConfigUnit {
  name: string;
  aliases: string[];
  members: string[];
  kind?: UnitKind;
}


/** Identity key of any spelling, unit-like or not (config names may be outside the built-in rules). */
function looseKey(spelling: string): string {
  const m = normalizeUnit(spelling);
  if (m) return m.key;
  const a = analyze(spelling);
  return keyOfName(a ? a.core : spelling);
}

export class UnitRegistry {
  private readonly slots = new Map<string, Slot>();
  private readonly configByKey = new Map<string, ConfigUnit>();

  constructor(config?: UnitsConfig | null) {
    for (const u of config?.units ?? []) {
      const cu: ConfigUnit = { name: u.name, aliases: u.aliases ?? [], members: u.members ?? [], kind: u.kind };
      for (const spelling of [u.name, ...cu.aliases]) {
        const k = looseKey(spelling);
        if (k && !this.configByKey.has(k)) this.configByKey.set(k, cu);
      }
    }
  }

  /**
   * Normalise a spelling with the config's aliases first: a name only the config knows
   * ("Tổ công tác 1225") is still recognised. Null when neither the config nor the built-in rules know it.
   */
  normalize(raw: string): UnitMention | null {
    const m = normalizeUnit(raw);
    if (m) return m;
    const k = looseKey(raw);
    const cu = this.configByKey.get(k);
    if (!cu) return null;
    const a = analyze(raw);
    return { raw: a?.raw ?? raw.trim(), name: cu.name, key: looseKey(cu.name), kind: cu.kind ?? 'unit', roleWord: a?.roleWord ?? null, members: undefined };
  }

  /** Record a mention; returns the canonical name to store on the task. */
  add(m: UnitMention): string {
    const cu = this.configByKey.get(m.key) ?? null;
    const key = cu ? looseKey(cu.name) : m.key;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = {
        name: cu?.name ?? m.name,
        kind: cu?.kind ?? m.kind,
        aliases: new Set(),
        listed: [],
        config: cu,
      };
      this.slots.set(key, slot);
    }
    slot.aliases.add(m.raw);
    if (m.members?.length && slot.listed.length === 0) slot.listed = [...m.members];
    return slot.name;
  }

  /**
   * Units seen, sorted by name, with aliases (every raw spelling seen + config aliases), members (from the
   * config, else the list written in the plan), counts 0 (the caller fills leadCount/supportCount).
   * Ids: slugify(name), made unique with "-2", "-3" … in name order.
   */
  units(): Unit[] {
    const slots = [...this.slots.values()].sort((a, b) => byVi(a.name, b.name));
    const used = new Map<string, number>();
    return slots.map((s) => {
      const base = slugify(s.name);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const aliases = new Set(s.aliases);
      for (const a of s.config?.aliases ?? []) aliases.add(a);
      return {
        id: n === 1 ? base : `${base}-${n}`,
        name: s.name,
        kind: s.kind,
        aliases: [...aliases].sort(byVi),
        members: s.config?.members.length ? [...s.config.members] : [...s.listed],
        leadCount: 0,
        supportCount: 0,
      };
    });
  }

  /** Members of a collective from the config ([] when none). */
  membersOf(name: string): string[] {
    const cu = this.configByKey.get(looseKey(name));
    return cu ? [...cu.members] : [];
  }
}
