/**
 * Client drawing times from bench/client-render.ts (owned by the client engineer), run as a
 * child process against the bench server. It prints JSON with renderMs500, renderMs2000 and
 * layoutMs2000 as its last stdout line; when the script is absent the part is skipped.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { lastJsonLine, runTsChild } from "../lib/child.ts";

export interface ClientResult {
  available: boolean;
  reason?: string;
  renderMs500?: number;
  renderMs2000?: number;
  layoutMs2000?: number;
  raw?: Record<string, unknown>;
}

const SCRIPT = join("bench", "client-render.ts");

export async function measureClient(
  serverUrl: string,
  tmpDir: string,
  timeoutMs: number,
): Promise<ClientResult> {
  if (!existsSync(resolve(import.meta.dirname, "..", "client-render.ts")))
    return { available: false, reason: `${SCRIPT} not available (not written yet)` };
  const child = await runTsChild(SCRIPT, ["--url", serverUrl], {
    env: { ...process.env, BENCH_SERVER_URL: serverUrl },
    tmpDir,
    timeoutMs,
  });
  const out = lastJsonLine<Record<string, unknown>>(child.stdout);
  if (child.code !== 0 || !out) {
    return {
      available: false,
      reason: `${SCRIPT} failed (exit ${child.code}): ${child.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    };
  }
  const num = (key: string): number | undefined =>
    typeof out[key] === "number" ? (out[key] as number) : undefined;
  return {
    available: true,
    renderMs500: num("renderMs500"),
    renderMs2000: num("renderMs2000"),
    layoutMs2000: num("layoutMs2000"),
    raw: out,
  };
}
