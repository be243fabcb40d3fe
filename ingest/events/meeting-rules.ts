/**
 * Rules that drop a reported meeting, as data: the ordered table in
 * `ingest/knowledge/meeting-rules.yaml` (name, words, where they must stand, example and
 * support), turned into patterns once. One small function runs them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

const RULES_FILE = fileURLToPath(new URL("../knowledge/meeting-rules.yaml", import.meta.url));

const VetoRule = z.object({
  name: z.string(),
  description: z.string(),
  /** Where the words must stand: just before the trigger, in the words after it, or anywhere in the clause. */
  where: z.enum(["before-trigger", "after-trigger", "clause"]),
  words: z.array(z.string()).min(1),
  /** Words that, just before the rule's words, make them an event that happens ("had a chance to"). */
  notAfter: z.array(z.string()).default([]),
  example: z.string(),
  counterExample: z.string(),
  /** Dev articles whose sentences the rule was made for. */
  support: z.array(z.string()),
});
export type VetoRuleSpec = z.infer<typeof VetoRule>;

export interface VetoRule extends VetoRuleSpec {
  pattern: RegExp;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** The pattern of a rule: its words placed where the rule says, relative to the trigger. */
function patternOf(rule: VetoRuleSpec): RegExp {
  const words = `(?:${rule.words.map(escape).join("|")})`;
  switch (rule.where) {
    case "before-trigger": {
      // The words, then at most three determiners or modifiers, then the trigger: "a tool to meet".
      const unless = rule.notAfter.length
        ? String.raw`(?<!\b(?:${rule.notAfter.map(escape).join("|")})\s+)`
        : "";
      return new RegExp(
        String.raw`${unless}\b${words}\s+((a|an|the|to|another|new|direct|personal|face-to-face|\p{L}+[–-]\p{L}+)\s+){0,3}$`,
        "iu",
      );
    }
    case "after-trigger":
      // "… meeting between A and B is the goal": a copula within a dozen words of the trigger.
      return new RegExp(
        String.raw`^\S+\s+(\S+\s+){0,12}?(is|remains|would be|as)\s+(the|a|an|our|their|his|her)\s+(\p{L}+\s+)?${words}\b`,
        "iu",
      );
    case "clause":
      return new RegExp(String.raw`(?<![\p{L}'’])${words}(?![\p{L}])`, "iu");
  }
}

let rules: VetoRule[] | null = null;

/** The veto rules, in order. */
export function vetoRules(): VetoRule[] {
  if (!rules) {
    const file = z.object({ vetoes: z.array(VetoRule) }).parse(parse(readFileSync(RULES_FILE, "utf8")));
    rules = file.vetoes.map((r) => ({ ...r, pattern: patternOf(r) }));
  }
  return rules;
}

/** How far before a trigger the before-trigger rules look: their words and three more. */
const BEFORE_WINDOW = 200;

/** The first rule that drops a meeting reported at `triggerAt` (an offset into `clauseText`), or null. */
export function vetoOf(clauseText: string, triggerAt: number): VetoRule | null {
  // A before-trigger rule reads a few words before the trigger: the end of a long clause is
  // enough (cut at a space, so that no word is cut).
  const start = triggerAt > BEFORE_WINDOW ? clauseText.indexOf(" ", triggerAt - BEFORE_WINDOW) : 0;
  const before = clauseText.slice(start < 0 || start > triggerAt ? 0 : start, triggerAt);
  const after = clauseText.slice(triggerAt);
  for (const rule of vetoRules()) {
    const text =
      rule.where === "before-trigger" ? before : rule.where === "after-trigger" ? after : clauseText;
    if (rule.pattern.test(text)) return rule;
  }
  return null;
}

const JointTitleRule = z.object({
  name: z.string(),
  description: z.string(),
  words: z.array(z.string()).min(1),
  example: z.string(),
  support: z.array(z.string()),
});

let jointTitle: RegExp | null = null;

/** "A and B <joint appearance>": the title of a transcript of two principals meeting, from the jointTitles rule. */
export function jointTitlePattern(): RegExp {
  if (!jointTitle) {
    const rule = z
      .object({ jointTitles: JointTitleRule })
      .parse(parse(readFileSync(RULES_FILE, "utf8"))).jointTitles;
    const words = rule.words.map(escape).join("|");
    jointTitle = new RegExp(String.raw`^(?<a>.+?)\s+(?:and|&)\s+(?<b>.+?),?\s+(?:${words})\s*$`, "iu");
  }
  return jointTitle;
}

const OwnEventRule = z.object({
  name: z.string(),
  description: z.string(),
  words: z.array(z.string()).min(1),
  example: z.string(),
  support: z.array(z.string()),
});
export type OwnEventRule = z.infer<typeof OwnEventRule>;

let ownEvent: { rule: OwnEventRule; pattern: RegExp } | null = null;

/** The own-event rule: its words, then at most one word, then the briefing word (the text before it). */
export function ownEventRule(): { rule: OwnEventRule; pattern: RegExp } {
  if (!ownEvent) {
    const rule = z.object({ ownEvent: OwnEventRule }).parse(parse(readFileSync(RULES_FILE, "utf8"))).ownEvent;
    const words = rule.words.map(escape).join("|");
    ownEvent = {
      rule,
      pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:${words})\s+(?:[\p{Ll}-]+\s+)?$`, "iu"),
    };
  }
  return ownEvent;
}
