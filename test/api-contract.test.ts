/**
 * The API contract analysts and the client rely on: filters, sorting, paging, the timeline,
 * article mentions, paths with their meetings and proposals, and search across kinds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DataAccess } from "../db/index.ts";
import { buildStory } from "./support/build-document.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { openTestData } from "./support/neo4j.ts";

const story = buildStory();
const { people, meetings, proposals, articles, countries, prefix } = story;
// Dated proposals and a weak person, so the timeline and minConfidence have something to sort out.
const document = {
  ...story.document,
  proposals: [
    { ...proposals.plan, date: "2025-02-20" },
    { ...proposals.plan2, date: "2025-03-02" },
  ],
  people: story.document.people.map((p) => (p.id === people.gamma.id ? { ...p, confidence: 0.3 } : p)),
};

let data: DataAccess;
let api: Served;

async function query<T>(q: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await api.gql<T>(q, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);

beforeAll(async () => {
  data = await openTestData();
  await data.loadGraph(document);
  api = await serveApi(apiTestConfig(), data);
});

afterAll(async () => {
  await api?.close();
  for (const article of Object.values(articles)) await data?.deleteArticle(article.id);
  await data?.close();
});

describe("list filters", () => {
  it("filters meetings by status, country, date range and kind", async () => {
    const q = `query ($s: String, $status: String, $country: String, $from: String, $to: String, $kind: String) {
      meetings(search: $s, status: $status, country: $country, from: $from, to: $to, kind: $kind) { id } }`;
    const planned = await query<{ meetings: { id: string }[] }>(q, { s: prefix, status: "planned" });
    expect(ids(planned.meetings)).toEqual([meetings.planned.id]);
    const byCountry = await query<{ meetings: { id: string }[] }>(q, {
      s: prefix,
      country: countries.betaland.name,
    });
    expect(ids(byCountry.meetings)).toEqual([meetings.talks.id]);
    // "2025-03" (a month) overlaps a range that starts in the middle of it.
    const march = await query<{ meetings: { id: string }[] }>(q, {
      s: prefix,
      from: "2025-03-15",
      to: "2025",
    });
    expect(ids(march.meetings)).toEqual([meetings.planned.id]);
    const calls = await query<{ meetings: { id: string }[] }>(q, { s: prefix, kind: "call" });
    expect(calls.meetings).toEqual([]);
  });

  it("filters people by country, institution-free status, publication range and confidence", async () => {
    const q = `query ($s: String, $status: String, $country: String, $from: String, $min: Float) {
      people(search: $s, status: $status, country: $country, from: $from, minConfidence: $min) { id } }`;
    expect(
      ids(
        (await query<{ people: { id: string }[] }>(q, { s: prefix, country: countries.alphaland.id })).people,
      ),
    ).toEqual([people.alpha.id]);
    const met = await query<{ people: { id: string }[] }>(q, { s: prefix, status: "held" });
    expect(ids(met.people).sort()).toEqual([people.alpha.id, people.beta.id].sort());
    // Only article B (2025-03-01) is in range, and it does not name Gamma.
    const inMarch = await query<{ people: { id: string }[] }>(q, { s: prefix, from: "2025-03" });
    expect(ids(inMarch.people).sort()).toEqual([people.alpha.id, people.beta.id].sort());
    const confident = await query<{ people: { id: string }[] }>(q, { s: prefix, min: 0.5 });
    expect(ids(confident.people)).not.toContain(people.gamma.id);
  });

  it("filters proposals by the proposing country and status, and articles by date", async () => {
    const result = await query<{ a: { id: string }[]; b: { id: string }[]; c: { id: string }[] }>(
      `query ($s: String, $c: String) {
        a: proposals(search: $s, country: $c) { id }
        b: proposals(search: $s, status: "revised") { id }
        c: articles(search: $s, from: "2025-03-01", to: "2025-03-31") { id }
      }`,
      { s: prefix, c: countries.betaland.id },
    );
    expect(ids(result.a)).toEqual([proposals.plan.id]);
    expect(ids(result.b)).toEqual([proposals.plan2.id]);
    expect(ids(result.c)).toEqual([articles.b.id]);
  });

  it("sorts by name or date in either direction", async () => {
    const result = await query<{ p: { id: string }[]; m: { id: string }[] }>(
      `query ($s: String) { p: people(search: $s, sort: NAME_DESC) { id } m: meetings(search: $s, sort: DATE_ASC) { id } }`,
      { s: prefix },
    );
    expect(ids(result.p)).toEqual([people.gamma.id, people.beta.id, people.alpha.id]);
    expect(ids(result.m)).toEqual([meetings.talks.id, meetings.planned.id]);
  });

  it("pages with limit and offset", async () => {
    const q = `query ($s: String, $o: Int) { people(search: $s, limit: 1, offset: $o) { id } }`;
    const pages = await Promise.all(
      [0, 1, 2, 3].map((o) => query<{ people: { id: string }[] }>(q, { s: prefix, o })),
    );
    expect(pages.map((p) => ids(p.people))).toEqual([
      [people.alpha.id],
      [people.beta.id],
      [people.gamma.id],
      [],
    ]);
  });

  it.each([
    ["a malformed date", `{ meetings(from: "18.02.2025") { id } }`],
    ["a reversed range", `{ meetings(from: "2025-03", to: "2025-02") { id } }`],
    ["an unknown status", `{ meetings(status: "postponed") { id } }`],
    ["a confidence above 1", `{ people(minConfidence: 2) { id } }`],
    ["a date sort on people", `{ people(sort: DATE_DESC) { id } }`],
    ["a negative offset", `{ people(offset: -1) { id } }`],
  ])("answers BAD_USER_INPUT for %s", async (_what, q) => {
    const result = await api.gql(q);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("timeline", () => {
  it("lists meetings and proposals in a range by date, oldest first", async () => {
    const { timeline } = await query<{
      timeline: { id: string; date: string; kind: string; label: string; entity: { __typename: string } }[];
    }>(
      `query ($c: String) { timeline(from: "2025-02", to: "2025-03", country: $c) {
        id date kind label entity { __typename } } }`,
      { c: countries.betaland.id },
    );
    expect(timeline.map((e) => [e.id, e.date, e.kind])).toEqual([
      [meetings.talks.id, "2025-02-18", "Meeting"],
      [proposals.plan.id, "2025-02-20", "Proposal"],
    ]);
    expect(timeline[1]).toMatchObject({ label: proposals.plan.name, entity: { __typename: "Proposal" } });
  });

  it("holds everything dated in the range when unfiltered, and only one kind when asked", async () => {
    const all = await query<{ timeline: { id: string }[] }>(
      `{ timeline(from: "2025-02-18", to: "2025-03-31") { id } }`,
    );
    const ours = ids(all.timeline).filter((id) => id.startsWith(prefix));
    expect(ours).toEqual([meetings.talks.id, proposals.plan.id, meetings.planned.id, proposals.plan2.id]);
    const onlyMeetings = await query<{ timeline: { id: string }[] }>(
      `{ timeline(from: "2025-02-18", to: "2025-03-31", kinds: [Meeting]) { id kind } }`,
    );
    expect(ids(onlyMeetings.timeline).filter((id) => id.startsWith(prefix))).toEqual([
      meetings.talks.id,
      meetings.planned.id,
    ]);
  });
});

describe("articles, paths and search", () => {
  it("lists an article's mentions with offsets into its body", async () => {
    const { article } = await query<{
      article: {
        body: string;
        mentions: { entityId: string; kind: string; text: string; start: number; end: number }[];
      };
    }>(`query ($id: ID!) { article(id: $id) { body mentions { entityId kind text start end } } }`, {
      id: articles.a.id,
    });
    expect(article.mentions).toEqual([
      { entityId: people.alpha.id, kind: "Person", text: "Anna Alpha", start: 0, end: 10 },
    ]);
    for (const m of article.mentions) expect(article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it("returns the meetings along a path", async () => {
    const { path } = await query<{
      path: { meetings: { id: string; date: string }[]; proposals: unknown[] };
    }>(`query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { meetings { id date } proposals { id } } }`, {
      a: people.alpha.id,
      b: people.beta.id,
    });
    expect(path).toEqual({ meetings: [{ id: meetings.talks.id, date: "2025-02-18" }], proposals: [] });
  });

  it("returns the proposals along a path", async () => {
    const { path } = await query<{ path: { proposals: { id: string }[] } }>(
      `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { proposals { id } } }`,
      { a: countries.betaland.id, b: proposals.plan2.id },
    );
    expect(ids(path.proposals)).toEqual([proposals.plan.id, proposals.plan2.id]);
  });

  it("ranks proposals and articles in one search, and narrows to chosen kinds", async () => {
    const all = await query<{ search: { id: string; kind: string }[] }>(
      `query ($t: String!) { search(text: $t, limit: 50) { id kind } }`,
      { t: `Harbour Plan ${prefix}` },
    );
    const kinds = new Set(all.search.filter((h) => h.id.startsWith(prefix)).map((h) => h.kind));
    expect(kinds).toEqual(new Set(["Proposal", "Article"]));
    const onlyArticles = await query<{ search: { id: string; kind: string }[] }>(
      `query ($t: String!) { search(text: $t, kinds: [Article]) { id kind } }`,
      { t: `Revised plan ${prefix}` },
    );
    expect(onlyArticles.search[0]).toEqual({ id: articles.b.id, kind: "Article" });
    expect(onlyArticles.search.every((h) => h.kind === "Article")).toBe(true);
  });
});

describe("networks", () => {
  it("draws the planned-meeting network when asked, and narrows by country", async () => {
    const result = await query<{
      planned: { edges: { source: string; target: string }[] };
      beta: { edges: { source: string; target: string }[] };
    }>(
      `query ($c: String) {
        planned: meetingNetwork(status: "planned") { edges { source target } }
        beta: meetingNetwork(country: $c) { edges { source target } }
      }`,
      { c: countries.betaland.code ?? countries.betaland.id },
    );
    const ours = (edges: { source: string }[]) => edges.filter((e) => e.source.startsWith(prefix));
    expect(ours(result.planned.edges)).toEqual([{ source: people.alpha.id, target: people.gamma.id }]);
    expect(ours(result.beta.edges)).toEqual([{ source: people.alpha.id, target: people.beta.id }]);
  });

  it("keeps only the lineage edges between proposals that pass the filter", async () => {
    const { revised } = await query<{ revised: { nodes: { id: string }[]; edges: unknown[] } }>(
      `{ revised: lineageNetwork(status: "revised", from: "2025-03") { nodes { id } edges { id } } }`,
    );
    expect(ids(revised.nodes)).toContain(proposals.plan2.id);
    expect(ids(revised.nodes)).not.toContain(proposals.plan.id);
    const { dated } = await query<{ dated: { edges: { source: string; target: string }[] } }>(
      `{ dated: lineageNetwork(from: "2025-02", to: "2025-03") { edges { source target } } }`,
    );
    expect(dated.edges).toContainEqual({ source: proposals.plan2.id, target: proposals.plan.id });
  });
});
