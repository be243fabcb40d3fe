/**
 * Starts the API: configuration, the embedded Neo4j when no NEO4J_URI is set, the schema,
 * then the HTTP listener. SIGINT/SIGTERM close everything in reverse order.
 */
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { ConfigError, readConfig } from "../common/config.ts";
import { ensureEmbeddedNeo4j } from "../db/embedded.ts";
import { createDataAccess } from "../db/index.ts";
import { buildApp } from "./app.ts";

const CLIENT_DIR = fileURLToPath(new URL("../client/dist", import.meta.url));

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });

  if (config.neo4j.embedded) {
    logger.info(
      { port: config.embedded.port, dataDir: config.embedded.dataDir },
      "starting embedded Neo4j if needed",
    );
    await ensureEmbeddedNeo4j(config);
  }
  const data = createDataAccess(config.neo4j, { transactionTimeoutMs: config.api.transactionTimeoutMs });
  await data.verifyConnectivity();
  await data.ensureSchema();

  const { app, stop } = await buildApp({ config, data, clientDir: CLIENT_DIR, logger });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.http.port, config.http.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  logger.info(
    { url: `http://localhost:${config.http.port}/`, graphql: "/graphql", graphiql: "/graphiql" },
    "server listening",
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    // The embedded Neo4j outlives the server on purpose (`npm run db:stop` ends it).
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive sockets would otherwise hold close() open until they time out.
    server.closeIdleConnections();
    await closed;
    await stop();
    await data.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `Server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});
