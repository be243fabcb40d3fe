/** How integration tests reach the Neo4j that the global setup started (or NEO4J_URI). */
import { inject } from "vitest";
import type { Config, Neo4jTarget } from "../../common/config.ts";
import { createDataAccess, type DataAccess } from "../../db/index.ts";

/** The tests' Neo4j: hand it to the data module's driver factory. */
export function testNeo4jTarget(): Neo4jTarget {
  return inject("neo4j");
}

/** The full configuration the tests' Neo4j runs with, for tests of the embedded server itself. */
export function testNeo4jConfig(): Config {
  return inject("neo4jConfig");
}

/** The data module on the tests' Neo4j, its schema in place: what every integration test starts from. */
export async function openTestData(): Promise<DataAccess> {
  const data = createDataAccess(testNeo4jTarget());
  await data.ensureSchema();
  return data;
}
