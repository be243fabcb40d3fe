/** The queries the explorer runs; their answers are typed by GraphQL Code Generator (`npm run codegen`). */
import { execute } from "./api.ts";
import { graphql } from "./generated/gql.ts";
import type { ServerFilterArgs } from "./state/filters.ts";
import type {
  ArticleDetails,
  Comparison,
  ArticleRef,
  EntityDetails,
  EntityKind,
  GraphView,
  MeetingSummary,
  PathView,
  SearchHit,
  Stats,
  TimelineEvent,
} from "./types.ts";

graphql(`
  fragment GraphViewParts on GraphView {
    nodes {
      id
      label
      kind
      country
      weight
      date
      status
    }
    edges {
      id
      source
      target
      kind
      label
      weight
    }
  }
`);

graphql(`
  fragment MeetingSummary on Meeting {
    id
    kind
    date
    place
    status
    participants {
      id
      name
    }
  }
`);

graphql(`
  fragment ProposalSummary on Proposal {
    id
    name
    status
    date
  }
`);

graphql(`
  fragment ArticleRef on Article {
    id
    title
    published
    url
    outlet
    sample
  }
`);

graphql(`
  fragment EvidenceItem on Evidence {
    quote
    start
    end
    article {
      ...ArticleRef
    }
  }
`);

graphql(`
  fragment ActorRef on Actor {
    __typename
    ... on Person {
      id
      name
    }
    ... on Institution {
      id
      name
    }
    ... on Country {
      id
      name
    }
  }
`);

const EntityQuery = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      __typename
      ... on Person {
        id
        name
        aliases
        roles
        country {
          id
          name
        }
        affiliations {
          id
          name
        }
        meetings {
          ...MeetingSummary
        }
        proposals {
          ...ProposalSummary
        }
        evidence {
          ...EvidenceItem
        }
      }
      ... on Institution {
        id
        name
        aliases
        kind
        country {
          id
          name
        }
        members {
          id
          name
        }
        evidence {
          ...EvidenceItem
        }
      }
      ... on Country {
        id
        name
        aliases
        code
        people {
          id
          name
        }
        evidence {
          ...EvidenceItem
        }
      }
      ... on Meeting {
        ...MeetingSummary
        countries {
          id
          name
        }
        evidence {
          ...EvidenceItem
        }
      }
      ... on Proposal {
        ...ProposalSummary
        aliases
        proposedBy {
          ...ActorRef
        }
        stances {
          actor {
            ...ActorRef
          }
          stance
        }
        partOf {
          ...ProposalSummary
        }
        terms {
          ...ProposalSummary
        }
        lineageLinks {
          relation
          from {
            ...ProposalSummary
          }
          to {
            ...ProposalSummary
          }
        }
        evidence {
          ...EvidenceItem
        }
      }
    }
  }
`);

const StatsQuery = graphql(`
  query Stats {
    stats {
      articles
      people
      institutions
      countries
      meetings
      proposals
    }
  }
`);

const MeetingNetworkQuery = graphql(`
  query MeetingNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {
    meetingNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {
      ...GraphViewParts
    }
  }
`);

const LineageNetworkQuery = graphql(`
  query LineageNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {
    lineageNetwork(from: $from, to: $to, country: $country, status: $status, minConfidence: $minConfidence) {
      ...GraphViewParts
    }
  }
`);

const TimelineQuery = graphql(`
  query Timeline(
    $from: String
    $to: String
    $country: String
    $status: String
    $minConfidence: Float
    $kinds: [EntityKind!]
  ) {
    timeline(
      from: $from
      to: $to
      country: $country
      status: $status
      minConfidence: $minConfidence
      kinds: $kinds
      limit: 500
    ) {
      id
      date
      kind
      label
      status
    }
  }
`);

const EventDatesQuery = graphql(`
  query EventDates($offset: Int) {
    timeline(limit: 500, offset: $offset) {
      date
    }
  }
`);

const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $depth: Int) {
    neighborhood(id: $id, depth: $depth) {
      ...GraphViewParts
    }
  }
`);

