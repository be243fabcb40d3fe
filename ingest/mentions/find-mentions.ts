/** Stage: sentences → mentions of people, institutions, countries and places. */
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Mention, Sentence } from "../types.ts";
import { classifySpan } from "./classify-span.ts";
import { applyMentionRules } from "./mention-rules.ts";
import { buildGazetteer } from "./gazetteer.ts";
import { createMentionContext, lowerCaseWords } from "./mention-context.ts";
import { findSpans, tokenize } from "./spans.ts";

/** Finds every mention in an article's sentences, in text order. */
export function findMentions(body: string, sentences: Sentence[], knowledge: Knowledge): Mention[] {
  const gazetteer = buildGazetteer(knowledge);
  const lowerWords = lowerCaseWords(body);
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const ctx = createMentionContext(body, sentence, knowledge, gazetteer, lowerWords);
    const tokens = tokenize(sentence);
    for (const span of findSpans(tokens, sentence.text, sentence.start)) {
      const before = body.slice(sentence.start, span.tokens[0]!.start);
      const atStart = /^[\s“"‘'«(\-–—]*$/u.test(before) || /[:;]\s*[“"‘'«]?$/u.test(before);
      for (const found of classifySpan(ctx, span.tokens, atStart)) {
        const kept = applyMentionRules(found, body.slice(sentence.start, found.start));
        if (kept) mentions.push(kept);
      }
    }
  }
  return mentions;
}
