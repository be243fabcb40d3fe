/**
 * Loading against the real Neo4j: idempotency, replacing a changed article's facts, grouping
 * articles into few transactions, and isolating a failing article. Each test loads its own
 * story (unique ids) and deletes it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import type { ArticleNode, GraphDocument } from "../common/graph-document.ts";
import {
  buildArticle,
  buildDocument,
  buildProposal,
  buildStory,
  evidenceIn,
  hashOf,
  uniquePrefix,
} from "./support/build-document.ts";
import { openTestData, testNeo4jTarget } from "./support/neo4j.ts";

let data: DataAccess;

beforeAll(async () => {
  data = await openTestData();
});

afterAll(async () => {
  await data?.close();
});

/** Loads a document, runs the test, then deletes its articles (and so everything they stated). */
async function withLoaded<T>(doc: GraphDocument, test: () => Promise<T>): Promise<T> {
  try {
    return await test();
  } finally {
    for (const article of doc.articles) await data.deleteArticle(article.id);
  }
}

/** Several stories in one document: 2 articles each, sharing entities within a story. */
function buildStories(count: number): GraphDocument {
  const docs = Array.from({ length: count }, () => buildStory().document);
  return buildDocument({
    articles: docs.flatMap((d) => d.articles),
    people: docs.flatMap((d) => d.people),
    institutions: docs.flatMap((d) => d.institutions),
    countries: docs.flatMap((d) => d.countries),
    meetings: docs.flatMap((d) => d.meetings),
    proposals: docs.flatMap((d) => d.proposals),
    lineage: docs.flatMap((d) => d.lineage),
    stances: docs.flatMap((d) => d.stances),
    mentions: docs.flatMap((d) => d.mentions),
  });
}

/** The document with article `id` replaced by `article` (a new version of it). */
function withArticle(doc: GraphDocument, article: ArticleNode): GraphDocument {
  return { ...doc, articles: doc.articles.map((a) => (a.id === article.id ? article : a)) };
}

