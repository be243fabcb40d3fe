/**
 * Access control per operation: mutations need a write token; queries need a token only when
 * READ_ACCESS=token. A token the server does not know is refused on every operation.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiConfig } from "../../common/config.ts";
import type { GraphContext } from "../context.ts";
import { ForbiddenError, UnauthenticatedError } from "../errors.ts";

export function createAuthPlugin(
  api: Pick<ApiConfig, "readAccess" | "tokens">,
): ApolloServerPlugin<GraphContext> {
  const writesEnabled = api.tokens.some((t) => t.scope === "write");
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { auth } = contextValue;
          if (auth.kind === "invalid") throw new UnauthenticatedError("The bearer token is not valid");
          if (operation?.operation === "mutation") {
            if (!writesEnabled) throw new ForbiddenError("Writes are disabled: the server has no API_TOKENS");
            if (auth.kind === "anonymous") throw new UnauthenticatedError("Mutations need a bearer token");
            if (auth.viewer.scope !== "write")
              throw new ForbiddenError(`The token "${auth.viewer.name}" may only read`);
            return;
          }
          if (api.readAccess === "token" && auth.kind === "anonymous") {
            throw new UnauthenticatedError("This server requires a bearer token for queries");
          }
        },
      };
    },
  };
}
