/**
 * Bad input beyond test/bad-input.test.ts: encodings, NULs, HTML pages, one very long line,
 * symlink loops, unreadable files and hostile names and text, through the ingest CLI and through
 * the ingestArticle mutation. Each is ingested (decoded where it can be) or refused with one line
 * naming it and why; the rest goes on, and what was stored before is untouched.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiToken } from "../common/config.ts";
import { type DataAccess } from "../db/index.ts";
import { articleIdOf } from "../ingest/clean/clean-body.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { buildStory, uniquePrefix } from "./support/build-document.ts";
import { openTestData, testNeo4jTarget } from "./support/neo4j.ts";
import { articleCounts, errorLines, ROOT, runIngest } from "./support/reliability.ts";

const MAX_ARTICLE_BYTES = 400_000;
const WRITE_TOKEN = "reliability-write-token-0123456789";
const SENTENCE =
  "Foreign Minister Anna Kessler met Deputy Foreign Minister Boris Morozov in Geneva on 3 March 2025.";
const NOBODY = { uid: 65534, gid: 65534 };
const RUNNING_AS_ROOT = process.getuid?.() === 0;
/** Whether nobody can run the CLI from this checkout (not when it lies under a private folder). */
const nobodyCanRunCli = (): boolean =>
  spawnSync(
    process.execPath,
    ["-e", `require("node:fs").accessSync(${JSON.stringify(join(ROOT, "node_modules/tsx/package.json"))})`],
    { ...NOBODY, stdio: "ignore" },
  ).status === 0;
/**
 * Running as root, permissions do not stop reads: the CLI then runs as nobody to meet a locked
 * file. If nobody cannot reach the checkout, the locked-file case cannot be staged and is left out.
 */
const AS_NOBODY = RUNNING_AS_ROOT && nobodyCanRunCli() ? NOBODY : null;
const CLI_DEADLINE_MS = 600_000;
const CAN_LOCK_FILES = !RUNNING_AS_ROOT || AS_NOBODY !== null;

let data: DataAccess;
let api: Served;
const folders: string[] = [];
const cleanup: string[] = [];
const story = buildStory(uniquePrefix("reliability-bad"));

/** The CLI environment: the tests' Neo4j, a small size limit, no terminal. */
function cliEnv(): NodeJS.ProcessEnv {
  const target = testNeo4jTarget();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES),
    LOG_LEVEL: "silent",
  };
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATABASE;
  if (target.password) env.NEO4J_PASSWORD = target.password;
  if (target.database) env.NEO4J_DATABASE = target.database;
  return env;
}

/** Stored article and its mentions: what "nothing already stored changes" compares. */
async function storedStory(): Promise<unknown> {
  const ids = story.document.articles.map((a) => a.id);
  const articles = await data.findArticlesByIds(ids);
  const mentions = await data.findMentions(ids);
  const encounters = await data.findEncounters(story.people.alpha.id);
  return { articles: [...articles.entries()], mentions: [...mentions.entries()], encounters };
}

beforeAll(async () => {
  data = await openTestData();
  await data.loadGraph(story.document);
  cleanup.push(...story.document.articles.map((a) => a.id));
  const base = apiTestConfig();
  const tokens: ApiToken[] = [{ name: "reliability", token: WRITE_TOKEN, scope: "write" }];
  api = await serveApi({ ...base, maxArticleBytes: 3_000, api: { ...base.api, tokens } }, data);
});

afterAll(async () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  await api?.close();
  try {
    for (const id of cleanup) await data?.deleteArticle(id);
  } finally {
    await data?.close();
  }
});

const utf16le = (text: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
const utf16be = (text: string, bom: boolean) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
};

