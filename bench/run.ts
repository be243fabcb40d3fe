/**
 * `npm run bench [-- --quick] [--workers 1,2] [--skip cli,load,client] [--keep-db]`
 *
 * Generates a synthetic corpus, starts a dedicated embedded Neo4j (port 7699, data under
 * bench/tmp), and measures extraction, loading, end-to-end and parallel ingest, GraphQL latency
 * and load, and client drawing, each against a baseline taken in the same run. Prints a table,
 * writes bench/results/<timestamp>.json, and ends stdout with one JSON summary line.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { createDataAccess } from "../db/index.ts";
import { extractFiles, loadKnowledge } from "../ingest/index.ts";
import { generateCorpus } from "./corpus/generate.ts";
import { benchEnv, startBenchNeo4j, type BenchNeo4j } from "./lib/bench-neo4j.ts";
import { lastJsonLine, runTsChild } from "./lib/child.ts";
import { FULL, QUICK, parseOptions } from "./lib/options.ts";
import { formatTable, summarise, type BenchResults } from "./report.ts";
import { measureClient } from "./measure/client.ts";
import { measureExtraction } from "./measure/extraction.ts";
import { buildRequests } from "./measure/graphql-queries.ts";
import { measureFloor, measureGraphql, startServer } from "./measure/graphql.ts";
import { runCli, runExtractCli, runPipeline } from "./measure/ingest.ts";
import { measureLoading } from "./measure/loading.ts";

const BENCH = import.meta.dirname;
const TMP = join(BENCH, "tmp");
const say = (line: string): void => void process.stderr.write(`${line}\n`);

function articleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt|html)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const sizes = options.quick ? QUICK : FULL;
  mkdirSync(TMP, { recursive: true });
  const started = new Date();
  const results: BenchResults = {
    startedAt: started.toISOString(),
    mode: options.quick ? "quick" : "full",
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg(),
    },
    sizes,
    corpus: [],
    ingest: [],
    skipped: [],
  };

  say(`bench (${results.mode}): generating corpora ${sizes.scalePoints.join(", ")}...`);
  const corpora = sizes.scalePoints.map((n) => generateCorpus(n, join(TMP, `corpus-${n}`)));
  results.corpus = corpora.map((c) => ({ articles: c.count, megabytes: c.bytes / 1e6 }));
  const small = corpora[0]!;
  const smallFiles = articleFiles(small.dir);

  // 1. Extraction vs read + segment, one core, no database.
  const extractFilesSample = articleFiles(corpora[corpora.length - 1]!.dir).slice(0, sizes.extractArticles);
  const extractBytes = extractFilesSample.reduce((sum, f) => sum + statSync(f).size, 0);
  say(`extraction: ${extractFilesSample.length} articles, ${sizes.extractRounds} rounds...`);
  results.extraction = await measureExtraction(extractFilesSample, extractBytes, sizes.extractRounds);

  // 2. Everything else needs the bench Neo4j.
  say("starting the bench Neo4j (port 7699, data in bench/tmp/neo4j)...");
  const neo: BenchNeo4j = await startBenchNeo4j(join(TMP, "neo4j"));
  const env = benchEnv(join(TMP, "neo4j"));
  const data = createDataAccess(neo.config.neo4j);
  try {
    await data.ensureSchema();

    if (!options.skip.has("load")) {
      say(`loading: loadGraph vs raw UNWIND CREATE on ${sizes.loadArticles} articles...`);
      const doc = await extractFiles(smallFiles.slice(0, sizes.loadArticles), { knowledge: loadKnowledge() });
      results.loading = await measureLoading(data, neo.driver, neo.wipe, doc);
    } else results.skipped.push("load");

    // 3. Parallel ingest at the small scale point, then end to end at each scale point.
    const timeoutMs = 3 * 60 * 60 * 1000;
    const defaultWorkers = Math.max(...options.workers.filter((w) => w <= 2), 1);
    for (const workers of options.workers) {
      await neo.wipe();
      say(`ingest pipeline: ${small.count} articles, ${workers} worker(s)...`);
      results.ingest.push(await runPipeline(small.dir, small.count, workers, env, TMP, timeoutMs));
    }
    if (!options.skip.has("cli")) {
      // The CLI as a user runs it, with one extraction thread and with one per core (its default).
      for (const workers of [...new Set([1, availableParallelism()])]) {
        await neo.wipe();
        say(`ingest CLI (npm run ingest -- --workers ${workers}): ${small.count} articles...`);
        results.ingest.push(await runCli(small.dir, small.count, workers, env, TMP, timeoutMs));
      }
    } else results.skipped.push("cli");
    // Extraction alone with one thread and with one per core, no database in the way.
    for (const workers of [...new Set([1, availableParallelism()])]) {
      say(`npm run extract -- --workers ${workers}: ${small.count} articles...`);
      results.ingest.push(await runExtractCli(small.dir, small.count, workers, TMP, timeoutMs));
    }
    for (const corpus of corpora.slice(1)) {
      await neo.wipe();
      say(`ingest pipeline: ${corpus.count} articles, ${defaultWorkers} worker(s)...`);
      results.ingest.push(await runPipeline(corpus.dir, corpus.count, defaultWorkers, env, TMP, timeoutMs));
    }
    if (corpora.length === 1) {
      await neo.wipe();
      results.ingest.push(await runPipeline(small.dir, small.count, defaultWorkers, env, TMP, timeoutMs));
    }

    // 4. GraphQL on the largest graph (the last ingest left it in place).
    say("GraphQL: latency per operation vs the same Cypher through the driver...");
    const server = await startServer(neo.config, data);
    try {
      const requests = await buildRequests(neo.driver, sizes.requestsPerOp);
      const operations = await measureGraphql(server.url, neo.driver, requests, sizes.gqlRounds);
      const floor = await measureFloor(server.url, 100);
      results.graphql = { graphArticles: corpora[corpora.length - 1]!.count, operations, floor };
      say(`GraphQL: autocannon, ${sizes.load.connections} connections, ${sizes.load.durationSec} s...`);
      const configFile = join(TMP, "load-config.json");
      writeFileSync(
        configFile,
        JSON.stringify({
          url: `${server.url}/graphql`,
          ...sizes.load,
          bodies: requests.map((r) => JSON.stringify({ query: r.query, variables: r.variables })),
        }),
      );
      const load = await runTsChild("bench/load-child.ts", [configFile], {
        tmpDir: TMP,
        timeoutMs: (sizes.load.durationSec + 60) * 1000,
      });
      results.graphqlLoad = lastJsonLine(load.stdout) ?? { error: load.stderr.slice(-500) };

      if (!options.skip.has("client")) {
        say("client: drawing in headless Chromium...");
        results.client = await measureClient(server.url, TMP, 10 * 60 * 1000);
        if (!results.client.available) say(`client: ${results.client.reason}`);
      } else results.skipped.push("client");
    } finally {
      await server.close();
    }
  } finally {
    await data.close();
    if (options.keepDb) say("leaving the bench Neo4j running on bolt://127.0.0.1:7699 (--keep-db)");
    else await neo.stop();
  }

  results.finishedAt = new Date().toISOString();
  results.summary = summarise(results);
  const resultsDir = join(BENCH, "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = join(
    resultsDir,
    `${started.toISOString().replace(/[:.]/g, "-")}${options.quick ? "-quick" : ""}.json`,
  );
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatTable(results)}\nresults: ${resolve(file)}\n`);
  process.stdout.write(`${JSON.stringify(results.summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
