/**
 * Browser-test support: drives Debian's Chromium through playwright-core (no downloaded browsers),
 * records console errors and off-site requests, and saves screenshots to test-results/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium, type ConsoleMessage, type Page } from "playwright-core";
import { createDataAccess } from "../../db/index.ts";
import { extractFiles } from "../../ingest/index.ts";
import type { GraphDocument } from "../../common/graph-document.ts";
import { buildApp } from "../../server/app.ts";
import {
  buildArticle,
  buildCountry,
  buildDocument,
  buildLineage,
  buildMeeting,
  buildPerson,
  buildProposal,
  evidenceIn,
  mentionIn,
} from "./build-document.ts";
import { testNeo4jConfig } from "./neo4j.ts";
import { listenOnLoopback } from "../../server/http/loopback.ts";

/** The built client the tests serve. */
export const CLIENT_DIR = resolve("client/dist");

/** Debian's Chromium; `npx playwright install` cannot run here, so this is the only browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Where screenshots go, failure or artifact alike (ignored by git). */
export const RESULTS_DIR = resolve("test-results");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium, or fails with how to get it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install Debian's package: apt-get install -y chromium`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageSession {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Console warnings (e.g. Cytoscape refusing a style value), but for overlap mid-layout. */
  warnings: string[];
  /** Requests that left the app's origin: the app must work offline, so this should stay empty. */
  offsite: string[];
  close(): Promise<void>;
}

function describe(message: ConsoleMessage): string {
  const where = message.location();
  return `${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ""}`;
}

/** How long a browser wait may take before it fails. */
export const BROWSER_WAIT_MS = 120_000;

/** Opens a fresh page (own context, so no storage leaks between tests) that watches `origin`. */
export async function openPage(browser: Browser, origin: string): Promise<PageSession> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Every wait is for a condition; its deadline is ten times what a quiet machine needs, so a
  // busy one (both cores taken by other work) is slow, not failing.
  page.setDefaultTimeout(BROWSER_WAIT_MS);
  const errors: string[] = [];
  const warnings: string[] = [];
  const offsite: string[] = [];
  const own = new URL(origin).origin;
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(describe(message));
    // Cytoscape warns of edges between nodes that overlap mid-layout; it says that is expected.
    if (message.type() === "warning" && !/has invalid endpoints/.test(message.text()))
      warnings.push(describe(message));
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== own) offsite.push(url);
  });
  return { page, errors, warnings, offsite, close: () => context.close() };
}

/** Saves a full-window screenshot as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path });
  return path;
}

/** Runs `body`; if it throws, saves test-results/failure-<name>.png first so the failure can be seen. */
export async function screenshotOnFailure<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await saveScreenshot(page, `failure-${name}`).catch(() => undefined);
    throw error;
  }
}

/** Where the explorer under test listens, and how to stop it. */
export interface ExplorerServer {
  origin: string;
  stop(): Promise<void>;
}

/** Builds the client once if `npm run build:client` has not run, so tests serve the real bundle. */
export async function ensureClientBuilt(): Promise<void> {
  if (existsSync(resolve(CLIENT_DIR, "index.html")) && existsSync(resolve(CLIENT_DIR, "graphiql.html")))
    return;
  const { build } = await import("vite");
  await build({ configFile: resolve("client/vite.config.ts"), logLevel: "warn" });
}

/** The five reference articles beside the repository, when they are there. */
export const REFERENCE_ARTICLES = resolve("../shared/corpus/articles");

/** The configuration with a write token added, for the corrections tests (unchanged if the server has no tokens). */
function withWriteToken<T extends object>(config: T, token: string): T {
  if (!("api" in config) || typeof config.api !== "object" || config.api === null) return config;
  const api = config.api as { tokens?: unknown };
  const tokens = Array.isArray(api.tokens) ? api.tokens : [];
  return {
    ...config,
    api: { ...config.api, tokens: [...tokens, { name: "browser-test", token, scope: "write" }] },
  };
}

/**
 * Serves the built explorer against the tests' Neo4j, loaded with the sample articles, the five
 * reference articles (when present) and `documents`, the stories a test asserts on.
 */
export async function startExplorerServer(
  documents: GraphDocument[],
  options: { writeToken?: string; samples?: GraphDocument[] } = {},
): Promise<ExplorerServer> {
  await ensureClientBuilt();
  const base = testNeo4jConfig();
  const config = options.writeToken ? withWriteToken(base, options.writeToken) : base;
  const data = createDataAccess(config.neo4j);
  await data.ensureSchema();
  const folders = [resolve("samples"), ...(existsSync(REFERENCE_ARTICLES) ? [REFERENCE_ARTICLES] : [])];
  for (const folder of folders) await data.loadGraph(await extractFiles([folder]));
  for (const document of documents) await data.loadGraph(document);
  // Loaded as `npm start` loads samples/: marked, so removeSamples can take them out.
  for (const document of options.samples ?? []) await data.loadGraph(document, { sample: true });
  const built = await buildApp({ config: { ...config, logLevel: "warn" }, data, clientDir: CLIENT_DIR });
  const served = await listenOnLoopback(built.app, async () => {
    await built.stop();
    await data.close();
  });
  return { origin: served.url, stop: served.close };
}

