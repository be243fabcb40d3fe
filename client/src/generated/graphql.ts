/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of node in the graph. */
export type EntityKind =
  /** A news article. */
  | 'Article'
  /** A country. */
  | 'Country'
  /** A ministry, company, medium, NGO, international body or university. */
  | 'Institution'
  /** Talks, a call, a summit, a visit or a briefing. */
  | 'Meeting'
  /** A named person. */
  | 'Person'
  /** A plan, draft, term sheet, demand or offer. */
  | 'Proposal';

export type GraphViewPartsFragment = { nodes: Array<{ id: string, label: string, kind: EntityKind, country: string | null, weight: number, date: string | null, status: string | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, weight: number }> };

export type MeetingSummaryFragment = { id: string, kind: string, date: string | null, place: string | null, status: string, participants: Array<{ id: string, name: string }> };

export type ProposalSummaryFragment = { id: string, name: string, status: string, date: string | null };

export type ArticleRefFragment = { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean };

export type EvidenceItemFragment = { quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } };

type ActorRef_Country_Fragment = { __typename: 'Country', id: string, name: string };

type ActorRef_Institution_Fragment = { __typename: 'Institution', id: string, name: string };

type ActorRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type ActorRefFragment =
  | ActorRef_Country_Fragment
  | ActorRef_Institution_Fragment
  | ActorRef_Person_Fragment
;

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity:
    | { __typename: 'Country', id: string, name: string, aliases: Array<string>, code: string | null, people: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> }
    | { __typename: 'Institution', id: string, name: string, aliases: Array<string>, kind: string, country: { id: string, name: string } | null, members: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> }
    | { __typename: 'Meeting', id: string, kind: string, date: string | null, place: string | null, status: string, countries: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }>, participants: Array<{ id: string, name: string }> }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, roles: Array<string>, country: { id: string, name: string } | null, affiliations: Array<{ id: string, name: string }>, meetings: Array<{ id: string, kind: string, date: string | null, place: string | null, status: string, participants: Array<{ id: string, name: string }> }>, proposals: Array<{ id: string, name: string, status: string, date: string | null }>, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> }
    | { __typename: 'Proposal', aliases: Array<string>, id: string, name: string, status: string, date: string | null, proposedBy: Array<
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Institution', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      >, stances: Array<{ stance: string, actor:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         }>, partOf: { id: string, name: string, status: string, date: string | null } | null, terms: Array<{ id: string, name: string, status: string, date: string | null }>, lineageLinks: Array<{ relation: string, from: { id: string, name: string, status: string, date: string | null }, to: { id: string, name: string, status: string, date: string | null } }>, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> }
   | null };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { articles: number, people: number, institutions: number, countries: number, meetings: number, proposals: number } };

export type MeetingNetworkQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  country?: string | null | undefined;
  status?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type MeetingNetworkQuery = { meetingNetwork: { nodes: Array<{ id: string, label: string, kind: EntityKind, country: string | null, weight: number, date: string | null, status: string | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, weight: number }> } };

export type LineageNetworkQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  country?: string | null | undefined;
  status?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type LineageNetworkQuery = { lineageNetwork: { nodes: Array<{ id: string, label: string, kind: EntityKind, country: string | null, weight: number, date: string | null, status: string | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, weight: number }> } };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  country?: string | null | undefined;
  status?: string | null | undefined;
  minConfidence?: number | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ id: string, date: string, kind: EntityKind, label: string, status: string }> };

export type EventDatesQueryVariables = Exact<{
  offset?: number | null | undefined;
}>;


export type EventDatesQuery = { timeline: Array<{ date: string }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { nodes: Array<{ id: string, label: string, kind: EntityKind, country: string | null, weight: number, date: string | null, status: string | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, weight: number }> } };

export type PathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type PathsQuery = { paths: { throughHubs: boolean, paths: Array<{ edges: Array<{ id: string, source: string, target: string, kind: string, label: string | null, weight: number, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> }>, meetings: Array<{ id: string, kind: string, date: string | null, place: string | null, status: string, participants: Array<{ id: string, name: string }> }>, proposals: Array<{ id: string, name: string, status: string, date: string | null }>, nodes: Array<{ id: string, label: string, kind: EntityKind, country: string | null, weight: number, date: string | null, status: string | null }> }> } };

export type CompareProposalsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type CompareProposalsQuery = { compareProposals: { a: { id: string, name: string, status: string, date: string | null }, b: { id: string, name: string, status: string, date: string | null }, rows: Array<{ topic: string, change: string, a: { id: string, name: string, status: string, date: string | null, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> } | null, b: { id: string, name: string, status: string, date: string | null, evidence: Array<{ quote: string, start: number, end: number, article: { id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean } }> } | null }> } };

type FactRef_Country_Fragment = { __typename: 'Country', id: string, name: string };

type FactRef_Institution_Fragment = { __typename: 'Institution', id: string, name: string };

type FactRef_Meeting_Fragment = { __typename: 'Meeting', id: string, label: string, place: string | null };

type FactRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

type FactRef_Proposal_Fragment = { __typename: 'Proposal', id: string, name: string, aliases: Array<string> };

export type FactRefFragment =
  | FactRef_Country_Fragment
  | FactRef_Institution_Fragment
  | FactRef_Meeting_Fragment
  | FactRef_Person_Fragment
  | FactRef_Proposal_Fragment
;

