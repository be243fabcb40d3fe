/**
 * The Cypher a load transaction runs. Every statement is UNWIND-batched over all the articles
 * of the transaction (rows carry their `articleId`), so a group of articles costs the same
 * handful of round trips as one article.
 */
import { ARTICLE_SCOPED_TYPES, ENTITY_LABELS, isEntityPredicate } from "../model.ts";

export const READ_HASH = `MATCH (a:Article {id: $articleId}) RETURN a.contentHash AS hash`;

/**
 * For the write statements below, whose plans are fixed by their shape (unique-index and
 * element-id seeks, expands between bound nodes) whatever the graph's size: without it Neo4j
 * replans them again and again while a load grows the graph from empty, at up to a second each.
 */
const KEEP_PLAN = "CYPHER replan=skip";

/** The stored content hash of each article of `$articleIds` that exists. */
export const READ_HASHES = `
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.contentHash AS hash`;

/**
 * Deletes everything the articles `$articleIds` stated (fact relationships, mentions, evidence)
 * and returns, per article, the element ids of the nodes those touched, to check for orphans
 * afterwards. Two subqueries, because an aggregate over no facts must still yield a row for
 * the evidence part.
 */
export const REMOVE_ARTICLE_FACTS = `
UNWIND $articleIds AS articleId
CALL (articleId) {
  CALL (articleId) {
    ${ARTICLE_SCOPED_TYPES.map((type) => `MATCH (s)-[r:${type} {articleId: articleId}]->(t) RETURN r, s, t`).join("\n    UNION ALL\n    ")}
  }
  DELETE r
  RETURN collect(DISTINCT elementId(s)) + collect(DISTINCT elementId(t)) AS ends
}
CALL (articleId) {
  OPTIONAL MATCH (e:Evidence {articleId: articleId})
  OPTIONAL MATCH (owner)-[:EVIDENCED_BY]->(e)
  WITH collect(DISTINCT elementId(owner)) AS owners, collect(DISTINCT e) AS evidence
  FOREACH (e IN evidence | DETACH DELETE e)
  RETURN owners
}
RETURN ends + owners AS candidates`;

/** Deletes entity nodes among `$candidates` that nothing supports any more. */
export const DELETE_ORPHANS = `
UNWIND $candidates AS candidate
MATCH (n) WHERE elementId(n) = candidate AND ${isEntityPredicate("n")} AND NOT EXISTS { (n)--() }
DELETE n`;

/**
 * Writes each article of `$articles` ({article, evidence}) with its evidence; returns the
 * articles' element ids so mentions can bind them without another index lookup.
 */
export const WRITE_ARTICLES_AND_EVIDENCE = `${KEEP_PLAN}
UNWIND $articles AS row
MERGE (a:Article {id: row.article.id})
// A stored article always has a hash: none means this transaction created the node.
WITH a, row, a.contentHash IS NULL AS created
SET a += row.article
WITH a, row, created
CALL (a, row) {
  UNWIND row.evidence AS ev
  MERGE (e:Evidence {id: ev.id})
  SET e.articleId = ev.articleId, e.quote = ev.quote, e.start = toInteger(ev.start), e.end = toInteger(ev.end)
  MERGE (e)-[:IN_ARTICLE]->(a)
}
RETURN row.article.id AS id, elementId(a) AS elementId, created`;

/**
 * MERGEs entities (every label in one statement, one MERGE subquery per label so each uses its
 * unique index), unions their aliases (and a person's roles), keeps the highest confidence and links their evidence. A row whose id was merged into
 * another entity (`row.chain` not null) writes onto the kept node `row.nodeId`: it adds its name
 * as an alias instead of overwriting the kept node's properties, and marks its evidence links
 * with the chain so undoing the merge can move them back.
 */
