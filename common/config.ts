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
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest article file ingest accepts, in bytes. */
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5_000_000),
});

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
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
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
  };
}
