/** The ingest use case shared by `npm run ingest` and `npm start`: read, extract, write, report. */
import { basename } from "node:path";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { DataAccess, LoadCounters, LoadSummary } from "../../db/index.ts";
import {
  createAnalyser,
  workersFor,
  extractFiles,
  loadKnowledge,
  type ArticleAnalyser,
  type Knowledge,
} from "../index.ts";
import { collectArticleFiles } from "../read/collect-files.ts";
import { loadWithRetry } from "./load-with-retry.ts";
import type { Progress } from "./progress.ts";
import type { RetryPolicy } from "./retry.ts";

/**
 * Files extracted (and then written) together. Memory stays flat however many files there are;
 * entities are still resolved across the articles of a chunk.
 */
export const INGEST_CHUNK_FILES = 200;

export interface IngestOptions {
  knowledge?: Knowledge;
  maxArticleBytes: number;
  /** Rewrite articles even if unchanged. */
  force?: boolean;
  progress?: Progress;
  retry?: RetryPolicy;
  /** Articles per load transaction (default: the data module's). */
  groupSize?: number;
  /** Files per chunk (default INGEST_CHUNK_FILES). */
  chunkFiles?: number;
  /** Extraction threads at most (default 1: this thread; the CLI defaults to one per core); see workersFor. */
  workers?: number;
  /** Ingest only this shard's chunks (see shardChunks); several processes share one corpus. */
  shard?: Shard;
  /** Mark the articles as samples (`npm start` does for samples/; `npm run samples:remove` removes them). */
  sample?: boolean;
}

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The chunks of `files` (in their sorted order) that shard `index` of `count` ingests: every
 * count-th chunk. Shards split along the chunks a single run would make, so each chunk is
 * extracted and resolved exactly as in one run, and N processes together write each file once.
 */
export function shardChunks(files: string[], chunkFiles: number, shard: Shard = { index: 1, count: 1 }) {
  const chunks: string[][] = [];
  for (let i = 0, k = 0; i < files.length; i += chunkFiles, k++)
    if (k % shard.count === shard.index - 1) chunks.push(files.slice(i, i + chunkFiles));
  return chunks;
}

export interface IngestReport {
  articles: { ingested: number; unchanged: number; failed: number };
  /** One entry per file that could not be read, extracted or written. */
  failures: { file: string; reason: string }[];
  counters: LoadCounters;
  /** Facts the data module dropped (pointing at unknown ids). */
  warnings: string[];
}

function emptyReport(): IngestReport {
  return {
    articles: { ingested: 0, unchanged: 0, failed: 0 },
    failures: [],
    counters: {
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    },
    warnings: [],
  };
}

/** Adds one chunk's extraction and load to the report. */
function addChunk(
  report: IngestReport,
  doc: GraphDocument,
  summary: LoadSummary,
  fileOf: Map<string, string>,
) {
  report.failures.push(...doc.failures);
  for (const r of summary.results) {
    if (r.status !== "failed") continue;
    report.failures.push({
      file: fileOf.get(r.articleId) ?? r.articleId,
      reason: `not written: ${r.error ?? "unknown error"}`,
    });
  }
  report.articles.ingested += summary.articles.ingested;
  report.articles.unchanged += summary.articles.unchanged;
  report.articles.failed += summary.articles.failed + doc.failures.length;
  for (const key of Object.keys(report.counters) as (keyof LoadCounters)[])
    report.counters[key] += summary.counters[key];
  report.warnings.push(...summary.warnings);
}

/**
 * Extracts the articles under `paths` and writes them, chunk by chunk: while one chunk is
 * written the next is extracted (extraction awaits file reads, so the writes' I/O proceeds),
 * and at most two chunks are held at once, so memory does not grow with the number of files.
 */
export async function ingestPaths(
  data: Pick<DataAccess, "loadGraph">,
  paths: string[],
  options: IngestOptions,
): Promise<IngestReport> {
  const progress = options.progress;
  const report = emptyReport();
  // Listing first gives the bar its total; the walk is cheap next to extraction.
  const { files, problems } = await collectArticleFiles(paths);
  const size = Math.max(1, options.chunkFiles ?? INGEST_CHUNK_FILES);
  const chunks = shardChunks(files, size, options.shard);
  // Paths that could not be listed are every shard's problem, but reported by the first only.
  if ((options.shard?.index ?? 1) === 1) {
    report.failures.push(...problems);
    report.articles.failed += problems.length;
  }
  const ours = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  progress?.start("ingesting", ours);

  const knowledge = options.knowledge ?? loadKnowledge();
  // One pool for the whole run: a worker's start-up (loading the stages) is paid once.
  const analyser = createAnalyser(workersFor(options.workers ?? 1, ours), knowledge, options.maxArticleBytes);
  try {
    return await ingestChunks(data, chunks, report, { ...options, knowledge, analyser });
  } finally {
    await analyser.close();
  }
}

/** The chunk loop of ingestPaths, with the analyser in place. */
async function ingestChunks(
  data: Pick<DataAccess, "loadGraph">,
  chunks: string[][],
  report: IngestReport,
  options: IngestOptions & { knowledge: Knowledge; analyser: ArticleAnalyser },
): Promise<IngestReport> {
  const progress = options.progress;
  // The chunk being written; its error is kept, not left unhandled while the next one is extracted.
  let writing: Promise<unknown> = Promise.resolve();
  let writeError: { error: unknown } | null = null;
  for (const chunk of chunks) {
    const doc = await extractFiles(chunk, {
      knowledge: options.knowledge,
      maxArticleBytes: options.maxArticleBytes,
      analyser: options.analyser,
      onArticle: (file, error) => {
        if (error !== null) progress?.tick(file);
      },
    });
    // One writer at a time: chunks share entities, and concurrent writers would wait on each other's locks.
    await writing;
    if (writeError) break;
    const pathOf = new Map(chunk.map((f) => [basename(f), f]));
    const fileOf = new Map(doc.articles.map((a) => [a.id, (a.file && pathOf.get(a.file)) ?? a.file ?? a.id]));
    writing = loadWithRetry(data, doc, {
      force: options.force,
      sample: options.sample,
      groupSize: options.groupSize,
      retry: options.retry,
      onArticle: (r) => progress?.tick(fileOf.get(r.articleId) ?? r.articleId),
    }).then(
      (summary) => addChunk(report, doc, summary, fileOf),
      (error: unknown) => {
        writeError = { error };
      },
    );
  }
  await writing;
  progress?.stop();
  // TypeScript cannot see the assignment inside the callback above.
  const failed = writeError as { error: unknown } | null;
  if (failed) throw failed.error;
  return report;
}