describe("ingest CLI on a folder of awkward files", () => {
  const prefix = uniquePrefix("awk");
  const dir = mkdtempSync(join(tmpdir(), "reliability-bad-input-"));
  folders.push(dir);
  const name = (label: string, ext = "txt") => `${prefix}-${label}.${ext}`;
  const good = {
    nul: name("nul"),
    latin1: name("latin1"),
    utf16leBom: name("utf16le-bom"),
    utf16le: name("utf16le"),
    utf16beBom: name("utf16be-bom"),
    utf16be: name("utf16be"),
    html: name("page", "html"),
    longLine: name("long-line"),
    hostileName: `${prefix}-<img src=x onerror=alert(1)>'; MATCH (n) DETACH DELETE n; --.txt`,
    hostileText: name("hostile-text"),
  };
  const bad = {
    whitespace: join(dir, name("whitespace")),
    htmlFurniture: join(dir, name("furniture-only", "html")),
    selfLink: join(dir, name("self-link")),
    dangling: join(dir, name("dangling")),
    locked: join(dir, name("locked")),
  };
  const hostileText =
    `<script>alert("x")</script> ${SENTENCE} "}) MATCH (n) DETACH DELETE n //` +
    " `id` $articleId {{7*7}} ${process.exit(1)} <b onmouseover=alert(2)>bold</b>\n";
  const longLine = `${SENTENCE} `.repeat(3_000).trim(); // ~300 KB on one line, under the limit
  const BAD_FILES = CAN_LOCK_FILES ? 5 : 4;
  let run: Awaited<ReturnType<typeof runIngest>>;
  let before: unknown;

  beforeAll(async () => {
    const files: Record<string, string | Buffer> = {
      [good.nul]: `${SENTENCE}\n\n${"The talks went on. ".repeat(20)}\u0000\nThey ended late.\n`,
      [good.latin1]: Buffer.from(`${SENTENCE} Les négociations à Genève ont duré trois heures.\n`, "latin1"),
      [good.utf16leBom]: utf16le(`${SENTENCE} Переговоры шли три часа.\n`, true),
      [good.utf16le]: utf16le(`${SENTENCE} Переговоры шли три часа.\n`, false),
      [good.utf16beBom]: utf16be(`${SENTENCE} Η συνάντηση κράτησε τρεις ώρες.\n`, true),
      [good.utf16be]: utf16be(`${SENTENCE} Η συνάντηση κράτησε τρεις ώρες.\n`, false),
      [good.html]:
        `<!doctype html><html><head><title>Talks</title><style>body { color: red }</style>` +
        `<script>document.title = "pwned"; fetch("/graphql")</script></head><body>` +
        `<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>` +
        `<article><p>${SENTENCE}</p><script>alert("inline")</script><p>The talks lasted three hours.</p></article>` +
        `<footer>Copyright footer text</footer></body></html>`,
      [good.longLine]: longLine,
      [good.hostileName]: `${SENTENCE}\n`,
      [good.hostileText]: hostileText,
      [bad.whitespace]: " \n\t\r\n   \n",
      [bad.htmlFurniture]: `<html><body><nav>Menu</nav><script>var a = 1;</script><footer>Footer</footer></body></html>`,
      ...(CAN_LOCK_FILES ? { [bad.locked]: `${SENTENCE}\n` } : {}),
    };
    for (const [file, content] of Object.entries(files))
      writeFileSync(file.startsWith("/") ? file : join(dir, file), content);
    symlinkSync(bad.selfLink, bad.selfLink);
    symlinkSync(join(dir, "no-such-file.txt"), bad.dangling);
    symlinkSync(".", join(dir, "loop")); // a folder loop: walked once, not forever
    if (AS_NOBODY) chmodSync(dir, 0o777);
    if (CAN_LOCK_FILES) chmodSync(bad.locked, 0o000);
    cleanup.push(...Object.values(good).map((f) => articleIdOf(f)));

    before = await storedStory();
    // About ten times its usual duration (the 300 KB one-line article alone takes half a minute
    // on a busy machine): a slow machine makes this slower, not red.
    run = await runIngest([dir], cliEnv(), CLI_DEADLINE_MS, AS_NOBODY ?? undefined);
  }, CLI_DEADLINE_MS + 60_000);

  it("refuses each file it cannot use with exactly one line naming it and the reason, and exits 1", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/\w*Error:/);
    const lines = errorLines(run.stderr);
    const lineFor = (file: string) => lines.filter((l) => l.startsWith(`error: ${file}: `));
    expect(lineFor(bad.whitespace)).toEqual([`error: ${bad.whitespace}: file contains only whitespace`]);
    expect(lineFor(bad.htmlFurniture)).toEqual([`error: ${bad.htmlFurniture}: no article text found`]);
    expect(lineFor(bad.selfLink)).toEqual([`error: ${bad.selfLink}: symbolic link loop`]);
    expect(lineFor(bad.dangling)).toEqual([`error: ${bad.dangling}: no such file or folder`]);
    if (CAN_LOCK_FILES) expect(lineFor(bad.locked)).toEqual([`error: ${bad.locked}: permission denied`]);
    expect(lines, run.stderr).toHaveLength(BAD_FILES);
    expect(articleCounts(run.stdout)).toEqual({
      ingested: Object.keys(good).length,
      unchanged: 0,
      failed: BAD_FILES,
    });
  });

  it("decodes Latin-1, UTF-16 with and without a BOM, and drops NUL bytes", async () => {
    const stored = await data.findArticlesByIds(Object.values(good).map((f) => articleIdOf(f)));
    const body = (file: string) => stored.get(articleIdOf(file))?.body ?? "";
    expect(body(good.latin1)).toContain("Les négociations à Genève");
    for (const file of [good.utf16leBom, good.utf16le])
      expect(body(file)).toContain("Переговоры шли три часа.");
    for (const file of [good.utf16beBom, good.utf16be])
      expect(body(file)).toContain("Η συνάντηση κράτησε τρεις ώρες.");
    expect(body(good.nul)).toContain("They ended late.");
    expect(body(good.nul)).not.toContain("\u0000");
    expect(body(good.longLine).length).toBeGreaterThan(200_000);
  });

  it("keeps an HTML page's article text, without scripts, styles, navigation or footer", async () => {
    const page = (await data.findArticlesByIds([articleIdOf(good.html)])).get(articleIdOf(good.html));
    expect(page?.body).toContain(SENTENCE);
    expect(page?.body).toContain("The talks lasted three hours.");
    for (const furniture of ["alert", "pwned", "color: red", "World news menu", "Copyright footer"])
      expect(page?.body).not.toContain(furniture);
  });

  it("stores names and text holding HTML, JavaScript and Cypher as plain text, exactly", async () => {
    const ids = [articleIdOf(good.hostileName), articleIdOf(good.hostileText)];
    const stored = await data.findArticlesByIds(ids);
    expect(stored.get(ids[0]!)?.file).toBe(good.hostileName);
    expect(stored.get(ids[1]!)?.body).toBe(hostileText.trim());
    const kessler = await data.listEntities("Person", { search: "Anna Kessler", limit: 5 });
    expect(kessler.map((p) => p.name)).toContain("Anna Kessler");
  });

  it(
    "leaves what was stored before untouched, and a second run changes nothing",
    async () => {
      expect(await storedStory()).toEqual(before);
      const counts = await data.countGraph();
      const again = await runIngest([dir], cliEnv(), CLI_DEADLINE_MS, AS_NOBODY ?? undefined);
      expect(again.code).toBe(1);
      expect(articleCounts(again.stdout)).toEqual({
        ingested: 0,
        unchanged: Object.keys(good).length,
        failed: BAD_FILES,
      });
      expect(await data.countGraph()).toEqual(counts);
    },
    CLI_DEADLINE_MS + 60_000,
  );
});

