/** The results of a run, its summary line and the readable table, with the targets. */
import type { BenchSizes } from "./lib/options.ts";
import { geometricMean, round3 } from "./lib/stats.ts";
import type { ClientResult } from "./measure/client.ts";
import type { ExtractionResult } from "./measure/extraction.ts";
import type { OperationLatency, Percentiles } from "./measure/graphql.ts";
import type { IngestRun } from "./measure/ingest.ts";
import type { LoadingResult } from "./measure/loading.ts";

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  mode: "quick" | "full";
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; loadAverageAtStart: number[] };
  sizes: BenchSizes;
  corpus: { articles: number; megabytes: number }[];
  extraction?: ExtractionResult;
  loading?: LoadingResult;
  ingest: IngestRun[];
  graphql?: { graphArticles: number; operations: OperationLatency[]; floor: Percentiles };
  graphqlLoad?: unknown;
  client?: ClientResult;
  skipped: string[];
  summary?: Summary;
}

export interface Summary {
  mode: string;
  extractMBps: number | null;
  extractVsSegment: number | null;
  layerMBps: number | null;
  extractVsLayer: number | null;
  /** The same ratio in CPU time, which the machine's load moves less. */
  extractVsLayerCpu: number | null;
  loadVsRaw: number | null;
  articlesPerSec: number | null;
  /** Articles of the end-to-end run articlesPerSec comes from. */
  ingestArticles: number | null;
  ingestWallSec: number | null;
  peakRssMB: number | null;
  gqlP95ms: number | null;
  gqlOverhead: number | null;
  gqlOverheadMax: number | null;
  renderMs2000: number | null;
  targets: Record<string, boolean | null>;
}

const TEN_K_SECONDS = 180;

/** The summary line: the headline numbers and which targets they meet. */
export function summarise(r: BenchResults): Summary {
  const pipeline = r.ingest.filter((i) => i.kind === "pipeline");
  const largest = pipeline.reduce<IngestRun | null>(
    (best, run) => (!best || run.articles > best.articles ? run : best),
    null,
  );
  const peak = pipeline.map((i) => i.peakRssMB ?? 0);
  const ops = r.graphql?.operations ?? [];
  const gqlP95ms = ops.length ? Math.max(...ops.map((o) => o.gql.p95)) : null;
  const overheads = ops.map((o) => o.overheadP95);
  const renderMs2000 = r.client?.renderMs2000 ?? null;
  const e = r.extraction;
  // 10k articles in 3 minutes: the rate needed, applied to whatever scale the run reached.
  const neededRate = 10_000 / TEN_K_SECONDS;
  return {
    mode: r.mode,
    extractMBps: e ? round3(e.extractMBps) : null,
    extractVsSegment: e ? round3(e.extractVsSegment) : null,
    layerMBps: e?.layerMBps ? round3(e.layerMBps) : null,
    extractVsLayer: e?.extractVsLayer ? round3(e.extractVsLayer) : null,
    extractVsLayerCpu: e?.extractVsLayerCpu ? round3(e.extractVsLayerCpu) : null,
    loadVsRaw: r.loading ? round3(r.loading.loadVsRaw) : null,
    articlesPerSec: largest ? round3(largest.articlesPerSec) : null,
    ingestArticles: largest?.articles ?? null,
    ingestWallSec: largest ? round3(largest.wallMs / 1000) : null,
    peakRssMB: peak.length ? round3(Math.max(...peak)) : null,
    gqlP95ms: gqlP95ms === null ? null : round3(gqlP95ms),
    gqlOverhead: overheads.length ? round3(geometricMean(overheads)) : null,
    gqlOverheadMax: overheads.length ? round3(Math.max(...overheads)) : null,
    renderMs2000,
    targets: {
      extractMBps: e ? e.extractMBps >= 2 : null,
      extractVsSegment: e ? e.extractVsSegment <= 5 : null,
      // ≥ 2 MB/s per core, or, if the linguistic layer alone cannot reach it, ≥ 60 % of the layer's speed.
      extractVsLayer: e?.extractVsLayer ? e.extractMBps >= 2 || e.extractVsLayer >= 0.6 : null,
      loadVsRaw: r.loading ? r.loading.loadVsRaw >= 0.5 : null,
      tenKIn3Min: largest ? largest.articlesPerSec >= neededRate : null,
      peakRss1GB: peak.length ? Math.max(...peak) <= 1024 : null,
      gqlP95: gqlP95ms === null ? null : gqlP95ms <= 50,
      gqlOverhead: overheads.length ? Math.max(...overheads) <= 1.5 : null,
      render2000: renderMs2000 === null ? null : renderMs2000 <= 2000,
    },
  };
}

const fmt = (x: number | null | undefined, unit = ""): string =>
  x === null || x === undefined || Number.isNaN(x) ? "–" : `${round3(x)}${unit}`;
const mark = (ok: boolean | null): string => (ok === null ? "n/a" : ok ? "met" : "MISSED");

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ")).join("\n");
}

