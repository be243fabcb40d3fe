/** Extraction: articles in, graph document out. The public face of ingest/. */
import type { GraphDocument } from "../common/graph-document.ts";
import { analyseArticle, type ArticleFacts } from "./document/analyse-article.ts";
import { buildDocument } from "./document/build-document.ts";
import { loadKnowledge, type Knowledge } from "./knowledge/knowledge.ts";
import { inThreadAnalyser, type ArticleAnalyser } from "./parallel/analyse-file.ts";
import { collectArticleFiles } from "./read/collect-files.ts";
import { formatOf, parseArticleText } from "./read/read-article.ts";
import type { ArticleMeta, SourceArticle } from "./types.ts";

export { loadKnowledge, emptyKnowledge, type Knowledge } from "./knowledge/knowledge.ts";
export { UnreadableArticleError } from "./read/decode.ts";
export type { ArticleAnalyser } from "./parallel/analyse-file.ts";
export { createAnalyser, defaultWorkerCount, workersFor } from "./parallel/worker-pool.ts";
export type { SourceArticle, ArticleMeta } from "./types.ts";

export interface ExtractOptions {
  knowledge?: Knowledge;
  maxArticleBytes?: number;
  /** Called after each file is read and analysed (for progress bars). */
  onArticle?: (file: string, error: string | null) => void;
  /**
   * Runs the per-article extraction, e.g. on worker threads (createAnalyser). Default: this
   * thread. It must have been made with the same knowledge and byte limit.
   */
  analyser?: ArticleAnalyser;
}

const DEFAULT_MAX_BYTES = 5_000_000;

/**
 * Reads and analyses files and folders; unreadable files become failures, the rest go on.
 * All files are handed to the analyser at once; results keep the order of the files.
 */
export async function analyseFiles(
  paths: string[],
  options: ExtractOptions = {},
): Promise<{ analysed: ArticleFacts[]; failures: GraphDocument["failures"]; knowledge: Knowledge }> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const analyser =
    options.analyser ?? inThreadAnalyser(knowledge, options.maxArticleBytes ?? DEFAULT_MAX_BYTES);
  const { files, problems } = await collectArticleFiles(paths);
  const failures: GraphDocument["failures"] = problems.map((p) => ({ file: p.file, reason: p.reason }));
  const results = await Promise.all(
    files.map(async (file) => {
      const result = await analyser.analyse(file);
      options.onArticle?.(file, "reason" in result ? result.reason : null);
      return result;
    }),
  );
  const analysed: ArticleFacts[] = [];
  for (const result of results) {
    if ("reason" in result) failures.push({ file: result.file, reason: result.reason });
    else analysed.push(result.analysed);
  }
  return { analysed, failures, knowledge };
}

/** Extracts the graph document of the given files and folders. */
export async function extractFiles(paths: string[], options: ExtractOptions = {}): Promise<GraphDocument> {
  const { analysed, failures, knowledge } = await analyseFiles(paths, options);
  return buildDocument(analysed, knowledge, failures);
}

/** Extracts the graph document of one article given as text (the API's ingestArticle). */
export function extractText(
  text: string,
  options: {
    fileName?: string;
    format?: "txt" | "md" | "html";
    meta?: Partial<ArticleMeta>;
    knowledge?: Knowledge;
  } = {},
): GraphDocument {
  const knowledge = options.knowledge ?? loadKnowledge();
  const format = options.format ?? formatOf(options.fileName ?? "article.txt", text);
  const source: SourceArticle = parseArticleText(text.replace(/\r\n?/g, "\n"), format, {
    file: options.fileName ?? null,
    meta: options.meta,
  });
  return buildDocument([analyseArticle(source, knowledge)], knowledge);
}
