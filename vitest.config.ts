import { defineConfig } from "vitest/config";

// Two projects: fast unit tests beside the code, and integration/browser tests in test/
// that run against the real embedded Neo4j (started once by the global setup).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{common,db,eval,ingest,server,scripts,client/src}/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/setup/neo4j-global-setup.ts"],
          fileParallelism: false,
          // An upper bound, not a wait: tests poll for conditions and end as soon as they hold.
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
