import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexiconFromPackage } from "../../scripts/word-tags-source.ts";
import { WORD_TAGS_FILE, wordTags } from "./word-tags.ts";

describe("word tags", () => {
  it("match the installed compromise package (else run `npm run word-tags`)", () => {
    expect(readFileSync(WORD_TAGS_FILE, "utf8")).toBe(`${JSON.stringify(lexiconFromPackage())}\n`);
  });

  it("give a word's tags as compromise does", () => {
    const tags = wordTags();
    expect([tags["negotiate"] ?? []].flat()).toContain("Infinitive");
    expect([tags["john"] ?? []].flat().some((t) => /Name/.test(t))).toBe(true);
  });
});
