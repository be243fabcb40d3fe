/**
 * Loads a graph document and retries, with backoff, the articles whose transaction failed
 * because Neo4j was unavailable. The data module already lets the driver retry transient
 * errors for a few seconds inside each transaction; this covers longer outages (a restart).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { ArticleLoadResult, DataAccess, LoadCounters, LoadSummary } from "../../db/index.ts";
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";

export interface LoadWithRetryOptions {
  force?: boolean;
  /** Called once per article with its final result (not for attempts that will be retried). */
  onArticle?: (result: ArticleLoadResult) => void;
  retry?: RetryPolicy;
}

/**
 * loadGraph reports a failed article by message only; DatabaseUnavailableError's messages all
 * start this way (db/errors.ts). An error code on ArticleLoadResult would make this sturdier.
 */
export function isUnavailableFailure(result: ArticleLoadResult): boolean {
  return result.status === "failed" && /^The database is unavailable/.test(result.error ?? "");
}

function addInto(into: LoadCounters, from: LoadCounters): void {
  into.nodesCreated += from.nodesCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsCreated += from.relationshipsCreated;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

/** Loads `doc` one transaction per article, retrying articles that failed for want of a database. */
export async function loadWithRetry(
  data: Pick<DataAccess, "loadGraph">,
  doc: GraphDocument,
  options: LoadWithRetryOptions = {},
): Promise<LoadSummary> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const final = new Map<string, ArticleLoadResult>();
  const counters: LoadCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  let warnings: string[] = [];
  let pending = doc;

  for (let attempt = 1; ; attempt++) {
    const last = attempt >= policy.attempts;
    const summary = await data.loadGraph(pending, {
      force: options.force,
      onArticle: (result) => {
        if (last || !isUnavailableFailure(result)) options.onArticle?.(result);
      },
    });
    // A retry loads a subset of the articles, so its warnings are about the ones left out.
    if (attempt === 1) warnings = summary.warnings;
    addInto(counters, summary.counters);
    for (const result of summary.results) final.set(result.articleId, result);

    const retry = new Set(summary.results.filter(isUnavailableFailure).map((r) => r.articleId));
    if (last || retry.size === 0) break;
    const delay = backoffDelay(policy, attempt);
    policy.onRetry?.(attempt, delay, `${retry.size} article(s) not written: the database is unavailable`);
    await sleep(delay);
    // Every slice of an article depends only on that article's evidence, so a subset loads the same.
    pending = { ...doc, articles: doc.articles.filter((a) => retry.has(a.id)) };
  }

  const results = doc.articles.flatMap((a) => final.get(a.id) ?? []);
  const articles = { ingested: 0, unchanged: 0, failed: 0 };
  for (const r of results) articles[r.status] += 1;
  return { articles, counters, results, warnings };
}
