import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../annotate/index.ts";
import type { Sentence } from "../../types.ts";
import { isGoverned } from "./governor.ts";

/** Whether the phrase starting at `phrase` in `text` is governed by a proposing expression. */
function governed(text: string, phrase: string): boolean {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  return isGoverned(sentence, annotateDocument(text, null).tokens, text.indexOf(phrase));
}

describe("isGoverned", () => {
  it("takes the object of a demanding verb", () => {
    expect(governed("That will definitely require the lifting of the relevant sanctions.", "lifting")).toBe(
      true,
    );
  });

  it("takes the object of an infinitive the governor controls", () => {
    expect(
      governed(
        "He reaffirmed the country's readiness to provide all the necessary assistance for the evacuation.",
        "necessary assistance",
      ),
    ).toBe(true);
  });

  it("takes what a demand introduced by 'that' asks for", () => {
    expect(governed("They demand that the neighbour retain control over the territories.", "control")).toBe(
      true,
    );
  });

  it("does not take a subject or a comment", () => {
    expect(governed("The mismanagement of the economy is a problem.", "mismanagement")).toBe(false);
    expect(governed("People called for change, but the repression of protests went on.", "repression")).toBe(
      false,
    );
  });

  it("does not take an item coordinated after a comma with the governor's own phrase", () => {
    const text = "France engaged in developing the peace agreements, and then organising the contact group.";
    expect(governed(text, "organising")).toBe(false);
    expect(governed("The envoy demanded new agreements on organising the contact group.", "organising")).toBe(
      true,
    );
  });

  it("takes the next item of a governed list", () => {
    const text = "The side wants to settle the issue of returning to a ceasefire and releasing detainees.";
    const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
    const tokens = annotateDocument(text, null).tokens;
    const first = text.indexOf(" releasing");
    expect(isGoverned(sentence, tokens, text.indexOf("releasing"), [first])).toBe(true);
  });
});
