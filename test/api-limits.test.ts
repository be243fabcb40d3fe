/**
 * Bounded cost and a safe HTTP surface: batched round trips, query limits, body limits,
 * coded errors without stack traces, CORS, security headers, request ids and JSON logs.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataAccess, type DataAccess } from "../db/index.ts";
import {
  buildArticle,
  buildDocument,
  buildMeeting,
  buildPerson,
  evidenceIn,
  uniquePrefix,
} from "./support/build-document.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { testNeo4jTarget } from "./support/neo4j.ts";
import { waitFor } from "./support/wait.ts";

const prefix = uniquePrefix("crowd");

/** `pairs` meetings of two people each, all stated in one article. */
function buildCrowd(pairs: number) {
  const sentences = Array.from({ length: pairs }, (_, i) => `Envoy ${i}a met envoy ${i}b in Vienna.`);
  const article = buildArticle({ id: `${prefix}-article`, body: sentences.join(" ") });
  const people = sentences.flatMap((sentence, i) =>
    ["a", "b"].map((side) =>
      buildPerson({
        id: `${prefix}-p${i}${side}`,
        name: `Envoy ${i}${side} ${prefix}`,
        evidence: [evidenceIn(article, sentence)],
      }),
    ),
  );
  const meetings = sentences.map((sentence, i) =>
    buildMeeting({
      id: `${prefix}-m${i}`,
      place: "Vienna",
      participants: [`${prefix}-p${i}a`, `${prefix}-p${i}b`],
      evidence: [evidenceIn(article, sentence)],
    }),
  );
  return buildDocument({ articles: [article], people, meetings });
}

const crowd = buildCrowd(50);
let statements = 0;
let data: DataAccess;
let api: Served;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  data = createDataAccess(testNeo4jTarget(), { onStatement: () => (statements += 1) });
  await data.ensureSchema();
  await data.loadGraph(crowd);
  const base = apiTestConfig();
  const logger = pino(
    { level: "info" },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean))
          logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
  api = await serveApi(
    { ...base, api: { ...base.api, corsOrigins: ["https://analyst.example.org"], maxRequestBytes: 20_000 } },
    data,
    { logger },
  );
});

afterAll(async () => {
  await api?.close();
  for (const article of crowd.articles) await data?.deleteArticle(article.id);
  await data?.close();
});

describe("batching", () => {
  const PEOPLE = `query ($s: String, $n: Int) { people(search: $s, limit: $n) {
    id name country { name } affiliations { id } evidence { quote article { id } }
    meetings { id label participants { id name } countries { id } evidence { quote } }
  } }`;

  async function roundTrips(limit: number): Promise<{ count: number; people: number }> {
    statements = 0;
    const result = await api.gql<{ people: { meetings: { participants: unknown[] }[] }[] }>(PEOPLE, {
      s: prefix,
      n: limit,
    });
    expect(result.errors).toBeUndefined();
    return { count: statements, people: result.data?.people.length ?? 0 };
  }

  it("costs the same small number of round trips for 100 people with their meetings as for 5", async () => {
    const few = await roundTrips(5);
    const many = await roundTrips(100);
    expect(few.people).toBe(5);
    expect(many.people).toBe(100);
    // One list query, then one batched query per field and level.
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(10);
  });
});

