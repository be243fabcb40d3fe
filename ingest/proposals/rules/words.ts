/** The proposal rules' word lists (ingest/knowledge/proposal-words.yaml), compiled once. */
import { getProposalWords, patternsRegExp, wordsPattern, wordsRegExp } from "../../knowledge/word-lists.ts";

const words = getProposalWords();

/** A word list as a set of lower-case words. */
const lowerCased = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

/** "N-point" plans are heads too, whatever N is. */
export const HEAD_RE = new RegExp(`\\b(?:\\d+-point \\w+|${wordsPattern(words.heads)})\\b`, "gi");
export const NAMED_ONLY_HEAD = wordsRegExp(words.namedOnlyHeads);
/** A document head capitalised, as in a name ("Framework", "Annex"): matched case-sensitively. */
export const DOCUMENT_HEAD = new RegExp(
  `(?<![\\p{L}-])(?:${words.documentHeads.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")})(?![\\p{L}-])`,
  "gu",
);
/** A nominalised action: a word with a nominal ending, or a listed action of diplomacy. */
const NOMINAL_WORD = `\\b(?:\\p{Ll}+(?:${wordsPattern(words.nominalEndings)})|${wordsPattern(words.nominalActions)})\\b`;
/** The complement a nominal needs after it ("the withdrawal of", "a ban on"). */
const NOMINAL_COMPLEMENT = "(?:of|for|on|to|with|in|from|against)\\b";
export const NOMINAL_RE = new RegExp(`${NOMINAL_WORD}(?=\\s+${NOMINAL_COMPLEMENT})`, "giu");
/** NOMINAL_RE anchored where it is tried (sticky), and the white space before a complement. */
const NOMINAL_AT = new RegExp(NOMINAL_RE.source, "iuy");
const BEFORE_COMPLEMENT = new RegExp(`\\s+(?=${NOMINAL_COMPLEMENT})`, "giu");
/** The nominal word never spans white space unless a listed word has a space in it. */
const NOMINAL_IN_ONE_WORD = ![...words.nominalEndings, ...words.nominalActions].some((w) => /\s/u.test(w));

/**
 * Where NOMINAL_RE matches in a text, the matches `matchAll` finds, found faster. A match ends
 * where white space before a complement starts and never spans white space, so only the word
 * before each such space is tried, from its left, as the scan from the left would try it; the
 * word-list alternation is not run at every word of the sentence.
 */
export function findNominals(text: string): { word: string; at: number }[] {
  if (!NOMINAL_IN_ONE_WORD) return [...text.matchAll(NOMINAL_RE)].map((m) => ({ word: m[0], at: m.index }));
  const out: { word: string; at: number }[] = [];
  for (const space of text.matchAll(BEFORE_COMPLEMENT)) {
    const end = space.index;
    let from = end;
    while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
    for (let at = from; at < end; at++) {
      // A scan in Unicode mode never starts inside a surrogate pair.
      if (at > from && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1)))
        continue;
      NOMINAL_AT.lastIndex = at;
      const m = NOMINAL_AT.exec(text);
      if (m) {
        out.push({ word: m[0], at });
        break;
      }
    }
  }
  return out;
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
export const GENERIC_NOMINALS = lowerCased(words.genericNominals);
export const PROCESS_GERUNDS = lowerCased(words.processGerunds);
export const EVENT_NOUNS = lowerCased(words.eventNouns);
export const VAGUE_PHRASE = wordsRegExp(words.vaguePhrases);
export const RELATIONSHIP_NOUNS = lowerCased(words.relationshipNouns);
export const COOPERATION_NOUNS = lowerCased(words.cooperationNouns);
export const RELATIONSHIP_AIMS = lowerCased(words.relationshipAims);
/** "in terms of", "in exchange for": the idiom's noun (its last word but one) is the first group. */
export const PREPOSITIONAL_IDIOMS = words.prepositionalIdioms.map((idiom) => {
  const parts = idiom.split(/\s+/);
  const noun = parts.at(-2)!;
  return new RegExp(`\\b${parts.slice(0, -2).join("\\s+")}\\s+(${noun})\\s+${parts.at(-1)!}\\b`, "gid");
});
/** Any of the idioms: a sentence without a match has no idiom's noun in it. */
export const ANY_PREPOSITIONAL_IDIOM = new RegExp(
  PREPOSITIONAL_IDIOMS.map((r) => `(?:${r.source})`).join("|"),
  "i",
);
/** "which will mean the", "due to": what follows is a cause or a consequence. */
export const AFTER_CAUSAL = new RegExp(
  `\\b(?:${wordsPattern(words.causalConnectives)})\\s+(?:(?:the|a|an)\\s+)?$`,
  "i",
);
/** A causal connective anywhere: a sentence without one has no phrase AFTER_CAUSAL holds for. */
export const CAUSAL_CONNECTIVE = new RegExp(`\\b(?:${wordsPattern(words.causalConnectives)})\\s+`, "i");
export const REMEDY_HEADS = lowerCased(words.remedyHeads);
export const REMEDY_GERUNDS = lowerCased(words.remedyGerunds);
export const PROBLEM_NOUNS = lowerCased(words.problemNouns);
export const COMPLEMENT_HEADS = lowerCased(words.complementHeads);
export const PROPOSAL_CONTEXT = patternsRegExp(words.proposalContext);
/** Verbs and nouns of proposing that govern an action phrase (rules/governor.ts). */
export const GOVERNORS = patternsRegExp(words.governors, "gi");
/** Verbs by which someone asks another side to act ("urge the parties to …"). */
export const ASKING_VERBS = patternsRegExp(words.askingVerbs, "gi");
export const VAGUE_VERBS = lowerCased(words.vagueVerbs);
export const PROPOSING_VERBS = patternsRegExp(words.proposingVerbs);
export const TERM_LIST_OPENER = new RegExp(
  `(?:,|\\s)\\s*(?:${wordsPattern(words.termListOpeners)})\\b[:,]?\\s+`,
  "gi",
);
/** "only if", "unless": the clause after states a condition, that is a demand. */
export const CONDITION_OPENER = new RegExp(
  `\\b(?:${wordsPattern(words.conditionOpeners)}|${patternsRegExp(words.splitConditionOpeners).source})\\s+`,
  "gi",
);

/** True for "-ing" words that name an action ("restoring", "rolling"), not a thing or a process ("meeting", "discussing"). */
export function isGerund(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{L}{3,}ing$/u.test(w) && !PROCESS_GERUNDS.has(w);
}

/** Nouns before "such as", "including" that make the list a list of terms ("concerns such as …"). */
export const TERM_LIST_TOPIC = wordsRegExp(words.termListTopics);
