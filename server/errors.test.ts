import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { DatabaseQueryError, DatabaseTimeoutError, DatabaseUnavailableError } from "../db/index.ts";
import { BadUserInputError, createFormatError, NotFoundError } from "./errors.ts";

/** graphql-js wraps resolver errors; Apollo hands formatError the wrapper. */
function wrapped(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ["person"], originalError: original });
}

const production = () => {
  const onInternalError = vi.fn();
  return { format: createFormatError({ exposeDetails: false, onInternalError }), onInternalError };
};

describe("formatError", () => {
  it("keeps the code and message of an AppError", () => {
    const { format } = production();
    const error = new NotFoundError("Person", "p1");
    expect(format({ message: error.message, path: ["person"] }, wrapped(error))).toEqual({
      message: 'Person "p1" not found',
      path: ["person"],
      locations: undefined,
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("reports an unreachable database as DATABASE_UNAVAILABLE", () => {
    const { format } = production();
    const result = format({ message: "x" }, wrapped(new DatabaseUnavailableError()));
    expect(result.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
  });

  it("reports a timed-out query as QUERY_TIMEOUT, asking for a narrower query", () => {
    const { format } = production();
    const result = format({ message: "x" }, wrapped(new DatabaseTimeoutError()));
    expect(result).toMatchObject({
      extensions: { code: "QUERY_TIMEOUT" },
      message: expect.stringContaining("narrower"),
    });
  });

  it("masks a Cypher failure as INTERNAL_SERVER_ERROR without details, and logs it", () => {
    const { format, onInternalError } = production();
    const cause = new DatabaseQueryError("Neo.ClientError.Statement.SyntaxError: bad");
    const result = format({ message: cause.message, extensions: { stacktrace: ["at x"] } }, wrapped(cause));
    expect(result.message).toBe("Internal server error");
    expect(result.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(onInternalError).toHaveBeenCalledWith(cause);
  });

  it("passes request errors through but strips the stack trace", () => {
    const { format } = production();
    const formatted = {
      message: "Cannot query field",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at y"] },
    };
    expect(format(formatted, new GraphQLError("Cannot query field")).extensions).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
    });
  });

  it("keeps bad input errors thrown by resolvers", () => {
    const { format } = production();
    expect(
      format({ message: "x" }, wrapped(new BadUserInputError("depth must be 1 to 3"))).extensions,
    ).toEqual({
      code: "BAD_USER_INPUT",
    });
  });
});
