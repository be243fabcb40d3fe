/**
 * Where a proposal phrase begins and ends around a word that heads it: extended left over
 * modifiers ("the 28-point peace plan") and right over "of/for/on …" complements ("proposals
 * for a ceasefire on the Black Sea"). The candidate rules (rules/candidates.ts) say where the
 * heads are; this module only measures the phrase.
 */
import type { Token } from "../annotate/index.ts";
import { wordTags } from "../knowledge/word-tags.ts";
import type { Sentence } from "../types.ts";

export interface ProposalPhrase {
  /** The phrase without leading determiners. */
  text: string;
  head: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** Content words other than the head and generic words: what tells this proposal apart. */
  contentWords: string[];
  /** The candidate rule that found it. */
  rule: string;
  /** True when the phrase is one term of a list of a plan's or demand's terms. */
  term?: boolean;
  /** True when a verb heads the phrase ("resume commercial flights"), not a noun. */
  verbal?: boolean;
  /** True when the phrase is a document's capitalised name ("Trilateral Framework"). */
  named?: boolean;
}

/** The sentence's text before the phrase. */
export const textBefore = (phrase: ProposalPhrase): string =>
  phrase.sentence.text.slice(0, phrase.start - phrase.sentence.start);

/** The sentence's text after the phrase. */
export const textAfter = (phrase: ProposalPhrase): string =>
  phrase.sentence.text.slice(phrase.end - phrase.sentence.start);

/** Words that end a noun phrase going left (determiners, prepositions, verbs, conjunctions). */
const LEFT_STOP = new Set(
  (
    "the a an this that these those its his her their our your my any no some every each another of in on at for with by from to into " +
    "about over under between after before during is was were be been are has have had will would said says and or but which who " +
    "as than then when while if not also new towards toward against regarding concerning including like per via upon within without " +
    "across through beyond despite among amid forward instead yet already still just only even clearly such namely specifically " +
    // Object pronouns and question words never modify a proposal ("give us certain conditions").
    "us them him me you it we they i he she what how whether why where now"
  ).split(" "),
);
/** Generic words that say nothing about which proposal is meant. */
const GENERIC = new Set(
  (
    "anything nothing something everything anyone everyone issues issue matters matter " +
    "plan plans proposal proposals draft drafts framework term sheet sheets demand demands agreement agreements deal terms points " +
    "document documents paper papers offer offers package initiative conditions requirements outline understanding new the a an of " +
    "for on to in and with its their his her this that these those further several other previous latest earlier first second " +
    // "today’s deal": a deictic time names no content.
    "today yesterday tomorrow tonight"
  ).split(" "),
);
const MAX_LEFT = 4;
/** How far left a capitalised name before the head may reach. */
const MAX_NAME_LEFT = 12;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Lower-case words inside a capitalised name ("Declaration of Commitment", "Peace in the Region"). */
const NAME_CONNECTOR = /^(of|for|and|in|on)$/;
/** Participles that modify a proposal noun ("the updated framework", "a leaked draft"). */
const MODIFIER_PARTICIPLE =
  /^(updated|revised|amended|proposed|refined|modified|reworked|improved|expanded|detailed|leaked|signed|negotiated|brokered|coordinated|agreed|rejected|accepted)$/i;
const MAX_RIGHT = 9;

const lexicon = wordTags();
const VERB_TAGS = /Copula|PastTense|PresentTense|Infinitive|Modal|Auxiliary|PhrasalVerb/;

function tagsOf(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return !tags ? [] : typeof tags === "string" ? [tags] : tags;
}

/** A fact about a word remembered by its spelling: the lexicon is asked for the same words again and again. */
function memoByWord(compute: (word: string) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      if (known.size > 50_000) known.clear();
      known.set(word, value);
    }
    return value;
  };
}

/** True when compromise's lexicon knows the word as a verb form. */
export const isVerbish = memoByWord((word) => tagsOf(word).some((t) => VERB_TAGS.test(t)));

/** Words with offsets; "600,000" is one word. */
const WORD = /\d{1,3}(?:,\d{3})+|[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

export interface Word {
  w: string;
  i: number;
}

export function wordsWithOffsets(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ w: m[0], i: m.index });
  return words;
}

/** A sentence's words, split once: every candidate rule measures phrases over the same words. */
const wordsBySentence = new WeakMap<Sentence, readonly Word[]>();
export function sentenceWords(sentence: Sentence): readonly Word[] {
  let words = wordsBySentence.get(sentence);
  if (!words) {
    words = wordsWithOffsets(sentence.text);
    wordsBySentence.set(sentence, words);
  }
  return words;
}

