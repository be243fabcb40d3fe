import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { meetingTriggers } from "./meetings.ts";
import { vetoOf, vetoRules } from "./meeting-rules.ts";

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

      it("names dev articles that exist", () => {
        for (const file of rule.support) expect(existsSync(new URL(file, DEV)), file).toBe(true);
      });
    });
  }
});
