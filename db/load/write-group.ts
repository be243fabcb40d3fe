/**
 * The body of one load transaction over a group of articles: hash check, removal of what the
 * changed articles stated before, the new slices, corrections re-applied, orphans deleted.
 * About ten statements whatever the number of articles, which is what makes loading fast.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { resolveMerged } from "../corrections/aliases.ts";
import { reapplyCorrections, recordWrite } from "../corrections/corrections.ts";
import type { Actor } from "../corrections/records.ts";
import { stringAt, valueAt } from "../values.ts";
import { CountingRunner, type LoadCounters } from "./counters.ts";
import { entityRows, factRows, mentionRows, writtenNodeIds } from "./group-rows.ts";
import type { ArticleSlice } from "./slice.ts";
import * as cypher from "./statements.ts";

export interface GroupWriteOptions {
  force?: boolean;
  recordedBy?: Actor;
  /** Marks the articles as samples (`sample: true`), so `removeSamples` can take them out again. */
  sample?: boolean;
}

export interface GroupOutcome {
  /** The articles skipped because their content hash is unchanged. */
  unchanged: Set<string>;
  counters: LoadCounters;
}

/** `id → element id` from a statement returning `id` and `elementId`. */
function elementIdMap(records: { get(key: string): unknown }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const record of records) map.set(String(record.get("id")), String(record.get("elementId")));
  return map;
}

/** Removes everything the articles stated before; returns candidate orphans (element ids). */
export async function removeArticleFacts(runner: CountingRunner, articleIds: string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const result = await runner.run(cypher.REMOVE_ARTICLE_FACTS, { articleIds });
  return result.records.flatMap((record) => {
    const candidates = valueAt(record, "candidates");
    return Array.isArray(candidates) ? candidates.filter((c): c is string => typeof c === "string") : [];
  });
}

/** Writes `slices` in the transaction `tx`; the whole group commits or fails together. */
export async function writeGroup(
  tx: ManagedTransaction,
  slices: readonly ArticleSlice[],
  options: GroupWriteOptions = {},
): Promise<GroupOutcome> {
  // A fresh runner per attempt: the driver may retry this function after a transient error.
  const runner = new CountingRunner(tx);
  const existing = await runner.run(cypher.READ_HASHES, { articleIds: slices.map((s) => s.article.id) });
  const stored = new Map(existing.records.map((r) => [stringAt(r, "id"), valueAt(r, "hash")]));
  const unchanged = new Set(
    options.force
      ? []
      : slices.filter((s) => stored.get(s.article.id) === s.article.contentHash).map((s) => s.article.id),
  );
  const changed = slices.filter((s) => !unchanged.has(s.article.id));
  if (changed.length === 0) return { unchanged, counters: runner.counters };

  const candidates = await removeArticleFacts(
    runner,
    changed.map((s) => s.article.id).filter((id) => stored.has(id)),
  );
  // Analysts' corrections outlive re-ingest: merged ids are redirected, property fixes re-applied.
  const redirects = await resolveMerged(tx, [
    ...new Set(changed.flatMap((s) => s.entities.map((e) => e.id))),
  ]);

  const articles = await runner.run(cypher.WRITE_ARTICLES_AND_EVIDENCE, {
    articles: changed.map((s) => ({
      article: options.sample ? { ...s.article, sample: true } : s.article,
      evidence: s.evidence,
    })),
  });
  const articleElementIds = elementIdMap(articles.records);
  const created = new Set(
    articles.records.filter((r) => r.get("created") === true).map((r) => stringAt(r, "id")),
  );

  const rows = entityRows(changed, redirects);
  const entities = rows.length > 0 ? await runner.run(cypher.WRITE_ENTITIES, { rows }) : null;
  const elementIds = elementIdMap(entities?.records ?? []);

  const facts = factRows(changed, elementIds, redirects);
  const fresh = facts.plain.filter((f) => created.has(f.articleId));
  const checked = facts.plain.filter((f) => !created.has(f.articleId));
  if (fresh.length > 0) await runner.run(cypher.CREATE_FACTS, { rows: fresh });
  if (checked.length > 0) await runner.run(cypher.WRITE_FACTS, { rows: checked });
  if (facts.redirected.length > 0)
    await runner.run(cypher.WRITE_REDIRECTED_FACTS, { rows: facts.redirected });
  const mentions = mentionRows(changed, articleElementIds, elementIds, redirects);
  if (mentions.length > 0) await runner.run(cypher.WRITE_MENTIONS, { rows: mentions });

  await reapplyCorrections(tx, writtenNodeIds(changed, redirects));
  if (candidates.length > 0)
    await runner.run(cypher.DELETE_ORPHANS, { candidates: [...new Set(candidates)] });
  if (options.recordedBy) {
    for (const slice of changed) await recordWrite(tx, "ingestArticle", slice.article.id, options.recordedBy);
  }
  return { unchanged, counters: runner.counters };
}
