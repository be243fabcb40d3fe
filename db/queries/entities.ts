/** Entities of every kind: lists with filters, sorting and paging; lookups by id. */
import type { EntityKind } from "../../common/graph-document.ts";
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { toEntityRecord, type EntityRecord } from "../records.ts";
import { clampPage, nodeAt, nodeOrNullAt } from "../values.ts";
import { matchEntityById } from "./cypher.ts";
import {
  defaultSort,
  filterParams,
  filterPredicates,
  orderBy,
  whereClause,
  type ListFilter,
  type SortOrder,
} from "./filters.ts";

export const MAX_PAGE_SIZE = 200;

/** A page of a list query: filters, a sort order and paging (limit clamped to MAX_PAGE_SIZE). */
export interface ListArgs extends ListFilter {
  sort?: SortOrder | null;
  limit?: number | null;
  offset?: number | null;
}

export async function listEntities(
  executor: Executor,
  kind: EntityKind,
  args: ListArgs,
): Promise<EntityRecord[]> {
  const { limit, offset } = clampPage(args.limit, args.offset, MAX_PAGE_SIZE);
  const query = `
    MATCH (n:${kind})
    ${whereClause(filterPredicates(kind, args))}
    RETURN n ORDER BY ${orderBy(kind, args.sort ?? defaultSort(kind))} SKIP $offset LIMIT $limit`;
  return executor.read(async (tx) => {
    const result = await tx.run(query, {
      ...filterParams(args),
      limit: neo4j.int(limit),
      offset: neo4j.int(offset),
    });
    return result.records.map((r) => toEntityRecord(nodeAt(r, "n")));
  });
}

/** Entities of one kind by id, for DataLoader: the map holds only ids that exist. */
export async function findEntitiesByIds(
  executor: Executor,
  kind: EntityKind,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const result = await executor.read((tx) =>
    tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n`, { ids }),
  );
  return new Map(
    result.records.map((r) => {
      const record = toEntityRecord(nodeAt(r, "n"));
      return [record.id, record];
    }),
  );
}

/** The entity with this id, whatever its kind. */
export async function findEntity(executor: Executor, id: string): Promise<EntityRecord | null> {
  const result = await executor.read((tx) =>
    tx.run(`${matchEntityById("n", "id")} RETURN n LIMIT 1`, { id }),
  );
  const record = result.records[0];
  const node = record ? nodeOrNullAt(record, "n") : null;
  return node ? toEntityRecord(node) : null;
}
