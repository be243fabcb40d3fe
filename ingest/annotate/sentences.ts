/** Sentences from wink's boundaries, repaired for initials and abbreviations and cut at paragraph breaks. */
import type { Token } from "./types.ts";

/** Words whose full stop does not end a sentence in news about diplomacy ("Yu. Ushakov", "Gen. Gerasimov"). */
const ABBREVIATION = /^(mr|mrs|ms|dr|st|gen|lt|col|sen|rep|gov|amb|jr|sr|no|yu|ya|zh|sh|ch|kh|ts|\p{Lu})$/iu;

export interface SentenceSpan {
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

const paragraphOf = (body: string): ((offset: number) => number) => {
  const breaks: number[] = [];
  for (const m of body.matchAll(/\n+/g)) breaks.push(m.index);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
};

/** Token ranges of sentences; a sentence never spans a line break. */
export function sentenceSpans(
  body: string,
  tokens: Omit<Token, "sentence">[],
  winkSpans: [number, number][],
): SentenceSpan[] {
  const paragraph = paragraphOf(body);
  // Boundaries: where a sentence starts. wink's, less those after an abbreviation's full stop, plus line breaks.
  const starts = new Set<number>();
  for (const [first] of winkSpans) {
    const stop = tokens[first - 1];
    const word = tokens[first - 2];
    const next = tokens[first];
    const afterAbbreviation =
      stop?.text === "." &&
      word !== undefined &&
      word.end === stop.start &&
      ABBREVIATION.test(word.text) &&
      next !== undefined &&
      /^\p{Lu}/u.test(next.text) &&
      paragraph(word.start) === paragraph(next.start);
    if (!afterAbbreviation) starts.add(first);
  }
  for (let i = 1; i < tokens.length; i++)
    if (paragraph(tokens[i]!.start) !== paragraph(tokens[i - 1]!.start)) starts.add(i);
  starts.add(0);
  const ordered = [...starts].filter((i) => i < tokens.length).sort((a, b) => a - b);
  return ordered.map((start, k) => ({
    tokenStart: start,
    tokenEnd: ordered[k + 1] ?? tokens.length,
    paragraph: paragraph(tokens[start]!.start),
  }));
}
