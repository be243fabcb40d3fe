/** Stage: sentences → mentions of people, institutions, countries and places. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import { nameKey } from "../text/normalize.ts";
import type { Mention, Sentence } from "../types.ts";
import { classifySpan } from "./classify-span.ts";
import { applyMentionRules } from "./mention-rules.ts";
import { buildGazetteer } from "./gazetteer.ts";
import { createMentionContext, lowerCaseWords } from "./mention-context.ts";
import { findNonBodyAcronyms } from "./non-body-acronyms.ts";
import { findSpans, tokenize } from "./spans.ts";

const OPENING_MARK = /^[\s“"‘'«(\-–—]$/u;
const QUOTE_MARK = /^[“"‘'«]$/u;
const WHITESPACE = /^\s$/u;

/**
 * Does the text from the sentence start to `at` hold only opening marks, or end in a colon or
 * semicolon (and perhaps a quotation mark)? Then the word at `at` starts a clause. Read
 * character by character from the end, so a span costs its few neighbours, not the sentence.
 */
function startsClause(body: string, sentenceStart: number, at: number): boolean {
  let k = at;
  if (k > sentenceStart && QUOTE_MARK.test(body.charAt(k - 1))) k--;
  while (k > sentenceStart && WHITESPACE.test(body.charAt(k - 1))) k--;
  if (k > sentenceStart && /[:;]/.test(body.charAt(k - 1))) return true;
  for (let j = sentenceStart; j < at; j++) if (!OPENING_MARK.test(body.charAt(j))) return false;
  return true;
}

/** Finds every mention in an article's sentences, in text order. */
export function findMentions(body: string, sentences: Sentence[], knowledge: Knowledge): Mention[] {
  const gazetteer = buildGazetteer(knowledge);
  const lowerWords = lowerCaseWords(body);
  const mentions: Mention[] = [];
  const nonBodyAcronyms = findNonBodyAcronyms(body);
  // Names the rules read as bodies from their context alone ("told X"): kept unless X is a person's surname.
  const readFromContext = new Map<Mention, Mention>();
  for (const sentence of sentences) {
    const ctx = createMentionContext(body, sentence, knowledge, gazetteer, lowerWords);
    const tokens = tokenize(sentence);
    for (const span of findSpans(tokens, sentence.text, sentence.start)) {
      const atStart = startsClause(body, sentence.start, span.tokens[0]!.start);
      for (const found of classifySpan(ctx, span.tokens, atStart)) {
        const kept = applyMentionRules(found, {
          before: body.slice(sentence.start, found.start),
          after: body.slice(found.end, sentence.end),
          nonBodyAcronyms,
        });
        if (!kept) continue;
        if (found.kind === "person" && kept.kind === "institution") readFromContext.set(kept, found);
        mentions.push(kept);
      }
    }
  }
  return withAffiliations(
    nameParentheticalAliases(withoutPeopleReadAsBodies(mentions, readFromContext), body),
    body,
  );
}

/** Only "of" (and perhaps "the") between a person and an institution. */
const AFFILIATION_GAP = /^\s+of\s+(?:the\s+)?$/;

/**
 * "Saad Al-Enezi of Sky News Arabia", "Michael Kofman of the Carnegie Endowment": a person
 * followed by "of" and an institution belongs to it, and says so as their role; the interviewer a
 * transcript's title names this way is a person of the story, as a titled principal is.
 */
export function withAffiliations(mentions: Mention[], body: string): Mention[] {
  return mentions.map((m, k) => {
    const next = mentions[k + 1];
    if (m.kind !== "person" || m.role || next?.kind !== "institution" || next.sentence !== m.sentence)
      return m;
    if (!AFFILIATION_GAP.test(body.slice(m.end, next.start))) return m;
    // A full name with an affiliation is a person's, even when its words are unknown ("Saad Al-Enezi").
    const confidence = m.name.includes(" ") ? Math.max(m.confidence, 0.6) : m.confidence;
    return { ...m, role: next.name, confidence };
  });
}

/**
 * "Vladimir Putin … Lavrov told Putin": a name a context rule made a body is the person when the
 * article names someone with that surname (or that full name); it goes back to the person mention
 * it was, which the resolver joins to them.
 */
function withoutPeopleReadAsBodies(mentions: Mention[], readFromContext: Map<Mention, Mention>): Mention[] {
  if (!readFromContext.size) return mentions;
  const personNames = new Set<string>();
  // A full name, or a surname said with a title ("President Trump"): someone the article names.
  for (const m of mentions)
    if (m.kind === "person" && (m.name.includes(" ") || m.confidence >= 0.5)) {
      personNames.add(nameKey(m.name));
      personNames.add(nameKey(m.name.split(/\s+/).at(-1)!));
    }
  return mentions.map((m) => {
    const person = readFromContext.get(m);
    return person && personNames.has(nameKey(m.name)) ? person : m;
  });
}

/**
 * "the Rapid Support Forces (RSF)", "Rosselkhozbank (Russian Agricultural Bank)": a name in
 * brackets right after an institution is another name of it, here and wherever the article uses it again.
 */
export function nameParentheticalAliases(mentions: Mention[], body: string): Mention[] {
  const aliasOf = new Map<string, Mention>();
  let previous: Mention | undefined;
  for (const m of mentions) {
    if (m.kind !== "institution") continue;
    if (
      previous &&
      previous.name !== m.name &&
      /^\s*\(\s*$/.test(body.slice(previous.end, m.start)) &&
      /^\s*\)/.test(body.slice(m.end))
    )
      aliasOf.set(m.name, previous);
    previous = m;
  }
  if (!aliasOf.size) return mentions;
  return mentions.map((m) => {
    const primary = m.kind === "institution" ? aliasOf.get(m.name) : undefined;
    return primary ? { ...m, name: primary.name, role: primary.role ?? m.role } : m;
  });
}
