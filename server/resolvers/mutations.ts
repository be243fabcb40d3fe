/** Writes: ingest and delete articles, merge, correct and undo. Each runs in one transaction. */
import type { GraphDocument } from "../../common/graph-document.ts";
import { extractText, UnreadableArticleError, type Knowledge } from "../../ingest/index.ts";
import { writerName } from "../context.ts";
import { BadUserInputError, NotFoundError, toAppError } from "../errors.ts";
import type { IngestArticleInput, MutationResolvers } from "../generated/resolvers.ts";
import { checkCorrection, MAX_NAME_LENGTH } from "./corrections.ts";

const FORMATS = { TEXT: "txt", MARKDOWN: "md", HTML: "html" } as const;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_META_LENGTH = 2_000;

function checkIngestInput(input: IngestArticleInput, maxBytes: number): void {
  if (!input.text.trim()) throw new BadUserInputError("text must not be empty");
  if (Buffer.byteLength(input.text) > maxBytes)
    throw new BadUserInputError(`text must be at most ${maxBytes} bytes`);
  if (!input.url?.trim() && !input.title?.trim() && !input.fileName?.trim())
    throw new BadUserInputError("give a url, title or fileName: the article's id is derived from it");
  if (input.published != null && !PARTIAL_DATE.test(input.published))
    throw new BadUserInputError("published must be YYYY, YYYY-MM or YYYY-MM-DD");
  for (const key of ["title", "url", "outlet", "author", "fileName"] as const) {
    const value = input[key];
    if (value != null && value.length > MAX_META_LENGTH)
      throw new BadUserInputError(`${key} must be at most ${MAX_META_LENGTH} characters`);
  }
}

/** Runs the CLI's extraction on the text; text the reader refuses (binary, blank) is the client's mistake. */
function readArticle(input: IngestArticleInput, knowledge: Knowledge): GraphDocument {
  try {
    return extractText(input.text, {
      fileName: input.fileName ?? undefined,
      format: FORMATS[input.format ?? "TEXT"],
      meta: {
        title: input.title ?? null,
        url: input.url ?? null,
        published: input.published ?? null,
        outlet: input.outlet ?? null,
        author: input.author ?? null,
      },
      knowledge,
    });
  } catch (error) {
    if (error instanceof UnreadableArticleError)
      throw new BadUserInputError(`unreadable article: ${error.message}`);
    throw error;
  }
}

const ingestArticle: MutationResolvers["ingestArticle"] = async (_parent, { input }, context) => {
  const { data, writes } = context;
  checkIngestInput(input, writes.maxArticleBytes);
  const doc = readArticle(input, writes.knowledge());
  const [article] = doc.articles;
  if (!article || !article.body.trim()) throw new BadUserInputError("no article text was found in the input");
  const summary = await data.loadGraph(doc, { recordedBy: { who: writerName(context) } });
  const [result] = summary.results;
  if (!result || result.status === "failed") {
    // A typed database error keeps its code (DATABASE_UNAVAILABLE...); anything else is internal.
    const cause = result?.cause;
    throw toAppError(cause) ?? (cause instanceof Error ? cause : new Error(result?.error ?? "load failed"));
  }
  const stored = (await data.findArticlesByIds([article.id])).get(article.id);
  if (!stored) throw new Error(`Article ${article.id} missing after loading it`);
  return {
    article: stored,
    status: result.status,
    people: doc.people.length,
    institutions: doc.institutions.length,
    countries: doc.countries.length,
    meetings: doc.meetings.length,
    proposals: doc.proposals.length,
  };
};

export const mutationResolvers = {
  ingestArticle,

  deleteArticle: async (_parent, { id }, context) => {
    const deleted = await context.data.deleteArticle(id, { who: writerName(context) });
    if (!deleted) throw new NotFoundError("Article", id);
    return { id, deleted };
  },

  removeSamples: (_parent, _args, context) => context.data.removeSamples({ who: writerName(context) }),

  mergeEntities: (_parent, { keepId, mergeId }, context) =>
    context.data.mergeEntities(keepId, mergeId, { who: writerName(context) }),

  renameEntity: (_parent, { id, name }, context) => {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > MAX_NAME_LENGTH)
      throw new BadUserInputError(`name must be 1 to ${MAX_NAME_LENGTH} characters`);
    return context.data.correctEntity(id, "name", trimmed, { who: writerName(context) }, checkCorrection);
  },

  correctEntity: (_parent, args, context) =>
    context.data.correctEntity(
      args.id,
      args.field,
      args.value?.trim() || null,
      { who: writerName(context) },
      checkCorrection,
    ),

  undoCorrection: (_parent, { id }, context) => context.data.undoCorrection(id, { who: writerName(context) }),
} satisfies MutationResolvers;
