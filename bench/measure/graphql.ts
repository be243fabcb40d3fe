/**
 * GraphQL latency per operation against the same Cypher run through the raw driver: each
 * request is sent once while the statements the db module runs are recorded, then the timed
 * loop alternates the HTTP request and a replay of its recorded statements in one read
 * transaction. The replay runs statements one after another; the server may overlap some.
 */
import type { Driver } from "neo4j-driver";
import { pino } from "pino";
import type { Config } from "../../common/config.ts";
import type { DataAccess } from "../../db/index.ts";
import { buildApp } from "../../server/app.ts";
import { recordStatements, type RecordedStatement } from "../lib/statement-recorder.ts";
import { elapsedMs, now, quantile } from "../lib/stats.ts";
import { OPERATIONS, type GqlRequest, type Operation } from "./graphql-queries.ts";
import { listenOnLoopback } from "../../server/http/loopback.ts";

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface OperationLatency {
  op: Operation;
  samples: number;
  gql: Percentiles;
  raw: Percentiles;
  /** Statements per request (median), i.e. database round trips. */
  statements: number;
  /** gql.p95 / raw.p95 */
  overheadP95: number;
}

export interface GraphqlServer {
  url: string;
  close(): Promise<void>;
}

/** The real app (buildApp) on a loopback port, quiet logger. */
export async function startServer(config: Config, data: DataAccess): Promise<GraphqlServer> {
  const { app, stop } = await buildApp({ config, data, logger: pino({ level: "silent" }) });
  return listenOnLoopback(app, stop);
}

async function post(url: string, request: GqlRequest): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || body.errors)
    throw new Error(`${request.op} failed: ${JSON.stringify(body.errors ?? response.status)}`);
}

async function replay(driver: Driver, statements: readonly RecordedStatement[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    await session.executeRead(async (tx) => {
      for (const s of statements) await tx.run(s.query, s.params);
    });
  } finally {
    await session.close();
  }
}

const percentiles = (samples: number[]): Percentiles => ({
  p50: quantile(samples, 0.5),
  p95: quantile(samples, 0.95),
  p99: quantile(samples, 0.99),
});

/**
 * The fixed cost of any request: HTTP on loopback, JSON, Apollo's parse/validate (graphql-armor
 * included) and plugins, with no database work (`{ __typename }`).
 */
export async function measureFloor(url: string, samples: number): Promise<Percentiles> {
  const times: number[] = [];
  for (let i = 0; i < samples + 10; i++) {
    const start = now();
    await post(url, { op: "search", query: "{ __typename }", variables: {} });
    if (i >= 10) times.push(elapsedMs(start));
  }
  return percentiles(times);
}

/** Times every request `rounds` times through GraphQL and through the raw driver, interleaved. */
export async function measureGraphql(
  url: string,
  driver: Driver,
  requests: GqlRequest[],
  rounds: number,
): Promise<OperationLatency[]> {
  const recorded: RecordedStatement[][] = [];
  for (const request of requests) {
    // Also the warm-up: plans are compiled and caches filled before timing.
    const { statements } = await recordStatements(() => post(url, request));
    recorded.push(statements);
    await replay(driver, statements);
  }
  const gql = new Map<Operation, number[]>(OPERATIONS.map((op) => [op, []]));
  const raw = new Map<Operation, number[]>(OPERATIONS.map((op) => [op, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      const statements = recorded[i]!;
      const timeGql = async () => {
        const start = now();
        await post(url, request);
        gql.get(request.op)!.push(elapsedMs(start));
      };
      const timeRaw = async () => {
        const start = now();
        await replay(driver, statements);
        raw.get(request.op)!.push(elapsedMs(start));
      };
      // Alternate which goes first, so neither always meets the warmer cache.
      if ((round + i) % 2 === 0) {
        await timeGql();
        await timeRaw();
      } else {
        await timeRaw();
        await timeGql();
      }
    }
  }
  return OPERATIONS.map((op) => {
    const counts = requests.flatMap((r, i) => (r.op === op ? [recorded[i]!.length] : []));
    const g = percentiles(gql.get(op)!);
    const r = percentiles(raw.get(op)!);
    return {
      op,
      samples: gql.get(op)!.length,
      gql: g,
      raw: r,
      statements: quantile(counts, 0.5),
      overheadP95: g.p95 / r.p95,
    };
  });
}
