/**
 * Names for the GraphQL answers the explorer asks for. Every shape is generated from the schema
 * and the queries in queries.ts (`npm run codegen`); this module only names the parts.
 */
import type {
  ActorRefFragment,
  ArticleQuery,
  ArticleRefFragment,
  CompareProposalsQuery,
  EntityKind as SchemaEntityKind,
  EntityQuery,
  EvidenceItemFragment,
  FactRefFragment,
  GraphViewPartsFragment,
  MeetingSummaryFragment,
  PathsQuery,
  ProposalSummaryFragment,
  SearchQuery,
  StatsQuery,
  TimelineQuery,
} from "./generated/graphql.ts";

export type EntityKind = SchemaEntityKind;
export type GraphView = GraphViewPartsFragment;
export type GraphNode = GraphView["nodes"][number];
export type GraphEdge = GraphView["edges"][number];
export type Stats = StatsQuery["stats"];
export type SearchHit = SearchQuery["search"][number];
export type ArticleRef = ArticleRefFragment;
export type EvidenceItem = EvidenceItemFragment;
/** A timeline entry; the schema's `kind` is any EntityKind, the timeline holds only these two. */
export type TimelineEvent = TimelineQuery["timeline"][number] & { kind: "Meeting" | "Proposal" };
export type ArticleDetails = NonNullable<ArticleQuery["article"]>;
export type Mention = ArticleDetails["mentions"][number];
/** A sentence of an article with the entities it attests and the relationships it states. */
export type SupportingSentence = ArticleDetails["sentences"][number];
export type StatedRelation = SupportingSentence["relations"][number];
/** An entity as a sentence's fact list names it. */
export type FactRef = FactRefFragment;
/** A path: its nodes in order, and the meetings and proposals along the way. */
export type PathView = PathsQuery["paths"]["paths"][number];
export type MeetingSummary = MeetingSummaryFragment;
/** Two versions of a plan, terms aligned. */
export type Comparison = CompareProposalsQuery["compareProposals"];
export type ProposalSummary = ProposalSummaryFragment;
export type ActorRef = ActorRefFragment;
/** Any named entity as the explorer refers to it. */
export type Ref = Pick<ActorRef, "id" | "name">;

export type EntityDetails = NonNullable<EntityQuery["entity"]>;
export type PersonDetails = Extract<EntityDetails, { __typename: "Person" }>;
export type InstitutionDetails = Extract<EntityDetails, { __typename: "Institution" }>;
export type CountryDetails = Extract<EntityDetails, { __typename: "Country" }>;
export type MeetingDetails = Extract<EntityDetails, { __typename: "Meeting" }>;
export type ProposalDetails = Extract<EntityDetails, { __typename: "Proposal" }>;

/** Ends a `switch` over a union: a new member does not compile until every switch handles it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
