/**
 * Term rules: the plan or demand a concrete term belongs to (`partOf`). A term is a proposal
 * of its own ("a cap of 600,000 on the armed forces", "no troops of the alliance in the
 * country") so that it can be compared across versions of its plan. The first rule decides.
 */
import type { Rule } from "../../rules/rule.ts";
import type { ProposalPhrase } from "../phrase-extent.ts";
import { TERM_VERBS } from "./words.ts";

/** A proposal as the term rules see it: its phrases, and whether it is itself a term. */
export interface PlanLike {
  phrases: ProposalPhrase[];
  isTerm: boolean;
}

export interface TermInput<P extends PlanLike> {
  phrase: ProposalPhrase;
  /** Proposals named in the same sentence before the phrase, in text order. */
  before: P[];
  /** The plan or demand the article named last before this sentence. */
  lastPlan: P | null;
}
export type TermRule<P extends PlanLike> = Rule<TermInput<P>, P, "partOf">;

export const UNDER_PLAN =
  /^\W*(?:under|according to|in line with|as part of)\s+(?:the|this|that|its|their)\s+[^,]{0,60},/i;

/** The term rules, generic over the stage's proposal type. */
export function termRules<P extends PlanLike>(): readonly TermRule<P>[] {
  // An item of the same list is a sibling, never the plan ("specifically A and B").
  const plans = (xs: P[]): P[] => xs.filter((p) => !p.isTerm && !p.phrases.some((ph) => ph.term));
  return [
    {
      name: "listed-after-plan",
      example:
        "The sides agreed on a framework, including a formal bilateral ceasefire, a timetable for disarmament and security guarantees.",
      support: ["dx-01-khalilzad-travel-doha-kabul"],
      pattern: ({ phrase, before }) => {
        if (!phrase.term) return null;
        // The plan ends right before the list: "a plan, including …", "the demands such as …".
        const plan = plans(before).at(-1);
        const planPhrase = plan?.phrases.find((p) => p.sentence === phrase.sentence);
        if (!plan || !planPhrase) return null;
        const gap = phrase.sentence.text.slice(
          planPhrase.end - phrase.sentence.start,
          phrase.start - phrase.sentence.start,
        );
        return gap.split(/\s+/).length <= 6 ? plan : null;
      },
      action: "partOf",
    },
    {
      name: "listed-after-topic",
      example:
        "The responses did not address the fundamental concerns such as stopping the expansion of the alliance and not deploying strike weapons near the borders.",
      support: ["dx-05-kerry-havana-farc-negotiators", "ua-09-putin-macron-call"],
      // "concerns such as …" after the demand was named: the terms of the demand last named.
      pattern: ({ phrase, lastPlan }) => (phrase.term ? lastPlan : null),
      action: "partOf",
    },
    {
      name: "under-the-plan",
      example: "Under the accord, the rebels will demobilize, disarm, and form a political organization.",
      support: ["dx-07-kerry-colombia-congress-vote", "dx-13-jeddah-declaration-signed"],
      pattern: ({ phrase, before }) => {
        const m = UNDER_PLAN.exec(phrase.sentence.text);
        if (!m || phrase.start - phrase.sentence.start < m[0].length) return null;
        return plans(before)[0] ?? null;
      },
      action: "partOf",
    },
    {
      name: "plan-states-term",
      example: "The draft plan envisages a cap of 600,000 on the armed forces.",
      support: [],
      pattern: ({ phrase, before }) => {
        const plan = plans(before).at(-1);
        const planPhrase = plan?.phrases.find((p) => p.sentence === phrase.sentence);
        if (!plan || !planPhrase) return null;
        const between = phrase.sentence.text.slice(
          planPhrase.end - phrase.sentence.start,
          phrase.start - phrase.sentence.start,
        );
        return between.length < 60 && TERM_VERBS.test(between) ? plan : null;
      },
      action: "partOf",
    },
  ];
}
