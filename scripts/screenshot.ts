/**
 * Saves docs/screenshot.png for the README: the who-met-whom network of a running server, with the
 * best-connected person opened in the details panel.
 *
 *   npm run start            # or npm run serve, with articles ingested
 *   npx tsx scripts/screenshot.ts [http://127.0.0.1:4000] [docs/screenshot.png]
 */
import { resolve } from "node:path";
import { launchBrowser, openPage } from "../test/support/browser.ts";

const origin = process.argv[2] ?? "http://127.0.0.1:4000";
const output = resolve(process.argv[3] ?? "docs/screenshot.png");

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const { page, errors, close } = await openPage(browser, origin);
    await page.goto(origin);
    await page.waitForFunction(
      () =>
        document.querySelector("[data-testid=graph-status]")?.hasAttribute("hidden") === true &&
        (window.__cy?.nodes().length ?? 0) > 0,
      null,
      { timeout: 30_000 },
    );
    // The person with the most meetings makes the richest details panel.
    const target = await page.evaluate(() => {
      const nodes = window.__cy?.nodes().toArray() ?? [];
      const best = nodes.sort((a, b) => Number(b.data("weight")) - Number(a.data("weight")))[0];
      return best ? { id: best.id(), ...best.renderedPosition() } : null;
    });
    const box = await page.locator("[data-testid=network]").boundingBox();
    if (target && box) {
      await page.mouse.click(box.x + target.x, box.y + target.y);
      await page.locator("[data-testid=details-name]").waitFor();
      await page.mouse.move(box.x + 5, box.y + 5);
    }
    await page.waitForTimeout(600);
    await page.screenshot({ path: output });
    await close();
    if (errors.length) console.warn(`console errors on the page:\n${errors.join("\n")}`);
    console.log(`saved ${output}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
