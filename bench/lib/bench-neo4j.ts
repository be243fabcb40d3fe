/**
 * The benchmarks' own Neo4j: the embedded one on a dedicated port and data dir under bench/tmp,
 * so a run never touches the developer's graph or the test database, and is stopped at the end.
 *
 * The bench also talks to Neo4j through neo4j-driver directly (raw baselines, wiping). That is
 * the one deliberate exception to "only db/ imports the driver": the baseline must not go
 * through the code it measures.
 */
import { resolve } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { readConfig, type Config } from "../../common/config.ts";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j, embeddedNeo4jStatus } from "../../db/embedded.ts";

export const BENCH_PORT = "7699";

/** The app's configuration pointed at the bench Neo4j (never NEO4J_URI: always the embedded one). */
export function benchConfig(dataDir: string, extra: Record<string, string> = {}): Config {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_EMBEDDED_PORT: BENCH_PORT,
    NEO4J_DATA_DIR: resolve(dataDir),
    ...extra,
  };
  delete env["NEO4J_URI"];
  delete env["NEO4J_PASSWORD"];
  return readConfig(env);
}

/** The environment a child process needs to reach the same Neo4j through readConfig. */
export function benchEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_EMBEDDED_PORT: BENCH_PORT,
    NEO4J_DATA_DIR: resolve(dataDir),
    LOG_LEVEL: "warn",
  };
  delete env["NEO4J_URI"];
  delete env["NEO4J_PASSWORD"];
  return env;
}

export interface BenchNeo4j {
  config: Config;
  driver: Driver;
  /** Deletes every node and relationship (schema stays). */
  wipe(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts (or reuses, after a crashed run) the bench Neo4j and opens a raw driver on it. */
export async function startBenchNeo4j(dataDir: string): Promise<BenchNeo4j> {
  const config = benchConfig(dataDir);
  const status = await embeddedNeo4jStatus(config);
  if (status.state !== "running") await startEmbeddedNeo4j(config);
  const driver = neo4j.driver(config.neo4j.uri, undefined, {
    disableLosslessIntegers: true,
    telemetryDisabled: true,
    notificationFilter: { minimumSeverityLevel: "OFF" },
  });
  await driver.getServerInfo();
  return {
    config,
    driver,
    wipe: async () => {
      const session = driver.session();
      try {
        // Auto-commit with IN TRANSACTIONS: a 10k-article graph is too big for one transaction.
        // Relationships go first: detaching 2,000 nodes at once can include hubs with tens of
        // thousands of relationships, past Neo4j's transaction memory limit.
        await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
        await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      } finally {
        await session.close();
      }
    },
    stop: async () => {
      await driver.close();
      await stopEmbeddedNeo4j(config);
    },
  };
}
