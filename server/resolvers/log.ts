/** The correction log: the `corrections` query and the entities a correction points at. */
import type { GraphContext } from "../context.ts";
import { presentCorrection, type CorrectionShape } from "../presenters/corrections.ts";
import { presentEntity, type EntityShape } from "../presenters/entities.ts";
import { BadUserInputError } from "../errors.ts";
import type { NoArgs, Resolver } from "./types.ts";

async function entityOrNull(id: string | null, { data }: GraphContext): Promise<EntityShape | null> {
  if (!id) return null;
  const entity = await data.findEntity(id);
  return entity ? presentEntity(entity) : null;
}

export const correctionQueryResolvers = {
  corrections: (async (_parent, args, { data }) => {
    if ((args.limit ?? 0) < 0 || (args.offset ?? 0) < 0)
      throw new BadUserInputError("limit and offset must not be negative");
    return (await data.listCorrections(args)).map(presentCorrection);
  }) satisfies Resolver<
    unknown,
    { targetId?: string | null; limit?: number | null; offset?: number | null },
    CorrectionShape[]
  >,
};

export const correctionFieldResolvers = {
  Correction: {
    entity: ((parent, _args, context) =>
      parent.kind === "INGEST_ARTICLE" || parent.kind === "DELETE_ARTICLE"
        ? null
        : entityOrNull(parent.targetId, context)) satisfies Resolver<
      CorrectionShape,
      NoArgs,
      EntityShape | null
    >,
    merged: ((parent, _args, context) =>
      parent.kind === "MERGE" ? entityOrNull(parent.otherId, context) : null) satisfies Resolver<
      CorrectionShape,
      NoArgs,
      EntityShape | null
    >,
  },
};
