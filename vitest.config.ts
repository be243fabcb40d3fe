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
          // An upper bound, not a wait. The default 5 s was a guess at the machine's speed: on a
          // busy machine (both cores taken) a first test that loads the NLP model took 5.7 s.
          testTimeout: 60_000,
          hookTimeout: 60_000,
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
