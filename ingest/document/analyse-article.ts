/** The per-article part of the pipeline: clean body → sentences → mentions → entities → meetings and proposals. */
import { createHash } from "node:crypto";
import { annotateDocument, type AnnotatedDocument } from "../annotate/index.ts";
import { cleanArticle } from "../clean/clean-body.ts";
import { extractMeetings, type ArticleMeeting } from "../events/meetings.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import {
  extractProposals,
  type ArticleLineage,
  type ArticleProposal,
  type ArticleStance,
} from "../proposals/proposals.ts";
import type { ArticleEntities } from "../resolve/resolve-article.ts";
import type { CleanArticle, Sentence, SourceArticle } from "../types.ts";
import { resolveWithTitle } from "./title-mentions.ts";

export interface AnalysedArticle {
  article: CleanArticle;
  contentHash: string;
  sentences: Sentence[];
  /** The one linguistic pass over the body that every stage reads. */
  annotated: AnnotatedDocument;
  entities: ArticleEntities;
  meetings: ArticleMeeting[];
  proposals: ArticleProposal[];
  lineage: ArticleLineage[];
  stances: ArticleStance[];
}

/**
 * What the document builder needs of an article: its analysis without the annotated document,
 * which only the per-article stages read. Workers send back this much and no more (the tokens
 * cost more to copy between threads than the article took to extract), and a long run keeps no
 * token of an article it has analysed.
 */
export type ArticleFacts = Omit<AnalysedArticle, "annotated">;

/** The facts of an analysed article, its annotated document dropped. */
export function factsOf(analysed: AnalysedArticle): ArticleFacts {
  const { article, contentHash, sentences, entities, meetings, proposals, lineage, stances } = analysed;
  return { article, contentHash, sentences, entities, meetings, proposals, lineage, stances };
}

/** Runs every per-article stage; pure apart from hashing. */
export function analyseArticle(source: SourceArticle, knowledge: Knowledge): AnalysedArticle {
  const article = cleanArticle(source);
  const contentHash = createHash("sha256")
    .update(JSON.stringify([article.body, article.meta]))
    .digest("hex");
  const annotated = annotateDocument(article.body, article.meta.published, article.meta.title);
  const sentences = annotated.sentences;
  const mentions = findMentions(annotated.body, sentences, knowledge);
  const entities = resolveWithTitle(mentions, (index) => sentences[index]?.isTitle === true, knowledge);
  const meetings = extractMeetings(annotated, entities, article.meta.title, article.meta);
  // A title names its story in telegraphic form: the proposals it names are the body's.
  const { proposals, lineage, stances } = extractProposals(
    sentences.filter((s) => !s.isTitle),
    entities,
    article.meta.published,
    annotated.tokens,
  );
  return { article, contentHash, sentences, annotated, entities, meetings, proposals, lineage, stances };
}
