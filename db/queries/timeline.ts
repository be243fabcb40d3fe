/** The timeline: dated meetings and proposals in one list, oldest first. */
import neo4j from "neo4j-driver";
import type { Executor } from "../executor.ts";
import { toEntityRecord, type MeetingRecord, type ProposalRecord } from "../records.ts";
import { clampPage, nodeAt } from "../values.ts";
import { filterParams, filterPredicates, whereClause, type ListFilter } from "./filters.ts";

/** A timeline is denser than a list page: a year of news fits in one. */
export const MAX_TIMELINE_SIZE = 500;

export type TimelineKind = "Meeting" | "Proposal";

/** An entry of the timeline: a dated meeting or proposal. */
export type TimelineEventRecord = MeetingRecord | ProposalRecord;

export interface TimelineArgs extends ListFilter {
  kinds?: readonly TimelineKind[] | null;
  limit?: number | null;
  offset?: number | null;
}

/** Meetings and proposals with a date, matching the filter, by date then name. */
export async function findTimeline(executor: Executor, args: TimelineArgs): Promise<TimelineEventRecord[]> {
  const { limit, offset } = clampPage(args.limit ?? 200, args.offset, MAX_TIMELINE_SIZE);
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : (["Meeting", "Proposal"] as const);
  const branches = kinds.map(
    (kind) =>
      `MATCH (n:${kind}) ${whereClause(["n.date IS NOT NULL", ...filterPredicates(kind, args)])} RETURN n`,
  );
  const query = `
    CALL () {
      ${branches.join("\n      UNION\n      ")}
    }
    RETURN n ORDER BY n.date, toLower(n.name), n.id SKIP $offset LIMIT $limit`;
  const result = await executor.read((tx) =>
    tx.run(query, { ...filterParams(args), limit: neo4j.int(limit), offset: neo4j.int(offset) }),
  );
  return result.records.flatMap((r) => {
    const record = toEntityRecord(nodeAt(r, "n"));
    return record.kind === "Meeting" || record.kind === "Proposal" ? [record] : [];
  });
}
