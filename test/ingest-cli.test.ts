/**
 * `npm run ingest` end to end: the real CLI, spawned against the tests' Neo4j, on the five
 * reference articles (read in place from ../shared) and on samples/; then real questions asked
 * through the data module.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jTarget } from "../common/config.ts";
import type { EntityKind } from "../common/graph-document.ts";
import { type DataAccess, type EntityRecord } from "../db/index.ts";
import { articleIdOf } from "../ingest/clean/clean-body.ts";
import { openTestData, testNeo4jTarget } from "./support/neo4j.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = resolve(ROOT, "../shared/corpus/articles");
const SAMPLES = join(ROOT, "samples");

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function cliEnv(target: Neo4jTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user };
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  delete env.MAX_ARTICLE_BYTES;
  if (target.password) env.NEO4J_PASSWORD = target.password;
  if (target.database) env.NEO4J_DATABASE = target.database;
  return env;
}

/** Runs `npx tsx ingest/cli/ingest.ts <args>` to completion, never on a terminal. */
function runIngest(args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      "npx",
      ["tsx", "ingest/cli/ingest.ts", ...args],
      { cwd: ROOT, env: cliEnv(testNeo4jTarget()), timeout: 180_000 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** "Articles: 3 ingested, 2 unchanged, 0 failed" → its numbers. */
function articleCounts(stdout: string): { ingested: number; unchanged: number; failed: number } {
  const match = /Articles: (\d+) ingested, (\d+) unchanged, (\d+) failed/.exec(stdout);
  if (!match) throw new Error(`no summary in:\n${stdout}`);
  return { ingested: Number(match[1]), unchanged: Number(match[2]), failed: Number(match[3]) };
}

let data: DataAccess;
const loadedArticleIds: string[] = [];

beforeAll(async () => {
  data = await openTestData();
});

afterAll(async () => {
  for (const id of loadedArticleIds) await data.deleteArticle(id);
  await data?.close();
});

async function findByName(kind: EntityKind, name: string): Promise<EntityRecord> {
  const hits = await data.listEntities(kind, { search: name, limit: 20 });
  const found = hits.find((e) => e.name === name);
  if (!found) throw new Error(`no ${kind} named ${name}; found ${hits.map((h) => h.name).join(", ")}`);
  return found;
}

/** Asserts every sentence is exactly where it says in its article's stored body. */
async function expectEvidenceInBodies(
  evidence: { articleId: string; quote: string; start: number; end: number }[],
) {
  expect(evidence.length).toBeGreaterThan(0);
  const articles = await data.findArticlesByIds([...new Set(evidence.map((e) => e.articleId))]);
  for (const e of evidence) {
    const body = articles.get(e.articleId)?.body ?? "";
    expect(body).toContain(e.quote);
    expect(body.slice(e.start, e.end)).toBe(e.quote);
  }
}

/** The reference articles sit beside CI's clone, not beside a user's. */
const HAS_CORPUS = existsSync(CORPUS);

describe.skipIf(!HAS_CORPUS)("ingest CLI on the reference articles (skipped: ../shared is absent)", () => {
  const files = HAS_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith(".txt")) : [];
  let first: CliRun;

  beforeAll(async () => {
    // Ids are keyed by file name (the manifest gives no URLs), so cleanup can find them.
    loadedArticleIds.push(...files.map((f) => articleIdOf(basename(f))));
    first = await runIngest([CORPUS]);
  }, 180_000);

  it("writes all five without an error", () => {
    expect(first.stderr).not.toMatch(/^error:/m);
    expect(first.code).toBe(0);
    const counts = articleCounts(first.stdout);
    // Another test may have stored them already; then they are unchanged, not new.
    expect(counts.ingested + counts.unchanged).toBe(5);
    expect(counts.failed).toBe(0);
  });

  it("finds them unchanged on a second run, with identical node and relationship counts", async () => {
    const graph = await data.countGraph();
    const second = await runIngest([CORPUS]);
    expect(second.code).toBe(0);
    expect(articleCounts(second.stdout)).toEqual({ ingested: 0, unchanged: 5, failed: 0 });
    expect(second.stdout).toContain("Written: 0 nodes, 0 relationships");
    expect(await data.countGraph()).toEqual(graph);
  });

  it("knows that Steve Witkoff and Vladimir Putin attended a held meeting, with its sentence", async () => {
    const witkoff = await findByName("Person", "Steve Witkoff");
    const encounters = await data.findEncounters(witkoff.id);
    const withPutin = encounters.find((e) => e.person.name === "Vladimir Putin");
    expect(withPutin?.meetings.length).toBeGreaterThan(0);
    for (const meeting of withPutin?.meetings ?? []) expect(meeting.status).toBe("held");

    const evidence = await data.findEvidenceOf("Meeting", withPutin?.meetings.map((m) => m.id) ?? []);
    const sentences = [...evidence.values()].flat();
    await expectEvidenceInBodies(sentences);
    expect(sentences.some((e) => /Witkoff|Putin/.test(e.quote))).toBe(true);
  });

  it("keeps the manifest's metadata on the stored articles", async () => {
    const id = articleIdOf("000_8676a643327b3966.txt");
    const article = (await data.findArticlesByIds([id])).get(id);
    expect(article).toMatchObject({
      file: "000_8676a643327b3966.txt",
      published: "2025-04-11",
      outlet: "Dances with Bears",
      author: "John Helmer",
    });
  });
});

describe("ingest CLI on samples/", () => {
  let run: CliRun;

  beforeAll(async () => {
    run = await runIngest([SAMPLES]);
    // Every sample names its outlet "Sample ...", which the article search matches.
    loadedArticleIds.push(...(await data.listArticles({ search: "sample", limit: 50 })).map((a) => a.id));
  }, 180_000);

  it("writes every sample article without an error", () => {
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.code).toBe(0);
    const counts = articleCounts(run.stdout);
    expect(counts.ingested + counts.unchanged).toBe(
      readdirSync(SAMPLES).filter((f) => f !== "manifest.json").length,
    );
  });

  it("finds Putin meeting Witkoff and Kushner in the Kremlin on 2 December 2025", async () => {
    const kushner = await findByName("Person", "Jared Kushner");
    const met = await data.findEncounters(kushner.id);
    expect(met.map((e) => e.person.name)).toEqual(
      expect.arrayContaining(["Vladimir Putin", "Steve Witkoff"]),
    );
    const withPutin = met.find((e) => e.person.name === "Vladimir Putin");
    expect(withPutin?.meetings.map((m) => m.date)).toContain("2025-12-02");
  });

  // No lineage cue reads "an updated version of" (no dev article revises a plan, so no rule may):
  // the updated framework is a node of its own, not yet traced back to the plan it revises.
  it("keeps the updated framework apart from the 28-point plan", async () => {
    const plan = await findByName("Proposal", "28-point plan");
    const framework = await findByName("Proposal", "updated and refined peace framework");
    expect(framework.id).not.toBe(plan.id);
  });
});
