/**
 * Identity rules: is a newly found phrase a proposal the article already named? A plan's
 * wordings are one node ("the Norwegian ceasefire plan", "the Norwegian plan for a ceasefire");
 * an interim stage is another node. The first rule that matches decides.
 */
import type { Rule } from "../../rules/rule.ts";
import type { ProposalPhrase } from "../phrase-extent.ts";
import { hasSubstance, isVerbish } from "../phrase-extent.ts";
import { getProposalWords, wordsRegExp } from "../../knowledge/word-lists.ts";

/** What identity rules compare: a known proposal's words and phrases, and the new phrase. */
export interface IdentityInput {
  known: { contentWords: Set<string>; phrases: ProposalPhrase[] };
  phrase: ProposalPhrase;
}
export type IdentityRule = Rule<IdentityInput, number, "same" | "different">;

const pointCounts = new Map<string, number | null>();
/** The number of points of a numbered plan ("28-point", "28 points", "of 28 points"). */
export function pointCount(text: string): number | null {
  // Asked of every known phrase for every new one: remembered by text.
  const known = pointCounts.get(text);
  if (known !== undefined) return known;
  const m = /\b(\d+)(?:-| )points?\b/i.exec(text);
  const count = m ? Number(m[1]) : null;
  if (pointCounts.size > 10_000) pointCounts.clear();
  pointCounts.set(text, count);
  return count;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

const families = new Map<string, string>();
/** A head without its plural and "counter-" ("counter-proposals" → "proposal"); asked for every pair, remembered. */
function family(h: string): string {
  let f = families.get(h);
  if (f === undefined) {
    f = h.replace(/s$/, "").replace(/^(counter-?)/, "");
    if (families.size > 10_000) families.clear();
    families.set(h, f);
  }
  return f;
}

/** A phrase's content words as a set, made once however many known proposals it is compared with. */
const wordSets = new WeakMap<ProposalPhrase, Set<string>>();
function wordSetOf(phrase: ProposalPhrase): Set<string> {
  let words = wordSets.get(phrase);
  if (!words) {
    words = new Set(phrase.contentWords);
    wordSets.set(phrase, words);
  }
  return words;
}

function sharesHeadFamily(known: IdentityInput["known"], phrase: ProposalPhrase): boolean {
  return (
    known.phrases.some((q) => family(q.head) === family(phrase.head)) ||
    similarity(known.contentWords, wordSetOf(phrase)) >= 0.99
  );
}

/** Words that place a mention in time, not tell one proposal from another ("today's deal"). */
const TIME_WORD =
  /^(?:today|yesterday|tomorrow|now|current|latest|recent|earlier|previous|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The words of a phrase beyond its head that name something (not qualities, participles or times). */
const distinguishing = new WeakMap<ProposalPhrase, string[]>();
function distinguishingWords(phrase: ProposalPhrase): string[] {
  let words = distinguishing.get(phrase);
  if (!words) {
    words = findDistinguishingWords(phrase);
    distinguishing.set(phrase, words);
  }
  return words;
}

function findDistinguishingWords(phrase: ProposalPhrase): string[] {
  const head = family(phrase.head);
  return phrase.contentWords.filter(
    (w) =>
      family(w) !== head &&
      !TIME_WORD.test(w) &&
      !/(?:ed|en|ly)$/.test(w) &&
      hasSubstance([w]) &&
      // "the deal to commence swiftly": what is done with it does not tell it apart.
      !isVerbish(w),
  );
}

const stageWords = getProposalWords().stageWords;
const PROVISIONAL = wordsRegExp(stageWords.provisional);
const FINAL = wordsRegExp(stageWords.final);
type Stage = "provisional" | "final" | null;
/** The stage a phrase gives its proposal ("interim deal": provisional; "final agreement": final). */
export function stageOf(text: string): Stage {
  return PROVISIONAL.test(text) ? "provisional" : FINAL.test(text) ? "final" : null;
}

/**
 * A provisional agreement is not the deal it stands in for: a phrase marked provisional joins
 * no proposal none of whose wordings is provisional, and a final one no provisional proposal.
 */
function differentStage({ known, phrase }: IdentityInput): number | null {
  const stage = stageOf(phrase.text);
  if (stage === null) return null;
  const knownStages = known.phrases.map((p) => stageOf(p.text));
  if (stage === "provisional") return knownStages.includes("provisional") ? null : 1;
  return knownStages.includes("provisional") && !knownStages.includes("final") ? 1 : null;
}

export const IDENTITY_RULES: readonly IdentityRule[] = [
  {
    name: "other-head-than-name",
    example:
      "The working groups will draft the full comprehensive peace and security agreement, and a Security Annex will detail the process.",
    counterExample: "The parties signed the Joint Declaration. The joint declaration ended the conflict.",
    support: [
      "dx-15-perriello-travel-alps",
      "sx-07-israel-lebanon-trilateral-framework",
      "ua-21-blinken-ictv-interview",
    ],
    // A document known only by its name ("Security Annex") is not a description with another
    // head that shares a word of it ("security agreement").
    pattern: ({ known, phrase }) =>
      !phrase.named &&
      known.phrases.every((q) => q.named || isBareName(q)) &&
      known.phrases.every((q) => family(q.head) !== family(phrase.head))
        ? 1
        : null,
    action: "different",
  },
  {
    name: "different-stage",
    example: "The long-term agreement would build on a temporary agreement they reached last November.",
    counterExample: "The two sides reached an interim deal last year; the interim deal froze enrichment.",
    support: [
      "wx-01-iran-talks-vienna-drafting",
      "wx-03-iran-talks-resume-new-york",
      "wx-09-kerry-syria-cease-fire-near",
    ],
    pattern: differentStage,
    action: "different",
  },
  {
    name: "same-head-nothing-new",
    example:
      "A comprehensive ceasefire was the aim, and everyone welcomed the ceasefire between the two sides in the strip.",
    counterExample:
      "A ceasefire in the north was proposed after the ceasefire between the two sides in the strip.",
    support: [
      "wx-09-kerry-syria-cease-fire-near",
      "cx-05-blinken-abbas-ramallah",
      "cx-07-zelenskyy-la-repubblica-interview",
      "cx-13-sochi-trilateral-statements",
      "dx-07-kerry-colombia-congress-vote",
      "dx-13-jeddah-declaration-signed",
    ],
    // "a comprehensive ceasefire", "the written responses": the same head with nothing that
    // names another proposal is the one already named.
    pattern: ({ known, phrase }) =>
      known.phrases.some((q) => family(q.head) === family(phrase.head)) &&
      distinguishingWords(phrase).length === 0 &&
      pointCount(phrase.text) === null
        ? 1
        : null,
    action: "same",
  },
  {
    name: "shared-content-words",
    example:
      "Kyiv studied the Norwegian ceasefire plan; the Norwegian plan for a ceasefire was then revised.",
    support: [
      "wx-09-kerry-syria-cease-fire-near",
      "dx-15-perriello-travel-alps",
      "cx-01-blinken-sky-news-arabia-interview",

      "ua-17-ushakov-briefing-putin-biden",
    ],
    pattern: ({ known, phrase }) => {
      const words = wordSetOf(phrase);
      const score = similarity(known.contentWords, words);
      // Below the lower threshold nothing else can make it the same proposal.
      if (score < 0.6) return null;
      const needed = sharesHeadFamily(known, phrase) ? 0.6 : 0.8;
      const shared = [...known.contentWords].filter((w) => words.has(w));
      // One shared name ("Russia's requirements", "providing Russia with …") is not identity.
      const onlyAName =
        shared.length === 1 &&
        Math.min(known.contentWords.size, words.size) === 1 &&
        new RegExp(`\\b${shared[0]!.replace(/[^\p{L}\p{N}]/gu, ".")}`, "iu").test(phrase.text) &&
        /^\p{Lu}/u.test(phrase.text.slice(phrase.text.toLowerCase().indexOf(shared[0]!)));
      return score >= needed && hasSubstance(shared) && !onlyAName ? score : null;
    },
    action: "same",
  },
  {
    name: "three-shared-words",
    example:
      "The minister proposed assistance for the safe evacuation of foreign citizens and demanded the safe evacuation of foreign citizens from the combat areas.",
    counterExample:
      "They asked for the safe evacuation of foreign citizens; the ceasefire in the combat areas held.",
    support: ["ua-03-putin-erdogan-call", "ua-15-putin-biden-calls", "ua-19-putin-scholz-talks"],
    // Three content words in common name the same thing whatever the heads, when they are most
    // of the shorter phrase's words.
    pattern: ({ known, phrase }) => {
      const words = wordSetOf(phrase);
      const score = similarity(known.contentWords, words);
      // Below the threshold the shared words need not be listed.
      if (score < 0.6) return null;
      const shared = [...known.contentWords].filter((w) => words.has(w));
      return shared.length >= 3 && hasSubstance(shared) ? score : null;
    },
    action: "same",
  },
];

/** What cross-article identity compares: the words and wordings of a plan found so far, and a proposal of another article. */
export interface AcrossInput {
  known: { contentWords: Set<string>; phrases: ProposalPhrase[] };
  other: { contentWords: Set<string>; phrases: ProposalPhrase[] };
}
export type AcrossRule = Rule<AcrossInput, string[], "same">;

/** Each phrase's possessors, found once: the corpus merge compares every pair of proposals. */
const possessorsOfPhrase = new WeakMap<ProposalPhrase, readonly string[]>();

/** "Russia's proposals", "Biden's demands": the side a possessive names as the one who puts a proposal forward. */
function possessorsOf(phrases: ProposalPhrase[]): Set<string> {
  const sides = new Set<string>();
  for (const p of phrases) {
    let found = possessorsOfPhrase.get(p);
    if (!found) {
      found = [...p.text.toLowerCase().matchAll(/([\p{L}-]+)[’']s\b/gu)].map((m) => m[1]!);
      possessorsOfPhrase.set(p, found);
    }
    for (const side of found) sides.add(side);
  }
  return sides;
}

/**
 * The words a proposal shares with a plan of other articles, but for the side that puts it
 * forward: "Russia's proposals" in one article are not "Russia's requirements" in another, nor
 * any plan that names Russia.
 */
export function sharedBesidesSides({ known, other }: AcrossInput): string[] {
  const shared = [...other.contentWords].filter((w) => known.contentWords.has(w));
  // Most pairs share no word at all: only those that do need their sides.
  if (shared.length === 0) return shared;
  const sides = new Set([...possessorsOf(known.phrases), ...possessorsOf(other.phrases)]);
  return shared.filter((w) => !sides.has(w));
}

export const ACROSS_ARTICLE_RULES: readonly AcrossRule[] = [
  {
    name: "across-articles-shared-words",
    example:
      "Kyiv insists on the Minsk agreements, and the Minsk Agreements remain the basis of any settlement.",
    counterExample: "Russia's proposals were studied along with Russia's requirements.",
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "ua-07-normandy-format-us-role",
      "ua-21-blinken-ictv-interview",
      "wx-03-iran-talks-resume-new-york",
    ],
    // Most of the shorter one's words shared, and one of them more than the side that puts it forward.
    pattern: (input) => {
      const { known, other } = input;
      if (similarity(known.contentWords, other.contentWords) < 0.8) return null;
      const shared = sharedBesidesSides(input);
      return shared.length ? shared : null;
    },
    action: "same",
  },
];

/** What anaphora rules read: the new phrase, the sides it names, and the article's proposals so far, latest first. */
export interface AnaphorInput<P> {
  phrase: ProposalPhrase;
  /** Ids of the entities the phrase names. */
  sides: string[];
  /** Proposals named before, latest first, each with its wordings and the ids of the sides tied to it. */
  earlier: { proposal: P; sides: string[]; phrases: ProposalPhrase[] }[];
}
export type AnaphoraRule<P> = Rule<AnaphorInput<P>, P, "same">;

/** Words that mark a version as new: it is not the one named before. */
const NEW_VERSION = /\b(?:new|fresh|another|latest|revised|updated|amended|counter-?\w+)\b/i;
/** "Russia's proposals", "Washington's draft": nothing named but the side whose proposal it is. */
export function namesOnlyItsSide(phrase: ProposalPhrase): boolean {
  const possessors = possessorsOf([phrase]);
  // "Russia's new proposals", "Kyiv's revised plan": a new one, not the one named before.
  if (!possessors.size || NEW_VERSION.test(phrase.text)) return false;
  return phrase.contentWords.every((w) => possessors.has(w));
}

/** "this Framework", "the Declaration": a document head alone, capitalised, as its name is. */
export function isBareName(phrase: ProposalPhrase): boolean {
  return /^\p{Lu}/u.test(phrase.text) && phrase.text.toLowerCase() === phrase.head && !phrase.named;
}

/** The anaphora rules, generic over the stage's proposal type. */
export function anaphoraRules<P>(): readonly AnaphoraRule<P>[] {
  return [
    {
      name: "named-head-anaphor",
      example:
        "As reflected in this Trilateral Framework, the two countries declare their ambition. Successful implementation of this Framework will pave the way.",
      counterExample: "The parties agreed on a framework. The Framework will set out the measures.",
      support: ["sx-07-israel-lebanon-trilateral-framework", "sx-09-lebanon-first-pilot-zones"],
      // A capitalised head alone refers to the document last named with that head ("the Framework"
      // after "the Trilateral Framework"), in its own sentence or before.
      pattern: ({ phrase, earlier }) =>
        isBareName(phrase)
          ? (earlier.find((e) =>
              e.phrases.some((ph) => ph.named && ph.head === phrase.head && ph.end <= phrase.start),
            )?.proposal ?? null)
          : null,
      action: "same",
    },
    {
      name: "side-possessive-anaphor",
      example:
        "The envoys relayed the draft documents on security guarantees to Washington; the January 26 response to Russia's proposals followed.",
      counterExample: "The envoys then discussed Russia's proposals on arms control at length.",
      support: ["ua-17-ushakov-briefing-putin-biden", "wx-09-kerry-syria-cease-fire-near"],
      // A definite description by its side alone refers to the latest proposal tied to that side.
      // In its own sentence, a proposal around it is one it is part of ("amendments to X's proposals").
      pattern: ({ phrase, sides, earlier }) =>
        namesOnlyItsSide(phrase) && sides.length
          ? (earlier.find(
              (e) =>
                e.sides.some((s) => sides.includes(s)) &&
                e.phrases.some((ph) => ph.sentence.index < phrase.sentence.index),
            )?.proposal ?? null)
          : null,
      action: "same",
    },
  ];
}
