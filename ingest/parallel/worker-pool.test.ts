import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAnalyser, extractFiles, loadKnowledge, workersFor } from "../index.ts";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;
const knowledge = loadKnowledge();
const pool = createAnalyser(2, knowledge, 5_000_000);

afterAll(() => pool.close());

describe("extraction on worker threads", () => {
  it("gives the same graph document, in the same order, as extraction on this thread", async () => {
    const inThread = await extractFiles([SAMPLES], { knowledge });
    const onWorkers = await extractFiles([SAMPLES], { knowledge, analyser: pool });
    expect(onWorkers.articles.length).toBeGreaterThan(3);
    expect(onWorkers).toEqual(inThread);
  }, 60_000);

  it("reports a file it cannot read with the same reason, and goes on with the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "worker-pool-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "talks.txt"), "Sergei Lavrov met Marco Rubio in Riyadh on 18 February 2025.\n");
    const inThread = await extractFiles([dir], { knowledge });
    const onWorkers = await extractFiles([dir], { knowledge, analyser: pool });
    expect(onWorkers.failures).toEqual(inThread.failures);
    expect(onWorkers.failures.map((f) => f.file)).toEqual([join(dir, "empty.txt")]);
    expect(onWorkers.articles.map((a) => a.file)).toEqual(["talks.txt"]);
  }, 60_000);
});

describe("workersFor", () => {
  it("starts a worker only for every 50 files, up to the number asked for", () => {
    expect(workersFor(8, 6)).toBe(1);
    expect(workersFor(8, 99)).toBe(1);
    expect(workersFor(8, 100)).toBe(2);
    expect(workersFor(2, 10_000)).toBe(2);
    expect(workersFor(1, 10_000)).toBe(1);
  });
});
