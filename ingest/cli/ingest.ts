/**
 * `npm run ingest -- <files or folders>`: extracts articles and writes them to Neo4j in
 * chunks (memory stays flat), each article atomically. Unreadable files get one `error:` line each and the rest go on;
 * the exit status is 1 if any article failed, 2 if nothing could be done at all.
 */
import { Command, InvalidArgumentError } from "commander";
import { readConfig } from "../../common/config.ts";
import { defaultWorkerCount, loadKnowledge } from "../index.ts";
import { INGEST_CHUNK_FILES, ingestPaths, type Shard } from "./ingest-paths.ts";
import { openDatabase } from "./open-database.ts";
import { createProgress } from "./progress.ts";
import { formatFailures, formatSummary } from "./report.ts";
import { DEFAULT_RETRY } from "./retry.ts";

interface IngestFlags {
  knowledge?: string[];
  force?: boolean;
  groupSize?: number;
  workers?: number;
  shard?: Shard;
  chunkFiles?: number;
  verbose?: boolean;
}

/** "i/N" with 1 ≤ i ≤ N. */
function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new InvalidArgumentError("expected i/N with 1 <= i <= N, e.g. 1/2");
  return { index, count };
}

/** A positive whole number, or commander reports the bad value. */
function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

async function run(paths: string[], flags: IngestFlags): Promise<void> {
  const config = readConfig();
  // Read the knowledge first: a typo in a knowledge file should fail before Neo4j starts.
  const knowledge = loadKnowledge(flags.knowledge ?? []);
  const data = await openDatabase(config, say);
  try {
    const report = await ingestPaths(data, paths, {
      knowledge,
      maxArticleBytes: config.maxArticleBytes,
      force: flags.force,
      groupSize: flags.groupSize,
      workers: flags.workers ?? defaultWorkerCount(),
      shard: flags.shard,
      chunkFiles: flags.chunkFiles,
      progress: createProgress(process.stderr),
      retry: {
        ...DEFAULT_RETRY,
        onRetry: (attempt, delayMs, reason) =>
          say(`${reason}; retrying in ${delayMs / 1000} s (attempt ${attempt + 1})`),
      },
    });
    for (const line of formatFailures(report)) process.stderr.write(`${line}\n`);
    if (flags.verbose) for (const w of report.warnings) say(`warning: ${w}`);
    for (const line of formatSummary(report)) process.stdout.write(`${line}\n`);
    if (report.articles.failed > 0) process.exitCode = 1;
  } finally {
    await data.close();
  }
}

const program = new Command()
  .name("ingest")
  .description("Extract people, meetings and proposals from articles and write them to Neo4j")
  .argument("<paths...>", "article files (.txt, .md, .html) or folders")
  .option("-k, --knowledge <file...>", "extra knowledge files (YAML) extending the shipped one")
  .option("--force", "rewrite articles even when their content is unchanged")
  .option(
    "--group-size <n>",
    "articles written per transaction (default 50; 1 = one transaction per article)",
    parsePositiveInteger,
  )
  .option(
    "--workers <n>",
    `extraction threads (default: one per core, ${defaultWorkerCount()} here; 1 = this thread only)`,
    parsePositiveInteger,
  )
  .option(
    "--shard <i/N>",
    "ingest only shard i of N: N processes (on one or several machines) with the same files and Neo4j share the work",
    parseShard,
  )
  .option(
    "--chunk-files <n>",
    `files extracted and resolved together (default ${INGEST_CHUNK_FILES}); shards split along chunks`,
    parsePositiveInteger,
  )
  .option("-v, --verbose", "list facts skipped because they point at unknown entities")
  .action(run);

program.parseAsync().catch((error: unknown) => {
  // Expected failures (configuration, database down) are one message; no stack for the user.
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
