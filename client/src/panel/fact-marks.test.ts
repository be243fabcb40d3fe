import { describe, expect, it } from "vitest";
import type { FactRef, Mention, SupportingSentence } from "../types.ts";
import { markFacts } from "./fact-marks.ts";

const body = "Lavrov met Rubio in Riyadh. The Riyadh Framework was tabled. Nothing else.";
const sentenceAt = (text: string, entities: SupportingSentence["entities"]): SupportingSentence => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, entities, relations: [] };
};
const talks: FactRef = { __typename: "Meeting", id: "m1", label: "Talks in Riyadh", place: "Riyadh" };
const framework: FactRef = {
  __typename: "Proposal",
  id: "p1",
  name: "Riyadh framework",
  aliases: ["the framework"],
};
const lavrov: Mention = { entityId: "person:lavrov", kind: "Person", text: "Lavrov", start: 0, end: 6 };

describe("markFacts", () => {
  it("marks a meeting's word and place, and a proposal's name, in the sentences that evidence them", () => {
    const marks = markFacts(
      body,
      [lavrov],
      [
        sentenceAt("Lavrov met Rubio in Riyadh.", [talks]),
        sentenceAt("The Riyadh Framework was tabled.", [framework]),
      ],
    );
    expect(marks.map((m) => [m.kind, m.text, m.entityId])).toEqual([
      ["Person", "Lavrov", "person:lavrov"],
      ["Meeting", "met", "m1"],
      ["Place", "Riyadh", "m1"],
      ["Proposal", "Riyadh Framework", "p1"],
    ]);
    for (const m of marks) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it("never marks a word twice, and marks nothing it cannot find", () => {
    const place = { ...talks, id: "m2", place: "Geneva" };
    const marks = markFacts(body, [], [sentenceAt("Lavrov met Rubio in Riyadh.", [talks, place])]);
    expect(marks.filter((m) => m.text === "met")).toHaveLength(1);
    expect(marks.some((m) => m.text === "Geneva")).toBe(false);
  });

  it("leaves a proposal its extraction already marked in that sentence", () => {
    const named: Mention = { entityId: "p1", kind: "Proposal", text: "Framework", start: 39, end: 48 };
    const marks = markFacts(body, [named], [sentenceAt("The Riyadh Framework was tabled.", [framework])]);
    expect(marks.filter((m) => m.entityId === "p1")).toHaveLength(1);
  });
});
