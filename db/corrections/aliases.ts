/**
 * The alias map of merges: `(:MergedInto {fromId, intoId})` says facts about `fromId` belong
 * to `intoId`. The loader consults it so a re-ingested article's facts land on the kept node.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { stringAt } from "../values.ts";

/** Merges of merges are followed this far; a longer chain means a cycle, which merges cannot create. */
const MAX_CHAIN = 16;

export interface Redirect {
  /** The live node the facts go to. */
  nodeId: string;
  /** The ids merged on the way, oldest first: [fromId, ..., the one merged into nodeId]. */
  chain: string[];
}

/** For each id that was merged away, where its facts go now; ids not merged are absent. */
export async function resolveMerged(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, Redirect>> {
  const next = new Map<string, string>();
  let frontier = [...new Set(ids)];
  // One round trip when nothing is merged (the usual case), one more per level of chaining.
  for (let level = 0; level < MAX_CHAIN && frontier.length > 0; level++) {
    const result = await tx.run(
      "MATCH (a:MergedInto) WHERE a.fromId IN $ids RETURN a.fromId AS fromId, a.intoId AS intoId",
      { ids: frontier },
    );
    frontier = [];
    for (const record of result.records) {
      const from = stringAt(record, "fromId");
      const into = stringAt(record, "intoId");
      next.set(from, into);
      if (!next.has(into)) frontier.push(into);
    }
  }
  const redirects = new Map<string, Redirect>();
  for (const id of ids) {
    if (!next.has(id)) continue;
    const chain: string[] = [];
    let current = id;
    while (next.has(current) && chain.length < MAX_CHAIN) {
      chain.push(current);
      current = next.get(current) as string;
    }
    redirects.set(id, { nodeId: current, chain });
  }
  return redirects;
}
