/** What the filters mean for the server (query arguments) and for elements already drawn. */
import type { Filters } from "./explorer-state.ts";

/** Arguments every network query and the timeline accept. */
export interface ServerFilterArgs {
  from?: string;
  to?: string;
  country?: string;
  status?: string;
  minConfidence?: number;
}

/** The server's share of the filters; `withStatus` is false where status means a proposal status. */
export function serverFilterArgs(filters: Filters, withStatus = true): ServerFilterArgs {
  const args: ServerFilterArgs = {};
  if (filters.from) args.from = filters.from;
  if (filters.to) args.to = filters.to;
  if (filters.country) args.country = filters.country;
  if (withStatus && filters.status !== "any") args.status = filters.status;
  if (filters.minConfidence > 0) args.minConfidence = filters.minConfidence;
  return args;
}

/** The data of a drawn node the client can filter on. */
export interface FilterableNode {
  kind?: unknown;
  date?: unknown;
  country?: unknown;
  status?: unknown;
}

/**
 * Whether `date` (YYYY, YYYY-MM or YYYY-MM-DD) overlaps [from, to]: a partial date is the whole
 * month or year it names, as the server reads it.
 */
export function dateInRange(date: string, from: string | null, to: string | null): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (from === null || end >= from) && (to === null || start <= to);
}

/** Whether a drawn node passes the filters; undated nodes pass the date range, unknown countries pass too. */
export function passesFilters(node: FilterableNode, filters: Filters): boolean {
  const kind = typeof node.kind === "string" ? node.kind : "";
  if ((["Person", "Institution", "Country", "Meeting", "Proposal"] as const).some((k) => k === kind)) {
    if (!(filters.kinds as string[]).includes(kind)) return false;
  }
  if (typeof node.date === "string" && node.date && !dateInRange(node.date, filters.from, filters.to))
    return false;
  if (
    filters.country &&
    (kind === "Person" || kind === "Institution") &&
    typeof node.country === "string" &&
    node.country !== filters.country
  )
    return false;
  if (kind === "Meeting" && filters.status !== "any" && typeof node.status === "string")
    return node.status === filters.status;
  return true;
}
