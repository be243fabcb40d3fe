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
  "\\d+-point \\w+|amendments?|reform|revision|programme|program|plan|plans|proposal|proposals|counter-proposal|counterproposal|draft|drafts|framework|term sheet|term sheets|demand|demands|ceasefire|cease-fire|truce|armistice|moratorium|offer|offers|agreement|agreements|deal|treaty|memorandum|initiative|roadmap|road map|formula|settlement|package|accords?|guarantee|guarantees|concession|concessions|pledge|ultimatum|conditions|preconditions|requirements|terms|points|blueprint|communiqué|communique|outline|understanding";
const HEAD_RE = new RegExp(`\\b(${HEADS})\\b`, "gi");
/** Nominalised actions that are proposals when the sentence speaks of proposing or demanding them ("restoration of air travel"). */
const NOMINAL_RE =
  /\b(\p{Ll}+(?:tion|sion|ment|ization|isation|ance|ence|al|ure)|return|lifting|purchase|reset|end|withdrawal|recognition|exchange|release|transfer|cooperation|development|renunciation|retention|restoring|lifting|sharing|opening|joint development)\b(?=\s+(of|for|on|to|with|in)\b)/giu;
const TIME_OR_EVENT =
  /^\s+(of|for|on|to|in)\s+(\S+\s+){0,2}(meeting|talks|visit|call|summit|week|month|year|day|session|conference|century|decade)\b/i;
const GERUND_ACTION =
  /\b(restoring|lifting|opening|ending|returning|sharing|resuming|establishing|creating|reducing|removing|easing|halting|freezing|unfreezing|recognizing|recognising|withdrawing|guaranteeing|granting|banning|limiting|demilitarizing|demilitarising|federalizing|resetting)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+/giu;
const PROPOSAL_CONTEXT =
  /\b(propos\w*|offer\w*|demand\w*|insist\w*|call(ed|s)? for|requir\w*|condition\w*|promis\w*|pledg\w*|plan(s|ned)?|want\w*|seek\w*|sought|discuss\w*|interest in|terms|concession\w*|tabled|put forward|push(ed|ing)? for|agree\w*|suggest\w*|envisag\w*|include\w*|focus)\b/i;

/** Words that end a noun phrase going left (determiners, prepositions, verbs, conjunctions). */
const LEFT_STOP = new Set(
  (
    "the a an this that these those its his her their our your my any no some every each another of in on at for with by from to into " +
    "about over under between after before during is was were be been are has have had will would said says and or but which who " +
    "as than then when while if not also new towards toward against regarding concerning including like per via upon within without " +
    "across through beyond despite among amid forward instead yet already still just only even clearly"
  ).split(" "),
);
/** Generic words that say nothing about which proposal is meant. */
const GENERIC = new Set(
  (
    "anything nothing something everything anyone everyone issues issue matters matter " +
    "plan plans proposal proposals draft drafts framework term sheet sheets demand demands agreement agreements deal terms points " +
    "document documents paper papers offer offers package initiative conditions requirements outline understanding new the a an of " +
    "for on to in and with its their his her this that these those further several other previous latest earlier first second"
  ).split(" "),
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

function wordsWithOffsets(text: string): { w: string; i: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], i: m.index ?? 0 }));
}

/** Nominal words too general to name a proposal alone ("the end of", "the level of"). */
function isGenericNominal(word: string): boolean {
  return (
    /^(level|part|rest|kind|sort|type|total|beginning|moment|question|issue|result|results|position|situation|statement|information|attention|direction|opinion|relation|relations|interest|general|national|official|political|potential|critical|special|several|final|actual|natural|internal|external|central|local|real|equal|additional|international|bilateral|personal|nature|population|operation|operations|issuance|essence|structure|procedure|signal|mention|publication|reaction|perception|impression|expectation|assessment|evaluation|explanation|description|observation|conclusion|collection|selection|generation|nation|station|section|fraction|portion|proportion|situation|tension|dimension|version|occasion|decision|mission|commission|permission|session|discussion|expression|impression|department|government|movement|moment|comment|argument|document|element|environment|management|parliament|statement|treatment|investment|development|achievement|announcement|arrangement|commitment|employment|equipment|establishment|experiment|instrument|judgement|judgment|measurement|payment|punishment|replacement|requirement|settlement|shipment|entertainment|excitement|improvement|involvement|amendment|enforcement|deployment|appointment|assignment|alignment|adjustment|attachment|fulfilment|fulfillment|engagement|encouragement|embarrassment)$/i.test(
      word,
    ) && !/^(development|settlement|deployment|amendment|investment|commitment|withdrawal)$/i.test(word)
  );
}

