/** The resolver map handed to Apollo, typed from the schema (server/generated/resolvers.ts). */
import type { Resolvers } from "../generated/resolvers.ts";
import { fieldResolvers } from "./fields.ts";
import { graphResolvers } from "./graphs.ts";
import { correctionFieldResolvers, correctionQueryResolvers } from "./log.ts";
import { mutationResolvers } from "./mutations.ts";
import { queryResolvers } from "./queries.ts";

export const resolvers = {
  Query: { ...queryResolvers, ...graphResolvers, ...correctionQueryResolvers },
  Mutation: mutationResolvers,
  ...fieldResolvers,
  ...correctionFieldResolvers,
} satisfies Resolvers;
