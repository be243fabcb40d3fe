/**
 * Client drawing at scale, in headless Debian Chromium: the explorer's own view code (canvas,
 * network elements, force layout) draws synthetic who-met-whom graphs of 500 nodes / 2,500 edges
 * and 2,000 nodes / 10,000 edges. Prints one JSON line: renderMs500, renderMs2000 (time to the
 * first drawn graph: elements built, laid out, painted), layoutMs500/2000, and frame times while
 * zooming and panning the big graph.
 *
 *   npx tsx bench/client-render.ts [--rounds 3]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build } from "vite";
import { launchBrowser } from "../test/support/browser.ts";
import type { GraphView } from "../client/src/types.ts";
import { median, round3 } from "./lib/stats.ts";

interface DrawResult {
  renderMs: number;
  buildMs: number;
  layoutMs: number;
  frameMsMedian: number;
  frameMsP95: number;
  drawnNodes: number;
  drawnEdges: number;
}

declare global {
  interface Window {
    drawSynthetic?: (view: GraphView) => Promise<DrawResult>;
    benchReady?: boolean;
  }
}

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
      const samples: DrawResult[] = [];
      for (let round = 0; round < rounds; round++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/client-render.html`);
        await page.waitForFunction(() => window.benchReady === true);
        const result = await page.evaluate((graph) => window.drawSynthetic?.(graph), view);
        if (!result || errors.length) throw new Error(`drawing failed: ${errors.join("; ")}`);
        if (result.drawnNodes !== nodes || result.drawnEdges !== edges)
          throw new Error("not every element was drawn");
        samples.push(result);
        await context.close();
      }
      const pick = (key: keyof DrawResult): number => round3(median(samples.map((s) => s[key])));
      results[`renderMs${nodes}`] = pick("renderMs");
      results[`layoutMs${nodes}`] = pick("layoutMs");
      results[`buildMs${nodes}`] = pick("buildMs");
      results[`frameMsMedian${nodes}`] = pick("frameMsMedian");
      results[`frameMsP95${nodes}`] = pick("frameMsP95");
      results[`edges${nodes}`] = edges;
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ ...results, rounds, chromium: version }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
