/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) at start-up and before ingest.
 */
import type { Executor } from "./executor.ts";
import { ARTICLE_SCOPED_TYPES, ENTITY_LABELS } from "./model.ts";

export const ENTITY_FULLTEXT_INDEX = "entity_names";
export const ARTICLE_FULLTEXT_INDEX = "article_text";

/** Every statement ensureSchema runs; exported so a test can check they stay idempotent. */
export function schemaStatements(): string[] {
  const unique = [...ENTITY_LABELS, "Article", "Evidence"].map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  // Relationship property indexes let an article's facts be found (and replaced) without a scan.
  const articleScoped = ARTICLE_SCOPED_TYPES.map(
    (type) =>
      `CREATE INDEX rel_${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`,
  );
  return [
    ...unique,
    ...articleScoped,
    // Text indexes back the CONTAINS filter of list queries (people(search: "lavr")).
    ...ENTITY_LABELS.map(
      (label) =>
        `CREATE TEXT INDEX ${label.toLowerCase()}_search IF NOT EXISTS FOR (n:${label}) ON (n.searchText)`,
    ),
    // The correction log and the alias map of merges (see MODEL.md, "Corrections").
    `CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE`,
    `CREATE INDEX correction_target IF NOT EXISTS FOR (c:Correction) ON (c.targetId)`,
    `CREATE CONSTRAINT merged_into_from IF NOT EXISTS FOR (a:MergedInto) REQUIRE a.fromId IS UNIQUE`,
    `CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.articleId)`,
    `CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)`,
    `CREATE INDEX proposal_date IF NOT EXISTS FOR (p:Proposal) ON (p.date)`,
    `CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)`,
    // Aliases are a list; the full-text index reads the joined `aliasText` string instead.
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS
       FOR (n:${ENTITY_LABELS.join("|")}) ON EACH [n.name, n.aliasText]`,
    `CREATE FULLTEXT INDEX ${ARTICLE_FULLTEXT_INDEX} IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.body]`,
  ];
}

/** Creates missing constraints and indexes, then waits until they are online. */
export async function ensureSchema(executor: Executor): Promise<void> {
  // Schema changes cannot share a transaction with each other, so one transaction each.
  for (const statement of schemaStatements()) {
    await executor.write((tx) => tx.run(statement), { timeoutMs: 60_000 });
  }
  await executor.read((tx) => tx.run("CALL db.awaitIndexes(60)"), { timeoutMs: 90_000 });
}