const ADJECTIVE_TAGS = /Adjective|Adverb|Comparative|Superlative|Determiner|Value|Ordinal|Cardinal/;
/** True when a phrase has a word that names a thing (a noun, a name, a number), not just qualities ("great deal"). */
export function hasSubstance(words: string[]): boolean {
  return words.some((w) => {
    if (/\d/.test(w)) return true;
    const tags = lexicon[w.toLowerCase()];
    if (!tags) return /^\p{Lu}/u.test(w) || !/(al|ive|ous|ful|less|ic|ary|ible|able|ant|ent|ly|ed)$/.test(w);
    return !(Array.isArray(tags) ? tags : [tags]).every((t) => ADJECTIVE_TAGS.test(t));
  });
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
  const heads = [...text.matchAll(HEAD_RE)];
  if (PROPOSAL_CONTEXT.test(text))
    heads.push(
      ...[...text.matchAll(NOMINAL_RE)].filter(
        // "the end of yesterday's meeting", "the beginning of the week": events and time, not proposals.
        (m) =>
          !isGenericNominal(m[0]) &&
          !TIME_OR_EVENT.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40)),
      ),
    );
  for (const m of heads) {
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
      // "updated and refined peace framework": two modifiers joined by "and" stay in the phrase.
      const before = words[left - 2];
      if (
        lw === "and" &&
        left < headIdx &&
        before &&
        /(ed|al|ive|ic|ary)$/i.test(before.w) &&
        /(ed|al|ive|ic|ary)$/i.test(words[left]!.w)
      ) {
        left -= 2;
        continue;
      }
      if (LEFT_STOP.has(lw) || (isVerbish(prev.w) && !/^\p{Lu}/u.test(prev.w))) break;
      left--;
    }
    // Right: "of/for/on/to/with ..." complements, up to a verb, relative pronoun or punctuation.
    const headWords = m[0].split(/\s+/).length;
    let right = headIdx + headWords - 1;
    // A relational head ("amendments to X", "a reform of X") leaves X as a proposal of its own.
    const relational = /^(amendments?|reform|revision|counter-?proposals?|response)$/i.test(m[0]);
    const complementStart = words[right + 2]?.w ?? "";
    const isWhen =
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|last|next|this|that|the)$/i.test(
        complementStart,
      ) && !/^the$/i.test(complementStart);
    if (!relational && !isWhen && /^(of|for|on|to|with|against|between)$/i.test(words[right + 1]?.w ?? "")) {
      let k = right + 1;
      while (k < words.length && k - right <= MAX_RIGHT) {
        const cur = words[k]!;
        const between = text.slice(words[k - 1]!.i + words[k - 1]!.w.length, cur.i);
        if (!/^\s+$/.test(between)) break;
        const lw = cur.w.toLowerCase();
        if (
          /^(that|which|who|was|were|is|are|has|had|have|will|would|but|as|after|before|because|while|when|if|than)$/.test(
            lw,
          )
        )
          break;
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
  // Gerunds of policy actions with their object ("restoring air travel", "lifting sanctions"), in proposal contexts.
  if (PROPOSAL_CONTEXT.test(text))
    for (const g of text.matchAll(GERUND_ACTION)) {
      const start = g.index ?? 0;
      const phrase = g[0].replace(/\s+(and|or|but|to|from|with|in|on|at|for|by|of|the|a|an)$/i, "");
      if (phrase.split(/\s+/).length < 2) continue;
      phrases.push({
        text: phrase,
        head: g[1]!.toLowerCase(),
        start: sentence.start + start,
        end: sentence.start + start + phrase.length,
        sentence,
        contentWords: contentWordsOf(phrase),
      });
    }
  const seen = new Set<string>();
  return phrases
    .filter(
      (p) =>
        !phrases.some(
          (q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start,
        ),
    )
    .filter((p) => {
      const key = `${p.start}:${p.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
