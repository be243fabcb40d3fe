/** Each referent rule, on its example (and counter-example) inside the dev article it comes from. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clauseAt } from "../annotate/index.ts";
import { readMarkdown } from "../read/markdown.ts";
import { analyse } from "../testing/build-article.ts";
import { meetingTriggers } from "./meetings.ts";
import { REFERENT_RULES, type ReferentRule } from "./referents.ts";

const DEV = new URL("../../test/corpus/dev/articles/", import.meta.url);

/** What a rule gives for `sentenceText` inside the dev article `file`, at its first meeting word. */
function runIn(rule: ReferentRule, file: string, sentenceText: string): string[] | null {
  const { text, meta } = readMarkdown(readFileSync(new URL(file, DEV), "utf8"));
  const { annotated, entities } = analyse(text, meta.published ?? undefined);
  const sentence = annotated.sentences.find((s) => s.text.includes(sentenceText.slice(0, 60)));
  if (!sentence) throw new Error(`no sentence "${sentenceText.slice(0, 40)}…" in ${file}`);
  const trigger = meetingTriggers(sentence.text)[0];
  if (!trigger) throw new Error(`no meeting word in "${sentence.text}"`);
  const c = clauseAt(sentence.clauses, sentence.start + trigger.index) ?? sentence.clauses[0]!;
  const found = rule.pattern({
    sentence,
    clause: { start: c.start - sentence.start, end: c.end - sentence.start },
    triggerAt: trigger.index,
    people: entities.entityOfMention,
    quotations: annotated.quotations,
    seated: 0,
  });
  return found ? found.map((e) => e.name).sort() : null;
}

const expected: Record<string, string[]> = {
  "pronoun-subject": ["John Kerry"],
  "bare-title": ["Volodymyr Zelensky"],
  "the-two-pair": ["Barack Obama", "Hassan Rouhani"],
};

describe("referent rules (ingest/events/referents.ts)", () => {
  it.each(REFERENT_RULES.map((r) => [r.name, r] as const))(
    "%s seats the people its example stands for, in its dev article",
    (name, rule) => {
      expect(runIn(rule, rule.support[0]!, rule.example)).toEqual(expected[name]);
    },
  );

  it.each(REFERENT_RULES.filter((r) => r.counterExample).map((r) => [r.name, r] as const))(
    "%s seats no one in its counter-example",
    (_, rule) => {
      const file = rule.support.find((f) =>
        readFileSync(new URL(f, DEV), "utf8").includes(rule.counterExample!.slice(0, 60)),
      );
      expect(file).toBeDefined();
      expect(runIn(rule, file!, rule.counterExample!)).toBeNull();
    },
  );

  it.each(REFERENT_RULES.map((r) => [r.name, r] as const))(
    "%s names at least two dev articles",
    (_, rule) => {
      expect(rule.support.length).toBeGreaterThanOrEqual(2);
      for (const file of rule.support) expect(existsSync(new URL(file, DEV)), file).toBe(true);
    },
  );
});
