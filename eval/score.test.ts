import { describe, expect, it } from "vitest";
import { goldArticleSchema, type GoldArticle } from "./gold.ts";
import { scoreDocument, type ScoredDocument } from "./score.ts";

const gold: GoldArticle = goldArticleSchema.parse({
  article: "a.md",
  people: [
    { name: "Ana Ortiz", aliases: ["Ortiz"] },
    { name: "Ben Cole", aliases: ["Cole"] },
    { name: "Cy Dorn", in_comments: true },
  ],
  institutions: [{ name: "Foreign Ministry" }],
  countries: [{ name: "United States" }, { name: "Chile" }],
  meetings: [
    { id: "m1", date: "2024-03-05", place: "Lima", participants: ["Ana Ortiz", "Ben Cole"], status: "held" },
  ],
  proposals: [
    { id: "p1", name: "12-point ceasefire plan" },
    { id: "p2", name: "revised 9-point ceasefire plan" },
  ],
  lineage: [{ from: "p2", to: "p1", relation: "revises" }],
});

const document: ScoredDocument = {
  people: [
    { id: "ana", name: "Minister Ana Ortiz", aliases: [] },
    { id: "ben", name: "Ben Cole", aliases: [] },
    { id: "ben2", name: "Cole", aliases: [] },
    { id: "cy", name: "Cy Dorn", aliases: [] },
  ],
  institutions: [{ name: "Central Bank" }],
  countries: [{ name: "USA" }, { name: "Chile" }],
  meetings: [
    { date: "2024-03-05", place: "Lima, Peru", participants: ["ana", "ben"], status: "held" },
    { date: "2024-03", place: null, participants: ["ana", "ben2"], status: "held" },
  ],
  proposals: [
    { id: "q1", name: "12-point plan for a ceasefire" },
    { id: "q2", name: "9-point revised plan" },
    { id: "q3", name: "condition of anonymity" },
  ],
  lineage: [{ from: "q2", to: "q1" }],
};

describe("scoreDocument", () => {
  const { report, details } = scoreDocument([gold], document);

  it("matches names after folding honorifics and counts a second node for one person as a false positive", () => {
    expect(report.people).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(details.people.falsePositives).toEqual(["Cole (duplicate of Ben Cole)"]);
  });

  it("neither rewards nor punishes people named only in reader comments", () => {
    expect(details.people.misses).not.toContain("Cy Dorn");
    expect(report.people.tp).toBe(2);
  });

  it("knows the usual other names of countries", () => {
    expect(report.countries).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(report.institutions).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("scores meetings with their date and place, and counts a meeting drawn twice", () => {
    expect(report.meetings).toMatchObject({ tp: 1, fp: 1, fn: 0, dateAccuracy: 1, placeAccuracy: 1 });
    expect(report.meetings.duplicates).toBe(1);
    expect(report.meetings.nodesPerMeeting).toBe(2);
    expect(report.metPairs).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches proposals on content words and lineage in either direction", () => {
    expect(report.proposals).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(details.proposals.falsePositives).toEqual(["condition of anonymity"]);
    expect(report.lineage).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("the gold format", () => {
  it("names the field that is wrong", () => {
    const parsed = goldArticleSchema.safeParse({ article: "x.md", meetings: [{ id: "m", date: "5 May" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join(".")).toBe("meetings.0.date");
  });
});