/** A sentence's tokens by start offset, indexed once per token list. */
const tokensByStart = new WeakMap<readonly Token[], Map<number, Token>>();
function tokenStartingAt(tokens: readonly Token[], at: number): Token | undefined {
  let index = tokensByStart.get(tokens);
  if (!index) {
    index = new Map();
    // The first token at an offset wins, as a search from the left would find it.
    for (const t of tokens) if (!index.has(t.start)) index.set(t.start, t);
    tokensByStart.set(tokens, index);
  }
  return index.get(at);
}

const ADJECTIVE_TAGS = /Adjective|Adverb|Comparative|Superlative|Determiner|Value|Ordinal|Cardinal/;
/** True when a phrase has a word that names a thing (a noun, a name, a number), not just qualities ("great deal"). */
export function hasSubstance(words: string[]): boolean {
  return words.some(namesAThing);
}
const namesAThing = memoByWord((w) => {
  if (/\d/.test(w)) return true;
  const tags = tagsOf(w);
  if (!tags.length)
    return /^\p{Lu}/u.test(w) || !/(al|ive|ous|ful|less|ic|ary|ible|able|ant|ent|ly|ed)$/.test(w);
  return !tags.every((t) => ADJECTIVE_TAGS.test(t));
});

const POSSESSIVE_S = /[’']s$/;
/** The content words of a phrase, folded, without generic and stop words. */
export function contentWordsOf(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0].replace(POSSESSIVE_S, "");
    if (!GENERIC.has(w) && !LEFT_STOP.has(w) && w.length > 1) out.push(w);
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return LEFT_STOP.has(word.toLowerCase());
}

const RELATIONAL_HEAD = /^(amendments?|reform|revision|counter-?proposals?|responses?)$/i;
const WHEN_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|last|next|this|that)$/i;
/** Time words end a phrase: "a peace agreement for the country this afternoon". */
const TIME_STOP =
  /^(this|last|next|yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|(?:19|20)\d\d)$/;
const COMPLEMENT_PREPOSITION = /^(of|for|on|to|with|against|between|from)$/i;
const RIGHT_STOP =
  /^(that|which|who|whom|whose|was|were|is|are|has|had|have|will|would|but|as|after|before|because|while|when|if|than|how|what|whether|why|where)$/;

/**
 * The phrase around the head that spans `headStart`–`headEnd` of the sentence text.
 * `complements` false keeps the phrase to its modifiers and head ("the Minsk agreements").
 */
