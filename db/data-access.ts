/**
 * createDataAccess: the driver, the executor and every query, behind one object the server
 * and the ingest CLI share. Nothing outside db/ sees neo4j-driver.
 */
import neo4j from "neo4j-driver";
import type { Neo4jTarget } from "../common/config.ts";
import type { EntityKind, GraphDocument } from "../common/graph-document.ts";
import { mapNeo4jError } from "./errors.ts";
import {
  correctEntity,
  listCorrections,
  mergeEntities,
  undoCorrection,
  type CorrectionCheck,
} from "./corrections/corrections.ts";
import type { Actor, CorrectableField, CorrectionRecord } from "./corrections/records.ts";
import { Executor } from "./executor.ts";
import {
  deleteArticle,
  loadGraph,
  removeSamples,
  type LoadOptions,
  type LoadSummary,
} from "./load/load-graph.ts";
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MeetingRecord,
  ProposalRecord,
} from "./records.ts";
import { ensureSchema } from "./schema.ts";
import { findArticlesByIds, findMentions, listArticles, type MentionRecord } from "./queries/articles.ts";
import {
  findEntitiesByIds,
  findEntity,
  findMergeTargets,
  listEntities,
  type ListArgs,
} from "./queries/entities.ts";
import { findEdgeEvidence, findEvidenceOf, type EdgeKey } from "./queries/evidence.ts";
import { findArticleSentences, type SentenceRecord } from "./queries/sentences.ts";
import type { ListFilter, ListKind } from "./queries/filters.ts";
import { findTimeline, type TimelineArgs } from "./queries/timeline.ts";
import type { GraphViewRecord } from "./queries/graph-view.ts";
import { findMeetingNetwork } from "./queries/meetings.ts";
import { findNeighborhood } from "./queries/neighborhood.ts";
import { findPaths, findShortestPath, type PathSetRecord } from "./queries/paths.ts";
import { findEncounters, type EncounterRecord } from "./queries/people.ts";
import {
  findDirectLineage,
  findLineage,
  findLineageNetwork,
  findStances,
  type LineageLinkRecord,
  type LineageRecord,
  type StanceRecord,
} from "./queries/proposals.ts";
import { findRelated, type RelationName } from "./queries/relations.ts";
import { searchEntities, type SearchHitRecord } from "./queries/search.ts";
import { countGraph, findStats, type GraphCounts, type StatsRecord } from "./queries/stats.ts";

export interface DataAccessOptions {
  /** Timeout of every transaction, in milliseconds (loading an article gets longer). */
  transactionTimeoutMs?: number;
  /** Called before each statement sent to Neo4j, i.e. once per round trip (for tests and metrics). */
  onStatement?: (mode: "READ" | "WRITE") => void;
}

export interface DataAccess {
  /** Throws DatabaseUnavailableError when Neo4j cannot be reached. */
  verifyConnectivity(): Promise<void>;
  /** Runs a trivial read transaction: the database is up and answering queries, not just listening. */
  ping(): Promise<void>;
  /** Creates constraints and indexes if missing; safe to call on every start. */
  ensureSchema(): Promise<void>;
  /** Writes a document in groups of articles per transaction (a failed group is retried article by article, so each article succeeds or fails alone); unchanged articles are skipped. */
  loadGraph(doc: GraphDocument, options?: LoadOptions): Promise<LoadSummary>;
  /** Removes an article and what only it supported; false if it was not there. Logged when `actor` is given. */
  deleteArticle(id: string, actor?: Actor): Promise<boolean>;
  /** Removes every sample article and what only samples supported; returns their ids. Logged when `actor` is given. */
  removeSamples(actor?: Actor): Promise<string[]>;

  /** Merges `mergeId` into `keepId` (same kind) in one transaction; throws CorrectionError when refused. */
  mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<CorrectionRecord>;
  /** Sets one property of an entity (name, date...) and logs it; `check` says which kind takes which values. */
  correctEntity(
    id: string,
    field: CorrectableField,
    value: string | null,
    actor: Actor,
    check: CorrectionCheck,
  ): Promise<CorrectionRecord>;
  /** Undoes a merge or a property correction. */
  undoCorrection(id: string, actor: Actor): Promise<CorrectionRecord>;
  /** The correction log, newest first. */
  listCorrections(args: {
    targetId?: string | null;
    limit?: number | null;
    offset?: number | null;
  }): Promise<CorrectionRecord[]>;

  listEntities(kind: EntityKind, args: ListArgs): Promise<EntityRecord[]>;
  findEntitiesByIds(kind: EntityKind, ids: readonly string[]): Promise<Map<string, EntityRecord>>;
  /** Any kind by id; an id merged away finds the entity it became (with `mergedFrom`), as findEntitiesByIds does. */
  findEntity(id: string): Promise<EntityRecord | null>;
  /** For each id merged away, the id of the entity it became; ids not merged are absent. */
  findMergeTargets(ids: readonly string[]): Promise<Map<string, string>>;
  findRelated(relation: RelationName, ids: readonly string[]): Promise<Map<string, EntityRecord[]>>;
  findEvidenceOf(kind: EntityKind, ids: readonly string[]): Promise<Map<string, EvidenceRecord[]>>;
  listArticles(args: ListArgs): Promise<ArticleRecord[]>;
  findArticlesByIds(ids: readonly string[]): Promise<Map<string, ArticleRecord>>;
  /** For each article id, the entity mentions in its body, in text order. */
  findMentions(articleIds: readonly string[]): Promise<Map<string, MentionRecord[]>>;
  /** For each article id, the sentences that support facts, in text order, each with those facts. */
  findArticleSentences(articleIds: readonly string[]): Promise<Map<string, SentenceRecord[]>>;
  /** For each GraphView edge (by id), the sentences that state it; derived edges (MET) have none. */
  findEdgeEvidence(edges: readonly EdgeKey[]): Promise<Map<string, EvidenceRecord[]>>;
  /** Dated meetings and proposals, oldest first. */
  findTimeline(args: TimelineArgs): Promise<(MeetingRecord | ProposalRecord)[]>;
  findStances(proposalIds: readonly string[]): Promise<Map<string, StanceRecord[]>>;
  /** For each proposal id, its direct lineage links both ways (`from` is the later proposal). */
  findDirectLineage(proposalIds: readonly string[]): Promise<Map<string, LineageLinkRecord[]>>;

