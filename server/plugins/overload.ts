/**
 * Load shedding: at most `maxInFlight` requests are handled at once and `maxQueue` wait for a
 * turn. Beyond that the server answers at once instead of slowing everyone down until it falls
 * over: 429 when the queue is full, 503 when a request waited longer than `queueTimeoutMs` or
 * the event loop has lagged more than `maxEventLoopLagMs` on each of the last few samples. Both carry Retry-After and a GraphQL-shaped
 * body with the code OVERLOADED.
 */
import { performance } from "node:perf_hooks";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { OverloadLimits } from "../../common/config.ts";

export interface OverloadOptions extends OverloadLimits {
  /** Seconds a client is told to wait (Retry-After). */
  retryAfterSeconds?: number;
}

export interface OverloadStats {
  inFlight: number;
  queued: number;
  /** Requests refused since the start, by status. */
  refused: { 429: number; 503: number };
  /** The event-loop lag sustained over the last samples (the least of them), in milliseconds. */
  lagMs: number;
}

export interface OverloadGuard {
  middleware: RequestHandler;
  stats(): OverloadStats;
  /** Stops the lag sampler (tests, shutdown). */
  close(): void;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/** How often the event-loop lag is measured. */
const LAG_SAMPLE_MS = 200;
/**
 * How many samples in a row must lag before requests are refused: one long task (an article
 * extracted, a model loaded) delays one sample, not three, and says nothing about the next
 * request; a saturated loop delays every sample.
 */
const LAG_SAMPLES = 3;

export function createOverloadGuard(options: OverloadOptions): OverloadGuard {
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const queue: Waiter[] = [];
  const refused = { 429: 0, 503: 0 };
  let inFlight = 0;
  let lagMs = 0;
  const recentLags: number[] = [];

  // A timer that should fire every LAG_SAMPLE_MS: how late it fires is how long the loop was busy.
  let sampler: NodeJS.Timeout | null = null;
  if (options.maxEventLoopLagMs > 0) {
    let last = performance.now();
    sampler = setInterval(() => {
      const now = performance.now();
      recentLags.push(Math.max(0, now - last - LAG_SAMPLE_MS));
      if (recentLags.length > LAG_SAMPLES) recentLags.shift();
      lagMs = recentLags.length === LAG_SAMPLES ? Math.min(...recentLags) : 0;
      last = now;
    }, LAG_SAMPLE_MS);
    sampler.unref();
  }

  const refuse = (res: Response, status: 429 | 503, message: string) => {
    refused[status] += 1;
    res
      .status(status)
      .set("retry-after", retryAfter)
      .json({ errors: [{ message, extensions: { code: "OVERLOADED" } }] });
  };

  const release = () => {
    inFlight -= 1;
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
  };

  const admit = (res: Response, next: NextFunction) => {
    inFlight += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      release();
    };
    // "close" also fires when a client gives up, so an abandoned request frees its slot.
    res.once("finish", finish);
    res.once("close", finish);
    next();
  };

  const middleware: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    if (options.maxEventLoopLagMs > 0 && lagMs > options.maxEventLoopLagMs) {
      refuse(res, 503, "The server is overloaded; try again shortly");
      return;
    }
    if (inFlight < options.maxInFlight) {
      admit(res, next);
      return;
    }
    if (queue.length >= options.maxQueue) {
      refuse(res, 429, "Too many requests at once; try again shortly");
      return;
    }
    const waiter: Waiter = {
      start: () => {
        res.off("close", abandon);
        admit(res, next);
      },
      timer: setTimeout(() => {
        remove();
        refuse(res, 503, "The server is overloaded; try again shortly");
      }, options.queueTimeoutMs),
    };
    const remove = () => {
      const at = queue.indexOf(waiter);
      if (at >= 0) queue.splice(at, 1);
      res.off("close", abandon);
    };
    // A client that disconnects while queued leaves the queue.
    const abandon = () => {
      clearTimeout(waiter.timer);
      remove();
    };
    res.once("close", abandon);
    queue.push(waiter);
  };

  return {
    middleware,
    stats: () => ({ inFlight, queued: queue.length, refused: { ...refused }, lagMs }),
    close: () => {
      if (sampler) clearInterval(sampler);
      for (const waiter of queue.splice(0)) clearTimeout(waiter.timer);
    },
  };
}
