/**
 * `npm run ingest -- <files or folders>`: extracts articles and writes them to Neo4j in
 * chunks (memory stays flat), each article atomically. Unreadable files get one `error:` line each and the rest go on;
 * the exit status is 1 if any article failed, 2 if nothing could be done at all.
 */
import { Command, InvalidArgumentError } from "commander";
import { readConfig } from "../../common/config.ts";
import { defaultWorkerCount, loadKnowledge } from "../index.ts";
import { ingestPaths } from "./ingest-paths.ts";
import { openDatabase } from "./open-database.ts";
import { createProgress } from "./progress.ts";
import { formatFailures, formatSummary } from "./report.ts";
import { DEFAULT_RETRY } from "./retry.ts";

interface IngestFlags {
  knowledge?: string[];
  force?: boolean;
  groupSize?: number;
  workers?: number;
  verbose?: boolean;
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
  .option("-v, --verbose", "list facts skipped because they point at unknown entities")
  .action(run);

program.parseAsync().catch((error: unknown) => {
  // Expected failures (configuration, database down) are one message; no stack for the user.
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
