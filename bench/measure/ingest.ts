/** End-to-end ingest runs as measured child processes: the bench pipeline and the ingest CLI. */
import { join } from "node:path";
import { lastJsonLine, runTsChild } from "../lib/child.ts";

export interface IngestRun {
  /** pipeline: bench/ingest-run.ts; cli: `npm run ingest`; extract: `npm run extract`, no database. */
  kind: "pipeline" | "cli" | "extract";
  articles: number;
  workers: number;
  wallMs: number;
  articlesPerSec: number;
  peakRssMB: number | null;
  /** Pipeline only: time the loader spent in loadGraph, and worker time extracting. */
  loadBusyMs?: number;
  extractBusyMs?: number;
  relationships?: number;
  failed: number;
}

interface PipelineOutput {
  articles: number;
  failed: number;
  wallMs: number;
  extractBusyMs: number;
  loadBusyMs: number;
  relationships: number;
  workers: number;
}

/** bench/ingest-run.ts: streamed batches, `workers` extraction threads, one loader. */
export async function runPipeline(
  dir: string,
  articles: number,
  workers: number,
  env: NodeJS.ProcessEnv,
  tmpDir: string,
  timeoutMs: number,
): Promise<IngestRun> {
  // Batches small enough that every worker gets several, at most 100 articles each.
  const batch = Math.max(10, Math.min(100, Math.ceil(articles / (4 * workers))));
  const child = await runTsChild(
    "bench/ingest-run.ts",
    ["--dir", dir, "--workers", String(workers), "--batch", String(batch)],
    {
      env,
      tmpDir,
      timeoutMs,
      echoStderr: true,
    },
  );
  const out = lastJsonLine<PipelineOutput>(child.stdout);
  if (child.code !== 0 || !out)
    throw new Error(`ingest-run failed (${child.code}): ${child.stderr.slice(-2000)}`);
  return {
    kind: "pipeline",
    articles: out.articles,
    workers: out.workers,
    wallMs: out.wallMs,
    articlesPerSec: out.articles / (out.wallMs / 1000),
    peakRssMB: child.peakRssMB,
    loadBusyMs: out.loadBusyMs,
    extractBusyMs: out.extractBusyMs,
    relationships: out.relationships,
    failed: out.failed,
  };
}

/** A CLI run as a user runs it, timed from the outside (process start-up and module loading included). */
async function timeCli(
  kind: "cli" | "extract",
  script: string,
  args: string[],
  articles: number,
  workers: number,
  options: { env?: NodeJS.ProcessEnv; tmpDir: string; timeoutMs: number },
): Promise<IngestRun> {
  const child = await runTsChild(join("ingest", "cli", script), args, options);
  if (child.code !== 0) throw new Error(`${script} failed (${child.code}): ${child.stderr.slice(-2000)}`);
  return {
    kind,
    articles,
    workers,
    wallMs: child.wallMs,
    articlesPerSec: articles / (child.wallMs / 1000),
    peakRssMB: child.peakRssMB,
    failed: 0,
  };
}

/** `npm run ingest -- --workers N` as a user runs it (reading, extraction on N threads, writing). */
export function runCli(
  dir: string,
  articles: number,
  workers: number,
  env: NodeJS.ProcessEnv,
  tmpDir: string,
  timeoutMs: number,
): Promise<IngestRun> {
  return timeCli("cli", "ingest.ts", [dir, "--workers", String(workers)], articles, workers, {
    env,
    tmpDir,
    timeoutMs,
  });
}

/**
 * `npm run extract -- <dir> --workers N` (no database): how extraction alone scales with threads,
 * apart from the loader and Neo4j that share the machine in the runs above.
 */
export function runExtractCli(
  dir: string,
  articles: number,
  workers: number,
  tmpDir: string,
  timeoutMs: number,
): Promise<IngestRun> {
  return timeCli(
    "extract",
    "extract.ts",
    [dir, "--workers", String(workers), "--compact"],
    articles,
    workers,
    {
      tmpDir,
      timeoutMs,
    },
  );
}
