/**
 * When Neo4j goes away the API answers DATABASE_UNAVAILABLE (HTTP 503) and /readyz says so,
 * /healthz stays up, and it recovers by itself when Neo4j returns. Runs its own embedded
 * Neo4j (a free port, a temp data dir) so stopping it never touches the shared test server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../common/config.ts";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../db/embedded.ts";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { buildStory } from "./support/build-document.ts";
import { testNeo4jConfig } from "./support/neo4j.ts";
import { waitFor } from "./support/wait.ts";

/** A port nobody listens on now: other test runs on this machine hold fixed ones. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const embedded = testNeo4jConfig().neo4j.embedded;
let dataDir: string;
let config: Config;
let data: DataAccess;
let api: Served;
const story = buildStory();

async function status(path: string): Promise<number> {
  return (await fetch(`${api.url}${path}`)).status;
}

const STATS = `{ stats { people } person(id: "${story.people.alpha.id}") { name } }`;

describe.skipIf(!embedded)("Neo4j outage", () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "diplomatic-graph-outage-"));
    const port = await freePort();
    const base = apiTestConfig();
    config = {
      ...base,
      neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${port}`, embedded: true },
      embedded: { ...base.embedded, port, dataDir, heap: "512m" },
    };
    await startEmbeddedNeo4j(config);
    // The story is written with a generous timeout: a cold Neo4j on a busy machine took longer
    // than 5 s. The API's short timeout below is what the outage is about.
    const loader = createDataAccess(config.neo4j, { transactionTimeoutMs: 120_000 });
    try {
      await loader.ensureSchema();
      await loader.loadGraph(story.document);
    } finally {
      await loader.close();
    }
    data = createDataAccess(config.neo4j, { transactionTimeoutMs: 5_000 });
    api = await serveApi(config, data);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await data?.close();
    if (config) await stopEmbeddedNeo4j(config);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("answers DATABASE_UNAVAILABLE while Neo4j is down and recovers when it returns", async () => {
    const before = await api.gql<{ person: { name: string } }>(STATS);
    expect(before.data?.person?.name).toBe(story.people.alpha.name);
    expect(await status("/readyz")).toBe(200);

    await stopEmbeddedNeo4j(config);
    const down = await api.post(STATS);
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(JSON.stringify(down.body)).not.toContain("bolt://");
    expect(await status("/readyz")).toBe(503);
    expect(await status("/healthz")).toBe(200);
    // Still there for the next request: the process did not fall over.
    expect((await api.post(STATS)).status).toBe(503);

    await startEmbeddedNeo4j(config);
    await waitFor("readiness after the restart", async () => (await status("/readyz")) === 200, {
      timeoutMs: 90_000,
      intervalMs: 500,
    });
    const after = await api.gql<{ person: { name: string } }>(STATS);
    expect(after.errors).toBeUndefined();
    expect(after.data?.person?.name).toBe(story.people.alpha.name);
  }, 240_000);
});
