/** An entity's neighbourhood: breadth-first over semantic relationships, bounded in depth and size. */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { SEMANTIC_PATTERN } from "../model.ts";
import { mapsAt, readStringList, stringAt } from "../values.ts";
import { GRAPH_NODE_MAP, matchEntityById } from "./cypher.ts";
import { toGraphEdge, toGraphNode, type GraphViewRecord } from "./graph-view.ts";

export const MAX_NEIGHBORHOOD_DEPTH = 3;
/** Enough to show a busy hub without freezing the browser's layout. */
export const MAX_NEIGHBORHOOD_NODES = 150;

/**
 * The induced subgraph on `elementIds`: nodes, and semantic edges between them collapsed per type.
 * One statement for both halves: a round trip is a few milliseconds on a loaded machine, as much
 * as the node half of a 150-node neighbourhood costs to compute.
 */
export async function readSubgraph(tx: ManagedTransaction, elementIds: string[]): Promise<GraphViewRecord> {
  const result = await tx.run(
    `CALL () {
       UNWIND $ids AS eid MATCH (n) WHERE elementId(n) = eid RETURN collect(${GRAPH_NODE_MAP}) AS nodes
     }
     CALL () {
       UNWIND $ids AS eid
       MATCH (n)-[r:${SEMANTIC_PATTERN}]->(m) WHERE elementId(n) = eid AND elementId(m) IN $ids
       WITH n.id AS source, type(r) AS type, m.id AS target, count(r) AS weight
       RETURN collect({source: source, type: type, target: target, weight: weight}) AS edges
     }
     RETURN nodes, edges`,
    { ids: elementIds },
  );
  const record = result.records[0];
  return {
    nodes: mapsAt(record, "nodes").map(toGraphNode),
    edges: mapsAt(record, "edges").map(toGraphEdge),
  };
}

/** Everything within `depth` hops (1..3) of the entity, nearest first; null if the id is unknown. */
export async function findNeighborhood(
  executor: Executor,
  id: string,
  depth: number,
  maxNodes = MAX_NEIGHBORHOOD_NODES,
): Promise<GraphViewRecord | null> {
  const hops = Math.min(Math.max(Math.trunc(depth), 1), MAX_NEIGHBORHOOD_DEPTH);
  return executor.read(async (tx) => {
    // The start and its first level in one round trip (the same expansion as the later levels,
    // which exclude what was visited: here only the start). collect() keeps the row when the
    // start has no neighbours.
    const start = await tx.run(
      `${matchEntityById("n", "id")}
       WITH n LIMIT 1
       CALL (n) {
         MATCH (n)-[:${SEMANTIC_PATTERN}]-(b) WHERE b <> n
         WITH DISTINCT elementId(b) AS eid LIMIT $remaining
         RETURN collect(eid) AS next
       }
       RETURN elementId(n) AS eid, next`,
      { id, remaining: neo4j.int(Math.max(maxNodes - 1, 0)) },
    );
    const first = start.records[0];
    if (!first) return null;
    let frontier = readStringList(first.toObject(), "next");
    const visited = [stringAt(first, "eid"), ...frontier];
    // Level by level, so when the size cap bites it drops the farthest nodes, not arbitrary ones.
    for (let level = 1; level < hops && frontier.length > 0 && visited.length < maxNodes; level++) {
      const next = await tx.run(
        `UNWIND $frontier AS eid
         MATCH (a)-[:${SEMANTIC_PATTERN}]-(b) WHERE elementId(a) = eid AND NOT elementId(b) IN $visited
         RETURN DISTINCT elementId(b) AS eid LIMIT $remaining`,
        { frontier, visited, remaining: neo4j.int(maxNodes - visited.length) },
      );
      frontier = next.records.map((r) => stringAt(r, "eid"));
      visited.push(...frontier);
    }
    return readSubgraph(tx, visited);
  });
}
