/** The public GraphQL contract, read from schema.graphql next to this file. */
import { readFileSync } from "node:fs";

export const typeDefs = readFileSync(new URL("./schema/schema.graphql", import.meta.url), "utf8");
