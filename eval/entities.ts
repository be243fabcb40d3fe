/** People, institutions and countries: gold merged over articles, then matched by name keys. */
import type { GoldArticle } from "./gold.ts";
import { assignGreedy, counts, type Counts } from "./match.ts";
import { nameKeys, normalName, type NamedKind } from "./names.ts";

export interface NamedItem {
  id?: string;
  name: string;
  aliases?: string[];
}

export interface GoldNamed {
  name: string;
  canonical: string;
  keys: Set<string>;
  /** Named only in reader comments: neither rewarded nor punished. */
  optional: boolean;
}

export interface EntityScore {
  counts: Counts;
  misses: string[];
  falsePositives: string[];
  /** system id → the gold name it stands for (matched or duplicate) */
  goldNameOf: Map<string, string>;
  gold: GoldNamed[];
}

/** One gold entry per canonical name over all articles, with every alias any article gives. */
export function mergeGold(golds: GoldArticle[], kind: NamedKind): GoldNamed[] {
  const byCanonical = new Map<string, GoldNamed>();
  for (const gold of golds)
    for (const entity of gold[kind]) {
      const canonical = normalName(entity.name);
      let merged = byCanonical.get(canonical);
      if (!merged) {
        merged = { name: entity.name, canonical, keys: new Set(), optional: true };
        byCanonical.set(canonical, merged);
      }
      for (const key of nameKeys([entity.name, ...entity.aliases], kind)) merged.keys.add(key);
      if (!entity.in_comments) merged.optional = false;
    }
  return [...byCanonical.values()];
}

export function scoreEntities(golds: GoldArticle[], system: NamedItem[], kind: NamedKind): EntityScore {
  const gold = mergeGold(golds, kind);
  const items = system.map((item) => ({ item, keys: nameKeys([item.name, ...(item.aliases ?? [])], kind) }));
  // The canonical name matching outranks an alias matching.
  const score = (s: { keys: Set<string> }, g: GoldNamed): number => {
    let best = 0;
    for (const key of s.keys) if (g.keys.has(key)) best = Math.max(best, key === g.canonical ? 2 : 1);
    return best;
  };
  const { systemToGold, goldToSystem } = assignGreedy(items, gold, score);
  let tp = 0;
  let fp = 0;
  const falsePositives: string[] = [];
  const goldNameOf = new Map<string, string>();
  items.forEach((s, i) => {
    const matched = systemToGold.get(i);
    const key = s.item.id ?? s.item.name;
    if (matched !== undefined) {
      goldNameOf.set(key, gold[matched]!.name);
      if (!gold[matched]!.optional) tp++;
      return;
    }
    // A second node for a gold entity already matched, or a name the gold does not have.
    const duplicateOf = gold.find((g) => score(s, g) > 0);
    if (duplicateOf) goldNameOf.set(key, duplicateOf.name);
    if (duplicateOf?.optional) return;
    fp++;
    falsePositives.push(duplicateOf ? `${s.item.name} (duplicate of ${duplicateOf.name})` : s.item.name);
  });
  const misses = gold.filter((g, j) => !goldToSystem.has(j) && !g.optional).map((g) => g.name);
  return { counts: counts(tp, fp, misses.length), misses, falsePositives, goldNameOf, gold };
}
