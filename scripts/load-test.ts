/**
 * `npm run load-test [-- --rate 50 --duration 60 --port 7723]`: the GraphQL API under load, on
 * loopback only, bounded in requests and time. A dedicated embedded Neo4j (temp data dir) is
 * loaded with samples/, the real app is served with its overload guard, and autocannon (in a
 * child process, so it does not share the server's event loop) sends a mix of reads:
 *
 * 1. steady: `rate` requests/s for `duration` s: every answer must be 200, without errors or
 *    timeouts, and the heap after the run (after a GC) must be within 32 MB of the heap early on;
 * 2. overload: 20 s with 200 connections and no rate: only 200, 429 or 503, and the server
 *    still answers afterwards.
 *
 * Exits 1 if a check fails. `test/reliability-load.test.ts` runs the same harness for seconds.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import autocannon from "autocannon";
import { pino } from "pino";
import { readConfig, type Config, type OverloadLimits } from "../common/config.ts";
import { startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../db/embedded.ts";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import { extractFiles } from "../ingest/index.ts";
import { buildApp } from "../server/app.ts";
import type { OverloadGuard } from "../server/plugins/overload.ts";
import { listenOnLoopback } from "../server/http/loopback.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A mix of reads shaped like the client's, over the sample articles. */
export const LOAD_QUERIES = [
  `{ stats { articles people institutions countries meetings proposals } }`,
  `{ people(search: "lavrov", limit: 10) { id name roles country { name } } }`,
  `{ meetings(limit: 20, sort: DATE_DESC) { id date place status participants { id name } } }`,
  `{ search(text: "witkoff", limit: 10) { id kind name score } }`,
  `{ proposals(limit: 20) { id name status } }`,
];

export interface LoadPhase {
  url: string;
  connections: number;
  durationSec: number;
  /** Requests per second over all connections; 0: as fast as the server answers. */
  rate: number;
  /** Stops the phase after this many requests even if time is left. */
  maxRequests: number;
}

export interface LoadResult {
  requests: number;
  durationSec: number;
  rps: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

export interface ServedApp {
  url: string;
  guard: OverloadGuard;
  close(): Promise<void>;
}

/** The real app, with its own overload guard set to `limits`, on 127.0.0.1 and a free port. */
export async function serveGuarded(
  config: Config,
  data: DataAccess,
  limits: OverloadLimits,
): Promise<ServedApp> {
  const { app, overload, stop } = await buildApp({
    config: { ...config, api: { ...config.api, overload: limits } },
    data,
    logger: pino({ level: "silent" }),
  });
  return { ...(await listenOnLoopback(app, stop)), guard: overload };
}

/** Runs one phase in a child process; loopback targets only. */
export function runPhase(phase: LoadPhase): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(phase.url))
    throw new Error(`refusing a non-loopback target: ${phase.url}`);
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/load-test.ts", "--phase", JSON.stringify(phase)],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    // Bounded: the phase's own duration plus start-up, then the child is killed.
    const timer = setTimeout(() => child.kill("SIGKILL"), (phase.durationSec + 60) * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`load generator exited with ${code}`);
        done(JSON.parse(out) as LoadResult);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** The child: autocannon against `phase.url`, result as one JSON line. */
