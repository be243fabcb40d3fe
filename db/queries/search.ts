/** Full-text search over names and aliases of every entity kind. */
import neo4j from "neo4j-driver";
import type { EntityKind } from "../../common/graph-document.ts";
import type { Executor } from "../executor.ts";
import { toEntityRecord } from "../records.ts";
import { ENTITY_FULLTEXT_INDEX } from "../schema.ts";
import { nodeAt, numberAt } from "../values.ts";
import { buildFulltextQuery } from "./lucene.ts";

export const MAX_SEARCH_HITS = 100;

export interface SearchHitRecord {
  id: string;
  kind: EntityKind;
  name: string;
  score: number;
}

/** Best matches first; an empty or punctuation-only text finds nothing. */
export async function searchEntities(
  executor: Executor,
  text: string,
  limit: number,
): Promise<SearchHitRecord[]> {
  const query = buildFulltextQuery(text);
  if (!query) return [];
  const capped = Math.min(Math.max(Math.trunc(limit), 1), MAX_SEARCH_HITS);
  const result = await executor.read((tx) =>
    tx.run(
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
       RETURN node, score ORDER BY score DESC, node.name`,
      { index: ENTITY_FULLTEXT_INDEX, query, limit: neo4j.int(capped) },
    ),
  );
  return result.records.map((r) => {
    const entity = toEntityRecord(nodeAt(r, "node"));
    return { id: entity.id, kind: entity.kind, name: entity.name, score: numberAt(r, "score") };
  });
}
