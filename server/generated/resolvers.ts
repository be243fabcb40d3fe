import type { GraphQLResolveInfo } from 'graphql';
import type { PersonRecord, InstitutionRecord, CountryRecord, MeetingRecord, ProposalRecord, ArticleRecord, EvidenceRecord, MentionRecord, SentenceRecord, StatedRelationRecord, TimelineEventRecord, GraphViewRecord, GraphNodeRecord, GraphEdgeRecord, LineageRecord, LineageLinkRecord, StanceRecord, EncounterRecord, SearchHitRecord, StatsRecord, CorrectionRecord } from '../../db/index.ts';
import type { GraphContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Who proposed something or took a stance: a person, an institution or a country. */
export type Actor = Country | Institution | Person;

/** A news article as ingested. */
export type Article = {
  __typename?: 'Article';
  /** Byline. */
  author?: Maybe<Scalars['String']['output']>;
  /** The clean body text that evidence and mention offsets point into. */
  body: Scalars['String']['output'];
  /** The file it was read from, or null when sent through the API. */
  file?: Maybe<Scalars['String']['output']>;
  /** Stable id derived from the URL or file name. */
  id: Scalars['ID']['output'];
  /** Every entity mention in the body, in text order. */
  mentions: Array<Mention>;
  /** Publisher. */
  outlet?: Maybe<Scalars['String']['output']>;
  /** ISO date, or a month (YYYY-MM) when only that is known. */
  published?: Maybe<Scalars['String']['output']>;
  /** True for a made-up sample article (the quick start's samples/), which removeSamples deletes. */
  sample: Scalars['Boolean']['output'];
  /** The sentences of the body that support facts of the graph, in text order, each with the facts it supports. */
  sentences: Array<SupportingSentence>;
  /** Headline. */
  title?: Maybe<Scalars['String']['output']>;
  /** Where it was published online. */
  url?: Maybe<Scalars['String']['output']>;
};

/** How an ingested article's text is written. */
export type ArticleFormat =
  /** An HTML page (navigation, scripts and comments are dropped). */
  | 'HTML'
  /** Markdown, optionally with YAML front matter. */
  | 'MARKDOWN'
  /** Plain text. */
  | 'TEXT';

/** Properties correctEntity can set. */
export type CorrectableField =
  /** ISO code of a country. */
  | 'code'
  /** Date of a meeting or proposal. */
  | 'date'
  /** Kind of an institution or meeting. */
  | 'kind'
  /** The name (any kind; a meeting's label). */
  | 'name'
  /** Place of a meeting. */
  | 'place'
  /** Status of a meeting (held | planned) or proposal. */
  | 'status';

/** An entry of the correction log: who changed what, when. */
export type Correction = {
  __typename?: 'Correction';
  /** When, as an ISO timestamp. */
  at: Scalars['String']['output'];
  /** The target entity as it is now (null for articles or when it no longer exists). */
  entity?: Maybe<Entity>;
  /** SET: the property. */
  field?: Maybe<CorrectableField>;
  /** The correction's id, for undoCorrection. */
  id: Scalars['ID']['output'];
  /** What was done. */
  kind: CorrectionKind;
  /** MERGE: the merged entity, once the merge is undone. */
  merged?: Maybe<Entity>;
  /** MERGE: the id merged into the target. */
  otherId?: Maybe<Scalars['ID']['output']>;
  /** SET: the value before. */
  previous?: Maybe<Scalars['String']['output']>;
  /** The entity corrected or kept (MERGE), or the article. */
  targetId: Scalars['ID']['output'];
  /** True once undone. */
  undone: Scalars['Boolean']['output'];
  /** When it was undone. */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
  /** SET: the new value. */
  value?: Maybe<Scalars['String']['output']>;
  /** The name of the token that made it. */
  who: Scalars['String']['output'];
};

/** What a correction did. */
export type CorrectionKind =
  /** An article deleted through the API. */
  | 'deleteArticle'
  /** An article ingested through the API. */
  | 'ingestArticle'
  /** Two entities merged into one. */
  | 'merge'
  /** A property set (a rename when the field is NAME). */
  | 'set';

/** A country. */
export type Country = {
  __typename?: 'Country';
  /** Other names (demonyms are not aliases). */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  code?: Maybe<Scalars['String']['output']>;
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Sentences that name it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Set when this entity was asked for by an id that was merged into it (see mergeEntities): that id. Null otherwise. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
  /** Common English name. */
  name: Scalars['String']['output'];
  /** People who represent it. */
  people: Array<Person>;
};

/** What deleteArticle did. */
export type DeleteArticleResult = {
  __typename?: 'DeleteArticleResult';
  /** Always true: a missing article is NOT_FOUND. */
  deleted: Scalars['Boolean']['output'];
  /** The deleted article's id. */
  id: Scalars['ID']['output'];
};

/** Someone a person met, and where. */
export type Encounter = {
  __typename?: 'Encounter';
  /** Held meetings both attended, newest first. */
  meetings: Array<Meeting>;
  /** The other person. */
  person: Person;
};

/** Any entity of the graph. */
export type Entity = Country | Institution | Meeting | Person | Proposal;

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

/** The sentence a fact was read from, and its article. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the sentence is from. */
  article: Article;
  /** Character offset just past the quote's end. */
  end: Scalars['Int']['output'];
  /** The sentence, exactly as in the article body. */
  quote: Scalars['String']['output'];
  /** Character offset of the quote's start in the article body. */
  start: Scalars['Int']['output'];
};

