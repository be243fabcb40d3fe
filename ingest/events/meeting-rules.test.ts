import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { meetingTriggers } from "./meetings.ts";
import { ownEventRule, vetoOf, vetoRules } from "./meeting-rules.ts";

const DEV = new URL("../../test/corpus/dev/articles/", import.meta.url);

/** Runs the veto rules on a sentence as the meeting stage does: at its first meeting trigger. */
const vetoedBy = (sentence: string): string | null => {
  const trigger = meetingTriggers(sentence)[0];
  if (!trigger) throw new Error(`no meeting trigger in: ${sentence}`);
  return vetoOf(sentence, trigger.index)?.name ?? null;
};

describe("meeting veto rules (ingest/knowledge/meeting-rules.yaml)", () => {
  for (const rule of vetoRules()) {
    describe(rule.name, () => {
      it("drops the meeting of its example", () => {
        expect(vetoedBy(rule.example)).toBe(rule.name);
      });

      it("leaves its counter-example alone", () => {
        expect(vetoedBy(rule.counterExample)).toBeNull();
      });

      it("leaves its words alone after the words that make them an event that happens", () => {
        const [word] = rule.words;
        for (const held of rule.notAfter)
          expect(vetoOf(`I ${held} ${word} meet`, `I ${held} ${word} `.length), held).toBeNull();
      });

      it("names dev articles that exist", () => {
        for (const file of rule.support) expect(existsSync(new URL(file, DEV)), file).toBe(true);
      });
    });
  }
});

describe("own-event rule (ingest/knowledge/meeting-rules.yaml)", () => {
  const { rule, pattern } = ownEventRule();
  const beforeBriefing = (sentence: string): string => {
    const trigger = meetingTriggers(sentence).find((t) => t.kind === "briefing");
    if (!trigger) throw new Error(`no briefing in: ${sentence}`);
    return sentence.slice(0, trigger.index);
  };

  it("reads its example's briefing as the transcript's own", () => {
    expect(pattern.test(beforeBriefing(rule.example))).toBe(true);
  });

  it("leaves a briefing that is not pointed at alone", () => {
    expect(pattern.test(beforeBriefing("You talked about it in the press conference last week."))).toBe(
      false,
    );
  });

  it("names at least two dev articles that exist", () => {
    expect(rule.support.length).toBeGreaterThanOrEqual(2);
    for (const file of rule.support) expect(existsSync(new URL(file, DEV)), file).toBe(true);
  });
});
