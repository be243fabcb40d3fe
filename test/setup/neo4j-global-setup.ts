/**
 * Vitest global setup for integration tests: starts a separate embedded Neo4j (its own port
 * and a fresh temp data dir, so tests never touch the developer's database) and stops it at
 * the end. When NEO4J_URI is set, tests use that server instead and nothing is started.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { readConfig, type Config, type Neo4jTarget } from "../../common/config.ts";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../db/embedded.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the tests' Neo4j listens and how to log in. */
    neo4j: Neo4jTarget;
    /** The configuration the tests' Neo4j was started with (embedded port and data dir). */
    neo4jConfig: Config;
  }
}

/** The app's configuration, pointed at a test-only embedded Neo4j in dataDir. */
function testConfig(base: Config, dataDir: string): Config {
  const port = base.embedded.testPort;
  return {
    ...base,
    neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${port}` },
    embedded: { ...base.embedded, port, dataDir },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = readConfig();
  if (!base.neo4j.embedded) {
    project.provide("neo4j", base.neo4j);
    project.provide("neo4jConfig", base);
    return async () => {};
  }

  const dataDir = mkdtempSync(join(tmpdir(), "diplomatic-graph-neo4j-test-"));
  const config = testConfig(base, dataDir);
  try {
    await startEmbeddedNeo4j(config);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(
      `Integration tests could not start their Neo4j on port ${config.embedded.port} ` +
        `(set NEO4J_TEST_PORT to use another port, or NEO4J_URI to use an existing server):\n` +
        (error instanceof Error ? error.message : String(error)),
      { cause: error },
    );
  }
  project.provide("neo4j", config.neo4j);
  project.provide("neo4jConfig", config);

  return async () => {
    await stopEmbeddedNeo4j(config);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
