import { describe, expect, it } from "vitest";
import { annotateDocument } from "../annotate/index.ts";
import type { Sentence } from "../types.ts";
import { completePhrase } from "./complete-phrase.ts";
import { contentWordsOf, type ProposalPhrase } from "./phrase-extent.ts";

/** The completed text of the phrase `cut` as found in `text`. */
function completed(text: string, cut: string): string {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  const start = text.indexOf(cut);
  const phrase: ProposalPhrase = {
    text: cut,
    head: cut.split(/\s+/)[0]!.toLowerCase(),
    start,
    end: start + cut.length,
    sentence,
    contentWords: contentWordsOf(cut),
    rule: "test",
  };
  return completePhrase(phrase, annotateDocument(text, null).tokens).text;
}

describe("completePhrase", () => {
  it("carries a phrase cut on a number on to its noun", () => {
    const text = "The sides agreed on an effective ceasefire of up to approximately ten days.";
    expect(completed(text, "effective ceasefire of up to approximately ten")).toBe(
      "effective ceasefire of up to approximately ten days",
    );
  });

  it("carries a phrase cut on an adjective on to its noun", () => {
    const text = "They urged the rebels to stop their attacks against civilian targets in the city.";
    expect(completed(text, "stop their attacks against civilian")).toBe(
      "stop their attacks against civilian targets",
    );
  });

  it("carries a compound modifier over the modifier coordinated with it", () => {
    const text =
      "He called for providing the country with long-term and legally binding security guarantees.";
    expect(completed(text, "providing the country with long-term")).toBe(
      "providing the country with long-term and legally binding security guarantees",
    );
  });

  it("cuts a phrase back to its last noun when no noun follows", () => {
    const text = "They discussed the reconstruction of the city and also the elections.";
    expect(completed(text, "reconstruction of the city and also")).toBe("reconstruction of the city");
  });

  it("leaves a phrase that ends on a noun as it is", () => {
    const text = "The envoy demanded the withdrawal of troops from the border region.";
    expect(completed(text, "withdrawal of troops from the border region")).toBe(
      "withdrawal of troops from the border region",
    );
  });
});
