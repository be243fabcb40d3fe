/** Extraction: articles in, graph document out. The public face of ingest/. */
import type { GraphDocument } from "../common/graph-document.ts";
import { analyseArticle, type AnalysedArticle } from "./document/analyse-article.ts";
import { buildDocument } from "./document/build-document.ts";
import { loadKnowledge, type Knowledge } from "./knowledge/knowledge.ts";
import { collectArticleFiles } from "./read/collect-files.ts";
import { UnreadableArticleError } from "./read/decode.ts";
import { formatOf, parseArticleText, readArticleFile } from "./read/read-article.ts";
import type { ArticleMeta, SourceArticle } from "./types.ts";

export { loadKnowledge, emptyKnowledge, type Knowledge } from "./knowledge/knowledge.ts";
export { UnreadableArticleError } from "./read/decode.ts";
export type { SourceArticle, ArticleMeta } from "./types.ts";

export interface ExtractOptions {
  knowledge?: Knowledge;
  maxArticleBytes?: number;
  /** Called after each file is read and analysed (for progress bars). */
  onArticle?: (file: string, error: string | null) => void;
}

const DEFAULT_MAX_BYTES = 5_000_000;

/** Reads and analyses files and folders; unreadable files become failures, the rest go on. */
export async function analyseFiles(
  paths: string[],
  options: ExtractOptions = {},
): Promise<{ analysed: AnalysedArticle[]; failures: GraphDocument["failures"]; knowledge: Knowledge }> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const { files, problems } = await collectArticleFiles(paths);
  const failures: GraphDocument["failures"] = problems.map((p) => ({ file: p.file, reason: p.reason }));
  const analysed: AnalysedArticle[] = [];
  for (const file of files) {
    try {
      const source = await readArticleFile(file, options.maxArticleBytes ?? DEFAULT_MAX_BYTES);
      analysed.push(analyseArticle(source, knowledge));
      options.onArticle?.(file, null);
    } catch (err) {
      const reason =
        err instanceof UnreadableArticleError
          ? err.message
          : `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
      failures.push({ file, reason });
      options.onArticle?.(file, reason);
    }
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
