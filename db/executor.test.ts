import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { DatabaseTimeoutError } from "./errors.ts";
import { Executor } from "./executor.ts";

/** A driver whose sessions record the transaction config they were given and run the work on a fake tx. */
function fakeDriver(fail?: { code: string; message: string }) {
  const configs: { mode: string; timeout?: number }[] = [];
  const session = (mode: string) => ({
    executeRead: async (work: (tx: unknown) => Promise<unknown>, config: { timeout?: number }) => {
      configs.push({ mode, ...config });
      if (fail) throw Object.assign(new Error(fail.message), fail);
      return work({ run: async () => ({ records: [] }) });
    },
    executeWrite: async (work: (tx: unknown) => Promise<unknown>, config: { timeout?: number }) => {
      configs.push({ mode, ...config });
      return work({ run: async () => ({ records: [] }) });
    },
    close: async () => {},
  });
  const driver = {
    session: ({ defaultAccessMode }: { defaultAccessMode: string }) => session(defaultAccessMode),
  };
  return { driver: driver as unknown as Driver, configs };
}

describe("Executor", () => {
  it("gives every read and write transaction the configured timeout", async () => {
    const { driver, configs } = fakeDriver();
    const executor = new Executor(driver, { database: null, timeoutMs: 1_234 });
    await executor.read(async () => null);
    await executor.write(async () => null);
    await executor.write(async () => null, { timeoutMs: 60_000 });
    expect(configs.map((c) => c.timeout)).toEqual([1_234, 1_234, 60_000]);
  });

  it("counts each statement a transaction runs", async () => {
    const { driver } = fakeDriver();
    let statements = 0;
    const executor = new Executor(driver, {
      database: null,
      timeoutMs: 1_000,
      onStatement: () => statements++,
    });
    await executor.read(async (tx) => {
      await tx.run("RETURN 1");
      await tx.run("RETURN 2");
    });
    expect(statements).toBe(2);
  });

  it("turns Neo4j's transaction timeout into a DatabaseTimeoutError", async () => {
    const { driver } = fakeDriver({
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      message: "timed out",
    });
    const executor = new Executor(driver, { database: null, timeoutMs: 10 });
    await expect(executor.read(async () => null)).rejects.toBeInstanceOf(DatabaseTimeoutError);
  });
});
