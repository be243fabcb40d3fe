/**
 * Client drawing at scale, in headless Debian Chromium: the explorer's own view code (canvas,
 * network elements, the layout the who-met-whom view picks) draws synthetic who-met-whom graphs of
 * 500 nodes / 2,500 edges and 2,000 nodes / 10,000 edges. Prints one JSON line with medians over
 * rounds: renderMs500, renderMs2000 (time to the first drawn graph: elements built, added, laid
 * out, fitted, painted), each part on its own (buildMs, addMs, layoutMs, fitMs, paintMs), and
 * interactivity under real mouse input: frame intervals while wheel-zooming and drag-panning
 * (frameMsMedian, frameMsP95) and the time from clicking a node to its highlighted neighbourhood
 * on screen (clickMs). Also the lineage view of 500 proposals in families with terms:
 * lineageRenderMs500 (elements built, added, fitted at reading size, painted) and
 * lineageFontPx500 (the proposals' label size on screen at that first draw).
 *
 *   npx tsx bench/client-render.ts [--rounds 3]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/support/browser.ts";
import type { GraphView } from "../client/src/types.ts";
import { median, quantile, round3 } from "./lib/stats.ts";

interface DrawResult {
  renderMs: number;
  buildMs: number;
  addMs: number;
  layoutMs: number;
  fitMs: number;
  paintMs: number;
  drawnNodes: number;
  drawnEdges: number;
}

interface InteractionResult {
  frameMsMedian: number;
  frameMsP95: number;
  clickMs: number;
}

type Sample = DrawResult & InteractionResult;

declare global {
  interface Window {
    drawSynthetic?: (view: GraphView) => Promise<DrawResult>;
    drawLineage?: (
      view: GraphView,
    ) => Promise<{ renderMs: number; drawnNodes: number; fontOnScreen: number }>;
    startFrames?: () => void;
    stopFrames?: () => number[];
    nodeNearMiddle?: () => { x: number; y: number };
    armTapProbe?: () => void;
    tapLatency?: Promise<number>;
    benchReady?: boolean;
  }
}

const VIEWPORT = { width: 1440, height: 900 };

const COUNTRIES = [
  "Russia",
  "United States",
  "Ukraine",
  "China",
  "Turkey",
  "France",
  "Germany",
  "India",
  "Qatar",
  "Saudi Arabia",
  "Israel",
  "Iran",
];

/** A deterministic graph with clusters by country, as real meeting networks have. */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): GraphView {
  // mulberry32: exact 32-bit integer steps, so the graph is the same on every run.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `person:${i}`,
    label: `Person ${i}`,
    kind: "Person" as const,
    country: COUNTRIES[i % COUNTRIES.length] ?? null,
    weight: 1 + Math.floor(random() * 9),
    date: null,
    status: null,
  }));
  const seen = new Set<string>();
  const edges: GraphView["edges"] = [];
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    // Two in three meetings stay within a country's cluster.
    const sameSide = random() < 0.66;
    let b = Math.floor(random() * nodeCount);
    if (sameSide) b = (a + COUNTRIES.length * (1 + Math.floor(random() * 40))) % nodeCount;
    if (a === b) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `person:${s}|MET|person:${t}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({
      id,
      source: `person:${s}`,
      target: `person:${t}`,
      kind: "MET",
      label: null,
      weight: 1 + Math.floor(random() * 3),
    });
  }
  return { nodes, edges };
}

/**
 * A deterministic lineage network of `count` proposals: families of two to five versions (each
 * revising the last), most versions with two or three terms (PART_OF), and one proposal in five alone.
 */
export function syntheticLineage(count: number): GraphView {
  const nodes: GraphView["nodes"] = [];
  const edges: GraphView["edges"] = [];
  const proposal = (id: string, label: string, day: number) =>
    nodes.push({
      id,
      label,
      kind: "Proposal",
      country: null,
      weight: 1,
      date: `2025-${String(1 + (Math.floor(day / 28) % 12)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}`,
      status: ["tabled", "revised", "rejected", "accepted"][day % 4] ?? "tabled",
    });
  const edge = (source: string, kind: string, target: string) =>
    edges.push({ id: `${source}|${kind}|${target}`, source, target, kind, label: null, weight: 1 });
  for (let family = 0; nodes.length < count; family++) {
    if (family % 5 === 4) {
      proposal(`p:${family}`, `Standalone proposal ${family}`, family);
      continue;
    }
    const versions = 2 + (family % 4);
    for (let v = 0; v < versions && nodes.length < count; v++) {
      const id = `p:${family}:${v}`;
      proposal(id, `Peace plan ${family}, version ${v + 1}`, family + v * 7);
      if (v > 0) edge(id, "REVISES", `p:${family}:${v - 1}`);
      for (let t = 0; t < (v + family) % 4 && nodes.length < count; t++) {
        const term = `${id}:t${t}`;
        proposal(term, `term ${t + 1} of plan ${family}: cap of ${(t + 6) * 100_000}`, family + v * 7);
        edge(term, "PART_OF", id);
      }
    }
  }
  return { nodes, edges };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** Serves a built folder; nothing else is reachable. */
function serveStatic(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    try {
      if (!path.startsWith(root)) throw new Error("outside");
      const body = readFileSync(path.endsWith("/") ? join(path, "client-render.html") : path);
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/**
 * Zooms with the wheel and pans by dragging the background as a person would, recording frame
 * intervals, then clicks a node and times until its neighbourhood is highlighted on screen.
 */
async function interact(page: Page): Promise<InteractionResult> {
  const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  await page.evaluate(() => window.startFrames?.());
  await page.mouse.move(centre.x, centre.y);
  // In, out, in, out: the graph stays around the fitted size, so every step draws all of it.
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, Math.floor(i / 5) % 2 ? 100 : -100);
    await page.waitForTimeout(40);
  }
  // The top-left corner is outside the fitted graph's padding: dragging there pans.
  await page.mouse.move(8, 8);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(8 + i * 12, 8 + i * 6);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => window.stopFrames?.() ?? []);
  const at = await page.evaluate(() => window.nodeNearMiddle?.());
  if (!at || frames.length === 0) throw new Error("interaction hooks missing");
  await page.evaluate(() => window.armTapProbe?.());
  await page.mouse.click(at.x, at.y);
  const clickMs = await page.evaluate(
    () =>
      window.tapLatency &&
      Promise.race([window.tapLatency, new Promise<undefined>((done) => setTimeout(done, 30_000))]),
  );
  if (clickMs === undefined) throw new Error(`the click at ${at.x}, ${at.y} did not reach a node`);
  return { frameMsMedian: median(frames), frameMsP95: quantile(frames, 0.95), clickMs };
}

async function main(): Promise<void> {
  const roundsAt = process.argv.indexOf("--rounds");
  const rounds = roundsAt > 0 ? Math.max(1, Number(process.argv[roundsAt + 1]) || 3) : 3;
  const benchDir = resolve(import.meta.dirname);
  const outDir = mkdtempSync(join(tmpdir(), "client-render-"));
  await build({
    root: benchDir,
    base: "./",
    logLevel: "error",
    configFile: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(benchDir, "client-render.html") } },
  });
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  const version = browser.version();
  const results: Record<string, number | string> = {};
  try {
    for (const [nodes, edges] of [
      [500, 2_500],
      [2_000, 10_000],
    ] as const) {
      const view = syntheticGraph(nodes, edges);
      const samples: Sample[] = [];
      for (let round = 0; round < rounds; round++) {
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/client-render.html`);
        await page.waitForFunction(() => window.benchReady === true);
        const result = await page.evaluate((graph) => window.drawSynthetic?.(graph), view);
        if (!result || errors.length) throw new Error(`drawing failed: ${errors.join("; ")}`);
        if (result.drawnNodes !== nodes || result.drawnEdges !== edges)
          throw new Error("not every element was drawn");
        samples.push({ ...result, ...(await interact(page)) });
        if (errors.length) throw new Error(`interaction failed: ${errors.join("; ")}`);
        await context.close();
      }
      const keys = ["renderMs", "buildMs", "addMs", "layoutMs", "fitMs", "paintMs"] as const;
      for (const key of [...keys, "frameMsMedian", "frameMsP95", "clickMs"] as const)
        results[`${key}${nodes}`] = round3(median(samples.map((s) => s[key])));
      results[`edges${nodes}`] = edges;
    }
    const lineage = syntheticLineage(500);
    const lineageSamples: number[] = [];
    let fontPx = 0;
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/client-render.html`);
      await page.waitForFunction(() => window.benchReady === true);
      const drawn = await page.evaluate((graph) => window.drawLineage?.(graph), lineage);
      if (!drawn || drawn.drawnNodes === 0) throw new Error("the lineage drew nothing");
      lineageSamples.push(drawn.renderMs);
      fontPx = drawn.fontOnScreen;
      await context.close();
    }
    results["lineageRenderMs500"] = round3(median(lineageSamples));
    results["lineageFontPx500"] = round3(fontPx);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ ...results, rounds, chromium: version }));
}

// Run only as a script: importing syntheticGraph (e.g. for a profiling session) draws nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
