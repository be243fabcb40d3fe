/** Articles: filtered lists (newest first by default); by id for Evidence.article; their mentions. */
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import type { EntityKind } from "../../common/graph-document.ts";
import { entityKindOf, toArticleRecord, type ArticleRecord } from "../records.ts";
import { clampPage, mapsAt, nodeAt, readNumber, readString, readStringList, stringAt } from "../values.ts";
import { MAX_PAGE_SIZE, type ListArgs } from "./entities.ts";
import { defaultSort, filterParams, filterPredicates, orderBy, whereClause } from "./filters.ts";

export async function listArticles(executor: Executor, args: ListArgs): Promise<ArticleRecord[]> {
  const { limit, offset } = clampPage(args.limit, args.offset, MAX_PAGE_SIZE);
  const query = `
    MATCH (n:Article)
    ${whereClause(filterPredicates("Article", args))}
    RETURN n ORDER BY ${orderBy("Article", args.sort ?? defaultSort("Article"))} SKIP $offset LIMIT $limit`;
  const result = await executor.read((tx) =>
    tx.run(query, { ...filterParams(args), limit: neo4j.int(limit), offset: neo4j.int(offset) }),
  );
  return result.records.map((r) => toArticleRecord(nodeAt(r, "n")));
}

export async function findArticlesByIds(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, ArticleRecord>> {
  const result = await executor.read((tx) =>
    tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a", { ids }),
  );
  return new Map(
    result.records.map((r) => {
      const article = toArticleRecord(nodeAt(r, "a"));
      return [article.id, article];
    }),
  );
}

export interface MentionRecord {
  articleId: string;
  entityId: string;
  kind: EntityKind;
  /** The surface form, equal to `body.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** For each article id, every mention of an entity in its body, in text order. */
export async function findMentions(
  executor: Executor,
  articleIds: readonly string[],
): Promise<Map<string, MentionRecord[]>> {
  const query = `
    UNWIND $ids AS key
    CALL (key) {
      MATCH (:Article {id: key})-[m:MENTIONS]->(n)
      WITH DISTINCT m.start AS start, m.end AS end, m.text AS text, n
      ORDER BY start, end
      RETURN collect({start: start, end: end, text: text, entityId: n.id, labels: labels(n)}) AS mentions
    }
    RETURN key, mentions`;
  const result = await executor.read((tx) => tx.run(query, { ids: articleIds }));
  return new Map(
    result.records.map((r) => {
      const articleId = stringAt(r, "key");
      const mentions = mapsAt(r, "mentions").flatMap((m): MentionRecord[] => {
        const kind = entityKindOf(readStringList(m, "labels"));
        return kind
          ? [
              {
                articleId,
                entityId: readString(m, "entityId"),
                kind,
                text: readString(m, "text"),
                start: readNumber(m, "start"),
                end: readNumber(m, "end"),
              },
            ]
          : [];
      });
      return [articleId, mentions];
    }),
  );
}
