/**
 * `npm start`: the one command after `npm install`. Builds what a fresh clone lacks, starts
 * (or reuses) the embedded Neo4j, loads the sample articles into an empty graph, then runs
 * the server until Ctrl+C.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { readConfig, type Config } from "../common/config.ts";
import { ingestPaths } from "../ingest/cli/ingest-paths.ts";
import { openDatabase } from "../ingest/cli/open-database.ts";
import { createProgress } from "../ingest/cli/progress.ts";
import { formatFailures, formatSummary } from "../ingest/cli/report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = join(ROOT, "samples");
const SERVER_READY_TIMEOUT_MS = 120_000;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

/** Runs an npm script with its output shown; rejects if it fails. */
function npmRun(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script], { cwd: ROOT, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`npm run ${script} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** A fresh clone has neither the launcher jar nor the built client; both are gitignored. */
async function buildWhatIsMissing(config: Config): Promise<void> {
  const target = join(ROOT, "neo4j-launcher", "target");
  if (
    config.neo4j.embedded &&
    !(existsSync(join(target, "neo4j-launcher.jar")) && existsSync(join(target, "lib")))
  ) {
    say("Building the embedded Neo4j launcher with Maven (first run only; downloads about 120 MB)...");
    await npmRun("build:launcher");
  }
  if (!existsSync(join(ROOT, "client", "dist", "index.html"))) {
    say("Building the browser client (first run only)...");
    await npmRun("build:client");
  }
}

/** Loads samples/ when the graph has no article yet, so a first start shows something. */
async function seedIfEmpty(config: Config): Promise<void> {
  const data = await openDatabase(config, say);
  try {
    const { articles } = await data.stats();
    if (articles > 0) {
      say(`The graph holds ${articles} articles.`);
      return;
    }
    say("The graph is empty: ingesting the sample articles in samples/ ...");
    const report = await ingestPaths(data, [SAMPLES], {
      maxArticleBytes: config.maxArticleBytes,
      progress: createProgress(process.stdout),
      // Marked, so `npm run samples:remove` (or the explorer's button) can take them out again.
      sample: true,
    });
    for (const line of formatFailures(report)) process.stderr.write(`${line}\n`);
    for (const line of formatSummary(report)) say(line);
  } finally {
    await data.close();
  }
}

/** Polls the server's liveness route until it answers or the server process exits. */
async function waitUntilListening(config: Config, exited: () => boolean): Promise<boolean> {
  const host = ["0.0.0.0", "::", ""].includes(config.http.host) ? "127.0.0.1" : config.http.host;
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline && !exited()) {
    try {
      if ((await fetch(`http://${host}:${config.http.port}/healthz`)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  return false;
}

/** Runs the server (what `npm run serve` runs) in the foreground; resolves with its exit code. */
async function serve(config: Config): Promise<number> {
  // server/main.ts exports no start function yet, so it runs as its own process. Not through
  // npm: npm's `sh -c` dies on SIGTERM without passing it on, orphaning the server; tsx relays it.
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["server/main.ts"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  let exitCode: number | null = null;
  const done = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => resolve((exitCode = code ?? (signal ? 0 : 1)))),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));

  if (await waitUntilListening(config, () => exitCode !== null)) {
    const base = `http://localhost:${config.http.port}`;
    say("");
    say(`Explorer: ${base}/`);
    say(`GraphiQL: ${base}/graphiql`);
    say(
      config.neo4j.embedded
        ? "Press Ctrl+C to stop the server (the embedded Neo4j keeps running; `npm run db:stop` ends it)."
        : "Press Ctrl+C to stop the server.",
    );
  }
  return done;
}

async function main(): Promise<void> {
  const config = readConfig();
  await buildWhatIsMissing(config);
  await seedIfEmpty(config);
  process.exitCode = await serve(config);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
