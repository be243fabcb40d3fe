/**
 * Loads a graph document: one write transaction per article, so one bad article cannot
 * undo or block the others, and re-loading an unchanged article is a cheap no-op.
 */
import type { ManagedTransaction, QueryResult } from "neo4j-driver";
import { ENTITY_LABELS } from "../model.ts";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { Executor } from "../executor.ts";
import type { ArticleSlice } from "./slice.ts";
import { splitDocument } from "./split.ts";
import { stringAt, valueAt } from "../values.ts";
import * as cypher from "./statements.ts";
import { resolveMerged, type Redirect } from "../corrections/aliases.ts";
import { reapplyCorrections, recordWrite } from "../corrections/corrections.ts";
import type { Actor } from "../corrections/records.ts";

export interface LoadCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export type ArticleLoadStatus = "ingested" | "unchanged" | "failed";

export interface ArticleLoadResult {
  articleId: string;
  status: ArticleLoadStatus;
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

export interface LoadOptions {
  /** Called after each article, e.g. to drive a progress bar. */
  onArticle?: (result: ArticleLoadResult) => void;
  /** Rewrite articles even when their content hash is unchanged (e.g. after improving extraction). */
  force?: boolean;
  /** Log each ingested article in the correction log under this name (API writes). */
  recordedBy?: Actor;
}

export function emptyCounters(): LoadCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

function addCounters(into: LoadCounters, from: LoadCounters): void {
  into.nodesCreated += from.nodesCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsCreated += from.relationshipsCreated;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

/** Runs statements in one transaction, summing the driver's update counters. */
class CountingRunner {
  readonly counters = emptyCounters();
  constructor(private readonly tx: ManagedTransaction) {}

  async run(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    const result = await this.tx.run(query, params);
    const u = result.summary.counters.updates();
    addCounters(this.counters, {
      nodesCreated: u.nodesCreated,
      nodesDeleted: u.nodesDeleted,
      relationshipsCreated: u.relationshipsCreated,
      relationshipsDeleted: u.relationshipsDeleted,
      propertiesSet: u.propertiesSet,
    });
    return result;
  }
}

/** Removes everything an article stated; returns candidate orphans (element ids). */
async function removeArticleFacts(runner: CountingRunner, articleId: string): Promise<string[]> {
  const result = await runner.run(cypher.REMOVE_ARTICLE_FACTS, { articleId });
  const record = result.records[0];
  const candidates = record ? valueAt(record, "candidates") : [];
  return Array.isArray(candidates) ? candidates.filter((c): c is string => typeof c === "string") : [];
}

/**
 * Writes the slice; entities merged away by an analyst (`redirects`) are written onto the node
 * they were merged into. Returns the ids of the nodes written.
 */
async function writeSlice(
  runner: CountingRunner,
  slice: ArticleSlice,
  redirects: Map<string, Redirect>,
): Promise<string[]> {
  const articleId = slice.article.id;
  await runner.run(cypher.WRITE_ARTICLE_AND_EVIDENCE, { article: slice.article, evidence: slice.evidence });

  const nodeIdOf = (id: string) => redirects.get(id)?.nodeId ?? id;
  const chainOf = (id: string) => redirects.get(id)?.chain ?? null;
  const elementIds = new Map<string, string>();
  for (const label of ENTITY_LABELS) {
    // The kept node's own row first, so its properties are in place before merged rows add aliases.
    const rows = slice.entities
      .filter((e) => e.kind === label)
      .map((e) => ({ ...e, nodeId: nodeIdOf(e.id), chain: chainOf(e.id) }))
      .sort((a, b) => Number(a.chain !== null) - Number(b.chain !== null));
    if (rows.length === 0) continue;
    const result = await runner.run(cypher.writeEntitiesStatement(label), { rows });
    for (const record of result.records)
      elementIds.set(stringAt(record, "id"), stringAt(record, "elementId"));
  }

  const evidence = new Map(slice.evidence.map((e) => [e.id, e]));
  const facts = slice.facts.flatMap((fact) => {
    const source = elementIds.get(fact.from);
    const target = elementIds.get(fact.to);
    // The first sentence is copied onto the relationship so a reader need not follow evidenceIds.
    const first = evidence.get(fact.evidenceIds[0] ?? "");
    // A fact between two ids merged into one entity would be a loop: the merge dropped it too.
    if (!source || !target || !first || source === target) return [];
    return [
      {
        ...fact,
        source,
        target,
        quote: first.quote,
        start: first.start,
        end: first.end,
        srcMergedFrom: chainOf(fact.from),
        dstMergedFrom: chainOf(fact.to),
      },
    ];
  });
  const plain = facts.filter((f) => f.srcMergedFrom === null && f.dstMergedFrom === null);
  const redirected = facts.filter((f) => f.srcMergedFrom !== null || f.dstMergedFrom !== null);
  if (plain.length > 0) await runner.run(cypher.WRITE_FACTS, { articleId, rows: plain });
  if (redirected.length > 0) await runner.run(cypher.WRITE_REDIRECTED_FACTS, { articleId, rows: redirected });

  const mentions = slice.mentions.flatMap((m) => {
    const target = elementIds.get(m.entity);
    return target ? [{ ...m, target, chain: chainOf(m.entity) }] : [];
  });
  if (mentions.length > 0) await runner.run(cypher.WRITE_MENTIONS, { articleId, rows: mentions });
  return [...new Set(slice.entities.map((e) => nodeIdOf(e.id)))];
}

/** Loads one article in one transaction; "unchanged" when its content hash matches. */
export async function loadArticle(
  executor: Executor,
  slice: ArticleSlice,
  force = false,
  recordedBy?: Actor,
): Promise<ArticleLoadResult> {
  const articleId = slice.article.id;
  return executor.write(
    async (tx) => {
      // A fresh runner per attempt: the driver may retry this function after a transient error.
      const runner = new CountingRunner(tx);
      const existing = await runner.run(cypher.READ_HASH, { articleId });
      const first = existing.records[0];
      const hash = first ? valueAt(first, "hash") : null;
      if (!force && hash === slice.article.contentHash) {
        return { articleId, status: "unchanged", counters: runner.counters };
      }
      const candidates = existing.records.length > 0 ? await removeArticleFacts(runner, articleId) : [];
      // Analysts' corrections outlive re-ingest: merged ids are redirected, property fixes re-applied.
      const redirects = await resolveMerged(
        tx,
        slice.entities.map((e) => e.id),
      );
      const written = await writeSlice(runner, slice, redirects);
      await reapplyCorrections(tx, written);
      if (candidates.length > 0) await runner.run(cypher.DELETE_ORPHANS, { candidates });
      if (recordedBy) await recordWrite(tx, "ingestArticle", articleId, recordedBy);
      return { articleId, status: "ingested", counters: runner.counters };
    },
    // Big articles write many rows; give them longer than an API read.
    { timeoutMs: 120_000 },
  );
}

/** Writes a whole document, article by article; failures are reported per article. */
export async function loadGraph(
  executor: Executor,
  doc: GraphDocument,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { slices, warnings } = splitDocument(doc);
  const summary: LoadSummary = {
    articles: { ingested: 0, unchanged: 0, failed: 0 },
    counters: emptyCounters(),
    results: [],
    warnings,
  };
  // Sequential on purpose: articles share entity nodes, and parallel writers would deadlock on them.
  for (const slice of slices) {
    let result: ArticleLoadResult;
    try {
      result = await loadArticle(executor, slice, options.force, options.recordedBy);
    } catch (error) {
      result = {
        articleId: slice.article.id,
        status: "failed",
        counters: emptyCounters(),
        error: error instanceof Error ? error.message : String(error),
        cause: error,
      };
    }
    summary.articles[result.status] += 1;
    addCounters(summary.counters, result.counters);
    summary.results.push(result);
    options.onArticle?.(result);
  }
  return summary;
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
    const candidates = await removeArticleFacts(runner, articleId);
    await runner.run(cypher.DELETE_ARTICLE_NODE, { articleId });
    if (candidates.length > 0) await runner.run(cypher.DELETE_ORPHANS, { candidates });
    if (recordedBy) await recordWrite(tx, "deleteArticle", articleId, recordedBy);
    return true;
  });
}
