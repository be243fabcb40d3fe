/**
 * Candidate rules: where a sentence names a proposal. Each rule finds heads of phrases (a
 * proposal noun, a nominalised action, a gerund with its object, the items of a list of
 * terms); phrase-extent.ts measures each phrase. The reject rules then drop what is no proposal.
 */
import type { Token } from "../../annotate/index.ts";
import type { Sentence } from "../../types.ts";
import type { Rule } from "../../rules/rule.ts";
import { phraseAround, sentenceWords, contentWordsOf, type ProposalPhrase } from "../phrase-extent.ts";
import {
  ASKING_VERBS,
  CONDITION_OPENER,
  DOCUMENT_HEAD,
  VAGUE_VERBS,
  GENERIC_NOMINALS,
  HEAD_RE,
  isGerund,
  NAMED_ONLY_HEAD,
  NOMINAL_RE,
  findNominals,
  PROPOSAL_CONTEXT,
  TERM_LIST_OPENER,
  TERM_LIST_TOPIC,
} from "./words.ts";
import { UNDER_PLAN } from "./terms.ts";
import { getProposalWords } from "../../knowledge/word-lists.ts";
import { firstGovernorEnd, isGoverned } from "./governor.ts";

/** A sentence with its annotated tokens (part of speech, lemma): what candidate rules read. */
export interface CandidateInput {
  sentence: Sentence;
  tokens: readonly Token[];
}

/** The token that starts at a sentence-relative offset, if any. */
function tokenAt(input: CandidateInput, offset: number): Token | undefined {
  const at = input.sentence.start + offset;
  return input.tokens.find((t) => t.start <= at && at < t.end);
}
export type CandidateAction = "candidate" | "term";
export type CandidateRule = Rule<CandidateInput, ProposalPhrase[], CandidateAction>;

/** The listed actions of diplomacy, as opposed to any word with a nominal ending. */
const DIPLOMATIC_ACTIONS = new Set(getProposalWords().nominalActions.map((w) => w.toLowerCase()));
const nonEmpty = <T>(xs: T[]): T[] | null => (xs.length ? xs : null);
/** Time and event complements: "the end of yesterday's meeting", "the beginning of the week". */
const TIME_OR_EVENT =
  /^\s+(of|for|on|to|in)\s+(\S+\s+){0,2}(meeting|talks|visit|call|summit|week|month|year|day|session|conference|century|decade)\b/i;

/**
 * "the capital plans to use …", "the president demands written guarantees": a head word after a bare name
 * (no article, no possessive) and before an infinitive or an object is a verb, whatever the
 * tagger says.
 */
function isVerbUse(input: CandidateInput, headEnd: number): boolean {
  const at = input.sentence.start + headEnd;
  const index = input.tokens.findIndex((t) => t.end === at);
  const head = input.tokens[index];
  const previous = input.tokens[index - 1];
  const next = input.tokens[index + 1];
  const afterNext = input.tokens[index + 2];
  if (!head || !previous || !next || !/s$/i.test(head.text)) return false;
  if (previous.pos !== "PROPN" && previous.pos !== "PRON") return false;
  if (next.text.toLowerCase() === "to") return afterNext?.pos === "VERB";
  return next.pos === "DET" || next.pos === "ADJ" || (next.pos === "VERB" && /(?:ed|en)$/.test(next.text));
}

function headNounPhrases(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence } = input;
  const out: ProposalPhrase[] = [];
  for (const m of sentence.text.matchAll(HEAD_RE)) {
    const at = m.index ?? 0;
    // "the capital plans to …", "the president demands …": the head word used as a verb names no proposal.
    const lastWordAt = at + m[0].lastIndexOf(m[0].split(/\s+/).at(-1)!);
    const pos = tokenAt(input, lastWordAt)?.pos;
    if (pos === "VERB" || pos === "AUX" || isVerbUse(input, at + m[0].length)) continue;
    // "the Treaty Room", "the Peace Plan Summit": a capitalised head before another capitalised
    // noun is a modifier inside a name that means something else.
    if (
      /^\p{Lu}/u.test(m[0]) &&
      /^\s\p{Lu}\p{Ll}/u.test(sentence.text.slice(at + m[0].length, at + m[0].length + 3))
    )
      continue;
    // "act", "statement": proposals only as part of a capitalised name ("the Founding Act").
    if (NAMED_ONLY_HEAD.test(m[0]) && !/^\p{Lu}/u.test(m[0])) continue;
    const phrase = phraseAround(sentence, input.tokens, at, at + m[0].length, "head-noun-phrase");
    if (phrase) out.push(phrase);
  }
  return nonEmpty(out);
}

