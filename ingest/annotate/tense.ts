/** The grammatical tense of a stretch of tokens, from auxiliaries and verb forms. */
import type { Tense, Token } from "./types.ts";

const FUTURE_WORDS = new Set([
  "will",
  "shall",
  "’ll",
  "'ll",
  "upcoming",
  "scheduled",
  "planned",
  "expected",
  "due",
]);
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did", "went"]);

/** Future when a future marker appears, else past when a verb is in a past form, else present. */
export function tenseOf(tokens: Token[], from: number, to: number): Tense {
  let past = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const word = t.text.toLowerCase();
    if (FUTURE_WORDS.has(word)) return "future";
    if (t.pos === "AUX" && PAST_AUXILIARIES.has(word)) past = true;
    // "met" (meet), "held" (hold), "discussed" (discuss): a verb form that is not its lemma, an -s or an -ing form.
    else if (t.pos === "VERB" && word !== t.lemma && !/(s|ing)$/.test(word)) past = true;
  }
  return past ? "past" : "present";
}
