import { describe, expect, it } from "vitest";
import {
  buildArticle,
  buildDocument,
  buildPerson,
  buildProposal,
  buildStory,
  evidenceIn,
} from "../../test/support/build-document.ts";
import { describeMeeting, splitDocument } from "./split.ts";

describe("splitDocument", () => {
  it("makes one slice per article, each with only that article's evidence", () => {
    const story = buildStory("s1");
    const { slices, warnings } = splitDocument(story.document);
    expect(warnings).toEqual([]);
    expect(slices.map((s) => s.article.id)).toEqual([story.articles.a.id, story.articles.b.id]);
    for (const slice of slices) {
      expect(slice.evidence.every((e) => e.articleId === slice.article.id)).toBe(true);
    }
  });

  it("attributes a meeting's attendance to every article that reports the meeting", () => {
    const story = buildStory("s2");
    const { slices } = splitDocument(story.document);
    for (const slice of slices) {
      const attended = slice.facts.filter((f) => f.type === "ATTENDED" && f.to === story.meetings.talks.id);
      expect(attended.map((f) => f.from).sort()).toEqual(
        [story.people.alpha.id, story.people.beta.id].sort(),
      );
      expect(attended.every((f) => f.evidenceIds.length === 1)).toBe(true);
    }
  });

  it("includes an entity an article only refers to, without evidence", () => {
    const story = buildStory("s3");
    const sliceB = splitDocument(story.document).slices[1];
    // Article B states the revision, so the earlier plan is an endpoint with no evidence in B.
    const plan = sliceB?.entities.find((e) => e.id === story.proposals.plan.id);
    expect(plan?.evidenceIds).toEqual([]);
    expect(sliceB?.facts.some((f) => f.type === "REVISES")).toBe(true);
  });

  it("merges a fact stated twice in one article into one row with both sentences", () => {
    const article = buildArticle({ id: "a1", body: "X met Y. X and Y met again." });
    const e1 = evidenceIn(article, "X met Y.");
    const e2 = evidenceIn(article, "X and Y met again.");
    const doc = buildDocument({
      articles: [article],
      people: [buildPerson({ id: "x", name: "X", evidence: [e1], country: "c" })],
      countries: [{ id: "c", name: "C", aliases: [], code: null, confidence: 1, evidence: [e2] }],
      stances: [],
    });
    doc.people[0]!.evidence.push(e2);
    const slice = splitDocument(doc).slices[0];
    const represents = slice?.facts.filter((f) => f.type === "REPRESENTS");
    expect(represents).toHaveLength(1);
    expect(represents?.[0]?.evidenceIds).toEqual(["a1#0-8", "a1#9-27"]);
  });

  it("writes a term's partOf as a PART_OF fact from the term to its plan", () => {
    const article = buildArticle({ id: "a1", body: "A plan was tabled. It caps the fleet." });
    const plan = buildProposal({
      id: "plan",
      name: "plan",
      evidence: [evidenceIn(article, "A plan was tabled.")],
    });
    const term = buildProposal({
      id: "term",
      name: "cap on the fleet",
      partOf: "plan",
      evidence: [evidenceIn(article, "It caps the fleet.")],
    });
    const facts = splitDocument(buildDocument({ articles: [article], proposals: [plan, term] })).slices[0]
      ?.facts;
    expect(facts?.filter((f) => f.type === "PART_OF").map((f) => [f.from, f.to, f.evidenceIds])).toEqual([
      ["term", "plan", ["a1#19-37"]],
    ]);
  });

  it("drops facts that point at unknown ids, with a warning", () => {
    const article = buildArticle({ id: "a1", body: "X spoke." });
    const doc = buildDocument({
      articles: [article],
      people: [
        buildPerson({ id: "x", name: "X", country: "nowhere", evidence: [evidenceIn(article, "X spoke.")] }),
      ],
    });
    const { slices, warnings } = splitDocument(doc);
    expect(slices[0]?.facts).toEqual([]);
    expect(warnings).toEqual(["REPRESENTS x -> nowhere: unknown nowhere"]);
  });
});

describe("describeMeeting", () => {
  it("labels a meeting by kind, place and date", () => {
    expect(describeMeeting({ kind: "talks", place: "Riyadh", date: "2025-02-18" })).toBe(
      "Talks in Riyadh (2025-02-18)",
    );
    expect(describeMeeting({ kind: "call", place: null, date: null })).toBe("Call");
  });
});
