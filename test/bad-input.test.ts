/**
 * `npm run ingest` on a folder mixing good articles with files it cannot read: the good ones
 * are written, each bad one gets exactly one `error:` line, the exit status is 1, and running
 * it again changes nothing. Spawns the real CLI against the tests' Neo4j.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jTarget } from "../common/config.ts";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import { articleIdOf } from "../ingest/clean/clean-body.ts";
import { buildStory, uniquePrefix } from "./support/build-document.ts";
import { testNeo4jTarget } from "./support/neo4j.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MAX_ARTICLE_BYTES = 3_000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment that points the CLI at the tests' Neo4j instead of an embedded one. */
function cliEnv(target: Neo4jTarget, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, ...extra };
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  if (target.password) env.NEO4J_PASSWORD = target.password;
  if (target.database) env.NEO4J_DATABASE = target.database;
  return env;
}

/** Runs `npx tsx ingest/cli/ingest.ts <args>` to completion, never on a terminal. */
function runIngest(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "ingest/cli/ingest.ts", ...args],
      { cwd: ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const errorLines = (stderr: string): string[] => stderr.split("\n").filter((l) => l.startsWith("error:"));

/** Deterministic noise standing in for an image saved as .txt. */
function noise(length: number): Buffer {
  let state = 11;
  return Buffer.from(
    Array.from({ length }, () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff),
  );
}

let data: DataAccess;
let env: NodeJS.ProcessEnv;
const folders: string[] = [];
const loadedArticleIds: string[] = [];

beforeAll(async () => {
  const target = testNeo4jTarget();
  env = cliEnv(target, { MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES), LOG_LEVEL: "silent" });
  data = createDataAccess(target);
  await data.ensureSchema();
});

afterAll(async () => {
  for (const id of loadedArticleIds) await data.deleteArticle(id);
  await data?.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A folder of two good articles and four bad files, all named with a unique prefix. */
function buildMixedFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), "bad-input-"));
  folders.push(dir);
  const goodTxt = `${prefix}-good.txt`;
  const goodMd = `${prefix}-good.md`;
  const goodMdUrl = `https://samples.example/${prefix}/riyadh`;
  const txtBody =
    "Steve Witkoff met Vladimir Putin in St Petersburg on 11 April 2025. " +
    "Kremlin aide Yuri Ushakov also took part in the talks, which lasted more than four hours.";
  writeFileSync(join(dir, goodTxt), `${txtBody}\n`);
  writeFileSync(
    join(dir, goodMd),
    `---\ntitle: Riyadh talks\npublished: 2025-02-18\nurl: ${goodMdUrl}\n---\n\n` +
      "Marco Rubio met Sergei Lavrov in Riyadh on 18 February 2025. The two sides agreed to restore embassy staffing.\n",
  );
  const bad = {
    empty: join(dir, `${prefix}-empty.txt`),
    binary: join(dir, `${prefix}-binary.txt`),
    oversize: join(dir, `${prefix}-oversize.txt`),
    broken: join(dir, `${prefix}-broken.md`),
  };
  writeFileSync(bad.empty, "");
  writeFileSync(bad.binary, noise(2_000));
  writeFileSync(bad.oversize, `${txtBody}\n\n`.repeat(40));
  writeFileSync(bad.broken, `---\ntitle: "never closed\npublished: [2025\n---\n\n${txtBody}\n`);
  return { dir, bad, txtBody, goodIds: [articleIdOf(goodTxt), articleIdOf(goodMdUrl)] };
}

describe("ingest on bad input", () => {
  it("writes the good articles, gives each bad file one error line, exits 1, and is idempotent", async () => {
    const story = buildStory(uniquePrefix("bad-input-story"));
    await data.loadGraph(story.document);
    loadedArticleIds.push(...story.document.articles.map((a) => a.id));

    const { dir, bad, txtBody, goodIds } = buildMixedFolder(uniquePrefix("bad"));
    loadedArticleIds.push(...goodIds);

    const first = await runIngest([dir], env);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("Articles: 2 ingested, 0 unchanged, 4 failed");
    expect(first.stderr).not.toMatch(/^\s+at /m);
    expect(first.stderr).not.toMatch(/\w*Error:/);

    const lines = errorLines(first.stderr);
    expect(lines).toHaveLength(4);
    const lineFor = (file: string) => lines.filter((l) => l.startsWith(`error: ${file}: `));
    expect(lineFor(bad.empty)).toEqual([`error: ${bad.empty}: file is empty`]);
    expect(lineFor(bad.binary)).toEqual([`error: ${bad.binary}: looks like binary data, not text`]);
    expect(lineFor(bad.oversize)).toHaveLength(1);
    expect(lineFor(bad.oversize)[0]).toMatch(/over the limit of 3000$/);
    expect(lineFor(bad.broken)).toHaveLength(1);
    expect(lineFor(bad.broken)[0]).toMatch(/: invalid YAML front matter: \S/);

    const stored = await data.findArticlesByIds(goodIds);
    expect([...stored.keys()].sort()).toEqual([...goodIds].sort());
    expect(stored.get(goodIds[0]!)?.body).toContain(txtBody);
    const counts = await data.countGraph();

    const second = await runIngest([dir], env);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain("Articles: 0 ingested, 2 unchanged, 4 failed");
    expect(second.stdout).toContain("Written: 0 nodes, 0 relationships");
    expect(errorLines(second.stderr)).toHaveLength(4);
    expect(await data.countGraph()).toEqual(counts);

    // What was there before the ingest is still there, untouched.
    const before = await data.findArticlesByIds(story.document.articles.map((a) => a.id));
    expect(before.size).toBe(2);
    expect(await data.findEntity(story.meetings.talks.id)).toMatchObject({ kind: "Meeting", status: "held" });
    const encounters = await data.findEncounters(story.people.alpha.id);
    expect(encounters.map((e) => e.person.id)).toEqual([story.people.beta.id]);
  });

  it("fails with one error line and exit 2 when the configuration is invalid", async () => {
    const run = await runIngest(["samples"], { ...env, MAX_ARTICLE_BYTES: "lots" });
    expect(run.code).toBe(2);
    expect(errorLines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain("MAX_ARTICLE_BYTES");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
