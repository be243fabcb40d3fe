/** Argument checks shared by resolvers: reject nonsense with BAD_USER_INPUT, clamp the rest. */
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PAGE_SIZE, MAX_SEARCH_HITS, type ListArgs } from "../../db/index.ts";
import { BadUserInputError } from "../errors.ts";

const MAX_SEARCH_LENGTH = 200;

export interface PageArgs {
  search?: string | null;
  limit?: number | null;
  offset?: number | null;
}

/** Negative paging is an error; a limit above the page size is clamped (the db does it too). */
export function listArgs(args: PageArgs): ListArgs {
  if (args.limit != null && args.limit < 0) throw new BadUserInputError("limit must not be negative");
  if (args.offset != null && args.offset < 0) throw new BadUserInputError("offset must not be negative");
  if (args.search != null && args.search.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`search must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return { search: args.search, limit: Math.min(args.limit ?? 50, MAX_PAGE_SIZE), offset: args.offset ?? 0 };
}

export function neighborhoodDepth(depth: number | null | undefined): number {
  const d = depth ?? 1;
  if (d < 1 || d > MAX_NEIGHBORHOOD_DEPTH)
    throw new BadUserInputError(`depth must be 1 to ${MAX_NEIGHBORHOOD_DEPTH}`);
  return d;
}

export function searchArgs(text: string, limit: number | null | undefined): { text: string; limit: number } {
  if (text.length > MAX_SEARCH_LENGTH)
    throw new BadUserInputError(`text must be at most ${MAX_SEARCH_LENGTH} characters`);
  const l = limit ?? 20;
  if (l < 1) throw new BadUserInputError("limit must be at least 1");
  return { text, limit: Math.min(l, MAX_SEARCH_HITS) };
}