  findEncounters(personId: string): Promise<EncounterRecord[]>;
  findMeetingNetwork(filter?: ListFilter): Promise<GraphViewRecord>;
  findLineage(proposalId: string): Promise<LineageRecord | null>;
  findLineageNetwork(filter?: ListFilter): Promise<GraphViewRecord>;
  findNeighborhood(id: string, depth: number): Promise<GraphViewRecord | null>;
  findShortestPath(fromId: string, toId: string): Promise<GraphViewRecord | null>;
  /** Up to three shortest paths, through people and meetings when any exist. */
  findPaths(fromId: string, toId: string): Promise<PathSetRecord>;
  search(text: string, limit: number, kinds?: readonly ListKind[] | null): Promise<SearchHitRecord[]>;
  stats(): Promise<StatsRecord>;
  countGraph(): Promise<GraphCounts>;

  close(): Promise<void>;
}

/** Creates the driver (lazily connecting) and the data-access API over it. */
export function createDataAccess(target: Neo4jTarget, options: DataAccessOptions = {}): DataAccess {
  // No token at all means scheme "none", what the embedded Neo4j (auth disabled) expects.
  const auth = target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
  const driver = neo4j.driver(target.uri, auth, {
    // Plain JS numbers: our counts and offsets are far below 2^53.
    disableLosslessIntegers: true,
    telemetryDisabled: true,
    // Performance hints about our own bounded queries would only be log noise.
    notificationFilter: { minimumSeverityLevel: "OFF" },
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Fail fast when the database is down instead of retrying for the default 30 s.
    maxTransactionRetryTime: 5_000,
    userAgent: "diplomatic-graph-explorer/0.1",
  });
  const executor = new Executor(driver, {
    database: target.database,
    timeoutMs: options.transactionTimeoutMs ?? 15_000,
    onStatement: options.onStatement,
  });

  return {
    async verifyConnectivity() {
      try {
        await driver.getServerInfo({ database: target.database ?? undefined });
      } catch (error) {
        throw mapNeo4jError(error);
      }
    },
    ping: async () => {
      // The handshake fails fast when Neo4j is down; the query catches a database still starting.
      try {
        await driver.getServerInfo({ database: target.database ?? undefined });
      } catch (error) {
        throw mapNeo4jError(error);
      }
      await executor.read((tx) => tx.run("RETURN 1"), { timeoutMs: 5_000 });
    },
    ensureSchema: () => ensureSchema(executor),
    loadGraph: (doc, loadOptions) => loadGraph(executor, doc, loadOptions),
    deleteArticle: (id, actor) => deleteArticle(executor, id, actor),
    removeSamples: (actor) => removeSamples(executor, actor),
    mergeEntities: (keepId, mergeId, actor) => mergeEntities(executor, keepId, mergeId, actor),
    correctEntity: (id, field, value, actor, allowed) =>
      correctEntity(executor, id, field, value, actor, allowed),
    undoCorrection: (id, actor) => undoCorrection(executor, id, actor),
    listCorrections: (args) => listCorrections(executor, args),
    listEntities: (kind, args) => listEntities(executor, kind, args),
    findEntitiesByIds: (kind, ids) => findEntitiesByIds(executor, kind, ids),
    findEntity: (id) => findEntity(executor, id),
    findMergeTargets: (ids) => findMergeTargets(executor, ids),
    findRelated: (relation, ids) => findRelated(executor, relation, ids),
    findEvidenceOf: (kind, ids) => findEvidenceOf(executor, kind, ids),
    listArticles: (args) => listArticles(executor, args),
    findArticlesByIds: (ids) => findArticlesByIds(executor, ids),
    findMentions: (ids) => findMentions(executor, ids),
    findArticleSentences: (ids) => findArticleSentences(executor, ids),
    findEdgeEvidence: (edges) => findEdgeEvidence(executor, edges),
    findTimeline: (args) => findTimeline(executor, args),
    findStances: (ids) => findStances(executor, ids),
    findDirectLineage: (ids) => findDirectLineage(executor, ids),
    findEncounters: (personId) => findEncounters(executor, personId),
    findMeetingNetwork: (filter) => findMeetingNetwork(executor, filter),
    findLineage: (id) => findLineage(executor, id),
    findLineageNetwork: (filter) => findLineageNetwork(executor, filter),
    findNeighborhood: (id, depth) => findNeighborhood(executor, id, depth),
    findShortestPath: (fromId, toId) => findShortestPath(executor, fromId, toId),
    findPaths: (fromId, toId) => findPaths(executor, fromId, toId),
    search: (text, limit, kinds) => searchEntities(executor, text, limit, kinds),
    stats: () => findStats(executor),
    countGraph: () => countGraph(executor),
    close: () => driver.close(),
  };
}