describe("query limits", () => {
  const nest = (depth: number): string =>
    depth === 0 ? "id" : `meetings { participants { ${nest(depth - 1)} } }`;

  it.each([
    ["too deep", `{ people(limit: 1) { ${nest(7)} } }`, /depth/],
    [
      "too many aliases",
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: stats { people }`).join(" ")} }`,
      /Aliases/,
    ],
    ["too many tokens", `{ stats { ${Array.from({ length: 2100 }, () => "people").join(" ")} } }`, /tokens/],
    [
      "too many directives",
      `{ stats { people ${Array.from({ length: 25 }, () => "@include(if: true)").join(" ")} } }`,
      /Directives/,
    ],
    [
      "too costly",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: people { ${nest(4).replace("id", "id name aliases roles confidence evidence { quote start end article { id title body } }")} }`).join(" ")} }`,
      /Cost/,
    ],
  ])("refuses a query that is %s with QUERY_TOO_COMPLEX and HTTP 400", async (_what, query, message) => {
    const { status, body } = await api.post(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_COMPLEX" });
    expect(body.errors?.[0]?.message).toMatch(message);
    // The server is still there.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});

describe("request errors", () => {
  it("answers malformed JSON with HTTP 400 and a coded JSON error, no stack trace", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ stats { people } }"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body).toEqual({
      errors: [{ message: "Malformed JSON body", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("refuses a body over the size limit with HTTP 413", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { people } }", variables: { pad: "x".repeat(30_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: "Request body exceeds the size limit", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });

  it("masks unexpected errors as INTERNAL_SERVER_ERROR without a stack trace", async () => {
    const broken: DataAccess = {
      ...data,
      stats: () => Promise.reject(new Error("secret detail at db/queries/stats.ts:12")),
    };
    const other = await serveApi(apiTestConfig(), broken);
    try {
      const { status, body } = await other.post(`{ stats { people } }`);
      expect(status).toBe(200);
      expect(body.errors?.[0]).toMatchObject({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(body)).not.toContain("secret detail");
    } finally {
      await other.close();
    }
  });
});

describe("HTTP surface", () => {
  it("sends security headers and no X-Powered-By", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("allows CORS for listed origins only, preflight included", async () => {
    const listed = await api.post(`{ stats { people } }`, {}, { origin: "https://analyst.example.org" });
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://analyst.example.org");
    const other = await api.post(`{ stats { people } }`, {}, { origin: "https://evil.example.com" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${api.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://analyst.example.org",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("logs JSON lines with the request id and timings of requests and operations", async () => {
    const { headers } = await api.post(
      `query CountPeople { stats { people } }`,
      {},
      { "x-request-id": "req-abc-123" },
    );
    expect(headers.get("x-request-id")).toBe("req-abc-123");
    // Log lines are written as the response finishes: wait for both, do not guess how long that takes.
    const ours = () => logLines.filter((line) => line["requestId"] === "req-abc-123");
    await waitFor(
      "the request's log lines",
      () =>
        ours().some((line) => line["operationName"] === "CountPeople") &&
        ours().some((line) => line["path"] === "/graphql"),
    );
    expect(ours()).toContainEqual(
      expect.objectContaining({ operationName: "CountPeople", ms: expect.any(Number) }),
    );
    expect(ours()).toContainEqual(
      expect.objectContaining({ path: "/graphql", status: 200, ms: expect.any(Number) }),
    );
    // A request without an id gets one.
    const fresh = await api.post(`{ stats { people } }`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("load shedding", () => {
  it("refuses a burst beyond its limits with 429, Retry-After and OVERLOADED, and answers the rest", async () => {
    const base = apiTestConfig();
    const strict = await serveApi(
      {
        ...base,
        api: {
          ...base.api,
          overload: { maxInFlight: 1, maxQueue: 0, queueTimeoutMs: 5_000, maxEventLoopLagMs: 0 },
        },
      },
      data,
    );
    try {
      const burst = await Promise.all(
        Array.from({ length: 12 }, () => strict.post<{ stats: { people: number } }>(`{ stats { people } }`)),
      );
      const refused = burst.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(burst.filter((r) => r.status === 200).length).toBeGreaterThan(0);
      expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
      expect(refused[0]?.headers.get("retry-after")).toBe("1");
      expect(refused[0]?.body.errors?.[0]?.extensions?.code).toBe("OVERLOADED");
      // Once the burst is over, the same server answers again.
      expect((await strict.post(`{ stats { people } }`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
