import { describe, expect, it } from "vitest";
import {
  CAPITAL_VARIANTS,
  REGION_NAMES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SURNAME_SUFFIX,
  TITLE_HEADS,
} from "./lexicon.ts";

describe("the lexicon read from lexicon.yaml", () => {
  it("gives word classes as sets", () => {
    expect(TITLE_HEADS.has("Chancellor")).toBe(true);
    expect(TITLE_HEADS.has("chancellor")).toBe(false);
    expect(REGION_NAMES.has("Balkans")).toBe(true);
    expect(CAPITAL_VARIANTS["Kyiv"]).toContain("Kiev");
  });

  it("builds its patterns with the anchors the rules expect", () => {
    expect(ROLE_NOUNS.test("said the Kremlin spokesman ")).toBe(true);
    expect(ROLE_NOUNS.test("the spokesman said")).toBe(false);
    expect(SPEECH_VERBS.test(", said on Tuesday")).toBe(true);
    expect(SPEECH_VERBS.test(" and then said")).toBe(false);
    expect(SURNAME_SUFFIX.test("karasin")).toBe(true);
    expect(SURNAME_SUFFIX.test("beseda")).toBe(false);
  });
});