export type ArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleQuery = { article: { body: string, id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean, mentions: Array<{ entityId: string, kind: EntityKind, text: string, start: number, end: number }>, sentences: Array<{ start: number, end: number, entities: Array<
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Institution', id: string, name: string }
        | { __typename: 'Meeting', id: string, label: string, place: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Proposal', id: string, name: string, aliases: Array<string> }
      >, relations: Array<{ kind: string, label: string, from:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Meeting', id: string, label: string, place: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Proposal', id: string, name: string, aliases: Array<string> }
        , to:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Institution', id: string, name: string }
          | { __typename: 'Meeting', id: string, label: string, place: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Proposal', id: string, name: string, aliases: Array<string> }
         }> }> } | null };

export type ArticlesQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ArticlesQuery = { articles: Array<{ file: string | null, id: string, title: string | null, published: string | null, url: string | null, outlet: string | null, sample: boolean }> };

export type CountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesQuery = { countries: Array<{ name: string, code: string | null }> };

export type MeetingsTableQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  country?: string | null | undefined;
  minConfidence?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type MeetingsTableQuery = { meetings: Array<{ id: string, kind: string, date: string | null, place: string | null, status: string, evidence: Array<{ article: { id: string } }>, participants: Array<{ id: string, name: string }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: EntityKind, name: string, score: number }> };

export type ProposersQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  country?: string | null | undefined;
  status?: string | null | undefined;
  minConfidence?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ProposersQuery = { proposals: Array<{ id: string, proposedBy: Array<
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Institution', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    > }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GraphViewPartsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"GraphViewParts"}) as unknown as TypedDocumentString<GraphViewPartsFragment, unknown>;
export const MeetingSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MeetingSummary"}) as unknown as TypedDocumentString<MeetingSummaryFragment, unknown>;
export const ProposalSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProposalSummary on Proposal {
  id
  name
  status
  date
}
    `, {"fragmentName":"ProposalSummary"}) as unknown as TypedDocumentString<ProposalSummaryFragment, unknown>;
export const ArticleRefFragmentDoc = new TypedDocumentString(`
    fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}
    `, {"fragmentName":"ArticleRef"}) as unknown as TypedDocumentString<ArticleRefFragment, unknown>;
export const EvidenceItemFragmentDoc = new TypedDocumentString(`
    fragment EvidenceItem on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
    fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}`, {"fragmentName":"EvidenceItem"}) as unknown as TypedDocumentString<EvidenceItemFragment, unknown>;
export const ActorRefFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ActorRef"}) as unknown as TypedDocumentString<ActorRefFragment, unknown>;
export const FactRefFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"FactRef"}) as unknown as TypedDocumentString<FactRefFragment, unknown>;
export const EntityDocument = new TypedDocumentString(`
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
fragment ProposalSummary on Proposal {
  id
  name
  status
  date
}
fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}
fragment EvidenceItem on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
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
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const MeetingNetworkDocument = new TypedDocumentString(`
    query MeetingNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {
  meetingNetwork(
    from: $from
    to: $to
    country: $country
    status: $status
    minConfidence: $minConfidence
  ) {
    ...GraphViewParts
  }
}
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
}`) as unknown as TypedDocumentString<MeetingNetworkQuery, MeetingNetworkQueryVariables>;
export const LineageNetworkDocument = new TypedDocumentString(`
    query LineageNetwork($from: String, $to: String, $country: String, $status: String, $minConfidence: Float) {
  lineageNetwork(
    from: $from
    to: $to
    country: $country
    status: $status
    minConfidence: $minConfidence
  ) {
    ...GraphViewParts
  }
}
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
}`) as unknown as TypedDocumentString<LineageNetworkQuery, LineageNetworkQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($from: String, $to: String, $country: String, $status: String, $minConfidence: Float, $kinds: [EntityKind!]) {
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
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const EventDatesDocument = new TypedDocumentString(`
    query EventDates($offset: Int) {
  timeline(limit: 500, offset: $offset) {
    date
  }
}
    `) as unknown as TypedDocumentString<EventDatesQuery, EventDatesQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int) {
  neighborhood(id: $id, depth: $depth) {
    ...GraphViewParts
  }
}
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
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
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
fragment ProposalSummary on Proposal {
  id
  name
  status
  date
}
fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}
fragment EvidenceItem on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const CompareProposalsDocument = new TypedDocumentString(`
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
    fragment ProposalSummary on Proposal {
  id
  name
  status
  date
}
fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}
fragment EvidenceItem on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}`) as unknown as TypedDocumentString<CompareProposalsQuery, CompareProposalsQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
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
    fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}
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
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($limit: Int) {
  articles(limit: $limit) {
    ...ArticleRef
    file
  }
}
    fragment ArticleRef on Article {
  id
  title
  published
  url
  outlet
  sample
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const CountriesDocument = new TypedDocumentString(`
    query Countries {
  countries(limit: 200) {
    name
    code
  }
}
    `) as unknown as TypedDocumentString<CountriesQuery, CountriesQueryVariables>;
export const MeetingsTableDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MeetingsTableQuery, MeetingsTableQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int, $kinds: [EntityKind!]) {
  search(text: $text, limit: $limit, kinds: $kinds) {
    id
    kind
    name
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ProposersDocument = new TypedDocumentString(`
    query Proposers($from: String, $to: String, $country: String, $status: String, $minConfidence: Float, $offset: Int) {
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
}`) as unknown as TypedDocumentString<ProposersQuery, ProposersQueryVariables>;