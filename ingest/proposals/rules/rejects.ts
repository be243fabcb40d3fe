/**
 * Reject rules: candidates that are no proposal. A proposal says what someone wants; these
 * name nothing wanted ("an end to the war", "peace talks"), something that happened ("the
 * full-scale invasion"), a trip ("return to the capital on Sunday") or are cut short
 * ("purchase of 150"). The first rule that matches drops the candidate.
 */
import type { Rule } from "../../rules/rule.ts";
import { contentWordsOf, type ProposalPhrase } from "../phrase-extent.ts";
import { EVENT_NOUNS, MOTION_NOUNS, VAGUE_PHRASE } from "./words.ts";

export interface RejectInput {
  phrase: ProposalPhrase;
}
export type RejectRule = Rule<RejectInput, string, "reject">;

const DAY_OR_MONTH =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|last week|next week|this week|last month|next month)\b/i;

/**
 * What is left of a phrase once a vague phrase is taken out: its modifiers' content words.
 * A complement after it only says where or between whom ("in the region", "between the two").
 */
function vagueRemainder(text: string): string[] | null {
  const m = VAGUE_PHRASE.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const rest =
    text.slice(0, m.index) +
    " " +
    (/^\s+(in|between|with|over|for|among|on|around|of)\b/i.test(after) ? "" : after);
  // Names ("Ukrainian") do not make a vague phrase concrete.
  return contentWordsOf(rest.replace(/\b\p{Lu}[\p{L}’'-]*/gu, " ")).filter(
    (w) =>
      !/^(full|lasting|just|durable|comprehensive|possible|swift|quick|rapid|immediate|early|speedy)$/.test(
        w,
      ),
  );
}

export const REJECT_RULES: readonly RejectRule[] = [
  {
    name: "vague-phrase",
    example: "Both leaders said they wanted an end to the war in the region.",
    counterExample: "Both leaders said they wanted a ceasefire monitored by the United Nations.",
    support: ["cx-05-blinken-abbas-ramallah", "ua-17-ushakov-briefing-putin-biden"],
    pattern: ({ phrase }) => {
      const rest = vagueRemainder(phrase.text);
      return rest && rest.length === 0 ? phrase.text : null;
    },
    action: "reject",
  },
  {
    name: "event-not-demand",
    example: "The minister demanded talks and recalled the annexation of the peninsula by its neighbour.",
    counterExample: "The minister demanded the recognition of the peninsula as part of the republic.",
    support: ["dx-13-jeddah-declaration-signed"],
    pattern: ({ phrase }) => {
      const head = phrase.head.toLowerCase();
      if (EVENT_NOUNS.has(head)) return head;
      // "the full-scale invasion": the last word before any complement is the event.
      const core = phrase.text.split(/\s+(?:of|for|on|to|with|in|from)\s+/i)[0] ?? "";
      const last = core.split(/\s+/).at(-1)?.toLowerCase() ?? "";
      return EVENT_NOUNS.has(last) ? last : null;
    },
    action: "reject",
  },
  {
    name: "trip-with-day",
    example: "The envoy will return to the capital on Sunday for more consultations, officials proposed.",
    counterExample: "The envoy proposed the return of seized property to the embassy.",
    support: [],
    // A journey with its day ("return to the capital on Sunday"): travel, not something wanted.
    pattern: ({ phrase }) => {
      if (!MOTION_NOUNS.has(phrase.head.toLowerCase())) return null;
      const around =
        phrase.text + phrase.sentence.text.slice(phrase.end - phrase.sentence.start).slice(0, 25);
      return DAY_OR_MONTH.exec(around)?.[0] ?? null;
    },
    action: "reject",
  },
  {
    name: "bare-response",
    example: "The minister promised a firm response to come later.",
    counterExample: "The minister studied the written responses to the draft agreements.",
    support: [
      "cx-11-putin-macron-talks",
      "ua-09-putin-macron-call",
      "ua-11-duma-resolution",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    pattern: ({ phrase }) => {
      if (!/^(responses?|amendments?|counter-?proposals?)$/i.test(phrase.head)) return null;
      const after = phrase.sentence.text.slice(phrase.end - phrase.sentence.start);
      // "a firm response", "the January 26 response": an answer is a proposal only as an answer to something named.
      return /^\s+(?:to|on)\s+(?:(?:the|a|an|its|their|our|his|her|this|that|these|those)\b|\p{Lu})/u.test(
        after,
      )
        ? null
        : phrase.text;
    },
    action: "reject",
  },
  {
    name: "cut-short",
    example: "The delegation proposed the purchase of 150",
    counterExample: "The council adopted Resolution 2231 on the purchase of 150 aircraft.",
    support: ["cx-01-blinken-sky-news-arabia-interview", "cx-07-zelenskyy-la-repubblica-interview"],
    pattern: ({ phrase }) =>
      /\s(?:of|for|on|to|in|with|from|by|at|the|a|an|and|or)(?:\s+\d[\d,.]*)?$/i.test(phrase.text)
        ? phrase.text
        : null,
    action: "reject",
  },
];
