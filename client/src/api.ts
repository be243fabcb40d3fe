/** Typed GraphQL over fetch: the explorer's only way to talk to the server. */

export const GRAPHQL_URL = "/graphql";

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
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
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
