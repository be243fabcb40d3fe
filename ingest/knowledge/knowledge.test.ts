import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "../index.ts";
import { nameKey } from "../text/normalize.ts";
import { emptyKnowledge, loadKnowledge } from "./knowledge.ts";

describe("the shipped knowledge files", () => {
  const knowledge = loadKnowledge();

  it("load base.yaml and world.yaml, indexed by every name and alias", () => {
    expect(knowledge.personByKey.get(nameKey("Araqchi"))).toBeUndefined();
    expect(knowledge.personByKey.get(nameKey("Abbas Araqchi"))?.name).toBe("Abbas Araghchi");
    expect(knowledge.institutionByKey.get(nameKey("IAEA"))?.name).toBe("International Atomic Energy Agency");
    // base.yaml still there
    expect(knowledge.personByKey.get(nameKey("Vladimir Putin"))?.country).toBe("Russia");
  });

  it("let a user file extend an entry by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    const file = join(dir, "mine.yaml");
    writeFileSync(file, "people:\n  - { name: Abbas Araghchi, aliases: [A. Araghchi] }\n");
    const merged = loadKnowledge([file]);
    const person = merged.personByKey.get(nameKey("A. Araghchi"));
    expect(person?.name).toBe("Abbas Araghchi");
    expect(person?.aliases).toContain("Abbas Araqchi");
  });

  it("type a one-word news organisation that no rule could", () => {
    const text = "Tasnim carried the foreign minister's words: talks in Muscat would resume on Saturday.";
    const withWorld = extractText(text, { knowledge, meta: { published: "2025-04-11" } });
    const without = extractText(text, { knowledge: emptyKnowledge(), meta: { published: "2025-04-11" } });
    expect(withWorld.institutions.map((i) => i.name)).toContain("Tasnim");
    expect(without.institutions.map((i) => i.name)).not.toContain("Tasnim");
  });
});

describe("the shipped organisations file", () => {
  it("ships the well-known organisations with the knowledge file, aliases included", () => {
    const knowledge = loadKnowledge();
    expect(knowledge.institutionByKey.get(nameKey("Daesh"))?.name).toBe("Islamic State");
    expect(knowledge.institutionByKey.get(nameKey("Interfax"))?.kind).toBe("media");
    expect(knowledge.institutionFirstWords.has(nameKey("Al"))).toBe(true);
  });

  it("leaves them out of the empty knowledge, so mechanisms are measured alone", () => {
    expect(emptyKnowledge().institutionByKey.get(nameKey("Interfax"))).toBeUndefined();
  });
});
