/**
 * The explorer as a person sees it, in Debian's Chromium, against the real server and the tests' Neo4j:
 * the network draws, a click explains a person with a quote, search finds people, the lineage view
 * draws, GraphiQL loads, and nothing logs an error or reaches beyond the server.
 * Screenshots of each view are saved in test-results/ as artifacts.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBrowserStory,
  clickNode,
  type ExplorerServer,
  launchBrowser,
  openPage,
  saveScreenshot,
  screenshotOnFailure,
  startExplorerServer,
  waitForGraph,
  waitForText,
} from "./support/browser.ts";
import { uniquePrefix } from "./support/build-document.ts";

/** Waits until a node whose label starts with `name` is selected in the graph. */
async function waitForSelectedNode(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) =>
      window.__cy
        ?.nodes(":selected")
        .some((node) => String(node.data("label") ?? "").split("\n")[0] === label) === true,
    name,
  );
}

describe("explorer in the browser", () => {
  const story = buildBrowserStory(uniquePrefix("browser"));
  let browser: Browser;
  let explorer: ExplorerServer;
  let origin: string;

  beforeAll(async () => {
    explorer = await startExplorerServer([story.document]);
    origin = explorer.origin;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.stop();
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
      if (options.quiet) {
        expect(session.errors, "console errors").toEqual([]);
        expect(session.warnings, "console warnings").toEqual([]);
      }
      expect(session.offsite, "requests beyond the server").toEqual([]);
    } finally {
      await session.close();
    }
  }

  it("draws the who-met-whom network with stats and a legend, and logs no errors or warnings", async () => {
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
      // The node selected is the one the panel opened (other test files may load a namesake).
      await waitForSelectedNode(page, "Tomas Aldecoa");
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
      await waitForSelectedNode(page, "Valletta Corridor Plan");
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
      await page.locator(".graphiql-container .monaco-editor").first().waitFor();
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
