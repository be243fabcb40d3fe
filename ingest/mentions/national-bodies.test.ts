import { describe, expect, it } from "vitest";
import type { CountryEntry } from "./gazetteer.ts";
import { matchNationalBody } from "./national-bodies.ts";

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

  it("needs the noun whole: 'governmental' is not a body", () => {
    expect(matchNationalBody(" governmental reform", chile, "Chilean")).toBeNull();
  });
});
