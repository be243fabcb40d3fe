/**
 * Ids merged away keep working: every by-id query answers with the entity the id became and
 * says so (`mergedFrom`), through chains of merges, and stops doing so once the merge is undone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DataAccess } from "../db/index.ts";
import { buildStory } from "./support/build-document.ts";
import { apiTestConfig, serveApi, type Served } from "./support/api-server.ts";
import { openTestData } from "./support/neo4j.ts";

const WRITER = "analyst-merge";
const WRITE_TOKEN = "merge-token-0123456789abcdef";

let data: DataAccess;
let api: Served;
const cleanup: string[] = [];

async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
  const result = await api.gql<T>(text, variables, WRITE_TOKEN);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function merge(keep: string, mergeId: string): Promise<string> {
  const { mergeEntities } = await query<{ mergeEntities: { id: string } }>(
    `mutation ($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge) { id } }`,
    { keep, merge: mergeId },
  );
  return mergeEntities.id;
}

async function undo(correctionId: string): Promise<void> {
  await query(`mutation ($id: ID!) { undoCorrection(id: $id) { id } }`, { id: correctionId });
}

beforeAll(async () => {
  data = await openTestData();
  const base = apiTestConfig();
  api = await serveApi(
    { ...base, api: { ...base.api, tokens: [{ name: WRITER, token: WRITE_TOKEN, scope: "write" }] } },
    data,
  );
});

afterAll(async () => {
  await api?.close();
  for (const id of cleanup) await data?.deleteArticle(id);
  await data?.close();
});

describe("ids merged away", () => {
  it("answer entity(id) and person(id) with the entity they became, and say so", async () => {
    const story = buildStory();
    const { alpha, beta } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    const correction = await merge(alpha.id, beta.id);

    const asked = await query<{
      entity: { __typename: string; id: string; name: string; mergedFrom: string | null };
      person: { id: string; mergedFrom: string | null };
      own: { id: string; mergedFrom: string | null };
    }>(
      `query ($merged: ID!, $kept: ID!) {
        entity(id: $merged) { __typename ... on Person { id name mergedFrom } }
        person(id: $merged) { id mergedFrom }
        own: person(id: $kept) { id mergedFrom }
      }`,
      { merged: beta.id, kept: alpha.id },
    );
    expect(asked.entity).toEqual({
      __typename: "Person",
      id: alpha.id,
      name: alpha.name,
      mergedFrom: beta.id,
    });
    expect(asked.person).toEqual({ id: alpha.id, mergedFrom: beta.id });
    expect(asked.own).toEqual({ id: alpha.id, mergedFrom: null });
    // A merged person is still not an institution.
    const other = await query<{ institution: unknown }>(`query ($id: ID!) { institution(id: $id) { id } }`, {
      id: beta.id,
    });
    expect(other.institution).toBeNull();

    await undo(correction);
    const restored = await query<{ entity: { id: string; mergedFrom: string | null } }>(
      `query ($id: ID!) { entity(id: $id) { ... on Person { id mergedFrom } } }`,
      { id: beta.id },
    );
    expect(restored.entity).toEqual({ id: beta.id, mergedFrom: null });
  });

  it("follow chains of merges (gamma into beta, beta into alpha)", async () => {
    const story = buildStory();
    const { alpha, beta, gamma } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    await merge(beta.id, gamma.id);
    await merge(alpha.id, beta.id);

    const { entity } = await query<{ entity: { id: string; mergedFrom: string | null } }>(
      `query ($id: ID!) { entity(id: $id) { ... on Person { id mergedFrom } } }`,
      { id: gamma.id },
    );
    expect(entity).toEqual({ id: alpha.id, mergedFrom: gamma.id });
  });

  it("are followed by whoMetWhom, neighborhood, path and the fields that load by id", async () => {
    const story = buildStory();
    const { alpha, beta, gamma } = story.people;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    await merge(gamma.id, alpha.id);

    const answer = await query<{
      whoMetWhom: { person: { id: string } }[];
      neighborhood: { nodes: { id: string }[] };
      path: { nodes: { id: string }[] } | null;
      meeting: { participants: { id: string }[] };
    }>(
      `query ($merged: ID!, $beta: ID!, $talks: ID!) {
        whoMetWhom(personId: $merged) { person { id } }
        neighborhood(id: $merged) { nodes { id } }
        path(fromId: $merged, toId: $beta) { nodes { id } }
        meeting(id: $talks) { participants { id } }
      }`,
      { merged: alpha.id, beta: beta.id, talks: story.meetings.talks.id },
    );
    // Alpha's held talks with Beta are Gamma's now.
    expect(answer.whoMetWhom.map((e) => e.person.id)).toContain(beta.id);
    expect(answer.neighborhood.nodes.map((n) => n.id)).toContain(gamma.id);
    expect(answer.neighborhood.nodes.map((n) => n.id)).not.toContain(alpha.id);
    expect(answer.path?.nodes[0]?.id).toBe(gamma.id);
    expect(answer.path?.nodes.at(-1)?.id).toBe(beta.id);
    expect(answer.meeting.participants.map((p) => p.id).sort()).toEqual([beta.id, gamma.id].sort());
  });

  it("are followed by proposalLineage, which says which id was asked for", async () => {
    const story = buildStory();
    const { plan, plan2 } = story.proposals;
    await data.loadGraph(story.document);
    cleanup.push(...story.document.articles.map((a) => a.id));
    await merge(plan2.id, plan.id);
    const { proposalLineage } = await query<{
      proposalLineage: { proposal: { id: string; mergedFrom: string | null } } | null;
    }>(`query ($id: ID!) { proposalLineage(id: $id) { proposal { id mergedFrom } } }`, { id: plan.id });
    expect(proposalLineage?.proposal).toEqual({ id: plan2.id, mergedFrom: plan.id });
  });

  it("still answer null for an id that never existed", async () => {
    const { entity, person } = await query<{ entity: unknown; person: unknown }>(
      `query ($id: ID!) { entity(id: $id) { __typename } person(id: $id) { id } }`,
      { id: "person:nobody-ever-merged" },
    );
    expect(entity).toBeNull();
    expect(person).toBeNull();
  });
});
