/**
 * One real meeting is one node across loads (separate chunks or runs): a meeting loaded later
 * that is plainly one already in the graph joins it, and loading again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DataAccess } from "../db/index.ts";
import type { GraphDocument } from "../common/graph-document.ts";
import {
  buildArticle,
  buildDocument,
  buildMeeting,
  buildPerson,
  evidenceIn,
  uniquePrefix,
} from "./support/build-document.ts";
import { openTestData } from "./support/neo4j.ts";

let data: DataAccess;

beforeAll(async () => {
  data = await openTestData();
});

afterAll(async () => {
  await data?.close();
});

/** Two articles loaded apart: a two-day meeting, then a briefing about its second day. */
function twoReports(prefix: string): { first: GraphDocument; second: GraphDocument; people: string[] } {
  const id = (name: string) => `${prefix}-${name}`;
  const a = buildArticle({ id: id("a"), body: "Anna Alpha met Boris Beta in Riyadh on February 17-18." });
  const b = buildArticle({ id: id("b"), body: "Anna Alpha briefed Boris Beta on February 18." });
  const alpha = buildPerson({ id: id("alpha"), name: `Anna Alpha ${prefix}` });
  const beta = buildPerson({ id: id("beta"), name: `Boris Beta ${prefix}` });
  const gamma = buildPerson({ id: id("gamma"), name: `Greta Gamma ${prefix}` });
  const first = buildDocument({
    articles: [a],
    people: [alpha, beta],
    meetings: [
      buildMeeting({
        id: id("talks"),
        date: "2025-02-17",
        dateEnd: "2025-02-18",
        place: "Riyadh",
        participants: [alpha.id, beta.id],
        evidence: [evidenceIn(a, a.body)],
      }),
    ],
  });
  const second = buildDocument({
    articles: [b],
    people: [alpha, beta, gamma],
    meetings: [
      buildMeeting({
        id: id("briefing"),
        kind: "briefing",
        date: "2025-02-18",
        participants: [alpha.id, beta.id, gamma.id],
        evidence: [evidenceIn(b, b.body)],
      }),
    ],
  });
  return { first, second, people: [alpha.id, beta.id, gamma.id] };
}

describe("meetings across loads", () => {
  it("joins a meeting loaded later to the same meeting already stored, keeping range, place and kind", async () => {
    const { first, second, people } = twoReports(uniquePrefix("meet"));
    try {
      await data.loadGraph(first);
      await data.loadGraph(second);
      await data.loadGraph(second, { force: true });
      const encounters = await data.findEncounters(people[0]!);
      const meetingIds = new Set(encounters.flatMap((e) => e.meetings.map((m) => m.id)));
      expect([...meetingIds]).toEqual([first.meetings[0]!.id]);
      const met = encounters.map((e) => e.person.id).sort();
      expect(met).toEqual([people[1], people[2]].sort());
      const stored = await data.findEntity(first.meetings[0]!.id);
      expect(stored).toMatchObject({ meetingKind: "talks", date: "2025-02-17", place: "Riyadh" });
      expect(await data.findEntity(second.meetings[0]!.id)).toBeNull();
    } finally {
      for (const doc of [first, second]) for (const a of doc.articles) await data.deleteArticle(a.id);
    }
  });

  it("keeps a meeting in another city on the same day apart", async () => {
    const { first, second } = twoReports(uniquePrefix("apart"));
    const elsewhere = { ...second, meetings: second.meetings.map((m) => ({ ...m, place: "Washington" })) };
    try {
      await data.loadGraph(first);
      await data.loadGraph(elsewhere);
      expect(await data.findEntity(elsewhere.meetings[0]!.id)).not.toBeNull();
    } finally {
      for (const doc of [first, elsewhere]) for (const a of doc.articles) await data.deleteArticle(a.id);
    }
  });
});