async function generate(phase: LoadPhase): Promise<void> {
  // bench/autocannon.d.ts types only what the bench uses; overallRate and statusCodeStats exist too.
  const options = {
    url: `${phase.url}/graphql`,
    connections: phase.connections,
    duration: phase.durationSec,
    maxOverallRequests: phase.maxRequests,
    timeout: 10,
    ...(phase.rate > 0 ? { overallRate: phase.rate } : {}),
    requests: LOAD_QUERIES.map((query) => ({
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    })),
  };
  const result = (await autocannon(options)) as Awaited<ReturnType<typeof autocannon>> & {
    statusCodeStats: Record<string, { count: number }>;
  };
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  const out: LoadResult = {
    requests: result.requests.total,
    durationSec: result.duration,
    rps: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Heap in use after a full GC, in MB (the GC is exposed at run time when node lacks --expose-gc). */
export function heapMb(): number {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** What the server must answer under steady load: only 200s, no connection errors or timeouts. */
export function answerProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  const other = Object.entries(result.statuses).filter(([code]) => code !== "200");
  if (other.length) problems.push(`answers other than 200: ${JSON.stringify(Object.fromEntries(other))}`);
  if (result.errors || result.timeouts) problems.push(`${result.errors} errors, ${result.timeouts} timeouts`);
  return problems;
}

/**
 * Whether the generator reached the rate asked for. A shortfall says the machine (or the
 * generator) was too slow, not that the server failed, so only `npm run load-test` checks it,
 * and says which.
 */
export function rateProblems(result: LoadResult, phase: LoadPhase): string[] {
  const expected = Math.min(phase.maxRequests, phase.rate * phase.durationSec);
  return result.requests < expected * 0.9
    ? [`the generator sent only ${result.requests} of ${expected} requests (too slow a machine, or too busy)`]
    : [];
}

/** What overload must satisfy: every answer 200, 429 or 503; no connection errors. */
export function overloadProblems(result: LoadResult): string[] {
  const other = Object.entries(result.statuses).filter(([code]) => !["200", "429", "503"].includes(code));
  const problems = other.length
    ? [`answers other than 200/429/503: ${JSON.stringify(Object.fromEntries(other))}`]
    : [];
  if (result.errors) problems.push(`${result.errors} connection errors`);
  return problems;
}

function flag(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(args: string[]): Promise<number> {
  const rate = flag(args, "rate", 50);
  const durationSec = flag(args, "duration", 60);
  const port = flag(args, "port", 7723);
  const dataDir = mkdtempSync(resolve(tmpdir(), "load-test-neo4j-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_EMBEDDED_PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
  };
  delete env.NEO4J_URI;
  const config = readConfig(env);
  const say = (line: string) => process.stdout.write(`${line}\n`);

  say(`Starting a dedicated Neo4j on port ${port}...`);
  await startEmbeddedNeo4j(config);
  const data = createDataAccess(config.neo4j, { transactionTimeoutMs: config.api.transactionTimeoutMs });
  let served: ServedApp | null = null;
  try {
    await data.ensureSchema();
    await data.loadGraph(await extractFiles([resolve(ROOT, "samples")]));
    // The limits a deployment gets by default (MAX_CONCURRENT_REQUESTS and friends).
    served = await serveGuarded(config, data, config.api.overload);
    const problems: string[] = [];

    say(`Steady: ${rate} requests/s for ${durationSec} s...`);
    const steady: LoadPhase = {
      url: served.url,
      connections: 10,
      durationSec,
      rate,
      maxRequests: rate * durationSec,
    };
    const heap: number[] = [];
    const sampler = setInterval(() => heap.push(heapMb()), 5_000);
    const steadyResult = await runPhase(steady);
    clearInterval(sampler);
    const early = heap[1] ?? heap[0] ?? heapMb();
    const late = heapMb();
    say(
      JSON.stringify({
        phase: "steady",
        ...steadyResult,
        heapMb: { early: Math.round(early), late: Math.round(late) },
      }),
    );
    problems.push(...answerProblems(steadyResult), ...rateProblems(steadyResult, steady));
    if (late - early > 32) problems.push(`heap grew from ${early.toFixed(0)} MB to ${late.toFixed(0)} MB`);

    say("Overload: 200 connections, no rate, 20 s...");
    const overload: LoadPhase = {
      url: served.url,
      connections: 200,
      durationSec: 20,
      rate: 0,
      maxRequests: 100_000,
    };
    const overloadResult = await runPhase(overload);
    say(JSON.stringify({ phase: "overload", ...overloadResult, refused: served.guard.stats().refused }));
    problems.push(...overloadProblems(overloadResult));
    await sleep(1_000);
    const after = await fetch(`${served.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOAD_QUERIES[0] }),
    });
    if (after.status !== 200) problems.push(`after the overload the server answered ${after.status}`);

    for (const p of problems) process.stderr.write(`load test failed: ${p}\n`);
    say(problems.length ? "Load test FAILED" : "Load test passed");
    return problems.length ? 1 : 0;
  } finally {
    await served?.close();
    await data.close();
    await stopEmbeddedNeo4j(config);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--phase");
  const run = at >= 0 ? generate(JSON.parse(args[at + 1] ?? "{}") as LoadPhase).then(() => 0) : main(args);
  run.then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
