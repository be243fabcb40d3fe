/** What mutations need beyond the database: the extraction knowledge (loaded once) and size limits. */
import { loadKnowledge, type Knowledge } from "../ingest/index.ts";

export interface WriteServices {
  /** The shipped knowledge file, read on first use and kept: ingestArticle runs the CLI's pipeline. */
  knowledge(): Knowledge;
  maxArticleBytes: number;
}

export function createWriteServices(maxArticleBytes: number): WriteServices {
  let knowledge: Knowledge | undefined;
  return {
    knowledge: () => (knowledge ??= loadKnowledge()),
    maxArticleBytes,
  };
}
