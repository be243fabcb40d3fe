/** Runs a TypeScript entry point as a measured child process: wall time, peak RSS, output. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { elapsedMs, now } from "./stats.ts";

export interface ChildResult {
  code: number | null;
  wallMs: number;
  /** Peak RSS of the child (its worker threads included), or null if it did not report. */
  peakRssMB: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve(import.meta.dirname, "../..");

export interface ChildOptions {
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGTERM, then SIGKILL) after this long. */
  timeoutMs: number;
  tmpDir: string;
  /** Echo the child's stderr as it comes (progress of long runs). */
  echoStderr?: boolean;
}

/** `node --import tsx --import peak-rss.mjs <script> ...args` from the repository root. */
export function runTsChild(script: string, args: string[], options: ChildOptions): Promise<ChildResult> {
  const rssFile = join(options.tmpDir, `rss-${process.pid}-${Date.now()}.json`);
  const start = now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", join(ROOT, "bench/lib/peak-rss.mjs"), script, ...args],
    {
      cwd: ROOT,
      env: { ...(options.env ?? process.env), BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echoStderr) process.stderr.write(chunk);
  });
  const timer = setTimeout(() => {
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  }, options.timeoutMs);
  return new Promise((resolvePromise, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      const wallMs = elapsedMs(start);
      let peakRssMB: number | null = null;
      if (existsSync(rssFile)) {
        peakRssMB = (JSON.parse(readFileSync(rssFile, "utf8")) as { peakRssMB: number }).peakRssMB;
        rmSync(rssFile, { force: true });
      }
      resolvePromise({ code, wallMs, peakRssMB, stdout, stderr });
    });
  });
}

/** The last line of stdout parsed as JSON (children report that way). */
export function lastJsonLine<T>(stdout: string): T | null {
  const line = stdout.trimEnd().split("\n").pop();
  if (!line) return null;
  try {
    return JSON.parse(line) as T;
  } catch {
    return null;
  }
}
