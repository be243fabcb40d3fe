/**
 * The graph document: the seam between extraction and loading.
 * `npm run extract` prints it as JSON; `npm run ingest` writes the same document to Neo4j.
 * Its shape is a superset of what ../shared/eval/score.mjs reads.
 */

export const ENTITY_KINDS = ["Person", "Institution", "Country", "Meeting", "Proposal"] as const;
/** The kinds of node the explorer shows; a `switch` over it must end in `assertNever`. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const MEETING_KINDS = ["talks", "call", "summit", "visit", "briefing"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ["held", "planned"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const PROPOSAL_STATUSES = [
  "tabled",
  "rejected",
  "accepted",
  "revised",
  "agreed in principle",
  "leaked",
  "demanded",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const LINEAGE_RELATIONS = ["revises", "responds_to", "implements", "replaces", "builds_on"] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

export const STANCES = ["supports", "rejects", "accepts", "criticises"] as const;
export type Stance = (typeof STANCES)[number];

/** A date as precise as the text allows: "2025-02-18", "2025-02" or "2025". */
export type PartialDate = string;

/** Where a fact comes from: one sentence of one article, with character offsets into the article body. */
export interface Evidence {
  articleId: string;
  /** The exact sentence, equal to `body.slice(start, end)` of the article. */
  quote: string;
  start: number;
  end: number;
}

export interface ArticleNode {
  id: string;
  /** File name the article was read from (basename), or null for articles sent through the API. */
  file: string | null;
  title: string | null;
  published: PartialDate | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** SHA-256 of the clean body plus metadata: ingest skips an article whose hash is unchanged. */
  contentHash: string;
  /** The clean article body (no furniture, no reader comments); evidence offsets point into it. */
  body: string;
}

interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  /** 0..1; below 0.5 a fact is "weak": kept, but the client may hide it. */
  confidence: number;
  evidence: Evidence[];
}

export interface PersonNode extends EntityBase {
  roles: string[];
  /** Id of the country the person represents, if the text says or implies it. */
  country: string | null;
  /** Ids of institutions the person belongs to. */
  affiliations: string[];
}

export interface InstitutionNode extends EntityBase {
  /** government | company | media | ngo | international | university | other */
  kind: string;
  country: string | null;
}

export interface CountryNode extends EntityBase {
  /** ISO 3166-1 alpha-2 code where the country has one. */
  code: string | null;
}

export interface MeetingNode {
  id: string;
  kind: MeetingKind;
  /** The day (or month) it took place; the first day when it spans several. */
  date: PartialDate | null;
  /** The last day when the meeting spans several days ("February 17-18"), else null. */
  dateEnd?: PartialDate | null;
  place: string | null;
  status: MeetingStatus;
  /** Person ids. */
  participants: string[];
  /** Country ids of the sides taking part. */
  participantCountries: string[];
  confidence: number;
  evidence: Evidence[];
}

export interface ProposalNode {
  id: string;
  name: string;
  aliases: string[];
  status: ProposalStatus;
  date: PartialDate | null;
  /** Ids of people, institutions or countries. */
  proposedBy: string[];
  /**
   * Id of the plan or demand this proposal is a term of ("a cap of 600,000 on the armed forces"
   * is part of the plan that contains it), or null for a proposal that stands on its own.
   * Terms are proposals of their own so that they can be compared across versions of a plan.
   */
  partOf: string | null;
  confidence: number;
  evidence: Evidence[];
}

export interface LineageEdge {
  /** The later proposal. */
  from: string;
  /** The earlier proposal it revises, answers, implements, replaces or builds on. */
  to: string;
  relation: LineageRelation;
  confidence: number;
  evidence: Evidence[];
}

export interface StanceEdge {
  /** Id of a person, institution or country. */
  actor: string;
  proposal: string;
  stance: Stance;
  confidence: number;
  evidence: Evidence[];
}

/** An entity named in a sentence: the "mentions" relation between article and entity. */
export interface MentionEdge {
  entity: string;
  articleId: string;
  /** The surface form used in the text. */
  text: string;
  start: number;
  end: number;
}

export interface GraphDocument {
  articles: ArticleNode[];
  people: PersonNode[];
  institutions: InstitutionNode[];
  countries: CountryNode[];
  meetings: MeetingNode[];
  proposals: ProposalNode[];
  lineage: LineageEdge[];
  stances: StanceEdge[];
  mentions: MentionEdge[];
  /** Articles that could not be read, each with the reason; they contribute no facts. */
  failures: { file: string; reason: string }[];
}

/** Compile-time exhaustiveness check for switches over unions (Apollo's UnreachableCaseError). */
export function assertNever(value: never): never {
  throw new Error(`Unreachable case: ${JSON.stringify(value)}`);
}