export const WRITE_ENTITIES = `${KEEP_PLAN}
UNWIND $rows AS row
CALL (row) {
  ${ENTITY_LABELS.map(
    (label) => `WITH row WHERE row.kind = '${label}'
  MERGE (n:${label} {id: row.nodeId})
  ON CREATE SET n += row.props
  RETURN n`,
  ).join("\n  UNION ALL\n  ")}
}
WITH n, row
CALL (n, row) {
  WITH n, row, n.confidence AS before WHERE row.chain IS NULL
  SET n += row.props
  // The highest confidence any load gave it: the graph must not depend on which of several
  // chunks, shards or concurrent ingests stating the entity wrote last.
  SET n.confidence = CASE WHEN before > row.props.confidence THEN before ELSE row.props.confidence END
}
WITH n, row, row.aliases + CASE WHEN row.chain IS NULL THEN [] ELSE [row.props.name] END AS aliases
SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN aliases |
      CASE WHEN alias IS NULL OR alias IN acc OR alias = n.name THEN acc ELSE acc + alias END)
SET n.roles = CASE WHEN row.kind = 'Person'
      THEN reduce(acc = coalesce(n.roles, []), role IN row.roles | CASE WHEN role IN acc THEN acc ELSE acc + role END)
      ELSE n.roles END
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

/**
 * One relationship per fact and article; endpoints by element id. Created unless that article
 * already has this fact between these nodes. Not MERGE: MERGE with a dynamic type
 * (\`$(row.type)\`) is planned as a scan of every relationship for each row, and a subquery
 * per type takes a second to plan. The check is enough without MERGE's locks because the
 * article statement before it locks the article node, so two loads of one article never
 * write its facts at the same time.
 */
export const WRITE_FACTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
WITH s, t, row WHERE NOT EXISTS {
  MATCH (s)-[r {articleId: row.articleId}]->(t) WHERE type(r) = row.type
}
CREATE (s)-[r:$(row.type)]->(t)
SET r.articleId = row.articleId, r.confidence = row.confidence, r.evidenceIds = row.evidenceIds,
    r.quote = row.quote, r.start = toInteger(row.start), r.end = toInteger(row.end)`;

/**
 * Facts of articles this transaction created: nobody else can have written them (a concurrent
 * load of the same article waits on the new article node until this one commits, and finds it
 * then), so they are created without the existence check, which walks every parallel
 * relationship between the two nodes (one per article: thousands between hubs).
 */
export const CREATE_FACTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
CREATE (s)-[r:$(row.type)]->(t)
SET r.articleId = row.articleId, r.confidence = row.confidence, r.evidenceIds = row.evidenceIds,
    r.quote = row.quote, r.start = toInteger(row.start), r.end = toInteger(row.end)`;

/**
 * Facts with an end that was merged away: created beside the kept node's own facts (never
 * merged with them), each end marked with its merge chain so an undo can tell them apart.
 */
export const WRITE_REDIRECTED_FACTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
CREATE (s)-[r:$(row.type) {articleId: row.articleId}]->(t)
SET r.confidence = row.confidence, r.evidenceIds = row.evidenceIds,
    r.quote = row.quote, r.start = toInteger(row.start), r.end = toInteger(row.end),
    r.srcMergedFrom = row.srcMergedFrom, r.dstMergedFrom = row.dstMergedFrom`;

/** Mentions: `row.source` is the article's element id, `row.target` the entity's. */
export const WRITE_MENTIONS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.source
MATCH (n) WHERE elementId(n) = row.target
MERGE (a)-[m:MENTIONS {articleId: row.articleId, start: toInteger(row.start), end: toInteger(row.end)}]->(n)
SET m.text = row.text, m.dstMergedFrom = row.chain`;

/** The articles ingest marked as samples. */
export const READ_SAMPLE_ARTICLES = `MATCH (a:Article) WHERE a.sample = true RETURN a.id AS id ORDER BY id`;

export const DELETE_ARTICLE_NODE = `MATCH (a:Article {id: $articleId}) DETACH DELETE a`;

/**
 * For each incoming meeting ({id, participants}), the stored meetings (other ids) that a
 * participant attended, with their fields and everyone who attended them: the loader decides
 * which are the same real meeting (\`db/load/stored-meetings.ts\`).
 */
export const READ_MEETINGS_SHARING_PARTICIPANTS = `
UNWIND $meetings AS incoming
MATCH (p:Person)-[:ATTENDED]->(s:Meeting)
WHERE p.id IN incoming.participants AND s.id <> incoming.id
WITH DISTINCT incoming, s
RETURN incoming.id AS incoming, s.id AS id, s.kind AS kind, s.date AS date, s.dateEnd AS dateEnd,
       s.place AS place, s.status AS status,
       COLLECT { MATCH (q:Person)-[:ATTENDED]->(s) RETURN DISTINCT q.id } AS participants`;
