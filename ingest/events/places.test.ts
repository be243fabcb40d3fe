import { describe, expect, it } from "vitest";
import { datelineCity, placeNamed } from "./places.ts";

describe("placeNamed", () => {
  it("reads a venue as the city it implies, from the data file", () => {
    expect(placeNamed("the Kremlin")).toEqual({ city: "Moscow", venue: true });
    expect(placeNamed("Mar-a-Lago")).toEqual({ city: "Palm Beach", venue: true });
    expect(placeNamed("Joint Base Elmendorf-Richardson")?.city).toBe("Anchorage");
    expect(placeNamed("Joint Base Andrews")).toEqual({ city: "Joint Base Andrews", venue: true });
    expect(placeNamed("the U.N. General Assembly")?.city).toBe("New York");
  });

  it("knows cities from the gazetteer packages and refuses other names", () => {
    expect(placeNamed("Riyadh")?.city).toBe("Riyadh");
    expect(placeNamed("Kiev")?.city).toBe("Kyiv");
    expect(placeNamed("Federal Chancellor")).toBeNull();
  });
});

describe("datelineCity", () => {
  it("reads wire and agency datelines", () => {
    expect(datelineCity("MOSCOW, Feb 10 (Reuters) - Russia said on Monday…")).toBe("Moscow");
    expect(datelineCity("WASHINGTON — The talks ended.")).toBe("Washington");
    expect(datelineCity("Washington, DC - Secretary of State John Kerry met…")).toBe("Washington");
    expect(datelineCity("ABU DHABI, United Arab Emirates (AP) — The talks…")).toBe("Abu Dhabi");
    expect(datelineCity("Brussels, 12 March 2025 – The ministers…")).toBe("Brussels");
  });

  it("finds none in an ordinary first sentence", () => {
    expect(datelineCity("The talks in Geneva ended - without a deal.")).toBeNull();
  });
});
