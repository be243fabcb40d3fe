/**
 * `npm run ingest -- --shard i/N`: two processes, each with its shard of one corpus, write the
 * same graph into one Neo4j as a single run: no duplicates, no lost facts. Runs against the
 * tests' Neo4j; its articles have names of their own and are deleted between and after runs.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jTarget } from "../common/config.ts";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import { emptyKnowledge, extractFiles } from "../ingest/index.ts";
import { uniquePrefix } from "./support/build-document.ts";
import { testNeo4jTarget } from "./support/neo4j.ts";
import {
  articleCounts,
  generatedArticle,
  range,
  runIngest,
  snapshotDriver,
  snapshotGraph,
  tempDir,
  type GraphSnapshot,
} from "./support/reliability.ts";

const ARTICLES = 16;
// Four chunks of four: each shard gets two, and people recur across all of them.
const CHUNK = ["--chunk-files", "4"];

let data: DataAccess;
let driver: Driver;
let corpus: ReturnType<typeof tempDir>;
let articleIds: string[] = [];

function cliEnv(target: Neo4jTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user };
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  if (target.password) env.NEO4J_PASSWORD = target.password;
  if (target.database) env.NEO4J_DATABASE = target.database;
  return env;
}

/**
 * The snapshot with sets as sets: aliases and roles are unions whose order is the order of the
 * writes, which concurrent shards do not fix (nor does anything read that order).
 */
function asSets(snapshot: GraphSnapshot): GraphSnapshot {
  const sortLists = (line: string): string => {
    const at = line.indexOf(" {");
    const props = JSON.parse(line.slice(at + 1)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(props)) {
      if (Array.isArray(value)) props[key] = [...(value as unknown[])].map(String).sort();
      else if ((key === "aliasText" || key === "searchText") && typeof value === "string")
        props[key] = value.split(" | ").sort().join(" | ");
    }
    return `${line.slice(0, at)} ${JSON.stringify(props)}`;
  };
  return { ...snapshot, properties: snapshot.properties.map(sortLists).sort() };
}

async function deleteOurArticles(): Promise<void> {
  for (const id of articleIds) await data.deleteArticle(id);
}

beforeAll(async () => {
  const target = testNeo4jTarget();
  data = createDataAccess(target);
  await data.ensureSchema();
  driver = snapshotDriver(target);
  corpus = tempDir("shards");
  const prefix = uniquePrefix("shard");
  for (const i of range(0, ARTICLES))
    writeFileSync(join(corpus.dir, `${prefix}-${String(i).padStart(3, "0")}.txt`), generatedArticle(i));
  // Ids come from file names: the same extraction tells which articles are ours, for cleanup.
  articleIds = (await extractFiles([corpus.dir], { knowledge: emptyKnowledge() })).articles.map((a) => a.id);
});

afterAll(async () => {
  await deleteOurArticles();
  await driver?.close();
  await data?.close();
  corpus?.remove();
});

describe("two shards of one corpus", () => {
  it("write the graph of a single run, each article once", async () => {
    const env = cliEnv(testNeo4jTarget());
    const single = await runIngest([corpus.dir, ...CHUNK], env);
    expect(single.stderr).not.toMatch(/^error:/m);
    expect(articleCounts(single.stdout)).toEqual({ ingested: ARTICLES, unchanged: 0, failed: 0 });
    expect((await data.findArticlesByIds(articleIds)).size).toBe(ARTICLES);
    const oneRun = asSets(await snapshotGraph(driver, testNeo4jTarget().database ?? undefined));

    await deleteOurArticles();
    const [first, second] = await Promise.all([
      runIngest([corpus.dir, ...CHUNK, "--shard", "1/2"], env),
      runIngest([corpus.dir, ...CHUNK, "--shard", "2/2"], env),
    ]);
    for (const run of [first, second]) {
      expect(run.stderr).not.toMatch(/^error:/m);
      expect(run.code).toBe(0);
    }
    // Each shard wrote its half; together every article once.
    expect(articleCounts(first.stdout)).toEqual({ ingested: ARTICLES / 2, unchanged: 0, failed: 0 });
    expect(articleCounts(second.stdout)).toEqual({ ingested: ARTICLES / 2, unchanged: 0, failed: 0 });
    const sharded = asSets(await snapshotGraph(driver, testNeo4jTarget().database ?? undefined));

    expect(sharded.nodes).toEqual(oneRun.nodes);
    expect(sharded.relationships).toEqual(oneRun.relationships);
    expect(sharded.properties).toEqual(oneRun.properties);
  }, 300_000);
});
