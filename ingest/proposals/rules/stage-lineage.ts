/**
 * Stage lineage: an interim agreement is made to lead to a final one. Where an article names a
 * provisional agreement ("an interim deal", "a temporary truce") and another of the same kind
 * that is not provisional ("the nuclear deal", "a full and formal cease-fire"), the other builds
 * on the provisional one, whether or not the sentence says so.
 */
import type { LineageRelation } from "../../../common/graph-document.ts";
import type { Rule } from "../../rules/rule.ts";
import { getProposalWords } from "../../knowledge/word-lists.ts";
import type { ProposalPhrase } from "../phrase-extent.ts";
import { stageOf } from "./identity.ts";

/** A proposal as stage rules see it: its wordings, and whether it is a term of a plan. */
export interface StagedProposal {
  phrases: ProposalPhrase[];
  isTerm: boolean;
}
export interface StageInput {
  provisional: StagedProposal;
  other: StagedProposal;
}
export type StageRule = Rule<StageInput, string, LineageRelation>;

/** Each head of an agreement that has stages, with its kind ("deal" → "agreement", "cease-fire" → "truce"). */
const KIND_OF_HEAD = new Map(
  Object.entries(getProposalWords().stagedKinds).flatMap(([kind, heads]) =>
    heads.map((h) => [h.toLowerCase(), kind] as const),
  ),
);
const kindOf = (head: string): string | undefined => KIND_OF_HEAD.get(head.toLowerCase());

const isProvisional = (p: StagedProposal): boolean =>
  p.phrases.some((ph) => stageOf(ph.text) === "provisional");

export const STAGE_LINEAGE_RULES: readonly StageRule[] = [
  {
    name: "final-builds-on-interim",
    example: "The two sides reached an interim deal last year, and they now seek a nuclear deal.",
    counterExample: "The two sides reached an interim deal last year, and they now seek sanctions relief.",
    support: [
      "wx-01-iran-talks-vienna-drafting",
      "wx-03-iran-talks-resume-new-york",
      "wx-09-kerry-syria-cease-fire-near",
    ],
    pattern: ({ provisional, other }) => {
      if (provisional === other || provisional.isTerm || other.isTerm) return null;
      if (isProvisional(other)) return null;
      // The provisional wording itself names the kind: "preliminary proposals" lead to no agreement.
      const kinds = new Set(
        provisional.phrases.filter((ph) => stageOf(ph.text) === "provisional").map((ph) => kindOf(ph.head)),
      );
      return other.phrases.map((ph) => kindOf(ph.head)).find((k) => k !== undefined && kinds.has(k)) ?? null;
    },
    action: "builds_on",
  },
];
