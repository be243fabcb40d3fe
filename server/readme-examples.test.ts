/**
 * The README's example queries and mutations stay valid against the schema: every ```graphql
 * block and every query in its curl lines is parsed and validated, so a renamed field or
 * argument breaks this test instead of a reader's first try.
 */
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "./schema.ts";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Top-level operations of the ```graphql blocks; a block may hold several, split at column 0. */
function graphqlBlockOperations(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  return blocks.flatMap((block) =>
    block
      .split(/\n(?=[{a-z])/)
      .map((op) => op.trim())
      .filter((op) => op.length > 0),
  );
}

/** The "query" strings of the curl examples' JSON bodies, unescaped. */
function curlQueries(markdown: string): string[] {
  return [...markdown.matchAll(/"query":"((?:[^"\\]|\\.)*)"/g)].map(
    (m) => JSON.parse(`"${m[1] ?? ""}"`) as string,
  );
}

describe("the README's API examples", () => {
  const schema = buildSchema(typeDefs);
  const examples = [...graphqlBlockOperations(README), ...curlQueries(README)];

  it("are found (graphql blocks and curl lines)", () => {
    expect(graphqlBlockOperations(README).length).toBeGreaterThanOrEqual(5);
    expect(curlQueries(README).length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((source) => [source.replace(/\s+/g, " ").slice(0, 70), source]))(
    "%s… is valid against the schema",
    (_label, source) => {
      const errors = validate(schema, parse(source)).map((e) => e.message);
      expect(errors).toEqual([]);
    },
  );
});
