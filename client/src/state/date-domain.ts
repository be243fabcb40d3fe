/**
 * The date slider's span, from the data. A few dates far from the rest (an article recalling 1939
 * among this year's talks) would squeeze everything else into a sliver: they are told apart as
 * outliers, kept in the data and marked at the slider's ends, not silently stretching it.
 */
import { toDay } from "./dates.ts";

export interface DateDomain {
  /** The first date of the bulk of the data. */
  first: string;
  /** The last date of the bulk of the data. */
  last: string;
  /** Dates far before the rest, oldest first. */
  earlier: string[];
  /** Dates far after the rest, oldest first. */
  later: string[];
}

/** Tukey's "far out" fences: three interquartile ranges beyond the quartiles. */
const FENCE_IQRS = 3;
/** A tight cluster (everything in one week) must not make next month an outlier. */
const MIN_SPREAD_DAYS = 30;
/** Too few dates to tell what is far from the rest. */
const MIN_DATES = 5;

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] ?? 0;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

/** The span of `dates` (ISO, any order, partial allowed) with its outliers apart; null when there are none. */
export function dateDomain(dates: readonly string[]): DateDomain | null {
  const sorted = [...dates].sort((a, b) => toDay(a) - toDay(b));
  if (sorted.length === 0) return null;
  const days = sorted.map(toDay);
  let low = -Infinity;
  let high = Infinity;
  if (sorted.length >= MIN_DATES) {
    const q1 = quantile(days, 0.25);
    const q3 = quantile(days, 0.75);
    const spread = Math.max(q3 - q1, MIN_SPREAD_DAYS);
    low = q1 - FENCE_IQRS * spread;
    high = q3 + FENCE_IQRS * spread;
  }
  const earlier = sorted.filter((_, i) => (days[i] ?? 0) < low);
  const later = sorted.filter((_, i) => (days[i] ?? 0) > high);
  const bulk = sorted.slice(earlier.length, sorted.length - later.length);
  return {
    first: bulk[0] ?? sorted[0] ?? "",
    last: bulk.at(-1) ?? sorted.at(-1) ?? "",
    earlier,
    later,
  };
}
