import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { nameKey } from "../text/normalize.ts";
import { extractDocument } from "../testing/build-article.ts";

const people = (texts: string[]): { name: string; aliases: string[] }[] =>
  extractDocument(texts, "2025-03-10", emptyKnowledge()).people.map((p) => ({
    name: p.name,
    aliases: [...p.aliases].sort(),
  }));

describe("person resolution", () => {
  it("merges 'Yu. Petrenko' and 'Yury Petrenko' and a bare surname into one person", () => {
    const result = people([
      "Foreign Minister Yury Petrenko arrived in Vienna. Yu. Petrenko said little. Later Petrenko left.",
    ]);
    expect(result).toEqual([{ name: "Yury Petrenko", aliases: ["Petrenko", "Yu. Petrenko"] }]);
  });

  it("merges transliteration variants across articles", () => {
    const result = people([
      "Senator Sergei Malkov spoke on Monday.",
      "Senator Sergey Malkov spoke again on Tuesday.",
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]!.aliases).toContain("Sergey Malkov");
  });

  it("keeps two people who share a surname apart and gives a bare surname to the nearest", () => {
    const doc = extractDocument(
      [
        "Minister Ivan Orlov met Ambassador Pavel Orlov in Minsk on Monday. Ambassador Pavel Orlov said the talks were useful, and Orlov left.",
      ],
      "2025-03-10",
      emptyKnowledge(),
    );
    expect(doc.people.map((p) => p.name).sort()).toEqual(["Ivan Orlov", "Pavel Orlov"]);
    expect(doc.people.find((p) => p.name === "Pavel Orlov")!.aliases).toContain("Orlov");
  });

  it("resolves an honorific and surname to the full name ('Mr Hallett')", () => {
    expect(people(["Envoy Thomas Hallett flew to Cairo. Mr Hallett met officials there."])).toEqual([
      { name: "Thomas Hallett", aliases: ["Hallett"] },
    ]);
  });

  it("keeps a hyphenated given name inside one full name ('Jean-Yves Morel')", () => {
    expect(people(["Minister Jean-Yves Morel flew to Cairo. Morel met officials there."])).toEqual([
      { name: "Jean-Yves Morel", aliases: ["Morel"] },
    ]);
  });

  it("gives a bare surname in a known other spelling to the person named in full", () => {
    const knowledge = emptyKnowledge();
    const known = { name: "Yusuf Karimzadeh", aliases: ["Yusuf Karimzade"], roles: [], affiliations: [] };
    knowledge.people.push(known);
    for (const n of [known.name, ...known.aliases]) knowledge.personByKey.set(nameKey(n), known);
    const result = extractDocument(
      ["Foreign Minister Yusuf Karimzadeh arrived in Vienna. Karimzade said the talks went well."],
      "2025-03-10",
      knowledge,
    ).people.map((p) => ({ name: p.name, aliases: [...p.aliases].sort() }));
    expect(result).toEqual([{ name: "Yusuf Karimzadeh", aliases: ["Karimzade"] }]);
  });

  it("gives a bare family name to the nearest person whose name puts it first", () => {
    const result = people([
      "Chairman Choi Sun Hwa met envoys. Later Choi said the talks had ended. President Choi Chul-soo agreed.",
    ]);
    expect(result).toEqual([
      { name: "Choi Sun Hwa", aliases: ["Choi"] },
      { name: "Choi Chul-soo", aliases: [] },
    ]);
  });
});
