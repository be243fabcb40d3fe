import { describe, expect, it } from "vitest";
import { nameKey } from "../text/normalize.ts";
import { emptyKnowledge, loadKnowledge } from "./knowledge.ts";

describe("loadKnowledge", () => {
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
