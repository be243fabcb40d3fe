/**
 * Support for the reliability tests: generated article folders, a dedicated embedded Neo4j that
 * a test may stop, kill and restart (never the shared test server), the ingest CLI as a child
 * process, and a snapshot of the whole graph to compare runs exactly.
 *
 * The snapshot reads Neo4j through neo4j-driver directly, the one deliberate exception to "only
 * db/ imports the driver" (as in bench/): a check of what the data module wrote must not go
 * through the data module.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { readConfig, type Config, type Neo4jTarget } from "../../common/config.ts";
import { embeddedNeo4jStatus, startEmbeddedNeo4j, stopEmbeddedNeo4j } from "../../db/embedded.ts";
import { createDataAccess, type DataAccess } from "../../db/index.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const GIVEN = [
  "Anna",
  "Boris",
  "Maria",
  "Peter",
  "Elena",
  "Thomas",
  "Irina",
  "Daniel",
  "Olga",
  "Martin",
  "Sofia",
  "Viktor",
];
const FAMILY = [
  "Kessler",
  "Morozov",
  "Lindqvist",
  "Halloran",
  "Petrenko",
  "Dubois",
  "Varga",
  "Okafor",
  "Novak",
  "Brandt",
];
const CITIES = ["Geneva", "Vienna", "Istanbul", "Riyadh", "Helsinki", "Oslo"];

const personOf = (i: number) => `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}`;

/**
 * Article `i` of a generated corpus: two officials meet (people recur across articles, so
 * articles share entity nodes, as real news does), a plan is discussed, a meeting is planned.
 */
export function generatedArticle(i: number): string {
  const [a, b, c] = [personOf(i), personOf(i + 3), personOf(i + 5)];
  return (
    `Foreign Minister ${a} met Deputy Foreign Minister ${b} in ${CITIES[i % CITIES.length]} on ${(i % 27) + 1} March 2025. ` +
    `The talks lasted three hours, officials said.\n\n` +
    `${b} said the two sides discussed the ${FAMILY[i % FAMILY.length]} Plan. ` +
    `${a} will meet ${c} in ${CITIES[(i + 1) % CITIES.length]} next month. Report number ${i}.\n`
  );
}

/** Writes generated articles `indices` into `dir` as art-NNN.txt; the same index gives the same file. */
export function writeGeneratedArticles(dir: string, indices: number[]): string {
  mkdirSync(dir, { recursive: true });
  for (const i of indices)
    writeFileSync(join(dir, `art-${String(i).padStart(3, "0")}.txt`), generatedArticle(i));
  return dir;
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, k) => from + k);

