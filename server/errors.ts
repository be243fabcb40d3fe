/**
 * API errors. One base class sets `extensions.code` and the HTTP status (Apollo's
 * errors/index.ts); `formatError` turns anything else into INTERNAL_SERVER_ERROR with no
 * stack trace, so internals never leak to clients (Apollo's errorNormalize.ts).
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { CorrectionError, DatabaseError } from "../db/index.ts";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "QUERY_TOO_COMPLEX"
  | "QUERY_TIMEOUT"
  | "DATABASE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
  ) {
    super(message, { extensions: { code, http: { status } } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string) {
    super("BAD_USER_INPUT", message, 400);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id?: string) {
    super("NOT_FOUND", id === undefined ? what : `${what} "${id}" not found`, 200);
  }
}

/** No token, or a token the server does not know (HTTP 401). */
export class UnauthenticatedError extends AppError {
  constructor(message = "A valid bearer token is required") {
    super("UNAUTHENTICATED", message, 401);
  }
}

/** A known token that may not do this, or writes disabled (HTTP 403). */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message, 403);
  }
}

/** Refused by the query limits before it ran (HTTP 400). */
export class QueryTooComplexError extends AppError {
  constructor(message: string) {
    super("QUERY_TOO_COMPLEX", message, 400);
  }
}

/** The database transaction ran past its timeout. */
export class QueryTimeoutError extends AppError {
  constructor(message = "The query took too long; try a narrower one") {
    super("QUERY_TIMEOUT", message, 503);
  }
}

export class DatabaseUnavailableAppError extends AppError {
  constructor(message = "The database is unavailable; try again shortly") {
    super("DATABASE_UNAVAILABLE", message, 503);
  }
}

/** Codes Apollo and graphql-js give to mistakes in the request: safe to show as they are. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * The error a resolver threw, from graphql-js's wrapper. Structural rather than Apollo's
 * `instanceof` check, which fails when graphql is loaded twice (ESM and CJS copies under vitest).
 */
export function unwrapResolverError(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return error;
  const { path, originalError } = error as { path?: unknown; originalError?: unknown };
  return Array.isArray(path) && originalError ? originalError : error;
}

/** Maps a thrown error to the AppError the client sees, or null when it is a bug (internal). */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof CorrectionError) {
    return error.reason === "NOT_FOUND"
      ? new NotFoundError(error.message)
      : new BadUserInputError(error.message);
  }
  if (error instanceof DatabaseError) {
    switch (error.code) {
      case "DATABASE_UNAVAILABLE":
        return new DatabaseUnavailableAppError();
      case "DATABASE_TIMEOUT":
        return new QueryTimeoutError();
      case "DATABASE_CONSTRAINT":
      case "DATABASE_QUERY_FAILED":
        return null;
    }
  }
  return null;
}

/**
 * How graphql-armor (depth, aliases, directives, cost) and graphql-js's parser (tokens) word a
 * refusal: these become QUERY_TOO_COMPLEX.
 */
const LIMIT_REJECTION =
  /^Syntax Error: ((?:Query depth limit|Aliases limit|Directives limit|Token limit|Query Cost limit) of \d+ exceeded.*|Document contains more tha[nt] \d+ tokens.*)$/s;

/**
 * The AppError in an error's `originalError` chain: Apollo wraps what plugins throw, and when
 * graphql is loaded twice its `instanceof GraphQLError` misses ours, so it wraps those too.
 */
function firstAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const app = toAppError(current);
    if (app) return app;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

export interface FormatErrorOptions {
  /** Keep stack traces (development only). */
  exposeDetails: boolean;
  /** Called with errors that become INTERNAL_SERVER_ERROR, so they are logged in full. */
  onInternalError: (error: unknown) => void;
}

/** Apollo `formatError`: known errors keep their code, everything else is masked. */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { locations: formatted.locations, path: formatted.path };
    const app = firstAppError(error);
    if (app) return { message: app.message, ...where, extensions: { code: app.code } };

    const limit = LIMIT_REJECTION.exec(formatted.message);
    if (limit)
      return { message: limit[1] ?? formatted.message, ...where, extensions: { code: "QUERY_TOO_COMPLEX" } };

    const code = formatted.extensions?.["code"];
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      return options.exposeDetails
        ? formatted
        : { message: formatted.message, ...where, extensions: { code } };
    }

    options.onInternalError(original);
    return {
      message:
        options.exposeDetails && original instanceof Error ? original.message : "Internal server error",
      ...where,
      extensions: options.exposeDetails
        ? { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" }
        : { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
