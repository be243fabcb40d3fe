import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createOverloadGuard, type OverloadGuard, type OverloadOptions } from "./overload.ts";
import { waitFor } from "../../test/support/wait.ts";

interface Harness {
  url: string;
  guard: OverloadGuard;
  /** Lets every request held by the handler answer. */
  releaseAll(): void;
  close(): Promise<void>;
}

const open: Harness[] = [];

afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/** An app whose handler holds each request until released, behind the guard. */
async function serve(options: Partial<OverloadOptions> = {}): Promise<Harness> {
  const guard = createOverloadGuard({
    maxInFlight: 2,
    maxQueue: 2,
    queueTimeoutMs: 5_000,
    maxEventLoopLagMs: 0,
    ...options,
  });
  let held: (() => void)[] = [];
  const app = express();
  app.use(guard.middleware);
  app.get("/", (_req, res) => {
    held.push(() => res.json({ ok: true }));
  });
  app.get("/block", (req, res) => {
    const until = Date.now() + Number(req.query["ms"]);
    while (Date.now() < until); // blocks the event loop on purpose
    res.json({ ok: true });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const harness: Harness = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    guard,
    releaseAll: () => {
      const now = held;
      held = [];
      for (const answer of now) answer();
    },
    close: async () => {
      guard.close();
      harness.releaseAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  open.push(harness);
  return harness;
}

/** Waits until the guard has seen `inFlight` and `queued` requests. */
async function settle(h: Harness, inFlight: number, queued: number): Promise<void> {
  await waitFor(`${inFlight} in flight and ${queued} queued (now ${JSON.stringify(h.guard.stats())})`, () => {
    const s = h.guard.stats();
    return s.inFlight === inFlight && s.queued === queued;
  });
}

describe("createOverloadGuard", () => {
  it("handles up to maxInFlight at once, queues maxQueue more and answers the next 429 at once", async () => {
    const h = await serve();
    const admitted = [fetch(h.url), fetch(h.url), fetch(h.url), fetch(h.url)];
    await settle(h, 2, 2);
    const refused = await fetch(h.url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/too many/i), extensions: { code: "OVERLOADED" } }],
    });

    h.releaseAll(); // the first two answer, the queued two take their slots
    await settle(h, 2, 0);
    h.releaseAll();
    const statuses = await Promise.all(admitted.map(async (r) => (await r).status));
    expect(statuses).toEqual([200, 200, 200, 200]);
    await settle(h, 0, 0);
    expect(h.guard.stats().refused).toEqual({ 429: 1, 503: 0 });
  });

  it("answers 503 to a request that waited in the queue longer than queueTimeoutMs", async () => {
    const h = await serve({ maxInFlight: 1, maxQueue: 5, queueTimeoutMs: 100 });
    const first = fetch(h.url);
    await settle(h, 1, 0);
    const waited = await fetch(h.url);
    expect(waited.status).toBe(503);
    expect(waited.headers.get("retry-after")).toBe("1");
    expect(h.guard.stats().queued).toBe(0);
    h.releaseAll();
    expect((await first).status).toBe(200);
  });

  it("frees the slot of a client that hangs up, and drops a queued client that hangs up", async () => {
    const h = await serve({ maxInFlight: 1, maxQueue: 1 });
    const holder = new AbortController();
    const queued = new AbortController();
    const first = fetch(h.url, { signal: holder.signal }).catch(() => null);
    await settle(h, 1, 0);
    const second = fetch(h.url, { signal: queued.signal }).catch(() => null);
    await settle(h, 1, 1);
    queued.abort();
    await settle(h, 1, 0);
    holder.abort();
    await settle(h, 0, 0);
    await Promise.all([first, second]);
    const next = fetch(h.url);
    await settle(h, 1, 0);
    h.releaseAll();
    expect((await next).status).toBe(200);
  });

  it("answers 503 while the event loop keeps lagging more than maxEventLoopLagMs, and recovers", async () => {
    const h = await serve({ maxInFlight: 10, maxEventLoopLagMs: 250 });
    // A loop that is busy for 400 ms of every 410: each lag sample is late, so requests are refused.
    const hog = setInterval(() => {
      const until = Date.now() + 400;
      while (Date.now() < until); // keeps the event loop busy on purpose
    }, 10);
    try {
      await waitFor(
        "a 503 while the loop keeps lagging",
        async () => (await fetch(`${h.url}/block?ms=0`)).status === 503,
      );
    } finally {
      clearInterval(hog);
    }
    // Recovers once the sampler sees the loop free again: poll, however busy the machine is.
    await waitFor(
      "a 200 once the loop is free",
      async () => (await fetch(`${h.url}/block?ms=0`)).status === 200,
    );
    expect(h.guard.stats().refused[503]).toBeGreaterThan(0);
  });

  it("does not refuse the request after one long task: a single late sample is not overload", async () => {
    const h = await serve({ maxInFlight: 10, maxEventLoopLagMs: 250 });
    // Let the sampler fill its window, then block the loop once, as extracting an article does.
    await waitFor(
      "a full window of samples",
      async () => (await fetch(`${h.url}/block?ms=0`)).status === 200,
    );
    await fetch(`${h.url}/block?ms=1000`);
    expect((await fetch(`${h.url}/block?ms=0`)).status).toBe(200);
  });
});
