/** `npm run extract -- <files or folders>`: prints the graph document as JSON, without a database. */
import { Command, InvalidArgumentError } from "commander";
import { createAnalyser, defaultWorkerCount, extractFiles, loadKnowledge, workersFor } from "../index.ts";
import { collectArticleFiles } from "../read/collect-files.ts";

const DEFAULT_MAX_BYTES = 5_000_000;

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

const program = new Command()
  .name("extract")
  .description(
    "Extract people, institutions, countries, meetings and proposals from articles; print the graph document as JSON",
  )
  .argument("<paths...>", "article files (.txt, .md, .html) or folders")
  .option("-k, --knowledge <file...>", "extra knowledge files (YAML) extending the shipped one")
  .option("--compact", "print JSON on one line")
  .option("--workers <n>", "extraction threads (default: one per core; 1 = this thread only)", parseWorkers)
  .action(async (paths: string[], opts: { knowledge?: string[]; compact?: boolean; workers?: number }) => {
    const knowledge = loadKnowledge(opts.knowledge ?? []);
    const { files } = await collectArticleFiles(paths);
    const workers = workersFor(opts.workers ?? defaultWorkerCount(), files.length);
    const analyser = createAnalyser(workers, knowledge, DEFAULT_MAX_BYTES);
    const doc = await extractFiles(paths, { knowledge, analyser }).finally(() => analyser.close());
    for (const f of doc.failures) process.stderr.write(`error: ${f.file}: ${f.reason}\n`);
    process.stdout.write(JSON.stringify(doc, null, opts.compact ? undefined : 2) + "\n");
    if (doc.failures.length) process.exitCode = 1;
  });

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
