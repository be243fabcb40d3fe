/** The who-met-whom network over held meetings. */
import type { Executor } from "../executor.ts";
import { mapsAt, readNumber, readString } from "../values.ts";
import { buildEdge, toGraphNode, type GraphViewRecord } from "./graph-view.ts";

const NODES = `
  MATCH (n:Person)-[:ATTENDED]->(m:Meeting {status: 'held'})
  WITH n, count(DISTINCT m) AS meetings
  RETURN collect({
    id: n.id, label: n.name, labels: labels(n), weight: meetings,
    country: head(COLLECT { MATCH (n)-[:REPRESENTS]->(c:Country) RETURN DISTINCT c.name ORDER BY c.name })
  }) AS nodes`;

// a.id < b.id keeps one edge per pair.
const EDGES = `
  MATCH (a:Person)-[:ATTENDED]->(m:Meeting {status: 'held'})<-[:ATTENDED]-(b:Person)
  WHERE a.id < b.id
  WITH a, b, count(DISTINCT m) AS shared
  RETURN collect({source: a.id, target: b.id, weight: shared}) AS edges`;

/** People who attended held meetings (sized by how many) and one MET edge per pair that met. */
export async function findMeetingNetwork(executor: Executor): Promise<GraphViewRecord> {
  return executor.read(async (tx) => {
    const nodes = await tx.run(NODES);
    const edges = await tx.run(EDGES);
    return {
      nodes: mapsAt(nodes.records[0], "nodes").map(toGraphNode),
      edges: mapsAt(edges.records[0], "edges").map((e) =>
        buildEdge(readString(e, "source"), "MET", readString(e, "target"), readNumber(e, "weight", 1)),
      ),
    };
  });
}
