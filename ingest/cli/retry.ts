/** Retrying what fails only because Neo4j is briefly unavailable (starting, restarting, failing over). */
import { setTimeout as sleep } from "node:timers/promises";
import { DatabaseUnavailableError } from "../../db/index.ts";

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Delay before the second try; it doubles after each failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Told before each wait, so a CLI can say why it pauses. */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

/** About a minute in all: long enough for a Neo4j restart, short enough to give up on a dead server. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 16_000 };

/** The delay before try `attempt + 1` (attempt counts from 1): exponential, capped. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** Runs `work`, retrying with backoff while it throws DatabaseUnavailableError; other errors pass at once. */
export async function retryWhileUnavailable<T>(
  work: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError) || attempt >= policy.attempts) throw error;
      const delay = backoffDelay(policy, attempt);
      policy.onRetry?.(attempt, delay, error.message);
      await sleep(delay);
    }
  }
}