/** A temp folder removed by the returned cleanup. */
export function tempDir(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `reliability-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The graph in a canonical, sorted form: equal snapshots are the same graph. */
export interface GraphSnapshot {
  /** Labels and id of every node. */
  nodes: string[];
  /** Type, ends and every property of every relationship. */
  relationships: string[];
  /** Every property of every node. */
  properties: string[];
}

/** Properties with sorted keys, so equal maps print the same. */
function canonical(props: unknown): unknown {
  if (typeof props !== "object" || props === null || Array.isArray(props)) return props;
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
}

/** A driver on `target` for snapshots (no performance notifications). */
export function snapshotDriver(target: Neo4jTarget): Driver {
  const auth = target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
  return neo4j.driver(target.uri, auth, {
    disableLosslessIntegers: true,
    telemetryDisabled: true,
    notificationFilter: { minimumSeverityLevel: "OFF" },
  });
}

/** The whole graph behind `driver`, in canonical form. */
export async function snapshotGraph(driver: Driver, database?: string): Promise<GraphSnapshot> {
  const read = async <T>(query: string, pick: (r: Neo4jRecord) => T): Promise<T[]> => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
    try {
      return (await session.run(query)).records.map(pick);
    } finally {
      await session.close();
    }
  };
  const nodes = await read(
    `MATCH (n) RETURN labels(n) AS labels, n.id AS id, properties(n) AS props`,
    (r) => ({
      key: JSON.stringify([[...(r.get("labels") as string[])].sort(), r.get("id")]),
      props: r.get("props"),
    }),
  );
  const relationships = await read(
    `MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS s, t.id AS t, properties(r) AS props`,
    (r) => JSON.stringify([r.get("type"), r.get("s"), r.get("t"), canonical(r.get("props"))]),
  );
  return {
    nodes: nodes.map((n) => n.key).sort(),
    relationships: relationships.sort(),
    properties: nodes.map((n) => `${n.key} ${JSON.stringify(canonical(n.props))}`).sort(),
  };
}

export interface DedicatedNeo4j {
  config: Config;
  data: DataAccess;
  /** Environment for a child CLI: NEO4J_URI on this server, so the CLI never starts a JVM itself. */
  cliEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
  snapshot(): Promise<GraphSnapshot>;
  /** Deletes every node and relationship (the schema stays). */
  wipe(): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would: no clean shutdown, recovery on the next start. */
  kill(): Promise<void>;
  /** A clean stop (SIGTERM, wait). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data dir. */
  dispose(): Promise<void>;
}

/**
 * A port for a test's own Neo4j, `offset` above the suite's test port (NEO4J_TEST_PORT, 7697 by
 * default): two suites run side by side with different test ports never meet on a dedicated one.
 */
export function dedicatedPort(offset: number): number {
  return readConfig().embedded.testPort + offset;
}

/** Starts an embedded Neo4j of its own on `port` with a fresh temp data dir. */
export async function startDedicatedNeo4j(port: number): Promise<DedicatedNeo4j> {
  const home = tempDir(`neo4j-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_EMBEDDED_PORT: String(port),
    NEO4J_DATA_DIR: home.dir,
    NEO4J_HEAP: "512m",
    LOG_LEVEL: "silent",
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  const config = readConfig(env);
  await startEmbeddedNeo4j(config);
  const data = createDataAccess(config.neo4j);
  await data.ensureSchema();
  const driver: Driver = neo4j.driver(config.neo4j.uri, undefined, {
    disableLosslessIntegers: true,
    telemetryDisabled: true,
    notificationFilter: { minimumSeverityLevel: "OFF" },
  });

  return {
    config,
    data,
    cliEnv: (extra = {}) => ({ ...env, NEO4J_URI: config.neo4j.uri, ...extra }),
    snapshot: () => snapshotGraph(driver),
    async wipe() {
      const session = driver.session();
      try {
        await session.run("MATCH (n) DETACH DELETE n");
      } finally {
        await session.close();
      }
    },
    async kill() {
      const status = await embeddedNeo4jStatus(config);
      if (status.state === "running") process.kill(status.pid, "SIGKILL");
      await stopEmbeddedNeo4j(config, 10_000); // waits for the exit, clears the pid file
    },
    async stop() {
      await stopEmbeddedNeo4j(config);
    },
    async start() {
      await startEmbeddedNeo4j(config);
    },
    async dispose() {
      await data.close().catch(() => undefined);
      await driver.close().catch(() => undefined);
      await stopEmbeddedNeo4j(config);
      home.remove();
    },
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  done: Promise<CliRun>;
}

/** Spawns `tsx ingest/cli/ingest.ts <args>` (never on a terminal); killed after `timeoutMs`. */
export function spawnIngest(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 240_000,
  /** Run as another user (root only), e.g. so that file permissions apply. */
  user?: { uid: number; gid: number },
): RunningCli {
  const child = spawn(process.execPath, ["--import", "tsx", "ingest/cli/ingest.ts", ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    ...user,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<CliRun>((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, stderr: () => stderr, done };
}

export const runIngest = (
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs?: number,
  user?: { uid: number; gid: number },
): Promise<CliRun> => spawnIngest(args, env, timeoutMs, user).done;

/** "Articles: 3 ingested, 2 unchanged, 0 failed" → its numbers. */
export function articleCounts(stdout: string): { ingested: number; unchanged: number; failed: number } {
  const match = /Articles: (\d+) ingested, (\d+) unchanged, (\d+) failed/.exec(stdout);
  if (!match) throw new Error(`no summary in:\n${stdout}`);
  return { ingested: Number(match[1]), unchanged: Number(match[2]), failed: Number(match[3]) };
}

export const errorLines = (stderr: string): string[] =>
  stderr.split("\n").filter((l) => l.startsWith("error:"));
