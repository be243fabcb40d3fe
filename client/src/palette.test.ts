import { describe, expect, it } from "vitest";
import { CountryPalette, countryColour, UNKNOWN_COLOUR, statusColour } from "./palette.ts";

describe("CountryPalette", () => {
  it("colours a country by its code, whatever order countries were seen in", () => {
    const first = new CountryPalette();
    const second = new CountryPalette();
    const countries = [
      { name: "United States", code: "US" },
      { name: "Russia", code: "RU" },
      { name: "Ukraine", code: "UA" },
    ];
    first.learnCodes(countries);
    second.learnCodes([...countries].reverse());
    const names = ["Russia", "Ukraine", "United States"];
    expect(names.map((n) => first.colourOf(n))).toEqual(
      [...names]
        .reverse()
        .reverse()
        .map((n) => second.colourOf(n)),
    );
    expect(first.colourOf("United States")).toBe(countryColour("US"));
    expect(first.colourOf("Russia")).toBe(countryColour("ru"));
  });

  it("gives the countries most often at the table distinct colours", () => {
    const codes = ["US", "RU", "UA", "FR", "DE", "TR", "SA", "CN", "GB", "IL", "IT", "ES", "IR", "QA"];
    expect(new Set(codes.map(countryColour)).size).toBe(codes.length);
  });

  it("gives other countries a hashed colour in hex", () => {
    expect(countryColour("NO")).toMatch(/^#[0-9a-f]{6}$/);
    expect(countryColour("NO")).toBe(countryColour("no"));
  });

  it("colours a country without a code by its name, the same every time", () => {
    expect(new CountryPalette().colourOf("Betaland")).toBe(new CountryPalette().colourOf("Betaland"));
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
