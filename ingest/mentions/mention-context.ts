/** What mention classification may look at around a span: the sentence, the article, the word lists. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Sentence } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { TITLE_HEADS } from "./lexicon.ts";
import type { Token } from "./spans.ts";

const CONTEXT_WINDOW = 120;
const SHOUTED_WORD = /\b\p{Lu}{3,}\b/gu;
const POSSESSIVE_END = /[’']s?$/u;

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
  LOWER_CASE_RUN.lastIndex = 0;
  for (let m = LOWER_CASE_RUN.exec(body); m; m = LOWER_CASE_RUN.exec(body)) {
    if (!followsWordCharacter(body, m.index)) {
      words.add(m[0]);
      continue;
    }
    // Inside a word ("McCain"): only a part after a hyphen starts a word of its own ("pro-war").
    const hyphen = m[0].indexOf("-");
    if (hyphen >= 0) LOWER_CASE_RUN.lastIndex = m.index + hyphen + 1;
  }
  return words;
}

const LOWER_CASE_RUN = /\p{Ll}[\p{Ll}’'-]*/gu;
const LETTER = /\p{L}/u;

/** Is the character before `at` a letter or an apostrophe (so `at` is inside a word)? */
function followsWordCharacter(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
  if (code === 0x2019) return true;
  // A letter outside the Basic Plane ends in a low surrogate: test the whole code point.
  const from = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER.test(text.slice(from, at));
}

/** One sentence's context; a class, so that a sentence costs one object and no new closures. */
class SentenceContext implements MentionContext {
  readonly isShouting: boolean;

  constructor(
    readonly body: string,
    readonly sentence: Sentence,
    readonly knowledge: Knowledge,
    readonly gazetteer: Gazetteer,
    private readonly lowerWords: Set<string>,
  ) {
    this.isShouting = countShoutedWords(sentence.text) >= 3;
  }

  // Context rules look a few words either side; a bounded window keeps anchored regexes linear.
  textBefore(t: Token): string {
    return this.body.slice(Math.max(this.sentence.start, t.start - CONTEXT_WINDOW), t.start);
  }

  textAfter(t: Token): string {
    return this.body.slice(t.end, Math.min(this.sentence.end, t.end + CONTEXT_WINDOW));
  }

  isSentenceInitialWord(t: Token): boolean {
    const w = t.text.replace(POSSESSIVE_END, "");
    if (TITLE_HEADS.has(w) || this.gazetteer.isGivenName(w)) return false;
    const lower = w.toLowerCase();
    if (this.gazetteer.countryByDemonym.has(lower) || this.gazetteer.countryByName.has(lower)) return false;
    return this.gazetteer.isCommonWord(w) || this.lowerWords.has(lower);
  }
}

function countShoutedWords(text: string): number {
  let count = 0;
  SHOUTED_WORD.lastIndex = 0;
  while (SHOUTED_WORD.exec(text) && count < 3) count++;
  return count;
}

export function createMentionContext(
  body: string,
  sentence: Sentence,
  knowledge: Knowledge,
  gazetteer: Gazetteer,
  lowerWords: Set<string>,
): MentionContext {
  return new SentenceContext(body, sentence, knowledge, gazetteer, lowerWords);
}
