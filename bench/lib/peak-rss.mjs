/**
 * Preloaded into a measured child process (`node --import tsx --import ./bench/lib/peak-rss.mjs`):
 * at exit it writes the process's peak resident set size (worker threads included) to the file
 * named by BENCH_RSS_FILE. The bench reads it; the child itself needs no change. Plain JavaScript:
 * worker threads inherit the flags, and a worker may import it before tsx's hooks are in place.
 */
import { writeFileSync } from "node:fs";
import process from "node:process";
import { isMainThread } from "node:worker_threads";

const file = process.env["BENCH_RSS_FILE"];
if (file && isMainThread) {
  process.on("exit", () => {
    // maxRSS is in kilobytes.
    writeFileSync(file, JSON.stringify({ peakRssMB: process.resourceUsage().maxRSS / 1024 }));
  });
}
