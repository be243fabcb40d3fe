/** The resolver map handed to Apollo. */
import { fieldResolvers } from "./fields.ts";
import { graphResolvers } from "./graphs.ts";
import { queryResolvers } from "./queries.ts";

export const resolvers = {
  Query: { ...queryResolvers, ...graphResolvers },
  ...fieldResolvers,
};
