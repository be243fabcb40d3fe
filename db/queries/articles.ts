/** Articles: newest first, searchable by title and outlet; by id for Evidence.article. */
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { toArticleRecord, type ArticleRecord } from "../records.ts";
import { clampPage, nodeAt } from "../values.ts";
import { MAX_PAGE_SIZE, type ListArgs } from "./entities.ts";

export async function listArticles(executor: Executor, args: ListArgs): Promise<ArticleRecord[]> {
  const { limit, offset } = clampPage(args.limit, args.offset, MAX_PAGE_SIZE);
  const search = args.search?.trim().toLowerCase() || null;
  const query = `
    MATCH (a:Article)
    WHERE $search IS NULL
       OR toLower(coalesce(a.title, '')) CONTAINS $search
       OR toLower(coalesce(a.outlet, '')) CONTAINS $search
    RETURN a ORDER BY a.published IS NULL, a.published DESC, a.id SKIP $offset LIMIT $limit`;
  const result = await executor.read((tx) =>
    tx.run(query, { search, limit: neo4j.int(limit), offset: neo4j.int(offset) }),
  );
  return result.records.map((r) => toArticleRecord(nodeAt(r, "a")));
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
