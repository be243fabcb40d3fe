/**
 * Faults: Neo4j killed in the middle of an ingest. Runs its own embedded Neo4j (the test port + 24, temp
 * data dir), never the shared test server. (The server across a Neo4j restart is
 * test/api-recovery.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import {
  articleCounts,
  errorLines,
  range,
  runIngest,
  spawnIngest,
  startDedicatedNeo4j,
  tempDir,
  writeGeneratedArticles,
  type DedicatedNeo4j,
  dedicatedPort,
} from "./support/reliability.ts";
import { waitFor } from "./support/wait.ts";

const PORT = dedicatedPort(24); // 7721 with the default test port
const ARTICLES = 16;

let db: DedicatedNeo4j;
let corpus: ReturnType<typeof tempDir>;

beforeAll(async () => {
  corpus = tempDir("outage-corpus");
  writeGeneratedArticles(corpus.dir, range(0, ARTICLES));
  db = await startDedicatedNeo4j(PORT);
}, 180_000);

afterAll(async () => {
  await db?.dispose();
  corpus?.remove();
}, 120_000);

describe("Neo4j killed in the middle of an ingest", () => {
  it("says so, retries with backoff, and a re-run leaves exactly the graph of a clean run", async () => {
    const clean = await runIngest([corpus.dir], db.cliEnv());
    expect(clean.code).toBe(0);
    expect(articleCounts(clean.stdout)).toEqual({ ingested: ARTICLES, unchanged: 0, failed: 0 });
    const expected = await db.snapshot();
    await db.wipe();

    // Groups of four articles per transaction, so the kill falls between groups already written.
    const cli = spawnIngest([corpus.dir, "--group-size", "4"], db.cliEnv());
    onTestFinished(() => void cli.child.kill("SIGKILL"));
    let storedAtKill = 0;
    await waitFor(
      "the first articles to be written",
      async () => (storedAtKill = (await db.data.stats()).articles) >= 2,
      { timeoutMs: 120_000, intervalMs: 100 },
    );
    await db.kill();
    expect(storedAtKill).toBeLessThan(ARTICLES);

    await waitFor(
      "the CLI to report the outage",
      () => /database is unavailable; retrying in/.test(cli.stderr()),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    await db.start();
    const interrupted = await cli.done;

    // Either a retry got through after the restart, or the CLI gave up naming each article left.
    expect(interrupted.stderr).not.toMatch(/^\s+at /m);
    const counts = articleCounts(interrupted.stdout);
    // "unchanged": committed just before the kill but not confirmed, so retried and found in place.
    expect(counts.ingested + counts.unchanged + counts.failed).toBe(ARTICLES);
    expect(interrupted.code).toBe(counts.failed > 0 ? 1 : 0);
    for (const line of errorLines(interrupted.stderr))
      expect(line).toMatch(/^error: \S+art-\d+\.txt: not written: The database is unavailable/);

    const rerun = await runIngest([corpus.dir], db.cliEnv());
    expect(rerun.code).toBe(0);
    expect(articleCounts(rerun.stdout)).toEqual({
      ingested: counts.failed,
      unchanged: ARTICLES - counts.failed,
      failed: 0,
    });

    // The same nodes and relationships as the clean run: no partial article, nothing twice.
    const after = await db.snapshot();
    expect(after.nodes.length).toBe(expected.nodes.length);
    expect(after.relationships.length).toBe(expected.relationships.length);
    expect(after).toEqual(expected);
    expect(new Set(after.relationships).size).toBe(after.relationships.length);
  }, 300_000);
});
