/** Shortest paths between two entities over semantic relationships (never via articles or evidence). */
import { int as neo4jInt } from "neo4j-driver";
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

export interface PathSetRecord {
  paths: GraphViewRecord[];
  /** True when no path runs through people and meetings alone, so these pass a country, institution or proposal. */
  throughHubs: boolean;
}

/** How many shortest paths the path finder offers. */
export const MAX_PATHS = 3;

/**
 * Up to three shortest paths. First only through people and meetings (an analyst's "who met whom");
 * when there is none, through anything (a country, an institution, a proposal), and said so.
 */
export async function findPaths(executor: Executor, fromId: string, toId: string): Promise<PathSetRecord> {
  if (fromId === toId) {
    const self = await findShortestPath(executor, fromId, toId);
    return { paths: self ? [self] : [], throughHubs: false };
  }
  const run = (onlyPeopleAndMeetings: boolean) =>
    executor.read(async (tx) => {
      const result = await tx.run(
        `${matchEntityById("a", "fromId")}
         ${matchEntityById("b", "toId")}
         MATCH p = allShortestPaths((a)-[:${SEMANTIC_PATTERN}*..${MAX_PATH_LENGTH}]-(b))
         WHERE NOT $onlyPeopleAndMeetings OR all(x IN nodes(p)[1..-1] WHERE x:Person OR x:Meeting)
         WITH p LIMIT $limit
         CALL (p) {
           UNWIND nodes(p) AS n
           RETURN collect(${GRAPH_NODE_MAP}) AS nodes
         }
         RETURN nodes,
                [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id, weight: 1}] AS edges`,
        { fromId, toId, onlyPeopleAndMeetings, limit: neo4jInt(MAX_PATHS) },
      );
      return result.records.map((record) => ({
        nodes: mapsAt(record, "nodes").map(toGraphNode),
        edges: mapsAt(record, "edges").map(toGraphEdge),
      }));
    });
  const direct = await run(true);
  if (direct.length > 0) return { paths: direct, throughHubs: false };
  const paths = await run(false);
  return { paths, throughHubs: paths.length > 0 };
}
