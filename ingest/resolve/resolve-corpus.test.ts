import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import type { ResolvedEntity } from "../types.ts";
import { resolveCorpus } from "./resolve-corpus.ts";

const institution = (name: string, aliases: string[] = []): ResolvedEntity => ({
  id: "",
  kind: "institution",
  name,
  aliases,
  mentions: [],
  roles: [],
  country: null,
  affiliations: [],
  institutionKind: "international",
  confidence: 0.9,
});

describe("institutions across articles", () => {
  it("joins an acronym to the name another article defined it for", () => {
    const merged = resolveCorpus(
      [[institution("IGAD")], [institution("Intergovernmental Authority on Development", ["IGAD"])]],
      emptyKnowledge(),
    );
    expect(merged.map((e) => e.name)).toEqual(["Intergovernmental Authority on Development"]);
  });

  it("keeps an acronym apart from a name that neither spells nor defines it", () => {
    const merged = resolveCorpus(
      [[institution("IGAD")], [institution("African Union", ["AU"])]],
      emptyKnowledge(),
    );
    expect(merged.map((e) => e.name).sort()).toEqual(["African Union", "IGAD"]);
  });
});
