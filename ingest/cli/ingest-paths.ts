/** The ingest use case shared by `npm run ingest` and `npm start`: read, extract, write, report. */
import { basename } from "node:path";
import type { DataAccess, LoadCounters } from "../../db/index.ts";
import { extractFiles, type Knowledge } from "../index.ts";
import { collectArticleFiles } from "../read/collect-files.ts";
import { loadWithRetry } from "./load-with-retry.ts";
import type { Progress } from "./progress.ts";
import type { RetryPolicy } from "./retry.ts";

export interface IngestOptions {
  knowledge?: Knowledge;
  maxArticleBytes: number;
  /** Rewrite articles even if unchanged. */
  force?: boolean;
  progress?: Progress;
  retry?: RetryPolicy;
}

export interface IngestReport {
  articles: { ingested: number; unchanged: number; failed: number };
  /** One entry per file that could not be read, extracted or written. */
  failures: { file: string; reason: string }[];
  counters: LoadCounters;
  /** Facts the data module dropped (pointing at unknown ids). */
  warnings: string[];
}

/** Extracts the articles under `paths` and writes them, one transaction per article. */
export async function ingestPaths(
  data: Pick<DataAccess, "loadGraph">,
  paths: string[],
  options: IngestOptions,
): Promise<IngestReport> {
  const progress = options.progress;
  // Listing first gives the bar its total; the walk is cheap next to extraction.
  const { files } = await collectArticleFiles(paths);
  progress?.start("reading", files.length);
  const doc = await extractFiles(paths, {
    knowledge: options.knowledge,
    maxArticleBytes: options.maxArticleBytes,
    onArticle: (file) => progress?.tick(file),
  });
  progress?.start("writing", doc.articles.length);
  const pathOf = new Map(files.map((f) => [basename(f), f]));
  const fileOf = new Map(doc.articles.map((a) => [a.id, (a.file && pathOf.get(a.file)) ?? a.file ?? a.id]));
  const summary = await loadWithRetry(data, doc, {
    force: options.force,
    retry: options.retry,
    onArticle: (r) => progress?.tick(fileOf.get(r.articleId) ?? r.articleId),
  });
  progress?.stop();

  const loadFailures = summary.results
    .filter((r) => r.status === "failed")
    .map((r) => ({
      file: fileOf.get(r.articleId) ?? r.articleId,
      reason: `not written: ${r.error ?? "unknown error"}`,
    }));
  return {
    articles: { ...summary.articles, failed: summary.articles.failed + doc.failures.length },
    failures: [...doc.failures, ...loadFailures],
    counters: summary.counters,
    warnings: summary.warnings,
  };
}
