/**
 * The Cypher one article's load transaction runs. Each statement is UNWIND-batched, so an
 * article costs a handful of round trips however many facts it holds.
 */
import type { EntityKind } from "../../common/graph-document.ts";
import { ARTICLE_SCOPED_TYPES, ENTITY_LABELS, isEntityPredicate } from "../model.ts";

export const READ_HASH = `MATCH (a:Article {id: $articleId}) RETURN a.contentHash AS hash`;

/**
 * Deletes everything the article stated (its fact relationships, mentions and evidence) and
 * returns the element ids of the nodes those touched, to check for orphans afterwards.
 */
export const REMOVE_ARTICLE_FACTS = `
CALL () {
  ${ARTICLE_SCOPED_TYPES.map((type) => `MATCH (s)-[r:${type} {articleId: $articleId}]->(t) RETURN r, s, t`).join("\n  UNION ALL\n  ")}
}
DELETE r
WITH collect(DISTINCT elementId(s)) + collect(DISTINCT elementId(t)) AS ends
OPTIONAL MATCH (e:Evidence {articleId: $articleId})
OPTIONAL MATCH (owner)-[:EVIDENCED_BY]->(e)
WITH ends, collect(DISTINCT elementId(owner)) AS owners, collect(DISTINCT e) AS evidence
FOREACH (e IN evidence | DETACH DELETE e)
RETURN ends + owners AS candidates`;

/** Deletes entity nodes among `$candidates` that nothing supports any more. */
export const DELETE_ORPHANS = `
UNWIND $candidates AS candidate
MATCH (n) WHERE elementId(n) = candidate AND ${isEntityPredicate("n")} AND NOT EXISTS { (n)--() }
DELETE n`;

export const WRITE_ARTICLE_AND_EVIDENCE = `
MERGE (a:Article {id: $article.id})
SET a += $article
WITH a
UNWIND $evidence AS ev
MERGE (e:Evidence {id: ev.id})
SET e.articleId = ev.articleId, e.quote = ev.quote, e.start = toInteger(ev.start), e.end = toInteger(ev.end)
MERGE (e)-[:IN_ARTICLE]->(a)`;

/**
 * MERGEs entities of one label, unions their aliases and links their evidence. A row whose id
 * was merged into another entity (`row.chain` not null) writes onto the kept node `row.nodeId`:
 * it adds its name as an alias instead of overwriting the kept node's properties, and marks its
 * evidence links with the chain so undoing the merge can move them back.
 */
export function writeEntitiesStatement(kind: EntityKind): string {
  if (!ENTITY_LABELS.includes(kind)) throw new Error(`Unknown entity label ${kind}`);
  return `
UNWIND $rows AS row
MERGE (n:${kind} {id: row.nodeId})
ON CREATE SET n += row.props
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.chain IS NULL
  SET n += row.props
}
WITH n, row, row.aliases + CASE WHEN row.chain IS NULL THEN [] ELSE [row.props.name] END AS aliases
SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN aliases |
      CASE WHEN alias IS NULL OR alias IN acc OR alias = n.name THEN acc ELSE acc + alias END)
SET n.aliasText = reduce(text = '', alias IN n.aliases | text + alias + ' | '),
    n.searchText = toLower(n.name + ' | ' + reduce(text = '', alias IN n.aliases | text + alias + ' | '))
WITH n, row
CALL (n, row) {
  UNWIND row.evidenceIds AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  WITH n, row, e WHERE NOT EXISTS {
    (n)-[r:EVIDENCED_BY]->(e) WHERE coalesce(r.srcMergedFrom, []) = coalesce(row.chain, [])
  }
  CREATE (n)-[r:EVIDENCED_BY]->(e)
  SET r.srcMergedFrom = row.chain
}
RETURN row.id AS id, elementId(n) AS elementId`;
}

/** One relationship per fact and article; endpoints by element id, the type from a whitelist. */
export const WRITE_FACTS = `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
MERGE (s)-[r:$(row.type) {articleId: $articleId}]->(t)
SET r.confidence = row.confidence, r.evidenceIds = row.evidenceIds,
    r.quote = row.quote, r.start = toInteger(row.start), r.end = toInteger(row.end)`;

/**
 * Facts with an end that was merged away: created beside the kept node's own facts (never
 * merged with them), each end marked with its merge chain so an undo can tell them apart.
 */
export const WRITE_REDIRECTED_FACTS = `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
CREATE (s)-[r:$(row.type) {articleId: $articleId}]->(t)
SET r.confidence = row.confidence, r.evidenceIds = row.evidenceIds,
    r.quote = row.quote, r.start = toInteger(row.start), r.end = toInteger(row.end),
    r.srcMergedFrom = row.srcMergedFrom, r.dstMergedFrom = row.dstMergedFrom`;

export const WRITE_MENTIONS = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.target
MERGE (a)-[m:MENTIONS {articleId: $articleId, start: toInteger(row.start), end: toInteger(row.end)}]->(n)
SET m.text = row.text, m.dstMergedFrom = row.chain`;

export const DELETE_ARTICLE_NODE = `MATCH (a:Article {id: $articleId}) DETACH DELETE a`;
