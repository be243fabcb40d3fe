/** Cuts an article body into runs of plain text, mentions and the highlighted quote, by character offsets. */
import type { Mention } from "../types.ts";

export interface Segment {
  text: string;
  start: number;
  /** The mention this run belongs to, if any. */
  mention: Mention | null;
  /** Inside the quote the reader came for. */
  quoted: boolean;
}

/**
 * Splits `body` at every mention and quote boundary. Mentions that overlap an earlier one, or fall
 * outside the body, are dropped: the text is always shown whole and in order.
 */
export function segmentBody(body: string, mentions: Mention[], quote: [number, number] | null): Segment[] {
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= body.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) if ((kept.at(-1)?.end ?? 0) <= m.start) kept.push(m);
  const cuts = new Set<number>([0, body.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  const [qs, qe] = quote ?? [-1, -1];
  if (quote && qs < qe) cuts.add(Math.max(0, qs)).add(Math.min(body.length, qe));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const mention = kept.find((m) => m.start <= start && end <= m.end) ?? null;
    segments.push({ text: body.slice(start, end), start, mention, quoted: start >= qs && end <= qe });
  }
  return segments;
}

/** Finds a quote in the body when offsets are missing or stale: [start, end] or null. */
export function locateQuote(body: string, quote: string): [number, number] | null {
  const at = body.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}