export function phraseAround(
  sentence: Sentence,
  tokens: readonly Token[],
  headStart: number,
  headEnd: number,
  rule: string,
  complements = true,
): ProposalPhrase | null {
  const text = sentence.text;
  const words = sentenceWords(sentence);
  const head = text.slice(headStart, headEnd);
  // The tagger's part of speech of a word, where a token starts at it.
  const posOf = (word: Word): string | undefined => tokenStartingAt(tokens, sentence.start + word.i)?.pos;
  const isVerb = (word: Word): boolean => {
    // "cease-fire", "follow-up": a hyphenated compound is no verb for its first part's tag.
    if (word.w.includes("-")) return isVerbish(word.w);
    const pos = posOf(word);
    return pos ? pos === "VERB" || pos === "AUX" : isVerbish(word.w);
  };
  const headIdx = words.findIndex((x) => x.i + x.w.length > headStart);
  if (headIdx < 0) return null;
  // Left: modifiers up to a stop word or punctuation.
  let left = headIdx;
  const capitalised = (word: Word | undefined): boolean => !!word && /^\p{Lu}/u.test(word.w);
  // A capitalised name may be longer than other modifiers ("Aligned for Relief and Peace in X initiative").
  while (
    left > 0 &&
    (headIdx - left < MAX_LEFT || (capitalised(words[left]) && headIdx - left < MAX_NAME_LEFT))
  ) {
    const prev = words[left - 1]!;
    const between = text.slice(prev.i + prev.w.length, words[left]!.i);
    // "(ARP) initiative": an acronym in brackets inside a name.
    const bracketed =
      (/^\)\s+$/.test(between) && ACRONYM.test(prev.w)) ||
      (/^\s+\($/.test(between) && ACRONYM.test(words[left]!.w) && capitalised(prev));
    if (!/^\s+$/.test(between) && !bracketed) break;
    const lw = prev.w.toLowerCase();
    // "updated and refined peace framework": two modifiers joined by "and" stay in the phrase.
    const before = words[left - 2];
    // "the peace and security agreement": two nouns joined by "and" before a proposal noun, too
    // (not "travel and lifting sanctions": a gerund starts an item of its own).
    if (
      lw === "and" &&
      left < headIdx &&
      before &&
      ((/(ed|al|ive|ic|ary)$/i.test(before.w) && /(ed|al|ive|ic|ary)$/i.test(words[left]!.w)) ||
        (left === headIdx - 1 &&
          rule === "head-noun-phrase" &&
          !/ing$/i.test(words[left]!.w) &&
          posOf(before) === "NOUN" &&
          posOf(words[left]!) === "NOUN" &&
          /^\s+$/.test(text.slice(before.i + before.w.length, prev.i))))
    ) {
      left -= 2;
      continue;
    }
    // "Cessation of Hostilities Agreement", "Package of Measures": "of" inside a capitalised name.
    if (
      NAME_CONNECTOR.test(lw) &&
      before &&
      /^\p{Lu}/u.test(before.w) &&
      /^\p{Lu}/u.test(words[left]!.w) &&
      /^\s+$/.test(text.slice(before.i + before.w.length, prev.i)) &&
      !isStopWord(before.w)
    ) {
      left -= 2;
      continue;
    }
    // "the updated framework", "a proposed deal": a participle before the head modifies it.
    // "the member rejected Russia's draft": after a common noun the participle is its verb.
    const clauseVerb = !!before && posOf(prev) === "VERB" && posOf(before) === "NOUN";
    const participle = posOf(prev) === "ADJ" || (MODIFIER_PARTICIPLE.test(prev.w) && !clauseVerb);
    if (LEFT_STOP.has(lw) || (isVerb(prev) && !participle && !/^\p{Lu}/u.test(prev.w))) break;
    left--;
  }
  // Right: "of/for/on/to/with ..." complements, up to a verb, relative pronoun or punctuation.
  const headWords = head.split(/\s+/).length;
  let right = headIdx + headWords - 1;
  // A relational head ("amendments to X", "a reform of X") leaves X as a proposal of its own.
  const relational = RELATIONAL_HEAD.test(head);
  const complementStart = words[right + 2]?.w ?? "";
  const isWhen = WHEN_WORD.test(complementStart);
  // "implement the Framework to a successful conclusion": after a name's head, "to" and a
  // lower-case word say where it goes, not which document it is ("Declaration … to Protect" is).
  const nameThenTo =
    /^\p{Lu}/u.test(head) &&
    /^to$/i.test(words[right + 1]?.w ?? "") &&
    /^\p{Ll}/u.test(
      [words[right + 2], words[right + 3]].find((x) => x && !/^(the|a|an)$/i.test(x.w))?.w ?? "",
    );
  if (
    complements &&
    !relational &&
    !isWhen &&
    !nameThenTo &&
    COMPLEMENT_PREPOSITION.test(words[right + 1]?.w ?? "")
  ) {
    let k = right + 1;
    let quoted = false;
    let verbComplement = false;
    while (k < words.length && k - right <= MAX_RIGHT) {
      const cur = words[k]!;
      const between = text.slice(words[k - 1]!.i + words[k - 1]!.w.length, cur.i);
      // Quotation marks around a name inside the phrase ("150 «Boeing» aircraft") do not end it.
      if (/^\s+[«“]$/.test(between)) quoted = true;
      else if (quoted && /^[»”]\s+$/.test(between)) quoted = false;
      else if (!/^\s+$/.test(between)) break;
      const lw = cur.w.toLowerCase();
      if (RIGHT_STOP.test(lw) || TIME_STOP.test(lw)) break;
      // "proposals for ending the war": a gerund right after the preposition is the complement.
      // "plans to start sharing data": an infinitive and the gerund after it are complements too.
      const gerundComplement: boolean =
        (k === right + 2 && (/^\p{Ll}{3,}ing$/u.test(cur.w) || /^to$/i.test(words[right + 1]?.w ?? ""))) ||
        (verbComplement && /^\p{Ll}{3,}ing$/u.test(cur.w));
      verbComplement = gerundComplement && isVerb(cur);
      if (
        !gerundComplement &&
        isVerb(cur) &&
        !/^(of|for|on|to|in|the|a|an)$/.test(lw) &&
        !/^\p{Lu}/u.test(cur.w)
      )
        break;
      k++;
    }
    // Never end on a preposition or determiner.
    while (k - 1 > right + 1 && /^(of|for|on|to|in|the|a|an|and|with|by|at|from)$/i.test(words[k - 1]!.w))
      k--;
    if (k - 1 > right + 1) right = k - 1;
  }
  // "Resolution 2231": a number right after a capitalised head is part of its name.
  const numbered = words[right + 1];
  if (
    right === headIdx + headWords - 1 &&
    /^\p{Lu}/u.test(head) &&
    numbered &&
    /^\d+$/.test(numbered.w) &&
    /^\s+$/.test(text.slice(words[right]!.i + words[right]!.w.length, numbered.i))
  )
    right++;
  const start = words[left]!.i;
  const endWord = words[right]!;
  const end = Math.max(headEnd, endWord.i + endWord.w.length);
  const phrase = text.slice(start, end);
  return {
    text: phrase,
    head: head.toLowerCase(),
    start: sentence.start + start,
    end: sentence.start + end,
    sentence,
    contentWords: contentWordsOf(phrase),
    rule,
  };
}