/** An edge ready for Cytoscape. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The sentences that state it, with their articles; none for MET edges, which are derived from shared meetings. */
  evidence: Array<Evidence>;
  /** source|KIND|target. */
  id: Scalars['ID']['output'];
  /** MET, ATTENDED, PROPOSED, REVISES, RESPONDS_TO, IMPLEMENTS, REPLACES, BUILDS_ON, AFFILIATED_WITH, REPRESENTS, SUPPORTS, REJECTS… */
  kind: Scalars['String']['output'];
  /** Readable relation, e.g. responds to. */
  label?: Maybe<Scalars['String']['output']>;
  /** Id of the node the edge leaves. */
  source: Scalars['ID']['output'];
  /** Id of the node the edge enters. */
  target: Scalars['ID']['output'];
  /** How many articles state it; for MET edges, the number of meetings the pair shared. */
  weight: Scalars['Int']['output'];
};

/** A node ready for Cytoscape. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Country name for people and institutions, for colouring. */
  country?: Maybe<Scalars['String']['output']>;
  /** Date of a meeting or proposal. */
  date?: Maybe<Scalars['String']['output']>;
  /** The entity's id. */
  id: Scalars['ID']['output'];
  /** The entity's kind. */
  kind: EntityKind;
  /** Name, label or title to show. */
  label: Scalars['String']['output'];
  /** Status of a meeting or proposal. */
  status?: Maybe<Scalars['String']['output']>;
  /** Size hint: number of meetings for people, of mentions otherwise. */
  weight: Scalars['Int']['output'];
};

/** A subgraph ready for Cytoscape. */
export type GraphView = {
  __typename?: 'GraphView';
  /** The edges between them. */
  edges: Array<GraphEdge>;
  /** The meetings among the nodes, in node order (for `path`: the meetings along the way). */
  meetings: Array<Meeting>;
  /** The nodes, in path order for `path`. */
  nodes: Array<GraphNode>;
  /** The proposals among the nodes, in node order (for `path`: the proposals along the way). */
  proposals: Array<Proposal>;
};

