/** Full-text search over names and aliases of every entity kind, and over article titles and bodies. */
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { toEntityRecord } from "../records.ts";
import { ARTICLE_FULLTEXT_INDEX, ENTITY_FULLTEXT_INDEX } from "../schema.ts";
import { isProperties, nodeAt, numberAt, readString, readStringOrNull, valueAt } from "../values.ts";
import type { ListKind } from "./filters.ts";
import { buildFulltextQuery } from "./lucene.ts";

export const MAX_SEARCH_HITS = 100;

export interface SearchHitRecord {
  id: string;
  kind: ListKind;
  name: string;
  score: number;
}

/**
 * Best matches first across all kinds (or only `kinds`); an empty or punctuation-only text
 * finds nothing. Both indexes use the same analyzer and query, so their scores are comparable.
 */
export async function searchEntities(
  executor: Executor,
  text: string,
  limit: number,
  kinds: readonly ListKind[] | null = null,
): Promise<SearchHitRecord[]> {
  const query = buildFulltextQuery(text);
  if (!query) return [];
  const capped = Math.min(Math.max(Math.trunc(limit), 1), MAX_SEARCH_HITS);
  const wanted = (kind: ListKind) => !kinds?.length || kinds.includes(kind);
  const entityKinds = (kinds ?? []).filter((k) => k !== "Article");
  const params = { query, limit: neo4j.int(capped), kinds: entityKinds.length ? entityKinds : null };
  return executor.read(async (tx) => {
    const hits: SearchHitRecord[] = [];
    if (!kinds?.length || entityKinds.length > 0) {
      // Over-fetch when filtering by kind, so the filter does not starve the page.
      const entities = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
         WHERE $kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)
         RETURN node, score ORDER BY score DESC, node.name LIMIT $limit`,
        { ...params, index: ENTITY_FULLTEXT_INDEX, fetch: neo4j.int(params.kinds ? capped * 5 : capped) },
      );
      for (const r of entities.records) {
        const entity = toEntityRecord(nodeAt(r, "node"));
        hits.push({ id: entity.id, kind: entity.kind, name: entity.name, score: numberAt(r, "score") });
      }
    }
    if (wanted("Article")) {
      // Only what a hit shows: whole article nodes carry their bodies (about 3.6 KB each).
      const articles = await tx.run(
        `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
         RETURN node {.id, .title, .file} AS article, score ORDER BY score DESC`,
        { ...params, index: ARTICLE_FULLTEXT_INDEX },
      );
      for (const r of articles.records) {
        const value = valueAt(r, "article");
        const article = isProperties(value) ? value : {};
        const id = readString(article, "id");
        hits.push({
          id,
          kind: "Article",
          name: readStringOrNull(article, "title") ?? readStringOrNull(article, "file") ?? id,
          score: numberAt(r, "score"),
        });
      }
    }
    return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, capped);
  });
}
