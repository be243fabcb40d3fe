/** Connects to Neo4j for a command: starts or reuses the embedded one, and ensures the schema. */
import type { Config } from "../../common/config.ts";
import { embeddedNeo4jStatus, ensureEmbeddedNeo4j } from "../../db/embedded.ts";
import { createDataAccess, DatabaseUnavailableError, type DataAccess } from "../../db/index.ts";
import { DEFAULT_RETRY, retryWhileUnavailable } from "./retry.ts";

/** Opens the data module on the configured Neo4j; `say` gets one-line notes for the user. */
export async function openDatabase(config: Config, say: (line: string) => void): Promise<DataAccess> {
  if (config.neo4j.embedded) {
    const before = await embeddedNeo4jStatus(config);
    if (before.state !== "running")
      say(`Starting the embedded Neo4j on ${config.neo4j.uri} (data in ${config.embedded.dataDir})...`);
    const status = await ensureEmbeddedNeo4j(config);
    if (status.state === "running" && status.startedNow)
      say("Embedded Neo4j started; it keeps running after this command (stop it with `npm run db:stop`).");
  }
  const data = createDataAccess(config.neo4j);
  try {
    await retryWhileUnavailable(() => data.ensureSchema(), {
      ...DEFAULT_RETRY,
      onRetry: (attempt, delayMs, reason) =>
        say(
          `${reason}; retrying in ${delayMs / 1000} s (attempt ${attempt + 1} of ${DEFAULT_RETRY.attempts})`,
        ),
    });
  } catch (error) {
    await data.close();
    // Name the server: "unavailable" alone does not tell a user which setting to check.
    if (error instanceof DatabaseUnavailableError) {
      throw new Error(`cannot reach Neo4j at ${config.neo4j.uri}: ${error.message}`, { cause: error });
    }
    throw error;
  }
  return data;
}
