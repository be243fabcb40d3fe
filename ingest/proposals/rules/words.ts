/** The proposal rules' word lists (ingest/knowledge/proposal-words.yaml), compiled once. */
import { getProposalWords, patternsRegExp, wordsPattern, wordsRegExp } from "../../knowledge/word-lists.ts";

const words = getProposalWords();

/** A word list as a set of lower-case words. */
const lowerCased = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

/** "N-point" plans are heads too, whatever N is. */
export const HEAD_RE = new RegExp(`\\b(?:\\d+-point \\w+|${wordsPattern(words.heads)})\\b`, "gi");
export const NAMED_ONLY_HEAD = wordsRegExp(words.namedOnlyHeads);
export const NOMINAL_RE = new RegExp(
  `\\b(?:\\p{Ll}+(?:${wordsPattern(words.nominalEndings)})|${wordsPattern(words.nominalActions)})\\b(?=\\s+(?:of|for|on|to|with|in|from|against)\\b)`,
  "giu",
);
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
/** "which will mean the", "due to": what follows is a cause or a consequence. */
export const AFTER_CAUSAL = new RegExp(
  `\\b(?:${wordsPattern(words.causalConnectives)})\\s+(?:(?:the|a|an)\\s+)?$`,
  "i",
);
export const REMEDY_HEADS = lowerCased(words.remedyHeads);
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
export const TERM_VERBS = patternsRegExp(words.termVerbs);

/** True for "-ing" words that name an action ("restoring", "rolling"), not a thing or a process ("meeting", "discussing"). */
export function isGerund(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{L}{3,}ing$/u.test(w) && !PROCESS_GERUNDS.has(w);
}

/** Nouns before "such as", "including" that make the list a list of terms ("concerns such as …"). */
export const TERM_LIST_TOPIC = wordsRegExp(words.termListTopics);
