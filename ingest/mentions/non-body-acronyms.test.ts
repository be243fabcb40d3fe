import { describe, expect, it } from "vitest";
import { findNonBodyAcronyms } from "./non-body-acronyms.ts";

describe("abbreviations tied to titles and documents", () => {
  it("reads a spelled-out title's abbreviation", () => {
    expect(findNonBodyAcronyms("U.S. Special Envoy for Sudan (USSES) Tom Perriello").has("USSES")).toBe(true);
  });

  it("reads a spelled-out document's abbreviation, and one a document noun follows", () => {
    const set = findNonBodyAcronyms(
      "The Agreement on the Cessation of Hostilities (ACOH) held; the Aligned for Peace (ALPS) initiative grew.",
    );
    expect(set.has("ACOH")).toBe(true);
    expect(set.has("ALPS")).toBe(true);
  });

  it("reads a spelled-out route's or project's abbreviation", () => {
    const set = findNonBodyAcronyms(
      "It launched the Trump Route for International Peace and Prosperity (TRIPP); the Caspian Pipeline Consortium (CPC) pumps oil.",
    );
    expect(set.has("TRIPP")).toBe(true);
    expect(set.has("CPC")).toBe(false);
  });

  it("reads an abbreviation in apposition to a document", () => {
    expect(findNonBodyAcronyms("Iran must return to the nuclear agreement, the XYZA. But").has("XYZA")).toBe(
      true,
    );
  });

  it("keeps bodies named after a treaty and bodies that hold talks", () => {
    const set = findNonBodyAcronyms(
      "The Collective Security Treaty Organization (CSTO) met. After the talks, the OSCE said so.",
    );
    expect(set.has("CSTO")).toBe(false);
    expect(set.has("OSCE")).toBe(false);
  });

  it("knows the treaties the word list names", () => {
    expect(findNonBodyAcronyms("No abbreviation here.").has("NPT")).toBe(true);
  });
});
