/** What mention classification may look at around a span: the sentence, the article, the word lists. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Sentence } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { TITLE_HEADS } from "./lexicon.ts";
import type { Token } from "./spans.ts";

const CONTEXT_WINDOW = 120;
const SHOUTED_WORD = /\b\p{Lu}{3,}\b/gu;
const ANY_WORD = /\p{L}+/gu;
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
  // One pass over the characters: a word starts at a lower-case letter that follows no letter or
  // apostrophe, and runs over lower-case letters, apostrophes and hyphens ("pro-war", "don’t").
  const words = new Set<string>();
  let afterWordCharacter = false;
  let i = 0;
  while (i < body.length) {
    const width = charWidth(body, i);
    const kind = charKind(body, i, width);
    if (kind === "lower" && !afterWordCharacter) {
      let j = i + width;
      while (j < body.length) {
        const w = charWidth(body, j);
        const k = charKind(body, j, w);
        if (k !== "lower" && k !== "apostrophe" && k !== "hyphen") break;
        j += w;
      }
      words.add(body.slice(i, j));
      // The run ends in a letter, an apostrophe or a hyphen; only a hyphen lets a word start next.
      afterWordCharacter = body.charAt(j - 1) !== "-";
      i = j;
      continue;
    }
    afterWordCharacter = kind === "lower" || kind === "letter" || kind === "apostrophe";
    i += width;
  }
  return words;
}

type CharKind = "lower" | "letter" | "apostrophe" | "hyphen" | "other";
const LOWER_CASE_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

/** 2 for a character outside the Basic Plane (a surrogate pair), else 1. */
function charWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function charKind(text: string, at: number, width: number): CharKind {
  const code = text.charCodeAt(at);
  if (code < 128) {
    if (code >= 97 && code <= 122) return "lower";
    if (code >= 65 && code <= 90) return "letter";
    if (code === 39) return "apostrophe";
    return code === 45 ? "hyphen" : "other";
  }
  if (code === 0x2019) return "apostrophe";
  const char = text.slice(at, at + width);
  if (LOWER_CASE_LETTER.test(char)) return "lower";
  return LETTER.test(char) ? "letter" : "other";
}

/** One sentence's context; a class, so that a sentence costs one object and no new closures. */
class SentenceContext implements MentionContext {
  private shouting: boolean | undefined;

  constructor(
    readonly body: string,
    readonly sentence: Sentence,
    readonly knowledge: Knowledge,
    readonly gazetteer: Gazetteer,
    private readonly lowerWords: Set<string>,
  ) {}

  // Read only when an acronym is classified: most sentences never ask, and need no scan.
  get isShouting(): boolean {
    this.shouting ??= isShoutedText(this.sentence.text);
    return this.shouting;
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

/**
 * A headline in capitals: three words in capitals or more, and they are at least half its words.
 * A transcript's speaker label ("SECRETARY BLINKEN: … NATO, the G7 …") leaves the rest of the
 * sentence in ordinary case, and its acronyms are still names.
 */
export function isShoutedText(text: string): boolean {
  const shouted = text.match(SHOUTED_WORD)?.length ?? 0;
  if (shouted < 3) return false;
  const words = text.match(ANY_WORD)?.length ?? 0;
  return shouted * 2 >= words;
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
