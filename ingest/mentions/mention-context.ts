/** What mention classification may look at around a span: the sentence, the article, the word lists. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Sentence } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { TITLE_HEADS } from "./lexicon.ts";
import type { Token } from "./spans.ts";

const CONTEXT_WINDOW = 120;

export interface MentionContext {
  body: string;
  sentence: Sentence;
  knowledge: Knowledge;
  gazetteer: Gazetteer;
  /** Sentence text before the token. */
  textBefore(t: Token): string;
  /** Sentence text after the token. */
  textAfter(t: Token): string;
  /** True in an all-capitals headline, where capitals say nothing about acronyms. */
  isShouting: boolean;
  /** True for a capitalised sentence-initial word that is ordinary vocabulary, not a name. */
  isSentenceInitialWord(t: Token): boolean;
}

/** Words the article also writes in lower case: capitalised at a sentence start they are not names. */
export function lowerCaseWords(body: string): Set<string> {
  const words = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}’'])[\p{Ll}][\p{Ll}’'-]*/gu)) words.add(m[0]);
  return words;
}

export function createMentionContext(
  body: string,
  sentence: Sentence,
  knowledge: Knowledge,
  gazetteer: Gazetteer,
  lowerWords: Set<string>,
): MentionContext {
  return {
    body,
    sentence,
    knowledge,
    gazetteer,
    isShouting: (sentence.text.match(/\b\p{Lu}{3,}\b/gu) ?? []).length >= 3,
    // Context rules look a few words either side; a bounded window keeps anchored regexes linear.
    textBefore: (t) => body.slice(Math.max(sentence.start, t.start - CONTEXT_WINDOW), t.start),
    textAfter: (t) => body.slice(t.end, Math.min(sentence.end, t.end + CONTEXT_WINDOW)),
    isSentenceInitialWord: (t) => {
      const w = t.text.replace(/[’']s?$/u, "");
      if (TITLE_HEADS.has(w) || gazetteer.isGivenName(w)) return false;
      if (gazetteer.countryByDemonym.has(w.toLowerCase()) || gazetteer.countryByName.has(w.toLowerCase()))
        return false;
      const lower = w.toLowerCase();
      return gazetteer.isCommonWord(w) || lowerWords.has(lower);
    },
  };
}
