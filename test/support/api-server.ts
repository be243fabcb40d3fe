/** Serving buildApp on port 0 for API tests, and a small GraphQL client for them. */
import type { Logger } from "pino";
import type { Config } from "../../common/config.ts";
import type { DataAccess } from "../../db/index.ts";
import { buildApp } from "../../server/app.ts";
import { testNeo4jConfig } from "./neo4j.ts";
import { listenOnLoopback } from "../../server/http/loopback.ts";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

export interface Served {
  url: string;
  /** POSTs a GraphQL request; `token` becomes a bearer Authorization header. */
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Like gql, and also returns the HTTP status and headers. */
  post<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  close(): Promise<void>;
}

/** The tests' configuration, with overrides (e.g. tokens, limits). */
export function apiTestConfig(overrides: Partial<Config> = {}): Config {
  return { ...testNeo4jConfig(), env: "test", logLevel: "silent", ...overrides };
}

export async function serveApi(
  config: Config,
  data: DataAccess,
  options: { clientDir?: string; logger?: Logger } = {},
): Promise<Served> {
  const { app, stop } = await buildApp({ config, data, ...options });
  const { url, close } = await listenOnLoopback(app, stop);
  const post = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<T>,
    };
  };
  return {
    url,
    post,
    gql: async <T>(query: string, variables?: Record<string, unknown>, token?: string) =>
      (await post<T>(query, variables, token ? { authorization: `Bearer ${token}` } : {})).body,
    close,
  };
}
