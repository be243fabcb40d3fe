/** Query limits (depth, cost, aliases, directives from graphql-armor; tokens from graphql-js), sized for our deepest UI queries. */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ParseOptions, ValidationRule } from "graphql";
import type { GraphContext } from "../context.ts";

export interface ArmorProtection {
  plugins: ApolloServerPlugin<GraphContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/** The limits; a refused query gets QUERY_TOO_COMPLEX (see errors.ts). */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 5_000,
  aliases: 20,
  directives: 20,
  tokens: 2_000,
} as const;

export function createArmor(): ArmorProtection {
  const protection = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // Armor's token plugin throws from a hook Apollo treats as a server failure (HTTP 500);
    // graphql-js's own parser limit (parseOptions below) fails the parse instead: HTTP 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    // graphql-armor's typings point at Apollo's CJS declarations and ours at the ESM ones:
    // the same runtime objects, but TypeScript sees two unrelated types.
    plugins: protection.plugins as unknown as ApolloServerPlugin<GraphContext>[],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}
