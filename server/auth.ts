/** Bearer tokens from configuration: who is calling, and whether they may read or write. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { ApiToken } from "../common/config.ts";

export interface Viewer {
  /** The token's name, recorded as "who" in the correction log. */
  name: string;
  scope: ApiToken["scope"];
}

export type Authentication =
  | { kind: "anonymous" }
  | { kind: "viewer"; viewer: Viewer }
  /** A token was sent but matches none: refused even for open reads, so typos are noticed. */
  | { kind: "invalid" };

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** Compares digests in constant time, so response timing does not leak how much of a token matched. */
function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** Reads `Authorization: Bearer <token>` and finds its owner among the configured tokens. */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Authentication {
  if (!header?.trim()) return { kind: "anonymous" };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return { kind: "invalid" };
  const presented = match[1];
  let found: ApiToken | undefined;
  // Every token is compared (no early exit), again so timing says nothing.
  for (const candidate of tokens) if (sameToken(candidate.token, presented)) found = candidate;
  return found ? { kind: "viewer", viewer: { name: found.name, scope: found.scope } } : { kind: "invalid" };
}
