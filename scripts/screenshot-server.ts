/**
 * A throwaway explorer for screenshots and benchmarks: starts its own embedded Neo4j (port 7717 by
 * default, a fresh temp data dir), loads the sample articles and any folders given, serves the built
 * client, and prints its origin. Stops everything on SIGINT/SIGTERM.
 *
 *   npx tsx scripts/screenshot-server.ts [folder…]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readConfig, type Config } from "../common/config.ts";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../db/embedded.ts";
import { createDataAccess } from "../db/index.ts";
import { extractFiles } from "../ingest/index.ts";
import { buildApp } from "../server/app.ts";
import { listenOnLoopback } from "../server/http/loopback.ts";

export interface ScreenshotServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts Neo4j, loads `folders` (samples/ first), and serves the explorer on a free port. */
export async function startScreenshotServer(folders: string[], port = 7717): Promise<ScreenshotServer> {
  const base = readConfig();
  const dataDir = mkdtempSync(join(tmpdir(), "diplomatic-graph-screens-"));
  const config: Config = {
    ...base,
    logLevel: "warn",
    neo4j: { ...base.neo4j, embedded: true, uri: `bolt://127.0.0.1:${port}` },
    embedded: { ...base.embedded, port, dataDir },
  };
  await startEmbeddedNeo4j(config);
  const data = createDataAccess(config.neo4j);
  await data.ensureSchema();
  for (const folder of [resolve("samples"), ...folders.map((f) => resolve(f))])
    await data.loadGraph(await extractFiles([folder]));
  const built = await buildApp({ config, data, clientDir: resolve("client/dist") });
  const served = await listenOnLoopback(built.app, async () => {
    await built.stop();
    await data.close();
    await stopEmbeddedNeo4j(config);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { origin: served.url, stop: served.close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startScreenshotServer(process.argv.slice(2));
  console.log(running.origin);
  const stop = (): void => void running.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
