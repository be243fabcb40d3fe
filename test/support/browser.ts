/**
 * Browser-test support: drives Debian's Chromium through playwright-core (no downloaded browsers),
 * records console errors and off-site requests, and saves screenshots to test-results/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium, type ConsoleMessage, type Page } from "playwright-core";

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
  /** Requests that left the app's origin: the app must work offline, so this should stay empty. */
  offsite: string[];
  close(): Promise<void>;
}

function describe(message: ConsoleMessage): string {
  const where = message.location();
  return `${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ""}`;
}

/** Opens a fresh page (own context, so no storage leaks between tests) that watches `origin`. */
export async function openPage(browser: Browser, origin: string): Promise<PageSession> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  const own = new URL(origin).origin;
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(describe(message));
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== own) offsite.push(url);
  });
  return { page, errors, offsite, close: () => context.close() };
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
