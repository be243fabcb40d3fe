import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

describe("splitSentences", () => {
  it("gives offsets that slice the body back to each sentence", () => {
    const body =
      "Mr. Witkoff met S. Lavrov in St. Petersburg on Feb. 12. Nothing was agreed.\n\nU.S. officials left.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual([
      "Mr. Witkoff met S. Lavrov in St. Petersburg on Feb. 12.",
      "Nothing was agreed.",
      "U.S. officials left.",
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("keeps an East Slavic initial with its surname", () => {
    const [first] = splitSentences("Yu. Ushakov spoke to reporters after the talks.");
    expect(first?.text).toBe("Yu. Ushakov spoke to reporters after the talks.");
  });
});
