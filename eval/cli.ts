/**
 * `npm run score -- <articles folder>`: extracts the folder's articles and scores them against
 * their gold (by default the `gold/` folder beside `articles/`). `--extracted FILE` scores a
 * graph document printed earlier by `npm run extract` instead.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { Command } from "commander";
import { emptyKnowledge, extractFiles, loadKnowledge } from "../ingest/index.ts";
import { readGoldFolder } from "./gold.ts";
import { formatReport, scoreDocument, type ScoredDocument } from "./score.ts";

interface Options {
  gold?: string;
  extracted?: string;
  knowledge: boolean;
  json?: boolean;
  verbose?: boolean;
}

/** test/corpus/dev/articles → test/corpus/dev/gold */
function goldBeside(articles: string): string {
  const folder = resolve(articles);
  return basename(folder) === "articles" ? join(dirname(folder), "gold") : join(folder, "gold");
}

const program = new Command()
  .name("score")
  .description("Score extraction against hand gold: precision, recall and F1 per category")
  .argument("[articles]", "folder of articles to extract (not needed with --extracted)")
  .option("-g, --gold <folder>", "folder of *.gold.json files (default: gold/ beside articles/)")
  .option("-e, --extracted <file>", "a graph document (JSON) printed by `npm run extract`")
  .option("--no-knowledge", "extract with an empty knowledge file")
  .option("--json", "print the report as JSON")
  .option("-v, --verbose", "list every miss and false positive")
  .action(async (articles: string | undefined, options: Options) => {
    if (!articles && !options.extracted) throw new Error("give a folder of articles or --extracted FILE");
    const goldFolder = options.gold ?? (articles ? goldBeside(articles) : undefined);
    if (!goldFolder) throw new Error("--gold is needed with --extracted");
    const golds = readGoldFolder(goldFolder);
    const document = options.extracted
      ? (JSON.parse(readFileSync(options.extracted, "utf8")) as ScoredDocument)
      : await extractFiles([articles!], {
          knowledge: options.knowledge ? loadKnowledge() : emptyKnowledge(),
        });
    const { report, details } = scoreDocument(golds, document);
    if (options.json) {
      process.stdout.write(
        JSON.stringify(options.verbose ? { report, details } : { report }, null, 2) + "\n",
      );
      return;
    }
    process.stdout.write(formatReport(report) + "\n");
    if (!options.verbose) return;
    for (const [category, { misses, falsePositives }] of Object.entries(details)) {
      if (misses.length) process.stdout.write(`\n${category} missed: ${misses.join("; ")}\n`);
      if (falsePositives.length)
        process.stdout.write(`${category} false positives: ${falsePositives.join("; ")}\n`);
    }
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
