import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../common/graph-document.ts";
import type { DataAccess, LoadSummary } from "../../db/index.ts";
import { emptyKnowledge } from "../index.ts";
import { ingestPaths, shardChunks } from "./ingest-paths.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeArticles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "ingest-paths-"));
  dirs.push(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `a${i}.txt`), `Article ${i}.\n\nTalks were held on day ${i}.`);
  writeFileSync(join(dir, "empty.txt"), "");
  return dir;
}

/** A data module that records the documents it is given and reports every article ingested. */
function recordingData() {
  const docs: GraphDocument[] = [];
  let writing = 0;
  let overlapped = false;
  const data: Pick<DataAccess, "loadGraph"> = {
    async loadGraph(doc, options) {
      docs.push(doc);
      overlapped ||= writing > 0;
      writing++;
      await new Promise((r) => setTimeout(r, 5));
      writing--;
      const results = doc.articles.map((a) => ({
        articleId: a.id,
        status: "ingested" as const,
        counters: {
          nodesCreated: 1,
          nodesDeleted: 0,
          relationshipsCreated: 0,
          relationshipsDeleted: 0,
          propertiesSet: 0,
        },
      }));
      for (const r of results) options?.onArticle?.(r);
      const summary: LoadSummary = {
        articles: { ingested: results.length, unchanged: 0, failed: 0 },
        counters: {
          nodesCreated: results.length,
          nodesDeleted: 0,
          relationshipsCreated: 0,
          relationshipsDeleted: 0,
          propertiesSet: 0,
        },
        results,
        warnings: [],
      };
      return summary;
    },
  };
  return { data, docs, overlapped: () => overlapped };
}

describe("ingestPaths", () => {
  it("extracts and writes in chunks, one chunk written at a time, and adds up the report", async () => {
    const dir = writeArticles(5);
    const { data, docs, overlapped } = recordingData();
    const report = await ingestPaths(data, [dir], {
      knowledge: emptyKnowledge(),
      maxArticleBytes: 100_000,
      chunkFiles: 2,
    });
    expect(docs.map((d) => d.articles.length + d.failures.length)).toEqual([2, 2, 2]);
    expect(overlapped()).toBe(false);
    expect(report.articles).toEqual({ ingested: 5, unchanged: 0, failed: 1 });
    expect(report.failures.map((f) => f.file)).toEqual([join(dir, "empty.txt")]);
    expect(report.counters.nodesCreated).toBe(5);
  });

  it("reports a path that does not exist once, and writes the rest", async () => {
    const dir = writeArticles(1);
    const { data } = recordingData();
    const missing = join(dir, "missing");
    const report = await ingestPaths(data, [missing, dir], {
      knowledge: emptyKnowledge(),
      maxArticleBytes: 100_000,
    });
    expect(report.articles).toEqual({ ingested: 1, unchanged: 0, failed: 2 });
    expect(report.failures.map((f) => f.file)).toEqual([missing, join(dir, "empty.txt")]);
  });
});

describe("shards", () => {
  const files = Array.from({ length: 7 }, (_, i) => `f${i}.txt`);

  it("give each shard every N-th chunk of a single run, so together they hold each file once", () => {
    expect(shardChunks(files, 2, { index: 1, count: 2 })).toEqual([
      ["f0.txt", "f1.txt"],
      ["f4.txt", "f5.txt"],
    ]);
    expect(shardChunks(files, 2, { index: 2, count: 2 })).toEqual([["f2.txt", "f3.txt"], ["f6.txt"]]);
    const all = [1, 2, 3].flatMap((index) => shardChunks(files, 2, { index, count: 3 }).flat());
    expect(all.sort()).toEqual(files);
    expect(shardChunks(files, 3)).toEqual([
      ["f0.txt", "f1.txt", "f2.txt"],
      ["f3.txt", "f4.txt", "f5.txt"],
      ["f6.txt"],
    ]);
  });

  it("ingest only their own chunks, and the first shard alone reports paths it cannot list", async () => {
    const dir = writeArticles(4);
    const missing = join(dir, "no-such-folder");
    const second = recordingData();
    const report = await ingestPaths(second.data, [dir, missing], {
      knowledge: emptyKnowledge(),
      maxArticleBytes: 1_000_000,
      chunkFiles: 2,
      shard: { index: 2, count: 2 },
    });
    // Sorted: a0 a1 | a2 a3 | empty — shard 2 of 2 gets the middle chunk.
    expect(second.docs.flatMap((d) => d.articles.map((a) => a.file))).toEqual(["a2.txt", "a3.txt"]);
    expect(report.failures).toEqual([]);
    const first = recordingData();
    const firstReport = await ingestPaths(first.data, [dir, missing], {
      knowledge: emptyKnowledge(),
      maxArticleBytes: 1_000_000,
      chunkFiles: 2,
      shard: { index: 1, count: 2 },
    });
    expect(first.docs.flatMap((d) => d.articles.map((a) => a.file))).toEqual(["a0.txt", "a1.txt"]);
    expect(firstReport.failures.map((f) => f.file)).toEqual(
      expect.arrayContaining([missing, join(dir, "empty.txt")]),
    );
  });
});
