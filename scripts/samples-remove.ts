/**
 * `npm run samples:remove`: deletes the sample articles `npm start` loaded (marked `sample: true`)
 * and every fact only they supported; facts another article also supports stay.
 */
import { readConfig } from "../common/config.ts";
import { openDatabase } from "../ingest/cli/open-database.ts";

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const data = await openDatabase(readConfig(), say);
  try {
    const removed = await data.removeSamples({ who: "samples:remove" });
    say(
      removed.length
        ? `Removed ${removed.length} sample article${removed.length === 1 ? "" : "s"} and what only they supported.`
        : "No sample article in the graph.",
    );
  } finally {
    await data.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
