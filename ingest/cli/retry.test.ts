import { describe, expect, it } from "vitest";
import { DatabaseQueryError, DatabaseUnavailableError } from "../../db/index.ts";
import { backoffDelay, retryWhileUnavailable, type RetryPolicy } from "./retry.ts";

const fast: RetryPolicy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 4 };

describe("retryWhileUnavailable", () => {
  it("retries while the database is unavailable, then returns the result", async () => {
    let calls = 0;
    const waits: number[] = [];
    const result = await retryWhileUnavailable(
      async () => {
        if (++calls < 3) throw new DatabaseUnavailableError();
        return "ok";
      },
      { ...fast, onRetry: (_attempt, delay) => waits.push(delay) },
    );
    expect(result).toBe("ok");
    expect(waits).toEqual([1, 2]);
  });

  it("gives up after the last attempt with the database's error", async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new DatabaseUnavailableError());
    };
    await expect(retryWhileUnavailable(failing, fast)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(calls).toBe(4);
  });

  it("does not retry other errors", async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new DatabaseQueryError("bad Cypher"));
    };
    await expect(retryWhileUnavailable(failing, fast)).rejects.toThrow("bad Cypher");
    expect(calls).toBe(1);
  });
});

describe("backoffDelay", () => {
  it("doubles from the base delay up to the cap", () => {
    const policy = { attempts: 10, baseDelayMs: 1_000, maxDelayMs: 5_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});
