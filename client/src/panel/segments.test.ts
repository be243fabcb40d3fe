import { describe, expect, it } from "vitest";
import type { Mark } from "./fact-marks.ts";
import { keepApart, locateQuote, segmentBody } from "./segments.ts";

const mention = (entityId: string, start: number, end: number): Mark => ({
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
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["Lavrov", "Rubio"]);
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
    expect(segments.filter((s) => s.mark).map((s) => s.mark?.entityId)).toEqual(["a"]);
  });

  it("tells which sentence each run belongs to, a mark staying whole inside its sentence", () => {
    const sentences = keepApart(
      [
        { start: 0, end: 27 },
        { start: 5, end: 20 },
        { start: 28, end: 40 },
      ],
      body.length,
    );
    expect(sentences).toEqual([
      { start: 0, end: 27 },
      { start: 28, end: 40 },
    ]);
    const segments = segmentBody(body, [mention("r", 11, 16)], null, sentences);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    const bySentence = (i: number | null) =>
      segments
        .filter((s) => s.sentence === i)
        .map((s) => s.text)
        .join("");
    expect(bySentence(0)).toBe("Lavrov met Rubio in Riyadh.");
    expect(bySentence(null)).toBe(" ");
    expect(bySentence(1)).toBe("They talked.");
    expect(segments.find((s) => s.mark)?.sentence).toBe(0);
  });

  it("finds a quote by its text when offsets are missing", () => {
    expect(locateQuote(body, "They talked.")).toEqual([28, 40]);
  });
});
