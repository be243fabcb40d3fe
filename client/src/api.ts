/** Typed GraphQL over fetch: the explorer's only way to talk to the server. */
import type { TypedDocumentString } from "./generated/graphql.ts";

export const GRAPHQL_URL = "/graphql";

const TOKEN_KEY = "diplomatic-graph.token";

/** The analyst's bearer token, kept in this browser only; null when none is set. */
export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

/** Stores (or, with an empty string, forgets) the bearer token sent with every request. */
export function storeToken(token: string): void {
  if (token.trim()) localStorage.setItem(TOKEN_KEY, token.trim());
  else localStorage.removeItem(TOKEN_KEY);
}

/** A request that failed: network, HTTP status or GraphQL errors, with a message fit for the UI. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** GraphQL `extensions.code` or HTTP status, when the server gave one. */
    public readonly code: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** Runs one query and returns its `data`, or throws an ApiError. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    const token = readToken();
    if (token) headers["authorization"] = `Bearer ${token}`;
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("Cannot reach the server. Is it running?", "NETWORK");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      `The server answered ${response.status} without GraphQL data.`,
      String(response.status),
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (body.data === undefined || body.data === null) {
    throw new ApiError(`The server answered ${response.status} without data.`, String(response.status));
  }
  return body.data;
}

/** Runs a generated document: its variables and answer are typed from the schema. */
export function execute<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  return request<Result>(document.toString(), variables);
}

let capabilities: Promise<Map<string, Set<string>>> | null = null;

/**
 * Fields of Query, Mutation, Article and GraphView the server offers (introspected once), so the
 * explorer can use what exists and say plainly what does not.
 */
export function serverFields(): Promise<Map<string, Set<string>>> {
  capabilities ??= request<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
    `query Capabilities { __schema { types { name fields { name } } } }`,
  )
    .then(
      (data) =>
        new Map(
          data.__schema.types
            .filter((t) => ["Query", "Mutation", "Article", "GraphView"].includes(t.name))
            .map((t) => [t.name, new Set((t.fields ?? []).map((f) => f.name))]),
        ),
    )
    .catch(() => new Map<string, Set<string>>());
  return capabilities;
}

/** Whether the server's `type` has `field`. */
export async function hasField(type: string, field: string): Promise<boolean> {
  return (await serverFields()).get(type)?.has(field) ?? false;
}
