/** The queries the explorer runs, each with its typed answer. */
import { hasField, request } from "./api.ts";
import type { ServerFilterArgs } from "./state/filters.ts";
import type {
  ArticleDetails,
  ArticleRef,
  EntityDetails,
  GraphView,
  PathView,
  SearchHit,
  Stats,
  TimelineEvent,
} from "./types.ts";

const GRAPH_VIEW = `nodes { id label kind country weight date status } edges { id source target kind label weight }`;
const REF = `id name`;
const ACTOR = `__typename ... on Person { ${REF} } ... on Institution { ${REF} } ... on Country { ${REF} }`;
const EVIDENCE = `evidence { quote start end article { id title published url outlet } }`;
const PROPOSAL = `id name status date`;
const MEETING = `id kind date place status participants { ${REF} }`;
const FILTER_VARS = `$from: String, $to: String, $country: String, $status: String, $minConfidence: Float`;
const FILTER_ARGS = `from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence`;

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
      id name aliases status date proposedBy { ${ACTOR} } stances { actor { ${ACTOR} } stance }
      partOf { ${PROPOSAL} } terms { ${PROPOSAL} }
      lineageLinks { relation from { ${PROPOSAL} } to { ${PROPOSAL} } } ${EVIDENCE}
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

/** The who-met-whom network: people, one edge per pair that met at a meeting passing the filters. */
export async function fetchMeetingNetwork(filters: ServerFilterArgs = {}): Promise<GraphView> {
  const query = `query MeetingNetwork(${FILTER_VARS}) { meetingNetwork(${FILTER_ARGS}) { ${GRAPH_VIEW} } }`;
  return (await request<{ meetingNetwork: GraphView }>(query, { ...filters })).meetingNetwork;
}

/** Proposals passing the filters and the lineage edges between them. */
export async function fetchLineageNetwork(filters: ServerFilterArgs = {}): Promise<GraphView> {
  const query = `query LineageNetwork(${FILTER_VARS}) { lineageNetwork(${FILTER_ARGS}) { ${GRAPH_VIEW} } }`;
  return (await request<{ lineageNetwork: GraphView }>(query, { ...filters })).lineageNetwork;
}

/** Dated meetings and proposals, oldest first. */
export async function fetchTimeline(
  filters: ServerFilterArgs = {},
  kinds: ("Meeting" | "Proposal")[] = ["Meeting", "Proposal"],
): Promise<TimelineEvent[]> {
  const query = `query Timeline(${FILTER_VARS}, $kinds: [EntityKind!]) {
    timeline(${FILTER_ARGS}, kinds: $kinds, limit: 500) { id date kind label status }
  }`;
  return (await request<{ timeline: TimelineEvent[] }>(query, { ...filters, kinds })).timeline;
}

/** An entity and everything within `depth` hops. */
export async function fetchNeighborhood(id: string, depth: number): Promise<GraphView> {
  const query = `query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { ${GRAPH_VIEW} } }`;
  return (await request<{ neighborhood: GraphView }>(query, { id, depth })).neighborhood;
}

/** A shortest path, with the meetings and proposals along it when the server lists them; null if none. */
export async function fetchPath(fromId: string, toId: string): Promise<PathView | null> {
  const along = (await hasField("GraphView", "meetings"))
    ? `meetings { ${MEETING} } proposals { id name status date }`
    : "";
  const query = `query Path($fromId: ID!, $toId: ID!) { path(fromId: $fromId, toId: $toId) { ${GRAPH_VIEW} ${along} } }`;
  const path = (await request<{ path: PathView | null }>(query, { fromId, toId })).path;
  return path ? { ...path, meetings: path.meetings ?? [], proposals: path.proposals ?? [] } : null;
}

/** Full details of one entity, or null when the id is unknown. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  return (await request<{ entity: EntityDetails | null }>(ENTITY, { id })).entity;
}

/** An article with its body, and its mentions when the server offers them; null for an unknown id. */
export async function fetchArticle(id: string): Promise<ArticleDetails | null> {
  const mentions = (await hasField("Article", "mentions")) ? "mentions { entityId kind text start end }" : "";
  const query = `query Article($id: ID!) { article(id: $id) { id title published url outlet body ${mentions} } }`;
  const article = (await request<{ article: ArticleDetails | null }>(query, { id })).article;
  return article ? { ...article, mentions: article.mentions ?? [] } : null;
}

/** The newest articles, for the article picker. */
export async function fetchArticles(limit = 100): Promise<ArticleRef[]> {
  const query = `query Articles($limit: Int) { articles(limit: $limit) { id title file published url outlet } }`;
  const articles = (await request<{ articles: (ArticleRef & { file: string | null })[] }>(query, { limit }))
    .articles;
  // Plain-text articles often have no headline: their file name is the next best thing.
  return articles.map(({ file, ...a }) => ({ ...a, title: a.title ?? file?.split(/[\\/]/).pop() ?? null }));
}

/** Countries with their ISO codes: names for the country filter, codes for stable colours. */
export async function fetchCountries(): Promise<{ name: string; code: string | null }[]> {
  const query = `query Countries { countries(limit: 200) { name code } }`;
  return (await request<{ countries: { name: string; code: string | null }[] }>(query)).countries;
}

/** Names and aliases of the given kinds (every kind by default), best match first. */
export async function searchEntities(text: string, limit = 12, kinds?: string[]): Promise<SearchHit[]> {
  const query = `query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) { search(text: $text, limit: $limit, kinds: $kinds) { id kind name score } }`;
  return (await request<{ search: SearchHit[] }>(query, { text, limit, kinds: kinds ?? null })).search;
}

/**
 * Who proposed each proposal passing the filters: id → names. GraphNode has no proposer field, so the
 * lineage view asks the proposals list for it (200 a page, at most 5 pages).
 */
export async function fetchProposers(filters: ServerFilterArgs = {}): Promise<Map<string, string[]>> {
  const query = `query Proposers(${FILTER_VARS}, $offset: Int) {
    proposals(${FILTER_ARGS}, limit: 200, offset: $offset) { id proposedBy { ${ACTOR} } }
  }`;
  const proposers = new Map<string, string[]>();
  for (let page = 0; page < 5; page++) {
    const { proposals } = await request<{ proposals: { id: string; proposedBy: { name: string }[] }[] }>(
      query,
      {
        ...filters,
        offset: page * 200,
      },
    );
    for (const p of proposals)
      proposers.set(
        p.id,
        p.proposedBy.map((a) => a.name),
      );
    if (proposals.length < 200) break;
  }
  return proposers;
}
