/**
 * The explorer as a person sees it, in Debian's Chromium, against the real server and the tests' Neo4j:
 * the network draws, a click explains a person with a quote, search finds people, the lineage view
 * draws, GraphiQL loads, and nothing logs an error or reaches beyond the server.
 * Screenshots of each view are saved in test-results/ as artifacts.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataAccess } from "../db/index.ts";
import { extractFiles } from "../ingest/index.ts";
import { buildApp } from "../server/app.ts";
import { launchBrowser, openPage, saveScreenshot, screenshotOnFailure } from "./support/browser.ts";
import {
  buildArticle,
  buildCountry,
  buildDocument,
  buildLineage,
  buildMeeting,
  buildPerson,
  buildProposal,
  evidenceIn,
  uniquePrefix,
} from "./support/build-document.ts";
import { testNeo4jConfig } from "./support/neo4j.ts";

const CLIENT_DIR = resolve("client/dist");

/**
 * A small story with names no other test uses, so search and clicks find exactly these entities
 * even though the tests share one database.
 */
function buildBrowserStory(prefix: string) {
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
    proposals: { plan, plan2 },
  };
}

/** Builds the client once if `npm run build:client` has not run, so the test serves the real bundle. */
async function ensureClientBuilt(): Promise<void> {
  if (existsSync(resolve(CLIENT_DIR, "index.html")) && existsSync(resolve(CLIENT_DIR, "graphiql.html")))
    return;
  await build({
    configFile: resolve("client/vite.config.ts"),
    logLevel: "warn",
  });
}

/** Waits until a view is drawn: nodes in Cytoscape and the loading overlay gone. */
async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector("[data-testid=graph-status]")?.hasAttribute("hidden") === true &&
      (window.__cy?.nodes().length ?? 0) > 0,
  );
}

/** Waits until the element matching `selector` contains `text`. */
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, expected]) => document.querySelector(sel)?.textContent?.includes(expected) === true,
    [selector, text] as const,
  );
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((nodeId) => {
    const node = window.__cy?.getElementById(nodeId);
    return node && node.nonempty() ? node.renderedPosition() : null;
  }, id);
  if (!position) throw new Error(`node ${id} is not drawn`);
  const box = await page.locator("[data-testid=network]").boundingBox();
  if (!box) throw new Error("the network container is not visible");
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

