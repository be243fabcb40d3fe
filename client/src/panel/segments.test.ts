import { describe, expect, it } from "vitest";
import type { Mention } from "../types.ts";
import { locateQuote, segmentBody } from "./segments.ts";

const mention = (entityId: string, start: number, end: number): Mention => ({
  entityId,
  kind: "Person",
  text: "",
  start,
  end,
});

describe("article segments", () => {
  const body = "Lavrov met Rubio in Riyadh. They talked.";

  it("keeps the whole text in order, marking mentions and the quote", () => {
    const segments = segmentBody(body, [mention("l", 0, 6), mention("r", 11, 16)], [0, 27]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(["Lavrov", "Rubio"]);
    expect(
      segments
        .filter((s) => s.quoted)
        .map((s) => s.text)
        .join(""),
    ).toBe("Lavrov met Rubio in Riyadh.");
  });

  it("drops overlapping and out-of-range mentions instead of garbling the text", () => {
    const segments = segmentBody(body, [mention("a", 0, 10), mention("b", 4, 8), mention("c", 30, 99)], null);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.mention).map((s) => s.mention?.entityId)).toEqual(["a"]);
  });

  it("finds a quote by its text when offsets are missing", () => {
    expect(locateQuote(body, "They talked.")).toEqual([28, 40]);
  });
});
