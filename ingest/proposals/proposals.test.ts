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

  it("reads 'amendments to X' as a response to X", () => {
    const doc = extract("The envoys rejected the amendments to the Norwegian ceasefire plan.");
    const byId = new Map(doc.proposals.map((p) => [p.id, p.name]));
    expect(doc.lineage.map((l) => [byId.get(l.from), l.relation, byId.get(l.to)])).toEqual([
      ["amendments", "responds_to", "Norwegian ceasefire plan"],
    ]);
  });

  it("reads a demand reported as 'called for X to be done' (indirect speech, passive, quoted)", () => {
    const names = (text: string) => extract(text).proposals.map((p) => p.name);
    expect(names("The minister called for Finland to be invited to the talks.")).toContain(
      "be invited to the talks",
    );
    expect(names('The envoy called for "the two sides to stop shelling civilian areas."')).toContain(
      "stop shelling civilian areas",
    );
  });

  it("keeps a temporary agreement apart from the long-term one it leads to", () => {
    const doc = extract(
      "The envoys are working on a long-term agreement on the Finnish border. It would build on a temporary agreement they reached last year.",
    );
    expect(doc.proposals.map((p) => p.name)).toEqual([
      "long-term agreement on the Finnish border",
      "temporary agreement",
    ]);
  });

  it("ends a phrase on a hyphenated noun and starts it after a clause's verb", () => {
    const names = (text: string) => extract(text).proposals.map((p) => p.name);
    expect(names("The ministers talked about the conditions for a Baltic cease-fire.")).toContain(
      "conditions for a Baltic cease-fire",
    );
    expect(names("Every other council member rejected Finland's draft.")).toContain("Finland's draft");
  });

  it("marks a rejected proposal as rejected", () => {
    const doc = extract("Moscow rejected the Finnish moratorium proposal on Tuesday.");
    expect(doc.proposals[0]?.status).toBe("rejected");
  });

  it("does not take an expression like 'a great deal' for a proposal", () => {
    expect(extract("A great deal has been said about it.").proposals).toEqual([]);
  });

  it("reads 'Instead, X issued …' as a response to the recent proposal it shares most with", () => {
    const doc = extract(
      "The delegates discussed Finnish proposals for a truce on the Baltic Sea and the release of prisoners. Instead, the Kremlin issued a detailed outline of a deal for the Baltic Sea.",
    );
    const byId = new Map(doc.proposals.map((p) => [p.id, p.name]));
    expect(doc.lineage.map((l) => [byId.get(l.from), l.relation, byId.get(l.to)])).toContainEqual([
      "detailed outline of a deal for the Baltic Sea",
      "responds_to",
      "Finnish proposals for a truce on the Baltic Sea",
    ]);
  });

  it("turns 'measures for implementing X' into a proposal that implements X", () => {
    const doc = extract("Both sides agreed to develop measures for implementing the Vienna grain agreement.");
    const byId = new Map(doc.proposals.map((p) => [p.id, p.name]));
    expect(doc.lineage.map((l) => [l.relation, byId.get(l.to)])).toEqual([
      ["implements", "Vienna grain agreement"],
    ]);
  });

  it("reads 'new papers' after earlier term sheets as building on them, once", () => {
    const doc = extract(
      "Referring to the Oslo term sheets, the envoy tabled new papers. The new papers were discussed at length.",
    );
    expect(doc.lineage.filter((l) => l.relation === "builds_on")).toHaveLength(1);
  });

  it("finds a policy action stated as a gerund in a proposal context ('restoring air travel')", () => {
    const doc = extract(
      "The envoy proposed restoring air travel and lifting sanctions on fertiliser exports.",
    );
    const names = doc.proposals.map((p) => p.name);
    expect(names).toContain("restoring air travel");
    expect(names.some((n) => n.startsWith("lifting sanctions"))).toBe(true);
  });

  it("keeps a long capitalised name with its bracketed acronym before the head", () => {
    const doc = extract(
      "The envoy proposed to extend the Aligned for Advancing Relief and Peace in Ardenia (AARPA) initiative.",
    );
    expect(doc.proposals.map((p) => p.name)).toContain(
      "Aligned for Advancing Relief and Peace in Ardenia (AARPA) initiative",
    );
  });

  it("takes what one side urges another to do as demands, one per verb phrase", () => {
    const doc = extract(
      "The envoy will press the parties to implement reforms, restore regular imports of fuel, and resume commercial flights to the airport.",
    );
    const names = doc.proposals.map((p) => p.name);
    expect(names).toContain("resume commercial flights to the airport");
    expect(names.some((n) => n.startsWith("restore regular imports"))).toBe(true);
  });

  it("does not take an action nobody asks for ('the mismanagement of the economy')", () => {
    expect(extract("The mismanagement of the economy angered the protesters.").proposals).toEqual([]);
  });
});