describe("explorer in the browser", () => {
  const story = buildBrowserStory(uniquePrefix("browser"));
  let browser: Browser;
  let server: Server;
  let origin: string;
  let stopApp: () => Promise<void>;
  let closeData: () => Promise<void>;

  beforeAll(async () => {
    await ensureClientBuilt();
    const config = testNeo4jConfig();
    const data = createDataAccess(config.neo4j);
    closeData = () => data.close();
    await data.ensureSchema();
    // The sample articles make a realistic graph around the story; the story makes exact assertions possible.
    await data.loadGraph(await extractFiles([resolve("samples")]));
    await data.loadGraph(story.document);
    const built = await buildApp({ config: { ...config, logLevel: "warn" }, data, clientDir: CLIENT_DIR });
    stopApp = () => built.stop();
    server = await new Promise<Server>((done) => {
      const listening = built.app.listen(0, "127.0.0.1", () => done(listening));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await stopApp?.();
    await closeData?.();
  });

  /** Runs `body` in a fresh page; screenshots on failure; then checks the page logged no error and stayed offline. */
  async function inPage(
    name: string,
    body: (page: Page) => Promise<void>,
    options: { quiet?: boolean } = { quiet: true },
  ): Promise<void> {
    const session = await openPage(browser, origin);
    try {
      await screenshotOnFailure(session.page, name, () => body(session.page));
      if (options.quiet) expect(session.errors, "console errors").toEqual([]);
      expect(session.offsite, "requests beyond the server").toEqual([]);
    } finally {
      await session.close();
    }
  }

  it("draws the who-met-whom network with stats and a legend, and logs no errors", async () => {
    await inPage("network", async (page) => {
      await page.goto(origin);
      await waitForGraph(page);
      const { marchetti, aldecoa } = story.people;
      const drawn = await page.evaluate(
        ([a, b]) => {
          const cy = window.__cy;
          if (!cy) return null;
          return {
            nodes: cy.nodes().length,
            edges: cy.edges().length,
            a: cy.getElementById(a).nonempty(),
            met: cy.getElementById(a).edgesWith(cy.getElementById(b)).length,
          };
        },
        [marchetti.id, aldecoa.id] as const,
      );
      expect(drawn).toMatchObject({ a: true, met: 1 });
      expect(drawn?.edges).toBeGreaterThan(0);
      const canvas = await page.locator("[data-testid=network] canvas").first().boundingBox();
      expect(canvas?.width).toBeGreaterThan(300);
      expect(canvas?.height).toBeGreaterThan(300);
      expect(await page.locator("[data-testid=stats]").textContent()).toMatch(/\d+ articles?/);
      expect(await page.locator("[data-testid=legend]").textContent()).toContain("Italy");
      await saveScreenshot(page, "view-network");
    });
  });

  it("explains a clicked person: name, role, meetings and an evidence quote with its article", async () => {
    await inPage("details", async (page) => {
      await page.goto(origin);
      await waitForGraph(page);
      await clickNode(page, story.people.marchetti.id);
      await waitForText(page, "[data-testid=details-name]", "Ilse Marchetti");
      const panel = page.locator("[data-testid=details-panel]");
      const text = await panel.textContent();
      expect(text).toContain("Foreign Minister");
      expect(text).toContain("Italy");
      expect(text).toContain("Valletta");
      const evidence = await page.locator("[data-testid=evidence-item]").first().textContent();
      expect(evidence).toContain(story.quote.quote);
      expect(evidence).toContain("Marchetti and Aldecoa meet in Valletta");
      expect(evidence).toContain("2025-04-02");
      await saveScreenshot(page, "view-details");
    });
  });

  it("finds a person by search, opens them and selects their node", async () => {
    await inPage("search", async (page) => {
      await page.goto(origin);
      await waitForGraph(page);
      await page.locator("[data-testid=search-input]").fill("Aldecoa");
      const hit = page.locator("[data-testid=search-hit]", { hasText: "Tomas Aldecoa" }).first();
      await hit.waitFor();
      await hit.click();
      await waitForText(page, "[data-testid=details-name]", "Tomas Aldecoa");
      const id = story.people.aldecoa.id;
      await page.waitForFunction((nodeId) => window.__cy?.getElementById(nodeId).selected() === true, id);
    });
  });

  it("opens the neighbourhood of a search hit that the current view does not show", async () => {
    await inPage("neighbourhood", async (page) => {
      await page.goto(origin);
      await waitForGraph(page);
      await page.locator("[data-testid=search-input]").fill("Valletta Corridor");
      const hit = page
        .locator("[data-testid=search-hit]", {
          hasText: "Valletta Corridor Plan",
        })
        .first();
      await hit.waitFor();
      await hit.click();
      await waitForText(page, "[data-testid=details-name]", "Valletta Corridor Plan");
      await page.locator("[data-testid=view-neighborhood]").waitFor();
      await page.waitForFunction(
        (nodeId) => window.__cy?.getElementById(nodeId).selected() === true,
        story.proposals.plan.id,
      );
      await saveScreenshot(page, "view-neighbourhood");
    });
  });

  it("draws the proposal lineage left to right with status colours and relation labels", async () => {
    await inPage("lineage", async (page) => {
      await page.goto(origin);
      await waitForGraph(page);
      await page.locator("[data-testid=view-lineage]").click();
      const { plan, plan2 } = story.proposals;
      await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() === true, plan.id);
      await waitForGraph(page);
      const lineage = await page.evaluate(
        ([earlier, later]) => {
          const cy = window.__cy;
          if (!cy) return null;
          const a = cy.getElementById(earlier);
          const b = cy.getElementById(later);
          return {
            leftToRight: a.position("x") < b.position("x"),
            labels: a.edgesWith(b).map((e) => String(e.data("label"))),
          };
        },
        [plan.id, plan2.id] as const,
      );
      expect(lineage).toEqual({ leftToRight: true, labels: ["revises"] });
      expect(await page.locator("[data-testid=legend]").textContent()).toContain("revised");
      await saveScreenshot(page, "view-lineage");
    });
  });

  it("serves GraphiQL at /graphiql with its editor, and runs a query offline", async () => {
    await inPage("graphiql", async (page) => {
      await page.goto(`${origin}/graphiql`);
      await page.locator(".graphiql-container .monaco-editor").first().waitFor({ timeout: 30_000 });
      await page.locator(".graphiql-execute-button").click();
      await waitForText(page, ".graphiql-response", "meetingNetwork");
      await saveScreenshot(page, "view-graphiql");
    });
  });

  it("tells a person with an empty graph how to ingest articles", async () => {
    await inPage("empty", async (page) => {
      // Other tests share the database, so "empty" is the server's answer made to order.
      await page.route("**/graphql", (route) =>
        route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({
            data: {
              stats: {
                articles: 0,
                people: 0,
                institutions: 0,
                countries: 0,
                meetings: 0,
                proposals: 0,
              },
            },
          }),
        }),
      );
      await page.goto(origin);
      await waitForText(page, "[data-testid=graph-status]", "npm run ingest -- <folder>");
      expect(await page.locator("[data-testid=graph-status]").textContent()).toContain("No articles yet");
    });
  });

  it("shows an error with a retry when the server fails", async () => {
    await inPage(
      "error",
      async (page) => {
        await page.route("**/graphql", (route) =>
          route.fulfill({
            status: 500,
            contentType: "application/json",
            body: JSON.stringify({
              errors: [
                {
                  message: "Neo4j is not reachable",
                  extensions: { code: "DATABASE_UNAVAILABLE" },
                },
              ],
            }),
          }),
        );
        await page.goto(origin);
        await waitForText(page, "[data-testid=graph-status]", "Neo4j is not reachable");
        expect(await page.locator("[data-testid=graph-status] button").textContent()).toBe("Try again");
      },
      // Chromium itself logs the 500 response as a console error.
      { quiet: false },
    );
  });
});
