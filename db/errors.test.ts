import { describe, expect, it } from "vitest";
import {
  DatabaseConstraintError,
  DatabaseQueryError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  mapNeo4jError,
} from "./errors.ts";

const driverError = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("mapNeo4jError", () => {
  it.each(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"])(
    "maps %s to DatabaseUnavailableError",
    (code) => {
      const mapped = mapNeo4jError(driverError(code));
      expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
      expect((mapped as DatabaseUnavailableError).code).toBe("DATABASE_UNAVAILABLE");
    },
  );

  it("maps a transaction timeout to DatabaseTimeoutError", () => {
    expect(
      mapNeo4jError(driverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")),
    ).toBeInstanceOf(DatabaseTimeoutError);
  });

  it("maps a constraint violation to DatabaseConstraintError with Neo4j's message", () => {
    const mapped = mapNeo4jError(
      driverError("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"),
    );
    expect(mapped).toBeInstanceOf(DatabaseConstraintError);
    expect(mapped.message).toBe("already exists");
  });

  it("maps any other Neo4j code to DatabaseQueryError and keeps the cause", () => {
    const original = driverError("Neo.ClientError.Statement.SyntaxError");
    const mapped = mapNeo4jError(original);
    expect(mapped).toBeInstanceOf(DatabaseQueryError);
    expect(mapped.cause).toBe(original);
  });

  it("passes errors without a code through unchanged", () => {
    const bug = new TypeError("not a function");
    expect(mapNeo4jError(bug)).toBe(bug);
  });

  it("does not wrap an error twice", () => {
    const typed = new DatabaseUnavailableError();
    expect(mapNeo4jError(typed)).toBe(typed);
  });
});
