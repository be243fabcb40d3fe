/** The data-access module: the only door to Neo4j. */
export { createDataAccess, type DataAccess, type DataAccessOptions } from "./data-access.ts";
export {
  DatabaseConstraintError,
  DatabaseError,
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  type DatabaseErrorCode,
} from "./errors.ts";
export type {
  ArticleLoadResult,
  ArticleLoadStatus,
  LoadCounters,
  LoadOptions,
  LoadSummary,
} from "./load/load-graph.ts";
export type {
  ActorRecord,
  ArticleRecord,
  CountryRecord,
  EntityRecord,
  EvidenceRecord,
  InstitutionRecord,
  MeetingRecord,
  PersonRecord,
  ProposalRecord,
} from "./records.ts";
export type { RecordOfKind } from "./records.ts";
export { isActor } from "./records.ts";
export type { ListArgs } from "./queries/entities.ts";
export type { ListFilter, ListKind, SortOrder } from "./queries/filters.ts";
export { SORT_ORDERS, isDated } from "./queries/filters.ts";
export type { MentionRecord } from "./queries/articles.ts";
export type { EdgeKey } from "./queries/evidence.ts";
export type { SentenceRecord, StatedRelationRecord } from "./queries/sentences.ts";
export type { TimelineArgs, TimelineEventRecord, TimelineKind } from "./queries/timeline.ts";
export { MAX_TIMELINE_SIZE } from "./queries/timeline.ts";
export { MAX_PAGE_SIZE } from "./queries/entities.ts";
export type { GraphEdgeRecord, GraphNodeRecord, GraphViewRecord } from "./queries/graph-view.ts";
export type { PathSetRecord } from "./queries/paths.ts";
export type { EncounterRecord } from "./queries/people.ts";
export type { LineageLinkRecord, LineageRecord, StanceRecord } from "./queries/proposals.ts";
export type { RelationName } from "./queries/relations.ts";
export type { SearchHitRecord } from "./queries/search.ts";
export type { GraphCounts, StatsRecord } from "./queries/stats.ts";
export { MAX_NEIGHBORHOOD_DEPTH } from "./queries/neighborhood.ts";
export { MAX_SEARCH_HITS } from "./queries/search.ts";
export { CorrectionError } from "./corrections/errors.ts";
export { CORRECTABLE_FIELDS, CORRECTION_KINDS } from "./corrections/records.ts";
export type { Actor, CorrectableField, CorrectionKind, CorrectionRecord } from "./corrections/records.ts";
export type { CorrectionCheck } from "./corrections/corrections.ts";
