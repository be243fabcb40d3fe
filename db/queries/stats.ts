/** Counts: per kind for the API, and totals for checks (e.g. that re-loading changes nothing). */
import type { Executor } from "../executor.ts";
import { numberAt } from "../values.ts";

export interface StatsRecord {
  articles: number;
  people: number;
  institutions: number;
  countries: number;
  meetings: number;
  proposals: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function findStats(executor: Executor): Promise<StatsRecord> {
  // Label counts come from Neo4j's count store: constant time however large the graph.
  const result = await executor.read((tx) =>
    tx.run(`RETURN
      COUNT { (:Article) } AS articles, COUNT { (:Person) } AS people, COUNT { (:Institution) } AS institutions,
      COUNT { (:Country) } AS countries, COUNT { (:Meeting) } AS meetings, COUNT { (:Proposal) } AS proposals`),
  );
  const r = result.records[0];
  if (!r) throw new Error("Stats query returned no row");
  return {
    articles: numberAt(r, "articles"),
    people: numberAt(r, "people"),
    institutions: numberAt(r, "institutions"),
    countries: numberAt(r, "countries"),
    meetings: numberAt(r, "meetings"),
    proposals: numberAt(r, "proposals"),
  };
}

export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const result = await executor.read((tx) =>
    tx.run(`RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`),
  );
  const r = result.records[0];
  return { nodes: r ? numberAt(r, "nodes") : 0, relationships: r ? numberAt(r, "relationships") : 0 };
}
