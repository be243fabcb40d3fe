/** Stage: clean body → sentences with character offsets (sbd does the segmentation). */
import sbd from "sbd";
import type { Sentence } from "../types.ts";

// Abbreviations that end in a period inside a sentence in news about diplomacy.
const ABBREVIATIONS = [
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "St",
  "Gen",
  "Lt",
  "Col",
  "Sen",
  "Rep",
  "Gov",
  "Amb",
  "Jr",
  "Sr",
  "No",
  "Yu",
  "Ya",
  "Zh",
  "Sh",
  "Ch",
  "Kh",
  "Ts",
];

/** Splits a body (paragraphs separated by blank lines) into sentences whose offsets index the body. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const paragraphRe = /[^\n]+/g;
  for (let m = paragraphRe.exec(body); m; m = paragraphRe.exec(body)) {
    const paraStart = m.index;
    const text = m[0];
    let cursor = 0;
    for (const piece of sbd.sentences(text, {
      newline_boundaries: false,
      preserve_whitespace: true,
      abbreviations: ABBREVIATIONS,
    })) {
      const trimmed = piece.trim();
      if (!trimmed) continue;
      const at = text.indexOf(trimmed, cursor);
      if (at < 0) continue; // sbd never rewrites text with preserve_whitespace; skip defensively
      const start = paraStart + at;
      sentences.push({
        index: sentences.length,
        start,
        end: start + trimmed.length,
        text: trimmed,
        paragraph,
      });
      cursor = at + trimmed.length;
    }
    paragraph++;
  }
  return sentences;
}
