/**
 * Reject rules: candidates that are no proposal. A proposal says what someone wants; these
 * name nothing wanted ("an end to the war", "peace talks"), something that happened ("the
 * full-scale invasion") or are cut short
 * ("purchase of 150"). The first rule that matches drops the candidate.
 */
import type { Rule } from "../../rules/rule.ts";
import type { Sentence } from "../../types.ts";
import { contentWordsOf, textAfter, textBefore, type ProposalPhrase } from "../phrase-extent.ts";
import { perSentence } from "./per-sentence.ts";
import {
  AFTER_CAUSAL,
  ANY_PREPOSITIONAL_IDIOM,
  CAUSAL_CONNECTIVE,
  COMPLEMENT_HEADS,
  COOPERATION_NOUNS,
  EVENT_NOUNS,
  HEAD_RE,
  PREPOSITIONAL_IDIOMS,
  PROBLEM_NOUNS,
  RELATIONSHIP_AIMS,
  RELATIONSHIP_NOUNS,
  REMEDY_GERUNDS,
  REMEDY_HEADS,
  VAGUE_PHRASE,
} from "./words.ts";

export interface RejectInput {
  phrase: ProposalPhrase;
}
export type RejectRule = Rule<RejectInput, string, "reject">;

/**
 * What is left of a phrase once a vague phrase is taken out: its modifiers' content words.
 * A complement after it only says where or between whom ("in the region", "between the two").
 */
