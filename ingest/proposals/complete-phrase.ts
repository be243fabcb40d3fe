/**
 * A proposal names a thing, so its phrase ends on a noun. The candidate rules measure phrases
 * by word counts and stop words; where that leaves a phrase ending on a modifier ("providing
 * the country with long-term", "a ceasefire of up to approximately ten", "attacks against
 * civilian"), the noun it modifies follows: the phrase is carried on to it, over further
 * modifiers and coordinated ones ("long-term and legally binding security guarantees"). With no
 * noun close after, the phrase is cut back to its last noun ("reconstruction of the city and also").
 */
import type { Token } from "../annotate/index.ts";
import { contentWordsOf, type ProposalPhrase } from "./phrase-extent.ts";

/** Tokens that end a noun phrase: its head and the names and numbers that can close it. */
const NOMINAL = new Set(["NOUN", "PROPN"]);
/** Tokens that may stand between a dangling modifier and its noun. */
const MODIFIER = new Set(["ADJ", "ADV", "NUM", "NOUN", "PROPN"]);
/** How many tokens the phrase may be carried on to reach its noun. */
const MAX_CARRY = 6;

const isHyphen = (t: Token | undefined): boolean => !!t && /^[-‐‑]$/.test(t.text);
const isConjunction = (t: Token | undefined): boolean => !!t && /^(and|or)$/i.test(t.text);

/** The index just after the last noun of a run of modifiers from `from`, or -1. */
function nounAhead(tokens: readonly Token[], from: number): number {
  let lastNoun = -1;
  for (let k = from; k < tokens.length && k - from < MAX_CARRY; k++) {
    const t = tokens[k]!;
    const joined = isHyphen(t) && tokens[k + 1] && tokens[k + 1]!.start === t.end;
    if (!MODIFIER.has(t.pos) && !joined && !(isConjunction(t) && lastNoun < 0)) break;
    if (NOMINAL.has(t.pos)) lastNoun = k + 1;
    // A noun followed by a preposition or verb closes the phrase: stop at the first one.
    else if (lastNoun >= 0) break;
  }
  return lastNoun;
}

/** The phrase carried on to, or cut back to, the noun that ends it; unchanged when it already ends on one. */
export function completePhrase(phrase: ProposalPhrase, tokens: readonly Token[]): ProposalPhrase {
  const inside = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
  const last = inside.at(-1);
  if (!last || inside.length < 2) return phrase;
  const next = tokens.findIndex((t) => t.start >= phrase.end);
  const after = next >= 0 ? tokens[next] : undefined;
  // "long-term and legally binding guarantees": a modifier coordinated with the next one.
  const compoundModifier = isHyphen(inside.at(-2)) && isConjunction(after);
  const dangling = !NOMINAL.has(last.pos) || compoundModifier;
  if (!dangling) return phrase;
  const text = phrase.sentence.text;
  const rebuilt = (start: number, end: number): ProposalPhrase => {
    const phraseText = text.slice(start - phrase.sentence.start, end - phrase.sentence.start);
    return { ...phrase, text: phraseText, end, contentWords: contentWordsOf(phraseText) };
  };
  if (
    next >= 0 &&
    after &&
    after.start - phrase.end <= 1 &&
    (MODIFIER.has(after.pos) || isConjunction(after))
  ) {
    const end = nounAhead(tokens, next);
    if (end > 0) return rebuilt(phrase.start, tokens[end - 1]!.end);
  }
  // No noun follows: back to the phrase's own last noun, if it keeps more than the first word.
  const lastNoun = inside.findLastIndex((t) => NOMINAL.has(t.pos));
  if (lastNoun >= 1 && !compoundModifier) return rebuilt(phrase.start, inside[lastNoun]!.end);
  return phrase;
}
