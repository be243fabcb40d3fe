/** Query limits (depth, cost, aliases, tokens) from graphql-armor, sized for our deepest UI queries. */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { GraphContext } from "../context.ts";

export interface ArmorProtection {
  plugins: ApolloServerPlugin<GraphContext>[];
  validationRules: ValidationRule[];
}

export function createArmor(): ArmorProtection {
  const protection = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2_000 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    // graphql-armor's typings point at Apollo's CJS declarations and ours at the ESM ones:
    // the same runtime objects, but TypeScript sees two unrelated types.
    plugins: protection.plugins as unknown as ApolloServerPlugin<GraphContext>[],
    validationRules: protection.validationRules,
  };
}
