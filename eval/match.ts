/** Matching system items to gold items, and precision/recall/F1 from the counts. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision: round3(precision), recall: round3(recall), f1: round3(f1) };
}

export interface Assignment {
  /** system index → gold index */
  systemToGold: Map<number, number>;
  /** gold index → system index */
  goldToSystem: Map<number, number>;
}

/** One-to-one assignment, best-scoring pairs first; a score of 0 never pairs. */
export function assignGreedy<S, G>(system: S[], gold: G[], score: (s: S, g: G) => number): Assignment {
  const pairs: [number, number, number][] = [];
  system.forEach((s, i) =>
    gold.forEach((g, j) => {
      const value = score(s, g);
      if (value > 0) pairs.push([value, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const systemToGold = new Map<number, number>();
  const goldToSystem = new Map<number, number>();
  for (const [, i, j] of pairs) {
    if (systemToGold.has(i) || goldToSystem.has(j)) continue;
    systemToGold.set(i, j);
    goldToSystem.set(j, i);
  }
  return { systemToGold, goldToSystem };
}
