/** The GraphQL operations the bench times, shaped like the client's own requests. */
import type { Driver } from "neo4j-driver";

export const OPERATIONS = ["whoMetWhom", "neighborhood", "proposalLineage", "path", "search"] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface GqlRequest {
  op: Operation;
  query: string;
  variables: Record<string, unknown>;
}

const VIEW = `nodes { id label kind country weight date status } edges { id source target kind label weight }`;

const QUERIES: Record<Operation, string> = {
  whoMetWhom: `query($id: ID!) { whoMetWhom(personId: $id) { person { id name } meetings { id date place status } } }`,
  neighborhood: `query($id: ID!) { neighborhood(id: $id, depth: 2) { ${VIEW} } }`,
  proposalLineage: `query($id: ID!) { proposalLineage(id: $id) { proposal { id name status } ancestors { id name } descendants { id name } edges { from { id } relation to { id } } } }`,
  path: `query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to) { ${VIEW} } }`,
  search: `query($text: String!) { search(text: $text, limit: 20) { id kind name score } }`,
};

async function column(driver: Driver, query: string): Promise<string[]> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    const result = await session.run(query);
    return result.records.map((r) => String(r.get(0)));
  } finally {
    await session.close();
  }
}

/**
 * Requests over the loaded graph: the busiest people (hubs are the slow case) and some ordinary
 * ones, proposals with lineage first, pairs of people for paths, surnames and topics for search.
 */
export async function buildRequests(driver: Driver, perOperation: number): Promise<GqlRequest[]> {
  const hubs = await column(
    driver,
    `MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WITH p, count(DISTINCT m) AS n ORDER BY n DESC, p.id LIMIT ${Math.ceil(perOperation / 2)} RETURN p.id`,
  );
  const others = await column(
    driver,
    `MATCH (p:Person)-[:ATTENDED]->(:Meeting) WITH DISTINCT p ORDER BY p.id SKIP 7 LIMIT ${perOperation * 4} RETURN p.id`,
  );
  const people = [...hubs, ...others.filter((_, i) => i % 4 === 0)].slice(0, perOperation);
  const proposals = await column(
    driver,
    `MATCH (p:Proposal) OPTIONAL MATCH (p)-[r:REVISES|RESPONDS_TO|IMPLEMENTS|REPLACES|BUILDS_ON]-() WITH p, count(r) AS n ORDER BY n DESC, p.id LIMIT ${perOperation} RETURN p.id`,
  );
  if (people.length < 2 || proposals.length === 0)
    throw new Error("the graph is too small to benchmark queries");
  const surnames = people.map((id) => id.split("-").pop() ?? id);
  const texts = [
    ...surnames.slice(0, Math.ceil(perOperation / 2)),
    "grain exports",
    "peace plan",
    "foreign ministry",
    "geneva talks",
  ];
  const requests: GqlRequest[] = [];
  for (let i = 0; i < perOperation; i++) {
    const person = people[i % people.length]!;
    requests.push({ op: "whoMetWhom", query: QUERIES.whoMetWhom, variables: { id: person } });
    requests.push({ op: "neighborhood", query: QUERIES.neighborhood, variables: { id: person } });
    requests.push({
      op: "proposalLineage",
      query: QUERIES.proposalLineage,
      variables: { id: proposals[i % proposals.length] },
    });
    requests.push({
      op: "path",
      query: QUERIES.path,
      variables: { from: person, to: people[(i * 7 + 3) % people.length] },
    });
    requests.push({ op: "search", query: QUERIES.search, variables: { text: texts[i % texts.length] } });
  }
  return requests;
}
