/**
 * Waiting on a condition, never on a guess of time: `waitFor` polls until what the test needs
 * holds (a log line, a port, a 200), and fails after a deadline with a margin of about ten
 * times the usual duration, so a busy machine makes a test slower, not red.
 */
import { setTimeout as sleep } from "node:timers/promises";

export interface WaitOptions {
  /** Fail after this long; default 30 s. */
  timeoutMs?: number;
  /** Poll this often; default 50 ms. */
  intervalMs?: number;
}

/** Polls `check` until it returns true (a throw counts as not yet); throws "timed out waiting for `what`". */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  { timeoutMs = 30_000, intervalMs = 50 }: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const holds = await Promise.resolve()
      .then(check)
      .catch(() => false);
    if (holds) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}
