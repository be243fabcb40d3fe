/** Ids merged away stand for the entity they became, so saved links and URLs survive a merge. */
import type { DataAccess } from "../../db/index.ts";

/**
 * Runs `find` with the ids as given and, only when it finds nothing and some id was merged away,
 * again with each merged id replaced by the entity it became: the usual case costs nothing extra.
 */
export async function withMergesFollowed<T>(
  data: DataAccess,
  ids: readonly string[],
  find: (ids: readonly string[]) => Promise<T | null>,
): Promise<T | null> {
  const found = await find(ids);
  if (found !== null) return found;
  const targets = await data.findMergeTargets(ids);
  if (targets.size === 0) return null;
  return find(ids.map((id) => targets.get(id) ?? id));
}