/** Waits until a view is drawn: nodes in Cytoscape and the loading overlay gone. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector("[data-testid=graph-status]")?.hasAttribute("hidden") === true &&
      (window.__cy?.nodes().length ?? 0) > 0,
  );
}

/** Waits until the element matching `selector` contains `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, expected]) => document.querySelector(sel)?.textContent?.includes(expected) === true,
    [selector, text] as const,
  );
}

/** Where a node is drawn, in page coordinates. */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((nodeId) => {
    const node = window.__cy?.getElementById(nodeId);
    return node && node.nonempty() ? node.renderedPosition() : null;
  }, id);
  if (!position) throw new Error(`node ${id} is not drawn`);
  const box = await page.locator("[data-testid=network]").boundingBox();
  if (!box) throw new Error("the network container is not visible");
  return { x: box.x + position.x, y: box.y + position.y };
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

/** Double-clicks a node where it is drawn. */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.dblclick(x, y);
}

/** Whether a node is drawn and visible (not hidden, not filtered out). */
/** Waits until the node is drawn and visible (or, with `visible` false, hidden or gone): filters may refetch. */
export async function waitForNodeVisible(page: Page, id: string, visible = true): Promise<void> {
  await page.waitForFunction(
    ([nodeId, wanted]) => {
      const node = window.__cy?.getElementById(nodeId);
      return (node !== undefined && node.nonempty() && node.visible()) === wanted;
    },
    [id, visible] as const,
  );
}

export async function isNodeVisible(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => {
    const node = window.__cy?.getElementById(nodeId);
    return node !== undefined && node.nonempty() && node.visible();
  }, id);
}

/** Waits (up to Playwright's default timeout) until a node is shown, or hidden, after a click. */
export async function waitForNodeVisibility(page: Page, id: string, visible: boolean): Promise<void> {
  await page.waitForFunction(
    ([nodeId, wanted]) => {
      const node = window.__cy?.getElementById(nodeId);
      return (node !== undefined && node.nonempty() && node.visible()) === wanted;
    },
    [id, visible] as const,
  );
}

/**
 * A small story with names no other test uses, so search and clicks find exactly these entities
 * even though the tests share one database.
 */
export function buildBrowserStory(prefix: string) {
  const id = (name: string) => `${prefix}-${name}`;
  const article = buildArticle({
    id: id("article"),
    title: "Marchetti and Aldecoa meet in Valletta",
    published: "2025-04-02",
    outlet: "Harbour Wire",
    url: "https://example.org/valletta-talks",
    body:
      "Ilse Marchetti met Tomas Aldecoa in Valletta on Tuesday to discuss the grain corridor. " +
      "Marchetti later held a call with Noor Haddad. " +
      "Aldecoa tabled the Valletta Corridor Plan. " +
      "A week later the Revised Corridor Plan revised the Valletta Corridor Plan.",
  });
  const quote = evidenceIn(
    article,
    "Ilse Marchetti met Tomas Aldecoa in Valletta on Tuesday to discuss the grain corridor.",
  );
  const call = evidenceIn(article, "Marchetti later held a call with Noor Haddad.");
  const tabled = evidenceIn(article, "Aldecoa tabled the Valletta Corridor Plan.");
  const revised = evidenceIn(
    article,
    "A week later the Revised Corridor Plan revised the Valletta Corridor Plan.",
  );
  const italy = buildCountry({ id: id("italy"), name: "Italy", code: "IT" });
  const spain = buildCountry({ id: id("spain"), name: "Spain", code: "ES" });
  const jordan = buildCountry({ id: id("jordan"), name: "Jordan", code: "JO" });
  const marchetti = buildPerson({
    id: id("marchetti"),
    name: "Ilse Marchetti",
    aliases: ["Marchetti"],
    roles: ["Foreign Minister"],
    country: italy.id,
    evidence: [quote, call],
  });
  const aldecoa = buildPerson({
    id: id("aldecoa"),
    name: "Tomas Aldecoa",
    aliases: ["Aldecoa"],
    roles: ["Special Envoy"],
    country: spain.id,
    evidence: [quote, tabled],
  });
  const haddad = buildPerson({
    id: id("haddad"),
    name: "Noor Haddad",
    roles: ["Prime Minister"],
    country: jordan.id,
    evidence: [call],
  });
  const talks = buildMeeting({
    id: id("talks"),
    date: "2025-04-01",
    place: "Valletta",
    participants: [marchetti.id, aldecoa.id],
    participantCountries: [italy.id, spain.id],
    evidence: [quote],
  });
  const phone = buildMeeting({
    id: id("call"),
    kind: "call",
    date: "2025-04-02",
    participants: [marchetti.id, haddad.id],
    evidence: [call],
  });
  const plan = buildProposal({
    id: id("plan"),
    name: "Valletta Corridor Plan",
    date: "2025-04-01",
    proposedBy: [aldecoa.id],
    evidence: [tabled],
  });
  const plan2 = buildProposal({
    id: id("plan2"),
    name: "Revised Corridor Plan",
    status: "revised",
    date: "2025-04-08",
    evidence: [revised],
  });
  const document = buildDocument({
    articles: [article],
    people: [marchetti, aldecoa, haddad],
    countries: [italy, spain, jordan],
    meetings: [talks, phone],
    proposals: [plan, plan2],
    mentions: [
      mentionIn(article, marchetti.id, "Ilse Marchetti"),
      mentionIn(article, aldecoa.id, "Tomas Aldecoa"),
      mentionIn(article, haddad.id, "Noor Haddad"),
      mentionIn(article, plan.id, "Valletta Corridor Plan"),
    ],
    lineage: [
      buildLineage({
        from: plan2.id,
        to: plan.id,
        relation: "revises",
        evidence: [revised],
      }),
    ],
  });
  return {
    document,
    article,
    quote,
    people: { marchetti, aldecoa, haddad },
    meetings: { talks, phone },
    proposals: { plan, plan2 },
  };
}