/** Lower-case words a capitalised name may hold ("Declaration of Commitment to Protect the Civilians"). */
const NAME_FUNCTION_WORD = /^(?:of|for|and|on|in|to|the|between)$/;

/**
 * "the Trilateral Framework", "a Security Annex", "the Joint Comprehensive Plan of Action": a
 * document head capitalised after a capitalised modifier is a name. A name tells its document
 * apart whatever its words ("trilateral", "joint" name nothing in lower case), so its phrase is
 * marked `named`. Not a head before another capitalised noun ("the North Atlantic Treaty
 * Organization"), nor the head alone ("this Framework": rules/identity.ts refers it to its name).
 */
function documentNames(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence } = input;
  const text = sentence.text;
  const out: ProposalPhrase[] = [];
  for (const m of text.matchAll(DOCUMENT_HEAD)) {
    const at = m.index;
    const end = at + m[0].length;
    if (/^\s\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    const phrase = phraseAround(sentence, input.tokens, at, end, "document-name");
    if (!phrase) continue;
    const before = text
      .slice(phrase.start - sentence.start, at)
      .split(/\s+/)
      .filter(Boolean);
    // Every word before the head a capitalised one (or a number, or a word inside a name).
    const nameWords = before.filter((w) => /^[\p{Lu}\d]/u.test(w));
    if (!nameWords.length || before.some((w) => !/^[\p{Lu}\d]/u.test(w) && !NAME_FUNCTION_WORD.test(w)))
      continue;
    out.push({ ...phrase, named: true });
  }
  return nonEmpty(out);
}

/** Where NOMINAL_RE matches in a sentence: found once, read by both nominal rules. */
const nominalMatchesBySentence = new WeakMap<Sentence, { word: string; at: number }[]>();
function nominalMatches(sentence: Sentence): { word: string; at: number }[] {
  let found = nominalMatchesBySentence.get(sentence);
  if (!found) {
    found = findNominals(sentence.text);
    nominalMatchesBySentence.set(sentence, found);
  }
  return found;
}

/** The phrase of a nominalised action at `at`, unless the word is no noun here or names a time or an event. */
function nominalPhrase(input: CandidateInput, word: string, at: number, rule: string): ProposalPhrase | null {
  const { sentence } = input;
  const text = sentence.text;
  if (GENERIC_NOMINALS.has(word.toLowerCase())) return null;
  // "the Organization for Security and Cooperation in Europe": capitalised inside a sentence,
  // the action's word is part of a name.
  if (at > 0 && /^\p{Lu}/u.test(word) && /[\p{L},]\s+$/u.test(sentence.text.slice(0, at))) return null;
  // "deal with", "essential to": the word is not a noun here ("non-deployment" may be tagged ADJ).
  const token = tokenAt(input, at);
  if (
    token &&
    (token.pos === "VERB" || token.pos === "AUX" || (token.pos === "ADJ" && !token.text.includes("-")))
  )
    return null;
  if (TIME_OR_EVENT.test(text.slice(at + word.length, at + word.length + 40))) return null;
  return phraseAround(sentence, input.tokens, at, at + word.length, rule);
}

