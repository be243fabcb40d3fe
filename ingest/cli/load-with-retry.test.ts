import { describe, expect, it } from "vitest";
import type { ArticleNode, GraphDocument } from "../../common/graph-document.ts";
import type {
  ArticleLoadResult,
  ArticleLoadStatus,
  DataAccess,
  LoadOptions,
  LoadSummary,
} from "../../db/index.ts";
import { isUnavailableFailure, loadWithRetry } from "./load-with-retry.ts";

const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 };

function buildArticle(id: string): ArticleNode {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    published: null,
    outlet: null,
    author: null,
    url: null,
    contentHash: id,
    body: "x",
  };
}

function buildDoc(ids: string[]): GraphDocument {
  return {
    articles: ids.map(buildArticle),
    people: [],
    institutions: [],
    countries: [],
    meetings: [],
    proposals: [],
    lineage: [],
    stances: [],
    mentions: [],
    failures: [],
  };
}

function result(articleId: string, status: ArticleLoadStatus, error?: string): ArticleLoadResult {
  const nodes = status === "ingested" ? 1 : 0;
  const counters = {
    nodesCreated: nodes,
    nodesDeleted: 0,
    relationshipsCreated: nodes,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  return { articleId, status, counters, ...(error ? { error } : {}) };
}

const UNAVAILABLE = "The database is unavailable (ServiceUnavailable)";

/** A data module whose loads answer from a script: one outcome per call, keyed by article. */
function scriptedData(script: Record<string, (ArticleLoadStatus | "down")[]>) {
  const loaded: string[][] = [];
  const data: Pick<DataAccess, "loadGraph"> = {
    async loadGraph(doc: GraphDocument, options?: LoadOptions): Promise<LoadSummary> {
      loaded.push(doc.articles.map((a) => a.id));
      const results = doc.articles.map((a) => {
        const next = script[a.id]?.shift() ?? "ingested";
        const r =
          next === "down"
            ? result(a.id, "failed", UNAVAILABLE)
            : result(a.id, next, next === "failed" ? "bad row" : undefined);
        options?.onArticle?.(r);
        return r;
      });
      const articles = { ingested: 0, unchanged: 0, failed: 0 };
      for (const r of results) articles[r.status] += 1;
      const counters = {
        nodesCreated: articles.ingested,
        nodesDeleted: 0,
        relationshipsCreated: articles.ingested,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      };
      return {
        articles,
        counters,
        results,
        warnings: loaded.length === 1 ? ["first-pass warning"] : ["retry warning"],
      };
    },
  };
  return { data, loaded };
}

describe("loadWithRetry", () => {
  it("reloads only the articles not yet written after an outage, and reports each once", async () => {
    const { data, loaded } = scriptedData({
      a: ["ingested"],
      b: ["down", "down", "ingested"],
      c: ["unchanged"],
    });
    const seen: string[] = [];
    const summary = await loadWithRetry(data, buildDoc(["a", "b", "c"]), {
      retry: fast,
      onArticle: (r) => seen.push(`${r.articleId}:${r.status}`),
    });
    expect(loaded).toEqual([
      ["a", "b", "c"],
      ["b", "c"],
      ["b", "c"],
    ]);
    expect(seen).toEqual(["a:ingested", "b:ingested", "c:unchanged"]);
    expect(summary.articles).toEqual({ ingested: 2, unchanged: 1, failed: 0 });
    expect(summary.counters.nodesCreated).toBe(2);
    expect(summary.results.map((r) => r.articleId)).toEqual(["a", "b", "c"]);
  });

  it("stops a pass at the first article refused for want of a database, leaving the rest untried", async () => {
    const { data, loaded } = scriptedData({ b: ["down"] });
    const tried: string[] = [];
    const counting: Pick<DataAccess, "loadGraph"> = {
      loadGraph: (doc, options) =>
        data.loadGraph(doc, {
          ...options,
          onArticle: (r) => {
            tried.push(r.articleId);
            options?.onArticle?.(r);
          },
        }),
    };
    await loadWithRetry(counting, buildDoc(["a", "b", "c", "d"]), { retry: fast });
    // c and d are tried once, after the outage, not once during it and again after.
    expect(tried).toEqual(["a", "b", "b", "c", "d"]);
    expect(loaded).toEqual([
      ["a", "b", "c", "d"],
      ["b", "c", "d"],
    ]);
  });

  it("keeps the warnings of a pass over the whole document", async () => {
    const { data } = scriptedData({});
    const summary = await loadWithRetry(data, buildDoc(["a", "b"]), { retry: fast });
    expect(summary.warnings).toEqual(["first-pass warning"]);
  });

  it("does not retry an article that failed for another reason", async () => {
    const { data, loaded } = scriptedData({ a: ["failed"] });
    const summary = await loadWithRetry(data, buildDoc(["a"]), { retry: fast });
    expect(loaded).toHaveLength(1);
    expect(summary.articles.failed).toBe(1);
  });

  it("gives up after the last attempt, reporting untried articles failed with the database's reason", async () => {
    const { data, loaded } = scriptedData({ a: ["down", "down", "down", "ingested"] });
    const seen: ArticleLoadResult[] = [];
    const summary = await loadWithRetry(data, buildDoc(["a", "b"]), {
      retry: fast,
      onArticle: (r) => seen.push(r),
    });
    expect(loaded).toHaveLength(3);
    expect(summary.articles).toEqual({ ingested: 0, unchanged: 0, failed: 2 });
    expect(seen.map((r) => r.articleId)).toEqual(["a", "b"]);
    expect(seen.every(isUnavailableFailure)).toBe(true);
  });
});
