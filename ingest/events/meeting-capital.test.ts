import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { extractDocument } from "../testing/build-article.ts";

const placeOf = (text: string): string | null | undefined =>
  extractDocument([text], "2025-03-10", emptyKnowledge()).meetings[0]?.place;

describe("a meeting placed in a country's capital", () => {
  it("reads 'in the <demonym> capital' as that country's capital", () => {
    expect(
      placeOf("Foreign Minister Anna Keller met Foreign Minister Jonas Berg in the Saudi capital on Friday."),
    ).toBe("Riyadh");
  });

  it("places a visit to a country in its capital", () => {
    expect(placeOf("Foreign Minister Anna Keller visited Turkey on Friday.")).toBe("Ankara");
  });

  it("leaves talks in a country unplaced: only a visit goes to the capital", () => {
    expect(
      placeOf("Foreign Minister Anna Keller met Foreign Minister Jonas Berg in Qatar on Friday."),
    ).not.toBe("Doha");
  });
});
