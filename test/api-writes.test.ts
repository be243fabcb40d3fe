/**
 * Writes through the API: bearer tokens, ingest and delete, and corrections (merge, rename,
 * property fixes, undo) that survive re-ingest of the articles they touch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiToken } from "../common/config.ts";
import { type DataAccess } from "../db/index.ts";
import { buildStory } from "./support/build-document.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { openTestData } from "./support/neo4j.ts";

const WRITER = "analyst-anna";
const WRITE_TOKEN = "write-token-0123456789abcdef";
const READ_TOKEN = "read-token-0123456789abcdef";
const tokens: ApiToken[] = [
  { name: WRITER, token: WRITE_TOKEN, scope: "write" },
  { name: "reader", token: READ_TOKEN, scope: "read" },
];

let data: DataAccess;
let api: Served;
const cleanup: string[] = [];

function apiConfig(overrides: { tokens?: ApiToken[]; readAccess?: "open" | "token" } = {}) {
  const base = apiTestConfig();
  return { ...base, api: { ...base.api, tokens, ...overrides } };
}

/** Runs a mutation or query as the writer and fails on any error. */
async function write<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await api.gql<T>(query, variables, WRITE_TOKEN);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function entity(id: string): Promise<Record<string, unknown> | null> {
  const result = await api.gql<{ entity: Record<string, unknown> | null }>(
    `query ($id: ID!) { entity(id: $id) { __typename
      ... on Person { id name aliases meetings { id } evidence { quote } }
      ... on Meeting { id label date status participants { id } } } }`,
    { id },
  );
  return result.data?.entity ?? null;
}

beforeAll(async () => {
  data = await openTestData();
  api = await serveApi(apiConfig(), data);
});

afterAll(async () => {
  await api?.close();
  for (const id of cleanup) await data?.deleteArticle(id);
  await data?.close();
});

const MERGE = `mutation ($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) {
  id kind targetId otherId who at undone entity { __typename ... on Person { id } } } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { id kind field value previous who } }`;
const UNDO = `mutation ($id: ID!) { undoCorrection(id: $id) { id undone undoneBy merged { __typename ... on Person { id } } } }`;

