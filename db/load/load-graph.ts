/**
 * Loads a graph document in groups of articles, one write transaction per group, so a large
 * folder costs a few round trips per group instead of a dozen per article. A group that fails
 * is loaded again one article per transaction, so every article still succeeds or fails
 * alone and atomically, and one bad article cannot undo or block the others.
 */
import type { GraphDocument } from "../../common/graph-document.ts";
import { DatabaseUnavailableError } from "../errors.ts";
import type { Executor } from "../executor.ts";
import type { Actor } from "../corrections/records.ts";
import { recordWrite } from "../corrections/corrections.ts";
import { addCounters, CountingRunner, emptyCounters, type LoadCounters } from "./counters.ts";
import type { ArticleSlice } from "./slice.ts";
import { splitDocument } from "./split.ts";
import * as cypher from "./statements.ts";
import { mergeWithStoredMeetings, readStoredMeetings } from "./stored-meetings.ts";
import { removeArticleFacts, writeGroup } from "./write-group.ts";

export { emptyCounters, type LoadCounters } from "./counters.ts";

export type ArticleLoadStatus = "ingested" | "unchanged" | "failed";

export interface ArticleLoadResult {
  articleId: string;
  status: ArticleLoadStatus;
  /**
   * What the article's transaction changed. Articles written together in one group share a
   * transaction, so its counters are reported on the group's first ingested article and the
   * others report zero; the sum over articles is always exact.
   */
  counters: LoadCounters;
  /** Why the article failed; the others are still loaded. */
  error?: string;
  /** The error itself (typed DatabaseError when Neo4j refused), for callers that rethrow it. */
  cause?: unknown;
}

export interface LoadSummary {
  articles: Record<ArticleLoadStatus, number>;
  counters: LoadCounters;
  results: ArticleLoadResult[];
  /** Facts dropped because they point at unknown ids or articles. */
  warnings: string[];
}

/** Articles per transaction: large enough to amortise round trips, small enough to keep transactions short. */
export const DEFAULT_GROUP_SIZE = 50;

export interface LoadOptions {
  /** Called after each article, e.g. to drive a progress bar. */
  onArticle?: (result: ArticleLoadResult) => void;
  /** Rewrite articles even when their content hash is unchanged (e.g. after improving extraction). */
  force?: boolean;
  /** Log each ingested article in the correction log under this name (API writes). */
  recordedBy?: Actor;
  /** Articles per transaction (default 50); 1 writes each article in its own transaction. */
  groupSize?: number;
  /** Marks the articles as samples (the quick start's made-up articles); see removeSamples. */
  sample?: boolean;
}

// Big groups write many rows; give them longer than an API read.
const WRITE_TIMEOUT_MS = 120_000;

function failedResult(slice: ArticleSlice, error: unknown): ArticleLoadResult {
  return {
    articleId: slice.article.id,
    status: "failed",
    counters: emptyCounters(),
    error: error instanceof Error ? error.message : String(error),
    cause: error,
  };
}

/** Writes `slices` in one transaction and reports each article; throws if the transaction fails. */
async function loadGroup(
  executor: Executor,
  slices: readonly ArticleSlice[],
  options: LoadOptions,
): Promise<ArticleLoadResult[]> {
  const outcome = await executor.write((tx) => writeGroup(tx, slices, options), {
    timeoutMs: WRITE_TIMEOUT_MS,
  });
  let counters: LoadCounters | null = outcome.counters;
  return slices.map((slice) => {
    const unchanged = outcome.unchanged.has(slice.article.id);
    const result: ArticleLoadResult = {
      articleId: slice.article.id,
      status: unchanged ? "unchanged" : "ingested",
      counters: (!unchanged && counters) || emptyCounters(),
    };
    if (!unchanged) counters = null;
    return result;
  });
}

/** One article in its own transaction; a failure becomes a "failed" result naming it. */
async function loadAlone(
  executor: Executor,
  slice: ArticleSlice,
  options: LoadOptions,
): Promise<ArticleLoadResult> {
  try {
    const [result] = await loadGroup(executor, [slice], options);
    return result ?? failedResult(slice, new Error("no result"));
  } catch (error) {
    return failedResult(slice, error);
  }
}

