import { describe, expect, it } from "vitest";
import { buildWorkerModule, flagsWithoutTsx } from "./worker-module.ts";

describe("the worker module", () => {
  it("is built into the package cache, under a name that changes with its code", async () => {
    const url = await buildWorkerModule();
    expect(url.pathname).toMatch(
      /node_modules\/\.cache\/diplomatic-graph\/analyse-worker-[0-9a-f]{16}\.mjs$/,
    );
    expect((await buildWorkerModule()).href).toBe(url.href);
  });

  it("starts without tsx's loader but keeps the parent's other flags", () => {
    const flags = [
      "--require",
      "/p/node_modules/tsx/dist/preflight.cjs",
      "--import",
      "file:///p/node_modules/tsx/dist/loader.mjs",
      "--max-old-space-size=4096",
      "--import=tsx",
      "--expose-gc",
    ];
    expect(flagsWithoutTsx(flags)).toEqual(["--max-old-space-size=4096", "--expose-gc"]);
  });
});
