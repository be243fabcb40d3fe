/**
 * Which dev articles each extraction rule fires in: the evidence for a rule's `support`
 * field (a rule needs at least two). Reads test/corpus/dev only.
 *
 *   npx tsx scripts/rule-support.ts [rule-name] [--no-knowledge] [--check]
 *
 * With --no-knowledge the knowledge file is empty, as `npm run score -- --no-knowledge` has it:
 * where a rule only helps a name the knowledge file does not list. With --check it lists the
 * proposal rules that fire in fewer than two dev articles, or whose `support` names an article
 * where they do not fire, and exits 1 if there is any.
 *
 * Candidate, reject, identity, anaphora, term and stage rules are counted inside the stage
 * (`observeRules`): where they fire on what the rules before them left, with the proposals named
 * so far. Cues are counted on every sentence; the cross-article rule on every pair of proposals
 * of two articles, both articles counted.
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
import { analyseArticle } from "../ingest/document/analyse-article.ts";
import { ANAPHORA_RULES, TERM_RULES, type ArticleProposal } from "../ingest/proposals/proposals.ts";
import { CANDIDATE_RULES } from "../ingest/proposals/rules/candidates.ts";
import {
  LINEAGE_RULES,
  OPENER_LINEAGE_RULES,
  STANCE_RULES,
  STATUS_RULES,
} from "../ingest/proposals/rules/cues.ts";
import { ACROSS_ARTICLE_RULES, IDENTITY_RULES } from "../ingest/proposals/rules/identity.ts";
import { REJECT_RULES } from "../ingest/proposals/rules/rejects.ts";
import { STAGE_LINEAGE_RULES } from "../ingest/proposals/rules/stage-lineage.ts";
import { readArticleFile } from "../ingest/read/read-article.ts";
import { observeRules } from "../ingest/rules/rule.ts";

const DEV = "test/corpus/dev/articles";
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith("--"));
const support = new Map<string, Set<string>>();
const note = (rule: string, file: string): void => {
  if (!support.has(rule)) support.set(rule, new Set());
  support.get(rule)!.add(file);
};

/** The proposal tables counted inside the stage, each rule object with its table's prefix. */
const observed = new Map<object, string>();
for (const [prefix, table] of [
  ["candidate", CANDIDATE_RULES],
  ["reject", REJECT_RULES],
  ["identity", IDENTITY_RULES],
  ["anaphora", ANAPHORA_RULES],
  ["term", TERM_RULES],
  ["stage", STAGE_LINEAGE_RULES],
] as const)
  for (const rule of table) observed.set(rule, `${prefix}:${rule.name}`);

const knowledge = args.includes("--no-knowledge") ? emptyKnowledge() : loadKnowledge();
const gazetteer = buildGazetteer(knowledge);
const proposalsOf = new Map<string, ArticleProposal[]>();
for (const file of readdirSync(DEV)
  .filter((f) => f.endsWith(".md"))
  .sort()) {
  const source = await readArticleFile(join(DEV, file), 5_000_000);
  observeRules((rule) => {
    const name = observed.get(rule);
    if (name) note(name, file);
  });
  proposalsOf.set(file, analyseArticle(source, knowledge).proposals);
  observeRules(null);
  const article = cleanArticle(source);
  const annotated = annotateDocument(article.body, article.meta.published);
  const lowerWords = lowerCaseWords(article.body);
  const nonBodyAcronyms = findNonBodyAcronyms(article.body);
  for (const sentence of annotated.sentences) {
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
// Across articles: a proposal of one article joined with one of another, both articles counted.
const files = [...proposalsOf.keys()];
const asInput = (p: ArticleProposal): { contentWords: Set<string>; phrases: ArticleProposal["phrases"] } => ({
  contentWords: p.contentWords,
  phrases: p.phrases,
});
for (const [i, a] of files.entries())
  for (const b of files.slice(i + 1))
    for (const p of proposalsOf.get(a)!)
      for (const q of proposalsOf.get(b)!)
        for (const rule of ACROSS_ARTICLE_RULES)
          if (rule.pattern({ known: asInput(p), other: asInput(q) }) !== null) {
            note(`across:${rule.name}`, a);
            note(`across:${rule.name}`, b);
          }

for (const [rule, files] of [...support].sort()) {
  if (only && !rule.endsWith(only)) continue;
  if (!args.includes("--check")) console.log(`${rule} (${files.size}): ${[...files].sort().join(", ")}`);
}

if (args.includes("--check")) {
  // Every proposal rule: fires in two dev articles at least, and in every article its entry names.
  const tables: [string, readonly { name: string; support: string[] }[]][] = [
    ["candidate", CANDIDATE_RULES],
    ["reject", REJECT_RULES],
    ["identity", IDENTITY_RULES],
    ["anaphora", ANAPHORA_RULES],
    ["term", TERM_RULES],
    ["stage", STAGE_LINEAGE_RULES],
    ["across", ACROSS_ARTICLE_RULES],
    ["cue", [...STATUS_RULES, ...LINEAGE_RULES, ...OPENER_LINEAGE_RULES, ...STANCE_RULES]],
  ];
  let failed = 0;
  for (const [prefix, table] of tables)
    for (const rule of table) {
      const fired = [...(support.get(`${prefix}:${rule.name}`) ?? [])].map((f) => f.replace(/\.md$/, ""));
      const unfired = rule.support.filter((f) => !fired.includes(f));
      if (fired.length >= 2 && rule.support.length >= 2 && !unfired.length) continue;
      failed++;
      console.log(
        `${prefix}:${rule.name}: fires in ${fired.length} [${fired.join(", ")}]` +
          (unfired.length ? `; support names articles where it does not fire: ${unfired.join(", ")}` : "") +
          (rule.support.length < 2 ? `; support lists ${rule.support.length}` : ""),
      );
    }
  process.exitCode = failed ? 1 : 0;
}