/**
 * Loads `group`, reporting each article through `report` as soon as its fate is known. A failed
 * group is retried article by article, so the bad one fails alone; when the database is
 * unavailable that would only fail every article again, slowly, so they all fail at once.
 */
async function loadGroupOrEach(
  executor: Executor,
  group: readonly ArticleSlice[],
  options: LoadOptions,
  report: (result: ArticleLoadResult) => void,
): Promise<void> {
  if (group.length === 1) {
    report(await loadAlone(executor, group[0] as ArticleSlice, options));
    return;
  }
  let results: ArticleLoadResult[];
  try {
    results = await loadGroup(executor, group, options);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      for (const slice of group) report(failedResult(slice, error));
      return;
    }
    for (const slice of group) report(await loadAlone(executor, slice, options));
    return;
  }
  for (const result of results) report(result);
}

/** Writes a whole document in groups of articles; failures are reported per article. */
export async function loadGraph(
  executor: Executor,
  doc: GraphDocument,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    articles: { ingested: 0, unchanged: 0, failed: 0 },
    counters: emptyCounters(),
    results: [],
    warnings: [],
  };
  const report = (result: ArticleLoadResult): void => {
    summary.articles[result.status] += 1;
    addCounters(summary.counters, result.counters);
    summary.results.push(result);
    options.onArticle?.(result);
  };
  // A meeting already in the graph (from an earlier chunk or run) keeps its node.
  let stored: Awaited<ReturnType<typeof readStoredMeetings>>;
  try {
    stored = await executor.read((tx) => readStoredMeetings(tx, doc));
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    // Nothing can be written while the database is away: every article fails as unavailable,
    // as a failed group's would, so the caller's retry takes them all again.
    const { slices, warnings } = splitDocument(doc);
    summary.warnings = warnings;
    for (const slice of slices) report(failedResult(slice, error));
    return summary;
  }
  const { slices, warnings } = splitDocument(mergeWithStoredMeetings(doc, stored));
  summary.warnings = warnings;
  const size = Math.max(1, Math.floor(options.groupSize ?? DEFAULT_GROUP_SIZE));
  // Groups one after another on purpose: articles share entity nodes (hubs), and parallel
  // writers would mostly wait for each other's locks or deadlock on them.
  for (let i = 0; i < slices.length; i += size) {
    await loadGroupOrEach(executor, slices.slice(i, i + size), options, report);
  }
  return summary;
}

/**
 * Deletes every sample article (`sample: true`, set when ingest was told so) with every fact only
 * samples supported: each goes through deleteArticle, so a fact another article supports stays.
 * Returns the ids removed.
 */
export async function removeSamples(executor: Executor, recordedBy?: Actor): Promise<string[]> {
  const found = await executor.read((tx) => tx.run(cypher.READ_SAMPLE_ARTICLES));
  const ids = found.records.map((r) => String(r.get("id")));
  const removed: string[] = [];
  for (const id of ids) if (await deleteArticle(executor, id, recordedBy)) removed.push(id);
  return removed;
}

/** Deletes an article, every fact only it supported and the entities left unsupported. */
export async function deleteArticle(
  executor: Executor,
  articleId: string,
  recordedBy?: Actor,
): Promise<boolean> {
  return executor.write(async (tx) => {
    const runner = new CountingRunner(tx);
    const existing = await runner.run(cypher.READ_HASH, { articleId });
    if (existing.records.length === 0) return false;
    const candidates = await removeArticleFacts(runner, [articleId]);
    await runner.run(cypher.DELETE_ARTICLE_NODE, { articleId });
    if (candidates.length > 0) await runner.run(cypher.DELETE_ORPHANS, { candidates });
    if (recordedBy) await recordWrite(tx, "deleteArticle", articleId, recordedBy);
    return true;
  });
}
