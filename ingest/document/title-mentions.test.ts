import { describe, expect, it } from "vitest";
import { annotateDocument } from "../annotate/index.ts";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { resolveWithTitle } from "./title-mentions.ts";

function peopleOf(body: string, title: string): string[] {
  const doc = annotateDocument(body, null, title);
  const mentions = findMentions(doc.body, doc.sentences, emptyKnowledge());
  const resolved = resolveWithTitle(mentions, (i) => doc.sentences[i]?.isTitle === true, emptyKnowledge());
  return resolved.entities.filter((e) => e.kind === "person").map((e) => e.name);
}

describe("resolveWithTitle", () => {
  it("finds the people only the title names", () => {
    const names = peopleOf(
      "Vladimir Putin said the leaders exchanged views on the situation.",
      "Telephone conversation with President of France Emmanuel Macron",
    );
    expect(names).toContain("Emmanuel Macron");
    expect(names).toContain("Vladimir Putin");
  });

  it("drops the title's form of someone the body names", () => {
    const names = peopleOf(
      "Special Envoy Tom Perriello will travel to Cairo next week.",
      "Special Envoy Perriello Travels to Egypt",
    );
    expect(names).toEqual(["Tom Perriello"]);
  });

  it("drops a bare name only the title gives: as likely the author as a person of the story", () => {
    const names = peopleOf(
      "QUESTION: Thank you for joining us. SECRETARY BLINKEN: Thank you.",
      "Secretary Antony J. Blinken with Anna Example",
    );
    expect(names).not.toContain("Anna Example");
  });

  it("keeps the interviewer a title names with their outlet ('X of Y TV')", () => {
    const names = peopleOf(
      "QUESTION: Thank you for joining us. SECRETARY BLINKEN: Thank you.",
      "Secretary Antony J. Blinken with Anna Example of Example TV",
    );
    expect(names).toContain("Anna Example");
  });
});