describe("bearer tokens", () => {
  const mutation = `mutation { deleteArticle(id: "article:none") { id } }`;

  it("refuses a mutation without a token as UNAUTHENTICATED (401)", async () => {
    const { status, body } = await api.post(mutation);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown token on any operation, queries included", async () => {
    const wrong = { authorization: "Bearer not-a-token-we-know-of" };
    expect((await api.post(mutation, {}, wrong)).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await api.post(`{ stats { people } }`, {}, wrong)).status).toBe(401);
  });

  it("refuses a read-only token as FORBIDDEN (403) and lets a write token through", async () => {
    const read = await api.post(mutation, {}, { authorization: `Bearer ${READ_TOKEN}` });
    expect(read.status).toBe(403);
    expect(read.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const written = await api.gql(mutation, {}, WRITE_TOKEN);
    // Past the token check: the article does not exist.
    expect(written.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("answers FORBIDDEN to every mutation when the server has no write tokens", async () => {
    const readOnly = await serveApi(apiConfig({ tokens: [] }), data);
    try {
      const result = await readOnly.gql(mutation, {}, undefined);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await readOnly.close();
    }
  });

  it("requires a token for queries when reads are closed", async () => {
    const closed = await serveApi(apiConfig({ readAccess: "token" }), data);
    try {
      const anonymous = await closed.post(`{ stats { people } }`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const reader = await closed.gql(`{ stats { people } }`, {}, READ_TOKEN);
      expect(reader.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe("ingestArticle and deleteArticle", () => {
  const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
    status people meetings article { id title published body mentions { entityId kind text start end } } } }`;
  const url = `https://example.org/${buildStory().prefix}`;
  const input = {
    url,
    title: "Talks in Riyadh",
    published: "2025-02-18",
    outlet: "Test Wire",
    text: "Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on 18 February 2025. The two sides agreed to restore their embassies.",
  };

  it("extracts and writes an article, skips it when sent again, and logs who ingested it", async () => {
    const first = await write<{
      ingestArticle: {
        status: string;
        people: number;
        article: {
          id: string;
          body: string;
          mentions: { entityId: string; text: string; start: number; end: number }[];
        };
      };
    }>(INGEST, { input });
    const { article } = first.ingestArticle;
    cleanup.push(article.id);
    expect(first.ingestArticle).toMatchObject({ status: "ingested", article: { published: "2025-02-18" } });
    expect(first.ingestArticle.people).toBeGreaterThanOrEqual(2);
    const lavrov = article.mentions.find((m) => m.text.includes("Lavrov"));
    expect(lavrov).toBeDefined();
    expect(article.body.slice(lavrov!.start, lavrov!.end)).toBe(lavrov!.text);

    const again = await write<{ ingestArticle: { status: string } }>(INGEST, { input });
    expect(again.ingestArticle.status).toBe("unchanged");

    const { corrections } = await write<{ corrections: { kind: string; who: string }[] }>(
      `query ($id: ID) { corrections(targetId: $id) { kind who } }`,
      { id: article.id },
    );
    expect(corrections).toEqual([{ kind: "INGEST_ARTICLE", who: WRITER }]);
  });

  it("rejects input it cannot identify or that is empty as BAD_USER_INPUT", async () => {
    for (const bad of [
      { text: "Some text." },
      { text: "   ", url },
      { ...input, published: "18 Feb" },
      { ...input, text: "\u0001\u0002\u0003 binary \u0004\u0005" },
    ]) {
      const result = await api.gql(INGEST, { input: bad }, WRITE_TOKEN);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("deletes an article with what only it supported, then answers NOT_FOUND", async () => {
    const story = buildStory();
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const { deleteArticle } = await write<{ deleteArticle: { id: string; deleted: boolean } }>(
      `mutation ($id: ID!) { deleteArticle(id: $id) { id deleted } }`,
      { id: story.articles.a.id },
    );
    expect(deleteArticle).toEqual({ id: story.articles.a.id, deleted: true });
    // Gamma and the planned meeting were only in article A.
    expect(await entity(story.people.gamma.id)).toBeNull();
    expect(await entity(story.meetings.planned.id)).toBeNull();
    expect(await entity(story.people.alpha.id)).not.toBeNull();
    const again = await api.gql(
      `mutation ($id: ID!) { deleteArticle(id: $id) { id } }`,
      { id: story.articles.a.id },
      WRITE_TOKEN,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("corrections", () => {
  it("merges two people into one, keeps the merge through re-ingest, and undoes it", async () => {
    const story = buildStory();
    const { alpha, beta, gamma } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));

    const { mergeEntities: merge } = await write<{
      mergeEntities: {
        id: string;
        kind: string;
        targetId: string;
        otherId: string;
        who: string;
        entity: { id: string };
      };
    }>(MERGE, { keep: alpha.id, merge: beta.id });
    expect(merge).toMatchObject({
      kind: "MERGE",
      targetId: alpha.id,
      otherId: beta.id,
      who: WRITER,
      entity: { id: alpha.id },
    });
    // Beta's id now answers with Alpha (test/merged-ids.test.ts covers every by-id query).
    expect(await entity(beta.id)).toMatchObject({ id: alpha.id });
    const merged = await entity(alpha.id);
    expect(merged?.["aliases"]).toContain(beta.name);
    // Beta's evidence is now Alpha's: the sentences naming only Beta are there too.
    expect((merged?.["evidence"] as unknown[]).length).toBeGreaterThanOrEqual(3);

    // Re-ingest both articles: Beta's facts land on Alpha again, and no Beta node comes back.
    const reloaded = await data.loadGraph(story.document, { force: true });
    expect(reloaded.articles.ingested).toBe(2);
    // Still Alpha: had a Beta node come back, Beta's id would find it first.
    expect(await entity(beta.id)).toMatchObject({ id: alpha.id });
    expect((await entity(alpha.id))?.["aliases"]).toContain(beta.name);
    const search = await api.gql<{ people: { id: string }[] }>(
      `query ($s: String) { people(search: $s) { id } }`,
      {
        s: beta.name,
      },
    );
    expect(search.data?.people).toEqual([{ id: alpha.id }]);

    const { undoCorrection: undo } = await write<{
      undoCorrection: { undone: boolean; undoneBy: string; merged: { id: string } };
    }>(UNDO, { id: merge.id });
    expect(undo).toMatchObject({
      undone: true,
      undoneBy: WRITER,
      merged: { __typename: "Person", id: beta.id },
    });
    const restoredBeta = await entity(beta.id);
    expect(restoredBeta).toMatchObject({ name: beta.name, meetings: [{ id: story.meetings.talks.id }] });
    expect((await entity(alpha.id))?.["aliases"]).not.toContain(beta.name);
    // The meeting has both participants again, each once.
    const talks = await entity(story.meetings.talks.id);
    expect((talks?.["participants"] as { id: string }[]).map((p) => p.id).sort()).toEqual(
      [alpha.id, beta.id].sort(),
    );
    expect(await entity(gamma.id)).not.toBeNull();
  });

  it("undoes merges of merges in reverse order only", async () => {
    const story = buildStory();
    const { alpha, beta, gamma } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const first = await write<{ mergeEntities: { id: string } }>(MERGE, { keep: beta.id, merge: gamma.id });
    const second = await write<{ mergeEntities: { id: string } }>(MERGE, { keep: alpha.id, merge: beta.id });
    await data.loadGraph(story.document, { force: true });
    // Gamma's planned meeting now belongs to Alpha, through Beta.
    expect((await entity(alpha.id))?.["aliases"]).toEqual(expect.arrayContaining([beta.name, gamma.name]));
    const early = await api.gql(UNDO, { id: first.mergeEntities.id }, WRITE_TOKEN);
    expect(early.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await write(UNDO, { id: second.mergeEntities.id });
    await write(UNDO, { id: first.mergeEntities.id });
    expect(await entity(gamma.id)).toMatchObject({ meetings: [{ id: story.meetings.planned.id }] });
    expect(await entity(beta.id)).toMatchObject({ name: beta.name });
  });

  it("renames an entity, keeps the name through re-ingest, and undoes the rename", async () => {
    const story = buildStory();
    const { alpha } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const newName = `Anna A. Alphaville ${story.prefix}`;
    const { renameEntity } = await write<{
      renameEntity: { id: string; kind: string; field: string; value: string; previous: string; who: string };
    }>(RENAME, { id: alpha.id, name: newName });
    expect(renameEntity).toMatchObject({
      kind: "SET",
      field: "NAME",
      value: newName,
      previous: alpha.name,
      who: WRITER,
    });
    expect(await entity(alpha.id)).toMatchObject({
      name: newName,
      aliases: expect.arrayContaining([alpha.name]),
    });

    await data.loadGraph(story.document, { force: true });
    expect(await entity(alpha.id)).toMatchObject({
      name: newName,
      aliases: expect.arrayContaining([alpha.name]),
    });

    await write(UNDO, { id: renameEntity.id });
    expect((await entity(alpha.id))?.["name"]).toBe(alpha.name);
    await data.loadGraph(story.document, { force: true });
    expect((await entity(alpha.id))?.["name"]).toBe(alpha.name);
  });

  it("corrects a meeting's date and status, and keeps the fix through re-ingest", async () => {
    const story = buildStory();
    const { planned } = story.meetings;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const CORRECT = `mutation ($id: ID!, $field: CorrectableField!, $value: String) {
      correctEntity(id: $id, field: $field, value: $value) { id previous value } }`;
    await write(CORRECT, { id: planned.id, field: "DATE", value: "2025-03-14" });
    await write(CORRECT, { id: planned.id, field: "STATUS", value: "held" });
    await data.loadGraph(story.document, { force: true });
    expect(await entity(planned.id)).toMatchObject({ date: "2025-03-14", status: "held" });
    const { corrections } = await write<{ corrections: { kind: string; field: string; who: string }[] }>(
      `query ($id: ID) { corrections(targetId: $id) { kind field who } }`,
      { id: planned.id },
    );
    expect(corrections).toEqual([
      { kind: "SET", field: "STATUS", who: WRITER },
      { kind: "SET", field: "DATE", who: WRITER },
    ]);
  });

  it.each([
    [
      "a merge of different kinds",
      MERGE,
      (s: ReturnType<typeof buildStory>) => ({ keep: s.people.alpha.id, merge: s.meetings.talks.id }),
      "BAD_USER_INPUT",
    ],
    [
      "a merge into itself",
      MERGE,
      (s: ReturnType<typeof buildStory>) => ({ keep: s.people.alpha.id, merge: s.people.alpha.id }),
      "BAD_USER_INPUT",
    ],
    [
      "a merge of an unknown id",
      MERGE,
      (s: ReturnType<typeof buildStory>) => ({ keep: s.people.alpha.id, merge: `${s.prefix}-nobody` }),
      "NOT_FOUND",
    ],
    [
      "an empty name",
      RENAME,
      (s: ReturnType<typeof buildStory>) => ({ id: s.people.alpha.id, name: "  " }),
      "BAD_USER_INPUT",
    ],
    [
      "a date on a person",
      `mutation ($id: ID!) { correctEntity(id: $id, field: DATE, value: "2025") { id } }`,
      (s: ReturnType<typeof buildStory>) => ({ id: s.people.alpha.id }),
      "BAD_USER_INPUT",
    ],
    ["an unknown correction", UNDO, () => ({ id: "correction:nope" }), "NOT_FOUND"],
  ])("refuses %s", async (_what, mutation, variables, code) => {
    const story = buildStory();
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const result = await api.gql(mutation, variables(story), WRITE_TOKEN);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});
