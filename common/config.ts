/**
 * Configuration: the only place that reads process.env. Validated once at start-up,
 * and every problem is reported at once (Outline's server/env.ts).
 */
import { resolve } from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any Neo4j reachable over Bolt; unset means "use the embedded Neo4j". */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Embedded Neo4j: Bolt port and data directory. */
  NEO4J_EMBEDDED_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default("./data/neo4j"),
  /** Embedded Neo4j: JVM heap, e.g. "1g". */
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmgKMG]?$/, 'expected a JVM size such as "512m" or "1g"')
    .default("1g"),
  /** Bolt port of the separate embedded Neo4j that integration tests start. */
  NEO4J_TEST_PORT: port.default(7697),
  PORT: port.default(4000),
  // Loopback by default: reads are open, so listening on every interface would serve the graph
  // to the whole network. Containers set 0.0.0.0 themselves (Dockerfile, docker-compose.yml).
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest article file ingest accepts, in bytes. */
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /** Bearer tokens allowed to write (mutations): "name:token" pairs, comma-separated. Unset: writes disabled. */
  API_TOKENS: z.string().optional(),
  /** Read-only bearer tokens, same format; only needed when READ_ACCESS=token. */
  API_READ_TOKENS: z.string().optional(),
  /** "open": anyone may query; "token": queries need a read or write token too. */
  READ_ACCESS: z.enum(["open", "token"]).default("open"),
  /** Origins allowed to call the API from a browser, comma-separated ("*" for any). Unset: same origin only. */
  CORS_ORIGINS: z.string().optional(),
  /** Send security headers (nosniff, frame and referrer policy, CSP). */
  SECURITY_HEADERS: z.enum(["on", "off"]).default("on"),
  /** Content-Security-Policy of every response; empty turns it off. */
  CONTENT_SECURITY_POLICY: z.string().optional(),
  /** Largest request body accepted, in bytes (ingestArticle sends whole articles). */
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1_024).default(1_000_000),
  /** Timeout of every database transaction, in milliseconds. */
  DB_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** GraphQL requests handled at once; more wait in a queue. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(32),
  /** GraphQL requests waiting for a turn; one more is refused with 429. */
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(64),
  /** A queued request that waited this long is refused with 503, in milliseconds. */
  QUEUE_TIMEOUT_MS: z.coerce.number().int().min(10).default(2_000),
  /** New requests get 503 while the event loop lags more than this, in milliseconds; 0 turns it off. */
  MAX_EVENT_LOOP_LAG_MS: z.coerce.number().int().min(0).default(500),
});

/** The CSP default: our own scripts, styles and workers; Monaco (GraphiQL) needs inline styles and blob workers. */
export const DEFAULT_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** A bearer token and the name it is recorded under (who made a correction). */
export interface ApiToken {
  name: string;
  token: string;
  scope: "read" | "write";
}

const MIN_TOKEN_LENGTH = 16;

/** Parses "name:token,name:token"; problems are collected, not thrown, so all are reported at once. */
function parseTokens(
  variable: string,
  value: string | undefined,
  scope: ApiToken["scope"],
  problems: string[],
): ApiToken[] {
  if (!value?.trim()) return [];
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .flatMap((entry, index): ApiToken[] => {
      const colon = entry.indexOf(":");
      const name = colon > 0 ? entry.slice(0, colon).trim() : "";
      const token = colon > 0 ? entry.slice(colon + 1).trim() : "";
      if (!/^[\w.@-]{1,64}$/.test(name)) {
        problems.push(
          `${variable}: entry ${index + 1} must be name:token with a name of letters, digits, . @ _ -`,
        );
        return [];
      }
      if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
        problems.push(
          `${variable}: the token of "${name}" must be at least ${MIN_TOKEN_LENGTH} characters, no spaces`,
        );
        return [];
      }
      return [{ name, token, scope }];
    });
}

