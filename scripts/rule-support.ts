/**
 * Which dev articles each extraction rule fires in: the evidence for a rule's `support`
 * field (a rule needs at least two). Reads test/corpus/dev only.
 *
 *   npx tsx scripts/rule-support.ts [rule-name]
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { annotateDocument } from "../ingest/annotate/index.ts";
import { cleanArticle } from "../ingest/clean/clean-body.ts";
import { loadKnowledge } from "../ingest/knowledge/knowledge.ts";
import { classifySpan } from "../ingest/mentions/classify-span.ts";
import { buildGazetteer } from "../ingest/mentions/gazetteer.ts";
import { createMentionContext, lowerCaseWords } from "../ingest/mentions/mention-context.ts";
import { findTitleAcronyms } from "../ingest/mentions/find-mentions.ts";
import { MENTION_RULES } from "../ingest/mentions/mention-rules.ts";
import { findSpans, tokenize } from "../ingest/mentions/spans.ts";
import { CANDIDATE_RULES } from "../ingest/proposals/rules/candidates.ts";
import {
  LINEAGE_RULES,
  OPENER_LINEAGE_RULES,
  STANCE_RULES,
  STATUS_RULES,
} from "../ingest/proposals/rules/cues.ts";
import { REJECT_RULES } from "../ingest/proposals/rules/rejects.ts";
import { readArticleFile } from "../ingest/read/read-article.ts";

const DEV = "test/corpus/dev/articles";
const only = process.argv[2];
const support = new Map<string, Set<string>>();
const note = (rule: string, file: string): void => {
  if (!support.has(rule)) support.set(rule, new Set());
  support.get(rule)!.add(file);
};

const knowledge = loadKnowledge();
const gazetteer = buildGazetteer(knowledge);
for (const file of readdirSync(DEV).filter((f) => f.endsWith(".md"))) {
  const article = cleanArticle(await readArticleFile(join(DEV, file), 5_000_000));
  const annotated = annotateDocument(article.body, article.meta.published);
  const lowerWords = lowerCaseWords(article.body);
  for (const sentence of annotated.sentences) {
    const tokens = annotated.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    for (const rule of CANDIDATE_RULES) {
      const phrases = rule.pattern({ sentence, tokens }) ?? [];
      if (phrases.length) note(`candidate:${rule.name}`, file);
      for (const phrase of phrases)
        for (const reject of REJECT_RULES)
          if (reject.pattern({ phrase })) note(`reject:${reject.name}`, file);
    }
    for (const rule of [...STATUS_RULES, ...LINEAGE_RULES, ...OPENER_LINEAGE_RULES, ...STANCE_RULES])
      if (rule.pattern(sentence.text)) note(`cue:${rule.name}`, file);
    const ctx = createMentionContext(article.body, sentence, knowledge, gazetteer, lowerWords);
    for (const span of findSpans(tokenize(sentence), sentence.text, sentence.start))
      for (const mention of classifySpan(ctx, span.tokens, false))
        for (const rule of MENTION_RULES)
          if (
            rule.pattern({
              mention,
              before: article.body.slice(sentence.start, mention.start),
              after: article.body.slice(mention.end, sentence.end),
              titleAcronyms: findTitleAcronyms(article.body),
            })
          )
            note(`mention:${rule.name}`, file);
  }
}
for (const [rule, files] of [...support].sort()) {
  if (only && !rule.endsWith(only)) continue;
  console.log(`${rule} (${files.size}): ${[...files].sort().join(", ")}`);
}
