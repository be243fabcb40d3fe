/**
 * Loads a graph document and retries, with backoff, the articles whose transaction failed
 * because Neo4j was unavailable. The data module already lets the driver retry transient
 * errors for a few seconds inside each transaction; this covers longer outages (a restart).
 *
 * A pass stops at the first article that fails for want of a database: the driver spends
 * several seconds on each article before giving up, so going on through a large folder while
 * Neo4j is down would take minutes and tell nothing new. The rest wait for the next pass.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { ArticleLoadResult, DataAccess, LoadCounters, LoadSummary } from "../../db/index.ts";
import { backoffDelay, DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";

export interface LoadWithRetryOptions {
  force?: boolean;
  /** Articles per load transaction (see LoadOptions.groupSize). */
  groupSize?: number;
  /** Mark the articles as samples (see LoadOptions.sample). */
  sample?: boolean;
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

/** Thrown from loadGraph's onArticle to end a pass early; never escapes this module. */
class PassInterrupted extends Error {}

const emptyCounters = (): LoadCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

function addInto(into: LoadCounters, from: LoadCounters): void {
  into.nodesCreated += from.nodesCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsCreated += from.relationshipsCreated;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

/** Loads `doc` (each article atomically), retrying articles that failed for want of a database. */
export async function loadWithRetry(
  data: Pick<DataAccess, "loadGraph">,
  doc: GraphDocument,
  options: LoadWithRetryOptions = {},
): Promise<LoadSummary> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const final = new Map<string, ArticleLoadResult>();
  const counters = emptyCounters();
  let warnings: string[] = [];
  let pending = doc;
  // The failure that ended the latest pass, if the database went away during it.
  const pass: { outage: ArticleLoadResult | null } = { outage: null };

  for (let attempt = 1; ; attempt++) {
    const last = attempt >= policy.attempts;
    pass.outage = null;
    try {
      const summary = await data.loadGraph(pending, {
        force: options.force,
        sample: options.sample,
        groupSize: options.groupSize,
        onArticle: (result) => {
          addInto(counters, result.counters);
          if (isUnavailableFailure(result)) {
            pass.outage = result;
            throw new PassInterrupted();
          }
          final.set(result.articleId, result);
          options.onArticle?.(result);
        },
      });
      // Only a pass over the whole document knows which facts point at unknown ids; a retry
      // over a subset would also list the facts of articles it left out.
      if (pending === doc) warnings = summary.warnings;
    } catch (error) {
      if (!(error instanceof PassInterrupted)) throw error;
    }
    if (pass.outage === null || last) break;
    const left = doc.articles.filter((a) => !final.has(a.id));
    const delay = backoffDelay(policy, attempt);
    policy.onRetry?.(
      attempt,
      delay,
      `${left.length} article(s) not written yet: the database is unavailable`,
    );
    await sleep(delay);
    // Every slice of an article depends only on that article's evidence, so a subset loads the same.
    pending = { ...doc, articles: left };
  }

  // Given up during an outage: the articles not written are failed, with the database's reason.
  // (Set inside onArticle, which TypeScript's narrowing after `pass.outage = null` cannot see.)
  const reason = pass.outage as ArticleLoadResult | null;
  for (const a of doc.articles) {
    if (final.has(a.id) || reason === null) continue;
    const failed: ArticleLoadResult = {
      articleId: a.id,
      status: "failed",
      counters: emptyCounters(),
      error: reason.error,
      cause: reason.cause,
    };
    final.set(a.id, failed);
    options.onArticle?.(failed);
  }

  const results = doc.articles.flatMap((a) => final.get(a.id) ?? []);
  const articles = { ingested: 0, unchanged: 0, failed: 0 };
  for (const r of results) articles[r.status] += 1;
  return { articles, counters, results, warnings };
}
