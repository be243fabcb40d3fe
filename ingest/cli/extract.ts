/** `npm run extract -- <files or folders>`: prints the graph document as JSON, without a database. */
import { Command } from "commander";
import { extractFiles, loadKnowledge } from "../index.ts";

const program = new Command()
  .name("extract")
  .description(
    "Extract people, institutions, countries, meetings and proposals from articles; print the graph document as JSON",
  )
  .argument("<paths...>", "article files (.txt, .md, .html) or folders")
  .option("-k, --knowledge <file...>", "extra knowledge files (YAML) extending the shipped one")
  .option("--compact", "print JSON on one line")
  .action(async (paths: string[], opts: { knowledge?: string[]; compact?: boolean }) => {
    const doc = await extractFiles(paths, { knowledge: loadKnowledge(opts.knowledge ?? []) });
    for (const f of doc.failures) process.stderr.write(`error: ${f.file}: ${f.reason}\n`);
    process.stdout.write(JSON.stringify(doc, null, opts.compact ? undefined : 2) + "\n");
    if (doc.failures.length) process.exitCode = 1;
  });

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
