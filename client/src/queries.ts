/** The queries the explorer runs, each with its typed answer. */
import { request } from "./api.ts";
import type { EntityDetails, GraphView, SearchHit, Stats } from "./types.ts";

const GRAPH_VIEW = `nodes { id label kind country weight date status } edges { id source target kind label weight }`;
const REF = `id name`;
const ACTOR = `__typename ... on Person { ${REF} } ... on Institution { ${REF} } ... on Country { ${REF} }`;
const EVIDENCE = `evidence { quote article { id title published url outlet } }`;
const MEETING = `id kind date place status participants { ${REF} }`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    __typename
    ... on Person {
      ${REF} aliases roles country { ${REF} } affiliations { ${REF} }
      meetings { ${MEETING} } proposals { id name status date } ${EVIDENCE}
    }
    ... on Institution { ${REF} aliases kind country { ${REF} } members { ${REF} } ${EVIDENCE} }
    ... on Country { ${REF} aliases code people { ${REF} } ${EVIDENCE} }
    ... on Meeting { ${MEETING} countries { ${REF} } ${EVIDENCE} }
    ... on Proposal {
      id name aliases status date proposedBy { ${ACTOR} } stances { actor { ${ACTOR} } stance } ${EVIDENCE}
    }
  }
}`;

/** Counts for the header; `articles === 0` means nothing has been ingested yet. */
export async function fetchStats(): Promise<Stats> {
  return (
    await request<{ stats: Stats }>(
      `query Stats { stats { articles people institutions countries meetings proposals } }`,
    )
  ).stats;
}

/** The who-met-whom network: people, one edge per pair that met. */
export async function fetchMeetingNetwork(): Promise<GraphView> {
  return (
    await request<{ meetingNetwork: GraphView }>(`query MeetingNetwork { meetingNetwork { ${GRAPH_VIEW} } }`)
  ).meetingNetwork;
}

/** Every proposal and lineage edge. */
export async function fetchLineageNetwork(): Promise<GraphView> {
  return (
    await request<{ lineageNetwork: GraphView }>(`query LineageNetwork { lineageNetwork { ${GRAPH_VIEW} } }`)
  ).lineageNetwork;
}

/** An entity and everything within `depth` hops. */
export async function fetchNeighborhood(id: string, depth: number): Promise<GraphView> {
  const query = `query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { ${GRAPH_VIEW} } }`;
  return (await request<{ neighborhood: GraphView }>(query, { id, depth })).neighborhood;
}

/** Full details of one entity, or null when the id is unknown. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  return (await request<{ entity: EntityDetails | null }>(ENTITY, { id })).entity;
}

/** Names and aliases of every kind, best match first. */
export async function searchEntities(text: string, limit = 12): Promise<SearchHit[]> {
  const query = `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id kind name score } }`;
  return (await request<{ search: SearchHit[] }>(query, { text, limit })).search;
}
