import { describe, expect, it } from "vitest";
import { buildStory } from "../../test/support/build-document.ts";
import { entityRows, factRows, mentionRows } from "./group-rows.ts";
import { splitDocument } from "./split.ts";

describe("group rows", () => {
  it("writes an entity stated by two articles of a group once, with the evidence of both", () => {
    const story = buildStory("g1");
    const { slices } = splitDocument(story.document);
    const people = entityRows(slices, new Map()).filter((e) => e.kind === "Person");
    const alpha = people.filter((p) => p.id === story.people.alpha.id);
    expect(alpha).toHaveLength(1);
    const articles = new Set(alpha[0]?.evidenceIds.map((id) => id.split("#")[0]));
    expect(articles).toEqual(new Set([story.articles.a.id, story.articles.b.id]));
  });

  it("puts the kept node's own row before rows merged into it", () => {
    const story = buildStory("g2");
    const { slices } = splitDocument(story.document);
    const redirects = new Map([
      [story.people.alpha.id, { nodeId: story.people.beta.id, chain: [story.people.alpha.id] }],
    ]);
    const people = entityRows(slices, redirects);
    const chains = people.map((p) => p.chain !== null);
    expect(chains).toEqual([...chains].sort((a, b) => Number(a) - Number(b)));
    expect(people.find((p) => p.id === story.people.alpha.id)?.nodeId).toBe(story.people.beta.id);
  });

  it("stamps facts and mentions with their own article and drops facts that became loops", () => {
    const story = buildStory("g3");
    const { slices } = splitDocument(story.document);
    const ids = entityRows(slices, new Map());
    const elementIds = new Map(ids.map((e) => [e.id, `el-${e.id}`]));
    const { plain, redirected } = factRows(slices, elementIds, new Map());
    expect(redirected).toEqual([]);
    expect(new Set(plain.map((f) => f.articleId))).toEqual(
      new Set([story.articles.a.id, story.articles.b.id]),
    );

    // Were Alpha and the talks one node, Alpha's attendance of them would be a loop.
    const talks = story.meetings.talks.id;
    const attendance = plain.filter(
      (f) =>
        f.type === "ATTENDED" && f.source === `el-${story.people.alpha.id}` && f.target === `el-${talks}`,
    );
    expect(attendance.length).toBeGreaterThan(0);
    const merged = new Map(elementIds);
    merged.set(story.people.alpha.id, `el-${talks}`);
    const facts = factRows(slices, merged, new Map());
    expect(facts.plain).toHaveLength(plain.length - attendance.length);

    const articleIds = new Map(slices.map((s) => [s.article.id, `el-${s.article.id}`]));
    const mentions = mentionRows(slices, articleIds, elementIds, new Map());
    expect(mentions.every((m) => m.source === `el-${m.articleId}`)).toBe(true);
  });
});