/** An article for ingestArticle. */
export type IngestArticleInput = {
  /** Byline. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** A file name to show and to derive the id from when there is no url. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** How `text` is written; TEXT by default. */
  format?: InputMaybe<ArticleFormat>;
  /** Publisher. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: InputMaybe<Scalars['String']['input']>;
  /** The article: plain text, Markdown (front matter allowed) or HTML. */
  text: Scalars['String']['input'];
  /** Headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published; the article's identity when given. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What ingestArticle did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article as stored. */
  article: Article;
  /** Countries extracted from it. */
  countries: Scalars['Int']['output'];
  /** Institutions extracted from it. */
  institutions: Scalars['Int']['output'];
  /** Meetings extracted from it. */
  meetings: Scalars['Int']['output'];
  /** People extracted from it. */
  people: Scalars['Int']['output'];
  /** Proposals extracted from it. */
  proposals: Scalars['Int']['output'];
  /** ingested, or unchanged when the same text was already there. */
  status: Scalars['String']['output'];
};

/** A ministry, company, medium, NGO, international body or university. */
export type Institution = {
  __typename?: 'Institution';
  /** Acronyms and other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The country it is based in. */
  country?: Maybe<Country>;
  /** Sentences that name it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** government | company | media | ngo | international | university | other */
  kind: Scalars['String']['output'];
  /** People affiliated with it. */
  members: Array<Person>;
  /** Set when this entity was asked for by an id that was merged into it (see mergeEntities): that id. Null otherwise. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
  /** Full name. */
  name: Scalars['String']['output'];
};

/** A proposal with the proposals it grew out of and those that grew out of it. */
export type Lineage = {
  __typename?: 'Lineage';
  /** Earlier proposals it revises, answers, implements, replaces or builds on (transitively). */
  ancestors: Array<Proposal>;
  /** Later proposals that do so to it (transitively). */
  descendants: Array<Proposal>;
  /** Every lineage edge between these proposals. */
  edges: Array<LineageLink>;
  /** The proposal asked about. */
  proposal: Proposal;
};

/** A lineage edge: `from` is the later proposal, `to` the earlier one. */
export type LineageLink = {
  __typename?: 'LineageLink';
  /** Sentences that state the relation. */
  evidence: Array<Evidence>;
  /** The later proposal. */
  from: Proposal;
  /** revises | responds_to | implements | replaces | builds_on */
  relation: Scalars['String']['output'];
  /** The earlier proposal. */
  to: Proposal;
};

/** Talks, a call, a summit, a visit or a briefing. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Countries whose sides took part. */
  countries: Array<Country>;
  /** ISO date, or YYYY-MM / YYYY when the text is no more precise. */
  date?: Maybe<Scalars['String']['output']>;
  /** Sentences that report it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** talks | call | summit | visit | briefing */
  kind: Scalars['String']['output'];
  /** A readable label built from kind, place and date: "Talks in Riyadh (2025-02-18)". */
  label: Scalars['String']['output'];
  /** Set when this entity was asked for by an id that was merged into it (see mergeEntities): that id. Null otherwise. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
  /** People who attended. */
  participants: Array<Person>;
  /** Where it took place, if known. */
  place?: Maybe<Scalars['String']['output']>;
  /** held | planned */
  status: Scalars['String']['output'];
};

