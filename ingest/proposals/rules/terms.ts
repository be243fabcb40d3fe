/**
 * Term rules: the plan or demand a concrete term belongs to (`partOf`). A term is a proposal
 * of its own ("a cap of 600,000 on the armed forces", "no troops of the alliance in the
 * country") so that it can be compared across versions of its plan. The first rule decides.
 */
import type { Rule } from "../../rules/rule.ts";
import type { ProposalPhrase } from "../phrase-extent.ts";

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
      support: ["dx-07-kerry-colombia-congress-vote", "sx-07-israel-lebanon-trilateral-framework"],
      pattern: ({ phrase, before }) => {
        if (!phrase.term) return null;
        // The plan ends right before the list: "a plan, including …", "the demands such as …".
        const plan = plans(before).at(-1);
        const planPhrase = plan?.phrases.find((p) => p.sentence === phrase.sentence);
        if (!plan || !planPhrase) return null;
        // Measured to the list's first term: "demobilize, disarm, and form a party" are one list.
        const firstTerm =
          before
            .filter((p) => p.isTerm)
            .flatMap((p) => p.phrases)
            .filter((ph) => ph.sentence === phrase.sentence && ph.term && ph.start >= planPhrase.end)
            .sort((a, b) => a.start - b.start)[0] ?? phrase;
        const gap = phrase.sentence.text.slice(
          planPhrase.end - phrase.sentence.start,
          firstTerm.start - phrase.sentence.start,
        );
        return gap.split(/\s+/).length <= 6 ? plan : null;
      },
      action: "partOf",
    },
  ];
}
