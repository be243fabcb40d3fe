/**
 * The GraphQL API end to end: a builder-made story loaded into the real Neo4j, queried
 * through the real HTTP server listening on port 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../common/config.ts";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import { buildApp } from "../server/app.ts";
import { buildStory } from "./support/build-document.ts";
import { openTestData, testNeo4jConfig } from "./support/neo4j.ts";
import { listenOnLoopback } from "../server/http/loopback.ts";

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves buildApp on an ephemeral port. */
async function serve(config: Config, data: DataAccess, clientDir?: string): Promise<Served> {
  const { app, stop } = await buildApp({ config: { ...config, logLevel: "silent" }, data, clientDir });
  return listenOnLoopback(app, stop);
}

const story = buildStory();
const { people, meetings, proposals, articles, countries } = story;
let data: DataAccess;
let served: Served;
let clientDir: string;

async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  url = served.url,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql, but fails the test on any GraphQL error. */
async function query<T>(q: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(q, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

beforeAll(async () => {
  data = await openTestData();
  await data.loadGraph(story.document);
  clientDir = mkdtempSync(join(tmpdir(), "client-dist-"));
  writeFileSync(join(clientDir, "index.html"), "<html>explorer</html>");
  writeFileSync(join(clientDir, "graphiql.html"), "<html>graphiql</html>");
  served = await serve({ ...testNeo4jConfig(), env: "test" }, data, clientDir);
});

afterAll(async () => {
  await served?.close();
  for (const article of Object.values(articles)) await data?.deleteArticle(article.id);
  await data?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe("who met whom", () => {
  const WHO_MET_WHOM = `query ($id: ID!) {
    whoMetWhom(personId: $id) {
      person { id name }
      meetings { id status evidence { quote start end article { id title } } }
    }
  }`;
  interface Encounters {
    whoMetWhom: {
      person: { id: string };
      meetings: {
        id: string;
        evidence: { quote: string; start: number; end: number; article: { id: string; title: string } }[];
      }[];
    }[];
  }

  it("lists the counterpart of a held meeting with that meeting, its sentence and article", async () => {
    const { whoMetWhom } = await query<Encounters>(WHO_MET_WHOM, { id: people.alpha.id });
    expect(whoMetWhom.map((e) => e.person.id)).toEqual([people.beta.id]);
    const [talks] = whoMetWhom[0]!.meetings;
    expect(talks?.id).toBe(meetings.talks.id);
    expect(talks?.evidence).toContainEqual({
      quote: "Anna Alpha met Boris Beta in Geneva on Tuesday.",
      start: 0,
      end: 47,
      article: { id: articles.a.id, title: articles.a.title },
    });
  });

  it("is symmetric", async () => {
    const { whoMetWhom } = await query<Encounters>(WHO_MET_WHOM, { id: people.beta.id });
    expect(whoMetWhom.map((e) => e.person.id)).toEqual([people.alpha.id]);
  });

  it("does not count planned meetings", async () => {
    const { whoMetWhom } = await query<Encounters>(WHO_MET_WHOM, { id: people.gamma.id });
    expect(whoMetWhom).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown person", async () => {
    const result = await gql(WHO_MET_WHOM, { id: `${story.prefix}-nobody` });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("draws one MET edge per pair that met, weighted by shared held meetings", async () => {
    const { meetingNetwork } = await query<{
      meetingNetwork: {
        nodes: { id: string; country: string | null; weight: number }[];
        edges: { source: string; target: string; kind: string; weight: number }[];
      };
    }>(`{ meetingNetwork { nodes { id country weight } edges { source target kind weight } } }`);
    const ours = meetingNetwork.edges.filter((e) => e.source.startsWith(story.prefix));
    expect(ours).toEqual([{ source: people.alpha.id, target: people.beta.id, kind: "MET", weight: 1 }]);
    expect(meetingNetwork.nodes).toContainEqual({
      id: people.alpha.id,
      country: countries.alphaland.name,
      weight: 1,
    });
    expect(meetingNetwork.nodes.some((n) => n.id === people.gamma.id)).toBe(false);
  });
});

describe("proposals", () => {
  it("returns a proposal's descendants and an ancestor's lineage with the relation and its evidence", async () => {
    const LINEAGE = `query ($id: ID!) {
      proposalLineage(id: $id) {
        proposal { id }
        ancestors { id }
        descendants { id }
        edges { from { id } to { id } relation evidence { quote } }
      }
    }`;
    const edge = {
      from: { id: proposals.plan2.id },
      to: { id: proposals.plan.id },
      relation: "revises",
      evidence: [{ quote: "The Harbour Plan II revises the Harbour Plan." }],
    };
    const first = await query<{ proposalLineage: unknown }>(LINEAGE, { id: proposals.plan.id });
    expect(first.proposalLineage).toEqual({
      proposal: { id: proposals.plan.id },
      ancestors: [],
      descendants: [{ id: proposals.plan2.id }],
      edges: [edge],
    });
    const second = await query<{ proposalLineage: unknown }>(LINEAGE, { id: proposals.plan2.id });
    expect(second.proposalLineage).toEqual({
      proposal: { id: proposals.plan2.id },
      ancestors: [{ id: proposals.plan.id }],
      descendants: [],
      edges: [edge],
    });
  });

  it("resolves who proposed a plan and the stances on it through the Actor union", async () => {
    const { proposal } = await query<{ proposal: unknown }>(
      `query ($id: ID!) { proposal(id: $id) {
        name status
        proposedBy { __typename ... on Country { id name } }
        stances { stance actor { __typename ... on Country { id } } evidence { quote } }
      } }`,
      { id: proposals.plan.id },
    );
    expect(proposal).toEqual({
      name: proposals.plan.name,
      status: "tabled",
      proposedBy: [{ __typename: "Country", id: countries.betaland.id, name: countries.betaland.name }],
      stances: [
        {
          stance: "rejects",
          actor: { __typename: "Country", id: countries.alphaland.id },
          evidence: [{ quote: "Betaland tabled the Harbour Plan." }],
        },
      ],
    });
  });

  it("includes the lineage edge in the lineage network", async () => {
    const { lineageNetwork } = await query<{
      lineageNetwork: { edges: { source: string; target: string; kind: string }[] };
    }>(`{ lineageNetwork { edges { source target kind } } }`);
    expect(lineageNetwork.edges).toContainEqual({
      source: proposals.plan2.id,
      target: proposals.plan.id,
      kind: "REVISES",
    });
  });
});

describe("entities", () => {
  it("resolves a person's country, meetings and evidence", async () => {
    const { person } = await query<{ person: unknown }>(
      `query ($id: ID!) { person(id: $id) {
        id name aliases country { name } meetings { id status participants { id } } evidence { article { id } }
      } }`,
      { id: people.alpha.id },
    );
    expect(person).toMatchObject({
      name: people.alpha.name,
      aliases: people.alpha.aliases,
      country: { name: countries.alphaland.name },
      meetings: expect.arrayContaining([
        {
          id: meetings.talks.id,
          status: "held",
          participants: expect.arrayContaining([{ id: people.beta.id }]),
        },
        {
          id: meetings.planned.id,
          status: "planned",
          participants: expect.arrayContaining([{ id: people.gamma.id }]),
        },
      ]),
    });
    expect((person as { evidence: unknown[] }).evidence).toHaveLength(3);
  });

  it("finds any kind through entity(id), and null for a lookup of the wrong kind", async () => {
    const result = await query<{ entity: unknown; person: unknown }>(
      `query ($id: ID!) { entity(id: $id) { __typename ... on Meeting { kind place status label } } person(id: $id) { id } }`,
      { id: meetings.talks.id },
    );
    expect(result).toEqual({
      entity: {
        __typename: "Meeting",
        kind: "talks",
        place: "Geneva",
        status: "held",
        label: "Talks in Geneva (2025-02-18)",
      },
      person: null,
    });
  });

  it("filters lists by a search over names and aliases", async () => {
    const { people: found } = await query<{ people: { id: string }[] }>(
      `query ($s: String) { people(search: $s) { id } }`,
      {
        s: people.alpha.aliases[0]!.toUpperCase(),
      },
    );
    expect(found).toEqual([{ id: people.alpha.id }]);
  });
});

describe("graph views", () => {
  it("finds a path between two people through the meeting they attended", async () => {
    const { path } = await query<{
      path: { nodes: { id: string; kind: string }[]; edges: { kind: string }[] };
    }>(`query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { nodes { id kind } edges { kind } } }`, {
      a: people.alpha.id,
      b: people.beta.id,
    });
    expect(path.nodes.map((n) => n.id)).toEqual([people.alpha.id, meetings.talks.id, people.beta.id]);
    expect(path.edges.map((e) => e.kind)).toEqual(["ATTENDED", "ATTENDED"]);
  });

  it("gives each step of a path the sentences that state it, with their articles; derived MET edges have none", async () => {
    const { path } = await query<{
      path: { edges: { kind: string; evidence: { quote: string; article: { id: string } }[] }[] };
    }>(
      `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { edges { kind evidence { quote article { id } } } } }`,
      { a: people.alpha.id, b: people.beta.id },
    );
    const reports = [
      [articles.a.id, "Anna Alpha met Boris Beta in Geneva on Tuesday."],
      [articles.b.id, "Anna Alpha and Boris Beta held talks in Geneva."],
    ];
    expect(path.edges).toHaveLength(2);
    for (const edge of path.edges) {
      const quotes = edge.evidence.map((e) => [e.article.id, e.quote]);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(reports).toContainEqual(quote);
    }
    const { meetingNetwork } = await query<{
      meetingNetwork: { edges: { kind: string; evidence: unknown[] }[] };
    }>(`{ meetingNetwork { edges { kind evidence { quote } } } }`);
    const met = meetingNetwork.edges.filter((e) => e.kind === "MET");
    expect(met.length).toBeGreaterThan(0);
    expect(met.every((e) => e.evidence.length === 0)).toBe(true);
  });

  it("lists an article's sentences with the entities they attest and the relations they state", async () => {
    type Ref = { __typename: string; id?: string };
    const { article } = await query<{
      article: {
        sentences: {
          quote: string;
          start: number;
          entities: Ref[];
          relations: { kind: string; label: string; from: Ref; to: Ref }[];
        }[];
      };
    }>(
      `query ($id: ID!) { article(id: $id) { sentences { quote start
         entities { __typename ... on Proposal { id } ... on Meeting { id } }
         relations { kind label from { __typename ... on Proposal { id } } to { __typename ... on Proposal { id } } } } } }`,
      { id: articles.b.id },
    );
    const starts = article.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const revision = article.sentences.find(
      (s) => s.quote === "The Harbour Plan II revises the Harbour Plan.",
    );
    expect(revision?.entities).toContainEqual({ __typename: "Proposal", id: proposals.plan2.id });
    expect(revision?.relations).toContainEqual({
      kind: "REVISES",
      label: "revises",
      from: { __typename: "Proposal", id: proposals.plan2.id },
      to: { __typename: "Proposal", id: proposals.plan.id },
    });
    const talks = article.sentences.find(
      (s) => s.quote === "Anna Alpha and Boris Beta held talks in Geneva.",
    );
    expect(talks?.entities).toContainEqual({ __typename: "Meeting", id: meetings.talks.id });
    expect(talks?.relations.map((r) => r.kind)).toContain("ATTENDED");
  });

  it("returns an entity's neighbourhood without articles or evidence", async () => {
    const { neighborhood } = await query<{ neighborhood: { nodes: { id: string; kind: string }[] } }>(
      `query ($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id kind } edges { source target kind } } }`,
      { id: people.alpha.id },
    );
    expect(neighborhood.nodes.map((n) => n.id).sort()).toEqual(
      [people.alpha.id, meetings.talks.id, meetings.planned.id, countries.alphaland.id].sort(),
    );
    expect(neighborhood.nodes.every((n) => n.kind !== "Article")).toBe(true);
  });

  it("rejects a neighbourhood deeper than 3 as bad user input", async () => {
    const result = await gql(`query ($id: ID!) { neighborhood(id: $id, depth: 4) { nodes { id } } }`, {
      id: people.alpha.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("search and stats", () => {
  it("finds a person by an alias, and by a misspelt prefix of the name", async () => {
    const SEARCH = `query ($t: String!) { search(text: $t) { id kind name score } }`;
    const byAlias = await query<{ search: { id: string; kind: string }[] }>(SEARCH, {
      t: people.alpha.aliases[0],
    });
    expect(byAlias.search[0]).toMatchObject({ id: people.alpha.id, kind: "Person" });
    const fuzzy = await query<{ search: { id: string }[] }>(SEARCH, { t: `Anna Alpa ${story.prefix}` });
    expect(fuzzy.search.map((h) => h.id)).toContain(people.alpha.id);
  });

  it("treats Lucene syntax in the text as plain words", async () => {
    const result = await gql<{ search: unknown[] }>(`{ search(text: "name:(\\"x\\" OR *) ~ ^") { id } }`);
    expect(result.errors).toBeUndefined();
  });

  it("counts each kind, including a newly loaded story", async () => {
    const STATS = `{ stats { articles people institutions countries meetings proposals } }`;
    const before = (await query<{ stats: Record<string, number> }>(STATS)).stats;
    const extra = buildStory();
    await data.loadGraph(extra.document);
    try {
      const after = (await query<{ stats: Record<string, number> }>(STATS)).stats;
      expect(after).toEqual({
        articles: before.articles! + 2,
        people: before.people! + 3,
        institutions: before.institutions,
        countries: before.countries! + 2,
        meetings: before.meetings! + 2,
        proposals: before.proposals! + 2,
      });
    } finally {
      for (const a of Object.values(extra.articles)) await data.deleteArticle(a.id);
    }
  });
});

describe("HTTP surface", () => {
  it("answers health and readiness checks", async () => {
    expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${served.url}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("reports not ready when the database is unreachable, and DATABASE_UNAVAILABLE from queries", async () => {
    const config = { ...testNeo4jConfig(), env: "test" as const };
    const down = createDataAccess({ ...config.neo4j, uri: "bolt://127.0.0.1:1" });
    const other = await serve(config, down);
    try {
      expect((await fetch(`${other.url}/readyz`)).status).toBe(503);
      const result = await gql(`{ stats { people } }`, {}, other.url);
      expect(result.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await other.close();
      await down.close();
    }
  });

  it("serves GraphiQL, the client, and index.html for client-side routes", async () => {
    expect(await (await fetch(`${served.url}/graphiql`)).text()).toContain("graphiql");
    expect(await (await fetch(`${served.url}/`)).text()).toContain("explorer");
    const route = await fetch(`${served.url}/person/123`, { headers: { accept: "text/html" } });
    expect(await route.text()).toContain("explorer");
    expect((await fetch(`${served.url}/missing.js`)).status).toBe(404);
  });

  it("does not send stack traces outside development", async () => {
    const result = await gql(`{ peple { id } }`);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    // graphql-armor hides field suggestions that would reveal the schema.
    expect(result.errors?.[0]?.message).not.toContain("Did you mean");
  });

  it("rejects over-deep queries as QUERY_TOO_COMPLEX", async () => {
    const nest = (depth: number): string =>
      depth === 0 ? "id" : `meetings { participants { ${nest(depth - 1)} } }`;
    const result = await gql(`{ people { ${nest(6)} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });
});