function vagueRemainder(original: string): string[] | null {
  // "an end to the Russia-Ukraine war": a name inside the vague phrase does not make it concrete.
  const text = original.replace(/(?<=\s)\p{Lu}[\p{L}’'-]*\s+(?=\p{Ll})/gu, "");
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
      // "achieving a lasting end to the war": attaining it says no more than the end itself.
      !/^(full|lasting|just|durable|comprehensive|possible|swift|quick|rapid|immediate|early|speedy|achieving|reaching|bringing|securing)$/.test(
        w,
      ),
  );
}

/** A word that only qualifies ("sensitive", "further", "intra-national", "entire"). */
const QUALIFIER =
  /(?:al|ive|ous|ic|ary|ible|able|ant|ent|ed|est|er|ly)$|^(?:most|more|all|any|some|such|same|other|further|entire|whole|intra-\S*)$/;
/** The content words of a text once names (of places, sides) are taken out. */
const wordsBesideNames = (text: string): string[] =>
  contentWordsOf(text.replace(/\b\p{Lu}[\p{L}’'-]*/gu, " "));
/** Words that only qualify ("the most sensitive", "further", "intra-national") or name a place or side. */
const onlyQualifiers = (text: string): boolean => wordsBesideNames(text).every((w) => QUALIFIER.test(w));

const PROPOSAL_HEAD = new RegExp(`^(?:${HEAD_RE.source})$`, "i");
const PROPOSAL_HEAD_ANYWHERE = new RegExp(`\\b(?:${HEAD_RE.source})\\b`, "i");

/**
 * "developing economic ties", "normalising relations in the region", "greater cooperation on
 * regional issues": better relations between sides, with nothing said of what is to be done.
 * A proposal noun keeps its phrase ("the agreement on special relations": a document).
 */
function relationshipAim(phrase: ProposalPhrase): string | null {
  if (PROPOSAL_HEAD.test(phrase.head)) return null;
  // "greater cooperation on regional issues": working together on problems in general.
  const onProblems = /\s(?:on|in|over)\s+(?:\S+\s+)*?(\S+)$/.exec(phrase.text)?.[1];
  const vagueCooperation = !!onProblems && PROBLEM_NOUNS.has(onProblems.toLowerCase());
  const isRelationship = (w: string): boolean =>
    RELATIONSHIP_NOUNS.has(w) || (vagueCooperation && COOPERATION_NOUNS.has(w));
  const words = wordsBesideNames(phrase.text);
  if (!words.some(isRelationship)) return null;
  return words.every((w) => isRelationship(w) || RELATIONSHIP_AIMS.has(w) || QUALIFIER.test(w))
    ? phrase.text
    : null;
}

/** "a final agreement to end the conflict in the Western" (Hemisphere): a name cut in two. */
function cutInAName(phrase: ProposalPhrase): boolean {
  const last = /(\S+)$/.exec(phrase.text)?.[1] ?? "";
  const after = textAfter(phrase);
  return phrase.end > phrase.start + last.length && /^\p{Lu}/u.test(last) && /^ \p{Lu}\p{Ll}/u.test(after);
}

/** "in terms of investments", "in exchange for X": the phrase starts on the noun of a set idiom. */
function idiomNoun(phrase: ProposalPhrase): string | null {
  return idiomNounsOf(phrase.sentence).get(phrase.start - phrase.sentence.start) ?? null;
}

/** Where an idiom's noun starts in a sentence, with the idiom: found once for all its phrases. */
const idiomNounsOf = perSentence((sentence: Sentence): Map<number, string> => {
  const nouns = new Map<number, string>();
  if (!ANY_PREPOSITIONAL_IDIOM.test(sentence.text)) return nouns;
  // The first idiom in list order, then in text order, wins, as a search per phrase would find it.
  for (const idiom of PREPOSITIONAL_IDIOMS)
    for (const m of sentence.text.matchAll(idiom)) {
      const at = m.indices?.[1]?.[0];
      if (at !== undefined && !nouns.has(at)) nouns.set(at, m[0]);
    }
  return nouns;
});

/** Whether a sentence has a causal connective at all: most have none, and then no phrase of it follows one. */
const hasCausalConnective = perSentence((sentence: Sentence): boolean =>
  CAUSAL_CONNECTIVE.test(sentence.text),
);

/**
 * "settlement of the border problem", "a solution to the most sensitive issues with X",
 * "conditions for further steps": a remedy whose complement is only a problem says nothing
 * of what is wanted.
 */
function remedyForAProblem(text: string): string | null {
  const m = /^(?<before>.*?)\b(?<head>[\p{L}-]+)\s+(?:of|to|for)\s+(?<complement>.*)$/iu.exec(text);
  const g = m?.groups;
  if (!g || !REMEDY_HEADS.has(g.head!.toLowerCase()) || !onlyQualifiers(g.before!)) return null;
  // The complement: qualifiers, then a problem, then at most where or between whom ("in the region").
  const words = g.complement!.split(/\s+/);
  const at = words.findIndex((w) => PROBLEM_NOUNS.has(w.toLowerCase()));
  if (at < 0 || !onlyQualifiers(words.slice(0, at).join(" "))) return null;
  const rest = words.slice(at + 1).join(" ");
  return !rest || /^(?:in|with|between|around|among|on|over)\b/i.test(rest) ? text : null;
}

/**
 * "resolving suspicions", "addressing the crisis", "resolving the conflict in the region": a
 * remedy as a gerund whose object is only a problem says nothing of what is to be done.
 */
function remedyGerundForAProblem(text: string): string | null {
  const [gerund, ...words] = text.split(/\s+/);
  if (!gerund || !REMEDY_GERUNDS.has(gerund.toLowerCase())) return null;
  const at = words.findIndex((w) => PROBLEM_NOUNS.has(w.toLowerCase()));
  if (at < 0 || !onlyQualifiers(words.slice(0, at).join(" "))) return null;
  const rest = words.slice(at + 1).join(" ");
  return !rest || /^(?:in|with|between|around|among|on|over|that)\b/i.test(rest) ? text : null;
}

/** "what concessions Tehran must make", "what the president's plans are": a question word determines the phrase. */
const WH_DETERMINER = /\b(?:what|which|whatever|whichever|how many|how much)\s+$/i;

export const REJECT_RULES: readonly RejectRule[] = [
  {
    name: "vague-phrase",
    example: "Both leaders said they wanted an end to the war in the region.",
    counterExample: "Both leaders said they wanted a ceasefire monitored by the United Nations.",
    support: [
      "cx-05-blinken-abbas-ramallah",
      "dx-11-pompeo-dprk-meeting-postponed",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    pattern: ({ phrase }) => {
      const rest = vagueRemainder(phrase.text);
      return rest && rest.length === 0 ? phrase.text : null;
    },
    action: "reject",
  },
  {
    name: "remedy-for-a-problem",
    example:
      "The leaders discussed the situation as regards the settlement of the Ardenian problem and agreed on a solution to the most sensitive issues with their neighbour.",
    counterExample:
      "The leaders agreed on a settlement of the border dispute through a joint demarcation commission.",
    support: [
      "cx-13-sochi-trilateral-statements",
      "ua-19-putin-scholz-talks",
      "wx-03-iran-talks-resume-new-york",
    ],
    // "resolving suspicions that it is building a weapon": the same remedy as a gerund.
    pattern: ({ phrase }) =>
      remedyForAProblem(phrase.text) ??
      (phrase.rule === "gerund-action" ? remedyGerundForAProblem(phrase.text) : null),
    action: "reject",
  },
  {
    name: "question-word-determiner",
    example:
      "Iran and six world powers opened a new round of talks about what concessions Tehran must make on its nuclear program.",
    counterExample:
      "Iran and six world powers opened a new round of talks about the concessions Tehran must make.",
    support: [
      "ua-11-duma-resolution",
      "ua-17-ushakov-briefing-putin-biden",
      "wx-03-iran-talks-resume-new-york",
    ],
    // "what concessions X must make", "what the president's plans are": what is asked about is
    // not yet named, so no proposal is.
    pattern: ({ phrase }) => (WH_DETERMINER.test(textBefore(phrase)) ? phrase.text : null),
    action: "reject",
  },
  {
    name: "activity-not-plan",
    example: "It continues to advance its nuclear program in very dangerous ways, officials proposed.",
    counterExample: "The sides agreed on a programme of talks on the Black Sea.",
    support: ["cx-01-blinken-sky-news-arabia-interview", "ua-09-putin-macron-call"],
    // "the nuclear programme": a programme names a plan only with what it is of or for.
    pattern: ({ phrase }) =>
      COMPLEMENT_HEADS.has(phrase.head.toLowerCase()) && !/\s(?:of|for|on|to)\s/i.test(phrase.text)
        ? phrase.text
        : null,
    action: "reject",
  },
  {
    name: "event-not-demand",
    example: "The minister warned of plans for the annexation of the peninsula by its neighbour.",
    counterExample: "The minister demanded the recognition of the peninsula as part of the republic.",
    support: ["dx-05-kerry-havana-farc-negotiators", "dx-13-jeddah-declaration-signed"],
    pattern: ({ phrase }) => {
      const head = phrase.head.toLowerCase();
      // "stop their offensive": an action asked for may name the event it ends.
      if (phrase.verbal) return null;
      if (EVENT_NOUNS.has(head)) return head;
      // "the full-scale invasion": the last word before any complement is the event.
      const core = phrase.text.split(/\s+(?:of|for|on|to|with|in|from)\s+/i)[0] ?? "";
      const last = core.split(/\s+/).at(-1)?.toLowerCase() ?? "";
      return EVENT_NOUNS.has(last) ? last : null;
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
      "ua-15-putin-biden-calls",
      "ua-17-ushakov-briefing-putin-biden",
    ],
    pattern: ({ phrase }) => {
      if (!/^(responses?|amendments?|counter-?proposals?)$/i.test(phrase.head)) return null;
      const after = textAfter(phrase);
      // "a firm response", "a response to the mention of X": an answer is a proposal only as an
      // answer to a proposal ("responses to the draft agreements", "response to Russia's proposals").
      const complement = /^\s+(?:to|on)\s+((?:\S+\s+){0,5}\S+)/u.exec(after)?.[1] ?? "";
      return PROPOSAL_HEAD_ANYWHERE.test(complement) ? null : phrase.text;
    },
    action: "reject",
  },
  {
    name: "cut-short",
    example: "The delegation proposed the purchase of 150",
    counterExample: "The council adopted Resolution 2231 on the purchase of 150 aircraft.",
    support: [
      "ua-09-putin-macron-call",
      "cx-05-blinken-abbas-ramallah",
      "dx-05-kerry-havana-farc-negotiators",
      "ua-21-blinken-ictv-interview",
    ],
    // Ending on a preposition, an article or "so-called", or inside a name ("… in the Western
    // Hemisphere" cut after "Western"): the phrase was cut before its noun.
    pattern: ({ phrase }) =>
      /\s(?:of|for|on|to|in|with|from|by|at|the|a|an|and|or|than|so-called)(?:\s+\d[\d,.]*)?$/i.test(
        phrase.text,
      ) || cutInAName(phrase)
        ? phrase.text
        : null,
    action: "reject",
  },
  {
    name: "relationship-aim",
    example: "Finally, we held an in-depth discussion on economic issues, on developing economic ties.",
    counterExample: "Both sides proposed developing a joint border demarcation commission.",
    support: ["cx-13-sochi-trilateral-statements", "dx-19-blinken-busaidi-call-june-2022"],
    pattern: ({ phrase }) => relationshipAim(phrase),
    action: "reject",
  },
  {
    name: "cause-or-consequence",
    example:
      "The pipeline is a lever of pressure, which will mean the end of gas transportation through the country.",
    counterExample: "The minister demanded the end of gas transportation through the country.",
    support: ["cx-07-zelenskyy-la-repubblica-interview", "ua-17-ushakov-briefing-putin-biden"],
    // "which will mean the end of X", "due to the recognition of X": what follows happens as a
    // cause or a consequence; no one puts it forward.
    pattern: ({ phrase }) =>
      hasCausalConnective(phrase.sentence) && AFTER_CAUSAL.test(textBefore(phrase)) ? phrase.text : null,
    action: "reject",
  },
  {
    name: "idiom-noun",
    example: "Second, in terms of investments, countries have to look very carefully at what that involves.",
    counterExample: "The ministers agreed on the terms of the investment treaty.",
    support: ["cx-01-blinken-sky-news-arabia-interview", "cx-07-zelenskyy-la-repubblica-interview"],
    pattern: ({ phrase }) => idiomNoun(phrase),
    action: "reject",
  },
  {
    name: "bare-nominal",
    example:
      "The termination of this threat will eliminate any future need for military action or presence in the region.",
    counterExample: "The envoy demanded the withdrawal of troops from the border region.",
    support: [
      "sx-07-israel-lebanon-trilateral-framework",
      "sx-15-rubio-fox-and-friends-unga",
      "ua-15-putin-biden-calls",
      "wx-03-iran-talks-resume-new-york",
    ],
    // "any need for military action or presence": an action named by its noun alone, with no
    // modifier and no complement, says nothing of what is to be done.
    pattern: ({ phrase }) =>
      (phrase.rule === "nominal-action" || phrase.rule === "diplomatic-action") && !/\s/.test(phrase.text)
        ? phrase.text
        : null,
    action: "reject",
  },
];