/** The human-readable report printed before the summary line. */
export function formatTable(r: BenchResults): string {
  const s = r.summary ?? summarise(r);
  const out: string[] = [];
  out.push(
    `\n== bench (${r.mode}) on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(" ")}`,
  );
  const e = r.extraction;
  if (e) {
    out.push(
      `\nExtraction, one core (${e.articles} articles, ${fmt(e.megabytes)} MB, median of ${e.rounds}):`,
    );
    out.push(
      table([
        ["measure", "value", "target", ""],
        ["extract MB/s", fmt(e.extractMBps), "≥ 2", mark(s.targets["extractMBps"] ?? null)],
        ["read + segment MB/s (baseline)", fmt(e.segmentMBps), "", ""],
        [
          "extract vs segment (× slower)",
          fmt(e.extractVsSegment),
          "≤ 5",
          mark(s.targets["extractVsSegment"] ?? null),
        ],
        ["read + clean + annotate MB/s (linguistic layer)", fmt(e.layerMBps), "", ""],
        [
          "extract / layer speed",
          fmt(e.extractVsLayer),
          "≥ 0.6 (or extract ≥ 2)",
          mark(s.targets["extractVsLayer"] ?? null),
        ],
        ["extract MB per CPU second", fmt(e.extractCpuMBps), "", ""],
        ["layer MB per CPU second", fmt(e.layerCpuMBps), "", ""],
        ["extract / layer, CPU time", fmt(e.extractVsLayerCpu), "", ""],
      ]),
    );
  }
  const l = r.loading;
  if (l) {
    out.push(`\nLoading (${l.articles} articles: ${l.nodes} nodes, ${l.relationships} relationships):`);
    out.push(
      table([
        ["measure", "value", "target", ""],
        ["loadGraph rels/s", fmt(l.loadRelsPerSec), "", ""],
        ["raw UNWIND CREATE rels/s (baseline)", fmt(l.rawRelsPerSec), "", ""],
        ["loadGraph vs raw", fmt(l.loadVsRaw), "≥ 0.5", mark(s.targets["loadVsRaw"] ?? null)],
      ]),
    );
  }
  if (r.ingest.length) {
    out.push("\nEnd-to-end ingest (wall time from start of reading to last write):");
    out.push(
      table([
        [
          "run",
          "articles",
          "workers",
          "wall s",
          "articles/s",
          "peak RSS MB",
          "extract busy s",
          "load busy s",
        ],
        ...r.ingest.map((i) => [
          i.kind === "cli" ? "npm run ingest" : i.kind === "extract" ? "npm run extract" : "pipeline",
          String(i.articles),
          String(i.workers),
          fmt(i.wallMs / 1000),
          fmt(i.articlesPerSec),
          fmt(i.peakRssMB),
          fmt(i.extractBusyMs === undefined ? null : i.extractBusyMs / 1000),
          fmt(i.loadBusyMs === undefined ? null : i.loadBusyMs / 1000),
        ]),
      ]),
    );
    for (const [kind, label] of [
      ["cli", "npm run ingest"],
      ["extract", "npm run extract (no database)"],
    ] as const) {
      const runs = r.ingest.filter((i) => i.kind === kind).sort((a, b) => a.workers - b.workers);
      const [oneWorker, allWorkers] = [runs[0], runs[runs.length - 1]];
      if (oneWorker && allWorkers && allWorkers.workers > oneWorker.workers)
        out.push(
          `${label}: ${fmt(oneWorker.articlesPerSec)} articles/s with 1 worker, ${fmt(allWorkers.articlesPerSec)} with ${allWorkers.workers} (×${fmt(allWorkers.articlesPerSec / oneWorker.articlesPerSec)})`,
        );
    }
    out.push(
      `10k articles ≤ 3 min (≥ ${fmt(10_000 / TEN_K_SECONDS)} articles/s): ${mark(s.targets["tenKIn3Min"] ?? null)}; peak RSS ≤ 1 GB: ${mark(s.targets["peakRss1GB"] ?? null)}`,
    );
  }
  if (r.graphql) {
    out.push(
      `\nGraphQL on the ${r.graphql.graphArticles}-article graph, ms (raw = the same Cypher through the driver):`,
    );
    out.push(
      table([
        [
          "operation",
          "n",
          "stmts",
          "gql p50",
          "gql p95",
          "gql p99",
          "raw p50",
          "raw p95",
          "raw p99",
          "p95 ratio",
        ],
        ...r.graphql.operations.map((o) => [
          o.op,
          String(o.samples),
          String(o.statements),
          fmt(o.gql.p50),
          fmt(o.gql.p95),
          fmt(o.gql.p99),
          fmt(o.raw.p50),
          fmt(o.raw.p95),
          fmt(o.raw.p99),
          fmt(o.overheadP95),
        ]),
      ]),
    );
    const f = r.graphql.floor;
    out.push(
      `fixed cost of a request ({ __typename }: HTTP, Apollo, armor, no database): p50 ${fmt(f.p50)} ms, p95 ${fmt(f.p95)} ms`,
    );
    out.push(
      `p95 ≤ 50 ms: ${mark(s.targets["gqlP95"] ?? null)}; ≤ 1.5× raw (worst operation): ${mark(s.targets["gqlOverhead"] ?? null)}`,
    );
  }
  if (r.graphqlLoad)
    out.push(`\nGraphQL under load (autocannon, loopback): ${JSON.stringify(r.graphqlLoad)}`);
  if (r.client) {
    out.push(
      r.client.available
        ? `\nClient: first drawn graph 500 nodes ${fmt(r.client.renderMs500)} ms, 2,000 nodes ${fmt(r.client.renderMs2000)} ms (layout ${fmt(r.client.layoutMs2000)} ms); ≤ 2 s: ${mark(s.targets["render2000"] ?? null)}`
        : `\nClient: not available (${r.client.reason})`,
    );
  }
  if (r.skipped.length) out.push(`\nSkipped: ${r.skipped.join(", ")}`);
  return out.join("\n");
}
