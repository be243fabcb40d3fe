import { describe, expect, it } from "vitest";
import { CountryPalette, UNKNOWN_COLOUR, statusColour } from "./palette.ts";

describe("CountryPalette", () => {
  it("gives a country the same colour every time it is asked", () => {
    const palette = new CountryPalette();
    palette.prime(["Russia", "United States"]);
    expect(palette.colourOf("Russia")).toBe(palette.colourOf("Russia"));
  });

  it("gives the first countries distinct colours", () => {
    const palette = new CountryPalette();
    const names = [
      "Russia",
      "United States",
      "Ukraine",
      "France",
      "Germany",
      "Turkey",
      "Saudi Arabia",
      "China",
    ];
    palette.prime(names);
    expect(new Set(names.map((n) => palette.colourOf(n))).size).toBe(names.length);
  });

  it("colours people of unknown country grey", () => {
    expect(new CountryPalette().colourOf(null)).toBe(UNKNOWN_COLOUR);
  });
});

describe("statusColour", () => {
  it("falls back to grey for a status it does not know", () => {
    expect(statusColour("withdrawn")).toBe(statusColour(null));
    expect(statusColour("rejected")).not.toBe(statusColour(null));
  });
});
