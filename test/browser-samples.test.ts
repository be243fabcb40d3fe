/**
 * Issue 12, point 9 in the browser: evidence from a sample article says "sample" beside its quote,
 * and with a write token the Articles view offers a button that removes the samples; a fact another
 * article also supports stays, with that article's evidence only.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ExplorerServer,
  launchBrowser,
  openPage,
  screenshotOnFailure,
  startExplorerServer,
} from "./support/browser.ts";
import { uniquePrefix } from "./support/build-document.ts";
import { buildSampleAndOwn } from "./support/sample-story.ts";

const WRITE_TOKEN = "browser-samples-token-0123456789";

describe("sample articles in the browser", () => {
  const story = buildSampleAndOwn(uniquePrefix("bsamples"));
  let browser: Browser;
  let explorer: ExplorerServer;

  beforeAll(async () => {
    explorer = await startExplorerServer([story.ownDoc], {
      writeToken: WRITE_TOKEN,
      samples: [story.sampleDoc],
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.stop();
  });

  it("marks evidence from a sample and removes the samples with the button, keeping shared facts", async () => {
    const session = await openPage(browser, explorer.origin);
    try {
      await screenshotOnFailure(session.page, "samples", async () => {
        const page = session.page;
        const url = (params: Record<string, string>): string =>
          `${explorer.origin}/?${new URLSearchParams(params).toString()}`;
        // The Geneva talks: one quote from the sample (marked), one from the user's article (not).
        await page.goto(url({ sel: story.ids.shared }));
        await page.locator("[data-testid=evidence-item]").nth(1).waitFor();
        expect(await page.locator("[data-testid=evidence-item]").count()).toBe(2);
        expect(await page.locator("[data-testid=evidence-sample]").count()).toBe(1);
        const marked = page.locator("[data-testid=evidence-item]", {
          has: page.locator("[data-testid=evidence-sample]"),
        });
        expect(await marked.locator("cite").textContent()).toContain(story.sample.title ?? "");

        // Without a token there is no button; with one there is.
        await page.goto(url({ view: "article" }));
        await page.locator("[data-testid=article-list]").waitFor();
        expect(await page.locator("[data-testid=remove-samples]").count()).toBe(0);
        await page.locator("[data-testid=token-button]").click();
        await page.locator("[data-testid=token-input]").fill(WRITE_TOKEN);
        await page.locator("[data-testid=token-save]").click();
        await page.goto(url({ view: "article" }));
        await page.locator("[data-testid=remove-samples]").click();
        await page.locator("[data-testid=remove-samples]").waitFor({ state: "detached" });
        await page.locator("[data-testid=article-list]").waitFor();
        expect(await page.locator("[data-testid=article-sample]").count()).toBe(0);

        // The shared meeting stays, with the user's quote only (the sample-only facts: test/samples.test.ts).
        await page.goto(url({ sel: story.ids.shared }));
        await page.locator("[data-testid=evidence-item]").first().waitFor();
        expect(await page.locator("[data-testid=evidence-item]").count()).toBe(1);
        expect(await page.locator("[data-testid=evidence-sample]").count()).toBe(0);
      });
      expect(session.errors, "console errors").toEqual([]);
      expect(session.warnings, "console warnings").toEqual([]);
      expect(session.offsite, "requests beyond the server").toEqual([]);
    } finally {
      await session.close();
    }
  });
});