describe("ingestArticle on bad input", () => {
  const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
    status article { id title body } } }`;
  interface Ingested {
    ingestArticle: { status: string; article: { id: string; title: string | null; body: string } };
  }
  const ingest = (input: Record<string, unknown>) =>
    api.post<Ingested>(INGEST, { input }, { authorization: `Bearer ${WRITE_TOKEN}` });

  /** Sends `input`, expects BAD_USER_INPUT with a message matching `reason`, and nothing written. */
  async function expectRefused(input: Record<string, unknown>, reason: RegExp): Promise<void> {
    const counts = await data.countGraph();
    const { status, body } = await ingest(input);
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(reason);
    expect(body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    expect(status).toBe(400);
    expect(await data.countGraph()).toEqual(counts);
  }

  const named = (label: string) => `${uniquePrefix("api-bad")}-${label}.txt`;

  it("refuses empty, whitespace-only, oversized and binary text", async () => {
    await expectRefused({ text: "", fileName: named("empty") }, /empty/);
    await expectRefused({ text: " \n\t \n", fileName: named("blank") }, /empty|whitespace/);
    await expectRefused({ text: `${SENTENCE} `.repeat(40), fileName: named("big") }, /at most 3000 bytes/);
    const binary = Array.from({ length: 500 }, (_, i) => String.fromCharCode(i % 32)).join("");
    await expectRefused({ text: binary, fileName: named("binary") }, /binary data/);
  });

  it("refuses broken YAML front matter and a page without article text, saying why", async () => {
    await expectRefused(
      {
        text: `---\ntitle: "never closed\npublished: [2025\n---\n\n${SENTENCE}\n`,
        format: "MARKDOWN",
        fileName: named("yaml"),
      },
      /invalid YAML front matter/,
    );
    await expectRefused(
      {
        text: "<html><body><nav>Menu</nav><script>var a = 1;</script></body></html>",
        format: "HTML",
        fileName: named("furniture"),
      },
      /no article text/,
    );
  });

  it("ingests NULs, HTML pages and one very long line, storing only text", async () => {
    const nul = await ingest({
      text: `${SENTENCE}\u0000 ${"The talks went on. ".repeat(10)}`,
      fileName: named("nul"),
    });
    expect(nul.body.errors).toBeUndefined();
    cleanup.push(nul.body.data!.ingestArticle.article.id);
    expect(nul.body.data?.ingestArticle.article.body).not.toContain("\u0000");

    const page = await ingest({
      text: `<html><head><script>alert(1)</script><style>p{}</style></head><body><nav>Site menu</nav><article><p>${SENTENCE}</p></article></body></html>`,
      format: "HTML",
      fileName: named("page"),
    });
    expect(page.body.errors).toBeUndefined();
    cleanup.push(page.body.data!.ingestArticle.article.id);
    expect(page.body.data?.ingestArticle.article.body).toBe(SENTENCE);

    const line = `${SENTENCE} `.repeat(28).trim(); // one line just under the 3000-byte limit
    const long = await ingest({ text: line, fileName: named("long") });
    expect(long.body.errors).toBeUndefined();
    cleanup.push(long.body.data!.ingestArticle.article.id);
    expect(long.body.data?.ingestArticle.article.body).toBe(line);
  });

  it("stores titles and text holding HTML, JavaScript and Cypher exactly, as strings", async () => {
    const before = await storedStory();
    const title = `<script>alert(1)</script> '}) MATCH (n) DETACH DELETE n //`;
    const text = `${SENTENCE} <img src=x onerror=alert(1)> "}) DETACH DELETE n // $articleId \`id\``;
    const { body } = await ingest({ text, title, fileName: named("hostile") });
    expect(body.errors).toBeUndefined();
    const article = body.data!.ingestArticle.article;
    cleanup.push(article.id);
    expect(article).toMatchObject({ title, body: text });
    expect(await storedStory()).toEqual(before);
  });
});

describe("article text in the client", () => {
  /** Sinks that turn a string into markup or code; the client builds DOM from text nodes only (client/src/dom.ts). */
  const SINKS =
    /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\(|new Function\(/;

  it("is never inserted as HTML or run as code: no HTML or code sinks in client/src", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
          readFileSync(path, "utf8")
            .split("\n")
            .forEach((line, i) => SINKS.test(line) && offenders.push(`${path}:${i + 1}: ${line.trim()}`));
        }
      }
    };
    walk(join(ROOT, "client/src"));
    expect(offenders).toEqual([]);
  });

  it("is served under a Content-Security-Policy that allows no inline script", async () => {
    const response = await fetch(`${api.url}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("unsafe-inline' 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  });
});
