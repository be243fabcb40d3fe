/**
 * Two ingests of overlapping folders at once must give the nodes and relationships of one run
 * after the other; ingesting the same folder again must change nothing, answers included.
 * Runs its own embedded Neo4j (the test port + 25, temp data dir).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "../ingest/index.ts";
import { uniquePrefix } from "./support/build-document.ts";
import { serveApi } from "./support/api-server.ts";
import {
  articleCounts,
  range,
  runIngest,
  startDedicatedNeo4j,
  tempDir,
  writeGeneratedArticles,
  type DedicatedNeo4j,
  type GraphSnapshot,
  dedicatedPort,
} from "./support/reliability.ts";

const PORT = dedicatedPort(25); // 7722 with the default test port
// Files 5..9 are in both folders: the same articles, so the same ids, written by both ingests.
const FIRST = range(0, 10);
const SECOND = range(5, 15);

let db: DedicatedNeo4j;
let corpus: ReturnType<typeof tempDir>;
let first: string;
let second: string;
let oneAtATime: GraphSnapshot;

/** Questions a reader asks, answered by the real API over HTTP. */
const QUESTIONS = [
  `{ stats { articles people institutions countries meetings proposals } }`,
  `{ people(limit: 200, sort: NAME_ASC) { id name aliases roles } }`,
  `{ meetings(limit: 200, sort: NAME_ASC) { id date place status participants { id } } }`,
  `{ proposals(limit: 200, sort: NAME_ASC) { id name status } }`,
  `{ search(text: "Kessler") { id kind name } }`,
];

async function answers(): Promise<unknown[]> {
  const api = await serveApi({ ...db.config, env: "test", logLevel: "silent" }, db.data);
  try {
    const bodies = [];
    for (const query of QUESTIONS) {
      const { status, body } = await api.post(query);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      bodies.push(body.data);
    }
    return bodies;
  } finally {
    await api.close();
  }
}

beforeAll(async () => {
  corpus = tempDir("concurrent-corpus");
  first = writeGeneratedArticles(`${corpus.dir}/first`, FIRST);
  second = writeGeneratedArticles(`${corpus.dir}/second`, SECOND);
  db = await startDedicatedNeo4j(PORT);
  const a = await runIngest([first], db.cliEnv());
  const b = await runIngest([second], db.cliEnv());
  expect([a.code, b.code]).toEqual([0, 0]);
  oneAtATime = await db.snapshot();
}, 300_000);

afterAll(async () => {
  await db?.dispose();
  corpus?.remove();
}, 120_000);

describe("two ingests of overlapping folders at once", () => {
  it("give the nodes and relationships of one after the other, every article once", async () => {
    await db.wipe();
    const [a, b] = await Promise.all([runIngest([first], db.cliEnv()), runIngest([second], db.cliEnv())]);
    expect(a.stderr).not.toMatch(/^error:/m);
    expect(b.stderr).not.toMatch(/^error:/m);
    expect([a.code, b.code]).toEqual([0, 0]);
    for (const run of [a, b]) expect(articleCounts(run.stdout).failed).toBe(0);

    const together = await db.snapshot();
    expect(together.nodes.length).toBe(oneAtATime.nodes.length);
    expect(together.relationships.length).toBe(oneAtATime.relationships.length);
    expect(together.nodes).toEqual(oneAtATime.nodes);
    expect(together.relationships).toEqual(oneAtATime.relationships);
    expect((await db.data.stats()).articles).toBe(new Set([...FIRST, ...SECOND]).size);
  }, 240_000);
});

describe("ingesting the same folder again", () => {
  it("changes nothing: same nodes, relationships, properties and answers, with or without --force", async () => {
    await db.wipe();
    expect((await runIngest([first], db.cliEnv())).code).toBe(0);
    const graph = await db.snapshot();
    const counts = await db.data.countGraph();
    const before = await answers();

    const again = await runIngest([first], db.cliEnv());
    expect(again.code).toBe(0);
    expect(articleCounts(again.stdout)).toEqual({ ingested: 0, unchanged: FIRST.length, failed: 0 });
    expect(again.stdout).toContain("Written: 0 nodes, 0 relationships");
    expect(await db.data.countGraph()).toEqual(counts);
    expect(await db.snapshot()).toEqual(graph);

    // Rewriting every article replaces its facts with the same facts.
    const forced = await runIngest(["--force", first], db.cliEnv());
    expect(forced.code).toBe(0);
    expect(articleCounts(forced.stdout)).toEqual({ ingested: FIRST.length, unchanged: 0, failed: 0 });
    expect(await db.data.countGraph()).toEqual(counts);
    expect(await db.snapshot()).toEqual(graph);
    expect(await answers()).toEqual(before);
  }, 240_000);
});

describe("entity properties across ingests", () => {
  /**
   * Roles are unioned across articles, like aliases. (Confidence, a meeting's date, place and
   * status and a proposal's status are still the latest ingest's view: a status changes over
   * time, and the latest report is the one to show; with overlapping concurrent ingests which
   * one is "latest" depends on timing, never nodes or relationships.)
   */
  it("keep a role stated by a stored article when a later article names the person without it", async () => {
    const prefix = uniquePrefix("roles").replace(/[^a-z]/g, "");
    const surname = `Quillfeather${prefix.charAt(0).toUpperCase()}${prefix.slice(1, 6)}`;
    const titled = extractText(
      `Deputy Foreign Minister Elena ${surname} met Foreign Minister Anna Kessler in Geneva on 3 March 2025.`,
      { fileName: `${prefix}-titled.txt`, meta: { published: "2025-03-03" } },
    );
    const plain = extractText(`Anna Kessler said she will meet Elena ${surname} in Vienna next month.`, {
      fileName: `${prefix}-plain.txt`,
      meta: { published: "2025-03-04" },
    });
    const person = titled.people.find((p) => p.name.endsWith(surname));
    expect(person?.roles).toContain("Deputy Foreign Minister");
    await db.data.loadGraph(titled);
    await db.data.loadGraph(plain);
    const stored = await db.data.findEntity(person?.id ?? "");
    expect(stored).toMatchObject({ roles: expect.arrayContaining(["Deputy Foreign Minister"]) });
  }, 120_000);
});
