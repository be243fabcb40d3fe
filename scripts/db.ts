/**
 * `npm run db:start|db:stop|db:status`: manage the embedded Neo4j by hand.
 * One line of output each; exit code 1 on failure, and for status when it is not running.
 */
import { Command } from "commander";
import { readConfig } from "../common/config.ts";
import {
  embeddedNeo4jStatus,
  ensureEmbeddedNeo4j,
  stopEmbeddedNeo4j,
  type EmbeddedStatus,
} from "../db/embedded.ts";

/** One human line for a status. */
function describe(status: EmbeddedStatus): string {
  switch (status.state) {
    case "external":
      return `NEO4J_URI is set; using ${status.uri} (nothing embedded to manage)`;
    case "running":
      return `Neo4j 5.26 embedded ${status.startedNow ? "started" : "running"} on ${status.uri} (pid ${status.pid}, data ${status.dataDir})`;
    case "stopped":
      return `Neo4j embedded is not running (would use ${status.uri}, data ${status.dataDir})`;
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${JSON.stringify(unreachable)}`);
    }
  }
}

async function runCommand(
  action: () => Promise<EmbeddedStatus>,
  okWhen: (s: EmbeddedStatus) => boolean,
  line: (s: EmbeddedStatus) => string = describe,
): Promise<void> {
  try {
    const status = await action();
    console.log(line(status));
    process.exitCode = okWhen(status) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

const program = new Command("db").description("Manage the embedded Neo4j (ignored when NEO4J_URI is set)");

program
  .command("start")
  .description("start the embedded Neo4j, or reuse the one already running")
  .action(() =>
    runCommand(
      () => ensureEmbeddedNeo4j(readConfig()),
      (s) => s.state !== "stopped",
    ),
  );

program
  .command("stop")
  .description("stop the embedded Neo4j and wait until its JVM has exited")
  .action(() =>
    runCommand(
      () => stopEmbeddedNeo4j(readConfig()),
      () => true,
      (s) => (s.state === "stopped" ? `Neo4j embedded stopped (data ${s.dataDir})` : describe(s)),
    ),
  );

program
  .command("status")
  .description("report whether the embedded Neo4j is running (exit 1 when not)")
  .action(() =>
    runCommand(
      () => embeddedNeo4jStatus(readConfig()),
      (s) => s.state !== "stopped",
    ),
  );

await program.parseAsync();
