/** The resolver signature our resolver maps use (graphql-js passes parent, args, context). */
import type { GraphContext } from "../context.ts";

export type Resolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: GraphContext,
) => Result | Promise<Result>;

export type NoArgs = Record<string, never>;
export interface IdArgs {
  id: string;
}
