import { describe, expect, it } from "vitest";
import { listArgs, neighborhoodDepth, searchArgs } from "./args.ts";

describe("resolver arguments", () => {
  it("clamps a page larger than the maximum page size", () => {
    expect(listArgs({ limit: 10_000 }).limit).toBe(200);
  });

  it("rejects a negative offset as bad user input", () => {
    expect(() => listArgs({ offset: -1 })).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
  });

  it("accepts neighbourhood depths 1 to 3 only", () => {
    expect(neighborhoodDepth(undefined)).toBe(1);
    expect(neighborhoodDepth(3)).toBe(3);
    expect(() => neighborhoodDepth(4)).toThrow(/depth must be 1 to 3/);
    expect(() => neighborhoodDepth(0)).toThrow(/depth must be 1 to 3/);
  });

  it("rejects overly long search text", () => {
    expect(() => searchArgs("x".repeat(201), 5)).toThrow(/at most 200/);
    expect(searchArgs("Lavrov", 1000).limit).toBe(100);
  });
});
