/** Each transcript rule, on its example, its counter-example and the dev articles it names. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyKnowledge } from "../knowledge/knowledge.ts";
import { readMarkdown } from "../read/markdown.ts";
import { analyse } from "../testing/build-article.ts";
import { TRANSCRIPT_RULES, type TranscriptRule } from "./transcript-rules.ts";

const DEV = new URL("../../test/corpus/dev/articles/", import.meta.url);

/** What a rule gives for a body: its people, date and place. */
function run(rule: TranscriptRule, body: string, published = "2026-07-22") {
  const a = analyse(body, published, emptyKnowledge());
  const found = rule.pattern({ doc: a.annotated, resolved: a.entities });
  return found && { people: found.participants.map((p) => p.name), date: found.date, place: found.place };
}

const LABEL = "\n\nSECRETARY RUBIO: Thank you all for coming.";

const expected: Record<string, { people: string[]; date: string; place: string }> = {
  "transcript-own-event": { people: ["Marco Rubio"], date: "2026-07-22", place: "Manila" },
};

describe("transcript rules (ingest/events/transcript-rules.ts)", () => {
  it.each(TRANSCRIPT_RULES.map((r) => [r.name, r] as const))("%s finds its example's event", (name, rule) => {
    expect(run(rule, rule.example + LABEL)).toEqual(expected[name]);
  });

  it.each(TRANSCRIPT_RULES.filter((r) => r.counterExample).map((r) => [r.name, r] as const))(
    "%s finds none in its counter-example",
    (_, rule) => {
      expect(run(rule, rule.counterExample!)).toBeNull();
    },
  );

  it.each(TRANSCRIPT_RULES.map((r) => [r.name, r] as const))(
    "%s applies in every dev article it names, and names at least two",
    (_, rule) => {
      expect(rule.support.length).toBeGreaterThanOrEqual(2);
      for (const file of rule.support) {
        expect(existsSync(new URL(file, DEV)), file).toBe(true);
        const { text, meta } = readMarkdown(readFileSync(new URL(file, DEV), "utf8"));
        expect(run(rule, text, meta.published ?? undefined), file).not.toBeNull();
      }
    },
  );

  it("places a transcript given at a venue alone, and a city written with 'City'", () => {
    const rule = TRANSCRIPT_RULES[0]!;
    expect(run(rule, "Marco Rubio, Secretary of State\n\nJoint Base Andrews" + LABEL)?.place).toBe(
      "Joint Base Andrews",
    );
    expect(run(rule, "Marco Rubio, Secretary of State\n\nNew York City, New York" + LABEL)?.place).toBe(
      "New York",
    );
  });
});