function parseOrigins(value: string | undefined, problems: string[]): string[] {
  if (!value?.trim()) return [];
  return value
    .split(",")
    .map((o) => o.trim().replace(/\/$/, ""))
    .filter((o) => o.length > 0)
    .filter((origin) => {
      if (origin === "*" || /^https?:\/\/[^/\s]+$/.test(origin)) return true;
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin such as https://example.org`);
      return false;
    });
}

/** Every environment variable the app reads, so deployment files can be checked against it. */
export const CONFIG_ENV_NAMES: readonly string[] = Object.keys(EnvSchema.shape);

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string | null;
  database: string | null;
  /** True when the app starts and owns the Neo4j process itself. */
  embedded: boolean;
}

export interface Config {
  env: "development" | "production" | "test";
  neo4j: Neo4jTarget;
  embedded: { port: number; dataDir: string; heap: string; testPort: number };
  http: { port: number; host: string };
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  maxArticleBytes: number;
  api: ApiConfig;
}

export interface ApiConfig {
  /** Read and write tokens together; a write token may also read. */
  tokens: ApiToken[];
  readAccess: "open" | "token";
  /** Allowed browser origins; "*" allows any. */
  corsOrigins: string[];
  securityHeaders: boolean;
  /** null: no Content-Security-Policy header. */
  contentSecurityPolicy: string | null;
  maxRequestBytes: number;
  transactionTimeoutMs: number;
  overload: OverloadLimits;
}

/** Load shedding on /graphql (server/plugins/overload.ts). */
export interface OverloadLimits {
  maxInFlight: number;
  maxQueue: number;
  queueTimeoutMs: number;
  maxEventLoopLagMs: number;
}

/** Thrown with every invalid variable listed, so a user fixes them all in one go. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates configuration from an environment (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  // Tokens and origins are checked from the raw values too, so every problem shows at once.
  const tokens = [
    ...parseTokens("API_TOKENS", env["API_TOKENS"], "write", problems),
    ...parseTokens("API_READ_TOKENS", env["API_READ_TOKENS"], "read", problems),
  ];
  const names = tokens.map((t) => t.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) problems.push(`API_TOKENS/API_READ_TOKENS: the name "${duplicate}" is used twice`);
  if (env["READ_ACCESS"] === "token" && tokens.length === 0)
    problems.push("READ_ACCESS=token needs at least one token in API_TOKENS or API_READ_TOKENS");
  const corsOrigins = parseOrigins(env["CORS_ORIGINS"], problems);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const embedded = !e.NEO4J_URI;
  return {
    env: e.NODE_ENV,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_EMBEDDED_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE ?? null,
      embedded,
    },
    embedded: {
      port: e.NEO4J_EMBEDDED_PORT,
      dataDir: resolve(e.NEO4J_DATA_DIR),
      heap: e.NEO4J_HEAP,
      testPort: e.NEO4J_TEST_PORT,
    },
    http: { port: e.PORT, host: e.HOST },
    logLevel: e.LOG_LEVEL,
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    api: {
      tokens,
      readAccess: e.READ_ACCESS,
      corsOrigins,
      securityHeaders: e.SECURITY_HEADERS === "on",
      contentSecurityPolicy:
        e.CONTENT_SECURITY_POLICY === undefined
          ? DEFAULT_CONTENT_SECURITY_POLICY
          : e.CONTENT_SECURITY_POLICY.trim() || null,
      maxRequestBytes: e.MAX_REQUEST_BYTES,
      transactionTimeoutMs: e.DB_TRANSACTION_TIMEOUT_MS,
      overload: {
        maxInFlight: e.MAX_CONCURRENT_REQUESTS,
        maxQueue: e.MAX_QUEUED_REQUESTS,
        queueTimeoutMs: e.QUEUE_TIMEOUT_MS,
        maxEventLoopLagMs: e.MAX_EVENT_LOOP_LAG_MS,
      },
    },
  };
}
