/**
 * Noun phrases that name proposals: "the 28-point peace plan", "Ukrainian proposals for a
 * ceasefire on the Black Sea", "a US term sheet". Found around a head noun, extended left
 * over modifiers and right over "of/for/on ..." complements.
 */
import nlp from "compromise";
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
}

const HEADS =
  "plan|plans|proposal|proposals|counter-proposal|counterproposal|draft|drafts|framework|term sheet|term sheets|demand|demands|ceasefire|cease-fire|truce|armistice|moratorium|offer|offers|agreement|agreements|deal|treaty|memorandum|initiative|roadmap|road map|formula|settlement|package|accords?|guarantee|guarantees|concession|concessions|pledge|ultimatum|conditions|preconditions|requirements|terms|points|blueprint|communiqué|communique|outline|understanding";
const HEAD_RE = new RegExp(`\\b(${HEADS})\\b`, "gi");

/** Words that end a noun phrase going left (determiners, prepositions, verbs, conjunctions). */
const LEFT_STOP = new Set(
  ("the a an this that these those its his her their our your my any no some every each another of in on at for with by from to into " +
    "about over under between after before during is was were be been are has have had will would said says and or but which who " +
    "as than then when while if not also new").split(" "),
);
/** Generic words that say nothing about which proposal is meant. */
const GENERIC = new Set(
  ("plan plans proposal proposals draft drafts framework term sheet sheets demand demands agreement agreements deal terms points " +
    "document documents paper papers offer offers package initiative conditions requirements outline understanding new the a an of " +
    "for on to in and with its their his her this that these those further several other previous latest earlier first second").split(" "),
);
const MAX_LEFT = 4;
const MAX_RIGHT = 9;

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
const VERB_TAGS = /Copula|PastTense|PresentTense|Infinitive|Modal|Auxiliary|PhrasalVerb/;

function isVerbish(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  if (!tags) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => VERB_TAGS.test(t));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'\-]*/gu;

function wordsWithOffsets(text: string): { w: string; i: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], i: m.index ?? 0 }));
}

/** The content words of a phrase, folded, without generic and stop words. */
export function contentWordsOf(text: string): string[] {
  return wordsWithOffsets(text.toLowerCase())
    .map((x) => x.w.replace(/[’']s$/, ""))
    .filter((w) => !GENERIC.has(w) && !LEFT_STOP.has(w) && w.length > 1);
}

/** Finds proposal phrases in a sentence. */
export function findProposalPhrases(sentence: Sentence): ProposalPhrase[] {
  const text = sentence.text;
  const words = wordsWithOffsets(text);
  const phrases: ProposalPhrase[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    const headStart = m.index ?? 0;
    const headEnd = headStart + m[0].length;
    const headIdx = words.findIndex((x) => x.i >= headStart);
    if (headIdx < 0) continue;
    // Left: modifiers up to a stop word or punctuation.
    let left = headIdx;
    while (left > 0 && headIdx - left < MAX_LEFT) {
      const prev = words[left - 1]!;
      const between = text.slice(prev.i + prev.w.length, words[left]!.i);
      if (!/^\s+$/.test(between)) break;
      const lw = prev.w.toLowerCase();
      if (LEFT_STOP.has(lw) || (isVerbish(prev.w) && !/^\p{Lu}/u.test(prev.w))) break;
      left--;
    }
    // Right: "of/for/on/to/with ..." complements, up to a verb, relative pronoun or punctuation.
    let right = headIdx;
    const headWords = m[0].split(/\s+/).length;
    right = headIdx + headWords - 1;
    if (/^(of|for|on|to|with|against|between)$/i.test(words[right + 1]?.w ?? "")) {
      let k = right + 1;
      while (k < words.length && k - right <= MAX_RIGHT) {
        const cur = words[k]!;
        const between = text.slice(words[k - 1]!.i + words[k - 1]!.w.length, cur.i);
        if (!/^\s+$/.test(between)) break;
        const lw = cur.w.toLowerCase();
        if (/^(that|which|who|was|were|is|are|has|had|have|will|would|but|as|after|before|because|while|when|if|than)$/.test(lw)) break;
        if (isVerbish(cur.w) && !/^(of|for|on|to|in|the|a|an)$/.test(lw) && !/^\p{Lu}/u.test(cur.w)) break;
        k++;
      }
      // Never end on a preposition or determiner.
      while (k - 1 > right + 1 && /^(of|for|on|to|in|the|a|an|and|with|by|at)$/i.test(words[k - 1]!.w)) k--;
      if (k - 1 > right + 1) right = k - 1;
    }
    const start = words[left]!.i;
    const endWord = words[right]!;
    const end = Math.max(headEnd, endWord.i + endWord.w.length);
    const phrase = text.slice(start, end);
    phrases.push({
      text: phrase,
      head: m[0].toLowerCase(),
      start: sentence.start + start,
      end: sentence.start + end,
      sentence,
      contentWords: contentWordsOf(phrase),
    });
  }
  // A phrase inside a longer one ("ceasefire" inside "proposals for a ceasefire") is the same proposal.
  return phrases.filter((p) => !phrases.some((q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start));
}
