/** Shortest paths between two entities over semantic relationships (never via articles or evidence). */
import type { Executor } from "../executor.ts";
import { SEMANTIC_PATTERN } from "../model.ts";
import { mapsAt } from "../values.ts";
import { GRAPH_NODE_MAP, matchEntityById } from "./cypher.ts";
import { toGraphEdge, toGraphNode, type GraphViewRecord } from "./graph-view.ts";
import { readSubgraph } from "./neighborhood.ts";

/** Longer chains are rarely meaningful and cost much more to find. */
export const MAX_PATH_LENGTH = 8;

/** A shortest path from one entity to another, or null if none exists within MAX_PATH_LENGTH. */
export async function findShortestPath(
  executor: Executor,
  fromId: string,
  toId: string,
): Promise<GraphViewRecord | null> {
  return executor.read(async (tx) => {
    if (fromId === toId) {
      // shortestPath refuses equal endpoints; a path from an entity to itself is the entity.
      const self = await tx.run(`${matchEntityById("n", "id")} RETURN elementId(n) AS eid`, { id: fromId });
      const eid: unknown = self.records[0]?.get("eid");
      return typeof eid === "string" ? readSubgraph(tx, [eid]) : null;
    }
    const result = await tx.run(
      `${matchEntityById("a", "fromId")}
       ${matchEntityById("b", "toId")}
       MATCH p = shortestPath((a)-[:${SEMANTIC_PATTERN}*..${MAX_PATH_LENGTH}]-(b))
       WITH p LIMIT 1
       UNWIND nodes(p) AS n
       WITH p, collect(${GRAPH_NODE_MAP}) AS nodes
       RETURN nodes,
              [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id, weight: 1}] AS edges`,
      { fromId, toId },
    );
    const record = result.records[0];
    if (!record) return null;
    return {
      nodes: mapsAt(record, "nodes").map(toGraphNode),
      edges: mapsAt(record, "edges").map(toGraphEdge),
    };
  });
}
