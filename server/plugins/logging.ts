/** Logs each operation with its request id, name, duration and error codes (failed ones at warn). */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphContext } from "../context.ts";

export function createLoggingPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const ms = Math.round(performance.now() - started);
          const fields = { operationName, operation: operation?.operation, ms };
          if (errors?.length) {
            const codes = errors.map((e) => e.extensions?.["code"] ?? "INTERNAL_SERVER_ERROR");
            contextValue.logger.warn({ ...fields, codes }, "graphql operation failed");
          } else contextValue.logger.info(fields, "graphql operation");
        },
      };
    },
  };
}
