/**
 * Cue rules over a sentence's text: the status a proposal is in ("rejected", "accepted"), the
 * lineage relation a phrase states ("in response to" → responds_to), an actor's stance. No cue
 * reads "revised", "updated": the dev split has no revised plan to support one (a cue for it
 * gave the reference five two wrong edges and no right one).
 * Ordered: the first cue that matches decides.
 */
import type { LineageRelation, ProposalStatus, Stance } from "../../../common/graph-document.ts";
import type { Rule } from "../../rules/rule.ts";

export type CueRule<A> = Rule<string, RegExpExecArray, A>;

/** Dev articles each cue fires in (scripts/rule-support.ts). */
const CUE_SUPPORT: Record<string, string[]> = {
  accepted: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "cx-09-zelenskyy-biden-call-normandy",
    "cx-11-putin-macron-talks",
  ],
  accepts: [
    "cx-11-putin-macron-talks",
    "cx-13-sochi-trilateral-statements",
    "dx-11-pompeo-dprk-meeting-postponed",
    "dx-13-jeddah-declaration-signed",
  ],
  "building-on": [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "cx-07-zelenskyy-la-repubblica-interview",
    "cx-13-sochi-trilateral-statements",
    "dx-15-perriello-travel-alps",
  ],
  criticises: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-07-zelenskyy-la-repubblica-interview",
    "cx-11-putin-macron-talks",
  ],
  demanded: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "cx-07-zelenskyy-la-repubblica-interview",
    "cx-13-sochi-trilateral-statements",
  ],
  implementation: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "cx-07-zelenskyy-la-repubblica-interview",
    "cx-09-zelenskyy-biden-call-normandy",
    "cx-13-sochi-trilateral-statements",
    "dx-03-putin-aliyev-call-karabakh",
    "dx-11-pompeo-dprk-meeting-postponed",
    "ua-09-putin-macron-call",
  ],
  rejected: [
    "cx-05-blinken-abbas-ramallah",
    "cx-07-zelenskyy-la-repubblica-interview",
    "ua-11-duma-resolution",
    "ua-21-blinken-ictv-interview",
  ],
  rejects: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "ua-21-blinken-ictv-interview",
  ],
  response: ["ua-09-putin-macron-call", "ua-15-putin-biden-calls", "ua-17-ushakov-briefing-putin-biden"],
  supports: [
    "cx-01-blinken-sky-news-arabia-interview",
    "cx-05-blinken-abbas-ramallah",
    "cx-07-zelenskyy-la-repubblica-interview",
    "cx-09-zelenskyy-biden-call-normandy",
  ],
};

/** A cue rule from a regular expression over the sentence text. */
function cue<A>(name: string, re: RegExp, action: A, example: string, counterExample?: string): CueRule<A> {
  return {
    name,
    example,
    counterExample,
    support: CUE_SUPPORT[name] ?? [],
    pattern: (text) => re.exec(text),
    action,
  };
}

export const STATUS_RULES: readonly CueRule<ProposalStatus>[] = [
  cue(
    "rejected",
    /\b(reject(ed|s|ion)?|dismiss(ed|es)?|turned down|refus(ed|es|al)|spurned|unacceptable|unconvincing|failed to (accept|agree))\b/i,
    "rejected",
    "Moscow rejected the moratorium proposal on Tuesday.",
    "Moscow studied the moratorium proposal on Tuesday.",
  ),
  cue(
    "accepted",
    /\b(accept(ed|s)?|agreed|approv(ed|es|e)|signed|endorsed|adopted|welcom(ed|es)|committed to|reached (an|a) (agreement|deal|understanding))\b/i,
    "accepted",
    "Congress voted to approve the peace accord negotiated between the government and the rebels.",
    "Congress debated the peace accord.",
  ),
  cue(
    "demanded",
    /\b(demand(s|ed|ing)?|insist(ed|s|ing)? on|call(ed|s)? for|requir(e|es|ed|ements)|preconditions?|ultimatum|claim(s|ed)? to|must|press(ed|es)? for)\b/i,
    "demanded",
    "The envoy will press for the release of all detainees.",
    "The envoy will discuss the release of all detainees.",
  ),
];

export const LINEAGE_RULES: readonly CueRule<LineageRelation>[] = [
  cue(
    "response",
    /\b(counter-?(proposal|offer|plan|draft)s?|in (response|reply|answer) to|responses? to|responded|amendments? to|answer to|reply to)\b/i,
    "responds_to",
    "The envoys studied the written responses to the draft agreements on security guarantees.",
  ),
  cue(
    "implementation",
    // "come back into compliance with the nuclear agreement", "the observance of the agreements",
    // "fulfilling the commitments agreed to": keeping to an agreement puts it into effect.
    /\b(implement(s|ed|ing|ation)?|put into effect|to carry out|enforcement of|monitoring|compl(iance|y|ies|ied) with|(strict |proper )?observance of|abid(e|es|ing) by|fulfil+(s|ed|ing|ment of)?)\b/i,
    "implements",
    "Both sides agreed to develop measures for implementing the grain agreement.",
  ),
  cue(
    "building-on",
    // "return to the nuclear agreement and use that as a foundation for engaging Iran on other issues".
    /\b(build(s|ing)? on|built on|based on|as (a|the) (foundation|basis|starting point) for|follow(s|ed|ing) (up|on)|extends?|extension of|further documents?|new papers?|additional documents?)\b/i,
    "builds_on",
    "The new agreement builds on the framework signed last year.",
  ),
];

export const STANCE_RULES: readonly CueRule<Stance>[] = [
  cue(
    "rejects",
    /\b(reject(ed|s)?|dismiss(ed|es)?|turned down|refus(ed|es)|spurned|opposed)\b/i,
    "rejects",
    "Moscow rejected the moratorium proposal on Tuesday.",
  ),
  cue(
    "accepts",
    /\b(accept(ed|s)?|agreed to|approv(ed|es)|signed|endorsed)\b/i,
    "accepts",
    "Kyiv accepted the ceasefire plan.",
  ),
  cue(
    "supports",
    /\b(support(ed|s)?|welcom(ed|es)|back(ed|s)|praised|promoted)\b/i,
    "supports",
    "The United States welcomes the peace accord.",
  ),
  cue(
    "criticises",
    /\b(criticis(ed|es)|criticiz(ed|es)|condemn(ed|s)|attacked|denounced)\b/i,
    "criticises",
    "The minister criticised the ceasefire plan.",
  ),
];

/**
 * A fronted adjunct of basis or sequence: "Building on the success of the X initiative, the
 * priorities include Y", "Following the signing, the talks will focus on Y". What the main
 * clause proposes builds on what the adjunct names (or, with no proposal named there, on the
 * agreement just signed). The match's first group is the adjunct.
 */
export const OPENER_LINEAGE_RULES: readonly CueRule<LineageRelation>[] = [
  {
    name: "basis-opener",
    example:
      "Building on the recent success of the relief initiative, priorities continue to include efforts to urge the parties to expand humanitarian access.",
    counterExample: "The parties agreed to build on the relief initiative.",
    support: ["dx-13-jeddah-declaration-signed", "dx-15-perriello-travel-alps"],
    pattern: (text) =>
      /^\W*((?:building|built|based) on|on the basis of|following|upon|in the wake of)\b[^,;]{0,160},/i.exec(
        text,
      ),
    action: "builds_on",
  },
];
