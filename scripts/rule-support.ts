/**
 * Which dev articles each extraction rule fires in: the evidence for a rule's `support`
 * field (a rule needs at least two). Reads test/corpus/dev only.
 *
 *   npx tsx scripts/rule-support.ts [rule-name] [--no-knowledge]
 *
 * With --no-knowledge the knowledge file is empty, as `npm run score -- --no-knowledge` has it:
 * where a rule only helps a name the knowledge file does not list.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { annotateDocument } from "../ingest/annotate/index.ts";
import { cleanArticle } from "../ingest/clean/clean-body.ts";
import { emptyKnowledge, loadKnowledge } from "../ingest/knowledge/knowledge.ts";
import { classifySpan } from "../ingest/mentions/classify-span.ts";
import { buildGazetteer } from "../ingest/mentions/gazetteer.ts";
import { createMentionContext, lowerCaseWords } from "../ingest/mentions/mention-context.ts";
import { applyMentionRules } from "../ingest/mentions/mention-rules.ts";
import { findNonBodyAcronyms } from "../ingest/mentions/non-body-acronyms.ts";
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
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith("--"));
const support = new Map<string, Set<string>>();
const note = (rule: string, file: string): void => {
  if (!support.has(rule)) support.set(rule, new Set());
  support.get(rule)!.add(file);
};

const knowledge = args.includes("--no-knowledge") ? emptyKnowledge() : loadKnowledge();
const gazetteer = buildGazetteer(knowledge);
for (const file of readdirSync(DEV).filter((f) => f.endsWith(".md"))) {
  const article = cleanArticle(await readArticleFile(join(DEV, file), 5_000_000));
  const annotated = annotateDocument(article.body, article.meta.published);
  const lowerWords = lowerCaseWords(article.body);
  const nonBodyAcronyms = findNonBodyAcronyms(article.body);
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
        // In table order, as the stage runs them: a rule counts where it fires on what the rules before it left.
        applyMentionRules(
          mention,
          {
            before: article.body.slice(sentence.start, mention.start),
            after: article.body.slice(mention.end, sentence.end),
            nonBodyAcronyms,
          },
          (rule) => note(`mention:${rule.name}`, file),
        );
  }
}
for (const [rule, files] of [...support].sort()) {
  if (only && !rule.endsWith(only)) continue;
  console.log(`${rule} (${files.size}): ${[...files].sort().join(", ")}`);
}
