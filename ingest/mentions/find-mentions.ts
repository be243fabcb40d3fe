/** Stage: sentences → mentions of people, institutions, countries and places. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Mention, Sentence } from "../types.ts";
import { classifySpan } from "./classify-span.ts";
import { applyMentionRules } from "./mention-rules.ts";
import { buildGazetteer } from "./gazetteer.ts";
import { createMentionContext, lowerCaseWords } from "./mention-context.ts";
import { findSpans, tokenize } from "./spans.ts";

/** A title followed by its abbreviation: "Special Envoy for Sudan (USSES)", "Special Representative (SRAR)". */
const TITLE_ABBREVIATION =
  /\b(?:Envoy|Representative|Coordinator|Ambassador|Adviser|Advisor|Secretary|Spokesperson|Negotiator)(?:\s+(?:for|to|on|of|the|and)?\s*\p{Lu}[\p{L}-]*)*\s*\(([A-Z]{2,7})\)/gu;

/** Abbreviations an article defines as titles, not institutions. */
export function findTitleAcronyms(body: string): Set<string> {
  return new Set([...body.matchAll(TITLE_ABBREVIATION)].map((m) => m[1]!));
}

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
  const titleAcronyms = findTitleAcronyms(body);
  for (const sentence of sentences) {
    const ctx = createMentionContext(body, sentence, knowledge, gazetteer, lowerWords);
    const tokens = tokenize(sentence);
    for (const span of findSpans(tokens, sentence.text, sentence.start)) {
      const atStart = startsClause(body, sentence.start, span.tokens[0]!.start);
      for (const found of classifySpan(ctx, span.tokens, atStart)) {
        const kept = applyMentionRules(found, {
          before: body.slice(sentence.start, found.start),
          after: body.slice(found.end, sentence.end),
          titleAcronyms,
        });
        if (kept) mentions.push(kept);
      }
    }
  }
  return nameParentheticalAliases(mentions, body);
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