/** A place in an article's body where an entity is named, for highlighting. */
export type Mention = {
  __typename?: 'Mention';
  /** Character offset just past the last character. */
  end: Scalars['Int']['output'];
  /** The entity named. */
  entityId: Scalars['ID']['output'];
  /** Its kind. */
  kind: EntityKind;
  /** Character offset of the first character in the body. */
  start: Scalars['Int']['output'];
  /** The words used, equal to body[start:end]. */
  text: Scalars['String']['output'];
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Corrects one property: NAME (any kind), DATE (meetings, proposals), PLACE (meetings), STATUS (meetings, proposals), KIND (institutions, meetings), CODE (countries). */
  correctEntity: Correction;
  /** Deletes an article and every fact, mention and entity only it supported; NOT_FOUND if there is no such article. */
  deleteArticle: DeleteArticleResult;
  /** Extracts one article given as text (the pipeline of `npm run ingest`) and writes it. An article with the same url (else file name, else title) is replaced. */
  ingestArticle: IngestResult;
  /** Merges two nodes of the same kind that are one entity: facts, mentions, evidence and aliases of `mergeId` move to `keepId`, and later ingests of `mergeId` land on `keepId`. Undo with undoCorrection. */
  mergeEntities: Correction;
  /** Deletes every sample article (those `npm start` loaded from samples/) and every fact, mention and entity only samples supported; facts another article supports stay. Returns the deleted articles' ids. */
  removeSamples: Array<Scalars['ID']['output']>;
  /** Renames an entity; the old name stays as an alias so searches still find it. */
  renameEntity: Correction;
  /** Undoes a merge (the merged entity comes back with what was its own, including facts ingested since) or a property correction. */
  undoCorrection: Correction;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationCorrectEntityArgs = {
  field: CorrectableField;
  id: Scalars['ID']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationMergeEntitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a write token from API_TOKENS:
 * UNAUTHENTICATED without a valid token, FORBIDDEN with a read-only token or when the server
 * has no write tokens. Each mutation runs in one database transaction and is logged with the
 * token's name and the time (see `corrections`). Corrections survive re-ingest of the articles.
 */
export type MutationUndoCorrectionArgs = {
  id: Scalars['ID']['input'];
};

/** The path finder's answer: a few shortest paths, and whether they had to pass through hubs. */
export type PathSet = {
  __typename?: 'PathSet';
  /** Each path: its nodes in order and its edges; `meetings` and `proposals` list those along the way. */
  paths: Array<GraphView>;
  /** True when no path runs through people and meetings alone, so these pass a country, institution or proposal. */
  throughHubs: Scalars['Boolean']['output'];
};

/** A named person. */
export type Person = {
  __typename?: 'Person';
  /** Institutions the person belongs to. */
  affiliations: Array<Institution>;
  /** Other spellings and short forms seen in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** Extraction confidence, 0 to 1; below 0.5 is weak. */
  confidence: Scalars['Float']['output'];
  /** The country the person represents, if the text says or implies it. */
  country?: Maybe<Country>;
  /** Sentences that name the person. */
  evidence: Array<Evidence>;
  /** Stable id, e.g. person:sergei-lavrov. */
  id: Scalars['ID']['output'];
  /** Meetings the person attended (held or planned), newest first. */
  meetings: Array<Meeting>;
  /** Set when this entity was asked for by an id that was merged into it (see mergeEntities): that id. Null otherwise. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
  /** Full name as most often written. */
  name: Scalars['String']['output'];
  /** Proposals the person put forward, newest first. */
  proposals: Array<Proposal>;
  /** Titles and functions, e.g. Foreign Minister. */
  roles: Array<Scalars['String']['output']>;
};

/** A plan, draft, term sheet, demand or offer. */
export type Proposal = {
  __typename?: 'Proposal';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** Extraction confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** When it was tabled, if known. */
  date?: Maybe<Scalars['String']['output']>;
  /** Sentences that name it. */
  evidence: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its direct lineage links both ways: what it revises or answers (`from` is this proposal) and what revises or answers it (`to` is this proposal). */
  lineageLinks: Array<LineageLink>;
  /** Set when this entity was asked for by an id that was merged into it (see mergeEntities): that id. Null otherwise. */
  mergedFrom?: Maybe<Scalars['ID']['output']>;
  /** Name as most often written, e.g. 28-point plan. */
  name: Scalars['String']['output'];
  /** The plan this proposal is one of the terms of, or null. */
  partOf?: Maybe<Proposal>;
  /** Who put it forward. */
  proposedBy: Array<Actor>;
  /** Who supports, rejects, accepts or criticises it. */
  stances: Array<StanceOn>;
  /** tabled | rejected | accepted | revised | agreed in principle | leaked | demanded */
  status: Scalars['String']['output'];
  /** Its terms: the proposals that are part of it. */
  terms: Array<Proposal>;
};

/** Two versions of a plan, their terms aligned. */
export type ProposalComparison = {
  __typename?: 'ProposalComparison';
  /** The first version asked about. */
  a: Proposal;
  /** The second version asked about. */
  b: Proposal;
  /** One row per topic, `a`'s terms first in name order, then what `b` added. */
  rows: Array<TermComparison>;
};

export type Query = {
  __typename?: 'Query';
  /** An article by id, or null. */
  article?: Maybe<Article>;
  /** Ingested articles, newest first by default. */
  articles: Array<Article>;
  /** Two versions of a plan side by side: their terms aligned (the same topic in the same row), each row saying what was kept, changed, added or dropped; NOT_FOUND for an unknown id. */
  compareProposals: ProposalComparison;
  /** The correction log (merges, property fixes, article ingests and deletions), newest first. */
  corrections: Array<Correction>;
  /** Countries, alphabetically by default. */
  countries: Array<Country>;
  /** A country by id (following merges), or null. */
  country?: Maybe<Country>;
  /** Any entity by id, whatever its kind; an id merged away answers with the entity it became, `mergedFrom` set to that id. */
  entity?: Maybe<Entity>;
  /** An institution by id (following merges), or null. */
  institution?: Maybe<Institution>;
  /** Institutions: ministries, companies, media, international bodies; alphabetically by default. */
  institutions: Array<Institution>;
  /** Proposals matching the filters and the lineage edges between them, Cytoscape-ready. */
  lineageNetwork: GraphView;
  /** A meeting by id (following merges), or null. */
  meeting?: Maybe<Meeting>;
  /** The who-met-whom network, Cytoscape-ready: people as nodes, one MET edge per pair that met at a meeting matching the filters. */
  meetingNetwork: GraphView;
  /** Meetings, calls, summits, visits and briefings, newest first by default. */
  meetings: Array<Meeting>;
  /** An entity and everything within `depth` hops of it, Cytoscape-ready; NOT_FOUND for an unknown id. */
  neighborhood: GraphView;
  /** A shortest path (at most 8 hops) between two entities; `meetings` and `proposals` list those along the way. Null if none exists. */
  path?: Maybe<GraphView>;
  /** Up to three shortest paths (at most 8 hops) between two entities: through people and meetings when such paths exist, otherwise through anything (a country, an institution, a proposal) and `throughHubs` says so. */
  paths: PathSet;
  /** People, alphabetically by default. `from`/`to`: named in an article published in the range. */
  people: Array<Person>;
  /** A person by id, or null. An id merged away answers with the person it became (`mergedFrom` says so); so do the other by-id queries. */
  person?: Maybe<Person>;
  /** A proposal by id (following merges), or null. */
  proposal?: Maybe<Proposal>;
  /** A proposal's ancestors and descendants, with the relation on each edge; null for an unknown id. */
  proposalLineage?: Maybe<Lineage>;
  /** Plans, drafts, term sheets, demands and offers, newest first by default. */
  proposals: Array<Proposal>;
  /** Full-text search over names and aliases of every kind and over article titles and text, best match first. */
  search: Array<SearchHit>;
  /** How many of each kind the graph holds. */
  stats: Stats;
  /** Meetings and proposals with a date, oldest first: the time axis of the explorer. */
  timeline: Array<TimelineEvent>;
  /** Everyone the person met, each with the meetings they shared (held meetings only); NOT_FOUND for an unknown person. */
  whoMetWhom: Array<Encounter>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompareProposalsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


export type QueryCorrectionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCountriesArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCountryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLineageNetworkArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingNetworkArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMeetingsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryPathArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalLineageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWhoMetWhomArgs = {
  personId: Scalars['ID']['input'];
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity's or article's id. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: EntityKind;
  /** Its name (articles: title). */
  name: Scalars['String']['output'];
  /** Relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** Sort orders of list queries. DATE_* apply to meetings, proposals and articles only (BAD_USER_INPUT otherwise). */
export type SortOrder =
  /** Most confident extraction first. */
  | 'CONFIDENCE_DESC'
  /** Oldest first; undated last. */
  | 'DATE_ASC'
  /** Newest first; undated last. */
  | 'DATE_DESC'
  /** Most often mentioned in articles first. */
  | 'MENTIONS_DESC'
  /** By name (articles: title), A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** An actor's stance on a proposal. */
export type StanceOn = {
  __typename?: 'StanceOn';
  /** Who took the stance. */
  actor: Actor;
  /** Sentences that state it. */
  evidence: Array<Evidence>;
  /** supports | rejects | accepts | criticises */
  stance: Scalars['String']['output'];
};

/** A relationship between two entities, as a sentence states it. */
export type StatedRelation = {
  __typename?: 'StatedRelation';
  /** Where it starts: the attendee, the proposer, the later version, the actor taking a stance. */
  from: Entity;
  /** ATTENDED, PARTICIPATED, AFFILIATED_WITH, REPRESENTS, BASED_IN, PROPOSED, PART_OF, REVISES, RESPONDS_TO, IMPLEMENTS, REPLACES, BUILDS_ON, SUPPORTS, REJECTS, ACCEPTS or CRITICISES. */
  kind: Scalars['String']['output'];
  /** Readable, e.g. attended, responds to. */
  label: Scalars['String']['output'];
  /** Where it ends: the meeting, the proposal, the earlier version. */
  to: Entity;
};

/** How many of each kind the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  /** Articles ingested. */
  articles: Scalars['Int']['output'];
  /** Countries. */
  countries: Scalars['Int']['output'];
  /** Institutions. */
  institutions: Scalars['Int']['output'];
  /** Meetings. */
  meetings: Scalars['Int']['output'];
  /** People. */
  people: Scalars['Int']['output'];
  /** Proposals. */
  proposals: Scalars['Int']['output'];
};

/** A sentence of an article and the facts of the graph it is evidence for. */
export type SupportingSentence = {
  __typename?: 'SupportingSentence';
  /** Character offset just past its end. */
  end: Scalars['Int']['output'];
  /** The entities it attests: people, institutions, countries, meetings and proposals. */
  entities: Array<Entity>;
  /** The sentence, exactly as in the article body. */
  quote: Scalars['String']['output'];
  /** The relationships it states: who attended a meeting, who proposed a plan, which plan revises which… */
  relations: Array<StatedRelation>;
  /** Character offset of its start in the body. */
  start: Scalars['Int']['output'];
};

/** A topic in two versions of a plan. */
export type TermComparison = {
  __typename?: 'TermComparison';
  /** The first version's term, or null when it had none on this topic. */
  a?: Maybe<Proposal>;
  /** The second version's term, or null when it has none on this topic. */
  b?: Maybe<Proposal>;
  /** same | changed | added | dropped */
  change: Scalars['String']['output'];
  /** What the terms are about: their name without figures, e.g. cap on armed forces. */
  topic: Scalars['String']['output'];
};

/** A dated meeting or proposal on the timeline. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the text is no more precise. */
  date: Scalars['String']['output'];
  /** The meeting or proposal itself. */
  entity: Entity;
  /** The meeting's or proposal's id. */
  id: Scalars['ID']['output'];
  /** Meeting or Proposal. */
  kind: EntityKind;
  /** The meeting's label or the proposal's name. */
  label: Scalars['String']['output'];
  /** held | planned for meetings; the proposal's status otherwise. */
  status: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( CountryRecord )
    | ( InstitutionRecord )
    | ( PersonRecord )
  ;
  Entity:
    | ( CountryRecord )
    | ( InstitutionRecord )
    | ( MeetingRecord )
    | ( PersonRecord )
    | ( ProposalRecord )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Actor']>;
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleFormat: ArticleFormat;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CorrectableField: null;
  Correction: ResolverTypeWrapper<CorrectionRecord>;
  CorrectionKind: null;
  Country: ResolverTypeWrapper<CountryRecord>;
  DeleteArticleResult: ResolverTypeWrapper<DeleteArticleResult>;
  Encounter: ResolverTypeWrapper<EncounterRecord>;
  Entity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Entity']>;
  EntityKind: EntityKind;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRecord>;
  GraphNode: ResolverTypeWrapper<GraphNodeRecord>;
  GraphView: ResolverTypeWrapper<GraphViewRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'article'> & { article: ResolversTypes['Article'] }>;
  Institution: ResolverTypeWrapper<InstitutionRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lineage: ResolverTypeWrapper<LineageRecord>;
  LineageLink: ResolverTypeWrapper<LineageLinkRecord>;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PathSet: ResolverTypeWrapper<Omit<PathSet, 'paths'> & { paths: Array<ResolversTypes['GraphView']> }>;
  Person: ResolverTypeWrapper<PersonRecord>;
  Proposal: ResolverTypeWrapper<ProposalRecord>;
  ProposalComparison: ResolverTypeWrapper<Omit<ProposalComparison, 'a' | 'b' | 'rows'> & { a: ResolversTypes['Proposal'], b: ResolversTypes['Proposal'], rows: Array<ResolversTypes['TermComparison']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SortOrder: SortOrder;
  StanceOn: ResolverTypeWrapper<StanceRecord>;
  StatedRelation: ResolverTypeWrapper<StatedRelationRecord>;
  Stats: ResolverTypeWrapper<StatsRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupportingSentence: ResolverTypeWrapper<SentenceRecord>;
  TermComparison: ResolverTypeWrapper<Omit<TermComparison, 'a' | 'b'> & { a?: Maybe<ResolversTypes['Proposal']>, b?: Maybe<ResolversTypes['Proposal']> }>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversUnionTypes<ResolversParentTypes>['Actor'];
  Article: ArticleRecord;
  Boolean: Scalars['Boolean']['output'];
  Correction: CorrectionRecord;
  Country: CountryRecord;
  DeleteArticleResult: DeleteArticleResult;
  Encounter: EncounterRecord;
  Entity: ResolversUnionTypes<ResolversParentTypes>['Entity'];
  Evidence: EvidenceRecord;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeRecord;
  GraphNode: GraphNodeRecord;
  GraphView: GraphViewRecord;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: Omit<IngestResult, 'article'> & { article: ResolversParentTypes['Article'] };
  Institution: InstitutionRecord;
  Int: Scalars['Int']['output'];
  Lineage: LineageRecord;
  LineageLink: LineageLinkRecord;
  Meeting: MeetingRecord;
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  PathSet: Omit<PathSet, 'paths'> & { paths: Array<ResolversParentTypes['GraphView']> };
  Person: PersonRecord;
  Proposal: ProposalRecord;
  ProposalComparison: Omit<ProposalComparison, 'a' | 'b' | 'rows'> & { a: ResolversParentTypes['Proposal'], b: ResolversParentTypes['Proposal'], rows: Array<ResolversParentTypes['TermComparison']> };
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHitRecord;
  StanceOn: StanceRecord;
  StatedRelation: StatedRelationRecord;
  Stats: StatsRecord;
  String: Scalars['String']['output'];
  SupportingSentence: SentenceRecord;
  TermComparison: Omit<TermComparison, 'a' | 'b'> & { a?: Maybe<ResolversParentTypes['Proposal']>, b?: Maybe<ResolversParentTypes['Proposal']> };
  TimelineEvent: TimelineEventRecord;
};

export type ActorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Country' | 'Institution' | 'Person', ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['SupportingSentence']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorrectableFieldResolvers = { CODE: 'code', DATE: 'date', KIND: 'kind', NAME: 'name', PLACE: 'place', STATUS: 'status' };

export type CorrectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['CorrectableField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CorrectionKind'], ParentType, ContextType>;
  merged?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  otherId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectionKindResolvers = { DELETE_ARTICLE: 'deleteArticle', INGEST_ARTICLE: 'ingestArticle', MERGE: 'merge', SET: 'set' };

export type CountryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeleteArticleResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeleteArticleResult'] = ResolversParentTypes['DeleteArticleResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EncounterResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Encounter'] = ResolversParentTypes['Encounter']> = {
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Country' | 'Institution' | 'Meeting' | 'Person' | 'Proposal', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LineageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Lineage'] = ResolversParentTypes['Lineage']> = {
  ancestors?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  descendants?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['LineageLink']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type LineageLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LineageLink'] = ResolversParentTypes['LineageLink']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  correctEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationCorrectEntityArgs, 'field' | 'id'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteArticleResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keepId' | 'mergeId'>>;
  removeSamples?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  renameEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'id' | 'name'>>;
  undoCorrection?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationUndoCorrectionArgs, 'id'>>;
};

export type PathSetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PathSet'] = ResolversParentTypes['PathSet']> = {
  paths?: Resolver<Array<ResolversTypes['GraphView']>, ParentType, ContextType>;
  throughHubs?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineageLinks?: Resolver<Array<ResolversTypes['LineageLink']>, ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  proposedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['StanceOn']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposalComparisonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProposalComparison'] = ResolversParentTypes['ProposalComparison']> = {
  a?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TermComparison']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticlesArgs, 'limit' | 'offset'>>;
  compareProposals?: Resolver<ResolversTypes['ProposalComparison'], ParentType, ContextType, RequireFields<QueryCompareProposalsArgs, 'a' | 'b'>>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType, RequireFields<QueryCorrectionsArgs, 'limit' | 'offset'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountriesArgs, 'limit' | 'offset'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'id'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'id'>>;
  institutions?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'limit' | 'offset'>>;
  lineageNetwork?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, Partial<QueryLineageNetworkArgs>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetingNetwork?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, Partial<QueryMeetingNetworkArgs>>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'limit' | 'offset'>>;
  neighborhood?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id'>>;
  path?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'fromId' | 'toId'>>;
  paths?: Resolver<ResolversTypes['PathSet'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'toId'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'limit' | 'offset'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposalLineage?: Resolver<Maybe<ResolversTypes['Lineage']>, ParentType, ContextType, RequireFields<QueryProposalLineageArgs, 'id'>>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalsArgs, 'limit' | 'offset'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'limit' | 'offset'>>;
  whoMetWhom?: Resolver<Array<ResolversTypes['Encounter']>, ParentType, ContextType, RequireFields<QueryWhoMetWhomArgs, 'personId'>>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StanceOnResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StanceOn'] = ResolversParentTypes['StanceOn']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatedRelationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['StatedRelation'] = ResolversParentTypes['StatedRelation']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportingSentenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupportingSentence'] = ResolversParentTypes['SupportingSentence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['StatedRelation']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TermComparisonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TermComparison'] = ResolversParentTypes['TermComparison']> = {
  a?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  b?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Actor?: ActorResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  CorrectableField?: CorrectableFieldResolvers;
  Correction?: CorrectionResolvers<ContextType>;
  CorrectionKind?: CorrectionKindResolvers;
  Country?: CountryResolvers<ContextType>;
  DeleteArticleResult?: DeleteArticleResultResolvers<ContextType>;
  Encounter?: EncounterResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Lineage?: LineageResolvers<ContextType>;
  LineageLink?: LineageLinkResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PathSet?: PathSetResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalComparison?: ProposalComparisonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  StanceOn?: StanceOnResolvers<ContextType>;
  StatedRelation?: StatedRelationResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  SupportingSentence?: SupportingSentenceResolvers<ContextType>;
  TermComparison?: TermComparisonResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
};