function nominalActions(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence } = input;
  const out: ProposalPhrase[] = [];
  // A phrase is governed only after a governor ends: with none, or before the first, nothing is.
  let governedFrom: number | null | undefined;
  for (const { word, at } of nominalMatches(sentence)) {
    if (governedFrom === undefined) governedFrom = firstGovernorEnd(sentence);
    if (governedFrom === null) return null;
    if (at < governedFrom) continue;
    const phrase = nominalPhrase(input, word, at, "nominal-action");
    // An action is a proposal only as the object of a proposing verb or noun.
    const listed = out.map((p) => p.end);
    if (phrase && isGoverned(sentence, input.tokens, phrase.start, listed)) out.push(phrase);
  }
  return nonEmpty(out);
}

/**
 * "the withdrawal of forces from the hospitals", "the lifting of sanctions on fertiliser": the
 * actions of diplomacy (ingest/knowledge/proposal-words.yaml, `nominalActions`, as opposed to any
 * word with a nominal ending) with their
 * complement name what a side wants wherever they stand, not only after a proposing verb.
 */
function diplomaticActions(input: CandidateInput): ProposalPhrase[] | null {
  const out: ProposalPhrase[] = [];
  for (const { word, at } of nominalMatches(input.sentence)) {
    if (!DIPLOMATIC_ACTIONS.has(word.toLowerCase())) continue;
    const phrase = nominalPhrase(input, word, at, "diplomatic-action");
    if (phrase) out.push(phrase);
  }
  return nonEmpty(out);
}

const OBJECT_STOP =
  /^(and|or|but|to|from|with|in|on|at|for|by|of|over|about|against|between|into|the|a|an|that|which|who|as|is|was|will|would)$/i;

/** How far a gerund's object reaches: "providing the country with long-term and legally binding security guarantees". */
const MAX_GERUND_WORDS = 9;

/** A gerund with its object, not crossing punctuation. */
function gerundPhrase(sentence: Sentence, from: number, rule: string): ProposalPhrase | null {
  const text = sentence.text;
  const all = sentenceWords(sentence);
  const skip = all.findIndex((x) => x.i >= from);
  // The sentence's words from `from` on; the object is at most MAX_GERUND_WORDS + 1 of them.
  const words = skip < 0 ? [] : all.slice(skip, skip + MAX_GERUND_WORDS + 2);
  const first = words[0];
  if (!first || !isGerund(first.w)) return null;
  let k = 1;
  while (k < words.length && k <= MAX_GERUND_WORDS) {
    const between = text.slice(words[k - 1]!.i + words[k - 1]!.w.length, words[k]!.i);
    if (!/^\s+$/.test(between)) break;
    if (k > 1 && /^(and|or|but|that|which|who|as|is|was|will|would)$/i.test(words[k]!.w)) break;
    k++;
  }
  while (k > 1 && OBJECT_STOP.test(words[k - 1]!.w)) k--;
  if (k < 2) return null;
  const last = words[k - 1]!;
  const phraseText = text.slice(first.i, last.i + last.w.length);
  return {
    text: phraseText,
    head: first.w.toLowerCase(),
    start: sentence.start + first.i,
    end: sentence.start + last.i + last.w.length,
    sentence,
    contentWords: contentWordsOf(phraseText),
    rule,
  };
}

const GERUND_SUBJECT_VERB = /\b(will|would|could|can|may|might|must|should|is|was|requires?|means|helps?)\b/i;

/**
 * "establishing a dialogue with X and Y and legalising Z": a gerund after "and", "or" or a comma
 * continues the list of an earlier gerund of the sentence, a few words of its object between.
 */