const PathsQuery = graphql(`
  query Paths($fromId: ID!, $toId: ID!) {
    paths(fromId: $fromId, toId: $toId) {
      throughHubs
      paths {
        ...GraphViewParts
        edges {
          id
          evidence {
            ...EvidenceItem
          }
        }
        meetings {
          ...MeetingSummary
        }
        proposals {
          ...ProposalSummary
        }
      }
    }
  }
`);

const CompareQuery = graphql(`
  query CompareProposals($a: ID!, $b: ID!) {
    compareProposals(a: $a, b: $b) {
      a {
        ...ProposalSummary
      }
      b {
        ...ProposalSummary
      }
      rows {
        topic
        change
        a {
          ...ProposalSummary
          evidence {
            ...EvidenceItem
          }
        }
        b {
          ...ProposalSummary
          evidence {
            ...EvidenceItem
          }
        }
      }
    }
  }
`);

graphql(`
  fragment FactRef on Entity {
    __typename
    ...ActorRef
    ... on Meeting {
      id
      label
      place
    }
    ... on Proposal {
      id
      name
      aliases
    }
  }
`);

const ArticleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleRef
      body
      mentions {
        entityId
        kind
        text
        start
        end
      }
      sentences {
        start
        end
        entities {
          ...FactRef
        }
        relations {
          kind
          label
          from {
            ...FactRef
          }
          to {
            ...FactRef
          }
        }
      }
    }
  }
`);

const ArticlesQuery = graphql(`
  query Articles($limit: Int) {
    articles(limit: $limit) {
      ...ArticleRef
      file
    }
  }
`);

const CountriesQuery = graphql(`
  query Countries {
    countries(limit: 200) {
      name
      code
    }
  }
`);

const MeetingsTableQuery = graphql(`
  query MeetingsTable($from: String, $to: String, $country: String, $minConfidence: Float, $offset: Int) {
    meetings(
      from: $from
      to: $to
      country: $country
      minConfidence: $minConfidence
      sort: DATE_DESC
      limit: 200
      offset: $offset
    ) {
      ...MeetingSummary
      evidence {
        article {
          id
        }
      }
    }
  }
`);

const SearchQuery = graphql(`
  query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) {
    search(text: $text, limit: $limit, kinds: $kinds) {
      id
      kind
      name
      score
    }
  }
`);

const ProposersQuery = graphql(`
  query Proposers(
    $from: String
    $to: String
    $country: String
    $status: String
    $minConfidence: Float
    $offset: Int
  ) {
    proposals(
      from: $from
      to: $to
      country: $country
      status: $status
      minConfidence: $minConfidence
      limit: 200
      offset: $offset
    ) {
      id
      proposedBy {
        ...ActorRef
      }
    }
  }
