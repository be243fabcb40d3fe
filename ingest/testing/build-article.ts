/** Test builders: a SourceArticle from a few sentences, with overridable metadata. */
import { analyseArticle, type AnalysedArticle } from "../document/analyse-article.ts";
import { buildDocument } from "../document/build-document.ts";
import { loadKnowledge, type Knowledge } from "../knowledge/knowledge.ts";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { ArticleMeta, SourceArticle } from "../types.ts";

let sharedKnowledge: Knowledge | null = null;
export const testKnowledge = (): Knowledge => (sharedKnowledge ??= loadKnowledge());

export function buildSourceArticle(
  text: string,
  overrides: Partial<Omit<SourceArticle, "meta">> & { meta?: Partial<ArticleMeta> } = {},
): SourceArticle {
  const { meta, ...rest } = overrides;
  return {
    key: rest.key ?? `test-${text.length}-${text.slice(0, 20)}`,
    file: null,
    format: "txt",
    text,
    ...rest,
    meta: { title: null, published: "2025-03-10", outlet: null, author: null, url: null, ...meta },
  };
}

export function analyse(
  text: string,
  published = "2025-03-10",
  knowledge: Knowledge = testKnowledge(),
): AnalysedArticle {
  return analyseArticle(buildSourceArticle(text, { meta: { published } }), knowledge);
}

export function extractDocument(
  texts: string[],
  published = "2025-03-10",
  knowledge: Knowledge = testKnowledge(),
): GraphDocument {
  return buildDocument(
    texts.map((t, i) =>
      analyseArticle(buildSourceArticle(t, { key: `article-${i}`, meta: { published } }), knowledge),
    ),
    knowledge,
  );
}
