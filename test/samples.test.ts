/**
 * Issue 12, point 9: sample articles are marked when ingest is told so, and removeSamples deletes
 * them with every fact only they supported; a fact another article also supports survives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DataAccess } from "../db/index.ts";
import { uniquePrefix } from "./support/build-document.ts";
import { buildSampleAndOwn } from "./support/sample-story.ts";
import { openTestData } from "./support/neo4j.ts";

let data: DataAccess;

beforeAll(async () => {
  data = await openTestData();
});

afterAll(async () => {
  await data?.close();
});

describe("sample articles", () => {
  it("marks samples and removes them with what only they supported, keeping shared facts", async () => {
    const story = buildSampleAndOwn(uniquePrefix("samples"));
    try {
      await data.loadGraph(story.sampleDoc, { sample: true });
      await data.loadGraph(story.ownDoc);
      const articles = await data.findArticlesByIds([story.sample.id, story.own.id]);
      expect(articles.get(story.sample.id)?.sample).toBe(true);
      expect(articles.get(story.own.id)?.sample).toBe(false);

      const removed = await data.removeSamples({ who: "test" });
      expect(removed).toContain(story.sample.id);
      expect(removed).not.toContain(story.own.id);

      const after = await data.findArticlesByIds([story.sample.id, story.own.id]);
      expect(after.has(story.sample.id)).toBe(false);
      expect(after.has(story.own.id)).toBe(true);
      // Only the sample stated the Oslo meeting and Greta Gamma: gone.
      expect(await data.findEntity(story.ids.oslo)).toBeNull();
      expect(await data.findEntity(story.ids.gamma)).toBeNull();
      // The Geneva talks and their participants, also stated by the user's article, stay with its evidence only.
      expect(await data.findEntity(story.ids.shared)).not.toBeNull();
      expect(await data.findEntity(story.ids.alpha)).not.toBeNull();
      expect(await data.findEntity(story.ids.beta)).not.toBeNull();
      const evidence = await data.findEvidenceOf("Meeting", [story.ids.shared]);
      expect((evidence.get(story.ids.shared) ?? []).map((e) => e.articleId)).toEqual([story.own.id]);

      // Nothing left to remove: a second call is a no-op.
      expect(await data.removeSamples()).not.toContain(story.own.id);
    } finally {
      await data.deleteArticle(story.sample.id);
      await data.deleteArticle(story.own.id);
    }
  });
});
