/**
 * Issue 12's views in Debian's Chromium: proposal families in the lineage view with the list of
 * proposals in no family, the proposal panel's lineage and terms, the camera after every view switch,
 * and country colours. The graph includes a family of three versions with terms, built here.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBrowserStory,
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
import { buildFamilyStory } from "./support/family-story.ts";

describe("proposal families, the proposal panel, the camera and colours in the browser", () => {
  const prefix = uniquePrefix("views");
  const story = buildBrowserStory(prefix);
  const family = buildFamilyStory(prefix);
  const { v1, v2, v3 } = family.versions;
  let browser: Browser;
  let explorer: ExplorerServer;

  beforeAll(async () => {
    explorer = await startExplorerServer([story.document, family.document]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.stop();
  });

  async function inPage(name: string, body: (page: Page) => Promise<void>): Promise<void> {
    const session = await openPage(browser, explorer.origin);
    try {
      await screenshotOnFailure(session.page, name, () => body(session.page));
      expect(session.errors, "console errors").toEqual([]);
      expect(session.warnings, "console warnings").toEqual([]);
      expect(session.offsite, "requests beyond the server").toEqual([]);
    } finally {
      await session.close();
    }
  }

  const url = (params: Record<string, string>): string =>
    `${explorer.origin}/?${new URLSearchParams(params).toString()}`;

  it("draws proposal families in rows, versions in time order, terms below, names readable at first draw", async () => {
    await inPage("families", async (page) => {
      await page.goto(url({ view: "lineage" }));
      await waitForGraph(page);
      await page.waitForFunction((id) => window.__cy?.getElementById(id).nonempty() === true, v1.id);
      const drawn = await page.evaluate(
        ({ ids, title }) => {
          const cy = window.__cy;
          if (!cy) throw new Error("no graph");
          const at = (id: string) => cy.getElementById(id).position();
          const box = cy.getElementById(ids[0] ?? "");
          return {
            positions: ids.map(at),
            title: String(cy.getElementById(title).data("label") ?? ""),
            // What a reader sees: the label's size on screen, and that it wraps inside its box.
            fontOnScreen: parseFloat(box.style("font-size")) * cy.zoom(),
            wrap: box.style("text-wrap"),
            maxWidth: parseFloat(box.style("text-max-width")),
            width: box.width(),
            looseDrawn: cy.getElementById(ids.at(-1) ?? "").nonempty(),
          };
        },
        {
          ids: [v1.id, v2.id, v3.id, family.terms.cap1.id, family.terms.cap2.id, family.loose.id],
          title: `family:${v1.id}`,
        },
      );
      const [p1, p2, p3, cap1, cap2] = drawn.positions;
      expect(p1!.x).toBeLessThan(p2!.x);
      expect(p2!.x).toBeLessThan(p3!.x);
      expect(p1!.y).toBe(p2!.y);
      expect(cap1!.y).toBeGreaterThan(p1!.y);
      expect(cap2!.y).toBeGreaterThan(p2!.y);
      expect(drawn.title).toContain(v1.name);
      expect(drawn.title).toContain("3 versions");
      expect(drawn.fontOnScreen).toBeGreaterThanOrEqual(12);
      expect(drawn.wrap).toBe("wrap");
      expect(drawn.maxWidth).toBeLessThan(drawn.width);
      // The proposal in no family is listed beside the graph, not drawn.
      expect(drawn.looseDrawn).toBe(false);
      const row = page.locator("[data-testid=loose-proposals-row]", { hasText: family.loose.name });
      await row.waitFor();
      expect(await row.locator("td[data-key=date]").textContent()).toBe("2025-02-20");
      await saveScreenshot(page, "view-lineage-families");
      // Sorting by date, then again for newest first.
      await page.locator("[data-testid=sort-date]").click();
      const ascending = await page
        .locator("[data-testid=loose-proposals-row] td[data-key=date]")
        .allTextContents();
      const dated = ascending.filter(Boolean);
      expect(dated).toEqual([...dated].sort());
      await page.locator("[data-testid=sort-date]").click();
      const descending = (
        await page.locator("[data-testid=loose-proposals-row] td[data-key=date]").allTextContents()
      ).filter(Boolean);
      expect(descending).toEqual([...dated].sort().reverse());
      // A row opens its proposal.
      await row.locator("button").click();
      await waitForText(page, "[data-testid=details-name]", family.loose.name);
    });
  });

  it("shows what a proposal revises, what answered it and its terms, each a link", async () => {
    await inPage("proposal-panel", async (page) => {
      await page.goto(url({ view: "lineage", sel: v2.id }));
      await waitForText(page, "[data-testid=details-name]", v2.name);
      await waitForText(page, "[data-testid=proposal-revises]", v1.name);
      await waitForText(page, "[data-testid=proposal-answered-by]", v3.name);
      await waitForText(page, "[data-testid=proposal-terms]", family.terms.cap2.name);
      await saveScreenshot(page, "panel-proposal-lineage");
      await page.locator("[data-testid=proposal-terms] button", { hasText: family.terms.cap2.name }).click();
      await waitForText(page, "[data-testid=details-name]", family.terms.cap2.name);
      await waitForText(page, "[data-testid=proposal-part-of]", v2.name);
      await waitForText(page, "[data-testid=proposal-revises]", family.terms.cap1.name);
      await page.locator("[data-testid=proposal-part-of] button", { hasText: v2.name }).click();
      await waitForText(page, "[data-testid=details-name]", v2.name);
      await page.locator("[data-testid=proposal-answered-by] button", { hasText: v3.name }).click();
      await waitForText(page, "[data-testid=details-name]", v3.name);
      await waitForText(page, "[data-testid=proposal-answers]", v2.name);
    });
  });
});
