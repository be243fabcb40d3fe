/** Entities of every kind: lists with filters, sorting and paging; lookups by id. */
import type { EntityKind } from "../../common/graph-document.ts";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { resolveMerged } from "../corrections/aliases.ts";
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

async function findOfKind(
  tx: ManagedTransaction,
  kind: EntityKind,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n`, { ids });
  return new Map(
    result.records.map((r) => {
      const record = toEntityRecord(nodeAt(r, "n"));
      return [record.id, record];
    }),
  );
}

async function findAnyKind(tx: ManagedTransaction, id: string): Promise<EntityRecord | null> {
  const result = await tx.run(`${matchEntityById("n", "id")} RETURN n LIMIT 1`, { id });
  const record = result.records[0];
  const node = record ? nodeOrNullAt(record, "n") : null;
  return node ? toEntityRecord(node) : null;
}

/**
 * Entities of one kind by id, for DataLoader: the map holds only ids that exist. An id merged
 * away maps to the entity it became, with `mergedFrom` set to it, so saved links survive a merge.
 * Ids that exist cost one round trip; merged ones one more per level of merge chain.
 */
export async function findEntitiesByIds(
  executor: Executor,
  kind: EntityKind,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  return executor.read(async (tx) => {
    const found = await findOfKind(tx, kind, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    const redirects = await resolveMerged(tx, missing);
    if (redirects.size === 0) return found;
    const targets = await findOfKind(
      tx,
      kind,
      [...redirects.values()].map((r) => r.nodeId),
    );
    for (const [id, redirect] of redirects) {
      const target = targets.get(redirect.nodeId);
      if (target) found.set(id, { ...target, mergedFrom: id });
    }
    return found;
  });
}

/** The entity with this id, whatever its kind, following merges as findEntitiesByIds does. */
export async function findEntity(executor: Executor, id: string): Promise<EntityRecord | null> {
  return executor.read(async (tx) => {
    const entity = await findAnyKind(tx, id);
    if (entity) return entity;
    const redirect = (await resolveMerged(tx, [id])).get(id);
    const target = redirect ? await findAnyKind(tx, redirect.nodeId) : null;
    return target ? { ...target, mergedFrom: id } : null;
  });
}

/** For each id merged away, the id of the entity it became (ids not merged are absent). */
export async function findMergeTargets(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const redirects = await executor.read((tx) => resolveMerged(tx, ids));
  return new Map([...redirects].map(([id, redirect]) => [id, redirect.nodeId]));
}
