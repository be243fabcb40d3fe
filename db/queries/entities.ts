/** Entities of every kind: lists with search and paging, lookups by id. */
import type { EntityKind } from "../../common/graph-document.ts";
import { assertNever } from "../../common/graph-document.ts";
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { toEntityRecord, type EntityRecord } from "../records.ts";
import { clampPage, nodeAt, nodeOrNullAt } from "../values.ts";
import { matchEntityById } from "./cypher.ts";

export const MAX_PAGE_SIZE = 200;

export interface ListArgs {
  search?: string | null;
  limit?: number | null;
  offset?: number | null;
}

/** People, institutions and countries alphabetically; meetings and proposals newest first. */
function orderFor(kind: EntityKind): string {
  switch (kind) {
    case "Person":
    case "Institution":
    case "Country":
      return "toLower(n.name), n.id";
    case "Meeting":
    case "Proposal":
      // Undated last: Neo4j sorts nulls first in descending order.
      return "n.date IS NULL, n.date DESC, n.name, n.id";
    default:
      return assertNever(kind);
  }
}

/** Meetings have no aliases, so a search also matches the names of those who attended. */
function searchFilter(kind: EntityKind): string {
  const own = "n.searchText CONTAINS $search";
  return kind === "Meeting"
    ? `(${own} OR EXISTS { (n)<-[:ATTENDED]-(p:Person) WHERE p.searchText CONTAINS $search })`
    : own;
}

export async function listEntities(
  executor: Executor,
  kind: EntityKind,
  args: ListArgs,
): Promise<EntityRecord[]> {
  const { limit, offset } = clampPage(args.limit, args.offset, MAX_PAGE_SIZE);
  const search = args.search?.trim().toLowerCase() || null;
  const query = `
    MATCH (n:${kind})
    ${search ? `WHERE ${searchFilter(kind)}` : ""}
    RETURN n ORDER BY ${orderFor(kind)} SKIP $offset LIMIT $limit`;
  return executor.read(async (tx) => {
    const result = await tx.run(query, { search, limit: neo4j.int(limit), offset: neo4j.int(offset) });
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