function continuesGerunds(earlier: ProposalPhrase[], at: number): boolean {
  const last = earlier.at(-1);
  if (!last) return false;
  const between = last.sentence.text.slice(last.end - last.sentence.start, at);
  return (
    /^(?:\s+[\p{L}’'-]+){0,4}?\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u.test(between) &&
    /(?:,|\band|\bor)\s*$/.test(between)
  );
}

/** The text up to its first comma. */
function firstClauseOf(text: string): string {
  const comma = text.indexOf(",");
  return comma < 0 ? text : text.slice(0, comma);
}

function gerundActions(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence } = input;
  const text = sentence.text;
  const out: ProposalPhrase[] = [];
  // "Increasing the supplies of X will require …": a gerund subject opening the sentence.
  // Every gerund ends in "ing": a sentence without it has none.
  if (!text.includes("ing")) return null;
  const opening = /^\W*(?=\p{Lu}\p{Ll}+ing\b)/u.exec(text);
  // Only as the subject of the sentence, not a participle before it ("Referring to X, the envoy …").
  if (opening && PROPOSAL_CONTEXT.test(text) && GERUND_SUBJECT_VERB.test(firstClauseOf(text))) {
    const phrase = gerundPhrase(sentence, opening[0].length, "gerund-action");
    if (phrase) out.push(phrase);
  }
  // Elsewhere a gerund is a proposal as the object of a proposing verb or noun, or as the next
  // item of a list that is ("returning to a ceasefire, releasing detainees and opening …").
  // With no gerund listed yet, one before the first governor's end can be neither governed nor a list item.
  let governedFrom: number | null | undefined;
  for (const m of text.matchAll(/(?<=\s)\p{Ll}{3,}ing\b/gu)) {
    const at = m.index ?? 0;
    if (governedFrom === undefined) governedFrom = firstGovernorEnd(sentence);
    if (!out.length && at < (governedFrom ?? Infinity)) continue;
    if (out.some((p) => p.start === sentence.start + at)) continue;
    const phrase = gerundPhrase(sentence, at, "gerund-action");
    const listed = out.map((p) => p.end);
    if (phrase && (isGoverned(sentence, input.tokens, phrase.start, listed) || continuesGerunds(out, at)))
      out.push(phrase);
  }
  return nonEmpty(out);
}

/** Splits a list "A, B and C" into items, each with its offset in `text`. */
function listItems(text: string, from: number): { text: string; at: number }[] {
  const rest = text.slice(from);
  const end = rest.search(/[.:!?)(“”"]|\s[–—-]\s|,\s*(?:which|who|but|while|as well as|so that)\b/);
  const list = end >= 0 ? rest.slice(0, end) : rest;
  const items: { text: string; at: number }[] = [];
  const parts = list.split(/[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  let cursor = 0;
  for (const part of parts) {
    const at = list.indexOf(part, cursor);
    cursor = at + part.length;
    const trimmed = part.trim();
    if (trimmed) items.push({ text: trimmed, at: from + at + (part.length - part.trimStart().length) });
  }
  return items;
}

const ACTION_WORD = new RegExp(`^(?:${NOMINAL_RE.source.replace(/\(\?=.*$/, "")})$`, "iu");
const HEAD_WORD = new RegExp(`^(?:${HEAD_RE.source})$`, "i");
const HEAD_ANYWHERE = new RegExp(HEAD_RE.source, "i");
/** An item that says what is wanted: an action ("stopping X", "withdrawal of Y") or a proposal noun. */
function isActionLike(item: string): boolean {
  return item
    .split(/\s+/)
    .slice(0, 4)
    .some((w) => isGerund(w) || ACTION_WORD.test(w) || HEAD_WORD.test(w));
}

/** The items of a list opened by "such as", "including", "specifically": each a term. */
function listedTerms({ sentence }: CandidateInput): ProposalPhrase[] | null {
  const text = sentence.text;
  const out: ProposalPhrase[] = [];
  for (const m of text.matchAll(TERM_LIST_OPENER)) {
    // Only lists of what someone wants: the sentence speaks of a proposal before the list.
    const before = text.slice(0, m.index ?? 0);
    if (!PROPOSAL_CONTEXT.test(before) && !HEAD_ANYWHERE.test(before) && !TERM_LIST_TOPIC.test(before))
      continue;
    for (const item of listItems(text, (m.index ?? 0) + m[0].length)) {
      const words = item.text.split(/\s+/);
      if (words.length < 2 || words.length > 14) continue;
      // "not deploying X": a negated action is a term too.
      const negated = /^not\s+/i.test(item.text);
      const body = negated ? item.text.replace(/^not\s+/i, "") : item.text;
      const bodyAt = item.at + (item.text.length - body.length);
      const lead = body.replace(/^(the|a|an)\s+/i, "");
      const leadAt = bodyAt + (body.length - lead.length);
      const first = lead.split(/\s+/)[0] ?? "";
      if (!/^\p{Ll}/u.test(first) || !isActionLike(lead)) continue;
      const phraseText = text.slice(negated ? item.at : leadAt, item.at + item.text.length);
      out.push({
        text: phraseText,
        head: first.toLowerCase(),
        start: sentence.start + (negated ? item.at : leadAt),
        end: sentence.start + item.at + item.text.length,
        sentence,
        contentWords: contentWordsOf(phraseText),
        rule: "listed-term",
        term: true,
      });
    }
  }
  return nonEmpty(out);
}

/** "Under the accord, the rebels will demobilize, disarm, and form a party": each verb phrase a term. */
function termsUnderPlan({ sentence }: CandidateInput): ProposalPhrase[] | null {
  const text = sentence.text;
  const under = UNDER_PLAN.exec(text);
  if (!under) return null;
  const modal = /\b(?:will|would|must|shall|is to|are to)\s+/i.exec(text.slice(under[0].length));
  if (!modal) return null;
  const from = under[0].length + modal.index + modal[0].length;
  const out: ProposalPhrase[] = [];
  for (const item of listItems(text, from)) {
    // "that will participate in …": a relative clause ends the term (before it is measured).
    const cut = item.text.split(/\s+(?:that|which|who)\s+/)[0]!;
    const words = cut.split(/\s+/);
    if (words.length > 8 || !/^\p{Ll}/u.test(cut)) continue;
    out.push({
      text: cut,
      head: words[0]!.toLowerCase(),
      start: sentence.start + item.at,
      end: sentence.start + item.at + cut.length,
      sentence,
      contentWords: contentWordsOf(cut),
      rule: "terms-under-plan",
      term: true,
    });
  }
  return nonEmpty(out);
}

/** Tokens that end what an infinitive asks for: a clause boundary. */
const VP_END =
  /^(?:[;.:!?()—–]|which|that|who|whom|where|what|how|whether|why|while|because|so|as|in order|but)$/i;
/** "resume", not "repeated": a verb in its base form, as after "to". */
const isBaseVerb = (t: Token): boolean => t.pos === "VERB" && t.lemma === t.text.toLowerCase();
/** "invited", "given": a past participle, as after a passive "be". */
const isParticiple = (t: Token | undefined): boolean =>
  t?.pos === "VERB" && t.lemma !== t.text.toLowerCase() && /(?:ed|en|wn)$/i.test(t.text);
/**
 * "called for the country to be invited to the talks": a passive infinitive asks as much as an
 * active one; "be" before a participle opens the demand, though "be" alone is too vague.
 */
const opensPassive = (t: Token | undefined, next: Token | undefined): boolean =>
  t?.lemma === "be" && isParticiple(next);
/** An opening quotation mark: indirect speech often quotes the demand ("called for \"the sides to stop …"). */
const isOpeningQuote = (t: Token | undefined): boolean => !!t && /^["“]$/.test(t.text);
/** Drops prepositions, articles and conjunctions from the end of a phrase, keeping at least `keep` words. */
function dropTrailingFunctionWords(words: Token[], keep: number): void {
  while (words.length > keep && ["ADP", "DET", "CCONJ", "PART"].includes(words.at(-1)!.pos)) words.pop();
}

/** A demand worded as a clause, headed by its verb. */
function verbalPhrase(
  sentence: Sentence,
  text: string,
  verb: Token,
  start: number,
  end: number,
  rule: string,
): ProposalPhrase {
  return {
    text,
    head: verb.text.toLowerCase(),
    start,
    end,
    sentence,
    contentWords: contentWordsOf(text),
    rule,
    verbal: true,
  };
}

/** How many tokens may name the side asked ("the national armed forces and the rival rapid forces"). */
const MAX_ASKED_WORDS = 10;
/** How many words a demanded action may have. */
const MAX_VP_WORDS = 10;

/**
 * "urge the parties to implement reforms, secure regular imports of fuel, and resume flights":
 * what the other side is asked to do, one demand per verb phrase of the list.
 */
function infinitiveDemands(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence, tokens } = input;
  const out: ProposalPhrase[] = [];
  for (const m of sentence.text.matchAll(ASKING_VERBS)) {
    const after = sentence.start + (m.index ?? 0) + m[0].length;
    let first = tokens.findIndex((t) => t.start >= after);
    if (first < 0) continue;
    if (isOpeningQuote(tokens[first])) first++;
    // The side asked: a short noun phrase, then "to" and a verb.
    let k = first;
    while (
      k < tokens.length &&
      k - first <= MAX_ASKED_WORDS &&
      tokens[k]!.text.toLowerCase() !== "to" &&
      !["VERB", "AUX", "PUNCT", "SCONJ", "ADP"].includes(tokens[k]!.pos)
    )
      k++;
    if (k === first || tokens[k]?.text.toLowerCase() !== "to") continue;
    if (tokens[k + 1]?.pos !== "VERB" && !opensPassive(tokens[k + 1], tokens[k + 2])) continue;
    // Verb phrases up to the end of the clause, split where a new verb follows "and" or a comma.
    const items: Token[][] = [[]];
    for (let j = k + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (VP_END.test(t.text)) break;
      const current = items.at(-1)!;
      const next = tokens[j + 1];
      const opensItem =
        (t.text === "," || t.text.toLowerCase() === "and") &&
        next &&
        [next, tokens[j + 2]].some(
          (v, n) => v && isBaseVerb(v) && (n === 0 || next.text.toLowerCase() === "and"),
        );
      if (opensItem) {
        if (current.length) items.push([]);
        continue;
      }
      if (t.text === "," || (t.text.toLowerCase() === "to" && !current.length)) continue;
      current.push(t);
    }
    for (const item of items) {
      const verb = item[0];
      const passive = opensPassive(verb, item[1]);
      if (!verb || item.length < 2) continue;
      if (!passive && (!isBaseVerb(verb) || VAGUE_VERBS.has(verb.lemma))) continue;
      const words = item.slice(0, MAX_VP_WORDS);
      // Never end on a preposition, an article or a conjunction.
      dropTrailingFunctionWords(words, 1);
      if (words.length < 2) continue;
      const start = verb.start;
      const end = words.at(-1)!.end;
      const text = sentence.text.slice(start - sentence.start, end - sentence.start);
      out.push(verbalPhrase(sentence, text, verb, start, end, "infinitive-demand"));
    }
  }
  return nonEmpty(out);
}

/** How many tokens a stated condition may have. */
const MAX_CONDITION_TOKENS = 18;

/**
 * "willing to accept a truce, but only if the army calls a halt to its airstrikes and the
 * government ends its offensive": the condition a side sets is what it demands. The clause runs to
 * the next punctuation; it needs a subject and a finite verb, or it is no condition ("unless
 * otherwise agreed").
 */
function conditionalDemands(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence, tokens } = input;
  const out: ProposalPhrase[] = [];
  for (const m of sentence.text.matchAll(CONDITION_OPENER)) {
    const after = sentence.start + (m.index ?? 0) + m[0].length;
    const first = tokens.findIndex((t) => t.start >= after);
    if (first < 0) continue;
    const clause: Token[] = [];
    for (let j = first; j < tokens.length && clause.length < MAX_CONDITION_TOKENS; j++) {
      if (tokens[j]!.pos === "PUNCT" && !/^[-‐‑]$/.test(tokens[j]!.text)) break;
      // "if Kiev ceases hostilities and fulfills Russia's requirements": a second verb of the same
      // subject is a second condition, whose object (a proposal named) stands on its own.
      if (tokens[j]!.pos === "CCONJ" && tokens[j + 1]?.pos === "VERB" && clause.some((t) => t.pos === "VERB"))
        break;
      clause.push(tokens[j]!);
    }
    const verb = clause.findIndex((t) => t.pos === "VERB");
    if (verb < 1 || !clause.slice(0, verb).some((t) => ["NOUN", "PROPN"].includes(t.pos))) continue;
    dropTrailingFunctionWords(clause, verb + 1);
    // "unless the principle is strictly observed": a passive verb may end the clause.
    const passive = clause.slice(0, verb).some((t) => t.pos === "AUX");
    if (clause.length <= verb + 1 && !passive) continue;
    const start = clause[0]!.start;
    const end = clause.at(-1)!.end;
    const text = sentence.text
      .slice(start - sentence.start, end - sentence.start)
      .replace(/^(?:the|a|an)\s+/i, "");
    const textStart = end - text.length;
    out.push(verbalPhrase(sentence, text, clause[verb]!, textStart, end, "conditional-demand"));
  }
  return nonEmpty(out);
}

/** How many tokens the subject of an ensured outcome may have ("the armed groups in the south"). */
const MAX_SUBJECT_TOKENS = 5;

/**
 * "ensuring Iran never develops or obtains a nuclear weapon", "ensure that Hamas does not benefit
 * from the reconstruction": the outcome a side means to ensure, a clause with its own subject and
 * verb, is what it demands (a noun object, "ensure the safety of X", is not). The clause runs to
 * the next punctuation, as a condition does.
 */
function ensuredOutcomes(input: CandidateInput): ProposalPhrase[] | null {
  const { sentence, tokens } = input;
  const out: ProposalPhrase[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.lemma !== "ensure" && !/^ensur/i.test(t.text)) continue;
    let first = i + 1;
    if (tokens[first]?.text.toLowerCase() === "that") first++;
    // The subject: a short run of names and nouns, then the verb (after a negation or a modal).
    let k = first;
    while (
      k < tokens.length &&
      k - first < MAX_SUBJECT_TOKENS &&
      ["DET", "PROPN", "NOUN", "ADJ"].includes(tokens[k]!.pos)
    )
      k++;
    if (k === first || !tokens.slice(first, k).some((x) => x.pos === "PROPN" || x.pos === "NOUN")) continue;
    let v = k;
    while (v < tokens.length && ["ADV", "AUX", "PART"].includes(tokens[v]!.pos)) v++;
    if (tokens[v]?.pos !== "VERB") continue;
    const clause: Token[] = [];
    for (let j = first; j < tokens.length && clause.length < MAX_CONDITION_TOKENS; j++) {
      if (tokens[j]!.pos === "PUNCT" && !/^[-‐‑]$/.test(tokens[j]!.text)) break;
      clause.push(tokens[j]!);
    }
    dropTrailingFunctionWords(clause, v - first + 1);
    if (clause.length <= v - first + 1) continue;
    // From "ensuring" on: the gerund and its subject alone ("ensuring Iran") are no phrase of their own.
    const start = t.start;
    const end = clause.at(-1)!.end;
    const text = sentence.text.slice(start - sentence.start, end - sentence.start);
    out.push(verbalPhrase(sentence, text, tokens[v]!, start, end, "ensured-outcome"));
  }
  return nonEmpty(out);
}

/** Candidate rules, in order; later rules' phrases inside an earlier, longer one are dropped. */
export const CANDIDATE_RULES: readonly CandidateRule[] = [
  {
    name: "document-name",
    example:
      "The components of this process will be detailed in a Security Annex, developed with the full support of the United States.",
    counterExample:
      "The Framework will set out the requisite measures and the North Atlantic Treaty Organization agreed.",
    support: [
      "sx-07-israel-lebanon-trilateral-framework",
      "sx-09-lebanon-first-pilot-zones",
      "sx-11-tripp-anniversary-armenia-azerbaijan",
    ],
    pattern: documentNames,
    action: "candidate",
  },
  {
    name: "head-noun-phrase",
    example: "Norwegian officials tabled a 12-point peace plan on Monday.",
    counterExample: "The officials met on Monday.",
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "cx-05-blinken-abbas-ramallah",
      "cx-07-zelenskyy-la-repubblica-interview",
      "cx-09-zelenskyy-biden-call-normandy",
    ],
    pattern: headNounPhrases,
    action: "candidate",
  },
  {
    name: "nominal-action",
    example: "The envoy demanded the withdrawal of troops from the border region.",
    counterExample: "The envoy spoke about the situation in the region.",
    support: [
      "dx-13-jeddah-declaration-signed",

      "cx-05-blinken-abbas-ramallah",
      "cx-07-zelenskyy-la-repubblica-interview",
      "cx-09-zelenskyy-biden-call-normandy",
    ],
    pattern: nominalActions,
    action: "candidate",
  },
  {
    name: "diplomatic-action",
    example: "The withdrawal of forces from the hospitals and clinics remains the first step.",
    counterExample: "The situation of the civilians in the city remains difficult.",
    support: [
      "dx-13-jeddah-declaration-signed",
      "ua-01-grain-deal-welcomed",
      "ua-05-putin-macron-scholz-call",
      "ua-21-blinken-ictv-interview",
    ],
    pattern: diplomaticActions,
    action: "candidate",
  },
  {
    name: "gerund-action",
    example: "The envoy proposed restoring air travel between the capitals.",
    counterExample: "The envoy was travelling between the capitals.",
    support: [
      "ua-09-putin-macron-call",
      "dx-05-kerry-havana-farc-negotiators",

      "cx-05-blinken-abbas-ramallah",

      "cx-13-sochi-trilateral-statements",
    ],
    pattern: gerundActions,
    action: "candidate",
  },
  {
    name: "infinitive-demand",
    example:
      "The envoy will press the parties to implement economic reforms, secure regular imports and distribution of fuel, and resume commercial flights to the airport.",
    counterExample: "The envoy will urge them to continue their commitment to peace.",
    support: [
      "dx-17-lenderking-travel-marib",
      "dx-15-perriello-travel-alps",
      "ua-21-blinken-ictv-interview",
      "wx-01-iran-talks-vienna-drafting",
      "wx-07-karabakh-geneva-minsk-group",
    ],
    pattern: infinitiveDemands,
    action: "candidate",
  },
  {
    name: "conditional-demand",
    example:
      "The main rebel coalition has said it is willing to accept a temporary truce, but only if Russia calls a halt to its airstrikes.",
    counterExample: "The coalition has said it is willing to accept a temporary truce.",
    support: ["ua-03-putin-erdogan-call", "ua-15-putin-biden-calls", "wx-09-kerry-syria-cease-fire-near"],
    pattern: conditionalDemands,
    action: "candidate",
  },
  {
    name: "ensured-outcome",
    example:
      "They reaffirmed the commitment to upholding safe transit in the Strait of Hormuz and ensuring Iran never develops or obtains a nuclear weapon.",
    counterExample: "The envoys will work to ensure the safety of the convoy.",
    support: ["cx-05-blinken-abbas-ramallah", "sx-03-rubio-wadephul-meeting-june-2026"],
    pattern: ensuredOutcomes,
    action: "candidate",
  },
  {
    name: "listed-term",
    example:
      "The responses did not address the fundamental concerns such as stopping the expansion of the alliance, not deploying strike weapons near the borders and withdrawing forces to earlier positions.",
    counterExample: "The ministers discussed the situation in detail.",
    support: [
      "cx-01-blinken-sky-news-arabia-interview",
      "dx-01-khalilzad-travel-doha-kabul",
      "dx-05-kerry-havana-farc-negotiators",
      "ua-09-putin-macron-call",
    ],
    pattern: listedTerms,
    action: "term",
  },
  {
    name: "terms-under-plan",
    example: "Under the accord, the rebels will demobilize, disarm, and form a political organization.",
    counterExample: "The rebels will demobilize under the accord.",
    support: ["dx-07-kerry-colombia-congress-vote", "dx-13-jeddah-declaration-signed"],
    pattern: termsUnderPlan,
    action: "term",
  },
];
