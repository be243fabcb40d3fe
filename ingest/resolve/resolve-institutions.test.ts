import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import type { Mention } from "../types.ts";
import type { KnownInstitution } from "../knowledge/knowledge.ts";
import { nameKey } from "../text/normalize.ts";
import { isModifiedForm, resolveArticle } from "./resolve-article.ts";

const institution = (name: string, start: number): Mention => ({
  kind: "institution",
  text: name,
  name,
  start,
  end: start + name.length,
  sentence: 0,
  confidence: 0.75,
});

describe("institutions within an article", () => {
  it("reads a name with a modifier as the same institution", () => {
    expect(isModifiedForm("chilean foreign ministry", "foreign ministry")).toBe(true);
  });

  it("reads an embassy as the one embassy 'in' a place the corpus names", () => {
    expect(isModifiedForm("chilean embassy in oslo", "chilean embassy")).toBe(true);
  });

  it("keeps two bodies the knowledge file knows apart, though one name ends the other", () => {
    const knowledge = emptyKnowledge();
    const known = (name: string): KnownInstitution =>
      ({ name, aliases: [], kind: "armed group" }) as KnownInstitution;
    for (const entry of [known("Kataib Hezbollah"), known("Hezbollah")])
      knowledge.institutionByKey.set(nameKey(entry.name), entry);
    const { entities } = resolveArticle(
      [institution("Kataib Hezbollah", 0), institution("Hezbollah", 40)],
      knowledge,
    );
    expect(entities.map((e) => e.name).sort()).toEqual(["Hezbollah", "Kataib Hezbollah"]);
  });

  it("keeps a council 'of the' union apart from the union", () => {
    expect(isModifiedForm("council of the andean union", "andean union")).toBe(false);
    const { entities } = resolveArticle(
      [institution("Council of the Andean Union", 0), institution("Andean Union", 40)],
      emptyKnowledge(),
    );
    expect(entities.map((e) => e.name).sort()).toEqual(["Andean Union", "Council of the Andean Union"]);
  });
});
