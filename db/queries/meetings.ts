/** The who-met-whom network over meetings (held ones unless the filter asks for planned). */
import type { Executor } from "../executor.ts";
import { mapsAt, readNumber, readString } from "../values.ts";
import { filterParams, filterPredicates, whereClause, type ListFilter } from "./filters.ts";
import { buildEdge, toGraphNode, type GraphViewRecord } from "./graph-view.ts";

/** The meetings the network is drawn from, bound to `n`. */
function matchMeetings(filter: ListFilter): string {
  return `MATCH (n:Meeting) ${whereClause(filterPredicates("Meeting", filter))}`;
}

const PERSON_CONFIDENCE = "WHERE $minConfidence IS NULL OR p.confidence >= $minConfidence";

/** People who attended the meetings (sized by how many) and one MET edge per pair that met. */
export async function findMeetingNetwork(
  executor: Executor,
  filter: ListFilter = {},
): Promise<GraphViewRecord> {
  const scoped: ListFilter = { ...filter, status: filter.status ?? "held" };
  const nodes = `
    ${matchMeetings(scoped)}
    MATCH (p:Person)-[:ATTENDED]->(n) ${PERSON_CONFIDENCE}
    WITH p, count(DISTINCT n) AS meetings
    RETURN collect({
      id: p.id, label: p.name, labels: labels(p), weight: meetings,
      country: head(COLLECT { MATCH (p)-[:REPRESENTS]->(c:Country) RETURN DISTINCT c.name ORDER BY c.name })
    }) AS nodes`;
  // p.id < b.id keeps one edge per pair.
  const edges = `
    ${matchMeetings(scoped)}
    MATCH (p:Person)-[:ATTENDED]->(n)<-[:ATTENDED]-(b:Person)
    WHERE p.id < b.id AND ($minConfidence IS NULL OR (p.confidence >= $minConfidence AND b.confidence >= $minConfidence))
    WITH p, b, count(DISTINCT n) AS shared
    RETURN collect({source: p.id, target: b.id, weight: shared}) AS edges`;
  const params = filterParams(scoped);
  return executor.read(async (tx) => {
    const nodeResult = await tx.run(nodes, params);
    const edgeResult = await tx.run(edges, params);
    return {
      nodes: mapsAt(nodeResult.records[0], "nodes").map(toGraphNode),
      edges: mapsAt(edgeResult.records[0], "edges").map((e) =>
        buildEdge(readString(e, "source"), "MET", readString(e, "target"), readNumber(e, "weight", 1)),
      ),
    };
  });
}
