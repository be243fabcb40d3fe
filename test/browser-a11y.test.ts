/**
 * Issue 12, point 11: every view passes axe-core's WCAG 2 A and AA rules, in both themes, with no
 * violation of impact serious or critical, and axe's best-practice rules (heading order, content in
 * landmarks, unique landmarks…) with no violation at all. axe-core is injected from node_modules
 * (nothing from a CDN).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildBrowserStory,
  type ExplorerServer,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startExplorerServer,
} from "./support/browser.ts";
import { uniquePrefix } from "./support/build-document.ts";
import { buildFamilyStory } from "./support/family-story.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One violation as axe reports it, reduced to what a failure message needs. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** A best-practice rule (fails at any impact) rather than a WCAG one. */
  bestPractice: boolean;
  targets: string[];
}

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: { runOnly: { type: "tag"; values: string[] }; resultTypes: string[] },
      ): Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          tags: string[];
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
  }
}

/**
 * Runs axe's WCAG 2 A and AA rules and its best-practice rules on the page as it is; returns the
 * WCAG violations of impact serious or critical, and every best-practice violation (most of those
 * are "moderate", yet they are what makes a page navigable by headings and landmarks).
 */
async function violationsOf(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    // The app's Content-Security-Policy refuses inline scripts, so a script tag would be blocked;
    // evaluating the file's content through the DevTools protocol is not subject to it.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const axe = window.axe;
    if (!axe) throw new Error("axe-core did not load");
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      bestPractice: v.tags.includes("best-practice"),
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  });
  return violations.filter((v) => v.bestPractice || v.impact === "serious" || v.impact === "critical");
}

function report(where: string, violations: Violation[]): string {
  return violations
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n  ${v.targets.slice(0, 20).join("\n  ")}`)
    .join("\n");
}

describe("accessibility (axe-core, WCAG 2 A and AA) of every view in both themes", () => {
  const prefix = uniquePrefix("a11y");
  const story = buildBrowserStory(prefix);
  const family = buildFamilyStory(prefix);
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

  const url = (params: Record<string, string>): string =>
    `${explorer.origin}/?${new URLSearchParams(params).toString()}`;

  /** Each view, with what shows it drawn. */
  const views = (): {
    name: string;
    params: Record<string, string>;
    ready: string;
    /** What a reader does before the check, e.g. opening a sentence's facts. */
    then?: (page: Page) => Promise<void>;
  }[] => {
    const { marchetti, aldecoa, haddad } = story.people;
    return [
      { name: "network", params: {}, ready: "[data-testid=network][data-drawn=network]" },
      {
        name: "network-selected",
        params: { sel: marchetti.id },
        ready: "[data-testid=details-name]",
      },
      { name: "lineage", params: { view: "lineage" }, ready: "[data-testid=network][data-drawn=lineage]" },
      {
        name: "lineage-selected",
        params: { view: "lineage", sel: family.versions.v2.id },
        ready: "[data-testid=details-name]",
      },
      { name: "timeline", params: { view: "timeline" }, ready: "[data-testid=network][data-drawn=timeline]" },
      { name: "meetings", params: { view: "meetings" }, ready: "[data-testid=meetings-table]" },
      {
        name: "path",
        params: { view: "path", pfrom: aldecoa.id, pto: haddad.id },
        ready: "[data-testid=network][data-drawn=path]",
      },
      { name: "article-list", params: { view: "article" }, ready: "[data-testid=article-list]" },
      {
        name: "article",
        params: { view: "article", article: story.article.id },
        ready: "[data-testid=article-body]",
      },
      {
        name: "article-sentence-facts",
        params: { view: "article", article: family.article.id },
        ready: "[data-testid=sentence-facts-toggle]",
        then: async (page) => {
          await page.locator("[data-testid=sentence-facts-toggle]").first().click();
          await page.locator("[data-testid=sentence-facts]").first().waitFor();
        },
      },
      {
        name: "neighborhood",
        params: { view: "neighborhood", focus: marchetti.id },
        ready: "[data-testid=network][data-drawn=neighborhood]",
      },
    ];
  };

  for (const theme of ["light", "dark"] as const) {
    it(`finds no serious or critical WCAG violation and no best-practice violation in any view, ${theme} theme`, async () => {
      const session = await openPage(browser, explorer.origin);
      const found: string[] = [];
      try {
        await screenshotOnFailure(session.page, `a11y-${theme}`, async () => {
          const page = session.page;
          for (const view of views()) {
            await page.goto(url(view.params));
            await page.locator(view.ready).first().waitFor({ state: "attached" });
            const current = await page.evaluate(() => document.documentElement.dataset["theme"]);
            if (current !== theme) {
              await page.locator("[data-testid=theme-toggle]").click();
              await page.waitForFunction((t) => document.documentElement.dataset["theme"] === t, theme);
            }
            await view.then?.(page);
            // Let the view settle (layout animation over) before reading colours.
            await page.waitForFunction(() => window.__cy?.animated() !== true);
            const violations = await violationsOf(page);
            if (violations.length) found.push(report(`${view.name} (${theme})`, violations));
          }
        });
        expect(
          found.join("\n"),
          "axe-core WCAG violations (serious, critical) and best-practice violations",
        ).toBe("");
        expect(session.errors, "console errors").toEqual([]);
        expect(session.warnings, "console warnings").toEqual([]);
        expect(session.offsite, "requests beyond the server").toEqual([]);
      } finally {
        await session.close();
      }
    });
  }
});
