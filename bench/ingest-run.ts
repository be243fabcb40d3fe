/**
 * Streaming, parallel ingest of a folder, as a measured child process of the bench:
 * `--workers N` extraction threads each turn a batch of files into a graph document, and the
 * main thread writes documents with loadGraph, one at a time, while the next batches are
 * extracted. At most 2 batches per worker are in flight, so memory does not grow with N.
 *
 * `npx tsx bench/ingest-run.ts --dir bench/tmp/corpus-1000 --workers 2 [--batch 100]`
 * Reaches Neo4j through readConfig (the bench passes NEO4J_EMBEDDED_PORT / NEO4J_DATA_DIR).
 * Prints one JSON line: articles, wall time, extraction and load busy times, counters.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { GraphDocument } from "../common/graph-document.ts";
import { readConfig } from "../common/config.ts";
import { createDataAccess } from "../db/index.ts";

interface Flags {
  dir: string;
  workers: number;
  batch: number;
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = value("--dir");
  if (!dir) throw new Error("--dir is required");
  return {
    dir: resolve(dir),
    workers: Math.max(1, Number(value("--workers") ?? "1")),
    batch: Math.max(1, Number(value("--batch") ?? "100")),
  };
}

/** A worker running ingest-worker.ts: tsx's loader is registered in the thread first (workers do not inherit it). */
function startWorker(): Worker {
  const entry = new URL("./ingest-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

interface Extracted {
  batch: number;
  doc: GraphDocument;
  extractMs: number;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const files = readdirSync(flags.dir)
    .filter((f) => /\.(md|txt|html)$/.test(f))
    .sort()
    .map((f) => join(flags.dir, f));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += flags.batch) batches.push(files.slice(i, i + flags.batch));

  const data = createDataAccess(readConfig().neo4j);
  await data.ensureSchema();
  const started = performance.now();

  const workers = Array.from({ length: Math.min(flags.workers, batches.length) }, () => startWorker());
  // Documents arrive out of order; the loader takes them in batch order so runs are repeatable.
  const ready = new Map<number, Extracted>();
  let wake: (() => void) | null = null;
  let nextToSend = 0;
  let extractMs = 0;
  const inFlightLimit = 2 * workers.length;
  let inFlight = 0;
  const send = (worker: Worker): void => {
    if (nextToSend >= batches.length || inFlight >= inFlightLimit) return;
    inFlight++;
    worker.postMessage({ batch: nextToSend, files: batches[nextToSend] });
    nextToSend++;
  };
  for (const worker of workers) {
    worker.on("message", (message: Extracted) => {
      ready.set(message.batch, message);
      extractMs += message.extractMs;
      wake?.();
    });
    worker.on("error", (error) => {
      process.stderr.write(`worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
  }
  // Two batches per worker: one being extracted, one queued behind it.
  for (let round = 0; round < 2; round++) for (const worker of workers) send(worker);

  let loadMs = 0;
  let relationships = 0;
  let articles = 0;
  let failed = 0;
  for (let batch = 0; batch < batches.length; batch++) {
    while (!ready.has(batch)) await new Promise<void>((r) => (wake = r));
    const { doc } = ready.get(batch)!;
    ready.delete(batch);
    inFlight--;
    for (const worker of workers) send(worker);
    const loadStart = performance.now();
    const summary = await data.loadGraph(doc);
    loadMs += performance.now() - loadStart;
    relationships += summary.counters.relationshipsCreated;
    articles += summary.articles.ingested + summary.articles.unchanged;
    failed += summary.articles.failed + doc.failures.length;
    if (batch % 10 === 9) process.stderr.write(`  ${articles} articles loaded\n`);
  }
  const wallMs = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  await data.close();
  process.stdout.write(
    `${JSON.stringify({ articles, failed, wallMs, extractBusyMs: extractMs, loadBusyMs: loadMs, relationships, workers: workers.length, batch: flags.batch })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ingest-run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
