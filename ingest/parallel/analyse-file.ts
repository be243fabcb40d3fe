/** The per-article extraction call, wrapped so it can run on this thread or in a worker. */
import { analyseArticle, factsOf, type ArticleFacts } from "../document/analyse-article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { UnreadableArticleError } from "../read/decode.ts";
import { readArticleFile } from "../read/read-article.ts";

/** One file's outcome: its analysis, or why it could not be read or extracted. */
export type FileAnalysis = { file: string; analysed: ArticleFacts } | { file: string; reason: string };

/** Reads and analyses one file; a failure becomes a reason, as one line for the user. */
export async function analyseFile(
  file: string,
  knowledge: Knowledge,
  maxBytes: number,
): Promise<FileAnalysis> {
  try {
    const source = await readArticleFile(file, maxBytes);
    return { file, analysed: factsOf(analyseArticle(source, knowledge)) };
  } catch (err) {
    const reason =
      err instanceof UnreadableArticleError
        ? err.message
        : `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
    return { file, reason };
  }
}

/** Analyses files one at a time or on several threads; results come back per file. */
export interface ArticleAnalyser {
  analyse(file: string): Promise<FileAnalysis>;
  close(): Promise<void>;
}

/**
 * Analysis on the calling thread, one file after the other however many are asked for at once
 * (one worker: what ingest did before workers existed, with the same memory profile).
 */
export function inThreadAnalyser(knowledge: Knowledge, maxBytes: number): ArticleAnalyser {
  let previous: Promise<unknown> = Promise.resolve();
  return {
    analyse(file) {
      const next = previous.then(() => analyseFile(file, knowledge, maxBytes));
      previous = next;
      return next;
    },
    close: async () => {},
  };
}
