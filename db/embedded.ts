/**
 * The embedded Neo4j: a JVM running neo4j-launcher that the project starts itself, so a
 * developer needs no Neo4j install. It outlives the Node process that started it; the pid
 * file in the data dir and a Bolt handshake on the port tell later processes it is there.
 */
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Config } from "../common/config.ts";
import { probeBolt } from "./embedded/bolt-probe.ts";
import { assertJavaAvailable, ensureLauncherBuilt, launcherJavaArgs } from "./embedded/jvm.ts";
import { isLauncherAlive, readPidFile, removePidFile, waitForExit } from "./embedded/launcher-process.ts";

const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

interface EmbeddedPlace {
  uri: string;
  port: number;
  dataDir: string;
  pidFile: string;
  logFile: string;
}

export type EmbeddedStatus =
  /** NEO4J_URI is set: the app uses that server and never starts one. */
  | { state: "external"; uri: string }
  | (EmbeddedPlace & { state: "running"; pid: number; boltVersion: string; startedNow: boolean })
  | (EmbeddedPlace & { state: "stopped" });

// Calls within one process share a start in progress instead of racing a second JVM.
const starting = new Map<string, Promise<EmbeddedStatus>>();

/** Makes sure the embedded Neo4j is up: reuses a running one, starts one otherwise. */
export async function ensureEmbeddedNeo4j(config: Config): Promise<EmbeddedStatus> {
  if (!config.neo4j.embedded) return { state: "external", uri: config.neo4j.uri };
  const status = await embeddedNeo4jStatus(config);
  return status.state === "running" ? status : startEmbeddedNeo4j(config);
}

/** Starts the embedded Neo4j and waits until Bolt answers; fails if one is already running. */
export function startEmbeddedNeo4j(config: Config): Promise<EmbeddedStatus> {
  if (!config.neo4j.embedded) return Promise.resolve({ state: "external", uri: config.neo4j.uri });
  const place = placeOf(config);
  const inFlight = starting.get(place.dataDir);
  if (inFlight) return inFlight;
  const start = launch(place, config.embedded.heap).finally(() => starting.delete(place.dataDir));
  starting.set(place.dataDir, start);
  return start;
}

/** Stops the embedded Neo4j: SIGTERM, wait for a clean shutdown, SIGKILL after a timeout. */
export async function stopEmbeddedNeo4j(
  config: Config,
  timeoutMs = STOP_TIMEOUT_MS,
): Promise<EmbeddedStatus> {
  if (!config.neo4j.embedded) return { state: "external", uri: config.neo4j.uri };
  const place = placeOf(config);
  const pid = readPidFile(place.pidFile);
  if (pid !== null && isLauncherAlive(pid)) {
    signal(pid, "SIGTERM");
    if (!(await waitForExit(pid, timeoutMs))) {
      process.stderr.write(`Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000} s; killing it.\n`);
      signal(pid, "SIGKILL");
      await waitForExit(pid, 10_000);
    }
  }
  // The JVM removes its pid file on a clean stop; a kill or crash leaves it behind.
  removePidFile(place.pidFile);
  return { ...place, state: "stopped" };
}

/** Reports whether the embedded Neo4j is running: live launcher pid and Bolt answering. */
export async function embeddedNeo4jStatus(config: Config): Promise<EmbeddedStatus> {
  if (!config.neo4j.embedded) return { state: "external", uri: config.neo4j.uri };
  const place = placeOf(config);
  const pid = readPidFile(place.pidFile);
  if (pid === null || !isLauncherAlive(pid)) return { ...place, state: "stopped" };
  const probe = await probeBolt(HOST, place.port);
  if (probe.kind !== "bolt") return { ...place, state: "stopped" };
  return { ...place, state: "running", pid, boltVersion: probe.version, startedNow: false };
}

function placeOf(config: Config): EmbeddedPlace {
  const { port, dataDir } = config.embedded;
  return {
    uri: `bolt://${HOST}:${port}`,
    port,
    dataDir,
    pidFile: join(dataDir, "neo4j.pid"),
    logFile: join(dataDir, "launcher.log"),
  };
}

async function launch(place: EmbeddedPlace, heap: string): Promise<EmbeddedStatus> {
  const oldPid = readPidFile(place.pidFile);
  if (oldPid !== null && isLauncherAlive(oldPid)) {
    throw new Error(
      `An embedded Neo4j (pid ${oldPid}) already uses ${place.dataDir} but does not answer on ${place.uri}; stop it with 'npm run db:stop' or see ${place.logFile}.`,
    );
  }
  removePidFile(place.pidFile); // stale, from a crash or kill
  const occupant = await probeBolt(HOST, place.port);
  if (occupant.kind !== "closed") {
    const who =
      occupant.kind === "bolt"
        ? `a Bolt ${occupant.version} server not started for ${place.dataDir}`
        : "another process";
    throw new Error(
      `Port ${place.port} is already in use by ${who}, so the embedded Neo4j cannot listen there. Set NEO4J_EMBEDDED_PORT to a free port, or NEO4J_URI to use that server.`,
    );
  }
  await assertJavaAvailable();
  await ensureLauncherBuilt();

  mkdirSync(place.dataDir, { recursive: true });
  // The JVM logs to launcher.log itself; its raw stdout/stderr (JVM errors before main runs) go there too.
  const log = openSync(place.logFile, "a");
  const child = spawn(
    "java",
    launcherJavaArgs({ heap, dataDir: place.dataDir, port: place.port, pidFile: place.pidFile }),
    {
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  closeSync(log);
  let exit: string | null = null;
  child.once("exit", (code, signal) => (exit = signal ?? `exit code ${code}`));
  child.once("error", (error) => (exit = error.message));
  child.unref();

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exit !== null) {
      throw new Error(
        `Embedded Neo4j failed to start (${exit}). Last lines of ${place.logFile}:\n${tail(place.logFile)}`,
      );
    }
    const pid = readPidFile(place.pidFile);
    if (pid !== null) {
      const probe = await probeBolt(HOST, place.port);
      if (probe.kind === "bolt") {
        return { ...place, state: "running", pid, boltVersion: probe.version, startedNow: true };
      }
    }
    if (Date.now() >= deadline) {
      if (child.pid !== undefined) signal(child.pid, "SIGTERM");
      throw new Error(
        `Embedded Neo4j did not answer on ${place.uri} within ${START_TIMEOUT_MS / 1000} s; see ${place.logFile}.`,
      );
    }
    await sleep(250);
  }
}

/** Sends a signal, ignoring a process that has exited in the meantime. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log written)";
  }
}
