import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findNominals, NOMINAL_RE } from "./words.ts";

const DEV = fileURLToPath(new URL("../../../test/corpus/dev/articles/", import.meta.url));
const plainScan = (text: string): { word: string; at: number }[] =>
  [...text.matchAll(NOMINAL_RE)].map((m) => ({ word: m[0], at: m.index }));

describe("findNominals", () => {
  it("finds what a scan of the whole text finds, on every line of the dev articles", () => {
    for (const file of readdirSync(DEV))
      for (const line of readFileSync(DEV + file, "utf8").split("\n"))
        expect(findNominals(line), line).toEqual(plainScan(line));
  });

  it("finds it in words glued to digits, accents, capitals, hyphens and surrogate pairs", () => {
    const pieces = [
      "the withdrawal of",
      "2withdrawal of",
      "re-establishment of",
      "naïvetion to",
      "Demilitarization  from",
      "𝒶ction of",
      "endless ban\ton",
      "K\u212Aation in",
      "end of often",
      "release for",
      "_cation with",
      "ſation against",
      "return\nto",
      "of of of",
    ];
    for (const a of pieces)
      for (const b of pieces) {
        const text = `${a} ${b}x ${a}`;
        expect(findNominals(text), text).toEqual(plainScan(text));
      }
  });
});
