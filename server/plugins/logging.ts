/** Logs each operation's name and duration at debug level, and failed operations at warn. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { GraphContext } from "../context.ts";

export function createLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          const ms = Math.round(performance.now() - started);
          if (errors?.length)
            logger.warn(
              { operationName, ms, errors: errors.map((e) => e.message) },
              "graphql operation failed",
            );
          else logger.debug({ operationName, ms }, "graphql operation");
        },
      };
    },
  };
}