describe("loadGraph", () => {
  it("writes a group of articles and reports what it created", async () => {
    const { document } = buildStory();
    const before = await data.countGraph();
    await withLoaded(document, async () => {
      const seen: string[] = [];
      const summary = await data.loadGraph(document, {
        onArticle: (r) => seen.push(`${r.articleId}:${r.status}`),
      });
      expect(summary.articles).toEqual({ ingested: 2, unchanged: 0, failed: 0 });
      expect(seen).toEqual(document.articles.map((a) => `${a.id}:ingested`));
      expect(summary.warnings).toEqual([]);
      const after = await data.countGraph();
      expect(summary.counters.nodesCreated).toBe(after.nodes - before.nodes);
      expect(summary.counters.relationshipsCreated).toBe(after.relationships - before.relationships);
    });
    // Deleting the articles removes everything they stated: nothing is left behind.
    expect(await data.countGraph()).toEqual(before);
  });

  it("writes a group of articles in a few statements, giving the graph one transaction per article gives", async () => {
    let statements = 0;
    const counted = createDataAccess(testNeo4jTarget(), { onStatement: () => (statements += 1) });
    const document = buildStories(6);
    const before = await data.countGraph();
    try {
      const grouped = await counted.loadGraph(document);
      const groupedStatements = statements;
      const afterGrouped = await data.countGraph();
      expect(grouped.articles).toEqual({ ingested: 12, unchanged: 0, failed: 0 });
      expect(grouped.counters.relationshipsCreated).toBe(afterGrouped.relationships - before.relationships);
      for (const article of document.articles) await data.deleteArticle(article.id);
      expect(await data.countGraph()).toEqual(before);

      statements = 0;
      const single = await counted.loadGraph(document, { groupSize: 1 });
      expect(single.articles).toEqual(grouped.articles);
      // propertiesSet differs: a group sets an entity's properties once, not once per article.
      expect(single.counters.nodesCreated).toBe(grouped.counters.nodesCreated);
      expect(single.counters.relationshipsCreated).toBe(grouped.counters.relationshipsCreated);
      expect(await data.countGraph()).toEqual(afterGrouped);
      // One transaction of about ten statements instead of about ten per article.
      expect(groupedStatements).toBeLessThanOrEqual(15);
      expect(statements).toBeGreaterThan(4 * groupedStatements);
    } finally {
      for (const article of document.articles) await data.deleteArticle(article.id);
      await counted.close();
    }
    expect(await data.countGraph()).toEqual(before);
  });

  it("skips unchanged articles on a second load and leaves the graph identical", async () => {
    const { document } = buildStory();
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      const first = await data.countGraph();
      const second = await data.loadGraph(document);
      expect(second.articles).toEqual({ ingested: 0, unchanged: 2, failed: 0 });
      expect(second.counters).toEqual({
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      });
      expect(await data.countGraph()).toEqual(first);
    });
  });

  it("rewrites an article whose content is unchanged when forced, without growing the graph", async () => {
    const { document } = buildStory();
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      const first = await data.countGraph();
      const forced = await data.loadGraph(document, { force: true });
      expect(forced.articles.ingested).toBe(2);
      expect(await data.countGraph()).toEqual(first);
    });
  });

  it("removes facts only a changed article supported and keeps facts another article supports", async () => {
    const story = buildStory();
    const { document, articles, proposals, meetings, people } = story;
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      // Article B is re-published without the sentence about Harbour Plan II.
      const body = "Anna Alpha and Boris Beta held talks in Geneva.";
      const changedB = buildArticle({ ...articles.b, body, contentHash: hashOf(body) });
      const changed = withArticle({ ...document, proposals: [proposals.plan], lineage: [] }, changedB);
      const summary = await data.loadGraph(changed);
      expect(summary.results.map((r) => r.status)).toEqual(["unchanged", "ingested"]);
      expect(summary.counters.nodesDeleted).toBeGreaterThan(0);

      // Only B stated Harbour Plan II and the revision: both are gone.
      expect(await data.findEntity(proposals.plan2.id)).toBeNull();
      const lineage = await data.findLineage(proposals.plan.id);
      expect(lineage?.descendants).toEqual([]);
      // The talks are also stated by A: the meeting, its attendance and A's evidence stay.
      const participants = await data.findRelated("meetingParticipants", [meetings.talks.id]);
      expect(
        participants
          .get(meetings.talks.id)
          ?.map((p) => p.id)
          .sort(),
      ).toEqual([people.alpha.id, people.beta.id].sort());
      const evidence = await data.findEvidenceOf("Meeting", [meetings.talks.id]);
      expect(
        evidence
          .get(meetings.talks.id)
          ?.map((e) => e.articleId)
          .sort(),
      ).toEqual([articles.a.id, articles.b.id].sort());
    });
  });

  it("deletes an entity when the only article that named it no longer does", async () => {
    const story = buildStory();
    const { document, articles, people, meetings } = story;
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      const body = "Anna Alpha met Boris Beta in Geneva on Tuesday. Betaland tabled the Harbour Plan.";
      const changedA = buildArticle({ ...articles.a, body, contentHash: hashOf(body) });
      const changed = withArticle(
        { ...document, people: [people.alpha, people.beta], meetings: [meetings.talks] },
        changedA,
      );
      // Offsets moved in the new body: rebuild the facts A states from the new text.
      const shift = (e: { articleId: string; quote: string }) => {
        const start = body.indexOf(e.quote);
        return { ...e, start, end: start + e.quote.length };
      };
      const fix = <
        T extends { evidence: { articleId: string; quote: string; start: number; end: number }[] },
      >(
        x: T,
      ): T => ({
        ...x,
        evidence: x.evidence
          .filter((e) => e.articleId !== articles.a.id || body.includes(e.quote))
          .map((e) => (e.articleId === articles.a.id ? shift(e) : e)),
      });
      changed.people = changed.people.map(fix);
      changed.meetings = changed.meetings.map(fix);
      changed.countries = changed.countries.map(fix);
      changed.proposals = changed.proposals.map(fix);
      changed.stances = changed.stances.map(fix);
      changed.mentions = changed.mentions.filter((m) => m.articleId !== articles.a.id);

      await data.loadGraph(changed);
      expect(await data.findEntity(people.gamma.id)).toBeNull();
      expect(await data.findEntity(meetings.planned.id)).toBeNull();
      expect((await data.findEntity(people.alpha.id))?.id).toBe(people.alpha.id);
      const alphaEvidence =
        (await data.findEvidenceOf("Person", [people.alpha.id])).get(people.alpha.id) ?? [];
      for (const e of alphaEvidence.filter((x) => x.articleId === articles.a.id)) {
        expect(body.slice(e.start, e.end)).toBe(e.quote);
      }
    });
  });

  it("reports a failing article and still loads the others of its group, each alone and whole", async () => {
    const good = buildArticle({ id: `${buildStory().prefix}-good` });
    // A map is not a valid Neo4j property value, so this article's write fails.
    const bad = { ...buildArticle({ id: `${good.id}-bad` }), title: { nested: true } as unknown as string };
    const doc = buildDocument({ articles: [bad, good] });
    await withLoaded(doc, async () => {
      const summary = await data.loadGraph(doc);
      expect(summary.articles).toEqual({ ingested: 1, unchanged: 0, failed: 1 });
      expect(summary.results[0]).toMatchObject({
        articleId: bad.id,
        status: "failed",
        error: expect.any(String),
      });
      expect((await data.findArticlesByIds([good.id])).has(good.id)).toBe(true);
      // The group's transaction rolled back and the bad article, retried alone, wrote nothing.
      expect((await data.findArticlesByIds([bad.id])).has(bad.id)).toBe(false);
    });
  });

  it("unions aliases across loads instead of replacing them", async () => {
    const story = buildStory();
    const { document, people } = story;
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      const renamed = { ...people.alpha, aliases: ["A. Alpha"] };
      const next = { ...document, people: [renamed, people.beta, people.gamma] };
      await data.loadGraph(next, { force: true });
      const alpha = await data.findEntity(people.alpha.id);
      expect(alpha?.kind === "Person" && alpha.aliases.sort()).toEqual(
        [...people.alpha.aliases, "A. Alpha"].sort(),
      );
    });
  });

  it("links a term to its plan by one PART_OF relationship, however often the article is loaded", async () => {
    const prefix = uniquePrefix("part-of");
    const article = buildArticle({
      id: `${prefix}-article`,
      body: "The envoys tabled a harbour plan. It caps the fleet at 600 ships.",
    });
    const plan = buildProposal({
      id: `${prefix}-plan`,
      name: `Harbour plan ${prefix}`,
      evidence: [evidenceIn(article, "The envoys tabled a harbour plan.")],
    });
    const term = buildProposal({
      id: `${prefix}-term`,
      name: `cap of 600 ships ${prefix}`,
      partOf: plan.id,
      evidence: [evidenceIn(article, "It caps the fleet at 600 ships.")],
    });
    const document = buildDocument({ articles: [article], proposals: [plan, term] });
    const partOfEdges = async () =>
      (await data.findNeighborhood(term.id, 1))?.edges.filter((e) => e.kind === "PART_OF") ?? [];
    await withLoaded(document, async () => {
      await data.loadGraph(document);
      await data.loadGraph(document, { force: true });
      expect(await partOfEdges()).toEqual([
        expect.objectContaining({ source: term.id, target: plan.id, weight: 1 }),
      ]);
    });
    expect(await data.findEntity(term.id)).toBeNull();
  });
});
