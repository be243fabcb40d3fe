/** The correction log: the `corrections` query and the entities a correction points at. */
import type { GraphContext } from "../context.ts";
import type {
  CorrectableFieldResolvers,
  CorrectionKindResolvers,
  CorrectionResolvers,
  QueryResolvers,
} from "../generated/resolvers.ts";
import { BadUserInputError } from "../errors.ts";

async function entityOrNull(id: string | null, { data }: GraphContext) {
  return id ? data.findEntity(id) : null;
}

export const correctionQueryResolvers = {
  corrections: async (_parent, args, { data }) => {
    if (args.limit < 0 || args.offset < 0)
      throw new BadUserInputError("limit and offset must not be negative");
    return data.listCorrections(args);
  },
} satisfies QueryResolvers;

export const correctionFieldResolvers = {
  Correction: {
    entity: (correction, _args, context) =>
      correction.kind === "ingestArticle" || correction.kind === "deleteArticle"
        ? null
        : entityOrNull(correction.targetId, context),
    merged: (correction, _args, context) =>
      correction.kind === "merge" ? entityOrNull(correction.otherId, context) : null,
  } satisfies CorrectionResolvers,
  // The log's kinds and fields keep the data module's spelling; GraphQL shows them as enum names.
  CorrectionKind: {
    MERGE: "merge",
    SET: "set",
    INGEST_ARTICLE: "ingestArticle",
    DELETE_ARTICLE: "deleteArticle",
  } satisfies CorrectionKindResolvers,
  CorrectableField: {
    NAME: "name",
    DATE: "date",
    PLACE: "place",
    STATUS: "status",
    KIND: "kind",
    CODE: "code",
  } satisfies CorrectableFieldResolvers,
};
