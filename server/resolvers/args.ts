/** Argument checks shared by resolvers: reject nonsense with BAD_USER_INPUT, clamp the rest. */
import { MEETING_STATUSES, PROPOSAL_STATUSES } from "../../common/graph-document.ts";
import {
  isDated,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PAGE_SIZE,
  MAX_SEARCH_HITS,
  MAX_TIMELINE_SIZE,
  type ListArgs,
  type ListFilter,
  type ListKind,
  type TimelineArgs,
  type TimelineKind,
} from "../../db/index.ts";
import { BadUserInputError } from "../errors.ts";
import type { QueryInstitutionsArgs, QueryTimelineArgs } from "../generated/resolvers.ts";

const MAX_SEARCH_LENGTH = 200;
const MAX_FILTER_LENGTH = 200;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The filters and paging every list takes (institutions take them all; the other lists a subset). */
export type PageArgs = Partial<QueryInstitutionsArgs>;
export type FilterArgs = Omit<PageArgs, "sort" | "limit" | "offset">;

function checkText(name: string, value: string | null | undefined, max = MAX_FILTER_LENGTH): void {
  if (value != null && value.length > max)
    throw new BadUserInputError(`${name} must be at most ${max} characters`);
}

function checkDate(name: string, value: string | null | undefined): void {
  if (value != null && !PARTIAL_DATE.test(value))
    throw new BadUserInputError(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** Which statuses a filter on `kind` may ask for: proposals have their own, the rest mean meetings. */
function allowedStatuses(kind: ListKind | "Timeline"): readonly string[] {
  if (kind === "Proposal") return PROPOSAL_STATUSES;
  if (kind === "Timeline") return [...MEETING_STATUSES, ...PROPOSAL_STATUSES];
  return MEETING_STATUSES;
}

/** Validates the filters every list, network and the timeline share. */
export function filterArgs(kind: ListKind | "Timeline", args: FilterArgs): ListFilter {
  checkText("search", args.search, MAX_SEARCH_LENGTH);
  checkText("country", args.country);
  checkText("institution", args.institution);
  checkText("kind", args.kind);
  checkDate("from", args.from);
  checkDate("to", args.to);
  if (args.from && args.to) {
    const common = Math.min(args.from.length, args.to.length);
    if (args.from.slice(0, common) > args.to.slice(0, common))
      throw new BadUserInputError("from must not be after to");
  }
  if (args.minConfidence != null && !(args.minConfidence >= 0 && args.minConfidence <= 1))
    throw new BadUserInputError("minConfidence must be between 0 and 1");
  if (args.status != null && !allowedStatuses(kind).includes(args.status))
    throw new BadUserInputError(`status must be one of: ${allowedStatuses(kind).join(", ")}`);
  return {
    search: args.search,
    from: args.from,
    to: args.to,
    country: args.country,
    institution: args.institution,
    status: args.status,
    kind: args.kind,
    minConfidence: args.minConfidence,
  };
}

function page(
  limit: number | null | undefined,
  offset: number | null | undefined,
  max: number,
  fallback: number,
) {
  if (limit != null && limit < 0) throw new BadUserInputError("limit must not be negative");
  if (offset != null && offset < 0) throw new BadUserInputError("offset must not be negative");
  return { limit: Math.min(limit ?? fallback, max), offset: offset ?? 0 };
}

/** Negative paging is an error; a limit above the page size is clamped (the db does it too). */
export function listArgs(args: PageArgs, kind: ListKind = "Person"): ListArgs {
  if (args.sort?.startsWith("DATE_") && !isDated(kind))
    throw new BadUserInputError(`${args.sort} applies to meetings, proposals and articles only`);
  return { ...filterArgs(kind, args), sort: args.sort, ...page(args.limit, args.offset, MAX_PAGE_SIZE, 50) };
}

export function timelineArgs(args: QueryTimelineArgs): TimelineArgs {
  const kinds = (args.kinds ?? []).map((kind): TimelineKind => {
    if (kind !== "Meeting" && kind !== "Proposal")
      throw new BadUserInputError("the timeline holds only Meeting and Proposal");
    return kind;
  });
  return { ...filterArgs("Timeline", args), kinds, ...page(args.limit, args.offset, MAX_TIMELINE_SIZE, 200) };
}

export function neighborhoodDepth(depth: number | null | undefined): number {
  const d = depth ?? 1;
  if (d < 1 || d > MAX_NEIGHBORHOOD_DEPTH)
    throw new BadUserInputError(`depth must be 1 to ${MAX_NEIGHBORHOOD_DEPTH}`);
  return d;
}

export function searchArgs(text: string, limit: number | null | undefined): { text: string; limit: number } {
  checkText("text", text, MAX_SEARCH_LENGTH);
  const l = limit ?? 20;
  if (l < 1) throw new BadUserInputError("limit must be at least 1");
  return { text, limit: Math.min(l, MAX_SEARCH_HITS) };
}
