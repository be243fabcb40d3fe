/**
 * buildApp: the Express app (GraphQL API, health checks, the built client) without listening,
 * so tests can serve it on port 0 and main.ts only adds the listener and signals. Around the
 * API: request ids and JSON logs, security headers, CORS, a body-size limit, coded errors.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { pino, type Logger } from "pino";
import type { Config } from "../common/config.ts";
import type { DataAccess } from "../db/index.ts";
import { authenticate } from "./auth.ts";
import { createContext, type GraphContext } from "./context.ts";
import { bodyErrors } from "./http/body-errors.ts";
import { cors } from "./http/cors.ts";
import { requestLog, requestLogger } from "./http/request-log.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { createAuthPlugin } from "./plugins/auth.ts";
import { createFormatError } from "./errors.ts";
import { createArmor } from "./plugins/armor.ts";
import { createDatabaseStatusPlugin } from "./plugins/database-status.ts";
import { createLoggingPlugin } from "./plugins/logging.ts";
import { createOverloadGuard, type OverloadGuard } from "./plugins/overload.ts";
import { resolvers } from "./resolvers/index.ts";
import { typeDefs } from "./schema.ts";
import { createWriteServices } from "./write-services.ts";

export interface BuildAppOptions {
  config: Config;
  data: DataAccess;
  /** The built client (client/dist); not served when absent. */
  clientDir?: string;
  logger?: Logger;
}

export interface BuiltApp {
  app: express.Express;
  /** Load shedding on /graphql; its stats say how many requests were refused. */
  overload: OverloadGuard;
  /** Stops Apollo and the overload guard; the caller owns the data access and the HTTP listener. */
  stop(): Promise<void>;
}

export async function buildApp(options: BuildAppOptions): Promise<BuiltApp> {
  const { config, data } = options;
  const logger = options.logger ?? pino({ level: config.logLevel });
  const development = config.env === "development";
  const armor = createArmor();
  const writes = createWriteServices(config.maxArticleBytes);

  const apollo = new ApolloServer<GraphContext>({
    typeDefs,
    resolvers,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    allowBatchedHttpRequests: false,
    // Stack traces only in development; formatError masks unknown errors everywhere.
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({
      exposeDetails: development,
      onInternalError: (error) => logger.error({ err: error }, "internal error in a GraphQL operation"),
    }),
    // Introspection stays on: GraphiQL and the client rely on it, and the schema is public anyway.
    introspection: true,
    plugins: [
      ...armor.plugins,
      // Apollo's default landing page loads from a CDN; we serve our own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      createAuthPlugin(config.api),
      createLoggingPlugin(),
      createDatabaseStatusPlugin(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(logger));
  if (config.api.securityHeaders) app.use(securityHeaders(config.api.contentSecurityPolicy));
  app.use(cors(config.api.corsOrigins));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      // A query, not just a handshake: right after a restart Bolt answers before the database does.
      await data.ping();
      res.json({ status: "ready" });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  // Shed load before parsing: a refused request costs no body read, no Apollo and no database.
  const overload = createOverloadGuard(config.api.overload);
  app.use(
    "/graphql",
    overload.middleware,
    express.json({ limit: config.api.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(data, {
          auth: authenticate(req.get("authorization"), config.api.tokens),
          logger: requestLogger(res, logger),
          writes,
        }),
    }),
  );

  if (options.clientDir) serveClient(app, resolve(options.clientDir), logger);
  app.use(bodyErrors(logger));

  return {
    app,
    overload,
    stop: async () => {
      overload.close();
      await apollo.stop();
    },
  };
}

/** Serves the built client with an SPA fallback, and GraphiQL at /graphiql. */
function serveClient(app: express.Express, clientDir: string, logger: Logger): void {
  if (!existsSync(clientDir)) {
    logger.warn({ clientDir }, "client not built (npm run build:client); serving the API only");
    return;
  }
  const graphiql = join(clientDir, "graphiql.html");
  const index = join(clientDir, "index.html");
  app.get("/graphiql", (_req, res, next) => {
    if (existsSync(graphiql)) res.sendFile(graphiql);
    else next();
  });
  app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
  // Client-side routes (/person/123) get index.html; API paths and missing assets do not.
  app.use((req, res, next) => {
    const wantsPage = req.method === "GET" && req.accepts(["html", "json"]) === "html";
    if (wantsPage && !req.path.startsWith("/graphql") && !req.path.includes(".") && existsSync(index)) {
      res.sendFile(index);
    } else {
      next();
    }
  });
}
