/** Answers 503 when an operation failed because Neo4j is down, so proxies and clients can retry. */
import type { ApolloServerPlugin } from "@apollo/server";
import { DatabaseUnavailableError } from "../../db/index.ts";
import { unwrapResolverError } from "../errors.ts";
import type { GraphContext } from "../context.ts";

export function createDatabaseStatusPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (errors.some((e) => unwrapResolverError(e) instanceof DatabaseUnavailableError)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}
