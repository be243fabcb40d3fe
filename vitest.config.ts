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
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
