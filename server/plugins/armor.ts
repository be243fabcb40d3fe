/** Query limits (depth, cost, aliases, tokens) from graphql-armor, sized for our deepest UI queries. */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { GraphContext } from "../context.ts";

export interface ArmorProtection {
  plugins: ApolloServerPlugin<GraphContext>[];
  validationRules: ValidationRule[];
}

/** The limits; a refused query gets QUERY_TOO_COMPLEX (see errors.ts). */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 20_000,
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
    maxTokens: { n: QUERY_LIMITS.tokens },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    // graphql-armor's typings point at Apollo's CJS declarations and ours at the ESM ones:
    // the same runtime objects, but TypeScript sees two unrelated types.
    plugins: protection.plugins as unknown as ApolloServerPlugin<GraphContext>[],
    validationRules: protection.validationRules,
  };
}
