/**
 * Aligns the terms of two versions of a plan, row by row: a term of the later version that revises
 * one of the earlier version's terms sits beside it; otherwise terms on the same topic (their names
 * without numbers, e.g. "cap on armed forces") do. What is left was added or dropped.
 */

export interface TermRef {
  id: string;
  name: string;
}

export type TermChange = "same" | "changed" | "added" | "dropped";

export interface TermRow<T extends TermRef> {
  /** The topic both cells share, read from the names. */
  topic: string;
  a: T | null;
  b: T | null;
  change: TermChange;
}

/** "cap on armed forces: 600,000" → "cap on armed forces": the name without figures and punctuation. */
export function topicOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\d.,:;%()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Rows of the comparison: aligned pairs first in `a`'s order, then what `b` added. */
export function alignTerms<T extends TermRef>(
  aTerms: T[],
  bTerms: T[],
  /** Lineage links between terms ([later id, earlier id]), which align before topics do. */
  links: [string, string][] = [],
): TermRow<T>[] {
  const unmatched = new Set(bTerms.map((t) => t.id));
  const byId = new Map(bTerms.map((t) => [t.id, t]));
  const rows: TermRow<T>[] = [];
  for (const a of aTerms) {
    const linked = links.find(([later, earlier]) => earlier === a.id && unmatched.has(later))?.[0];
    const b =
      (linked ? byId.get(linked) : undefined) ??
      bTerms.find((t) => unmatched.has(t.id) && topicOf(t.name) === topicOf(a.name));
    if (b) unmatched.delete(b.id);
    rows.push({
      topic: topicOf(a.name) || a.name,
      a,
      b: b ?? null,
      change: !b ? "dropped" : b.name === a.name ? "same" : "changed",
    });
  }
  for (const b of bTerms)
    if (unmatched.has(b.id)) rows.push({ topic: topicOf(b.name) || b.name, a: null, b, change: "added" });
  return rows;
}
