import { describe, expect, it } from "vitest";
import type { CountryEntry } from "./gazetteer.ts";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { splitSentences } from "../text/sentences.ts";
import { findMentions } from "./find-mentions.ts";
import { AS_WRITTEN, matchNationalBody } from "./national-bodies.ts";

const country = (name: string, demonym: string): CountryEntry => ({
  name,
  code: null,
  names: [name],
  demonyms: [demonym],
  capitals: [],
});
const chile = country("Chile", "Chilean");

describe("matchNationalBody", () => {
  it("names a government after its country, whatever the case of the noun", () => {
    expect(matchNationalBody(" government’s negotiating team", chile, "Chilean")).toEqual({
      name: "Government of Chile",
      kind: "government",
      length: " government".length,
    });
    expect(matchNationalBody(" Government and", chile, "Chilean")?.name).toBe("Government of Chile");
  });

  it("makes army, military and armed forces one body", () => {
    for (const noun of ["armed forces", "army", "military"])
      expect(matchNationalBody(` ${noun} said`, chile, "Chilean")?.name).toBe("Armed Forces of Chile");
  });

  it("does not read an adjective as the body: 'military equipment', 'army forces'", () => {
    expect(matchNationalBody(" military equipment", chile, "Chilean")).toBeNull();
    expect(matchNationalBody(" army forces", chile, "Chilean")).toBeNull();
    expect(matchNationalBody(" military.", chile, "Chilean")?.name).toBe("Armed Forces of Chile");
  });

  it("says 'the' before a country named with a common noun", () => {
    expect(matchNationalBody(" government", country("United Federation", "Federal"), "Federal")?.name).toBe(
      "Government of the United Federation",
    );
  });

  it("keeps the demonym in names made from it", () => {
    expect(matchNationalBody(" peacekeepers", chile, "Chilean")?.name).toBe("Chilean peacekeeping forces");
  });

  it("takes an embassy or a mission only with the place it stands in", () => {
    expect(matchNationalBody(" mission in Geneva confirmed", chile, "Chilean")).toEqual({
      name: AS_WRITTEN,
      kind: "government",
      length: " mission in Geneva".length,
    });
    expect(matchNationalBody(" embassy in Ukraine.", chile, "Chilean")?.length).toBe(
      " embassy in Ukraine".length,
    );
    expect(matchNationalBody(" consulate in St. Petersburg", chile, "Chilean")?.length).toBe(
      " consulate in St. Petersburg".length,
    );
    expect(matchNationalBody(" embassy said", chile, "Chilean")).toBeNull();
  });

  it("names a located body as the text writes it", () => {
    const text =
      "According to Reuters, the U.S. mission in Geneva confirmed U.S. participation in the talks.";
    const bodies = findMentions(text, splitSentences(text), emptyKnowledge()).filter(
      (m) => m.kind === "institution",
    );
    expect(bodies.map((m) => m.name)).toContain("U.S. mission in Geneva");
  });

  it("needs the noun whole: 'governmental' is not a body", () => {
    expect(matchNationalBody(" governmental reform", chile, "Chilean")).toBeNull();
  });
});
