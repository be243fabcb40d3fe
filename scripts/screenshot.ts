/**
 * Saves the README's screenshots in docs/: every view of the explorer, taken by a script so they
 * can be redone after any change. Without an origin it starts its own server (embedded Neo4j on
 * port 7717, a fresh data dir) with the sample articles and the reference articles when present.
 *
 *   npx tsx scripts/screenshot.ts                          # own server
 *   npx tsx scripts/screenshot.ts http://127.0.0.1:4000    # a running server
 *   npx tsx scripts/screenshot.ts --neo4j-port 7718        # own server, its Neo4j on another port
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, openPage } from "../test/support/browser.ts";
import { startScreenshotServer } from "./screenshot-server.ts";

const DOCS = resolve("docs");
const REFERENCE = resolve("../shared/corpus/articles");

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector("[data-testid=graph-status]")?.hasAttribute("hidden") === true &&
      (window.__cy?.nodes().length ?? 0) > 0,
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(500);
}

/** The id of the drawn node with the highest weight (the best-connected person). */
async function heaviest(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const nodes = window.__cy?.nodes().toArray() ?? [];
    return nodes.sort((a, b) => Number(b.data("weight")) - Number(a.data("weight")))[0]?.id() ?? null;
  });
}

async function clickNode(page: Page, id: string, double = false): Promise<void> {
  const at = await page.evaluate(
    (nodeId) => window.__cy?.getElementById(nodeId).renderedPosition() ?? null,
    id,
  );
  const box = await page.locator("[data-testid=network]").boundingBox();
  if (!at || !box) return;
  if (double) await page.mouse.dblclick(box.x + at.x, box.y + at.y);
  else await page.mouse.click(box.x + at.x, box.y + at.y);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(2, 300);
  await page.waitForTimeout(400);
  const path = join(DOCS, name);
  await page.screenshot({ path });
  console.log(`saved ${path}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--neo4j-port");
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : undefined;
  const given = args[0];
  const server = given
    ? null
    : await startScreenshotServer(existsSync(REFERENCE) ? [REFERENCE] : [], port || undefined);
  const origin = given ?? server?.origin ?? "";
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    const session = await openPage(browser, origin);
    const page = session.page;
    const go = async (query: string): Promise<void> => {
      await page.goto(`${origin}/${query}`);
    };

    // Who met whom, the best-connected person opened with evidence.
    await go("");
    await waitForGraph(page);
    const star = await heaviest(page);
    if (star) {
      await clickNode(page, star);
      await page.locator("[data-testid=details-name]").waitFor();
    }
    await shoot(page, "screenshot.png");

    // Their neighbourhood, with one neighbour expanded in place.
    if (star) {
      await go(`?view=neighborhood&focus=${encodeURIComponent(star)}`);
      await waitForGraph(page);
      const other = await page.evaluate(
        (centre) => window.__cy?.getElementById(centre).neighborhood("node").first().id() ?? null,
        star,
      );
      if (other) {
        await clickNode(page, other, true);
        await page.locator("[data-testid=announce]").waitFor();
      }
      await shoot(page, "explorer-neighbourhood.png");
    }

    await go("?view=lineage");
    await waitForGraph(page);
    await shoot(page, "explorer-lineage.png");

    await go("?view=timeline");
    await waitForGraph(page);
    await shoot(page, "explorer-timeline.png");

    // The meetings table, newest first.
    await go("?view=meetings");
    await page.locator("[data-testid=meetings-table]").waitFor();
    await page.locator("[data-testid=sort-date]").click();
    await page.locator("[data-testid=sort-date]").click();
    await shoot(page, "explorer-meetings.png");

    // A path between two well-known people of the sample articles.
    const ids = await page.evaluate(async () => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            '{ a: search(text: "Rubio", kinds: [Person], limit: 1) { id } b: search(text: "Yermak", kinds: [Person], limit: 1) { id } }',
        }),
      });
      const body = (await response.json()) as { data: { a: { id: string }[]; b: { id: string }[] } };
      return [body.data.a[0]?.id, body.data.b[0]?.id];
    });
    if (ids[0] && ids[1]) {
      await go(`?view=path&pfrom=${encodeURIComponent(ids[0])}&pto=${encodeURIComponent(ids[1])}`);
      await waitForGraph(page);
      await shoot(page, "explorer-path.png");
    }

    // An article with its mentions, opened from an evidence quote.
    if (star) {
      await go(`?view=network&sel=${encodeURIComponent(star)}`);
      await page.locator("[data-testid=evidence-quote]").first().click();
      await page.locator("[data-testid=article-body]").waitFor();
      await shoot(page, "explorer-article.png");
    }

    // Dark theme, dates narrowed to 2025.
    await go("?from=2025-01-01&to=2025-12-31");
    await waitForGraph(page);
    await page.locator("[data-testid=theme-toggle]").click();
    await shoot(page, "explorer-dark.png");

    problems.push(...session.errors, ...session.offsite.map((url) => `off-site request: ${url}`));
    await session.close();
  } finally {
    await browser.close();
    await server?.stop();
  }
  if (problems.length) {
    console.error(`problems on the page:\n${problems.join("\n")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
