import { describe, expect, it } from "vitest";
import { alignTerms, topicOf } from "./align-terms.ts";

const term = (id: string, name: string) => ({ id, name });

describe("alignTerms", () => {
  it("puts the same topic in the same row, whatever the figures", () => {
    const rows = alignTerms(
      [term("a1", "cap on armed forces: 600,000"), term("a2", "amnesty for combatants")],
      [term("b1", "elections within 100 days"), term("b2", "cap on armed forces: 800,000")],
    );
    expect(rows.map((r) => [r.topic, r.a?.id ?? null, r.b?.id ?? null, r.change])).toEqual([
      ["cap on armed forces", "a1", "b2", "changed"],
      ["amnesty for combatants", "a2", null, "dropped"],
      ["elections within days", null, "b1", "added"],
    ]);
  });

  it("aligns a term with the one it revises even when the names differ", () => {
    const rows = alignTerms([term("a1", "troop ceiling")], [term("b1", "army cap")], [["b1", "a1"]]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.change).toBe("changed");
  });

  it("reads a topic without figures or punctuation", () => {
    expect(topicOf("Cap on armed forces: 600,000")).toBe("cap on armed forces");
  });
});
