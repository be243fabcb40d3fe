import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { extractDocument } from "../testing/build-article.ts";

const extract = (text: string) => extractDocument([text], "2025-11-20", emptyKnowledge());

describe("proposal extraction", () => {
  it("finds a proposal with its proposer from an adjective of nationality", () => {
    const doc = extract("Norwegian officials tabled a 12-point peace plan on Monday.");
    const plan = doc.proposals.find((p) => p.name.includes("12-point"));
    expect(plan?.name).toBe("12-point peace plan");
  });

  it("reads lineage from 'an updated version of' as revises", () => {
    const doc = extract("Mediators published a 12-point peace plan in May. In June they presented a revision of the 12-point peace plan.");
    expect(doc.lineage.map((l) => l.relation)).toContain("revises");
  });

  it("reads 'amendments to X' as a response to X", () => {
    const doc = extract("The envoys rejected the amendments to the Norwegian ceasefire plan.");
    const byId = new Map(doc.proposals.map((p) => [p.id, p.name]));
    expect(doc.lineage.map((l) => [byId.get(l.from), l.relation, byId.get(l.to)])).toEqual([
      ["amendments", "responds_to", "Norwegian ceasefire plan"],
    ]);
  });

  it("marks a rejected proposal as rejected", () => {
    const doc = extract("Moscow rejected the Finnish moratorium proposal on Tuesday.");
    expect(doc.proposals[0]?.status).toBe("rejected");
  });

  it("does not take an expression like 'a great deal' for a proposal", () => {
    expect(extract("A great deal has been said about it.").proposals).toEqual([]);
  });
});