`);

/** Counts for the header; `articles === 0` means nothing has been ingested yet. */
export async function fetchStats(): Promise<Stats> {
  return (await execute(StatsQuery, {})).stats;
}

/** The who-met-whom network: people, one edge per pair that met at a meeting passing the filters. */
export async function fetchMeetingNetwork(filters: ServerFilterArgs = {}): Promise<GraphView> {
  return (await execute(MeetingNetworkQuery, filters)).meetingNetwork;
}

/** Proposals passing the filters and the lineage edges between them. */
export async function fetchLineageNetwork(filters: ServerFilterArgs = {}): Promise<GraphView> {
  return (await execute(LineageNetworkQuery, filters)).lineageNetwork;
}

/** Dated meetings and proposals, oldest first. */
export async function fetchTimeline(
  filters: ServerFilterArgs = {},
  kinds: ("Meeting" | "Proposal")[] = ["Meeting", "Proposal"],
): Promise<TimelineEvent[]> {
  const { timeline } = await execute(TimelineQuery, { ...filters, kinds });
  // The schema types `kind` as any EntityKind; the timeline only ever holds these two.
  return timeline.flatMap((e) =>
    e.kind === "Meeting" || e.kind === "Proposal" ? [{ ...e, kind: e.kind }] : [],
  );
}

/** The date of every dated meeting and proposal, oldest first (500 a page, at most 40 pages). */
export async function fetchEventDates(): Promise<string[]> {
  const dates: string[] = [];
  for (let page = 0; page < 40; page++) {
    const { timeline } = await execute(EventDatesQuery, { offset: page * 500 });
    dates.push(...timeline.map((e) => e.date));
    if (timeline.length < 500) break;
  }
  return dates;
}

/** An entity and everything within `depth` hops. */
export async function fetchNeighborhood(id: string, depth: number): Promise<GraphView> {
  return (await execute(NeighborhoodQuery, { id, depth })).neighborhood;
}

/** Up to three shortest paths, through people and meetings unless `throughHubs` says otherwise. */
export async function fetchPaths(
  fromId: string,
  toId: string,
): Promise<{ paths: PathView[]; throughHubs: boolean }> {
  return (await execute(PathsQuery, { fromId, toId })).paths;
}

/** Two versions of a plan with their terms aligned row by row. */
export async function fetchComparison(a: string, b: string): Promise<Comparison> {
  return (await execute(CompareQuery, { a, b })).compareProposals;
}

/** Full details of one entity, or null when the id is unknown. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  return (await execute(EntityQuery, { id })).entity ?? null;
}

/** An article with its body and mentions; null for an unknown id. */
export async function fetchArticle(id: string): Promise<ArticleDetails | null> {
  return (await execute(ArticleQuery, { id })).article ?? null;
}

/** The newest articles, for the article picker. */
export async function fetchArticles(limit = 100): Promise<ArticleRef[]> {
  const { articles } = await execute(ArticlesQuery, { limit });
  // Plain-text articles often have no headline: their file name is the next best thing.
  return articles.map(({ file, ...a }) => ({ ...a, title: a.title ?? file?.split(/[\\/]/).pop() ?? null }));
}

/** Countries with their ISO codes: names for the country filter, codes for stable colours. */
export async function fetchCountries(): Promise<{ name: string; code: string | null }[]> {
  return (await execute(CountriesQuery, {})).countries.map((c) => ({ name: c.name, code: c.code ?? null }));
}

/** A meeting as the meetings table lists it: who took part, and how many articles report it. */
export interface MeetingRow extends MeetingSummary {
  articles: number;
}

/** Meetings passing the filters, newest first (200 a page, at most 10 pages). */
export async function fetchMeetingRows(filters: ServerFilterArgs = {}): Promise<MeetingRow[]> {
  const { from, to, country, minConfidence } = filters;
  const rows: MeetingRow[] = [];
  for (let page = 0; page < 10; page++) {
    const { meetings } = await execute(MeetingsTableQuery, {
      from,
      to,
      country,
      minConfidence,
      offset: page * 200,
    });
    for (const { evidence, ...meeting } of meetings)
      rows.push({ ...meeting, articles: new Set(evidence.map((e) => e.article.id)).size });
    if (meetings.length < 200) break;
  }
  return rows;
}

/** Names and aliases of the given kinds (every kind by default), best match first. */
export async function searchEntities(
  text: string,
  limit = 12,
  kinds?: readonly string[],
): Promise<SearchHit[]> {
  const known = kinds?.filter(isEntityKind) ?? null;
  return (await execute(SearchQuery, { text, limit, kinds: known })).search;
}

const ENTITY_KINDS: readonly string[] = [
  "Person",
  "Institution",
  "Country",
  "Meeting",
  "Proposal",
  "Article",
] satisfies EntityKind[];

function isEntityKind(kind: string): kind is EntityKind {
  return ENTITY_KINDS.includes(kind);
}

/**
 * Who proposed each proposal passing the filters: id → names. GraphNode has no proposer field, so the
 * lineage view asks the proposals list for it (200 a page, at most 5 pages).
 */
export async function fetchProposers(filters: ServerFilterArgs = {}): Promise<Map<string, string[]>> {
  const proposers = new Map<string, string[]>();
  for (let page = 0; page < 5; page++) {
    const { proposals } = await execute(ProposersQuery, { ...filters, offset: page * 200 });
    for (const p of proposals)
      proposers.set(
        p.id,
        p.proposedBy.map((a) => a.name),
      );
    if (proposals.length < 200) break;
  }
  return proposers;
}
