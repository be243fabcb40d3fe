/**
 * Is an action phrase ("the lifting of sanctions", "releasing detainees") the object of a
 * proposing expression? A nominalised action or a gerund names a proposal only when someone
 * calls for it, offers it, agrees on it or lists it as a term ("require the lifting of …",
 * "wants to settle the issue of returning to …", "initiatives with regards to non-expansion
 * of …"); the same words as a subject or a comment ("the mismanagement of the economy",
 * "frustration with the failure of …") name no proposal. The governor is a verb or noun of
 * proposing (ingest/knowledge/proposal-words.yaml, `governors`) that ends shortly before the
 * phrase, with only the rest of a noun phrase between them: no other verb (save one
 * infinitive the governor controls: "ready to provide …"), no clause boundary.
 */
import type { Token } from "../../annotate/index.ts";
import type { Sentence } from "../../types.ts";
import { GOVERNORS } from "./words.ts";

/** How many tokens may stand between the governor and the phrase. */
const MAX_GAP = 10;
/** Words that open another clause: the phrase after them is not the governor's object. */
const CLAUSE_OPENER =
  /^(that|which|who|whom|whose|because|while|when|if|but|although|though|whether|where)$/i;

/**
 * Words after which the phrase is no longer what is asked: a negation ("urge them not to use
 * repression") or a preposition of time that opens an adjunct ("ready to turn the page after
 * years of confrontation").
 */
const NOT_THE_OBJECT = /^(not|never|no|after|before|during|since|despite|until|amid)$/i;
const OBJECT_PUNCTUATION = /^[,:“”"«»‘’'–—-]$/;

/** Sentence-relative offsets where a governor ends. */
const governorEndsBySentence = new WeakMap<Sentence, number[]>();
function governorEnds(sentence: Sentence): number[] {
  let ends = governorEndsBySentence.get(sentence);
  if (!ends) {
    ends = [...sentence.text.matchAll(GOVERNORS)].map((m) => (m.index ?? 0) + m[0].length);
    governorEndsBySentence.set(sentence, ends);
  }
  return ends;
}

/**
 * Where the first governor of the sentence ends (sentence-relative), or null when it has none:
 * nothing before that offset can be governed, so rules skip it without measuring a phrase.
 */
export function firstGovernorEnd(sentence: Sentence): number | null {
  const ends = governorEnds(sentence);
  return ends.length ? Math.min(...ends) : null;
}

/** True when the tokens between a governor and the phrase are the rest of a noun phrase. */
function isObjectGap(gap: readonly Token[]): boolean {
  if (gap.length > MAX_GAP) return false;
  let infinitiveAllowed = true;
  for (const [k, token] of gap.entries()) {
    // "demand that the neighbour retain …": right after the governor, "that" opens what is wanted.
    if (k === 0 && token.text.toLowerCase() === "that") continue;
    if (CLAUSE_OPENER.test(token.text) || NOT_THE_OBJECT.test(token.text)) return false;
    // Quotation marks, a colon or a dash introduce the object ("discussed: the purchase of …").
    if (token.pos === "PUNCT" && !OBJECT_PUNCTUATION.test(token.text)) return false;
    if (token.pos === "SCONJ") return false;
    // "developing the agreements, and then organising the format": after a comma, a conjunction
    // coordinates a new item with the governor's phrase; what follows is not its object.
    if (token.pos === "CCONJ" && gap[k - 1]?.text === ",") return false;
    if (token.pos === "VERB" || token.pos === "AUX") {
      // "ready to provide …", "the possibility of holding …": one verb the governor controls.
      const previous = gap[k - 1]?.text.toLowerCase();
      const controlled = infinitiveAllowed && (k === 0 || previous === "to" || gap[0]?.text === "that");
      if (!controlled) return false;
      infinitiveAllowed = false;
    }
  }
  return true;
}

/**
 * True when the phrase starting at `start` (document offset) is the object of a proposing
 * expression in its sentence, or continues a list whose earlier item is (`listed`: the
 * document offsets where earlier accepted phrases end).
 */
export function isGoverned(
  sentence: Sentence,
  tokens: readonly Token[],
  start: number,
  listed: readonly number[] = [],
): boolean {
  const relative = start - sentence.start;
  const before = tokens.filter((t) => t.end <= start);
  for (const end of governorEnds(sentence)) {
    if (end > relative) continue;
    const gap = before.filter((t) => t.start >= sentence.start + end);
    if (isObjectGap(gap)) return true;
  }
  // "the release of prisoners and the creation of …": the next item of a governed list.
  return listed.some((end) => {
    if (end > start) return false;
    const between = sentence.text.slice(end - sentence.start, relative);
    return /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?$/i.test(between);
  });
}
