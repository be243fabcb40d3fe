/** Cuts an article body into runs of plain text, marks, sentences and the highlighted quote, by character offsets. */
import type { Mark } from "./fact-marks.ts";

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** The mark this run belongs to, if any. */
  mark: Mark | null;
  /** Inside the quote the reader came for. */
  quoted: boolean;
  /** Index into the kept sentences of the one this run is part of, or null between them. */
  sentence: number | null;
}

/** Spans inside the body, in order, each starting after the previous one ends (later overlaps dropped). */
export function keepApart<T extends Span>(spans: readonly T[], bodyLength: number): T[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= bodyLength && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) if ((kept.at(-1)?.end ?? 0) <= s.start) kept.push(s);
  return kept;
}

/**
 * Splits `body` at every mark, sentence and quote boundary. Marks or sentences that overlap an
 * earlier one, or fall outside the body, are dropped: the text is always shown whole and in order.
 * `sentences` must already be apart (see keepApart); segments refer to them by index.
 */
export function segmentBody(
  body: string,
  marks: readonly Mark[],
  quote: [number, number] | null,
  sentences: readonly Span[] = [],
): Segment[] {
  const kept = keepApart(marks, body.length);
  const cuts = new Set<number>([0, body.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  for (const s of sentences) cuts.add(s.start).add(s.end);
  const [qs, qe] = quote ?? [-1, -1];
  if (quote && qs < qe) cuts.add(Math.max(0, qs)).add(Math.min(body.length, qe));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const mark = kept.find((m) => m.start <= start && end <= m.end) ?? null;
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    segments.push({
      text: body.slice(start, end),
      start,
      mark,
      quoted: start >= qs && end <= qe,
      sentence: sentence < 0 ? null : sentence,
    });
  }
  return segments;
}

/** Finds a quote in the body when offsets are missing or stale: [start, end] or null. */
export function locateQuote(body: string, quote: string): [number, number] | null {
  const at = body.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}
