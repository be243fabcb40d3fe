/**
 * Typed database errors. The executor turns every driver error into one of these, so
 * callers (the server, the ingest CLI) never need to know Neo4j's error codes.
 */

export type DatabaseErrorCode =
  "DATABASE_UNAVAILABLE" | "DATABASE_TIMEOUT" | "DATABASE_CONSTRAINT" | "DATABASE_QUERY_FAILED";

/** Base class: `code` is stable and safe to show; `cause` keeps the driver error for logs. */
export class DatabaseError extends Error {
  constructor(
    public readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Neo4j cannot be reached, or the cluster/session went away: retrying later may work. */
export class DatabaseUnavailableError extends DatabaseError {
  constructor(message = "The database is unavailable", options?: { cause?: unknown }) {
    super("DATABASE_UNAVAILABLE", message, options);
  }
}

/** A transaction ran past its timeout. */
export class DatabaseTimeoutError extends DatabaseError {
  constructor(message = "The database query timed out", options?: { cause?: unknown }) {
    super("DATABASE_TIMEOUT", message, options);
  }
}

/** A write broke a constraint (e.g. two nodes with the same id). */
export class DatabaseConstraintError extends DatabaseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("DATABASE_CONSTRAINT", message, options);
  }
}

/** Anything else Neo4j rejected: usually a bug in our Cypher. */
export class DatabaseQueryError extends DatabaseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("DATABASE_QUERY_FAILED", message, options);
  }
}

/** The shape of a driver error we rely on; kept structural so mapping is testable without a server. */
interface ErrorWithCode {
  code: string;
  message: string;
}

function hasCode(error: unknown): error is ErrorWithCode {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
]);

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/** Maps any error thrown by the driver to a typed DatabaseError (already-typed errors pass through). */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof DatabaseError) return error;
  if (!hasCode(error)) {
    // Not a driver error (e.g. a bug in a work function): let it surface as it is.
    return error instanceof Error ? error : new Error(String(error));
  }
  const { code, message } = error;
  if (UNAVAILABLE_CODES.has(code))
    return new DatabaseUnavailableError(`The database is unavailable (${code})`, { cause: error });
  if (TIMEOUT_CODES.has(code)) return new DatabaseTimeoutError(undefined, { cause: error });
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new DatabaseConstraintError(message, { cause: error });
  }
  return new DatabaseQueryError(`${code}: ${message}`, { cause: error });
}
