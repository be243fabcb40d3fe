/** Shapes of the GraphQL answers the explorer asks for (see server/schema/schema.graphql). */

export type EntityKind = "Person" | "Institution" | "Country" | "Meeting" | "Proposal" | "Article";

export interface GraphNode {
  id: string;
  label: string;
  kind: EntityKind;
  country: string | null;
  weight: number;
  date: string | null;
  status: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string | null;
  weight: number;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Stats {
  articles: number;
  people: number;
  institutions: number;
  countries: number;
  meetings: number;
  proposals: number;
}

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  score: number;
}

export interface Ref {
  id: string;
  name: string;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

export interface EvidenceItem {
  quote: string;
  /** Offsets of the quote in the article body. */
  start: number;
  end: number;
  article: ArticleRef;
}

export interface TimelineEvent {
  id: string;
  date: string;
  kind: "Meeting" | "Proposal";
  label: string;
  status: string;
}

export interface Mention {
  entityId: string;
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
}

export interface ArticleDetails extends ArticleRef {
  body: string;
  /** Empty when the server cannot list mentions yet. */
  mentions: Mention[];
}

/** A path: its nodes in order, and the meetings and proposals along the way. */
export interface PathView extends GraphView {
  meetings: MeetingSummary[];
  proposals: ProposalSummary[];
}

export interface MeetingSummary {
  id: string;
  kind: string;
  date: string | null;
  place: string | null;
  status: string;
  participants: Ref[];
}

export interface ProposalSummary {
  id: string;
  name: string;
  status: string;
  date: string | null;
}

export type ActorRef = Ref & { __typename: "Person" | "Institution" | "Country" };

export interface PersonDetails {
  __typename: "Person";
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  country: Ref | null;
  affiliations: Ref[];
  meetings: MeetingSummary[];
  proposals: ProposalSummary[];
  evidence: EvidenceItem[];
}

export interface InstitutionDetails {
  __typename: "Institution";
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  country: Ref | null;
  members: Ref[];
  evidence: EvidenceItem[];
}

export interface CountryDetails {
  __typename: "Country";
  id: string;
  name: string;
  aliases: string[];
  code: string | null;
  people: Ref[];
  evidence: EvidenceItem[];
}

export interface MeetingDetails extends MeetingSummary {
  __typename: "Meeting";
  countries: Ref[];
  evidence: EvidenceItem[];
}

/** A direct lineage link of a proposal: `from` is the later proposal, `to` the earlier one. */
export interface LineageLinkSummary {
  from: ProposalSummary;
  to: ProposalSummary;
  /** revises | responds_to | implements | replaces | builds_on */
  relation: string;
}

export interface ProposalDetails extends ProposalSummary {
  __typename: "Proposal";
  aliases: string[];
  proposedBy: ActorRef[];
  stances: { actor: ActorRef; stance: string }[];
  partOf: ProposalSummary | null;
  terms: ProposalSummary[];
  lineageLinks: LineageLinkSummary[];
  evidence: EvidenceItem[];
}

export type EntityDetails =
  PersonDetails | InstitutionDetails | CountryDetails | MeetingDetails | ProposalDetails;

/** Ends a `switch` over a union: a new member does not compile until every switch handles it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
